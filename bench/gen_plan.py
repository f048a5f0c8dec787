#!/usr/bin/env python3
"""Writes a deterministic, clean plan of OBJECTIVES x STRATEGIES x TACTICS items to stdout.

Usage: bench/gen_plan.py [TACTICS] (default 20000). Used to measure most on large plans;
numbers go to notes and the README, never into timed tests.
"""
import sys

tactics_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
per_strategy = 10
per_objective = 20
team = [f"member{i:03}" for i in range(50)]

out = sys.stdout
out.write("most: 1\nmission:\n  statement: To be one of the top five dealers in the region\n"
          "  start: 2026-01-01\n  deadline: 2026-12-31\nteam:\n")
for member in team:
    out.write(f"  - id: {member}\n    name: Member {member}\n")
out.write("objectives:\n")
t = 0
o = 0
while t < tactics_wanted:
    o += 1
    out.write(f"  - id: O{o}\n    statement: Increase sales volume in region {o} by 10% by December 31\n"
              f"    deadline: 2026-12-31\n    metric: {{name: Sales, unit: EUR, baseline: 100000, target: 110000}}\n"
              f"    strategies:\n")
    for s in range(1, per_objective + 1):
        if t >= tactics_wanted:
            break
        out.write(f"      - id: O{o}S{s}\n        statement: Target key accounts in district {s}\n        tactics:\n")
        for _ in range(per_strategy):
            if t >= tactics_wanted:
                break
            t += 1
            month = 1 + t % 12
            out.write(f"          - id: T{t}\n            action: Call account number {t} about the spring offer\n"
                      f"            owner: {team[t % len(team)]}\n            due: 2026-{month:02}-15\n"
                      f"            status: done\n            budget: {t % 500}\n")
