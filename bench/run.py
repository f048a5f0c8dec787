#!/usr/bin/env python3
"""Measures most against yaml-cpp's floors and a JSON Schema validator; prints medians and ratios.

  bench/run.py [--runs N] [--tactics N] [--plans N] [--plan-tactics N] [--no-ajv]

Builds a Release tree in build/bench with the floor programs (-DMOST_BENCH=ON), writes
deterministic plans with bench/gen_plan.py, then runs every case once per round, in a new
shuffled order each round, so that a slow moment of the machine touches all cases alike. Wall time comes from a
monotonic clock around each process, peak memory from that process's own rusage (wait4).
With Node.js and npm present it installs ajv-cli under build/bench/ajv and measures it too.
Numbers are for notes and the README; nothing here is a test.
"""
import argparse
import os
import hashlib
import json
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time

import lsp_latency

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2026-11-27"
HISTORY_PLANS = 200
HISTORY_WEEKS = 13


def sh(*args, **kwargs):
    subprocess.run(args, check=True, **kwargs)


def measure(cmd, stdout=subprocess.DEVNULL, cwd=None):
    """Runs cmd once (in cwd); returns (seconds, peak resident KiB, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, process.returncode


def build(build_dir):
    sh("cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release", "-DMOST_BENCH=ON",
       "-DMOST_BUILD_TESTS=OFF", stdout=subprocess.DEVNULL)
    sh("cmake", "--build", build_dir, "-j2", "--target", "most", "floor_events", "floor_load",
       stdout=subprocess.DEVNULL)


def generate(data, tactics, plans, plan_tactics):
    """Plans, cached under names that include the generator's hash; written to a temporary
    name and renamed, so an interrupted run never leaves half a plan to be reused."""
    gen = os.path.join(ROOT, "bench", "gen_plan.py")
    with open(gen, "rb") as source:
        version = hashlib.sha256(source.read()).hexdigest()[:12]
    data = os.path.join(data, version)
    os.makedirs(data, exist_ok=True)
    files = {}
    for name, count in (("one", tactics), ("two", 2 * tactics), ("typical", plan_tactics),
                        ("lsp", 1000)):
        path = os.path.join(data, f"plan-{count}.yaml")
        if not os.path.exists(path):
            with open(path + ".part", "w", encoding="utf-8") as out:
                sh(sys.executable, gen, str(count), stdout=out)
            os.replace(path + ".part", path)
        files[name] = path
    folder = os.path.join(data, f"plans-{plans}x{plan_tactics}")
    if not os.path.isdir(folder):
        shutil.rmtree(folder + ".part", ignore_errors=True)
        sh(sys.executable, gen, str(plan_tactics), "--plans", str(plans), "--out", folder + ".part")
        os.replace(folder + ".part", folder)
    files["folder"] = folder
    org = os.path.join(data, f"org-{plans}x{plan_tactics}")
    if not os.path.isdir(org):
        shutil.rmtree(org + ".part", ignore_errors=True)
        sh(sys.executable, gen, str(plan_tactics), "--plans", str(plans), "--org", "--out",
           org + ".part")
        os.replace(org + ".part", org)
    files["org"] = org
    # Issue 22: a repository of plans with weekly history (bench/gen_history.py), one with a
    # quarter of the plans updated each week and one with every plan updated every week.
    with open(os.path.join(ROOT, "bench", "gen_history.py"), "rb") as source:
        version = hashlib.sha256(source.read()).hexdigest()[:12]
    for name, every in (("history", 4), ("history-all", 1)):
        repo = os.path.join(data, f"{name}-{version}-{HISTORY_PLANS}x{plan_tactics}")
        if not os.path.isdir(repo):
            shutil.rmtree(repo + ".part", ignore_errors=True)
            sh(sys.executable, os.path.join(ROOT, "bench", "gen_history.py"), repo + ".part",
               "--plans", str(HISTORY_PLANS), "--tactics", str(plan_tactics), "--weeks",
               str(HISTORY_WEEKS), "--every", str(every), stdout=subprocess.DEVNULL)
            os.replace(repo + ".part", repo)
        files[name] = repo
    return files


def find_ajv(build_dir):
    """ajv-cli from the npm registry, installed once under build/bench/ajv; None without npm."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None
    prefix = os.path.join(build_dir, "ajv")
    ajv = os.path.join(prefix, "node_modules", ".bin", "ajv")
    if not os.path.exists(ajv):
        result = subprocess.run(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund",
                                 "ajv-cli@5"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if result.returncode != 0 or not os.path.exists(ajv):
            print("ajv-cli could not be installed; skipping it:", result.stderr.decode()[-300:])
            return None
    return ajv


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info
                          if line.startswith("model name")), "")
    except OSError:
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores, {model or 'unknown CPU'}"


def ajv_schema(most, build_dir):
    """`most schema`, with dates untyped: ajv-cli's YAML reader turns 2026-01-01 into a Date
    object, where editors (YAML 1.2) keep the string the schema describes."""
    schema = json.loads(subprocess.run([most, "schema"], capture_output=True, check=True).stdout)
    schema["definitions"]["date"] = {}
    path = os.path.join(build_dir, "plan.schema.json")
    with open(path, "w") as out:
        json.dump(schema, out)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of every case (median)")
    parser.add_argument("--tactics", type=int, default=20000, help="tactics in the large plan")
    parser.add_argument("--plans", type=int, default=1000, help="plans in the folder case")
    parser.add_argument("--plan-tactics", type=int, default=50, help="tactics per folder plan")
    parser.add_argument("--no-ajv", action="store_true", help="skip the ajv-cli comparison")
    parser.add_argument("--lsp-changes", type=int, default=50,
                        help="didChange round trips measured per plan for most lsp")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build", "bench"))
    parser.add_argument("--baseline", metavar="MOST",
                        help="an earlier most binary (a Release build of another commit) to "
                             "hold this one against: the large plan and the folder of plans")
    args = parser.parse_args()

    build(args.build_dir)
    files = generate(os.path.join(args.build_dir, "data"), args.tactics, args.plans,
                     args.plan_tactics)
    most = os.path.join(args.build_dir, "most")
    floors = os.path.join(args.build_dir, "bench")
    schema = ajv_schema(most, args.build_dir)
    check = [most, "check", "--as-of", AS_OF]
    cases = {
        "yaml-cpp events": [os.path.join(floors, "floor_events"), files["one"]],
        "yaml-cpp Load+walk": [os.path.join(floors, "floor_load"), files["one"]],
        "most check": check + [files["one"]],
        "most check (2x plan)": check + [files["two"]],
        "most status": [most, "status", "--as-of", AS_OF, files["one"]],
        "most overdue": [most, "overdue", "--as-of", AS_OF, files["one"]],
        "most check typical": check + [files["typical"]],
        "most check DIR -j1": check + ["--jobs", "1", files["folder"]],
        "most check DIR -j2": check + ["--jobs", "2", files["folder"]],
        "most check ORG": check + ["--jobs", "2", files["org"]],
        "most status --tree ORG": [most, "status", "--tree", "--as-of", AS_OF, files["org"]],
        "most team ORG": [most, "team", "--as-of", AS_OF, files["org"]],
        # An edit loads the plan, edits the text, loads the new text and compares the two
        # (SPEC 4.2); --dry-run does all of it and prints the diff instead of writing.
        "most checkin -n": [most, "checkin", "--as-of", AS_OF, "--dry-run", files["one"], "O1",
                            "+100"],
        "most set -n": [most, "set", "--as-of", AS_OF, "--dry-run", files["one"], "T4", "owner",
                        "member005"],
        # Issue 22: history read through one cat-file --batch; run inside the repository.
        "most check HIST": check + [os.path.join(files["history"], "plans")],
        "most diff --since HEAD~1": [most, "diff", "--as-of", AS_OF, "--since", "HEAD~1",
                                     "plans"],
        "most diff --since, all": [most, "diff", "--as-of", AS_OF, "--since", "HEAD~1", "plans"],
        "most review": [most, "review", "--as-of", AS_OF, "--since", f"HEAD~{HISTORY_WEEKS}",
                        "plans"],
    }
    cwds = {"most diff --since HEAD~1": files["history"], "most review": files["history"],
            "most diff --since, all": files["history-all"]}
    if args.baseline:
        before = [os.path.abspath(args.baseline), "check", "--as-of", AS_OF]
        cases["baseline check"] = before + [files["one"]]
        cases["baseline DIR -j2"] = before + ["--jobs", "2", files["folder"]]
        cases["baseline check ORG"] = before + ["--jobs", "2", files["org"]]
    ajv = None if args.no_ajv else find_ajv(args.build_dir)
    if ajv:
        validate = [ajv, "validate", "--spec=draft7", "--errors=text", "-s", schema, "-d"]
        cases["ajv-cli"] = validate + [files["one"]]
        cases["ajv-cli typical"] = validate + [files["typical"]]
        cases["ajv-cli DIR"] = validate + [os.path.join(files["folder"], "*.yaml")]

    # Every case must succeed, and both job counts must print the same report.
    outputs = {}
    for name, cmd in cases.items():
        with open(os.path.join(args.build_dir, "out.txt"), "w+b") as out:
            _, _, status = measure(cmd, stdout=out, cwd=cwds.get(name))
            out.seek(0)
            outputs[name] = out.read()
        if status != 0:
            sys.exit(f"{name} exited {status}: {' '.join(cmd)}")
    same_output = outputs["most check DIR -j1"] == outputs["most check DIR -j2"]

    times = {name: [] for name in cases}
    memory = {name: [] for name in cases}
    order = list(cases)
    shuffle = random.Random(6)
    for _ in range(args.runs):
        shuffle.shuffle(order)
        for name in order:
            seconds, kib, status = measure(cases[name], cwd=cwds.get(name))
            if status != 0:
                sys.exit(f"{name} exited {status} during the measured rounds")
            times[name].append(seconds)
            memory[name].append(kib)
    t = {name: statistics.median(values) for name, values in times.items()}
    m = {name: statistics.median(values) / 1024 for name, values in memory.items()}

    print(f"machine: {machine()}; median of {args.runs} rounds")
    print(f"plans: {args.tactics} tactics ({os.path.getsize(files['one']) / 1e6:.1f} MB), "
          f"{2 * args.tactics} tactics, and {args.plans} plans of {args.plan_tactics} tactics")
    print()
    print(f"{'case':<24} {'median s':>9} {'peak MB':>8}")
    for name in cases:
        print(f"{name:<24} {t[name]:>9.3f} {m[name]:>8.1f}")
    print()

    rows = [
        ("check / events floor (time)", t["most check"] / t["yaml-cpp events"], "<=", 1.3),
        ("check / Load+walk (memory)", m["most check"] / m["yaml-cpp Load+walk"], "<=", 0.5),
        ("2x plan / plan (time)", t["most check (2x plan)"] / t["most check"], "<=", 2.2),
        ("DIR -j1 / -j2 (time)", t["most check DIR -j1"] / t["most check DIR -j2"], ">=", 1.6),
        ("status / check (time)", t["most status"] / t["most check"], "<=", 1.2),
        ("overdue / check (time)", t["most overdue"] / t["most check"], "<=", 1.2),
        ("ORG check / DIR check (time)", t["most check ORG"] / t["most check DIR -j2"], "<=", 1.2),
        ("status --tree / check, ORG", t["most status --tree ORG"] / t["most check ORG"], "<=",
         1.2),
        ("team / check, ORG (time)", t["most team ORG"] / t["most check ORG"], "<=", 1.2),
        ("checkin -n / check (time)", t["most checkin -n"] / t["most check"], "<=", 2.5),
        ("set -n / check (time)", t["most set -n"] / t["most check"], "<=", 2.5),
        ("diff --since HEAD~1 / check", t["most diff --since HEAD~1"] / t["most check HIST"],
         "<=", 1.5),
        ("review 13 weeks / check", t["most review"] / t["most check HIST"], "<=", 3.0),
    ]
    if args.baseline:  # issue 15: the layers cost nothing
        rows += [
            ("check / baseline (time)", t["most check"] / t["baseline check"], "<=", 1.05),
            ("check / baseline (memory)", m["most check"] / m["baseline check"], "<=", 1.05),
            ("DIR -j2 / baseline (time)", t["most check DIR -j2"] / t["baseline DIR -j2"], "<=",
             1.05),
            ("ORG / baseline (time)", t["most check ORG"] / t["baseline check ORG"], "<=", 1.05),
        ]
    print(f"{'ratio':<30} {'value':>6}  target   verdict")
    for label, value, op, target in rows:
        ok = value <= target if op == "<=" else value >= target
        print(f"{label:<30} {value:>6.2f}  {op} {target:<4}  {'within' if ok else 'MISSED'}")
    print(f"{'diff --since, every plan new':<30} "
          f"{t['most diff --since, all'] / t['most check HIST']:>6.2f}  (no target: twice the "
          "parsing)")
    print(f"{'DIR -j1 and -j2 output':<30} {'same' if same_output else 'DIFFERENT':>6}  same     "
          f"{'within' if same_output else 'MISSED'}")

    # most lsp (issue 20): from a didChange to the diagnostics of that version, in one server.
    print()
    print(f"{'most lsp: didChange → diagnostics':<36} {'median':>8} {'p90':>8} {'worst':>8}  target")
    for label, plan, target in (("1,000-tactic plan", files["lsp"], 50),
                                (f"typical plan ({args.plan_tactics} tactics)", files["typical"], 5)):
        median, p90, worst = lsp_latency.summary(
            lsp_latency.measure(most, plan, args.lsp_changes, AS_OF))
        verdict = "within" if median * 1e3 <= target else "MISSED"
        print(f"{label:<36} {median * 1e3:>6.2f}ms {p90 * 1e3:>6.2f}ms {worst * 1e3:>6.2f}ms"
              f"  <= {target} ms (median)  {verdict}")
    if ajv:
        print()
        print("most check / ajv-cli (time; below 1 means most is faster):")
        print(f"  one {args.tactics}-tactic plan:      {t['most check'] / t['ajv-cli']:.3f}")
        print(f"  one {args.plan_tactics}-tactic plan:         "
              f"{t['most check typical'] / t['ajv-cli typical']:.3f}  (mostly Node's start-up)")
        print(f"  {args.plans} plans, most -j1:     {t['most check DIR -j1'] / t['ajv-cli DIR']:.3f}"
              "  (ajv-cli is one process)")
        print(f"  {args.plans} plans, most -j2:     {t['most check DIR -j2'] / t['ajv-cli DIR']:.3f}")
    else:
        print("\najv-cli: not measured (no Node.js/npm, or --no-ajv)")


if __name__ == "__main__":
    main()
