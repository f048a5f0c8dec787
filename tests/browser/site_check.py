#!/usr/bin/env python3
"""`most site` as a browser and a web server see it.

    tests/browser/site_check.py MOST_BINARY SOURCE_DIR

Writes the site of examples/ into a temporary folder, parses every page (tags closed in
order, no scripts), follows every href and src: each must stay inside the site and name a
file there (no http(s):// or protocol-relative request leaves it), and every page must be
reachable from index.html. Then one headless Chromium run screenshots the index and one plan
page side by side (two iframes of one wrapper page); neither half may be blank. Without
Chromium the screenshot is skipped with a message after the link checks.
"""

import html.parser
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from chart_screenshot import decode_png  # noqa: E402  (the PNG reader the chart test uses)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "circle", "line", "path", "rect", "polyline", "polygon", "stop", "use"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.links, self.problems = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.problems.append("a <script>")
        for name, value in attrs:
            if name in ("href", "src", "xlink:href") and value is not None:
                self.links.append(value)
            if name.startswith("on"):
                self.problems.append(f"an event handler {name}")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()


def check_site(site):
    pages = sorted(p for p in site.rglob("*.html"))
    check(len(pages) >= 4, f"only {len(pages)} pages written")
    linked = {}
    for page in pages:
        name = page.relative_to(site).as_posix()
        parser = Page()
        parser.feed(page.read_text(encoding="utf-8"))
        parser.close()
        check(not parser.problems, f"{name}: {parser.problems[:3]}")
        check(not parser.stack, f"{name}: unclosed {parser.stack[-3:]}")
        linked[name] = []
        for link in parser.links:
            lowered = link.strip().lower()
            check(not (lowered.startswith(("http:", "https:", "//", "javascript:", "data:"))),
                  f"{name}: a request leaves the site: {link}")
            if lowered.startswith("#") or ":" in lowered.split("/")[0]:
                continue
            target = (page.parent / link.split("#")[0]).resolve()
            check(site.resolve() in target.parents and target.is_file(),
                  f"{name}: link {link} names no file in the site")
            if target.is_file():
                linked[name].append(target.relative_to(site.resolve()).as_posix())
    reached, todo = {"index.html"}, ["index.html"]
    while todo:
        for nxt in linked.get(todo.pop(), []):
            if nxt not in reached:
                reached.add(nxt)
                todo.append(nxt)
    unreached = sorted(set(linked) - reached)
    check(not unreached, f"pages not reachable from index.html: {unreached}")
    print(f"{len(pages)} pages parsed, {sum(len(v) for v in linked.values())} links resolved")
    return pages


def screenshot(site, plan_page, tmp):
    chromium = "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else \
        shutil.which("chromium")
    if not chromium:
        return "SKIP: chromium not installed; the site was not screenshotted"
    wrapper = tmp / "both.html"
    wrapper.write_text(
        "<!DOCTYPE html><html><head><style>html, body { margin: 0; } iframe { border: 0; "
        "width: 640px; height: 900px; float: left; }</style></head><body>"
        f"<iframe src=\"{(site / 'index.html').as_uri()}\"></iframe>"
        f"<iframe src=\"{plan_page.as_uri()}\"></iframe></body></html>", encoding="utf-8")
    shot = tmp / "site.png"
    status = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--hide-scrollbars", "--allow-file-access-from-files",
         "--force-device-scale-factor=1", f"--user-data-dir={tmp / 'profile'}",
         "--virtual-time-budget=5000", "--window-size=1280,900", f"--screenshot={shot}",
         wrapper.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    if status.returncode != 0 or not shot.exists():
        print(status.stderr[-2000:], file=sys.stderr)
        check(False, f"chromium exited with {status.returncode} and wrote no screenshot")
        return None
    width, height, rows = decode_png(shot)
    for half, (lo, hi) in (("index", (0, 640)), ("plan page", (640, 1280))):
        pixels = [p for row in rows for p in row[lo:hi]]
        colours = len(set(pixels))
        non_white = sum(1 for p in pixels if any(c < 250 for c in p)) / len(pixels)
        print(f"{half}: {width}x{height} screenshot half, {colours} colours, "
              f"{100 * non_white:.1f}% non-white")
        check(non_white > 0.03 and colours > 20, f"{half}: the screenshot looks blank")
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, source = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = pathlib.Path(tmp_name)
        site = tmp / "public"
        run = subprocess.run([binary, "site", str(source / "examples"), "-o", str(site),
                              "--as-of", "2026-05-15"], capture_output=True, text=True,
                             check=False)
        check(run.returncode == 0, f"most site exited {run.returncode}: {run.stderr}")
        check((site / ".most-site").is_file(), "no .most-site marker written")
        pages = check_site(site)
        plans = [p for p in pages if p.parent.name == "plans" and "org" in p.name]
        skipped = None
        if plans:
            skipped = screenshot(site, plans[0], tmp)
        else:
            check(False, "no plan page of examples/org")
        # A second run replaces the site it wrote, and nothing is left beside it.
        again = subprocess.run([binary, "site", str(source / "examples"), "-o", str(site),
                                "--as-of", "2026-05-15"], capture_output=True, text=True,
                               check=False)
        check(again.returncode == 0, f"replacing the site failed: {again.stderr}")
        check(sorted(p.name for p in tmp.iterdir() if p.name.startswith(".")) == [],
              "a temporary folder was left beside the site")
    if failures:
        print(f"{len(failures)} failures")
        return 1
    if skipped:
        print(skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
