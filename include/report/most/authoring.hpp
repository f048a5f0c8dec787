#pragma once

// What helps people write plans: the plan format as JSON Schema, which editors use to complete
// and check plans as they are typed, and the commented starter plan of `most init`.

#include <most/date.hpp>

#include <ostream>
#include <string_view>

namespace most {

/// The plan format (SPEC §1) as a JSON Schema, draft-07, with a description on every key and
/// the allowed values as enums (statuses, rule names for `ignore:`).
void render_plan_schema(std::ostream& out);

/// A commented starter plan that teaches the M-O-S-T format: one item of each kind, dated from
/// `today` so it passes `most check` that day, with a YAML language server modeline naming
/// `schema_ref` (a path or URL of the schema).
void render_starter_plan(std::ostream& out, Date today, std::string_view schema_ref);

} // namespace most
