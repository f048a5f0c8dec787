#!/usr/bin/env python3
"""The forecast charts of `most status --format html`, screenshotted in headless Chromium.

    tests/browser/chart_screenshot.py MOST_BINARY SOURCE_DIR

Renders the HTML report of tests/browser/forecast-weekly.yaml (weekly check-ins), puts each
objective's chart (the inline SVG) alone on a page at the top left corner, screenshots it and
decodes the PNG with the standard library. Each chart must not be blank, and each check-in of
the plan (read from the YAML, not from the chart) must be painted in the check-in colour at
the place its day and value map to on the chart's axes (the plot area and the scales are the
chart's data attributes). Skipped with a message where Chromium is not installed.
"""

import datetime
import html
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

CHECKIN_RGB = (0xCF, 0x22, 0x2E)
FORECAST_RGB = (0x09, 0x69, 0xDA)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def decode_png(path):
    data = pathlib.Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("FAIL: screenshot is not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, color_type, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(color_type)
    if depth != 8 or channels is None or interlace != 0:
        sys.exit(f"FAIL: unexpected PNG format (depth {depth}, colour type {color_type})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
                line[i] = (line[i] + pred) & 0xFF
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def near(pixel, rgb, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, rgb))


def checkins_of(plan_text):
    """Check-ins per objective id, from the plan's flow-style check-in lines."""
    result, current = {}, None
    for line in plan_text.split("\n"):
        found = re.match(r"  - id: (\S+)$", line)
        if found:
            current = found.group(1)
            result[current] = []
        found = re.match(r"\s+- \{date: (\d{4}-\d\d-\d\d), value: ([-0-9.]+)\}$", line)
        if found and current:
            result[current].append((datetime.date.fromisoformat(found.group(1)),
                                    float(found.group(2))))
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: chart_screenshot.py MOST_BINARY SOURCE_DIR")
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    source = pathlib.Path(sys.argv[2]).resolve()
    chromium = "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else \
        shutil.which("chromium")
    if not chromium:
        print("SKIP: chromium not installed; charts not rendered")
        return 0
    plan = source / "tests/browser/forecast-weekly.yaml"
    as_of = datetime.date(2026, 11, 27)
    report = subprocess.run([binary, "status", "--format", "html", "--as-of", str(as_of),
                             str(plan)], capture_output=True, text=True, check=True).stdout
    charts = re.findall(r'(<svg class="chart".*?</svg>)', report, flags=re.S)
    checkins = checkins_of(plan.read_text(encoding="utf-8"))
    check(len(charts) == len(checkins) == 2, f"{len(charts)} charts for {len(checkins)} objectives")

    with tempfile.TemporaryDirectory() as directory:
        tmp = pathlib.Path(directory)
        for index, (svg, (objective, points)) in enumerate(zip(charts, checkins.items())):
            attributes = dict(re.findall(r'data-(\w+)="([^"]*)"', svg.split(">", 1)[0]))
            left, right = float(attributes["left"]), float(attributes["right"])
            top, bottom = float(attributes["top"]), float(attributes["bottom"])
            low, high = float(attributes["low"]), float(attributes["high"])
            start = datetime.date.fromisoformat(attributes["start"])
            end = datetime.date.fromisoformat(attributes["end"])
            check(html.unescape(re.search(r"<title>(.*?)</title>", svg).group(1))
                  .startswith(objective + " "), f"chart {index + 1} is not {objective}'s")
            page = tmp / f"chart{index}.html"
            page.write_text("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                            "html, body { margin: 0; padding: 0; background: #ffffff; } "
                            "svg { display: block; font: 11px sans-serif; }</style></head><body>"
                            + svg + "</body></html>", encoding="utf-8")
            shot = tmp / f"chart{index}.png"
            status = subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                 "--force-device-scale-factor=1", f"--user-data-dir={tmp / 'profile'}",
                 "--window-size=800,400", f"--screenshot={shot}", page.as_uri()],
                capture_output=True, text=True, timeout=120, check=False)
            if status.returncode != 0 or not shot.exists():
                print(status.stderr[-2000:], file=sys.stderr)
                sys.exit(f"FAIL: chromium exited with {status.returncode} and wrote no screenshot")
            width, height, rows = decode_png(shot)
            pixels = [p for row in rows for p in row]
            colours = len(set(pixels))
            non_white = sum(1 for p in pixels if any(c < 250 for c in p)) / len(pixels)
            print(f"{objective}: screenshot {width}x{height}, {colours} colours, "
                  f"{100 * non_white:.1f}% non-white")
            check(non_white > 0.05 and colours > 5, f"{objective}: the chart looks blank")
            check(any(near(p, FORECAST_RGB) for p in pixels),
                  f"{objective}: no forecast line painted")
            span = (end - start).days
            for day, value in points:
                if not start <= day <= end or day > as_of:
                    continue
                x = left + (right - left) * (day - start).days / span
                y = bottom - (bottom - top) * (value - low) / (high - low)
                px, py = round(x), round(y)
                # The centre of the point, or a pixel next to it (anti-aliasing).
                painted = any(near(rows[py + dy][px + dx], CHECKIN_RGB)
                              for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                              if 0 <= py + dy < height and 0 <= px + dx < width)
                check(painted, f"{objective}: check-in {day} = {value} is not painted at "
                               f"({px}, {py}): {rows[py][px] if py < height and px < width else '?'}")
            # And nothing of the check-in colour far from every check-in: the points are where
            # the figures are, not elsewhere.
            expected = [(left + (right - left) * (day - start).days / span,
                         bottom - (bottom - top) * (value - low) / (high - low))
                        for day, value in points if day <= as_of]
            stray = [(x, y) for y, row in enumerate(rows[:int(bottom) + 8]) for x, p in enumerate(row)
                     if x > left - 8 and near(p, CHECKIN_RGB, 20) and
                     all(abs(x - ex) > 7 or abs(y - ey) > 7 for ex, ey in expected)]
            check(not stray, f"{objective}: check-in colour painted away from the check-ins, "
                             f"e.g. at {stray[:3]}")
            print(f"{objective}: {len(expected)} check-ins painted where their figures are")
    if failures:
        print(f"chart screenshot: {len(failures)} failed")
        return 1
    print("PASS: forecast charts rendered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
