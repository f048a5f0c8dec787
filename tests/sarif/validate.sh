#!/usr/bin/env bash
# Validates `most check --format sarif` against the OASIS SARIF 2.1.0 schema, so code-scanning
# uploads (GitHub, GitLab, Azure DevOps) never reject our output.
#
#   tests/sarif/validate.sh MOST_BINARY SOURCE_DIR
#
# The schema is reference data kept beside the clone (SOURCE_DIR/../shared/schemas), not in the
# repository. Skipped (exit 0, with a "SKIP:" message) where that file or python3-jsonschema is
# missing (Debian: apt-get install python3-jsonschema).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 MOST_BINARY SOURCE_DIR" >&2
  exit 2
fi
most=$(realpath "$1")
source_dir=$(realpath "$2")
schema="$source_dir/../shared/schemas/sarif-schema-2.1.0.json"

if [[ ! -f "$schema" ]]; then
  echo "SKIP: no SARIF schema at $schema; SARIF output not validated"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "SKIP: python3-jsonschema not installed; SARIF output not validated"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"

failures=0

# run EXPECTED_EXIT EXPECT_RESULTS NAME ARGS...: runs `most check --format sarif ARGS` into
# $work/NAME.sarif, checks the exit status, then validates the file.
run() {
  local expected=$1 results=$2 name=$3
  shift 3
  local status=0
  "$most" check --format sarif --as-of 2026-11-27 "$@" >"$work/$name.sarif" || status=$?
  if [[ $status -ne $expected ]]; then
    echo "FAIL: $name: exit $status, expected $expected"
    failures=$((failures + 1))
    return
  fi
  if ! python3 - "$schema" "$work/$name.sarif" "$results" "$name" <<'PY'; then
import json
import sys

import jsonschema

schema_path, sarif_path, results, name = sys.argv[1:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(sarif_path, encoding="utf-8") as f:
    log = json.load(f)

# The OASIS schema is draft-04; iter_errors reports every violation, not just the first.
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
for error in errors:
    path = "/".join(str(p) for p in error.absolute_path)
    print(f"FAIL: {name}: /{path}: {error.message}")

# What the schema cannot say: one run, rules that results point at, results when expected.
problems = []
runs = log.get("runs", [])
if len(runs) != 1:
    problems.append(f"{len(runs)} runs, expected 1")
else:
    rules = runs[0]["tool"]["driver"].get("rules", [])
    found = runs[0].get("results", [])
    if not rules:
        problems.append("no rules in tool.driver")
    if (results == "some") != bool(found):
        problems.append(f"{len(found)} results, expected {results}")
    for i, result in enumerate(found):
        index = result.get("ruleIndex")
        if index is None or index >= len(rules) or rules[index]["id"] != result["ruleId"]:
            problems.append(f"result {i}: ruleIndex {index} does not name {result['ruleId']}")
        for location in result.get("locations", []):
            region = location["physicalLocation"].get("region", {})
            if region.get("startLine", 1) < 1 or region.get("startColumn", 1) < 1:
                problems.append(f"result {i}: region is not 1-based: {region}")
for problem in problems:
    print(f"FAIL: {name}: {problem}")

sys.exit(1 if errors or problems else 0)
PY
    failures=$((failures + 1))
    return
  fi
  echo "ok: $name"
}

run 1 some common-mistakes examples/common-mistakes.yaml
run 0 none sales-dealer examples/sales-dealer.yaml
# Standard input and a file name that needs percent-encoding in its URI.
run 1 some stdin - <examples/common-mistakes.yaml
cp examples/common-mistakes.yaml "$work/plan with spaces ü,%.yaml"
run 1 some encoded-name "$work/plan with spaces ü,%.yaml"

if [[ $failures -ne 0 ]]; then
  echo "$failures SARIF check(s) failed"
  exit 1
fi
echo "SARIF output valid against $(basename "$schema")"
