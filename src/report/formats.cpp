// The format → renderer table of each view. Renderers keep the arguments they need; the
// adapters below give every entry of a table the one signature the table holds.

#include <most/formats.hpp>

#include <array>

namespace most {

namespace {

using Files = std::span<const CheckedFile>;
using Rows = std::span<const TacticRow>;

// A format without decoration: the style is not its business.
template <auto Render, class... View>
void plain(std::ostream& out, const TextStyle& /*style*/, const View&... view) {
  Render(out, view...);
}

// A format that colours, on a terminal.
template <auto Render, class... View>
void colored(std::ostream& out, const TextStyle& style, const View&... view) {
  Render(out, view..., style.color);
}

// A format that takes the whole style (colour and quiet).
template <auto Render, class... View>
void styled(std::ostream& out, const TextStyle& style, const View&... view) {
  Render(out, view..., style);
}

} // namespace

std::span<const Format<Files>> check_formats() {
  static constexpr std::array<Format<Files>, 6> kFormats{{
      {"text", &styled<&render_check_text>},
      {"json", &plain<&render_check_json>},
      {"markdown", &plain<&render_check_markdown>},
      {"github", &plain<&render_check_github>},
      {"sarif", &plain<&render_check_sarif>},
      {"junit", &plain<&render_check_junit>},
  }};
  return kFormats;
}

namespace {

void status_text(std::ostream& out, const TextStyle& style, const StatusReport& report) {
  render_status_text(out, report,
                     TextLayout{.color = style.color, .utf8 = style.utf8, .width = style.width});
}

} // namespace

std::span<const Format<StatusReport>> status_formats() {
  static constexpr std::array<Format<StatusReport>, 4> kFormats{{
      {"text", &status_text},
      {"json", &plain<&render_status_json>},
      {"markdown", &plain<&render_status_markdown>},
      {"html", &plain<&render_status_html>},
  }};
  return kFormats;
}

std::span<const Format<AlignmentTree>> tree_formats() {
  static constexpr std::array<Format<AlignmentTree>, 3> kFormats{{
      {"text", &colored<&render_tree_text>},
      {"json", &plain<&render_tree_json>},
      {"markdown", &plain<&render_tree_markdown>},
  }};
  return kFormats;
}

std::span<const Format<Date, Rows>> overdue_formats() {
  static constexpr std::array<Format<Date, Rows>, 5> kFormats{{
      {"text", &colored<&render_overdue_text>},
      {"json", &plain<&render_overdue_json>},
      {"markdown", &plain<&render_overdue_markdown>},
      {"github", &plain<&render_overdue_github>},
      {"junit", &plain<&render_overdue_junit>},
  }};
  return kFormats;
}

std::span<const Format<TeamReport>> team_formats() {
  static constexpr std::array<Format<TeamReport>, 3> kFormats{{
      {"text", &colored<&render_team_text>},
      {"json", &plain<&render_team_json>},
      {"markdown", &plain<&render_team_markdown>},
  }};
  return kFormats;
}

std::span<const Format<DiffReport>> diff_formats() {
  static constexpr std::array<Format<DiffReport>, 3> kFormats{{
      {"text", &colored<&render_diff_text>},
      {"json", &plain<&render_diff_json>},
      {"markdown", &plain<&render_diff_markdown>},
  }};
  return kFormats;
}

std::span<const Format<ReviewReport>> review_formats() {
  static constexpr std::array<Format<ReviewReport>, 3> kFormats{{
      {"text", &colored<&render_review_text>},
      {"json", &plain<&render_review_json>},
      {"markdown", &plain<&render_review_markdown>},
  }};
  return kFormats;
}

std::span<const Format<>> rules_formats() {
  static constexpr std::array<Format<>, 2> kFormats{{
      {"text", &plain<&render_rules_text>},
      {"json", &plain<&render_rules_json>},
  }};
  return kFormats;
}

} // namespace most
