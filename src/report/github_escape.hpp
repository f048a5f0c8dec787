#pragma once

// Escaping for GitHub Actions workflow commands (`::error file=…,title=…::message`).
//
// The runner reads every line of a step's output that starts with `::` as a command. Plan text
// (file names, rule titles, messages) is untrusted: a raw newline in a message would start a new
// line that could read `::set-output …` or `::add-mask::…`, and a `,` or `::` in a file name
// would end a property early and let the rest forge properties or the message. Escaping the way
// the Actions toolkit does (`@actions/core` escapeData/escapeProperty) keeps every finding on
// its own line and every value inside its own field; the runner decodes the escapes on display.

#include <string>
#include <string_view>

namespace most {

/// Escapes a command's message: `%` → `%25`, CR → `%0D`, LF → `%0A`.
std::string github_escape_data(std::string_view text);

/// Escapes a property value: as github_escape_data, plus `:` → `%3A` and `,` → `%2C`.
std::string github_escape_property(std::string_view text);

} // namespace most
