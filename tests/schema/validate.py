#!/usr/bin/env python3
"""The plan schema of `most schema`, checked against real plans with python3-jsonschema.

Usage: validate.py MOST SOURCE_DIR

- the schema is a valid draft-07 schema (that schema/most-plan.schema.json is the command's
  output is the unit test's job);
- every example plan and the plan of `most init` validate;
- a misspelt key, a wrong type, an unknown status and an ignore naming no rule are rejected;
- the schema agrees with `most check` on the rule fixtures: a plan with a finding about its
  shape (unknown-key, field-type, required-field, not-a-plan, unsupported-version) is
  rejected, and a plan without any is accepted. Fixtures are left out where the two cannot
  agree: an `ignore:` silences findings the schema still sees, and invalid-date,
  duplicate-key, yaml-syntax, tactic-owner and tactic-due mix shape with meaning.
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class PlanLoader(yaml.SafeLoader):
    """YAML closer to the way editors read it (the YAML 1.2 core schema) than PyYAML's 1.1:
    dates stay strings, and only true/false (any case form) are booleans, not yes/no/on/off."""


PlanLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
PlanLoader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                 re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))

SHAPE_RULES = {"unknown-key", "field-type", "required-field", "not-a-plan", "unsupported-version"}
# Findings the schema cannot see (a real day, a duplicate key, YAML syntax), or that mix shape
# with meaning (an owner missing is shape, an owner not on the roster is not; a reference
# without #ID is shape, one to a missing file is not): such files are not compared.
UNDECIDED_RULES = {"invalid-date", "duplicate-key", "yaml-syntax", "tactic-owner", "tactic-due",
                   "alignment"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def errors_of(validator, text):
    try:
        document = yaml.load(text, Loader=PlanLoader)
    except yaml.YAMLError:
        return None
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def main():
    most, source = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2])
    printed = subprocess.run([most, "schema"], capture_output=True, check=True).stdout
    schema = json.loads(printed)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    checked = 0

    def expect_valid(name, text):
        nonlocal checked
        checked += 1
        errors = errors_of(validator, text)
        if errors:
            fail(f"{name} is rejected: {errors[0].message} at {list(errors[0].absolute_path)}")

    def expect_invalid(name, text, needle):
        nonlocal checked
        checked += 1
        errors = errors_of(validator, text) or []
        if not any(needle in e.message for e in errors):
            fail(f"{name} is not rejected for {needle!r}: {[e.message for e in errors]}")

    for plan in sorted((source / "examples").glob("*.yaml")):
        if plan.name != "common-mistakes.yaml":
            expect_valid(plan.name, plan.read_text())
    expect_invalid("common-mistakes.yaml", (source / "examples/common-mistakes.yaml").read_text(),
                   "")
    with tempfile.TemporaryDirectory() as work:
        for day in ["2026-11-27", "2028-02-29"]:
            starter = subprocess.run([most, "init", "-", "--as-of", day], capture_output=True,
                                     check=True, cwd=work).stdout.decode()
            expect_valid(f"most init --as-of {day}", starter)
            expect_invalid("a misspelt key", starter.replace("owner: sam", "ownr: sam"),
                           "'ownr' does not match any of the regexes")
            expect_invalid("a status not allowed", starter.replace("status: todo",
                                                                   "status: finished"),
                           "'finished' is not one of")
            expect_invalid("a budget that is text", starter.replace("budget: 1500",
                                                                   "budget: lots"),
                           "'lots' does not match")
            expect_invalid("an ignore naming no rule", starter.replace(
                "  - id: S1\n", "  - id: S1\n        ignore: [tactic-ownr]\n"),
                "is not valid under any of the given schemas")
            expect_valid("an x- key", starter.replace("  - id: S1\n",
                                                      "  - id: S1\n        x-crm: 42\n"))
            expect_invalid("done: yes (YAML 1.2 has no yes)", re.sub(
                r"(- name: New salesperson starts\n( +)due: \S+\n)", r"\1\2done: yes\n", starter),
                "'yes' is not of type")
            expect_invalid("a blank action", starter.replace(
                "action: Post a job opening for a salesperson", "action: ' '"),
                "does not match")

    # Agreement with the loader on every rule fixture.
    compared = 0
    fixtures = sorted((source / "tests/fixtures/rules").glob("*/*.yaml"))
    for fixture in fixtures:
        report = subprocess.run([most, "check", "--format", "json", "--as-of", "2026-11-27",
                                 str(fixture)], capture_output=True)
        if report.returncode not in (0, 1):
            continue
        rules = {d["rule"] for d in json.loads(report.stdout)["diagnostics"]}
        text = fixture.read_text(errors="replace")
        errors = errors_of(validator, text)
        # An ignore: entry silences shape findings in most; the schema cannot know that.
        if errors is None or rules & UNDECIDED_RULES or "ignore:" in text:
            continue
        compared += 1
        name = fixture.relative_to(source)
        if rules & SHAPE_RULES and not errors:
            fail(f"{name}: most reports {sorted(rules & SHAPE_RULES)}, the schema accepts it")
        elif not rules & SHAPE_RULES and errors:
            fail(f"{name}: most accepts its shape, the schema says: {errors[0].message} at "
                 f"{list(errors[0].absolute_path)}")
    if compared < len(fixtures) // 2:
        fail(f"only {compared} of {len(fixtures)} fixtures were compared")
    print(f"schema: {checked} plans checked, agreement with most on {compared} of "
          f"{len(fixtures)} rule fixtures; {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
