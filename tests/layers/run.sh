#!/usr/bin/env bash
# The layers hold: scripts/check-layers passes on the tree and fails on the same tree with one
# include against the flow; and the build itself refuses that include (a source built with the
# load library's include path cannot see a view's header).
# Usage: run.sh SOURCE_DIR BUILD_DIR
set -u
src=$(realpath "$1")
build=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }

if out=$(python3 "$src/scripts/check-layers" "$src" 2>&1); then pass; else fail "the tree: $out"; fi

# The same tree with one deliberate bad include, then a private header of another layer.
mkdir -p "$work/tree"
cp -r "$src/src" "$src/include" "$work/tree/"
echo '#include <most/status.hpp>' >>"$work/tree/src/load/load_plan.cpp"
bad_line=$(wc -l <"$work/tree/src/load/load_plan.cpp")
if out=$(python3 "$src/scripts/check-layers" "$work/tree" 2>&1); then
  fail "a bad include passed: $out"
else
  grep -qF "src/load/load_plan.cpp:$bad_line: layer 'load' includes <most/status.hpp> of layer 'views'" <<<"$out" &&
    [ "$(grep -c "includes" <<<"$out")" -eq 1 ] && pass || fail "unexpected report: $out"
fi
cp "$src/src/load/load_plan.cpp" "$work/tree/src/load/load_plan.cpp"
echo '#include "../rules/checks.hpp"' >>"$work/tree/src/views/status.cpp"
if out=$(python3 "$src/scripts/check-layers" "$work/tree" 2>&1); then
  fail "a private header of another layer passed: $out"
else
  grep -qF "layer 'views' includes \"../rules/checks.hpp\"" <<<"$out" && pass ||
    fail "unexpected report: $out"
fi

# The build: the probe target compiles tests/layers/load_includes_views.cpp against most_load.
if out=$(cmake --build "$build" --target layer_probe 2>&1); then
  fail "the build accepted a loader source that includes a view's header"
else
  grep -q "most/status.hpp" <<<"$out" && pass || fail "the probe failed for another reason: $out"
fi

echo "layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
