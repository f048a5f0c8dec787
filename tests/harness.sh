# Shared by the shell tests that run the real binary (sourced, not run). Expects $most (the
# binary) and $work (a scratch directory). Optional: $hang_guard (seconds before a run counts
# as hung), $memory_cap_kib (address-space cap; not under sanitizers), $stdin (a file for
# standard input; /dev/null otherwise).

passed=0
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }

# run STATUS ARGS... — runs most; stdout and stderr land in $work/out and $work/err.
run() {
  local want=$1
  shift
  (
    [ -n "${memory_cap_kib:-}" ] && ulimit -v "$memory_cap_kib"
    exec ${hang_guard:+timeout "$hang_guard"} "$most" "$@"
  ) >"$work/out" 2>"$work/err" <"${stdin:-/dev/null}"
  local got=$?
  if [ -n "${hang_guard:-}" ] && [ "$got" -eq 124 ]; then
    fail "most $* hung (killed after $hang_guard s)"
    return 1
  fi
  if [ "$got" -ne "$want" ]; then
    fail "most $* exited $got, expected $want"
    sed 's/^/    err: /' "$work/err" | head -5
    return 1
  fi
  pass
}

out_has() { grep -qF -- "$1" "$work/out" && pass || fail "stdout lacks '$1' (line ${BASH_LINENO[0]})"; }
out_lacks() { grep -qF -- "$1" "$work/out" && fail "stdout has '$1' (line ${BASH_LINENO[0]})" || pass; }
out_empty() { [ ! -s "$work/out" ] && pass || fail "stdout not empty (line ${BASH_LINENO[0]})"; }
err_has() { grep -qF -- "$1" "$work/err" && pass || fail "stderr lacks '$1' (line ${BASH_LINENO[0]})"; }
err_is_one_line() {
  [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q '^most: error: ' "$work/err" && pass ||
    fail "stderr is not one 'most: error:' line (line ${BASH_LINENO[0]}): $(head -c 300 "$work/err")"
}

# golden NAME ARGS... — compares stdout of `most ARGS` (any status) with $golden/NAME (set $golden).
golden() {
  local name=$1
  shift
  "$most" "$@" >"$work/golden" 2>/dev/null </dev/null
  if [ "${MOST_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$work/golden" "$golden/$name"
    pass
  elif diff -u "$golden/$name" "$work/golden" >"$work/diff"; then
    pass
  else
    fail "golden $name differs:"
    head -40 "$work/diff"
  fi
}

# Prints the totals; the script's exit status is whether everything passed.
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
