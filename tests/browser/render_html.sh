#!/usr/bin/env bash
# Renders the HTML status report in headless Chromium and checks the screenshot is not blank:
# the page must lay out and paint with no network, scripts or fonts to fetch.
#
#   tests/browser/render_html.sh MOST_BINARY SOURCE_DIR
#
# Skipped (exit 0, with a message) where Chromium is not installed; .ci/run installs it.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 MOST_BINARY SOURCE_DIR" >&2
  exit 2
fi
most=$(realpath "$1")
source_dir=$(realpath "$2")

chromium=""
if [[ -x /usr/bin/chromium ]]; then
  chromium=/usr/bin/chromium
elif command -v chromium >/dev/null 2>&1; then
  chromium=$(command -v chromium)
fi
if [[ -z "$chromium" ]]; then
  echo "SKIP: chromium not installed; HTML report not rendered"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "FAIL: python3 is needed to read the screenshot" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$source_dir" &&
  "$most" status --format html --as-of 2026-11-27 examples/sales-dealer.yaml) >"$tmp/out.html"
echo "report: $(wc -c <"$tmp/out.html") bytes of HTML"

# Chromium's own chatter (D-Bus, GPU) goes to its log; it is shown only when rendering fails.
status=0
timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --window-size=1280,2000 \
  --screenshot="$tmp/shot.png" "file://$tmp/out.html" >"$tmp/chromium.log" 2>&1 || status=$?
if [[ $status -ne 0 || ! -s "$tmp/shot.png" ]]; then
  echo "FAIL: chromium exited with $status and wrote no screenshot" >&2
  tail -n 20 "$tmp/chromium.log" >&2
  exit 1
fi

# Decode the PNG with the standard library only (zlib + struct) and measure it.
python3 - "$tmp/shot.png" <<'PY'
import struct
import sys
import zlib

path = sys.argv[1]
data = open(path, "rb").read()
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
channels = {2: 3, 6: 4, 0: 1, 4: 2}.get(color_type)
if depth != 8 or channels is None or interlace != 0:
    sys.exit(f"FAIL: unexpected PNG format (depth {depth}, colour type {color_type})")

raw = zlib.decompress(b"".join(idat))
stride = width * channels
previous = bytearray(stride)
colours, non_white = set(), 0
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
    for i in range(0, stride, channels):
        pixel = bytes(line[i:i + min(channels, 3)])
        colours.add(pixel)
        if any(c < 250 for c in pixel):
            non_white += 1
    previous = line

share = 100.0 * non_white / (width * height)
print(f"screenshot: {width}x{height}, {len(colours)} distinct colours, "
      f"{share:.1f}% non-white pixels")
if share <= 1.0 or len(colours) <= 5:
    sys.exit("FAIL: the screenshot looks blank")
print("PASS: HTML report rendered")
PY
