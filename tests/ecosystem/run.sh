#!/usr/bin/env bash
# `most init`, `most schema` and `most calendar` through the real binary: files created and
# never overwritten, goldens, calendars read back by the strict RFC 5545 reader of tests/ical,
# and the layout `cmake --install` gives. Usage: run.sh MOST_BINARY SOURCE_DIR [BUILD_DIR]
# MOST_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing (review the diff!).
set -u
most=$(realpath "$1")
src=$(realpath "$2")
build=${3:-}
golden="$src/tests/golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2

# shellcheck source=../harness.sh
source "$src/tests/harness.sh"

asof=(--as-of 2026-11-27)
strict_ics() { python3 "$src/tests/ical/strict_ics.py" "$@"; }

echo "-- the version comes from CMake's project()"
version=$(sed -n 's/^project(most VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
run 0 --version && [ "$(cat "$work/out")" = "most $version" ] && pass ||
  fail "--version prints '$(cat "$work/out")', not 'most $version'"
grep -q "^\.TH MOST 1 .* \"most $version\"" "$src/man/most.1" && pass ||
  fail "the man page's .TH does not name most $version"

echo "-- init: a starter plan that passes check, never over an existing file"
mkdir "$work/new"
cd "$work/new" || exit 2
run 0 init "${asof[@]}" && out_has "wrote plan.yaml"
[ -f plan.yaml ] && pass || fail "init made no plan.yaml"
[ "$(stat -c %a plan.yaml)" = "$(printf '%o' $((0666 & ~$(umask))))" ] && pass ||
  fail "plan.yaml has mode $(stat -c %a plan.yaml), not 0666 less the umask"
run 0 check "${asof[@]}" plan.yaml && out_has "no problems in 1 file"
run 0 status "${asof[@]}" plan.yaml && out_has "on-track"
cp plan.yaml before.yaml
echo "mine" >mine.yaml
run 2 init "${asof[@]}" && err_is_one_line && err_has "never overwrites"
run 2 init mine.yaml "${asof[@]}" && err_is_one_line
cmp -s plan.yaml before.yaml && [ "$(cat mine.yaml)" = mine ] && pass || fail "init changed a file"
ln -s nowhere dangling.yaml
run 2 init dangling.yaml && err_is_one_line
[ ! -e nowhere ] && pass || fail "init wrote through a dangling symlink"
run 2 init mine.yaml/plan.yaml && err_is_one_line && err_has "mine.yaml/plan.yaml"
# A directory gets a plan.yaml inside; missing directories are made, as by git init.
mkdir team && run 0 init team "${asof[@]}" && out_has "wrote team/plan.yaml"
run 0 init regions/north/ "${asof[@]}" && out_has "wrote regions/north/plan.yaml"
run 0 init regions/2027.yaml "${asof[@]}" && [ -f regions/2027.yaml ] && pass || fail "no regions/2027.yaml"
run 2 init team "${asof[@]}" && err_is_one_line && err_has "team/plan.yaml"
run 2 init late.yaml --as-of 9999-06-01 && err_is_one_line
run 2 init spaced.yaml --schema "my schema.json" && err_is_one_line
run 2 init other.yaml --as-of 2026-02-30 && err_is_one_line
run 2 init other.yaml --schema $'a\nb' && err_is_one_line
[ ! -e other.yaml ] && pass || fail "a failed init left other.yaml"
ls -a | grep -q '\.most-' && fail "a failed init left a temporary file" || pass
cd "$src" || exit 2
golden init-2026-11-27.yaml init - "${asof[@]}" --schema /usr/share/most/most-plan.schema.json
run 0 init - "${asof[@]}" --schema https://example.com/plan.json &&
  out_has "# yaml-language-server: \$schema=https://example.com/plan.json"
# Without --schema the modeline names the installed schema; a binary that is not installed
# says that schema is not there (the install check below sees it is when installed).
run 0 init - "${asof[@]}" && out_has "/share/most/most-plan.schema.json"
if [ ! -f "$(sed -n 's/^# yaml-language-server: \$schema=//p' "$work/out")" ]; then
  err_has "warning: the modeline names"
fi

echo "-- schema (that schema/most-plan.schema.json is its output is a unit test)"
run 0 schema && cp "$work/out" "$work/printed.json"
run 0 schema -o "$work/schema.json" && out_empty
cmp -s "$work/schema.json" "$work/printed.json" && pass || fail "schema -o differs from stdout"
run 2 schema extra && err_is_one_line

echo "-- calendar: RFC 5545, read back strictly"
golden calendar-examples.ics calendar "${asof[@]}" examples/sales-dealer.yaml examples/team-anchors.yaml
run 0 calendar "${asof[@]}" examples/sales-dealer.yaml examples/team-anchors.yaml
cp "$work/out" "$work/examples.ics"
strict_ics "$work/examples.ics" >"$work/strict" 2>&1 && pass || { fail "strict reader:"; head "$work/strict"; }
strict_ics --json "$work/examples.ics" >"$work/parsed.json" 2>/dev/null
python3 - "$work/parsed.json" <<'PY' && pass || fail "parsed calendar content"
import json, sys
cal = json.load(open(sys.argv[1]))
events = cal["events"]
uids = [e["UID"] for e in events]
assert len(uids) == len(set(uids)), "UIDs repeat"
first = next(e for e in events if e["UID"] == "tactic/T1@examples/sales-dealer.yaml")
assert first["SUMMARY"] == "[done] Post two job openings (lisa)", first["SUMMARY"]
assert first["DTSTART"]["value"] == "20260130" and first["DTSTART"]["params"] == {"VALUE": "DATE"}
assert first["DTEND"]["value"] == "20260131"
assert "Strategy S1: Increase sales coverage" in first["DESCRIPTION"]
assert "\nObjective O1: Increase sales volume by 10% by June 30\n" in first["DESCRIPTION"]
assert all(e["DTSTAMP"]["value"] == "20261127T000000Z" for e in events)
PY
# Every plan of the repository gives a calendar the strict reader accepts, hostile ones too.
# A plan with nothing dated gives a calendar without events: RFC 5545 §3.6 asks for at least
# one component, but a feed that is empty today must not fail the job that publishes it.
for plan in examples/*.yaml tests/fuzz/regressions/*.yaml tests/cli/plans/*.yaml; do
  "$most" calendar "${asof[@]}" "$plan" >"$work/one.ics" 2>/dev/null
  [ -s "$work/one.ics" ] || continue
  allow=()
  grep -q "^BEGIN:VEVENT" "$work/one.ics" || allow=(--allow-empty)
  strict_ics "${allow[@]}" "$work/one.ics" >"$work/strict" 2>&1 && pass ||
    { fail "calendar of $plan:"; head -3 "$work/strict"; }
done
# The reader is live: the same calendar with bare LF line ends is refused.
tr -d '\r' <"$work/examples.ics" >"$work/lf.ics"
strict_ics "$work/lf.ics" 2>/dev/null && fail "the strict reader accepts LF line ends" || pass
run 0 calendar "${asof[@]}" --owner anna examples/sales-dealer.yaml
grep -c "^BEGIN:VEVENT" "$work/out" | grep -qx 5 && pass || fail "anna's feed has not 5 events"
grep -q "Milestone" "$work/out" && fail "a personal feed has milestones" || pass
run 2 calendar "${asof[@]}" examples/sales-dealer.yaml --owner anan && err_is_one_line &&
  err_has "did you mean 'anna'"
run 2 calendar --format json examples/sales-dealer.yaml && err_is_one_line
run 2 calendar "${asof[@]}" "$work/none.yaml" && err_is_one_line
printf 'just: text\n' >"$work/notaplan.yaml"
run 2 calendar "${asof[@]}" "$work/notaplan.yaml" && err_has "cannot report on"
# Same plans, same as-of day: the same bytes, so a feed only changes when the plan does.
"$most" calendar "${asof[@]}" examples/ >"$work/a.ics"
"$most" calendar "${asof[@]}" examples/ >"$work/b.ics"
cmp -s "$work/a.ics" "$work/b.ics" && pass || fail "two runs differ"
run 0 calendar "${asof[@]}" examples/sales-dealer.yaml -o "$work/feed.ics" && out_empty
cmp -s "$work/feed.ics" <("$most" calendar "${asof[@]}" examples/sales-dealer.yaml) && pass ||
  fail "calendar -o differs from stdout"

if [ -n "$build" ]; then
  echo "-- cmake --install: the layout of a Unix tool"
  cmake --install "$build" --prefix "$work/prefix" >/dev/null && pass || fail "cmake --install failed"
  for file in bin/most share/man/man1/most.1 share/most/most-plan.schema.json \
    share/bash-completion/completions/most share/zsh/site-functions/_most \
    share/fish/vendor_completions.d/most.fish; do
    [ -f "$work/prefix/$file" ] && pass || fail "cmake --install did not install $file"
  done
  # The installed binary's modeline names the schema installed beside it, without a warning.
  most=$work/prefix/bin/most
  run 0 init - "${asof[@]}" && [ ! -s "$work/err" ] && pass || fail "warning: $(cat "$work/err")"
  grep -qxF "# yaml-language-server: \$schema=$work/prefix/share/most/most-plan.schema.json" \
    <(head -1 "$work/out") && pass || fail "modeline: $(head -1 "$work/out")"
fi

finish
