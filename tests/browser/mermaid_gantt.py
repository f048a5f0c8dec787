#!/usr/bin/env python3
"""The Mermaid gantt charts of `most status --format markdown`, rendered by the real Mermaid.

    tests/browser/mermaid_gantt.py MOST_BINARY SOURCE_DIR

Runs `most status --format markdown` on tests/browser/mermaid-hostile.yaml (names that Mermaid
could read as keywords, comments, directives or entity codes) and on every plan under
examples/, takes each ```mermaid block and renders it with mermaid.render() in headless
Chromium, from a local page that loads Mermaid's single-file dist build over file://. Each
chart must parse, draw one bar or diamond per task line written, show each task, section and
the title as written (Mermaid's `#NN;` entity codes decoded), and show every milestone of the
plan.

Mermaid comes from build/tools/node_modules (where .ci/run installs it from the npm registry)
or $MERMAID_JS; without it or without Chromium the test prints "SKIP: ..." and exits 0.
"""

import base64
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def find_chromium():
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def find_mermaid(source):
    named = os.environ.get("MERMAID_JS")
    candidates = [named] if named else []
    candidates.append(str(source / "build/tools/node_modules/mermaid/dist/mermaid.min.js"))
    for candidate in candidates:
        if candidate and os.path.isfile(candidate):
            return pathlib.Path(candidate).resolve()
    return None


def mermaid_version(script):
    package = script.parent.parent / "package.json"
    try:
        return json.loads(package.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return "unknown version"


def most(binary, source, *args):
    result = subprocess.run([binary, *args], cwd=source, capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        sys.exit(f"FAIL: most {' '.join(args)} exited with {result.returncode}:\n"
                 f"{result.stderr}")
    return result.stdout


def mermaid_blocks(markdown):
    return re.findall(r"^```mermaid\n(.*?)^```$", markdown, flags=re.S | re.M)


def decode_entities(text):
    """What Mermaid shows for a name: its `#NN;` / `#name;` entity codes decoded."""
    def entity(code):
        return f"&#{code[1]};" if code[1].isdigit() else f"&{code[1]};"

    return html.unescape(re.sub(r"#(\w+);", entity, text))


def expected_chart(code):
    """Title, sections and task names as written in one chart, decoded."""
    title, sections, tasks = None, [], []
    for line in code.split("\n"):
        if line.startswith("  title "):
            title = decode_entities(line[len("  title "):])
        elif line.startswith("  section "):
            sections.append(decode_entities(line[len("  section "):]))
        elif line.startswith("    "):
            name, _, data = line[4:].rpartition(" :")
            tasks.append({"name": decode_entities(name), "milestone": "milestone" in data})
    return title, sections, tasks


def one_task_charts(code):
    """The chart cut into one chart per task line (with its header and section), so that a
    line that breaks the whole chart cannot hide what the others do."""
    header, section, charts = [], None, []
    for line in code.split("\n"):
        if line.startswith("  section "):
            section = line
        elif line.startswith("    "):
            charts.append((line.strip(), "\n".join(header + [section, line]) + "\n"))
        elif section is None and line:
            header.append(line)
    return charts


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>mermaid gantt</title>
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
  mermaid.initialize({startOnLoad: false, securityLevel: "strict", suppressErrorRendering: true,
                      gantt: {useWidth: 1600}});
  for (let i = 0; i < charts.length; i++) {
    const result = {index: i};
    try {
      const {svg} = await mermaid.render("chart" + i, charts[i]);
      const holder = document.createElement("div");
      holder.innerHTML = svg;
      document.getElementById("charts").appendChild(holder);
      const texts = (selector) => Array.from(holder.querySelectorAll(selector),
                                             (node) => node.textContent);
      result.tasks = Array.from(holder.querySelectorAll("rect[id]"))
        .filter((rect) => /\\btask\\b/.test(rect.getAttribute("class") || ""))
        .map((rect) => ({id: rect.id, milestone: /\\bmilestone\\b/.test(rect.getAttribute("class"))}));
      result.taskTexts = Array.from(holder.querySelectorAll("text[id$='-text']"),
                                    (node) => ({id: node.id, text: node.textContent}));
      result.sections = texts("text.sectionTitle");
      result.title = texts("text.titleText");
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
               "--disable-sync", f"--user-data-dir={tmp / 'profile'}", "--window-size=1800,1200",
               "--allow-file-access-from-files", "--virtual-time-budget=60000", "--dump-dom",
               page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    found = re.search(r'<pre id="result">([^<]*)</pre>', result.stdout)
    if result.returncode != 0 or not found or found.group(1) == "pending":
        print(result.stderr[-3000:], file=sys.stderr)
        sys.exit(f"FAIL: chromium exited with {result.returncode} and the page reported no "
                 f"result")
    report = json.loads(base64.b64decode(found.group(1)).decode("utf-8"))
    if "fatal" in report:
        sys.exit(f"FAIL: {report['fatal']}")
    return report["results"]


def verify(label, code, result, milestone_names):
    title, sections, tasks = expected_chart(code)
    if "error" in result:
        # A parse error names the line, points at it and lists every token it expected
        # before the one it got: the first three lines and the last word say enough.
        lines = result["error"].split("\n")
        error = "\n    ".join(line[:160] for line in lines[:3])
        if len(lines) > 3 and ", got " in lines[-1]:
            error += "\n    ... got " + lines[-1].rsplit(", got ", 1)[1]
        check(False, f"{label}: Mermaid cannot render the chart: {error}")
        return
    drawn = result["tasks"]
    check(len(drawn) == len(tasks),
          f"{label}: {len(tasks)} tasks written, {len(drawn)} drawn")
    written_milestones = sum(1 for task in tasks if task["milestone"])
    drawn_milestones = sum(1 for task in drawn if task["milestone"])
    check(drawn_milestones == written_milestones,
          f"{label}: {written_milestones} milestones written, {drawn_milestones} drawn")
    # Mermaid keeps the space between a name and its `:`; nothing else may differ.
    shown = [text["text"].rstrip(" ") for text in result["taskTexts"]]
    for task in tasks:
        check(task["name"] in shown, f"{label}: task {task['name']!r} is not shown as written")
    shown_words = [" ".join(text.split()) for text in shown]
    for name in milestone_names:
        # Runs of spaces collapse and long names are cut ("…"): the whole name is shown, or
        # a text cut short holds at least its first 20 characters.
        words = " ".join(name.split())
        check(any(words in text or (text.endswith("…") and len(words) > 20 and
                                    words[:20] in text) for text in shown_words),
              f"{label}: milestone {name!r} is missing from the chart")
    check(sorted(result["sections"]) == sorted(sections),
          f"{label}: sections {sections} written, {result['sections']} shown")
    if title is not None:
        check(result["title"] == [title], f"{label}: title {title!r} written, "
                                          f"{result['title']} shown")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mermaid_gantt.py MOST_BINARY SOURCE_DIR")
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    source = pathlib.Path(sys.argv[2]).resolve()

    chromium = find_chromium()
    if not chromium:
        print("SKIP: chromium not installed; Mermaid charts not rendered")
        return 0
    script = find_mermaid(source)
    if not script:
        print("SKIP: no Mermaid (set MERMAID_JS or run .ci/run's npm install into build/tools)")
        return 0
    print(f"mermaid {mermaid_version(script)}: {script}")

    plans = [source / "tests/browser/mermaid-hostile.yaml"]
    # Hidden files (a folder's .most.yaml) are configurations, not plans.
    plans += sorted(path for path in (source / "examples").rglob("*.yaml")
                    if not path.name.startswith("."))
    charts = []
    for plan in plans:
        relative = str(plan.relative_to(source))
        markdown = most(binary, source, "status", "--format", "markdown", "--as-of",
                        "2026-11-27", relative)
        status = json.loads(most(binary, source, "status", "--format", "json", "--as-of",
                                 "2026-11-27", relative))
        milestones = [milestone["name"] for plan_status in status["plans"]
                      for objective in plan_status["objectives"]
                      for milestone in objective.get("milestones", []) if milestone.get("due")]
        # The xy charts of the forecast are mermaid_xychart.py's.
        blocks = [b for b in mermaid_blocks(markdown) if b.startswith("gantt\n")]
        check(len(blocks) == 1 or (not blocks and not milestones),
              f"{relative}: {len(blocks)} mermaid blocks")
        for block in blocks:
            charts.append((relative, block, milestones))
            if plan == plans[0]:
                for line, chart in one_task_charts(block):
                    charts.append((f"{relative}: line {line!r} alone", chart, []))

    with tempfile.TemporaryDirectory() as directory:
        results = render(chromium, script, [code for _, code, _ in charts],
                         pathlib.Path(directory))
    alone = 0
    for (label, code, milestones), result in zip(charts, results):
        before = len(failures)
        verify(label, code, result, milestones)
        if len(failures) > before:
            continue
        if label.endswith(" alone"):
            alone += 1
        else:
            print(f"ok: {label}: {len(result['tasks'])} tasks drawn "
                  f"({sum(1 for task in result['tasks'] if task['milestone'])} milestones), "
                  f"{len(result['sections'])} sections")
    print(f"ok: {alone} of {sum(1 for label, _, _ in charts if label.endswith(' alone'))} "
          f"task lines of {plans[0].relative_to(source)} in a chart of their own")

    if failures:
        print(f"mermaid: {len(failures)} failed")
        return 1
    print(f"PASS: {len(charts)} Mermaid charts rendered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
