#!/usr/bin/env bash
# Shell completions, exercised the way each shell runs them: bash's completion function called
# with COMP_WORDS set by hand (with and without the bash-completion package's helpers), fish's
# `complete -C`, and zsh's completion widget on a pseudo-terminal (zsh/zpty). Then a drift
# check: every command `most --help` lists and every long option `most CMD --help` lists must
# be in each of the three files. Shells that are not installed are only checked by that grep.
# Usage: run.sh MOST_BINARY SOURCE_DIR
set -u
most=$(realpath "$1")
src=$(realpath "$2")
comp="$src/completions"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2

# shellcheck source=../harness.sh
source "$src/tests/harness.sh"

# The completions run `most rules`: make that the binary under test.
mkdir "$work/bin" && ln -s "$most" "$work/bin/most"
export PATH="$work/bin:$PATH"

# What the binary under test says it has.
commands=$("$most" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} /^$/ {on = 0}')
rules=$("$most" rules | awk '{print $1}')
# long_options ARGS... — the long options `most ARGS --help` lists, one a line.
long_options() {
  "$most" "$@" --help | grep -oE '^ +(-[a-zA-Z], *)?--[a-z][a-z0-9-]*' | sed 's/.*--/--/'
}
case $commands in *check*) ;; *) fail "no commands parsed from 'most --help'" ;; esac
case $rules in *tactic-owner*) ;; *) fail "no rules parsed from 'most rules'" ;; esac

# A folder to complete paths in: plans are *.yaml, *.yml and folders; -o takes any file.
tree="$work/tree"
mkdir -p "$tree/sub" && touch "$tree/a.yaml" "$tree/b.yml" "$tree/notes.txt"

# bash_complete MODE LINE — what bash offers for LINE with the cursor at its end. MODE plain:
# no helpers; helpers: the bash-completion package loaded first. Words are split as readline
# splits them with its default COMP_WORDBREAKS: at blanks, and '=' is a word of its own.
bash_complete() {
  bash --norc --noprofile -c '
    [ "$1" = helpers ] && source /usr/share/bash-completion/bash_completion
    source "$2"
    COMP_WORDBREAKS=$4
    COMP_LINE=$3
    COMP_POINT=${#3}
    read -ra COMP_WORDS <<<"${3//=/ = }"
    [[ $3 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _most most "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}"
  ' bash "$1" "$comp/most.bash" "$2" $' \t\n"\'><=;|&(:'
}

# fish_complete LINE — what fish offers for LINE; the descriptions after a tab are dropped.
# shellcheck disable=SC2016 # $MOST_FILE and $MOST_LINE are for fish to expand
fish_complete() {
  MOST_FILE="$comp/most.fish" MOST_LINE=$1 fish --no-config -c \
    'source $MOST_FILE; complete -C $MOST_LINE' | cut -f1
}

# zsh runs the completion widget for real: a zsh script types each line read on its standard
# input into an interactive zsh on a pseudo-terminal, presses Tab, records every candidate
# passed to compadd, and prints them followed by --end--.
cat >"$work/complete.zsh" <<'EOF'
zmodload zsh/zpty || exit 3
local src=$1 out=$2 line junk i
zpty z 'TERM=dumb zsh -f -i'
zpty -w z "PS1= RPS1= LISTMAX=100000; fpath=(${(q)src}/completions \$fpath)"
zpty -w z "autoload -Uz compinit && compinit -u -D && bindkey -e"
# compadd records the matches it is given (after matching, as the widget would add them),
# then adds them; calls that only query (-O, -A, -D) pass straight through.
zpty -w z "compadd() { if (( \${@[(I)-[OAD]]} )); then builtin compadd \"\$@\"; return; fi;
  local -a __m; builtin compadd -O __m \"\$@\"; (( \$#__m )) && print -rl -- \$__m >>${(q)out};
  builtin compadd \"\$@\"; }"
# Tab runs the completion, then marks the end of its matches.
zpty -w z "__most_tab() { zle complete-word; print -r -- --done-- >>${(q)out}; }
  zle -N __most_tab && bindkey '^I' __most_tab"
while IFS= read -r line; do
  : >$out
  zpty -w -n z "$line"$'\t'
  for i in {1..2400}; do
    while zpty -r -t z junk 2>/dev/null; do :; done
    [[ $(<$out) == *--done--* ]] && break
    sleep 0.05
  done
  [[ $(<$out) == *--done--* ]] || print -r -- "--timeout--"
  grep -vx -- --done-- $out
  print -r -- --end--
  zpty -w -n z $'\C-u'
done
zpty -d z
EOF

# zsh_complete LINE — what zsh offers for LINE, from the script above running in the
# background behind two pipes (opened by the zsh section below).
# After one line goes unanswered the others are not waited for. The waits (two minutes for
# zsh to answer) only guard against a hang; a loaded machine must not fail the test.
zsh_complete() {
  local candidate
  [ -e "$work/zsh-stuck" ] && echo "--zsh-stuck--" && return
  printf '%s\n' "$1" >&"$zsh_in"
  while IFS= read -r -t 150 -u "$zsh_out" candidate; do
    [ "$candidate" = --end-- ] && return 0
    [ "$candidate" = --timeout-- ] && touch "$work/zsh-stuck"
    printf '%s\n' "$candidate"
  done
  touch "$work/zsh-stuck"
  echo "--no-answer-from-zsh--"
}

# offered SHELL LINE — the candidates, one a line, sorted, paths reduced to their last name
# and "--opt=" dropped (fish repeats it), so the shells compare alike.
offered() {
  "${1}_complete" "${@:2}" | sed 's#/$##; s#^.*/##; s/^--[a-z-]*=//' | sort
}
words() { printf '%s\n' "$@" | sort; }

# offers SHELL LINE WORD... — the candidates are exactly the WORDs.
offers() {
  local got want
  got=$(offered "$1" "$2")
  want=$(words "${@:3}")
  [ "$got" = "$want" ] && pass || fail "$1: '$2' offers [${got//$'\n'/ }], expected [${want//$'\n'/ }]"
}
# offers_all SHELL LINE WORD... — the candidates include every WORD.
offers_all() {
  local got word missing=
  got=$(offered "$1" "$2")
  for word in "${@:3}"; do
    [[ $'\n'$got$'\n' == *$'\n'"$word"$'\n'* ]] || missing+=" $word"
  done
  [ -z "$missing" ] && pass || fail "$1: '$2' lacks$missing (offers [${got//$'\n'/ }])"
}
# offers_none SHELL LINE WORD... — the candidates include none of the WORDs.
offers_none() {
  local got word extra=
  got=$(offered "$1" "$2")
  for word in "${@:3}"; do
    [[ $'\n'$got$'\n' == *$'\n'"$word"$'\n'* ]] && extra+=" $word"
  done
  [ -z "$extra" ] && pass || fail "$1: '$2' offers$extra"
}

# The same expectations for every shell.
# shellcheck disable=SC2046,SC2086 # $commands, $rules and $(long_options) are lists of words
check_shell() {
  local sh=$1 cmd
  offers_all "$sh" "most " $commands
  offers "$sh" "most ch" check checkin
  offers "$sh" "most checkin --re" --replace
  offers "$sh" "most done --o" --on
  offers "$sh" "most --" --help --version
  offers "$sh" "most check --fo" --format
  offers "$sh" "most check --format " text json markdown github sarif junit
  offers "$sh" "most check --format=" text json markdown github sarif junit
  offers "$sh" "most check --format=ma" markdown
  offers "$sh" "most status --format " text json markdown html
  offers "$sh" "most status --tr" --tree
  offers "$sh" "most overdue --format " text json markdown github junit
  offers "$sh" "most team --format " text json markdown
  offers "$sh" "most rules --format " text json
  offers "$sh" "most check --color " auto always never
  offers "$sh" "most check -j 2 --color=al" always
  offers "$sh" "most explain tac" $(grep '^tac' <<<"$rules")
  offers "$sh" "most explain " $rules
  offers_none "$sh" "most explain tactic-owner " $rules
  offers_all "$sh" "most overdue --" --owner --within --exit-code --format --color
  offers_all "$sh" "most team --" --owner --within --format --color --as-of --output --config
  offers_none "$sh" "most team --" --exit-code --strict
  offers "$sh" "most team $tree/" a.yaml b.yml sub
  offers_all "$sh" "most init --" --as-of --schema
  offers_all "$sh" "most calendar --" --owner --as-of --output --jobs --config --max-file-size
  offers_none "$sh" "most calendar --" --format --color
  offers_none "$sh" "most check --" --owner --within --schema
  offers "$sh" "most check $tree/" a.yaml b.yml sub
  offers "$sh" "most status --format json $tree/" a.yaml b.yml sub
  offers_all "$sh" "most check -o $tree/" a.yaml notes.txt sub
  offers_all "$sh" "most check --config $tree/" notes.txt
  offers_all "$sh" "most init $tree/" notes.txt
  # Drift, for real: every long option the binary lists is offered.
  for cmd in $commands; do
    offers_all "$sh" "most $cmd --" $(long_options "$cmd")
  done
}

bash_plain_complete() { bash_complete plain "$1"; }
bash_helpers_complete() { bash_complete helpers "$1"; }

echo "-- bash, plain COMP_WORDS"
bash -n "$comp/most.bash" && pass || fail "most.bash does not parse"
check_shell bash_plain

if [ -f /usr/share/bash-completion/bash_completion ]; then
  echo "-- bash, with the bash-completion package's helpers"
  check_shell bash_helpers
else
  echo "note: bash-completion is not installed; only the plain-bash path was exercised"
fi

if command -v fish >/dev/null 2>&1; then
  echo "-- fish"
  fish --no-config -n "$comp/most.fish" && pass || fail "most.fish does not parse"
  check_shell fish
else
  echo "note: fish is not installed; most.fish is only checked by grep below"
fi

if command -v zsh >/dev/null 2>&1; then
  echo "-- zsh"
  zsh -n "$comp/_most" && pass || fail "_most does not parse"
  if zsh -fc 'zmodload zsh/zpty' 2>/dev/null; then
    mkfifo "$work/zsh-in" "$work/zsh-out"
    zsh -f "$work/complete.zsh" "$src" "$work/zsh-matches" <"$work/zsh-in" >"$work/zsh-out" &
    zsh_pid=$!
    exec {zsh_in}>"$work/zsh-in" {zsh_out}<"$work/zsh-out"
    check_shell zsh
    exec {zsh_in}>&- {zsh_out}<&-
    wait "$zsh_pid"
  else
    echo "note: zsh has no zsh/zpty module; _most is only syntax-checked and grepped"
  fi
else
  echo "note: zsh is not installed; _most is only checked by grep below"
fi

# grep_has FILE REGEX WHAT — FILE mentions WHAT (found by the extended REGEX).
grep_has() {
  grep -qE -- "$2" "$1" && pass || fail "$(basename "$1") lacks $3 (listed by the binary's --help)"
}

echo "-- drift: every command and long option of the binary is in each file"
end='([^a-z0-9-]|$)'
for cmd in $commands; do
  grep_has "$comp/most.bash" "^_most_commands=.*[\" ]${cmd}[\" ]" "command $cmd"
  grep_has "$comp/most.fish" "-a $cmd -d " "command $cmd"
  grep_has "$comp/_most" "^ +'$cmd:" "command $cmd"
done
for cmd in "" $commands; do
  # shellcheck disable=SC2086 # no command: the global options
  for option in $(long_options $cmd); do
    grep_has "$comp/most.bash" "$option$end" "${cmd:-most} $option"
    grep_has "$comp/most.fish" "-l ${option#--}$end" "${cmd:-most} $option"
    grep_has "$comp/_most" "$option$end" "${cmd:-most} $option"
  done
done

finish
