#!/usr/bin/env bash
# The Debian package as a new user gets it: its control fields, its files, and the first
# steps of the README (init, check, calendar, the editor schema) with the packaged binary.
# Usage: check_deb.sh PACKAGE.deb SOURCE_DIR [--install]
#   --install  also installs the package with apt-get (as root; CI does), so Depends is
#              resolved for real, and runs the same steps with /usr/bin/most.
set -u
deb=$(realpath "$1")
src=$(realpath "$2")
install=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2
most=/nonexistent # set per step below; harness.sh runs "$most"
# shellcheck source=../harness.sh
source "$src/tests/harness.sh"
asof=(--as-of 2026-11-27)

echo "-- control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = most ] && pass || fail "Package is '$(field Package)'"
version=$(sed -n 's/^project(most VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ "$(field Version)" = "$version" ] && pass || fail "Version '$(field Version)' is not $version"
depends=$(field Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libyaml-cpp libfmt; do
  grep -q "$library" <<<"$depends" && pass || fail "Depends does not name $library"
done

echo "-- files"
dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/files"
for file in ./usr/bin/most ./usr/share/man/man1/most.1 ./usr/share/most/most-plan.schema.json \
  ./usr/share/bash-completion/completions/most ./usr/share/zsh/vendor-completions/_most \
  ./usr/share/fish/vendor_completions.d/most.fish; do
  grep -qxF "$file" "$work/files" && pass || fail "the package lacks $file"
done

# walkthrough ROOT — the README's first steps with ROOT/usr/bin/most.
walkthrough() {
  local root=$1
  most=$root/usr/bin/most
  run 0 --version && out_has "most $version"
  mkdir -p "$work/team" && rm -f "$work/team/plan.yaml"
  (cd "$work/team" && "$most" init "${asof[@]}" >/dev/null) && pass || fail "init failed"
  # The modeline names the schema the package installed, and that file is `most schema`.
  head -1 "$work/team/plan.yaml" | grep -qxF \
    "# yaml-language-server: \$schema=$root/usr/share/most/most-plan.schema.json" && pass ||
    fail "modeline: $(head -1 "$work/team/plan.yaml")"
  run 0 schema && cmp -s "$work/out" "$root/usr/share/most/most-plan.schema.json" && pass ||
    fail "the packaged schema is not 'most schema'"
  run 0 check "${asof[@]}" "$work/team/plan.yaml" && out_has "no problems in 1 file"
  run 0 calendar "${asof[@]}" "$work/team/plan.yaml" -o "$work/team.ics" &&
    python3 "$src/tests/ical/strict_ics.py" "$work/team.ics" && pass ||
    fail "the calendar is not valid iCalendar"
  [ -f "$root/usr/share/man/man1/most.1" ] && pass || fail "no manual page"
}

echo "-- unpacked (dpkg-deb -x): the first steps"
dpkg-deb -x "$deb" "$work/root" && pass || fail "dpkg-deb -x failed"
walkthrough "$work/root"

if [ "$install" = --install ]; then
  echo "-- installed with apt-get: Depends resolved, the same steps with /usr/bin/most"
  apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 && pass ||
    { fail "apt-get install failed"; tail -5 "$work/apt.log"; }
  walkthrough ""
  [ -f /usr/share/bash-completion/completions/most ] && pass || fail "no bash completion"
fi

finish
