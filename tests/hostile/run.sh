#!/usr/bin/env bash
# Hostile inputs through the real binary: every limit ends in a one-line finding or a one-line
# error with exit 2 — never a crash, a hang or unbounded memory.
# Usage: run.sh MOST_BINARY SOURCE_DIR [sanitized]
#
# Each run has a hang guard (timeout) and, outside sanitizer builds (whose shadow memory
# needs a huge address space), an address-space cap, so a hang or a memory blow-up fails the
# test. Nothing here measures speed: the guards are generous and wall-clock time is for
# bench/.
set -u
ulimit -c 0 # a process killed on purpose below must not leave a core file
most=$(realpath "$1")
src=$(realpath "$2")
sanitized=${3:-}
work=$(mktemp -d)
writer=""
trap '[ -n "$writer" ] && kill "$writer" 2>/dev/null; rm -rf "$work"' EXIT
cd "$src" || exit 2

hang_guard=120
[ -z "$sanitized" ] && memory_cap_kib=$((2 * 1024 * 1024)) # 2 GiB of address space
# shellcheck source=../harness.sh
source "$src/tests/harness.sh"

# The finding lines of the text output (file:line:col: severity: ...).
finding_count() { grep -cE '^[^ ].*:[0-9]+:[0-9]+: (error|warning|note): ' "$work/out"; }

asof=(--as-of 2026-11-27)
plan=examples/sales-dealer.yaml

echo "-- input size: 64 MiB by default, --max-file-size to change it"
run 2 check "${asof[@]}" /dev/zero && err_is_one_line && err_has "larger than the 64 MiB limit"
truncate -s 100M "$work/huge.yaml" # sparse: refused by its size, before any byte is read
run 2 check "${asof[@]}" "$work/huge.yaml" && err_is_one_line && err_has "larger than the 64 MiB"
run 2 check "${asof[@]}" --max-file-size 1K "$plan" && err_is_one_line && err_has "1 KiB limit"
run 0 check "${asof[@]}" --max-file-size 1M "$plan"
run 0 status "${asof[@]}" --max-file-size 1MiB "$plan"
run 2 overdue "${asof[@]}" --max-file-size 100 "$plan" && err_has "100 bytes limit"
run 2 check --max-file-size 12Q "$plan" && err_is_one_line
run 2 check --max-file-size 0 "$plan" && err_is_one_line
run 2 check --max-file-size 2G "$plan" && err_is_one_line
head -c 5000 "$plan" >"$work/part.yaml"
stdin="$work/part.yaml" run 2 check --max-file-size 4K - &&
  err_has "cannot read standard input: larger than the 4 KiB limit"
# The limit covers configurations too: a 20 KB .most.yaml beside a 10 KB plan.
mkdir -p "$work/cfg" && cp "$plan" "$work/cfg/"
python3 -c "print('# ' + 'x' * 78 + '\n', end='')" >"$work/line" &&
  for _ in $(seq 250); do cat "$work/line"; done >"$work/cfg/.most.yaml"
run 0 check "${asof[@]}" --max-file-size 32K "$work/cfg/sales-dealer.yaml"
run 2 check "${asof[@]}" --max-file-size 16K "$work/cfg/sales-dealer.yaml" && err_is_one_line &&
  err_has "cfg/.most.yaml': larger than the 16 KiB limit"
run 2 check "${asof[@]}" --max-file-size 16K --config "$work/cfg/.most.yaml" "$plan" &&
  err_has "larger than the 16 KiB limit"

echo "-- special files: pipes are read like files when named, never block a walk"
mkfifo "$work/lonely.yaml"
run 2 check "${asof[@]}" "$work/lonely.yaml" && err_is_one_line &&
  err_has "is a named pipe that nobody writes to"
mkfifo "$work/fed.yaml"
timeout 120 cp "$plan" "$work/fed.yaml" & # waits in open() until a reader comes
writer=$!
sleep 0.3
run 0 check "${asof[@]}" "$work/fed.yaml" && out_has "no problems in 1 file"
wait "$writer"
writer=""
# A writer that opens the pipe at once but writes only after the half-second wait is waited for.
mkfifo "$work/slow.yaml"
timeout 120 bash -c 'exec 3>"$1"; sleep 1; cat "$2" >&3' _ "$work/slow.yaml" "$plan" &
writer=$!
run 0 check "${asof[@]}" "$work/slow.yaml" && out_has "no problems in 1 file"
wait "$writer"
writer=""
run 0 check "${asof[@]}" <(cat "$plan") && out_has "no problems in 1 file"
mkdir -p "$work/walk" && cp "$plan" "$work/walk/a.yaml" && mkfifo "$work/walk/b.yaml"
timeout 120 cp "$plan" "$work/walk/b.yaml" 2>/dev/null & # blocked until someone opens it
writer=$!
run 2 check "${asof[@]}" "$work/walk" && err_is_one_line &&
  err_has "walk/b.yaml': it is a named pipe, not a regular file" && out_has "no problems in 1 file"
run 2 check "${asof[@]}" "$work/walk/*.yaml" && err_has "named pipe, not a regular file"
# Refused without being opened: its writer is still waiting for a reader.
kill -0 "$writer" 2>/dev/null && pass || fail "a pipe found in a walk was opened"
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
writer=""
mkdir -p "$work/cfg-pipe" && cp "$plan" "$work/cfg-pipe/" && mkfifo "$work/cfg-pipe/.most.yaml"
run 2 check "${asof[@]}" "$work/cfg-pipe" && err_has ".most.yaml': it is a named pipe"
run 1 check "${asof[@]}" /dev/null && out_has "the file is empty"

echo "-- directories where files are expected, symlink loops, unreadable files"
run 2 check "${asof[@]}" --config examples "$plan" && err_is_one_line &&
  err_has "cannot read 'examples': it is a directory"
run 2 check "${asof[@]}" -o "$work" "$plan" && err_is_one_line && err_has "cannot write"
ln -s loop-b.yaml "$work/loop-a.yaml" && ln -s loop-a.yaml "$work/loop-b.yaml"
run 2 check "${asof[@]}" "$work/loop-a.yaml" && err_is_one_line &&
  err_has "a loop of symbolic links"
mkdir -p "$work/links/sub" && cp "$plan" "$work/links/sub/" && ln -s .. "$work/links/sub/up"
ln -s self.yaml "$work/links/self.yaml"
run 2 check "${asof[@]}" "$work/links" && err_is_one_line && err_has "a loop of symbolic links" &&
  out_has "no problems in 1 file"
if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$work/locked" && cp "$plan" "$work/locked/" && chmod 000 "$work/locked/sales-dealer.yaml"
  run 2 check "${asof[@]}" "$work/locked" && err_has "Permission denied"
else
  echo "SKIP: running as root, so unreadable files are readable"
fi

echo "-- YAML limits: nesting, alias expansion, node count"
python3 -c "print('mission: ' + '[' * 100000 + ']' * 100000)" >"$work/deep.yaml"
if run 1 check "${asof[@]}" "$work/deep.yaml"; then
  out_has "nesting is deeper than 64 levels"
  [ "$(finding_count)" -eq 1 ] && pass || fail "deep nesting is not one finding"
fi
python3 - >"$work/bomb.yaml" <<'EOF'
print("a: &a [" + ", ".join(["lol"] * 10) + "]")
for i in range(1, 12):
    print(f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 10) + "]")
EOF
run 1 check "${asof[@]}" "$work/bomb.yaml" && out_has "(an alias bomb?)"
python3 -c "print('mission:\n  x-big: [' + ','.join(['0'] * 1100000) + ']')" >"$work/wide.yaml"
run 1 check "${asof[@]}" "$work/wide.yaml" && out_has "more than 1000000 YAML values"

echo "-- text: binary, encodings, BOM, CRLF, tabs, long lines, control characters"
python3 -c "import random, sys; random.seed(5); sys.stdout.buffer.write(random.randbytes(4096))" \
  >"$work/random.yaml"
if run 1 check "${asof[@]}" "$work/random.yaml"; then
  [ "$(finding_count)" -ge 1 ] && pass || fail "random bytes gave no finding"
fi
printf 'mission:\n  statement: x\0y\n' >"$work/nul.yaml"
run 1 check "${asof[@]}" "$work/nul.yaml" && out_has "contains a NUL byte"
printf '\xff\xfem\x00i\x00' >"$work/utf16.yaml"
run 1 check "${asof[@]}" "$work/utf16.yaml" && out_has "UTF-16 or UTF-32"
printf 'mission:\n  statement: caf\xe9\n' >"$work/latin1.yaml"
run 1 check "${asof[@]}" "$work/latin1.yaml" && out_has "not valid UTF-8 (byte 0xE9)"
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$plan"; } >"$work/bom-crlf.yaml"
run 0 check "${asof[@]}" "$work/bom-crlf.yaml" && out_has "no problems in 1 file"
printf 'mission:\n\tstatement: x\n' >"$work/tab.yaml"
run 1 check "${asof[@]}" "$work/tab.yaml" && out_has "tab.yaml:2:1: error: a tab is used for indentation"
python3 -c "print('mission: {statement: \"' + 'x' * 1000000 + '\", start: 2026-01-01, deadline: 2026-13-01}')" \
  >"$work/long.yaml"
run 1 check "${asof[@]}" "$work/long.yaml" && out_has "long.yaml:1:1000055: error:"
width=$(awk '{ if (length($0) > max) max = length($0) } END { print max }' "$work/out")
[ "$width" -le 250 ] && pass || fail "a 1 MB line was shown $width characters wide"
printf 'mission:\n  statement: "\\e]0;owned\\a\\e[2J"\n' >"$work/escape.yaml"
run 1 check "${asof[@]}" "$work/escape.yaml" --color never
grep -q $'\x1b' "$work/out" && fail "an escape character from the plan reached the terminal" || pass

echo "-- no lost data: plans are never changed, reports are replaced whole or not at all"
mkdir -p "$work/keep" && cp examples/*.yaml "$work/keep/"
sums=$(cd "$work/keep" && sha256sum ./*.yaml)
for cmd in check status overdue; do
  run 2 "$cmd" "${asof[@]}" "$work/keep" -o "$work/keep/sales-dealer.yaml" && err_is_one_line &&
    err_has "one of the plans just read"
done
run 2 check "${asof[@]}" "$work/keep/team-anchors.yaml" -o "$work/keep/../keep/./team-anchors.yaml" &&
  err_has "one of the plans just read"
ln -s keep/common-mistakes.yaml "$work/alias.yaml"
run 2 status "${asof[@]}" "$work/keep/common-mistakes.yaml" -o "$work/alias.yaml" &&
  err_has "one of the plans just read"
# Also plans that were refused or could not be read, and a plan on standard input.
run 2 check "${asof[@]}" "$work/huge.yaml" -o "$work/huge.yaml" && err_has "one of the plans just read"
[ "$(stat -c %s "$work/huge.yaml")" -eq $((100 * 1024 * 1024)) ] && pass ||
  fail "a refused plan was replaced by the report"
stdin="$work/keep/team-anchors.yaml" run 2 check "${asof[@]}" - -o "$work/keep/team-anchors.yaml" &&
  err_has "one of the plans just read"
run 0 status "${asof[@]}" "$work/keep" -o "$work/keep/report.md" --format markdown
[ "$(cd "$work/keep" && sha256sum ./*.yaml)" = "$sums" ] && pass || fail "a plan was changed"

python3 bench/gen_plan.py 5000 >"$work/big.yaml"
"$most" status "${asof[@]}" --format html "$work/big.yaml" >"$work/new.html" 2>/dev/null
echo "the old report" >"$work/old.html"
report="$work/out-dir/report.html"
mkdir -p "$work/out-dir"
intact() { # the report is the old one or the whole new one, never a mix or half
  cmp -s "$report" "$work/old.html" || cmp -s "$report" "$work/new.html"
}
# A 64 KiB file-size cap (ulimit -f) with SIGXFSZ ignored: writing a report of more than
# 1 MB fails with EFBIG, a one-line error and exit 2; the temporary file is removed.
cp "$work/old.html" "$report"
(trap '' XFSZ; ulimit -f 64; exec "$most" status "${asof[@]}" --format html -o "$report" \
  "$work/big.yaml") >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && pass || fail "a failed write did not exit 2"
err_is_one_line && err_has "cannot write"
cmp -s "$report" "$work/old.html" && pass || fail "a failed write changed the report"
[ "$(ls -A "$work/out-dir")" = "report.html" ] && pass || fail "a temporary file was left behind"
# The same cap with SIGXFSZ at its default: the kernel kills most in the middle of writing.
# (The temporary file stays behind, as after any SIGKILL; the report is untouched.)
# The new report is written unnamed (O_TMPFILE) and linked into place only when complete, so
# nothing stays behind; where the file system lacks O_TMPFILE (forced here by
# MOST_TEST_NAMED_TEMPORARY), the temporary file is removed on SIGXFSZ, SIGTERM and SIGINT.
for named in 0 1; do
  { (ulimit -f 64; MOST_TEST_NAMED_TEMPORARY=$named exec "$most" status "${asof[@]}" --format html \
    -o "$report" "$work/big.yaml"); } 2>/dev/null
  status=$?
  [ "$status" -gt 128 ] && pass || fail "the capped write was not killed (status $status)"
  cmp -s "$report" "$work/old.html" && pass || fail "a write killed midway changed the report"
  [ "$(ls -A "$work/out-dir")" = "report.html" ] && pass ||
    fail "a write killed by SIGXFSZ left a temporary file (named=$named): $(ls -A "$work/out-dir")"
done
# SIGKILL at moments spread over the whole run: before, during and after the write.
for delay in 0 0.05 0.1 0.2 0.3 0.4 0.6 0.8 1.2 1.6 2.4 3.2; do
  cp "$work/old.html" "$report"
  "$most" status "${asof[@]}" --format html -o "$report" "$work/big.yaml" 2>/dev/null &
  victim=$!
  sleep "$delay"
  kill -9 "$victim" 2>/dev/null
  wait "$victim" 2>/dev/null
  intact && pass || fail "killed after ${delay}s, the report is neither old nor new"
  [ "$(ls -A "$work/out-dir")" = "report.html" ] && pass ||
    fail "killed after ${delay}s, a temporary file was left: $(ls -A "$work/out-dir")"
done
# SIGTERM and SIGINT in the middle of the write: most is stopped the moment a temporary file
# shows beside the report (where there is none to see, at a moment of the run), sent the
# signal, and continued. Nothing may stay behind.
cat >"$work/interrupt.py" <<'PY'
import os, signal, subprocess, sys, time
most, report, plan, sig, named = sys.argv[1:6]
folder = os.path.dirname(report)
env = dict(os.environ, MOST_TEST_NAMED_TEMPORARY=named)
child = subprocess.Popen([most, "status", "--as-of", "2026-11-27", "--format", "html", "-o",
                          report, plan], env=env, stderr=subprocess.DEVNULL,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
deadline = time.monotonic() + 60
seen = False
while child.poll() is None and time.monotonic() < deadline:
    if len(os.listdir(folder)) > 1 or (named == "0" and time.monotonic() > deadline - 59.7):
        child.send_signal(signal.SIGSTOP)
        seen = len(os.listdir(folder)) > 1
        break
child.send_signal(getattr(signal, "SIG" + sig))
child.send_signal(signal.SIGCONT)
child.wait()
left = sorted(set(os.listdir(folder)) - {os.path.basename(report)})
print("caught" if seen else "missed", " ".join(left))
PY
for named in 1 0; do
  for sig in TERM INT; do
    # The window is a few milliseconds: on a busy machine a try may miss it, so up to five.
    for _ in 1 2 3 4 5; do
      rm -f "$work"/out-dir/.report.html.most-* # what earlier cases left (and failed for)
      cp "$work/old.html" "$report"
      result=$(python3 "$work/interrupt.py" "$most" "$report" "$work/big.yaml" "$sig" "$named")
      [ "${result%% *}" = caught ] || [ "$named" = 0 ] && break
    done
    [ "$named" = 0 ] || [ "${result%% *}" = caught ] && pass ||
      fail "SIG$sig: no temporary file was seen to interrupt (named=$named)"
    [ "${result#* }" = "" ] && pass || fail "SIG$sig during the write left: ${result#* } (named=$named)"
    intact && pass || fail "SIG$sig during the write changed the report (named=$named)"
  done
done
"$most" status "${asof[@]}" --format html -o "$report" "$work/big.yaml"
cmp -s "$report" "$work/new.html" && pass || fail "--output differs from standard output"

echo "-- --output: only a regular file is replaced; devices and pipes are written through"
dev="$work/dev" && mkdir -p "$dev"
# First on a device of our own (as root: a copy of /dev/null made with mknod) and on a link
# to /dev/null elsewhere; only a binary that leaves those alone is let near the real
# /dev/null, which a faulty one would replace for every process of the machine.
safe=yes
if [ "$(id -u)" = 0 ] && mknod -m 666 "$dev/null-copy" c 1 3 2>/dev/null; then
  run 1 check "${asof[@]}" examples/common-mistakes.yaml -o "$dev/null-copy" && out_empty
  [ -c "$dev/null-copy" ] && pass || { fail "-o replaced a character device"; safe=no; }
fi
ln -s "$dev/null-copy" "$dev/null-link"
[ -c "$dev/null-copy" ] || ln -sf /dev/null "$dev/null-link"
[ "$safe" = yes ] && run 1 check "${asof[@]}" examples/common-mistakes.yaml -o "$dev/null-link"
[ -L "$dev/null-link" ] && pass || { fail "-o replaced a link to a device"; safe=no; }
if [ "$safe" = yes ]; then
  run 1 check "${asof[@]}" examples/common-mistakes.yaml -o /dev/null && out_empty
  [ -c /dev/null ] && pass || fail "-o /dev/null left /dev/null no character device"
else
  fail "-o /dev/null not tried: the binary replaces devices"
fi
# A named pipe gets the report as a reader sees it; one nobody reads is an error, not a hang.
mkfifo "$dev/pipe"
cat "$dev/pipe" >"$dev/from-pipe" &
reader=$!
sleep 0.2
run 1 check "${asof[@]}" --format json examples/common-mistakes.yaml -o "$dev/pipe"
wait "$reader"
[ -p "$dev/pipe" ] && pass || fail "-o replaced a named pipe"
grep -qF '"summary"' "$dev/from-pipe" && pass || fail "the reader of the pipe got no report"
run 2 check "${asof[@]}" examples/common-mistakes.yaml -o "$dev/pipe" && err_is_one_line &&
  err_has "named pipe that nobody reads"
# /dev/stdout and /proc/self/fd/1 name standard output, whatever it is: never replaced.
ln -s /proc/self/fd/1 "$dev/stdout-link"
"$most" check "${asof[@]}" --format json examples/common-mistakes.yaml -o "$dev/stdout-link" \
  >"$dev/captured" 2>/dev/null
[ -L "$dev/stdout-link" ] && pass || { fail "-o replaced a link to /proc/self/fd/1"; safe=no; }
grep -qF '"summary"' "$dev/captured" && pass || fail "-o /proc/self/fd/1 did not reach standard output"
"$most" check "${asof[@]}" examples/common-mistakes.yaml -o "$dev/stdout-link" | grep -qF "[tactic-owner]" &&
  pass || fail "-o /proc/self/fd/1 into a pipe wrote nothing"
if [ "$safe" = yes ] && [ -L /dev/stdout ]; then
  "$most" check "${asof[@]}" examples/common-mistakes.yaml -o /dev/stdout | grep -qF "[tactic-owner]" &&
    pass || fail "-o /dev/stdout into a pipe wrote nothing"
  [ -L /dev/stdout ] && pass || fail "-o /dev/stdout replaced /dev/stdout"
fi
run 2 check "${asof[@]}" examples/common-mistakes.yaml -o "$dev" && err_is_one_line &&
  err_has "is a directory"
# A block device is a disk: refused, never written (a loop device node that backs nothing).
if [ "$(id -u)" = 0 ] && mknod "$dev/disk" b 7 200 2>/dev/null; then
  run 2 check "${asof[@]}" examples/common-mistakes.yaml -o "$dev/disk" && err_is_one_line &&
    err_has "is a block device"
  [ -b "$dev/disk" ] && pass || fail "-o replaced a block device"
fi
# `-o -` is standard output, as `-` is standard input.
(cd "$dev" && "$most" check "${asof[@]}" "$src/examples/sales-dealer.yaml" -o - >"$dev/dash-out")
[ ! -e "$dev/-" ] && pass || fail "-o - wrote a file named '-'"
grep -qF "no problems" "$dev/dash-out" && pass || fail "-o - did not write to standard output"

echo "-- --output keeps the mode (and owner) of the report it replaces"
echo "old" >"$dev/private.txt" && chmod 0600 "$dev/private.txt"
run 0 check "${asof[@]}" examples/sales-dealer.yaml -o "$dev/private.txt"
[ "$(stat -c %a "$dev/private.txt")" = 600 ] && pass ||
  fail "-o loosened a 0600 report to $(stat -c %a "$dev/private.txt")"
echo "old" >"$dev/shared.txt" && chmod 0664 "$dev/shared.txt"
MOST_TEST_NAMED_TEMPORARY=1 run 0 check "${asof[@]}" examples/sales-dealer.yaml -o "$dev/shared.txt"
[ "$(stat -c %a "$dev/shared.txt")" = 664 ] && pass || fail "-o changed a 0664 report's mode"
if [ "$(id -u)" = 0 ]; then
  echo "old" >"$dev/owned.txt" && chown 1234:2345 "$dev/owned.txt"
  run 0 check "${asof[@]}" examples/sales-dealer.yaml -o "$dev/owned.txt"
  [ "$(stat -c %u:%g "$dev/owned.txt")" = 1234:2345 ] && pass ||
    fail "-o as root gave the report owner $(stat -c %u:%g "$dev/owned.txt")"
fi
# A symbolic link to a report stays a link, to the new report; a hard link keeps the old
# report (the name is replaced, as the README says).
echo "old" >"$dev/real.txt" && ln -s real.txt "$dev/link.txt" && ln "$dev/real.txt" "$dev/hard.txt"
run 0 check "${asof[@]}" examples/sales-dealer.yaml -o "$dev/link.txt"
[ -L "$dev/link.txt" ] && grep -qF "no problems" "$dev/real.txt" && pass ||
  fail "-o replaced a symbolic link instead of the report it names"
grep -qx "old" "$dev/hard.txt" && pass || fail "a hard link to the old report changed"

echo "-- --output never replaces a configuration"
cfg="$work/cfg" && mkdir -p "$cfg" && cp examples/sales-dealer.yaml "$cfg/plan.yaml"
printf 'rules:\n  tactic-overdue: error\n' >"$cfg/.most.yaml"
cp "$cfg/.most.yaml" "$cfg/team.cfg"
run 2 check "${asof[@]}" "$cfg/plan.yaml" -o "$cfg/.most.yaml" && err_is_one_line &&
  err_has "a configuration"
cmp -s "$cfg/.most.yaml" "$cfg/team.cfg" && pass || fail "-o .most.yaml replaced the configuration"
cp "$cfg/team.cfg" "$cfg/team.orig"
for cmd in check status overdue team calendar; do
  run 2 "$cmd" "${asof[@]}" --config "$cfg/team.cfg" "$cfg/plan.yaml" -o "$cfg/team.cfg" &&
    err_is_one_line && err_has "a configuration"
done
(cd "$cfg" && "$most" check "${asof[@]}" --config ./team.cfg plan.yaml -o team.cfg 2>/dev/null)
[ $? -eq 2 ] && pass || fail "--config ./team.cfg -o team.cfg did not exit 2"
cmp -s "$cfg/team.cfg" "$cfg/team.orig" && pass || fail "-o replaced the --config file"

echo "-- a .most.yaml that is a dangling link or a loop is an error, not skipped"
mkdir -p "$cfg/sub"
cp examples/common-mistakes.yaml "$cfg/sub/plan.yaml"
ln -s missing.yaml "$cfg/sub/.most.yaml"
run 2 check "${asof[@]}" "$cfg/sub/plan.yaml" && err_is_one_line && err_has "sub/.most.yaml" &&
  err_has "symbolic link to nothing"
rm "$cfg/sub/.most.yaml" && ln -s .most.yaml "$cfg/sub/.most.yaml"
run 2 status "${asof[@]}" "$cfg/sub/plan.yaml" && err_is_one_line && err_has "sub/.most.yaml" &&
  err_has "loop of symbolic links"

echo "-- aligns_with: never outside the work tree (or --root), never quoting another file"
repo="$work/repo" && mkdir -p "$repo/teams"
git -C "$repo" init -q
aligned_plan() { # aligned_plan REFERENCE — a team plan whose objective aligns with REFERENCE
  printf 'mission:\n  statement: To lead the eastern region in new accounts\n  start: 2026-01-01\n'
  printf '  deadline: 2026-12-31\nobjectives:\n  - id: A1\n'
  printf '    statement: Win 20 new accounts by June 30\n    aligns_with: "%s"\n' "$1"
  printf '    strategies:\n      - statement: Target key accounts in the region\n'
  printf '        tactics:\n          - action: Call the top 20 accounts\n'
  printf '            owner: anna\n            due: 2026-05-01\n'
}
cp tests/fixtures/rules/alignment/org/org.yaml "$repo/org.yaml"
printf 'token: hunter2-secret\ntoken: hunter2-secret\n' >"$repo/secrets.yaml"
aligned_plan "../org.yaml#O1" >"$repo/teams/ok.yaml"
run 0 check "${asof[@]}" "$repo/teams/ok.yaml"
for reference in /etc/passwd '../../../../../../../etc/passwd' /proc/self/environ \
  /dev/zero /no/such/file.yaml; do
  aligned_plan "$reference#x" >"$repo/teams/escape.yaml"
  run 1 check "${asof[@]}" "$repo/teams/escape.yaml" &&
    out_has "is outside the git work tree that holds the plan" && out_lacks "cannot be read" &&
    out_lacks "root:"
done
# A submodule's plan may refer to the superproject's (its `.git` is a file); a repository
# of its own inside the tree (a `.git` folder) has its own limit.
mkdir -p "$repo/vendor/teams" "$repo/nested/teams"
echo "gitdir: ../.git/modules/vendor" >"$repo/vendor/.git"
aligned_plan "../../org.yaml#O1" >"$repo/vendor/teams/plan.yaml"
run 0 check "${asof[@]}" "$repo/vendor/teams/plan.yaml"
git -C "$repo/nested" init -q
aligned_plan "../../org.yaml#O1" >"$repo/nested/teams/plan.yaml"
run 1 check "${asof[@]}" "$repo/nested/teams/plan.yaml" && out_has "is outside the git work tree"
# A symbolic link inside the work tree to a file outside it is outside too.
ln -s /etc/passwd "$repo/passwd.yaml"
aligned_plan "../passwd.yaml#x" >"$repo/teams/escape.yaml"
run 1 check "${asof[@]}" "$repo/teams/escape.yaml" && out_has "is outside the git work tree"
# Inside it, a file that is not a plan is named, never quoted.
aligned_plan "../secrets.yaml#x" >"$repo/teams/escape.yaml"
MOST_ENV_SECRET=hunter2-secret run 1 check "${asof[@]}" "$repo/teams/escape.yaml" &&
  out_has "'$repo/secrets.yaml' is not a plan" && out_lacks "hunter2" && out_lacks "token"
# --root sets the limit: narrower, wider, or a folder that is not there.
run 1 check "${asof[@]}" --root "$repo/teams" "$repo/teams/ok.yaml" &&
  out_has "is outside --root '$repo/teams'"
aligned_plan "/etc/passwd#x" >"$repo/teams/escape.yaml"
for cmd in status overdue team calendar; do
  run 0 "$cmd" "${asof[@]}" --root / "$repo/teams/escape.yaml"
done
run 1 check "${asof[@]}" --root / "$repo/teams/escape.yaml" && out_has "'/etc/passwd' is not a plan" &&
  out_lacks "root:"
run 2 check "${asof[@]}" --root "$repo/nowhere" "$repo/teams/ok.yaml" && err_is_one_line &&
  err_has "--root: '$repo/nowhere' is not a folder"
# Outside any work tree there is no limit, and still nothing of the file is quoted.
mkdir -p "$work/loose"
aligned_plan "/proc/self/environ#x" >"$work/loose/plan.yaml"
MOST_ENV_SECRET=hunter2-secret run 1 check "${asof[@]}" "$work/loose/plan.yaml" &&
  out_has "'/proc/self/environ' is not a plan" && out_lacks "hunter2"
cp "$repo/secrets.yaml" "$work/loose/secrets.yaml"
aligned_plan "secrets.yaml#x" >"$work/loose/plan.yaml"
run 1 check "${asof[@]}" --format json "$work/loose/plan.yaml" && out_has "is not a plan" &&
  out_lacks "hunter2" && out_lacks "token"

# Issue 16: suggestions, amplification, UTF-8 in every report, escapes on the terminal.
# shellcheck source=text_and_memory.sh
source "$src/tests/hostile/text_and_memory.sh"

finish
