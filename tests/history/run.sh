#!/usr/bin/env bash
# Reading history (issue 22): `most diff --since` starts a number of git processes that does
# not grow with the number of plans (a logging `git` first on PATH counts them), and a hostile
# repository — a huge blob, links out of the tree, a submodule entry, names with newlines and
# non-UTF-8 bytes, a git that answers garbage — neither crashes, hangs nor reads outside.
# Usage: run.sh MOST_BINARY SOURCE_DIR.
set -u
most=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=../harness.sh
source "$src/tests/harness.sh"

if ! command -v git >/dev/null; then
  echo "SKIP: git is not installed"
  exit 0
fi
real_git=$(command -v git)
asof=(--as-of 2026-05-04)
new_repo() {
  mkdir -p "$1/plans" && git -C "$1" init -q && git -C "$1" config user.email ci@example.com &&
    git -C "$1" config user.name CI && git -C "$1" config commit.gpgsign false
}
commit() { git add -A && git commit -q -m "$1"; }
plan() { # plan FILE DUE — a small plan whose one tactic is due on DUE
  cat >"$1" <<PLAN
most: 1
mission: {statement: To be one of the top five dealers in the region, start: 2026-01-01, deadline: 2026-12-31}
team: [{id: anna}]
objectives:
  - id: O1
    statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 100, target: 110}
    strategies:
      - id: S1
        statement: Visit the largest fleets
        tactics:
          - {id: T1, action: Visit the 15 largest fleets, owner: anna, due: $2}
PLAN
}

# A git that logs each start, then is the real one.
mkdir "$work/bin"
printf '#!/bin/sh\necho "$*" >>"%s"\nexec "%s" "$@"\n' "$work/starts" "$real_git" >"$work/bin/git"
chmod +x "$work/bin/git"
starts() { # starts N — git processes one `diff --since HEAD~1 plans/` starts over N plans
  local repo=$work/count-$1
  new_repo "$repo" && cd "$repo" || exit 2
  for i in $(seq "$1"); do plan "plans/p$i.yaml" 2026-05-15; done
  commit "week 1"
  for i in $(seq "$1"); do sed -i 's/due: 2026-05-15/due: 2026-05-22/' "plans/p$i.yaml"; done
  commit "week 2"
  : >"$work/starts"
  (PATH=$work/bin:$PATH exec "$most" diff --since HEAD~1 "${asof[@]}" plans/) >"$work/out" 2>"$work/err"
  [ $? -eq 0 ] || fail "diff over $1 plans: $(cat "$work/err")"
  cp "$work/starts" "$work/starts-$1"; wc -l <"$work/starts"
}

echo "-- the git processes started do not grow with the plans"
few=$(starts 3)
many=$(starts 60)
out_has "60 tactics slipped by 420 days in total"
[ "$few" -eq "$many" ] && pass || fail "3 plans started $few git processes, 60 started $many"
[ "$many" -le 6 ] && pass || fail "$many git processes for one diff: $(cat "$work/starts")"
grep -q "cat-file --batch" "$work/starts" && pass || fail "no cat-file --batch: $(cat "$work/starts")"
# Any --jobs prints the same.
cd "$work/count-60" || exit 2
for jobs in 1 2 7; do
  "$most" diff --since HEAD~1 "${asof[@]}" --format json --jobs "$jobs" plans/ >"$work/j$jobs"
done
grep -q '"slipped_days": 420' "$work/j1" && pass || fail "the JSON report over 60 plans"
cmp -s "$work/j1" "$work/j2" && cmp -s "$work/j1" "$work/j7" && pass || fail "--jobs changed the output"

# review: a `git log` of the commits and one of what each changed more, still not one per plan.
review_starts() { # review_starts N — git processes `review --since HEAD~1` starts over N plans
  cd "$work/count-$1" || exit 2
  : >"$work/starts"
  (PATH=$work/bin:$PATH exec "$most" review --since HEAD~1 "${asof[@]}" plans/) >"$work/out" 2>"$work/err"
  [ $? -eq 0 ] || fail "review over $1 plans: $(cat "$work/err")"
  wc -l <"$work/starts"
}
few=$(review_starts 3)
many=$(review_starts 60)
[ "$few" -eq "$many" ] && pass || fail "review: 3 plans started $few git processes, 60 started $many"
[ "$many" -le 8 ] && pass || fail "review: $many git processes: $(cat "$work/starts")"
cd "$work/count-60" || exit 2
for jobs in 1 2 7; do
  "$most" review --since HEAD~1 "${asof[@]}" --format json --jobs "$jobs" plans/ >"$work/r$jobs"
done
grep -q '"slip_days": 420, "due_moves": 60' "$work/r1" && pass || fail "the review over 60 plans: $(head -c 300 "$work/r1")"
cmp -s "$work/r1" "$work/r2" && cmp -s "$work/r1" "$work/r7" && pass || fail "--jobs changed the review"

echo "-- review over more commits starts no more git processes"
# Three more weeks: a slip, a plan deleted, a plan added and one made a link to another.
sed -i 's/due: 2026-05-22/due: 2026-05-29/' plans/p1.yaml plans/p2.yaml
commit "week 3"
git rm -q plans/p3.yaml
plan plans/new.yaml 2026-06-15
commit "week 4"
rm plans/p4.yaml && ln -s p5.yaml plans/p4.yaml
commit "week 5"
one=$(review_starts 60)
: >"$work/starts"
(PATH=$work/bin:$PATH exec "$most" review --since HEAD~4 "${asof[@]}" --format json plans/) >"$work/r4" 2>"$work/err" ||
  fail "review over four commits: $(cat "$work/err")"
four=$(wc -l <"$work/starts")
[ "$four" -eq "$one" ] && pass || fail "review over 4 commits started $four git processes, over 1 $one: $(cat "$work/starts")"
# What each commit changed (one `git log --raw`) gives the trees that listing each gives.
printf '#!/bin/sh\ncase " $* " in *" --raw "*) exit 1;; esac\nexec "%s" "$@"\n' "$real_git" >"$work/bin/git"
(PATH=$work/bin:$PATH exec "$most" review --since HEAD~4 "${asof[@]}" --format json plans/) >"$work/r4-listed" 2>"$work/err" ||
  fail "review with each tree listed: $(cat "$work/err")"
printf '#!/bin/sh\necho "$*" >>"%s"\nexec "%s" "$@"\n' "$work/starts" "$real_git" >"$work/bin/git"
cmp -s "$work/r4" "$work/r4-listed" && pass || fail "the trees from git log --raw differ: $(diff "$work/r4" "$work/r4-listed" | head -5)"
grep -q '"slip_days": 434' "$work/r4" && pass || fail "the review over four commits: $(head -c 400 "$work/r4")"

echo "-- a hostile repository"
repo=$work/hostile
new_repo "$repo" && cd "$repo" || exit 2
plan plans/a.yaml 2026-05-15
plan plans/big.yaml 2026-05-15
head -c 3000000 /dev/zero | tr '\0' '#' >>plans/big.yaml
plan "$work/secret.yaml" 2026-01-01
sed -i 's/top five dealers/SECRET dealers/' "$work/secret.yaml"
ln -s "../../secret.yaml" plans/up.yaml
ln -s "$work/secret.yaml" plans/absolute.yaml
ln -s loop.yaml plans/loop.yaml
plan $'plans/new\nline.yaml' 2026-05-15
plan $'plans/caf\xe9.yaml' 2026-05-15
commit "hostile"
# A submodule entry named like a plan: another repository's commit, never read as a blob.
git update-index --add --cacheinfo "160000,$(git rev-parse HEAD),plans/sub.yaml" && git commit -q -m sub
plan plans/big.yaml 2026-05-15
rm plans/up.yaml plans/absolute.yaml plans/loop.yaml
sed -i 's/2026-05-15/2026-05-20/' plans/a.yaml
run 2 diff --since HEAD "${asof[@]}" --max-file-size 1M plans/
err_has "plans/big.yaml' at HEAD is larger than --max-file-size"
# The blob after the skipped one still reads: the other plans are compared.
out_has "slipped: T1" && out_has "caf" && out_has "line.yaml"
out_lacks "SECRET" && out_lacks "sub.yaml"
grep -q "SECRET" "$work/err" && fail "a link led out of the repository" || pass
run 0 diff --since HEAD "${asof[@]}" plans/a.yaml && out_has "slipped: T1"

echo "-- a git that answers garbage, or a huge size, and ends"
for answer in 'zzz garbage' "$(git rev-parse HEAD:plans/a.yaml) blob 99999999999"; do
  cat >"$work/bin/git" <<FAKE
#!/bin/sh
for arg in "\$@"; do
  if [ "\$arg" = "--batch" ]; then printf '%s\n' '$answer'; exit 0; fi
done
exec "$real_git" "\$@"
FAKE
  (PATH=$work/bin:$PATH exec timeout 20 "$most" diff --since HEAD "${asof[@]}" plans/a.yaml) >"$work/out" 2>"$work/err"
  [ $? -eq 2 ] && pass || fail "a git answering '$answer' did not give exit 2"
  err_is_one_line && err_has "plans/a.yaml' at HEAD"
done

finish
