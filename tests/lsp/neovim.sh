#!/usr/bin/env bash
# `most lsp` in a real client: headless Neovim opens a plan with a misspelt owner, gets the
# diagnostic on its line, hovers an objective and applies the quick fix (tests/lsp/neovim.lua).
# Exit 77 (ctest's SKIP_RETURN_CODE) without nvim.
set -euo pipefail
most=$(realpath "$1")
src=$(realpath "$2")
command -v nvim >/dev/null 2>&1 || { echo "SKIP: nvim is not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# HOME and XDG folders of our own: no user configuration, shada or swap files are touched.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"
cp "$src/tests/lsp/plans/misspelt-owner.yaml" "$work/plan.yaml"
MOST="$most" PLAN="$work/plan.yaml" timeout 60 \
  nvim --headless -u NONE -i NONE -n -c "luafile $src/tests/lsp/neovim.lua" 2>&1
