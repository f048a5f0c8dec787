#!/usr/bin/env bash
# `most review --since REV` in a real git repository: a plan committed over four weeks with
# slips, a due day moved earlier, completions early and late (one without done_on), a target
# lowered and a tactic added later; exact figures per owner and objective, the three formats,
# and the errors.
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
asof=(--as-of 2026-03-20)
repo=$work/repo
mkdir -p "$repo/plans"
cd "$repo" || exit 2
git init -q && git config user.email ci@example.com && git config user.name CI &&
  git config commit.gpgsign false
commit() { # commit DAY MESSAGE
  git add -A && GIT_COMMITTER_DATE="$1T09:00:00Z" GIT_AUTHOR_DATE="$1T09:00:00Z" git commit -q -m "$2"
}
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
team: [{id: anna}, {id: bram}, {id: lisa}]
objectives:
  - id: O1
    statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 1000, target: 1100}
    checkins:
      - {date: 2026-01-31, value: 1020}
    strategies:
      - id: S1
        statement: Increase sales coverage by hiring two salespeople
        tactics:
          - {id: T1, action: Post two job openings, owner: anna, due: 2026-02-10}
          - {id: T2, action: Interview candidates, owner: anna, due: 2026-02-20}
          - {id: T3, action: Run a job fair, owner: bram, due: 2026-03-01}
          - {id: T4, action: Write the job ads, owner: lisa, due: 2026-01-25, status: done, done_on: 2026-01-20}
  - id: O2
    statement: Win 20 new key accounts by June 30
    deadline: 2026-06-30
    metric: {name: New key accounts, unit: accounts, baseline: 0, target: 20}
    strategies:
      - id: S2
        statement: Target the largest fleets in the region
        tactics:
          - {id: T6, action: Visit the 15 largest fleets, owner: bram, due: 2026-03-01}
PLAN
commit 2026-01-26 "the plan"
# Week 1: T1 done (no done_on: the commit's day counts, on time); T3 slips 10 days.
edit plans/north.yaml "owner: anna, due: 2026-02-10}" "owner: anna, due: 2026-02-10, status: done}"
edit plans/north.yaml "owner: bram, due: 2026-03-01}" "owner: bram, due: 2026-03-11}"
commit 2026-02-02 "week 1"
# Week 2: T2 slips 13 days; T3 comes 5 days earlier (a move, no slip); O2's target lowered.
edit plans/north.yaml "owner: anna, due: 2026-02-20}" "owner: anna, due: 2026-03-05}"
edit plans/north.yaml "owner: bram, due: 2026-03-11}" "owner: bram, due: 2026-03-06}"
edit plans/north.yaml "baseline: 0, target: 20}" "baseline: 0, target: 15}"
commit 2026-02-09 "week 2"
# Week 3: T2 done after its due day at the start (late); T5 added for lisa; a check-in.
edit plans/north.yaml "owner: anna, due: 2026-03-05}" "owner: anna, due: 2026-03-05, status: done, done_on: 2026-03-01}"
edit plans/north.yaml "          - {id: T4," "          - {id: T5, action: Call every fleet manager, owner: lisa, due: 2026-03-10}
          - {id: T4,"
edit plans/north.yaml "      - {date: 2026-01-31, value: 1020}" "      - {date: 2026-01-31, value: 1020}
      - {date: 2026-02-28, value: 1040}"
commit 2026-02-16 "week 3"
# Week 4: T5 slips 10 days, then is done on 2026-03-15: late against its first due day.
edit plans/north.yaml "owner: lisa, due: 2026-03-10}" "owner: lisa, due: 2026-03-20}"
commit 2026-02-23 "week 4"
edit plans/north.yaml "owner: lisa, due: 2026-03-20}" "owner: lisa, due: 2026-03-20, status: done, done_on: 2026-03-15}"
commit 2026-03-16 "week 5"

echo "-- the figures per owner and per objective"
run 0 review --since HEAD~5 "${asof[@]}" --format json plans/
python3 - "$work/out" <<'PY' && pass || fail "the review JSON: $(cat "$work/out")"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["since"] == "HEAD~5" and report["as_of"] == "2026-03-20", report
owners = {row.pop("owner"): row for row in report["owners"]}
expected = {
    "anna": {"completed": 2, "on_time": 1, "late": 1, "slip_days": 13, "due_moves": 1, "open_overdue": 0},
    "bram": {"completed": 0, "on_time": 0, "late": 0, "slip_days": 10, "due_moves": 2, "open_overdue": 2},
    "lisa": {"completed": 1, "on_time": 0, "late": 1, "slip_days": 10, "due_moves": 1, "open_overdue": 0},
}
assert owners == expected, owners
objectives = {o["id"]: o for o in report["objectives"]}
assert objectives["O1"]["target_changes"] == 0 and objectives["O2"]["target_changes"] == 1
assert objectives["O1"]["progress_pct"] == 40 and objectives["O1"]["file"] == "plans/north.yaml"
assert objectives["O2"]["progress_pct"] is None and objectives["O1"]["state"]
# Halfway from 2026-01-26 to 2026-03-20 the plan had one check-in (1020 on 2026-01-31): the
# line through the baseline on the mission's start and it reaches 1120 on June 30, 120 %.
assert report["mid_cycle"] == "2026-02-21", report["mid_cycle"]
assert objectives["O1"]["midcycle_forecast_pct"] == 120 and objectives["O2"]["midcycle_forecast_pct"] is None
PY
# From a later start: only what happened since (T2's due day at HEAD~3 was 2026-03-05).
run 0 review --since HEAD~3 "${asof[@]}" --format json plans/north.yaml
python3 - "$work/out" <<'PY' && pass || fail "the review since HEAD~3: $(cat "$work/out")"
import json, sys
owners = {row["owner"]: row for row in json.load(open(sys.argv[1]))["owners"]}
assert owners["anna"]["completed"] == 1 and owners["anna"]["on_time"] == 1, owners["anna"]
assert owners["anna"]["due_moves"] == 0 and owners["lisa"]["slip_days"] == 10, owners
PY
# An uncommitted edit is part of the cycle too: the working tree is its last version.
edit plans/north.yaml "owner: bram, due: 2026-03-06}" "owner: bram, due: 2026-03-13}"
run 0 review --since HEAD~5 "${asof[@]}" plans/
out_has "bram                         0       0    0        17         3            2"
git checkout -q plans/north.yaml

echo "-- text and Markdown (goldens the README shows)"
golden review-since.txt review --since HEAD~5 "${asof[@]}" plans/
golden review-since.md review --since HEAD~5 "${asof[@]}" --format markdown plans/
golden review-since.json review --since HEAD~5 "${asof[@]}" --format json plans/
run 0 review --since HEAD~5 "${asof[@]}" plans/
out_has "Since HEAD~5 (as of 2026-03-20)"
out_has "anna                         2       1    1        13         1            0"
out_has "plans/north.yaml#O2 Win 20 new key accounts by June 30"
out_has "target changed 1 time"
run 0 review --since HEAD~5 "${asof[@]}" --format markdown plans/
out_has "| anna | 2 | 1 | 1 | 13 | 1 | 0 |"
out_has "| owner | completed | on time | late | slip days | due moves | open overdue |"
# Without a path: the plans below the current directory.
(cd plans && exec "$most" review --since HEAD~5 "${asof[@]}") >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && pass || fail "review from inside the folder did not exit 0"
out_has "lisa"

echo "-- errors: one line, exit 2"
run 2 review --since HEAD~9 plans/ && err_is_one_line && err_has "unknown revision 'HEAD~9'"
run 2 review plans/ && err_has "since"
mkdir "$work/outside" && cp plans/north.yaml "$work/outside/"
run 2 review --since HEAD "$work/outside" && err_is_one_line && err_has "not in a git work tree"
printf 'mission: [\n' >plans/north.yaml
run 2 review --since HEAD~5 plans/ && err_is_one_line && err_has "cannot review"
git checkout -q plans/north.yaml

finish
