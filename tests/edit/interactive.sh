#!/usr/bin/env bash
# `most checkin FILE` on a real terminal: tmux runs it in a pane, keys are typed as a person
# types them, and the screen and the plan are checked. Usage: interactive.sh MOST_BINARY
# SOURCE_DIR. Skipped with a message where tmux is missing.
set -u
most=$(realpath "$1")
src=$(realpath "$2")
if ! command -v tmux >/dev/null 2>&1; then
  echo "SKIP: tmux is not installed"
  exit 0
fi
work=$(mktemp -d)
socket="most-test-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 2
passed=0
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }

cp "$src/examples/sales-dealer.yaml" plan.yaml
cp plan.yaml before.yaml
tmux -L "$socket" new-session -d -s edit -x 200 -y 50 \
  "cd '$work' && '$most' checkin plan.yaml --as-of 2026-11-30 >out.txt; echo \$? >status.txt; sleep 60"

screen() { tmux -L "$socket" capture-pane -p -t edit -S -200; }
# wait_for TEXT — until the pane shows TEXT (10 s at most).
wait_for() {
  for _ in $(seq 100); do
    if screen | grep -qF -- "$1"; then
      pass
      return 0
    fi
    sleep 0.1
  done
  fail "the terminal never showed '$1'; it shows:"
  screen | tail -15
  return 1
}
type_line() { tmux -L "$socket" send-keys -t edit -l -- "$1" && tmux -L "$socket" send-keys -t edit Enter; }

wait_for "O1  Increase sales volume" && type_line ""
wait_for "O2  Raise customer satisfaction" && type_line ""
wait_for "O3  Reduce customer churn" && type_line ""
wait_for "O4  Grow service plan revenue" && wait_for "latest: 569000 on 2026-11-20" &&
  type_line "lots"
wait_for "'lots' is not a number" && type_line "+12500"
wait_for "T22  Launch an early-renewal discount campaign (priya), due 2026-12-04, blocked" &&
  type_line "d"
for _ in $(seq 100); do [ -s status.txt ] && break; sleep 0.1; done
[ "$(cat status.txt 2>/dev/null)" = 0 ] && pass || fail "most checkin exited $(cat status.txt 2>/dev/null)"
grep -q "check-in: O4" out.txt && pass || fail "no check-in reported: $(cat out.txt)"
grep -q "completed: T22" out.txt && pass || fail "T22 not reported done: $(cat out.txt)"
changed=$(diff before.yaml plan.yaml | grep -c '^[<>]')
[ "$changed" -eq 5 ] && pass || fail "expected 5 changed lines (2 new check-in lines, status, done_on), got $changed"
grep -q "value: 581500" plan.yaml && pass || fail "the +12500 check-in is missing"

echo "-- not on a terminal: exit 2, asking for a value"
"$most" checkin plan.yaml --as-of 2026-11-30 </dev/null >out.txt 2>err.txt
[ $? -eq 2 ] && grep -q "give the value" err.txt && pass || fail "checkin without a value off a terminal: $(cat err.txt)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
