// `most site`: page names safe whatever a file or owner is called, every page linked only
// inside the site, and the folder replaced whole — or refused when it is not ours.

#include "support.hpp"

#include <most/output.hpp>
#include <most/site.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace most;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary one, removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "most-site-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    dir = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
};

const std::vector<FolderFile> kFiles{{"index.html", "<p>index</p>\n"},
                                     {"plans/a.html", "<p>a</p>\n"}};

} // namespace

TEST_CASE("page names are safe and unique whatever the plan or owner is called", "[site]") {
  std::vector<std::string> taken;
  CHECK(site_slug("teams/east", taken) == "teams-east");
  CHECK(site_slug("teams east", taken) == "teams-east-2");
  CHECK(site_slug("Teams-East", taken) == "Teams-East-3"); // one file on a case-blind disk
  CHECK(site_slug("../../etc/passwd", taken) == "etc-passwd");
  CHECK(site_slug("..", taken) == "page");
  CHECK(site_slug("<script>alert(1)</script>", taken) == "script-alert-1-script");
  CHECK(site_slug(std::string(500, 'x'), taken).size() == 80);
}

TEST_CASE("the site links only inside itself and escapes plan text", "[site]") {
  StatusReport status;
  status.as_of = Date{std::chrono::year{2026}, std::chrono::May, std::chrono::day{1}};
  PlanStatus& plan = status.plans.emplace_back();
  plan.file = "plans/<b>north</b>.yaml";
  plan.statement = "To be <script>x</script> first";
  ObjectiveStatus& objective = plan.objectives.emplace_back();
  objective.id = "O1";
  objective.statement = "Sell 10 cars by June 30";
  TacticSpan tactic{"T1",         "Call \"everyone\"", "anna & bas", std::nullopt,
                    std::nullopt, Status::Todo,        false};
  objective.strategies.push_back(StrategyStatus{"S1", "Call", "", 0, {tactic}});
  AlignmentTree tree;
  tree.as_of = status.as_of;
  std::vector<TacticRow> tactics(1);
  tactics[0].file = plan.file;
  tactics[0].id = "T1";
  tactics[0].owner = "anna & bas";
  const std::vector<SitePage> pages = render_site(SiteInput{status, tree, tactics});
  REQUIRE(pages.size() == 4);
  CHECK(pages[0].path == "index.html");
  CHECK(pages[1].path == "overdue.html");
  CHECK(pages[2].path == "plans/plans-b-north-b.html");
  CHECK(pages[3].path == "owners/anna-bas.html");
  for (const SitePage& page : pages) {
    INFO(page.path);
    CHECK(page.content.find("<script") == std::string::npos);
    CHECK(page.content.find("http://") == std::string::npos);
    CHECK(page.content.find("https://") == std::string::npos);
  }
  CHECK(pages[0].content.find("href=\"plans/plans-b-north-b.html\"") != std::string::npos);
  CHECK(pages[0].content.find("href=\"owners/anna-bas.html\">anna &amp; bas</a>") !=
        std::string::npos);
  CHECK(pages[2].content.find("href=\"../owners/anna-bas.html\"") != std::string::npos);
  CHECK(pages[3].content.find("href=\"../plans/plans-b-north-b.html\"") != std::string::npos);
}

TEST_CASE("the site folder is written whole, replaced only when it is ours", "[site]") {
  Scratch scratch;
  const std::string site = (scratch.dir / "public").string();
  std::string error;
  REQUIRE(write_folder_atomically(site, kFiles, error));
  CHECK(most::test::read_file(fs::path(site) / "plans/a.html") == "<p>a</p>\n");
  CHECK(fs::is_regular_file(fs::path(site) / kFolderMarker));
  // Replaced: a file of the old site that the new one lacks is gone, nothing left beside it.
  std::ofstream(fs::path(site) / "stale.html") << "old";
  REQUIRE(write_folder_atomically(site + "/", kFiles, error));
  CHECK_FALSE(fs::exists(fs::path(site) / "stale.html"));
  CHECK(std::distance(fs::directory_iterator(scratch.dir), fs::directory_iterator()) == 1);

  SECTION("a folder of someone else's is refused and left as it was") {
    const fs::path other = scratch.dir / "plans";
    fs::create_directory(other);
    std::ofstream(other / "north.yaml") << "most: 1\n";
    CHECK_FALSE(write_folder_atomically(other.string(), kFiles, error));
    CHECK(error.find("did not write") != std::string::npos);
    CHECK(fs::exists(other / "north.yaml"));
    CHECK_FALSE(fs::exists(other / "index.html"));
  }
  SECTION("a file, a device and a symbolic link are refused") {
    const fs::path file = scratch.dir / "file";
    std::ofstream(file) << "x";
    CHECK_FALSE(write_folder_atomically(file.string(), kFiles, error));
    CHECK(error.find("not a folder") != std::string::npos);
    CHECK_FALSE(write_folder_atomically("/dev/null", kFiles, error));
    const fs::path link = scratch.dir / "link";
    fs::create_directory_symlink(site, link);
    CHECK_FALSE(write_folder_atomically(link.string(), kFiles, error));
    CHECK(error.find("symbolic link") != std::string::npos);
  }
  SECTION("a path that would leave the folder is refused, and nothing is left behind") {
    const std::vector<FolderFile> bad{{"../escape.html", "x"}};
    CHECK_FALSE(write_folder_atomically((scratch.dir / "fresh").string(), bad, error));
    CHECK_FALSE(fs::exists(scratch.dir / "escape.html"));
    CHECK_FALSE(fs::exists(scratch.dir / "fresh"));
    CHECK(std::distance(fs::directory_iterator(scratch.dir), fs::directory_iterator()) == 1);
  }
}
