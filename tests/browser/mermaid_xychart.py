#!/usr/bin/env python3
"""The Mermaid xy charts of `most status --format markdown`, rendered by the real Mermaid.

    tests/browser/mermaid_xychart.py MOST_BINARY SOURCE_DIR

Runs `most status --format markdown` on every plan under examples/ and on
tests/browser/forecast-weekly.yaml (weekly check-ins, hostile characters in the statement), takes
each ```mermaid block that is an `xychart-beta` and renders it with mermaid.render() in headless
Chromium, as mermaid_gantt.py does for the gantt charts. Each chart must parse and draw one bar
written (one per month up to the as-of day, as high as its figure: heights in the order of
the values), one line per `line` series, and its title as written. The plan with weekly check-ins must get a
chart for each objective with a metric.

Without Chromium or Mermaid the test prints "SKIP: ..." and exits 0.
"""

import base64
import json
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import mermaid_gantt as gantt  # noqa: E402  (shares Chromium and Mermaid discovery)

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>mermaid xychart</title>
<script src="MERMAID_URL"></script></head>
<body><pre id="result">pending</pre><div id="charts"></div>
<script>
const charts = CHARTS;
function encode(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}
async function main() {
  const results = [];
  if (typeof mermaid === "undefined") {
    document.getElementById("result").textContent = encode({fatal: "mermaid did not load"});
    return;
  }
  mermaid.initialize({startOnLoad: false, securityLevel: "strict", suppressErrorRendering: true});
  for (let i = 0; i < charts.length; i++) {
    const result = {index: i};
    try {
      const {svg} = await mermaid.render("chart" + i, charts[i]);
      const holder = document.createElement("div");
      holder.innerHTML = svg;
      document.getElementById("charts").appendChild(holder);
      result.bars = Array.from(holder.querySelectorAll("g[class^='bar-plot'] rect"), (rect) => {
        const height = parseFloat(rect.getAttribute("height"));
        return Number.isFinite(height) ? height : null;
      });
      result.lines = Array.from(holder.querySelectorAll("g[class^='line-plot'] path"),
                                (path) => (path.getAttribute("d") || "").length);
      result.title = Array.from(holder.querySelectorAll("g.chart-title text"),
                                (node) => node.textContent);
    } catch (error) {
      result.error = String(error && error.message ? error.message : error);
    }
    results.push(result);
  }
  document.getElementById("result").textContent = encode({results: results});
}
main().catch((error) => {
  document.getElementById("result").textContent = encode({fatal: String(error)});
});
</script></body></html>
"""


def render(chromium, script, charts, tmp):
    page = tmp / "charts.html"
    page.write_text(PAGE.replace("MERMAID_URL", script.as_uri())
                    .replace("CHARTS", json.dumps(charts).replace("</", "<\\/")),
                    encoding="utf-8")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={tmp / 'profile'}", "--window-size=1400,1000",
               "--allow-file-access-from-files", "--virtual-time-budget=60000", "--dump-dom",
               page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    found = re.search(r'<pre id="result">([^<]*)</pre>', result.stdout)
    if result.returncode != 0 or not found or found.group(1) == "pending":
        print(result.stderr[-3000:], file=sys.stderr)
        sys.exit(f"FAIL: chromium exited with {result.returncode} and the page reported no result")
    report = json.loads(base64.b64decode(found.group(1)).decode("utf-8"))
    if "fatal" in report:
        sys.exit(f"FAIL: {report['fatal']}")
    return report["results"]


def written(code):
    """Title, month labels, bar values, the y-axis floor and the number of lines, as written."""
    title = re.search(r'^  title "(.*)"$', code, re.M).group(1)
    labels = json.loads(re.search(r"^  x-axis (\[.*\])$", code, re.M).group(1))
    floor = float(re.search(r"^  y-axis \"[^\"]*\" (\S+) --> \S+$", code, re.M).group(1))
    found = re.search(r"^  bar (\[.*\])$", code, re.M)
    bars = json.loads(found.group(1)) if found else []
    lines = len(re.findall(r"^  line \[", code, re.M))
    return title, labels, floor, bars, lines


def verify(label, code, result):
    if "error" in result:
        gantt.check(False, f"{label}: Mermaid cannot render the chart: {result['error'][:300]}")
        return
    title, labels, floor, bars, lines = written(code)
    # Months after the as-of day have no figure: the bars cover the first months only.
    gantt.check(0 < len(bars) <= len(labels), f"{label}: {len(labels)} months but {len(bars)} "
                                              f"bars written")
    # Mermaid adds a rect without a height (NaN, not painted) for each month past the series.
    drawn = [height for height in result["bars"] if height is not None]
    gantt.check(len(drawn) == len(bars) and len(result["bars"]) == len(labels),
                f"{label}: {len(bars)} bars written, {len(drawn)} drawn")
    # Each bar stands as high as its figure: heights in the order of the values.
    pairs = sorted(zip(bars, drawn))
    for (low, low_height), (high, high_height) in zip(pairs, pairs[1:]):
        gantt.check(low_height <= high_height + 0.5 and (low == high or low_height < high_height),
                    f"{label}: a bar of {low} is drawn {low_height:.1f} high, one of {high} "
                    f"{high_height:.1f}")
    gantt.check(all(height > 0 for height in drawn) and floor < min(bars, default=floor + 1),
                f"{label}: a bar at or below the axis floor {floor}")
    gantt.check(len(result["lines"]) == lines and all(result["lines"]),
                f"{label}: {lines} lines written, {len(result['lines'])} drawn")
    gantt.check(result["title"] == [title], f"{label}: title {title!r} written, "
                                            f"{result['title']} shown")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mermaid_xychart.py MOST_BINARY SOURCE_DIR")
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    source = pathlib.Path(sys.argv[2]).resolve()
    chromium = gantt.find_chromium()
    if not chromium:
        print("SKIP: chromium not installed; Mermaid charts not rendered")
        return 0
    script = gantt.find_mermaid(source)
    if not script:
        print("SKIP: no Mermaid (set MERMAID_JS or run .ci/run's npm install into build/tools)")
        return 0
    print(f"mermaid {gantt.mermaid_version(script)}: {script}")

    weekly = source / "tests/browser/forecast-weekly.yaml"
    plans = [weekly] + sorted(path for path in (source / "examples").rglob("*.yaml")
                              if not path.name.startswith("."))
    charts = []
    for plan in plans:
        relative = str(plan.relative_to(source))
        markdown = gantt.most(binary, source, "status", "--format", "markdown", "--as-of",
                              "2026-11-27", relative)
        blocks = [b for b in gantt.mermaid_blocks(markdown) if b.startswith("xychart-beta\n")]
        if plan == weekly:
            status = json.loads(gantt.most(binary, source, "status", "--format", "json",
                                           "--as-of", "2026-11-27", relative))
            metrics = sum(1 for p in status["plans"] for o in p["objectives"]
                          if o["baseline"] is not None and o["target"] is not None)
            gantt.check(len(blocks) == metrics and metrics > 0,
                        f"{relative}: {metrics} objectives with a metric, {len(blocks)} charts")
        charts += [(f"{relative} chart {i + 1}", block) for i, block in enumerate(blocks)]
    gantt.check(bool(charts), "no xy charts at all")

    with tempfile.TemporaryDirectory() as directory:
        results = render(chromium, script, [code for _, code in charts], pathlib.Path(directory))
    for (label, code), result in zip(charts, results):
        before = len(gantt.failures)
        verify(label, code, result)
        if len(gantt.failures) == before:
            print(f"ok: {label}: {sum(1 for h in result['bars'] if h is not None)} bars, "
                  f"{len(result['lines'])} lines")
    if gantt.failures:
        print(f"mermaid xychart: {len(gantt.failures)} failed")
        return 1
    print(f"PASS: {len(charts)} Mermaid xy charts rendered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
