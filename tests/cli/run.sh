#!/usr/bin/env bash
# Runs the real `most` binary the way users and CI do, and checks exit statuses, streams and
# golden outputs. Usage: run.sh MOST_BINARY SOURCE_DIR
# MOST_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing (review the diff!).
set -u
most=$(realpath "$1")
src=$(realpath "$2")
plans="$src/tests/cli/plans"
golden="$src/tests/golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2

# shellcheck source=../harness.sh
source "$src/tests/harness.sh"

asof=(--as-of 2026-11-27)
# The width of the text report follows COLUMNS; the goldens are the piped, unlimited one.
unset COLUMNS

echo "-- version, help and usage errors (exit 2, one line)"
run 0 --version && out_has "most 0.1.0"
run 0 --help && out_has "check"
run 0 check --help && out_has "--as-of"
run 2 && err_is_one_line
run 2 frobnicate && err_is_one_line
run 2 check --format xml examples/sales-dealer.yaml && err_is_one_line
run 2 check --color sometimes examples/sales-dealer.yaml && err_is_one_line
run 2 check --as-of 2026-02-30 examples/sales-dealer.yaml && err_is_one_line && err_has "2026-02-30"
run 2 check --as-of tomorrow examples/sales-dealer.yaml && err_is_one_line
run 2 check --no-such-flag examples/sales-dealer.yaml && err_is_one_line

echo "-- every clean example passes, even under --strict"
for plan in examples/*.yaml; do
  case "$plan" in *common-mistakes*) continue ;; esac
  run 0 check --strict "${asof[@]}" "$plan" && out_has "no problems in 1 file"
done

# examples/org is clean but for its one deliberate roll-up mismatch (README, SPEC §4.6).
run 0 check "${asof[@]}" examples/org && out_has "0 errors, 1 warning in 3 files" &&
  out_has "the targets aligned to cars add up to 950, 150 short of its target of 1100"

echo "-- findings: errors exit 1, warnings only exit 0 unless --strict"
run 1 check "${asof[@]}" examples/common-mistakes.yaml
run 0 check "${asof[@]}" "$plans/warnings-only.yaml" && out_has "0 errors, 1 warning in 1 file"
run 1 check --strict "${asof[@]}" "$plans/warnings-only.yaml"
run 1 check "${asof[@]}" "$plans/syntax-error.yaml" && out_has "[yaml-syntax]"
run 1 check "${asof[@]}" examples && out_has "in 6 files"

echo "-- files that cannot be read: exit 2, the others are still checked"
run 2 check "${asof[@]}" no-such-plan.yaml examples/sales-dealer.yaml &&
  err_is_one_line && err_has "cannot read 'no-such-plan.yaml'" && out_has "no problems in 1 file"
run 1 check "${asof[@]}" /dev/null && out_has "the file is empty"
run 2 check "${asof[@]}" - - && err_is_one_line && err_has "more than once"
mkdir -p "$work/empty"
run 2 check "${asof[@]}" "$work/empty" && err_is_one_line && err_has "no plans" && out_empty
"$most" check "${asof[@]}" <(cat examples/sales-dealer.yaml) >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && pass || fail "a plan read from a pipe (process substitution) did not pass: $(cat "$work/err")"
if [ -w /dev/full ]; then
  "$most" check "${asof[@]}" examples/sales-dealer.yaml >/dev/full 2>"$work/err"
  [ $? -eq 2 ] && pass || fail "writing to a full disk did not exit 2"
  err_has "cannot write the output"
fi

echo "-- no path means the current directory"
mkdir -p "$work/cwd-clean" && cp examples/sales-dealer.yaml "$work/cwd-clean/"
(cd "$work/cwd-clean" && "$most" check "${asof[@]}" >"$work/out" 2>"$work/err")
[ $? -eq 0 ] && pass || fail "most check with no path in a clean directory did not exit 0"
out_has "no problems in 1 file"
(cd "$work/empty" && "$most" check "${asof[@]}" >"$work/out" 2>"$work/err")
[ $? -eq 2 ] && pass || fail "most check with no path in an empty directory did not exit 2"
mkdir -p "$work/unreadable" && echo "mission: x" >"$work/unreadable/plan.yaml" && chmod 000 "$work/unreadable/plan.yaml"
mkdir -p "$work/walk/locked" "$work/walk/open" && cp examples/sales-dealer.yaml "$work/walk/open/"
chmod 000 "$work/walk/locked"
ln -s .. "$work/walk/open/loop"
if [ "$(id -u)" -ne 0 ]; then
  run 2 check "${asof[@]}" "$work/unreadable/plan.yaml" && err_has "cannot read"
  run 2 check "${asof[@]}" "$work/walk" && err_has "cannot read directory" && out_has "no problems in 1 file"
else
  echo "SKIP: running as root, so unreadable files and folders are readable"
fi
run 0 check "${asof[@]}" "$work/walk/open" && out_has "no problems in 1 file" # symlink loop not followed
chmod 755 "$work/walk/locked"

echo "-- quoted globs expand like a shell's, in sorted order"
run 1 check --format json "${asof[@]}" 'examples/*.yaml' && out_has '"files": 3'
run 0 check "${asof[@]}" 'exam*/sales-*.yaml' && out_has "no problems in 1 file"
run 2 check "${asof[@]}" 'examples/*.toml' && err_is_one_line && err_has "no files match"

echo "-- standard input"
"$most" check "${asof[@]}" - <examples/common-mistakes.yaml >"$work/out" 2>&1
[ $? -eq 1 ] && pass || fail "check - did not exit 1"
out_has "<stdin>:34:16: warning:"

echo "-- directories: sorted, *.yaml/*.yml only, hidden files and folders skipped"
mkdir -p "$work/tree/b" "$work/tree/.hidden" "$work/tree/a"
cp examples/sales-dealer.yaml "$work/tree/b/z.yml"
cp examples/sales-dealer.yaml "$work/tree/a/plan.yaml"
cp "$plans/syntax-error.yaml" "$work/tree/.hidden/broken.yaml"
cp "$plans/syntax-error.yaml" "$work/tree/.broken.yaml"
echo "not a plan" >"$work/tree/notes.txt"
(cd "$work" && "$most" check "${asof[@]}" --format json tree >"$work/out" 2>"$work/err")
[ $? -eq 0 ] && pass || fail "directory walk did not exit 0: $(cat "$work/err")"
out_has '"files": 2'

echo "-- .most.yaml: nearest one per plan, --config, and mistakes in it are exit 2"
mkdir -p "$work/cfg/team"
cp "$plans/warnings-only.yaml" "$work/cfg/team/plan.yaml"
printf 'rules:\n  strategy-without-tactic: error\n' >"$work/cfg/.most.yaml"
run 1 check "${asof[@]}" "$work/cfg/team/plan.yaml" && out_has "error: strategy"
printf 'rules:\n  strategy-without-tactic: off\n' >"$work/cfg/team/.most.yaml"
run 0 check --strict "${asof[@]}" "$work/cfg/team/plan.yaml" && out_has "no problems"
run 1 check --config "$work/cfg/.most.yaml" "${asof[@]}" "$work/cfg/team/plan.yaml"
printf 'rules:\n  strategy-without-tactics: off\n' >"$work/cfg/team/.most.yaml"
run 2 check "${asof[@]}" "$work/cfg/team/plan.yaml" &&
  err_has "unknown rule 'strategy-without-tactics' (did you mean 'strategy-without-tactic'?)"
printf 'rules:\n  strategy-without-tactic: of\n' >"$work/cfg/team/.most.yaml"
run 2 check "${asof[@]}" "$work/cfg/team/plan.yaml" && err_has "(did you mean 'off'?)"
run 2 check --config "$work/none.yaml" "${asof[@]}" examples/sales-dealer.yaml && err_has "cannot read"

echo "-- colour and quiet"
run 1 check --color always "${asof[@]}" examples/common-mistakes.yaml && out_has $'\x1b['
run 1 check "${asof[@]}" examples/common-mistakes.yaml && out_lacks $'\x1b['
NO_COLOR=1 "$most" check --color auto "${asof[@]}" examples/common-mistakes.yaml >"$work/out" 2>/dev/null
out_lacks $'\x1b['
run 1 check --quiet "${asof[@]}" examples/common-mistakes.yaml && out_lacks "errors," && out_lacks " | "
run 0 check -q "${asof[@]}" examples/sales-dealer.yaml && out_empty

echo "-- plan text never reaches the terminal raw"
run 1 check "${asof[@]}" "$plans/control-chars.yaml" && out_lacks $'\x1b]0;' && out_has '\x1b'

echo "-- rules and explain"
run 0 rules && out_has "tactic-owner" && out_has "smart-measurable"
run 0 rules --format json && out_has '"name": "yaml-syntax"'
run 0 explain tactic-owner && out_has "How to silence"
run 2 explain tactic-ownr && err_is_one_line && err_has "did you mean 'tactic-owner'"

echo "-- status and overdue"
run 0 status "${asof[@]}" examples/sales-dealer.yaml && out_has "90.7% elapsed" && out_has "missed" && out_has "at-risk" && out_has "forecast 578,836 EUR"
run 0 status "${asof[@]}" examples/common-mistakes.yaml && out_has "'most check' reports 9 errors"
# Piped, statements are whole; COLUMNS (or the terminal's width) fits every line.
run 0 status "${asof[@]}" examples && out_has "Raise customer satisfaction score from 7.8 to 8.5 by September 30"
if command -v python3 >/dev/null 2>&1; then
  for columns in 100 80; do
    COLUMNS=$columns run 0 status "${asof[@]}" examples
    widest=$(python3 -c 'import sys; print(max(len(l) for l in open(sys.argv[1], encoding="utf-8").read().split("\n")))' "$work/out")
    [ "$widest" -le "$columns" ] && pass || fail "status text is $widest columns wide; COLUMNS=$columns"
  done
  COLUMNS=1000 run 0 status "${asof[@]}" examples/sales-dealer.yaml && out_has "Raise customer satisfaction score from 7.8 to 8.5 by September 30"
fi
run 2 status "${asof[@]}" "$plans/syntax-error.yaml" && err_is_one_line && err_has "cannot report on"
run 2 status --format pdf examples/sales-dealer.yaml && err_is_one_line
run 0 overdue "${asof[@]}" examples && out_has "1 overdue tactic" && out_has "bram"
run 1 overdue --exit-code "${asof[@]}" examples && out_has "165d late"
run 0 overdue --exit-code "${asof[@]}" examples/sales-dealer.yaml && out_has "0 overdue tactics"
run 0 overdue --owner priya --within 7 "${asof[@]}" examples && out_has "T22" && out_lacks "bram"
# --owner takes one name: the path after it is a path, not a second owner.
run 0 overdue "${asof[@]}" --owner bram examples/common-mistakes.yaml && out_has "O2.S1.T1"
# An owner no plan knows is a typo, as in `most team`: exit 2 with the closest owner.
run 2 overdue "${asof[@]}" --owner priyaa examples && err_is_one_line &&
  err_has "no plan has an owner or team member 'priyaa' (did you mean 'priya'?)" && out_empty
run 2 overdue "${asof[@]}" --owner zzzz --format json examples && err_is_one_line && out_empty
run 2 overdue --within -3 examples && err_is_one_line
run 2 overdue --format html examples && err_is_one_line
run 2 overdue "${asof[@]}" "$plans/syntax-error.yaml" && err_has "cannot report on"

echo "-- team: load per owner across plans, --owner, --within, and its errors"
team=tests/cli/plans/team
run 0 team "${asof[@]}" "$team" && out_has "5 owners, 10 open tactics, 4 overdue, 4 due within 14 days"
# Most overdue first: anna (2), then priya (1, 100 days) before dirk (1, 5 days); no owner last.
[ "$(awk 'NR > 3 && NF {print $1}' "$work/out" | head -6 | tr '\n' ' ')" = "anna priya dirk bram carla (no " ] &&
  pass || fail "team rows are not sorted by most overdue: $(cat "$work/out")"
out_has "Account manager" && out_lacks "Key accounts west" # the first roster names anna
run 0 team "${asof[@]}" --within 13 "$team" && out_has "DUE IN 13D" && out_has "3 due within 13 days"
run 0 team "${asof[@]}" --within 0 --format json "$team" && out_has '"within_days": 0'
run 0 team "${asof[@]}" --owner anna "$team" && out_has "14d late  T1" && out_has "due today  T2" &&
  out_lacks "bram" && out_has "tests/cli/plans/team/west.yaml:29"
run 0 team "${asof[@]}" --owner bram --format json "$team" && out_has '"status": "dropped"' &&
  out_has '"budget": 4500'
# --owner takes one name: the path after it is a path, not a second owner.
run 0 team "${asof[@]}" --owner dirk "$team/west.yaml" && out_has "WT3"
run 2 team "${asof[@]}" --owner ana "$team" && err_is_one_line &&
  err_has "no plan has an owner or team member 'ana' (did you mean 'anna'?)" && out_empty
run 2 team "${asof[@]}" --within -1 "$team" && err_is_one_line
run 2 team "${asof[@]}" --within soon "$team" && err_is_one_line
run 2 team "${asof[@]}" --format html "$team" && err_is_one_line
run 2 team "${asof[@]}" "$plans/syntax-error.yaml" && err_is_one_line && err_has "cannot report on"
run 2 team "${asof[@]}" "$team" "$plans/syntax-error.yaml" && err_is_one_line && out_has "anna"
run 0 team --color always "${asof[@]}" "$team" && out_has $'\x1b[31m'
run 0 team "${asof[@]}" "$team" && out_lacks $'\x1b['
mkdir -p "$work/team-plans" && cp "$team/east.yaml" "$work/team-plans/"
(cd "$work/team-plans" && "$most" team "${asof[@]}" >"$work/out" 2>"$work/err")
[ $? -eq 0 ] && pass || fail "most team with no path did not exit 0: $(cat "$work/err")"
out_has "bram"

echo "-- owner-overload and overload: in .most.yaml"
mkdir -p "$work/overload"
cp tests/fixtures/rules/owner-overload/pass_eight_in_window.yaml "$work/overload/plan.yaml"
run 0 check "${asof[@]}" "$work/overload/plan.yaml" && out_lacks "[owner-overload]"
printf 'overload:\n  open_tactics_due_within_14_days: 7\n' >"$work/overload/.most.yaml"
run 0 check "${asof[@]}" "$work/overload/plan.yaml" &&
  out_has "owner 'anna' has 8 open tactics due in the 14 days from 2026-03-02 to 2026-03-15" &&
  out_has "[owner-overload]"
printf 'overload:\n  open_tactics_due_within_14_days: 7\nrules:\n  owner-overload: error\n' >"$work/overload/.most.yaml"
run 1 check "${asof[@]}" "$work/overload/plan.yaml" && out_has "error: owner 'anna'"
printf 'overload:\n  open_tactics_due_within_14_days: 0\n' >"$work/overload/.most.yaml"
run 2 check "${asof[@]}" "$work/overload/plan.yaml" && err_is_one_line &&
  err_has ".most.yaml:2:36: 'overload: open_tactics_due_within_14_days' must be a whole number of at least 1, not '0'"
printf 'overload:\n  open_tactics_due_within_14_days: 7.5\n' >"$work/overload/.most.yaml"
run 2 team "${asof[@]}" "$work/overload/plan.yaml" && err_is_one_line && err_has "not '7.5'"
printf 'overload:\n  open_tactics_due_within_14days: 7\n' >"$work/overload/.most.yaml"
run 2 check "${asof[@]}" "$work/overload/plan.yaml" && err_is_one_line &&
  err_has "(did you mean 'open_tactics_due_within_14_days'?)"
printf 'overloads:\n  open_tactics_due_within_14_days: 7\n' >"$work/overload/.most.yaml"
run 2 check "${asof[@]}" "$work/overload/plan.yaml" && err_is_one_line &&
  err_has "unknown key 'overloads' (did you mean 'overload'?)"

echo "-- --output writes the report atomically, --jobs gives the same output as a serial run"
mkdir -p "$work/out-dir"
run 1 check --format json --output "$work/out-dir/report.json" "${asof[@]}" examples && out_empty
grep -qF '"summary"' "$work/out-dir/report.json" && pass || fail "--output file lacks the report"
[ "$(ls -A "$work/out-dir")" = "report.json" ] && pass || fail "--output left other files: $(ls -A "$work/out-dir")"
echo "old report" >"$work/out-dir/status.md"
run 0 status --format markdown -o "$work/out-dir/status.md" "${asof[@]}" examples/sales-dealer.yaml
grep -qF "examples/sales-dealer.yaml" "$work/out-dir/status.md" && pass || fail "status --output did not replace the file"
run 2 check --output "$work/no-such-dir/report.txt" "${asof[@]}" examples/sales-dealer.yaml &&
  err_is_one_line && err_has "cannot write"
run 0 rules --output "$work/out-dir/rules.txt" && out_empty
run 0 explain tactic-owner -o "$work/out-dir/explain.txt" && out_empty
grep -qF "How to silence" "$work/out-dir/explain.txt" && pass || fail "explain --output wrote no page"
mkdir -p "$work/many"
for i in $(seq -w 1 60); do
  cp examples/common-mistakes.yaml "$work/many/plan-$i.yaml"
  cp examples/sales-dealer.yaml "$work/many/clean-$i.yaml"
done
"$most" check --jobs 1 --format json "${asof[@]}" "$work/many" >"$work/serial.json" 2>/dev/null
"$most" check --jobs 4 --format json "${asof[@]}" "$work/many" >"$work/parallel.json" 2>/dev/null
cmp -s "$work/serial.json" "$work/parallel.json" && pass || fail "parallel and serial check output differ"
"$most" check --color never "${asof[@]}" "$work/many" >"$work/parallel.txt" 2>/dev/null
"$most" check -j 1 --color never "${asof[@]}" "$work/many" >"$work/serial.txt" 2>/dev/null
cmp -s "$work/serial.txt" "$work/parallel.txt" && pass || fail "parallel and serial text output differ"
grep -qF "540 errors, 300 warnings in 120 files" "$work/serial.txt" && pass || fail "serial run did not check all 120 plans"
run 2 check --jobs 0 examples && err_is_one_line

echo "-- an organisation: team plans aligned with the organisation's plan"
org=tests/fixtures/org
run 1 check "${asof[@]}" "$org" && out_has "[alignment]" && out_has "did you mean 'accounts'?"
# One plan reads only what it references: east is fine, its late objective a warning.
run 0 check "${asof[@]}" "$org/teams/east.yaml" && out_has "E3 is due 2027-03-31, after '../org.yaml#revenue'"
run 1 check "${asof[@]}" "$org/teams/north.yaml" && out_has "'tests/fixtures/org/org.yml' cannot be read"
run 0 status --tree "${asof[@]}" "$org" && out_has "off-track (own on-track)"
# From a team plan alone, the tree reaches up to the organisation's objectives.
run 0 status --tree "${asof[@]}" "$org/teams/east.yaml" && out_has "tests/fixtures/org/org.yaml — " && out_has "├─ teams/east.yaml#E1"
run 2 status --tree --format html "${asof[@]}" "$org" && err_is_one_line && err_has "--tree"
for format in text json markdown github sarif junit; do
  golden "org-check.$format" check --format "$format" --color never "${asof[@]}" "$org"
done
for format in text json markdown; do
  golden "org-tree.$format" status --tree --format "$format" --color never "${asof[@]}" "$org"
done
for format in text json markdown; do
  golden "org-team.$format" team --format "$format" --color never "${asof[@]}" "$org"
done
golden org-team-carol.text team --owner carol --color never "${asof[@]}" "$org"
# A plan read only because it is referenced is still a plan: --output never replaces it.
cp -r "$org" "$work/org-copy"
run 2 status --tree "${asof[@]}" "$work/org-copy/teams/east.yaml" -o "$work/org-copy/org.yaml" && err_is_one_line && err_has "most never changes a plan"
if cmp -s "$org/org.yaml" "$work/org-copy/org.yaml"; then pass; else fail "--output replaced a referenced plan"; fi
# One file under two names is one plan: a symlinked folder joins the same organisation, and a
# plan given twice counts once in the tree and in team.
cp -r examples/org "$work/org-link-target"
ln -s org-link-target "$work/org-link"
sed -i 's|aligns_with: ../org.yaml#accounts|aligns_with: ../../org-link/org.yaml#accounts|' "$work/org-link-target/teams/west.yaml"
run 0 status --tree "${asof[@]}" "$work/org-link-target" && out_has "└─ teams/west.yaml#W1" && out_lacks "org-link/org.yaml —"
run 0 team "${asof[@]}" examples/org examples/org/teams/east.yaml && out_has "4 owners, 4 open tactics"
run 0 status --tree --format json "${asof[@]}" examples/org ./examples/org/teams/east.yaml
if [ "$(grep -o '"id": "E1"' "$work/out" | wc -l)" = 1 ]; then pass; else fail "a plan given twice appears twice in the tree"; fi
# References that are hostile: a named pipe is refused, not waited on; a chain of references
# stops after 1000 plans read.
mkdir -p "$work/refs"
mkfifo "$work/refs/pipe.yaml"
cat >"$work/refs/plan.yaml" <<'YAML'
mission: {statement: To test references to odd files, start: 2026-01-01, deadline: 2026-12-31, aligns_with: "pipe.yaml#O1"}
objectives:
  - {statement: Win 20 new accounts by June 30, aligns_with: "#O1"}
YAML
run 1 check -q "${asof[@]}" "$work/refs/plan.yaml" && out_has "pipe.yaml' cannot be read: it is a named pipe" && out_has "lead back to it (O1 → O1)"
ln -s loop-b.yaml "$work/refs/loop-a.yaml"
ln -s loop-a.yaml "$work/refs/loop-b.yaml"
mkdir "$work/refs/folder.yaml"
cat >"$work/refs/odd.yaml" <<'YAML'
mission: {statement: To test references to odd files, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - {statement: Win 20 new accounts by June 30, aligns_with: [/dev/zero#O1, loop-a.yaml#O1, folder.yaml#O1, odd.yaml#O1]}
YAML
run 1 check -q "${asof[@]}" "$work/refs/odd.yaml" && out_has "'/dev/zero' cannot be read: it is a device" && out_has "a loop of symbolic links" && out_has "it is a directory" && out_has "lead back to it"
mkdir -p "$work/chain"
for i in $(seq 1 1100); do
  printf 'mission: {statement: To test many references, start: 2026-01-01, deadline: 2026-12-31}\nobjectives:\n  - {id: O1, statement: Win 20 new accounts by June 30}\n' >"$work/chain/p$i.yaml"
done
{
  printf 'mission: {statement: To test many references, start: 2026-01-01, deadline: 2026-12-31}\nobjectives:\n'
  for k in $(seq 0 36); do
    refs=""
    for j in $(seq 1 30); do refs="$refs\"p$((30 * k + j)).yaml#O1\", "; done
    printf '  - {statement: Win 20 new accounts by June 30, aligns_with: [%s]}\n' "$refs"
  done
  printf '  - {statement: Win 20 new accounts by June 30, aligns_with: [%s]}\n' "$(for j in $(seq 1 33); do printf '"p%d.yaml#O1", ' "$j"; done)"
} >"$work/chain/p0.yaml"
run 1 check -q "${asof[@]}" "$work/chain/p0.yaml" && out_has "was not read: references reach more than 1000 plans" && out_has "more than 32 references in one 'aligns_with'"

echo "-- golden outputs"
golden check-common-mistakes.txt check --color never "${asof[@]}" examples/common-mistakes.yaml
golden check-common-mistakes.json check --format json "${asof[@]}" examples/common-mistakes.yaml
golden check-examples.json check --format json "${asof[@]}" examples
golden check-syntax-error.txt check --color never "${asof[@]}" tests/cli/plans/syntax-error.yaml
golden rules.txt rules
# A UTF-8 locale, as on most desktops: the text report then draws check-ins as a sparkline.
for format in text json markdown html; do
  LC_ALL=C.UTF-8 golden "status-sales-dealer.$format" status --format "$format" --color never "${asof[@]}" examples/sales-dealer.yaml
done
LC_ALL=C golden status-sales-dealer-c-locale.text status --color never "${asof[@]}" examples/sales-dealer.yaml
golden status-examples.json status --format json "${asof[@]}" examples
for format in markdown github sarif junit; do
  golden "check-common-mistakes.$format" check --format "$format" "${asof[@]}" examples/common-mistakes.yaml
done
golden check-clean.markdown check --format markdown "${asof[@]}" examples/sales-dealer.yaml
for format in text json markdown github junit; do
  golden "overdue-examples.$format" overdue --format "$format" --within 14 --color never "${asof[@]}" examples
done
for format in txt markdown json; do
  golden "team-plans.$format" team --format "${format/txt/text}" --color never "${asof[@]}" tests/cli/plans/team
  golden "team-owner.$format" team --format "${format/txt/text}" --color never --owner anna --owner bram \
    "${asof[@]}" tests/cli/plans/team
done
if command -v python3 >/dev/null 2>&1; then
  for f in "$golden"/*.json; do
    python3 -m json.tool "$f" >/dev/null && pass || fail "$f is not valid JSON"
  done
else
  echo "SKIP: python3 not found; JSON golden files not validated"
fi

finish
