#pragma once

// Plan text made safe for the markup formats of `most status` and `most overdue`: Markdown
// tables, Mermaid gantt charts and HTML pages. Plan text is user input; it must never change
// the structure of the document it is placed in.

#include <most/date.hpp>
#include <most/wording.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace most {

/// Escapes text for a Markdown table cell or heading, so `|`, `<`, `*`, `_`, backticks and
/// brackets show as typed on GitHub and GitLab instead of splitting cells or adding markup.
std::string markdown_cell(std::string_view text);

/// Text as a Markdown code span, or escaped plain text when a code span cannot hold it.
std::string markdown_code(std::string_view text);

/// Makes text usable as a Mermaid gantt section name or title: line breaks and other controls
/// become spaces, runs of spaces collapse, at most `max_bytes` of the text are kept, then `:`,
/// `;`, `#`, `%`, `<`, `>` and backticks are written as Mermaid entity codes (`#58;`), which
/// Mermaid draws as the character itself.
std::string mermaid_name(std::string_view text, std::size_t max_bytes = 60);

/// A Mermaid gantt task name "[ID] text", made as by `mermaid_name`: the leading `[` can
/// start no Mermaid keyword, date or comment, so the line is a task whatever the id and the
/// text begin with ("Title sponsorship signed", "Click and collect", "5% discount").
std::string mermaid_task_name(std::string_view id, std::string_view text,
                              std::size_t max_bytes = 60);

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values; control characters
/// become spaces.
std::string html_escape(std::string_view text);

/// A day as YYYY-MM-DD, or "—", the mark of the markup formats for a day the plan does not give.
std::string markup_date(const std::optional<Date>& day);

/// Cuts text to at most `max_bytes` bytes at a UTF-8 character boundary, marking a cut with "…".
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);

} // namespace most
