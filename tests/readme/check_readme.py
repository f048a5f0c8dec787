#!/usr/bin/env python3
"""Keeps the examples in README.md real: runs its console sessions and compares the rule table.

Usage: check_readme.py MOST_BINARY SOURCE_DIR [--update]

Console blocks (fenced with ```console):
  - A line starting with "$ " is a command (one line, run with `bash -c`); the lines after it,
    up to the next "$ " line or the closing fence, are its expected output: stdout and stderr
    merged as the shell interleaves them (both go to the same pipe, as with 2>&1).
  - A trailing "# exit N" on a command line asserts its exit status (bash ignores it as a
    comment); without it the status is not compared.
  - An expected-output line that is only "…" (U+2026) matches zero or more actual lines.
  - Trailing whitespace on each line and trailing blank lines of an output are ignored.
  - Each block runs in a fresh temporary directory holding a copy of SOURCE_DIR/examples as
    examples/; the commands of one block run in order in that same directory. PATH starts
    with a directory whose `most` is MOST_BINARY; NO_COLOR=1, TZ=UTC, LC_ALL=C.UTF-8, no COLUMNS;
    stdin is /dev/null; each command gets 60 s.

Rule table: between lines "<!-- rules:begin -->" and "<!-- rules:end -->" the README holds
exactly the table generated from `most rules --format json` (blank lines next to the markers
are allowed).

File blocks: a fenced block right after a line "<!-- file: PATH -->" holds exactly the file
PATH of SOURCE_DIR (say, a golden output the test suite keeps real).

--update rewrites README.md in place: the rule table, and the expected output of every
command whose output no longer matches (outputs that still match, "…" included, are left as
they are). Exit-status assertions are never rewritten.

Exit status: 0 all matched, 1 a mismatch (all are reported), 2 bad usage or no README.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

ELLIPSIS = "\u2026"
RULES_BEGIN = "<!-- rules:begin -->"
RULES_END = "<!-- rules:end -->"
TIMEOUT_S = 60
EXIT_COMMENT = re.compile(r"(?:^|\s)#\s*exit\s+(\d+)\s*$")
FENCE_OPEN = re.compile(r"^( *)(`{3,}|~{3,})(.*)$")
FILE_MARKER = re.compile(r"^<!-- file: (\S+) -->$")


class Command:
    def __init__(self, line_no, text):
        self.line_no = line_no  # 1-based line of the "$ " line
        self.text = text  # without the "$ " prompt
        m = EXIT_COMMENT.search(text)
        self.want_status = int(m.group(1)) if m else None
        self.expected = []  # expected output lines (indent removed)
        self.first_out_idx = None  # 0-based README index of the first expected-output line


class Block:
    def __init__(self, line_no, indent, fence):
        self.line_no = line_no  # 1-based line of the opening fence
        self.indent = indent
        self.fence = fence
        self.commands = []
        self.errors = []


def split_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def normalize(lines):
    out = [line.rstrip() for line in lines]
    while out and out[-1] == "":
        out.pop()
    return out


def is_wildcard(line):
    return line.strip() == ELLIPSIS


def matches(expected, actual):
    """True when actual fits expected, where a lone "…" line stands for any number of lines."""
    n, m = len(expected), len(actual)
    # ok[i][j]: expected[i:] matches actual[j:]
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    ok[n][m] = True
    for i in range(n - 1, -1, -1):
        wild = is_wildcard(expected[i])
        for j in range(m, -1, -1):
            if wild:
                ok[i][j] = ok[i + 1][j] or (j < m and ok[i][j + 1])
            else:
                ok[i][j] = j < m and expected[i] == actual[j] and ok[i + 1][j + 1]
    return ok[0][0]


def parse_readme(lines, file_blocks=None):
    """Returns (console blocks, begin-marker indices, end-marker indices) outside other fences;
    appends (first body index, end index, path) of each file block to `file_blocks`."""
    blocks, begins, ends = [], [], []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = FENCE_OPEN.match(line)
        if not m or (m.group(2)[0] == "`" and "`" in m.group(3)):
            if line.strip() == RULES_BEGIN:
                begins.append(i)
            elif line.strip() == RULES_END:
                ends.append(i)
            i += 1
            continue
        indent, fence, info = len(m.group(1)), m.group(2), m.group(3).strip()
        lang = info.split()[0] if info else ""
        close = re.compile(r"^ *" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        marker = FILE_MARKER.match(lines[i - 1].strip()) if i > 0 else None
        if marker and file_blocks is not None:
            file_blocks.append((i + 1, j, marker.group(1)))
        if lang == "console":
            block = Block(i + 1, indent, fence)
            if j >= len(lines):
                block.errors.append("console block is never closed")
            current = None
            for k in range(i + 1, min(j, len(lines))):
                raw = lines[k]
                body = raw[min(indent, len(raw) - len(raw.lstrip(" "))):]
                if body.startswith("$ "):
                    current = Command(k + 1, body[2:].rstrip())
                    block.commands.append(current)
                elif current is None:
                    if body.strip():
                        block.errors.append(
                            f"line {k + 1}: text before the first '$ ' command: {body!r}")
                else:
                    if current.first_out_idx is None:
                        current.first_out_idx = k
                    current.expected.append(body)
            for cmd in block.commands:
                if cmd.first_out_idx is None:
                    cmd.first_out_idx = cmd.line_no  # index of the line after the command
            blocks.append(block)
        i = j + 1
    return blocks, begins, ends


def run_command(cmd, cwd, env):
    """Runs one command line; returns (exit status or None on timeout, merged output text)."""
    proc = subprocess.Popen(["bash", "-c", cmd], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=TIMEOUT_S)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            out, _ = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            out = b""
        status = None
    return status, out.decode("utf-8", errors="replace")


def diff(expected, actual, label):
    return list(difflib.unified_diff(expected, actual, fromfile=f"expected ({label})",
                                     tofile="actual", lineterm=""))


def rule_table(rules_json_text):
    data = json.loads(rules_json_text)
    rows = ["| rule | default | what it finds |", "|---|---|---|"]
    for rule in data["rules"]:
        cells = [f"`{rule['name']}`", str(rule["severity"]), str(rule["summary"])]
        cells = [c.replace("\n", " ").replace("|", "\\|") for c in cells]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def trim_blank(lines):
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def main(argv):
    ap = argparse.ArgumentParser(description="Check that README.md examples are real.")
    ap.add_argument("most_binary")
    ap.add_argument("source_dir")
    ap.add_argument("--update", action="store_true",
                    help="rewrite the rule table and stale command outputs in README.md")
    args = ap.parse_args(argv)

    most = os.path.abspath(args.most_binary)
    if not (os.path.isfile(most) and os.access(most, os.X_OK)):
        print(f"check_readme: {args.most_binary} is not an executable file", file=sys.stderr)
        return 2
    source = os.path.abspath(args.source_dir)
    readme = os.path.join(source, "README.md")
    try:
        with open(readme, "rb") as f:
            raw = f.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print(f"check_readme: cannot read {readme}: {e}", file=sys.stderr)
        return 2
    newline = "\r\n" if "\r\n" in raw else "\n"
    ends_with_newline = raw.endswith("\n")
    lines = [line.rstrip("\r") for line in split_lines(raw)]
    examples = os.path.join(source, "examples")

    file_blocks = []
    blocks, begins, ends = parse_readme(lines, file_blocks)
    failures = 0
    commands_run = 0
    updated = 0
    replacements = []  # (start index, end index exclusive, new lines)

    def fail(header, details=()):
        nonlocal failures
        failures += 1
        print(f"FAIL README.md:{header}")
        for d in details:
            print(f"    {d}")

    with tempfile.TemporaryDirectory(prefix="most-readme-") as scratch:
        bindir = os.path.join(scratch, "bin")
        os.mkdir(bindir)
        os.symlink(most, os.path.join(bindir, "most"))
        env = dict(os.environ)
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "/usr/local/bin:/usr/bin:/bin")
        env.update({"NO_COLOR": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"})
        env.pop("COLUMNS", None)  # piped output is not fitted to a width

        # 1. Console blocks.
        for n, block in enumerate(blocks):
            for err in block.errors:
                fail(f"{block.line_no}: console block: {err}")
            if not block.commands:
                if not block.errors:
                    fail(f"{block.line_no}: console block has no '$ ' command")
                continue
            work = os.path.join(scratch, f"block-{n + 1}")
            os.mkdir(work)
            if os.path.isdir(examples):
                shutil.copytree(examples, os.path.join(work, "examples"), symlinks=True)
            for cmd in block.commands:
                commands_run += 1
                status, out = run_command(cmd.text, work, env)
                actual = normalize(split_lines(out))
                expected = normalize(cmd.expected)
                where = f"{cmd.line_no} (console block at line {block.line_no}): $ {cmd.text}"
                problems = []
                if status is None:
                    problems.append(f"timed out after {TIMEOUT_S} s")
                elif cmd.want_status is not None and status != cmd.want_status:
                    problems.append(f"exit status {status}, expected {cmd.want_status}")
                output_ok = matches(expected, actual)
                if not output_ok and status is not None and args.update:
                    unsafe = [a for a in actual if a.startswith("$ ") or is_wildcard(a)
                              or re.match(r"^ *" + re.escape(block.fence[0]) + "{"
                                          + str(len(block.fence)) + ",}", a)]
                    if unsafe:
                        problems.append("output not updated: it has a line that would read as "
                                        f"a command, a '…' or a fence: {unsafe[0]!r}")
                    else:
                        start = cmd.first_out_idx
                        replacements.append(
                            (start, start + len(expected),
                             [(" " * block.indent + a) if a else "" for a in actual]))
                        updated += 1
                        print(f"UPDATED README.md:{where}")
                        if any(is_wildcard(e) for e in expected):
                            print("    (its '…' lines were replaced by the full output; "
                                  "re-add them by hand if wanted)")
                        output_ok = True
                if not output_ok:
                    problems.append("output differs:")
                    problems.extend(diff(expected, actual, f"README.md:{cmd.first_out_idx + 1}"))
                    if any(is_wildcard(e) for e in expected):
                        problems.append("(a line of only '…' stands for any number of lines)")
                if problems:
                    fail(where, problems)

        # 2. Rule table.
        if len(begins) != 1 or len(ends) != 1 or begins[0] > ends[0]:
            fail(f"1: rule table: need exactly one '{RULES_BEGIN}' line followed by one "
                 f"'{RULES_END}' line (found {len(begins)} and {len(ends)})")
        else:
            begin, end = begins[0], ends[0]
            work = os.path.join(scratch, "rules")
            os.mkdir(work)
            table = None
            try:
                proc = subprocess.run(["most", "rules", "--format", "json"], cwd=work, env=env,
                                      stdin=subprocess.DEVNULL, capture_output=True,
                                      timeout=TIMEOUT_S)
                if proc.returncode != 0:
                    raise ValueError(f"exit status {proc.returncode}: "
                                     + proc.stderr.decode("utf-8", "replace").strip())
                table = rule_table(proc.stdout.decode("utf-8"))
            except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError) as e:
                fail(f"{begin + 1}: rule table: 'most rules --format json' failed: {e}")
            if table is not None:
                current = trim_blank(lines[begin + 1:end])
                if current != table:
                    if args.update:
                        replacements.append((begin + 1, end, [""] + table + [""]))
                        updated += 1
                        print(f"UPDATED README.md:{begin + 1}: rule table")
                    else:
                        fail(f"{begin + 1}: rule table differs from 'most rules --format json' "
                             "(run with --update to regenerate it):",
                             diff(current, table, f"README.md:{begin + 2}"))

    # 3. File blocks.
    for start, stop, path in file_blocks:
        try:
            with open(os.path.join(source, path), encoding="utf-8") as f:
                wanted = split_lines(f.read())
        except OSError as e:
            fail(f"{start}: file block: cannot read {path}: {e}")
            continue
        if normalize(lines[start:stop]) != normalize(wanted):
            if args.update:
                replacements.append((start, stop, wanted))
                updated += 1
                print(f"UPDATED README.md:{start}: file block {path}")
            else:
                fail(f"{start}: the block differs from {path} (run with --update):",
                     diff(normalize(lines[start:stop]), normalize(wanted), f"README.md:{start + 1}"))

    if replacements:
        for start, stop, new in sorted(replacements, key=lambda r: r[0], reverse=True):
            lines[start:stop] = new
        text = newline.join(lines) + (newline if ends_with_newline else "")
        with open(readme, "wb") as f:
            f.write(text.encode("utf-8"))

    summary = (f"README: {commands_run} command{'s' if commands_run != 1 else ''}, "
               f"1 rule table checked; {failures} failed")
    if args.update:
        summary += f"; {updated} updated"
    print(summary)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
