#!/usr/bin/env bash
# `most checkin`, `most done` and `most set` through the real binary: exit statuses, --dry-run
# diffs (goldens), the file untouched by every refusal, its mode and symbolic link kept, a
# read-only folder, and two edits at once losing neither. Usage: run.sh MOST_BINARY SOURCE_DIR
# MOST_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing (review the diff!).
set -u
most=$(realpath "$1")
src=$(realpath "$2")
golden="$src/tests/golden"
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cd "$work" || exit 2

# shellcheck source=../harness.sh
source "$src/tests/harness.sh"
hang_guard=30

asof=(--as-of 2026-07-06)
fresh() { cp "$src/examples/sales-dealer.yaml" plan.yaml; }
sum() { sha256sum plan.yaml | cut -d' ' -f1; }
untouched() { [ "$(sum)" = "$1" ] && pass || fail "plan.yaml changed (line ${BASH_LINENO[0]})"; }

echo "-- --dry-run prints a unified diff and writes nothing"
fresh
before=$(sum)
run 0 checkin plan.yaml O1 +13000 "${asof[@]}" --dry-run && untouched "$before"
golden edit-checkin-dry-run.diff checkin plan.yaml O1 +13000 "${asof[@]}" --dry-run
golden edit-done-dry-run.diff done plan.yaml T21 T22 --as-of 2026-12-04 -n
golden edit-set-dry-run.diff set plan.yaml T23 owner anna --as-of 2026-12-04 -n
untouched "$before"

echo "-- the Monday routine: a check-in and two tactics done, one line each"
run 0 checkin plan.yaml O1 +13000 "${asof[@]}" && out_has "check-in: O1" &&
  out_has "1347000 on 2026-07-06"
[ "$(diff "$src/examples/sales-dealer.yaml" plan.yaml | grep -c '^[<>]')" -eq 2 ] && pass ||
  fail "a check-in changed more than its two new lines"
run 0 done plan.yaml T21 T22 --as-of 2026-12-04 && out_has "completed: T21" && out_has "completed: T22"
run 0 check plan.yaml --as-of 2026-12-04 --format json
grep -q '"status-mismatch"' "$work/out" && fail "done left a status-mismatch" || pass
run 0 set plan.yaml T23 due 2026-12-18 --as-of 2026-12-04 && out_has "earlier: T23"
run 0 set plan.yaml O1 deadline 2026-07-31 && out_has "the deadline of O1 is now 2026-07-31"

echo "-- every refusal: exit 2, one line, the file untouched"
fresh
before=$(sum)
refuse() {
  run 2 "$@" && err_is_one_line && untouched "$before"
}
refuse checkin plan.yaml O9 100 "${asof[@]}" && err_has "did you mean"
refuse checkin plan.yaml O1 lots "${asof[@]}" && err_has "not a number"
refuse checkin plan.yaml O1 inf "${asof[@]}"
refuse checkin plan.yaml O1 1300000 --date 2026-07-07 "${asof[@]}" && err_has "after the as-of day"
refuse checkin plan.yaml O1 1300000 --date 2027-01-04 --as-of 2027-02-01 && err_has "outside the mission"
refuse checkin plan.yaml O1 1300000 --date 2026-06-30 "${asof[@]}" && err_has "--replace"
refuse checkin plan.yaml O1 99000000 "${asof[@]}" && err_has "--force"
refuse checkin plan.yaml O1 1300000 --date 2026-02-30 "${asof[@]}"
refuse checkin plan.yaml O1 "${asof[@]}" && err_has "give the value"
refuse done plan.yaml T1 "${asof[@]}" && err_has "done already"
refuse done plan.yaml T99 "${asof[@]}" && err_has "did you mean"
refuse set plan.yaml T20 status finished "${asof[@]}" && err_has "not a status"
refuse set plan.yaml T20 owner ronnald "${asof[@]}" && err_has "did you mean 'ronald'"
refuse set plan.yaml T20 due 2027-03-01 "${asof[@]}" && err_has "outside the mission"
refuse set plan.yaml T20 budget 5 "${asof[@]}"
refuse set plan.yaml T20 due
run 0 checkin plan.yaml O1 99000000 --force "${asof[@]}"
run 0 checkin plan.yaml O1 1300000 --date 2026-06-30 --replace "${asof[@]}" && out_has "check-in-changed"
fresh
printf 'version: 1\nmission: [\n' >plan.yaml
before=$(sum)
refuse done plan.yaml T1 "${asof[@]}" && err_has "yaml-syntax"
refuse checkin - O1 3 "${asof[@]}"
refuse checkin missing.yaml O1 3 "${asof[@]}"
refuse checkin "$work" O1 3 "${asof[@]}" && err_has "not a regular file"
ln -s loop.yaml loop.yaml
run 2 checkin loop.yaml O1 3 "${asof[@]}" && err_is_one_line

echo "-- a symbolic link is followed and kept; the mode is kept"
mkdir -p real
cp "$src/examples/sales-dealer.yaml" real/plan.yaml
chmod 640 real/plan.yaml
ln -s real/plan.yaml linked.yaml
run 0 checkin linked.yaml O1 +1 "${asof[@]}"
[ -L linked.yaml ] && pass || fail "the symbolic link was replaced"
grep -q "value: 1334001" real/plan.yaml && pass || fail "the link's target was not edited"
[ "$(stat -c %a real/plan.yaml)" = 640 ] && pass || fail "mode changed to $(stat -c %a real/plan.yaml)"

echo "-- a read-only folder: exit 2, nothing written"
# Root writes into a read-only folder, so as root the edit runs as nobody (setpriv).
as_user=()
if [ "$(id -u)" = 0 ]; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod 755 "$work"
fi
mkdir -p ro
cp "$src/examples/sales-dealer.yaml" ro/plan.yaml
chmod 644 ro/plan.yaml
chmod 555 ro
before_ro=$(sha256sum ro/plan.yaml | cut -d' ' -f1)
if "${as_user[@]}" "$most" --version >/dev/null 2>&1; then
  "${as_user[@]}" "$most" checkin ro/plan.yaml O1 +1 "${asof[@]}" >"$work/out" 2>"$work/err"
  [ $? -eq 2 ] && pass || fail "an edit in a read-only folder did not exit 2"
  err_is_one_line
  [ "$(sha256sum ro/plan.yaml | cut -d' ' -f1)" = "$before_ro" ] && pass || fail "ro/plan.yaml changed"
  [ "$(ls -A ro | wc -l)" -eq 1 ] && pass || fail "a temporary file was left in ro/"
else
  echo "SKIP: cannot run most as another user here; the read-only folder is not checked"
fi
chmod 755 ro

echo "-- two edits at once: neither is lost"
fresh
pids=()
for d in 01 02 03 04 05 06; do
  "$most" checkin plan.yaml O1 "13400$d" --date "2026-07-$d" "${asof[@]}" >/dev/null 2>"$work/err.$d" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || fail "a concurrent check-in failed: $(cat "$work"/err.* | head -3)"; done
for d in 01 02 03 04 05 06; do
  grep -q "value: 13400$d" plan.yaml && pass || fail "the check-in of 2026-07-$d was lost"
done
run 0 status plan.yaml "${asof[@]}" && out_has "O1"

echo "-- check --fix: safe fixes, --unsafe-fixes, --diff, a fix that would break the plan"
cp "$src/examples/common-mistakes.yaml" mistakes.yaml
before=$(sha256sum mistakes.yaml | cut -d' ' -f1)
golden check-fix.diff check mistakes.yaml --diff --as-of 2026-03-01
run 1 check mistakes.yaml --diff --as-of 2026-03-01 && out_has "+            status: done"
[ "$(sha256sum mistakes.yaml | cut -d' ' -f1)" = "$before" ] && pass || fail "--diff wrote the plan"
run 2 check mistakes.yaml --unsafe-fixes --as-of 2026-03-01 && err_is_one_line
run 2 check - --fix --as-of 2026-03-01 && err_is_one_line
run 1 check mistakes.yaml --fix --as-of 2026-03-01 && err_has "fixed: 'done' [field-type]" &&
  err_has "fixed: 'deadline' [unknown-key]" && out_has "errors"
grep -q "status: finished" mistakes.yaml && fail "the status was not fixed" || pass
grep -q "owner: anah" mistakes.yaml && pass || fail "an unsafe fix was applied without --unsafe-fixes"
[ "$(diff "$src/examples/common-mistakes.yaml" mistakes.yaml | grep -c '^[<>]')" -eq 4 ] && pass ||
  fail "--fix changed more than the two fixed lines"
run 1 check mistakes.yaml --fix --unsafe-fixes --as-of 2026-03-01 && err_has "[tactic-owner]"
run 0 check mistakes.yaml --diff --unsafe-fixes --as-of 2026-03-01 && out_empty
cat >keys.yaml <<'PLAN'
most: 1
mission: {statement: Be the first dealer in town for service within a year, start: 2026-01-01, deadline: 2026-12-31}
team: [{id: anna}, {id: bram}]
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Target key accounts
        tactics:
          - action: Call the top 20 accounts
            who: anna     # the method's word
            due: 2026-03-31
            status: "In Progress"
          - {action: Send the offer, ownr: bram, owner: anna, due: 2026-04-15}
PLAN
run 1 check keys.yaml --fix --as-of 2026-03-01
grep -q "owner: anna     # the method's word" keys.yaml && pass || fail "who: was not fixed to owner:"
grep -q 'status: "doing"' keys.yaml && pass || fail "the status synonym was not fixed in its quotes"
grep -q "ownr: bram, owner: anna" keys.yaml && pass || fail "a fix that makes a duplicate key was applied"
out_has "unknown key 'ownr'"
cp "$src/examples/common-mistakes.yaml" twice.yaml
ln -s twice.yaml twice-link.yaml
run 1 check twice.yaml twice-link.yaml twice.yaml --fix --as-of 2026-03-01 && err_has "fixed: 'done'"

finish
