#pragma once

// The rows that more than one JSON document holds, each written in one place so its fields
// keep one order (the order is part of the stable shape scripts read).

#include <most/diagnostic.hpp>

#include <ostream>

namespace most {

/// Writes one finding as the row of SPEC §2 that `check` and `diff` share: `{"file", "line",
/// "column", "severity", "rule", "item", "message"}`.
void write_json_diagnostic(std::ostream& out, const Diagnostic& diagnostic);

} // namespace most
