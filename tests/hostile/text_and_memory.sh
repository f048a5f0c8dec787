# Sourced by run.sh (issue 16, items 1, 2, 7, 8 and the small ones): suggestions that must stay
# fast, text that must not be copied per use, reports that must stay UTF-8 and a terminal that
# plan text must not reach. Expects what run.sh sets: $most, $work, $asof, run and friends.

# peak_kib ARGS... — the peak resident memory of `most ARGS` in KiB ("" under sanitizers).
peak_kib() {
  [ -n "$sanitized" ] && return
  (
    ulimit -v "$memory_cap_kib"
    exec /usr/bin/time -f '%M' -o "$work/peak" timeout "$hang_guard" "$most" "$@"
  ) >/dev/null 2>&1 </dev/null
  tail -n 1 "$work/peak"
}
# within_20x FILE ARGS... — most ARGS stays within 20 times FILE's size (plus 12 MiB for the
# program itself and yaml-cpp's scanner, which holds about 280 bytes per token of a flow list:
# 27.7 MB of the 1.6 MB alias file below, measured with heaptrack); $inputs times that when
# the command reads FILE $inputs times. Text copied per use would be 100,000 times larger.
within_20x() {
  local file=$1 size peak
  shift
  size=$(($(stat -c %s "$file") * ${inputs:-1} / 1024))
  peak=$(peak_kib "$@") || true
  [ -z "$peak" ] && return
  [ "$peak" -le $((20 * size + 12288)) ] && pass ||
    fail "most $* peaked at $peak KiB for a $size KiB file (line ${BASH_LINENO[0]})"
}
# utf8_json FILE — FILE is UTF-8 and JSON.
utf8_json() {
  python3 -c 'import json, sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$1" \
    2>/dev/null && pass || fail "$1 is not UTF-8 JSON (line ${BASH_LINENO[0]})"
}
utf8_text() {
  python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$1" 2>/dev/null &&
    pass || fail "$1 is not UTF-8 (line ${BASH_LINENO[0]})"
}
no_escape_in() { # no ESC or BEL byte in FILE
  grep -q $'[\x1b\x07]' "$1" && fail "an ESC or BEL from outside text reached $1 (line ${BASH_LINENO[0]})" || pass
}

mission='mission: {statement: To be one of the top five dealers in the region, start: 2026-01-01, deadline: 2026-12-31}'
tactics_head='objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Target key accounts
        tactics:'

echo "-- suggestions: bounded work whatever the roster holds"
{
  echo "$mission"
  python3 -c "print('team:\n  - id: ' + 'x' * (1 << 20) + '\n  - id: anna')"
  echo "$tactics_head"
  echo "          - {action: Call, owner: anah, due: 2026-03-01}"
  for i in $(seq 1000 1199); do echo "          - {action: Call, owner: owner${i}abcdefghij, due: 2026-03-01}"; done
} >"$work/suggest.yaml"
# 20–35 s in a release build before the fix; a check of it now takes a fraction of a second.
if hang_guard=10 run 1 check "${asof[@]}" "$work/suggest.yaml"; then
  out_has "owned by 'owner1199abcdefghij', who is not on the team; fix"
  out_has "owned by 'anah', who is not on the team (did you mean 'anna'?)"
fi

echo "-- amplification: aliases count bytes, shared text is not copied per use"
{
  echo "$mission"
  python3 -c "print('x-big: &big ' + 'x' * (1 << 20))"
  echo "$tactics_head"
  echo "          - {action: Call, owner: anna, due: 2026-03-01, resources: [$(python3 -c "print(', '.join(['*big'] * 100000))")]}"
} >"$work/alias-bytes.yaml"
run 1 check "${asof[@]}" "$work/alias-bytes.yaml" && out_has "aliases repeat more than 12 MiB of text, 8 times the file"
within_20x "$work/alias-bytes.yaml" check "${asof[@]}" "$work/alias-bytes.yaml"
{
  printf 'mission:\n  statement: To be one of the top five dealers in the region\n'
  printf '  start: 2026-01-01\n  deadline: 2026-12-31\n  ignore:\n'
  python3 -c "print('    - {rule: tactic-overdue, reason: ' + 'x' * (1 << 20) + ', until: 2026-06-01}')"
  echo "$tactics_head"
  for _ in $(seq 2000); do echo "          - {action: Call, owner: anna, due: 2026-03-01}"; done
} >"$work/reason.yaml"
# And a strategy with a 1 MiB id, which its 2,000 tactics would carry in their own ids.
{
  echo "$mission"
  echo "$tactics_head" | sed '$d'
  python3 -c "print('        id: ' + 'y' * (1 << 20))"
  echo "        tactics:"
  for _ in $(seq 2000); do echo "          - {action: Call, owner: anna, due: 2026-03-01}"; done
} >"$work/long-id.yaml"
run 1 check "${asof[@]}" "$work/long-id.yaml" && out_has "an id may have at most 200"
for plan_file in "$work/reason.yaml" "$work/long-id.yaml" "$work/alias-bytes.yaml"; do
  for format in text json sarif markdown github junit; do
    within_20x "$plan_file" check "${asof[@]}" --format "$format" "$plan_file"
  done
  for format in text json markdown html; do
    within_20x "$plan_file" status "${asof[@]}" --format "$format" "$plan_file"
  done
  within_20x "$plan_file" overdue "${asof[@]}" --format json "$plan_file"
  inputs=2 within_20x "$plan_file" diff "${asof[@]}" "$plan_file" "$plan_file"
done

echo "-- every report is UTF-8: YAML's \\N and \\_, and bytes in file names"
mkdir -p "$work/utf8"
sed 's/^  statement: .*/  statement: "Top\\Nfive\\_dealers in the region by 2026"/' \
  examples/sales-dealer.yaml >"$work/utf8/bad"$'\xff'".yaml"
for cmd in "check --format json" "check --format sarif" "status --format json" \
  "overdue --format json" "diff --format json $work/utf8/bad"$'\xff'".yaml"; do
  # shellcheck disable=SC2086 # the words of $cmd are meant to split
  "$most" $cmd "${asof[@]}" "$work/utf8/bad"$'\xff'".yaml" >"$work/report" 2>/dev/null
  utf8_json "$work/report"
done
grep -qF 'bad\\xff.yaml' "$work/report" && pass || fail "the bad byte is not shown as \\xff"
"$most" status --format json "${asof[@]}" "$work/utf8" >"$work/report" 2>/dev/null
grep -qF "Top"$'\xc2\x85'"five"$'\xc2\xa0'"dealers" "$work/report" && pass ||
  fail "\\N and \\_ are not U+0085 and U+00A0"
for cmd in "check --format markdown" "check --format junit" "check --format github" \
  "check --format text" "status --format markdown" "status --format html" "status --format text" \
  "overdue --format markdown" "overdue --format junit" "overdue --format github" \
  "overdue --format text" "calendar"; do
  # shellcheck disable=SC2086
  "$most" $cmd "${asof[@]}" "$work/utf8" >"$work/report" 2>"$work/report-err"
  utf8_text "$work/report"
  utf8_text "$work/report-err"
done

echo "-- terminal escapes: outside text is escaped on stderr and in --format github"
mkdir -p "$work/esc" && cp "$plan" "$work/esc/"
printf 'rules:\n  "tactic-owner\\e]0;owned\\a\\e[2J": off\n' >"$work/esc/.most.yaml"
run 2 check "${asof[@]}" "$work/esc" && err_has 'tactic-owner\x1b]0;owned\x07\x1b[2J' &&
  no_escape_in "$work/err"
rm "$work/esc/.most.yaml"
cp "$plan" "$work/esc/"$'\x1b[2J\x07'"x.yaml" && mkfifo "$work/esc/"$'\x1b]0;owned\x07'".yaml"
run 2 check "${asof[@]}" "$work/esc" && err_has '\x1b]0;owned\x07.yaml' && no_escape_in "$work/err" &&
  no_escape_in "$work/out"
printf '"a\\e[2J": 1\n"a\\e[2J": 2\n' >"$work/dup.yaml"
run 2 diff "${asof[@]}" "$work/dup.yaml" "$plan" && err_has "cannot compare" &&
  no_escape_in "$work/err"
sed 's/action: \(.*\)/action: "\1 \\e[2J\\a"/; s/owner: \(.*\)/owner: "\1\\e]8;;http:\/\/evil\\e\\\\"/' \
  examples/common-mistakes.yaml >"$work/esc-plan.yaml"
run 1 check "${asof[@]}" --format github "$work/esc-plan.yaml" &&
  out_has "owned by 'anna\x1b]8;;http://evil\x1b\'" && no_escape_in "$work/out"
run 0 overdue "${asof[@]}" --format github "$work/esc-plan.yaml" && out_has '\x1b[2J\x07' &&
  no_escape_in "$work/out"

echo "-- numbers and days at the edges, many repeated keys"
sed 's/target: 1320000/target: 1.79e308/;s/baseline: 1200000/baseline: 1/' "$plan" >"$work/huge-target.yaml"
run 0 check "${asof[@]}" "$work/huge-target.yaml" && out_has "by more than 1,000,000% (from" &&
  out_lacks "inf%"
sed 's/start: 2026-01-01/start: 9999-12-31/;s/deadline: 2026-12-31/deadline: 9999-12-31/' \
  "$plan" >"$work/far.yaml"
run 1 check "${asof[@]}" "$work/far.yaml" && out_lacks "10000-"
for cmd in check status overdue calendar; do
  "$most" "$cmd" "${asof[@]}" "$work/far.yaml" --format json >"$work/report" 2>/dev/null ||
    "$most" "$cmd" "${asof[@]}" "$work/far.yaml" >"$work/report" 2>/dev/null
  grep -qE '(^|[^0-9])[0-9]{5}-[0-9]{2}-[0-9]{2}' "$work/report" &&
    fail "most $cmd printed a five-digit year" || pass
done
python3 -c "print('mission:'); [print('  x-a: 1') for _ in range(400000)]" >"$work/dup-keys.yaml"
if hang_guard=30 run 1 check "${asof[@]}" "$work/dup-keys.yaml"; then
  out_has "key 'x-a' appears 400000 times in the same mapping"
  [ "$(finding_count)" -le 5 ] && pass || fail "a finding per copy of a repeated key"
fi
