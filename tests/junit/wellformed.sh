#!/usr/bin/env bash
# Parses the JUnit XML of `most check` and `most overdue` with a real XML parser (python3's
# xml.etree.ElementTree) and checks its counts against the JSON output of the same run:
# one test case per plan file or listed tactic, one <failure> per error or overdue tactic.
# Includes a plan whose text and file name carry `<`, `&`, `"`, `]]>`, ESC and `::error::`.
# Usage: wellformed.sh MOST_BINARY SOURCE_DIR
set -u
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 not found; JUnit well-formedness not checked"
  exit 0
fi
most=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2

failed=0
passed=0

# A plan whose every free-text field is hostile; the file name is too.
hostile="$work/q1 <&\"]]>.yaml"
cat >"$hostile" <<'YAML'
mission:
  statement: "Be <top> & \"best\" ]]> dealer \e[31m ::error::x"
  start: 2026-01-01
  deadline: 2026-12-31
team:
  - id: anna
objectives:
  - id: "O<1>&"
    statement: "Grow sales ]]> & <b>x</b> \e by 10% by June 30 ::error::y"
    strategies:
      - id: "S\"1\""
        statement: "Hire <two> & \"more\" ]]>"
        tactics:
          - id: "T]]>1"
            action: "Call <top> & \"20\" ]]> \e[2J ::error::pwned"
            owner: "bob <&> \e"
            due: 2026-02-30
          - id: T2
            action: "Post ]]> <jobs> & \"ads\" \a"
            owner: anna
            due: 2026-03-01
            status: "done <&> ]]> \e"
YAML

# check_xml KIND XML JSON NAME — parses XML and compares its counts with the JSON report.
check_xml() {
  if python3 - "$@" <<'PY'; then
import json
import sys
import xml.etree.ElementTree as ET

kind, xml_path, json_path, name = sys.argv[1:5]
problems = []
try:
    root = ET.parse(xml_path).getroot()
except ET.ParseError as error:
    print(f"FAIL: {name}: not well-formed XML: {error}")
    sys.exit(1)
with open(json_path, encoding="utf-8") as f:
    report = json.load(f)

if kind == "check":
    want_cases = report["summary"]["files"]
    want_failures = report["summary"]["errors"]
    if want_cases == 0:
        problems.append("the JSON report lists no files")
else:
    want_cases = len(report["tactics"])
    want_failures = sum(1 for t in report["tactics"] if not t["due_soon"])
    if want_failures == 0:
        problems.append("the JSON report lists no overdue tactics")

if root.tag != "testsuites":
    problems.append(f"root element is <{root.tag}>, not <testsuites>")
suites = root.findall("testsuite")
cases = root.findall("testsuite/testcase")
failures = root.findall("testsuite/testcase/failure")
if len(suites) != 1:
    problems.append(f"{len(suites)} <testsuite> elements, expected 1")
if len(cases) != want_cases:
    problems.append(f"{len(cases)} test cases, expected {want_cases}")
if len(failures) != want_failures:
    problems.append(f"{len(failures)} failures, expected {want_failures}")
for element in [root] + suites:
    for attribute, want in (("tests", want_cases), ("failures", want_failures),
                            ("errors", 0), ("skipped", 0)):
        got = element.get(attribute)
        if got != str(want):
            problems.append(f"<{element.tag}> {attribute}={got!r}, expected {want}")
    if element.get("timestamp") is not None:
        problems.append(f"<{element.tag}> has a timestamp; output must be deterministic")
for case in cases:
    for attribute in ("classname", "name"):
        if not case.get(attribute):
            problems.append(f"a test case without {attribute}")
for failure in failures:
    if not failure.get("type") or not failure.get("message") or not (failure.text or "").strip():
        problems.append(f"a failure without type, message or text: {failure.attrib}")
text = ET.tostring(root, encoding="unicode")
if "\x1b" in text:
    problems.append("a raw ESC reached the report")

for problem in problems:
    print(f"FAIL: {name}: {problem}")
if not problems:
    print(f"ok: {name}: {len(cases)} test cases, {len(failures)} failures")
sys.exit(1 if problems else 0)
PY
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
}

# run_pair NAME KIND ARGS... — runs `most ARGS --format junit` and `--format json`, then compares.
run_pair() {
  local name=$1 kind=$2
  shift 2
  local status
  "$most" "$@" --format junit >"$work/out.xml" 2>"$work/err" </dev/null
  status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL: $name: most $* --format junit exited $status: $(head -3 "$work/err")"
    failed=$((failed + 1))
    return
  fi
  "$most" "$@" --format json >"$work/out.json" 2>/dev/null </dev/null
  check_xml "$kind" "$work/out.xml" "$work/out.json" "$name"
}

run_pair "check common-mistakes" check check --as-of 2026-11-27 examples/common-mistakes.yaml
# The example plans by name: examples/ also holds CI recipes (*.yml) that are not plans, and
# `most overdue` refuses to report on those (exit 2).
run_pair "check examples" check check --as-of 2026-11-27 examples/*.yaml
run_pair "check hostile plan" check check --as-of 2026-11-27 "$hostile" examples/sales-dealer.yaml
run_pair "overdue examples" overdue overdue --as-of 2026-11-27 --within 14 examples/*.yaml
run_pair "overdue hostile plan" overdue overdue --as-of 2026-11-27 --within 14 "$hostile"

# The hostile text must survive the round trip, not be dropped: the parser gives it back.
"$most" check --as-of 2026-11-27 --format junit "$hostile" >"$work/hostile.xml" 2>/dev/null
if python3 - "$work/hostile.xml" <<'PY'; then
import sys
import xml.etree.ElementTree as ET

case = ET.parse(sys.argv[1]).getroot().find("testsuite/testcase")
name = case.get("name")
if not name.endswith('q1 <&"]]>.yaml'):
    print(f"FAIL: hostile file name not kept: {name!r}")
    sys.exit(1)
print("ok: hostile file name survives the round trip")
PY
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

echo "junit well-formedness: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
