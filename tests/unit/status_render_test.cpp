// The Markdown and HTML renderers of `most status` and `most overdue`: plan text is user input
// and must never change the structure of the page it lands in.

#include "report/markup_text.hpp"

#include <most/status.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace most;
using namespace std::chrono;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date{year{y}, month{m}, std::chrono::day{day}}; }

// A one-plan report whose text is hostile in every field that reaches the page.
StatusReport hostile_report() {
  TacticSpan tactic;
  tactic.id = "T1";
  tactic.action = "Call <script>alert('x')</script> | #1: done; now";
  tactic.owner = "anna";
  tactic.start = d(2026, 2, 1);
  tactic.due = d(2026, 3, 1);
  tactic.status = Status::Doing;
  tactic.overdue = true;

  StrategyStatus strategy;
  strategy.id = "S1";
  strategy.statement = "Win <b>key</b> accounts";
  strategy.budget = 1500;
  strategy.tactics.push_back(tactic);

  ObjectiveStatus objective;
  objective.id = "O1";
  objective.statement = "Grow sales | by 10% <script>x</script> by June 30";
  objective.owner = "<i>carla|";
  objective.deadline = d(2026, 6, 30);
  objective.unit = "EUR";
  objective.baseline = 1200000;
  objective.target = 1320000;
  objective.current = 1250000;
  objective.progress_pct = 41.66666;
  objective.expected_pct = 100;
  objective.state = ObjectiveState::OffTrack;
  objective.tactics.doing = 1;
  objective.tactics.overdue = 1;
  objective.budget = 1500;
  objective.milestones.push_back({"Kick-off: \"all\" <hands>", d(2026, 2, 15), true});
  objective.strategies.push_back(strategy);

  PlanStatus plan;
  plan.file = "plans/q1_<x>.yaml";
  plan.statement = "Be the <em>best</em> dealer";
  plan.start = d(2026, 1, 1);
  plan.deadline = d(2026, 12, 31);
  plan.elapsed_pct = 90.7;
  plan.objectives.push_back(objective);
  plan.budget = 1500;
  plan.check_errors = 2;
  return StatusReport{d(2026, 11, 27), {plan}};
}

std::string markdown(const StatusReport& report) {
  std::ostringstream out;
  render_status_markdown(out, report);
  return out.str();
}

std::string html(const StatusReport& report) {
  std::ostringstream out;
  render_status_html(out, report);
  return out.str();
}

TacticRow row(std::string owner, std::string id, Date due, int days, int line) {
  TacticRow tactic;
  tactic.file = "plan.yaml";
  tactic.line = line;
  tactic.id = std::move(id);
  tactic.action = "Do it";
  tactic.owner = std::move(owner);
  tactic.due = due;
  tactic.days_overdue = days;
  tactic.objective = "O1";
  tactic.strategy = "S1";
  return tactic;
}

} // namespace

TEST_CASE("markdown_cell escapes what would split a cell or add markup", "[status][markdown]") {
  CHECK(markdown_cell("a | b") == "a \\| b");
  CHECK(markdown_cell("<script>") == "&lt;script&gt;");
  CHECK(markdown_cell("*bold* _it_ `code` [link](x)") ==
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)");
  CHECK(markdown_cell("line\nbreak") == "line break");
  CHECK(markdown_cell("R&D") == "R&amp;D");
  CHECK(markdown_code("plan.yaml:14") == "`plan.yaml:14`");
  CHECK(markdown_code("a|b.yaml:3") == "`a\\|b.yaml:3`");
  CHECK(markdown_code("a`b.yaml:3") == "a\\`b.yaml:3");
}

TEST_CASE("mermaid_name writes Mermaid's syntax characters as entity codes", "[status][markdown]") {
  CHECK(mermaid_name("T1 Call: #1 lead; now") == "T1 Call#58; #35;1 lead#59; now");
  CHECK(mermaid_name("two\nlines\r\n") == "two lines");
  CHECK(mermaid_name("a ```fence``` b") == "a #96;#96;#96;fence#96;#96;#96; b");
  CHECK(mermaid_name("<b>x</b>") == "#60;b#62;x#60;/b#62;");
  CHECK(mermaid_name("5% off, %%{init: {}}%%") == "5#37; off, #37;#37;{init#58; {}}#37;#37;");
  CHECK(mermaid_name("#quot; stays text") == "#35;quot#59; stays text");
  CHECK(mermaid_name("Café über 日本語") == "Café über 日本語");
  CHECK(mermaid_name("abcdefghij", 6) == "abc…");
  CHECK(mermaid_name("ééééé", 7) == "éé…");         // never cuts inside a character
  CHECK(mermaid_name("ab:cdefgh", 6) == "ab#58;…"); // the cut is made before escaping
}

TEST_CASE("mermaid_task_name starts every task with a bracket that begins no Mermaid keyword",
          "[status][markdown]") {
  CHECK(mermaid_task_name("T1", "Post two job openings") == "[T1] Post two job openings");
  CHECK(mermaid_task_name("O1", "Title sponsorship signed") == "[O1] Title sponsorship signed");
  CHECK(mermaid_task_name("O1", "5% discount live") == "[O1] 5#37; discount live");
  CHECK(mermaid_task_name("%x", "id") == "[#37;x] id"); // `[%` would start a comment
  CHECK(mermaid_task_name("click", "") == "[click]");
  CHECK(mermaid_task_name("", "  \tCall us") == "[] Call us");
  CHECK(mermaid_task_name(std::string(1000, 'a'), "x") == "[" + std::string(56, 'a') + "…");

  // Every word Mermaid's gantt lexer reads at the start of a line, in any case, as id or text.
  for (const std::string keyword : {"title",
                                    "dateFormat",
                                    "axisFormat",
                                    "tickInterval",
                                    "includes",
                                    "excludes",
                                    "todayMarker",
                                    "section",
                                    "click",
                                    "call",
                                    "href \"x\"",
                                    "gantt",
                                    "weekday monday",
                                    "weekend friday",
                                    "inclusiveEndDates",
                                    "topAxis",
                                    "accTitle: x",
                                    "accDescr: x",
                                    "accDescr { x",
                                    "accDescription x",
                                    "2026-01-01",
                                    "%% x",
                                    "% x",
                                    "5% x",
                                    ": x",
                                    "# x",
                                    "; x",
                                    "CALL",
                                    "Click"}) {
    CAPTURE(keyword);
    for (const std::string& name :
         {mermaid_task_name(keyword, "x"), mermaid_task_name("O1", keyword)}) {
      CAPTURE(name);
      CHECK(name.front() == '[');
      CHECK(name.find_first_of(":%<>`\n") == std::string::npos);
    }
  }
}

TEST_CASE("status markdown escapes plan text in tables and the gantt", "[status][markdown]") {
  const std::string text = markdown(hostile_report());
  CHECK(text.find("| O1 | Grow sales \\| by 10% &lt;script&gt;x&lt;/script&gt; by June 30 | "
                  "&lt;i&gt;carla\\| | 2026-06-30 | 1200000 → 1250000 → 1320000 EUR | 41.7% | "
                  "100.0% | 🔴 off-track "
                  "| 0/1 done, **1 overdue** |\n") != std::string::npos);
  CHECK(text.find("## plans/q1\\_&lt;x&gt;.yaml\n") != std::string::npos);
  CHECK(text.find("⚠ `most check` reports 2 errors in this plan; figures are best effort\n") !=
        std::string::npos);
  CHECK(text.find("```mermaid\ngantt\n") != std::string::npos);
  CHECK(text.find("    [T1] Call #60;script#62;alert('x')#60;/script#62; | #35;1#58; done#59; "
                  "now :crit, 2026-02-01, 2026-03-01\n") != std::string::npos);
  CHECK(text.find("    [O1] Kick-off#58; \"all\" #60;hands#62; :milestone, done, 2026-02-15, "
                  "0d\n") != std::string::npos);
  CHECK(text.find("    [O1] deadline :milestone, 2026-06-30, 0d\n") != std::string::npos);
  CHECK(text.find("  section O1 Grow sales | by 10#37; #60;script#62;x#60;/scr…\n") !=
        std::string::npos);
  CHECK(text.find("<script>") == std::string::npos);
}

TEST_CASE("status HTML escapes plan text everywhere, tooltips included", "[status][html]") {
  const std::string page = html(hostile_report());
  CHECK(page.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(page.find("&lt;script&gt;") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<b>") == std::string::npos);
  CHECK(page.find("<i>") == std::string::npos);
  CHECK(page.find("</td><td>&lt;i&gt;carla|</td>") != std::string::npos);
  CHECK(page.find("<em>") == std::string::npos);
  CHECK(page.find("<title>T1 Call &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | #1: done; "
                  "now — anna — 2026-02-01 → 2026-03-01 — doing, overdue</title>") !=
        std::string::npos);
  CHECK(page.find("Kick-off: &quot;all&quot; &lt;hands&gt;") != std::string::npos);
  CHECK(page.find("<span class=\"badge state-off-track\">off-track</span>") != std::string::npos);
  CHECK(page.find("<svg class=\"timeline\" width=\"960\"") != std::string::npos);
  CHECK(page.find("as of 2026-11-27") != std::string::npos);
}

TEST_CASE("status HTML is self-contained", "[status][html]") {
  const std::string page = html(hostile_report());
  // The only URL an inline SVG may carry is its namespace.
  std::string rest = page;
  for (std::size_t at = rest.find("http://www.w3.org/2000/svg"); at != std::string::npos;
       at = rest.find("http://www.w3.org/2000/svg")) {
    rest.erase(at, std::string_view("http://www.w3.org/2000/svg").size());
  }
  CHECK(rest.find("http://") == std::string::npos);
  CHECK(rest.find("https://") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("@font-face") == std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
  CHECK(html(hostile_report()) == page); // deterministic
}

TEST_CASE("overdue markdown groups by owner, unowned last, rows in given order",
          "[overdue][markdown]") {
  const std::vector<TacticRow> rows = {
      row("zoe", "T1", d(2026, 5, 1), 210, 10), row("", "T2", d(2026, 6, 1), 179, 20),
      row("anna", "T3", d(2026, 6, 2), 1, 30), row("zoe", "T4", d(2026, 7, 1), 149, 40), [] {
        TacticRow soon = row("anna", "T5", d(2026, 12, 1), -4, 50);
        soon.due_soon = true;
        return soon;
      }()};
  std::ostringstream out;
  render_overdue_markdown(out, d(2026, 11, 27), rows);
  const std::string text = out.str();
  CHECK(text.rfind("# 4 overdue tactics, 1 due soon, as of 2026-11-27\n\n", 0) == 0);
  const auto anna = text.find("## anna (2)\n");
  const auto zoe = text.find("## zoe (2)\n");
  const auto none = text.find("## (no owner) (1)\n");
  REQUIRE(anna != std::string::npos);
  REQUIRE(zoe != std::string::npos);
  REQUIRE(none != std::string::npos);
  CHECK(anna < zoe);
  CHECK(zoe < none);
  CHECK(text.find("| **1 day** | T3: Do it | S1 | O1 | 2026-06-02 | todo | `plan.yaml:30` |\n") >
        anna);
  CHECK(text.find("| due in 4 days | T5: Do it |") < zoe);
  CHECK(text.find("| **210 days** | T1:") < text.find("| **149 days** | T4:"));
  CHECK(text.find("| **179 days** | T2:") > none);
}

TEST_CASE("overdue markdown says so when nothing is late", "[overdue][markdown]") {
  std::ostringstream out;
  render_overdue_markdown(out, d(2026, 11, 27), {});
  CHECK(out.str() == "# 0 overdue tactics as of 2026-11-27\n\nNo overdue tactics.\n");
}
