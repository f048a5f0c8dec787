#!/usr/bin/env python3
"""Writes deterministic, clean plans for measuring most (never for timed tests).

  gen_plan.py [TACTICS]                     one plan to stdout (default 20000 tactics)
  gen_plan.py TACTICS --plans N --out DIR   N plans, DIR/plan-0001.yaml ...

Options: --tactics-per-strategy (10), --strategies-per-objective (20), --team (50).
The same arguments always give the same bytes. 20000 tactics make a plan of about 4.1 MB.
"""
import argparse
import os
import sys


def write_plan(out, tactics_wanted, per_strategy, per_objective, team_size, seed=0,
               aligns_with=None):
    team = [f"member{i:03}" for i in range(team_size)]
    out.write("most: 1\nmission:\n  statement: To be one of the top five dealers in the region\n"
              "  start: 2026-01-01\n  deadline: 2026-12-31\n")
    if aligns_with:
        out.write(f"  aligns_with: {aligns_with}\n")
    out.write("team:\n")
    for member in team:
        out.write(f"  - id: {member}\n    name: Member {member}\n")
    out.write("objectives:\n")
    t = 0
    o = 0
    while t < tactics_wanted:
        o += 1
        out.write(f"  - id: O{o}\n    statement: Increase sales volume in region {o + seed} by 10% by "
                  f"December 31\n    deadline: 2026-12-31\n    metric: {{name: Sales, unit: EUR, "
                  f"baseline: 100000, target: 110000}}\n    strategies:\n")
        for s in range(1, per_objective + 1):
            if t >= tactics_wanted:
                break
            out.write(f"      - id: O{o}S{s}\n        statement: Target key accounts in district {s}\n"
                      f"        tactics:\n")
            for _ in range(per_strategy):
                if t >= tactics_wanted:
                    break
                t += 1
                month = 1 + (t + seed) % 12
                out.write(f"          - id: T{t}\n            action: Call account number {t} about "
                          f"the spring offer\n            owner: {team[(t + seed) % len(team)]}\n"
                          f"            due: 2026-{month:02}-15\n            status: done\n"
                          f"            budget: {(t + seed) % 500}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tactics", nargs="?", type=int, default=20000)
    parser.add_argument("--tactics-per-strategy", type=int, default=10)
    parser.add_argument("--strategies-per-objective", type=int, default=20)
    parser.add_argument("--team", type=int, default=50)
    parser.add_argument("--plans", type=int, default=0, help="write this many plans to --out")
    parser.add_argument("--out", help="folder for --plans")
    parser.add_argument("--org", action="store_true",
                        help="also write --out/org.yaml, and align each plan's mission with one "
                             "of its objectives")
    args = parser.parse_args()
    shape = (args.tactics, args.tactics_per_strategy, args.strategies_per_objective, args.team)
    if args.plans == 0:
        write_plan(sys.stdout, *shape)
        return
    if not args.out:
        parser.error("--plans needs --out")
    os.makedirs(args.out, exist_ok=True)
    org_objectives = 10
    if args.org:
        with open(os.path.join(args.out, "org.yaml"), "w", encoding="utf-8") as out:
            write_plan(out, org_objectives * args.strategies_per_objective, 1,
                       args.strategies_per_objective, args.team)
    for i in range(1, args.plans + 1):
        aligns_with = f"org.yaml#O{1 + i % org_objectives}" if args.org else None
        with open(os.path.join(args.out, f"plan-{i:04}.yaml"), "w", encoding="utf-8") as out:
            write_plan(out, *shape, seed=i, aligns_with=aligns_with)


if __name__ == "__main__":
    main()
