#!/usr/bin/env python3
"""Writes a deterministic git repository of plans with weekly history, for measuring
`most diff --since` and `most review --since` (never for timed tests).

  gen_history.py OUT [--plans 200] [--tactics 50] [--weeks 13] [--every 1]

OUT/plans/plan-0001.yaml ... are written by gen_plan.py and committed once; then each of
--weeks commits, one week apart, touches every --every-th plan (all by default): the week's
tactic slips by a week, and the week's objective gets a check-in. `HEAD~WEEKS` is the start.
"""
import argparse
import datetime
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_plan import write_plan  # noqa: E402


def git(out, *args, date=None):
    env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.com",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.com")
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", "-C", out, "-c", "commit.gpgsign=false", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def day(week):
    return datetime.date(2026, 1, 5) + datetime.timedelta(weeks=week)


def week_edit(text, week):
    """Tactic T<week> slips by seven days; objective O1 gets the week's check-in."""
    text = re.sub(rf"(- id: T{week}\n(?:            .*\n)*?            due: 2026-\d\d-)15",
                  r"\g<1>22", text, count=1)
    entry = f"{{date: {day(week)}, value: {100000 + 500 * week}}}"
    if "    checkins: [" in text:
        return re.sub(r"(    checkins: \[.*)\]\n", rf"\1, {entry}]\n", text, count=1)
    return text.replace("    strategies:\n", f"    checkins: [{entry}]\n    strategies:\n", 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--tactics", type=int, default=50)
    parser.add_argument("--weeks", type=int, default=13)
    parser.add_argument("--every", type=int, default=1, help="touch every N-th plan a week")
    args = parser.parse_args()
    plans = os.path.join(args.out, "plans")
    os.makedirs(plans)
    subprocess.run(["git", "init", "-q", args.out], check=True)
    names = []
    for i in range(1, args.plans + 1):
        name = os.path.join(plans, f"plan-{i:04}.yaml")
        with open(name, "w", encoding="utf-8") as out:
            write_plan(out, args.tactics, 10, 20, 50, seed=i)
        names.append(name)
    git(args.out, "add", "-A")
    git(args.out, "commit", "-q", "-m", "the plans", date=f"{day(0)}T09:00:00Z")
    for week in range(1, args.weeks + 1):
        for i, name in enumerate(names):
            if (i + week) % args.every:
                continue
            with open(name, encoding="utf-8") as source:
                text = source.read()
            with open(name, "w", encoding="utf-8") as out:
                out.write(week_edit(text, week))
        git(args.out, "add", "-A")
        git(args.out, "commit", "-q", "-m", f"week {week}",
            date=f"{day(week)}T09:00:00Z")


if __name__ == "__main__":
    main()
