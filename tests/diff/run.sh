#!/usr/bin/env bash
# `most diff` in a real git repository: a plan committed four times, each commit a kind of
# change a sales manager asks about on Monday; then --since over one and several commits,
# files added and deleted, the three formats (goldens), --fail-on and the errors.
# Usage: run.sh MOST_BINARY SOURCE_DIR. MOST_UPDATE_GOLDEN=1 rewrites the goldens.
set -u
most=$(realpath "$1")
src=$(realpath "$2")
golden="$src/tests/golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=../harness.sh
source "$src/tests/harness.sh"

if ! command -v git >/dev/null; then
  echo "SKIP: git is not installed"
  exit 0
fi
asof=(--as-of 2026-05-04)
repo=$work/repo
mkdir -p "$repo/plans"
cd "$repo" || exit 2
git init -q && git config user.email ci@example.com && git config user.name CI &&
  git config commit.gpgsign false
commit() { git add -A && git commit -q -m "$1"; }
# edit FILE FROM TO — one literal replacement; fails the test when FROM is not there.
edit() {
  python3 - "$@" <<'PY' || fail "edit $1: '$2' not found"
import sys
path, old, new = sys.argv[1:4]
text = open(path).read()
if old not in text:
    sys.exit(1)
open(path, "w").write(text.replace(old, new, 1))
PY
}

cat >plans/north.yaml <<'PLAN'
most: 1
mission:
  statement: To be one of the top five dealers in the region within 12 months
  start: 2026-01-01
  deadline: 2026-12-31
team: [{id: anna}, {id: bram}, {id: lisa}, {id: ronald}]
objectives:
  - id: O1
    statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 1200000, target: 1320000}
    checkins:
      - {date: 2026-03-31, value: 1250000}
    strategies:
      - id: S1
        statement: Increase sales coverage by hiring two salespeople
        tactics:
          - {id: T1, action: Post two job openings, owner: lisa, due: 2026-05-15}
          - {id: T2, action: Interview candidates, owner: ronald, due: 2026-05-29}
          - {id: T3, action: Run a job fair, owner: lisa, due: 2026-06-05}
  - id: O2
    statement: Win 20 new key accounts by June 30
    deadline: 2026-06-30
    metric: {name: New key accounts, unit: accounts, baseline: 0, target: 20}
    strategies:
      - id: S2
        statement: Target the largest fleets in the region
        tactics:
          - {id: T4, action: Visit the 15 largest fleets, owner: bram, due: 2026-05-20}
          - {id: T5, action: Send the spring offer, owner: anna, due: 2026-05-22}
PLAN
commit "first plan"
# Week 1: two slips (41 days in all) and a completion.
edit plans/north.yaml "due: 2026-05-29}" "due: 2026-06-19}"
edit plans/north.yaml "owner: bram, due: 2026-05-20}" "owner: bram, due: 2026-06-09}"
edit plans/north.yaml "owner: lisa, due: 2026-05-15}" "owner: lisa, due: 2026-05-15, status: done}"
commit "week 1"
# Week 2: a new owner, a dropped and an added tactic, a target lowered, a check-in.
edit plans/north.yaml "action: Run a job fair, owner: lisa" "action: Run a job fair, owner: anna"
edit plans/north.yaml "owner: anna, due: 2026-05-22}" "owner: anna, due: 2026-05-22, status: dropped}"
edit plans/north.yaml "baseline: 0, target: 20}" "baseline: 0, target: 15}"
edit plans/north.yaml "      - {date: 2026-03-31, value: 1250000}" \
  "      - {date: 2026-03-31, value: 1250000}
      - {date: 2026-04-30, value: 1290000}"
edit plans/north.yaml "          - {id: T5," \
  "          - {id: T6, action: Call every fleet manager, owner: bram, due: 2026-06-12}
          - {id: T5,"
commit "week 2"
# Week 3: the mission runs longer, a tactic is removed, a second plan appears.
edit plans/north.yaml "  deadline: 2026-12-31" "  deadline: 2027-03-31"
edit plans/north.yaml "          - {id: T3, action: Run a job fair, owner: anna, due: 2026-06-05}
" ""
cp plans/north.yaml plans/south.yaml
commit "week 3"

echo "-- --since over one commit: each kind of change"
run 0 diff "${asof[@]}" --since HEAD~1 plans/north.yaml && out_has "removed: T3"
# HEAD~2 → HEAD~1 is week 2; compare the files of two revisions through OLD NEW as well.
git show HEAD~3:plans/north.yaml >"$work/v0.yaml"
git show HEAD~2:plans/north.yaml >"$work/v1.yaml"
git show HEAD~1:plans/north.yaml >"$work/v2.yaml"
run 0 diff "${asof[@]}" "$work/v0.yaml" "$work/v1.yaml"
out_has "slipped: T2 Interview candidates — 2026-05-29 → 2026-06-19 (+21 days)"
out_has "slipped: T4 Visit the 15 largest fleets — 2026-05-20 → 2026-06-09 (+20 days)"
out_has "completed: T1 Post two job openings — todo → done"
out_has "2 tactics slipped by 41 days in total; 1 completed"
run 0 diff "${asof[@]}" "$work/v1.yaml" "$work/v2.yaml"
out_has "owner: T3 Run a job fair — lisa → anna"
out_has "dropped: T5 Send the spring offer — todo → dropped"
out_has "added: T6 Call every fleet manager"
out_has "target: O2 Win 20 new key accounts by June 30 — 20 → 15"
out_has "check-in: O1 Increase sales volume by 10% by June 30 — 1290000 on 2026-04-30, progress 41.7% → 75.0%"
out_has "note: the target of objective O2 changed from 20 to 15 after the mission started"
out_has "target of O2 lowered from 20 to 15"
run 0 diff "${asof[@]}" "$work/v2.yaml" plans/north.yaml
out_has "horizon: mission To be one of the top five dealers in the region within 12 months — deadline 2026-12-31 → 2027-03-31 (+90 days)"
out_has "removed: T3 Run a job fair"

echo "-- --since over several commits and a folder: files added too"
golden diff-since.txt diff --since HEAD~3 "${asof[@]}" plans/
golden diff-since.md diff --since HEAD~3 "${asof[@]}" --format markdown plans/
golden diff-since.json diff --since HEAD~3 "${asof[@]}" --format json plans/
run 0 diff --since HEAD~3 "${asof[@]}" --format json plans/
python3 - "$work/out" <<'PY' && pass || fail "the JSON report"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["since"] == "HEAD~3" and report["as_of"] == "2026-05-04"
files = {f["after"]: f for f in report["files"]}
assert set(files) == {"plans/north.yaml", "plans/south.yaml"}, set(files)
kinds = sorted(c["kind"] for c in files["plans/north.yaml"]["changes"])
# T3 changed owner in week 2 and was removed in week 3: over the three weeks it was removed.
assert kinds == sorted(["slipped", "slipped", "completed", "dropped", "added", "target",
                        "check-in", "horizon", "removed"]), kinds
assert [c["kind"] for c in files["plans/south.yaml"]["changes"]] == ["plan-added"]
assert report["summary"]["slipped_days"] == 41
assert files["plans/north.yaml"]["findings"][0]["rule"] == "target-changed"
PY
# Run from inside the folder, with no path: the current directory.
(cd plans && exec "$most" diff --since HEAD~1 "${asof[@]}") >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && pass || fail "diff from inside the folder did not exit 0"
out_has "plan-added: mission" && out_has "removed: T3"

echo "-- a deleted plan"
git rm -q plans/south.yaml
run 0 diff --since HEAD "${asof[@]}" plans/ && out_has "plan-removed: mission" && out_has "1 plan removed"
run 0 diff --since HEAD "${asof[@]}" plans/south.yaml && out_has "plan-removed"
git checkout -q HEAD plans/south.yaml

echo "-- exit status: --fail-on and target-changed raised to error"
run 1 diff --since HEAD~3 "${asof[@]}" --fail-on slip plans/north.yaml
run 0 diff --since HEAD~1 "${asof[@]}" --fail-on slip plans/north.yaml
run 1 diff --since HEAD~1 "${asof[@]}" --fail-on removed --fail-on slip plans/north.yaml
printf 'rules:\n  target-changed: error\n' >plans/.most.yaml
run 1 diff --since HEAD~2 "${asof[@]}" plans/north.yaml && out_has "error: the target of objective O2"
printf 'rules:\n  target-changed: off\n' >plans/.most.yaml
run 0 diff --since HEAD~2 "${asof[@]}" plans/north.yaml && out_lacks "target-changed"
rm plans/.most.yaml

echo "-- errors: one line, exit 2"
run 2 diff --since HEAD~9 plans/ && err_is_one_line && err_has "unknown revision 'HEAD~9'"
run 2 diff --since HEAD plans/nowhere.yaml && err_is_one_line && err_has "exists neither"
mkdir "$work/outside" && cp plans/north.yaml "$work/outside/"
run 2 diff --since HEAD "$work/outside" && err_is_one_line && err_has "not in a git work tree"
run 2 diff plans/north.yaml && err_is_one_line
run 2 diff --since HEAD --fail-on sometimes plans/ && err_is_one_line
printf 'mission: [\n' >"$work/broken.yaml"
run 2 diff "$work/broken.yaml" plans/north.yaml && err_has "cannot compare"
# git's output is bounded like any plan read.
run 2 diff --since HEAD~3 --max-file-size 1K plans/north.yaml && err_has "larger than --max-file-size"
# Without git on PATH: one line saying so.
(PATH=/nonexistent exec "$most" diff --since HEAD plans/) >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && pass || fail "diff without git did not exit 2"
err_is_one_line && err_has "cannot run git"
# A revision given as an option cannot smuggle in one for git.
run 2 diff "--since=--output=$work/x" plans/ && err_is_one_line
[ ! -e "$work/x" ] && pass || fail "git wrote $work/x"
run 2 diff --since HEAD 'plans/*.yaml' && err_is_one_line && err_has "not 'plans/*.yaml'"
run 2 diff --since HEAD - && err_is_one_line

echo "-- what a review found"
# --output never replaces a plan that was read.
cp plans/north.yaml "$work/keep.yaml"
run 2 diff "${asof[@]}" "$work/v0.yaml" plans/north.yaml -o plans/north.yaml && err_is_one_line
cmp -s plans/north.yaml "$work/keep.yaml" && pass || fail "diff -o replaced a plan"
# A hook or CI step that set GIT_DIR does not point git elsewhere.
(GIT_DIR=.git exec "$most" diff --since HEAD~1 "${asof[@]}" plans/north.yaml) >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && pass || fail "diff with GIT_DIR set failed: $(cat "$work/err")"
out_has "removed: T3"
# Plan text cannot reach the terminal raw through a change's values.
cp plans/north.yaml "$work/escape.yaml"
edit "$work/escape.yaml" 'owner: bram, due: 2026-06-12}' 'owner: "b\e]0;x\a", due: 2026-06-12}'
run 0 diff "${asof[@]}" plans/north.yaml "$work/escape.yaml"
grep -q $'\e' "$work/out" && fail "an escape reached the output" || pass
out_has 'bram → b\x1b]0;x\x07'
# A symbolic link is followed in git as it is in the work tree: no change, not a new plan.
ln -s north.yaml plans/link.yaml && commit "a link"
run 0 diff --since HEAD "${asof[@]}" plans/ && out_has "link.yaml: 0 changes"
run 0 diff --since HEAD "${asof[@]}" plans/link.yaml && out_has "0 changes"
# An expired ignore is check's business, not diff's.
sed 's/  - id: O1$/  - id: O1\n    ignore: [{rule: smart-specific, until: 2026-01-31}]/' plans/north.yaml >"$work/ignores.yaml"
run 0 diff "${asof[@]}" "$work/ignores.yaml" "$work/ignores.yaml" && out_lacks "ignore-expired"

echo "-- a submodule: the revision is the submodule's own, and the output says so"
sub=$work/team-repo
mkdir -p "$sub/plans" && cp plans/north.yaml "$sub/plans/north.yaml"
(
  cd "$sub" && git init -q && git config user.email ci@example.com && git config user.name CI &&
    git config commit.gpgsign false && commit "the first plan" &&
    sed -i 's/\(Interview candidates, owner: [a-z]*, due: \)[0-9-]*/\12099-01-01/' plans/north.yaml &&
    commit "T2 slips"
)
super=$work/super
mkdir -p "$super" && cd "$super" || exit 2
git init -q && git config user.email ci@example.com && git config user.name CI &&
  git config commit.gpgsign false
echo "plans of the region" >README && commit "a readme"
git -c protocol.file.allow=always submodule add -q "$sub" team >/dev/null 2>&1 && commit "the team's plans"
# HEAD~1 of the superproject has no team folder at all; in the submodule, HEAD~1 is the plan
# before T2 slipped. The plan is read in the submodule, and named as read there.
run 0 diff --since HEAD~1 "${asof[@]}" team/plans/north.yaml &&
  out_has "HEAD~1 in team:team/plans/north.yaml → team/plans/north.yaml" && out_has "slipped: T2"
run 0 diff --since HEAD~1 "${asof[@]}" --format json . && out_has '"before": "HEAD~1 in team:./team/plans/north.yaml"'
# From inside the submodule it is the current repository: no need to name it.
(cd team && exec "$most" diff --since HEAD~1 "${asof[@]}" plans/north.yaml) >"$work/out" 2>"$work/err"
out_has "HEAD~1:plans/north.yaml → plans/north.yaml"
# A revision the superproject has and the submodule lacks is an error naming the submodule.
echo "more" >>README && commit "more readme" && echo "even more" >>README && commit "and more"
run 2 diff --since HEAD~3 "${asof[@]}" . && err_is_one_line &&
  err_has "unknown revision 'HEAD~3' in the repository of './team"
# ':/message' names the newest commit whose message matches: no ^{commit} glued to its text.
cd "$sub" || exit 2
run 0 diff --since ':/the first' "${asof[@]}" plans/north.yaml && out_has "slipped: T2" &&
  out_has ":/the first:plans/north.yaml"
run 2 diff --since ':/no such message' "${asof[@]}" plans/north.yaml && err_is_one_line &&
  err_has "unknown revision"
cd "$repo" || exit 2

finish
