# bash completion for most(1); installed as share/bash-completion/completions/most.
# Uses the bash-completion package's helpers when they are loaded and plain COMP_WORDS and
# COMP_CWORD otherwise. Rule names come from `most rules` at completion time, so they never
# drift from the binary. Keep the tables in step with _most and most.fish
# (tests/completions/run.sh checks all three against `most --help`).

_most_commands="check status overdue team site rules explain init schema calendar diff review checkin done set lsp"

# _most_takes_value OPT — whether OPT takes a value in the next word (or after '=').
_most_takes_value() {
  case $1 in
    -o | --output | -j | --jobs | --as-of | --config | --root | --max-file-size | --format | --color | \
      --owner | --within | --schema | --since | --fail-on | --date | --note | --on) return 0 ;;
  esac
  return 1
}

# _most_options CMD — the options CMD accepts (no CMD: the global ones).
_most_options() {
  local plan="-o --output -j --jobs --as-of --config --root --max-file-size"
  case $1 in
    check) echo "-h --help --format $plan --color --strict -q --quiet --fix --unsafe-fixes --diff" ;;
    status) echo "-h --help --format $plan --color --tree" ;;
    overdue) echo "-h --help --format $plan --color --owner --within --exit-code" ;;
    team) echo "-h --help --format $plan --color --owner --within" ;;
    site) echo "-h --help $plan" ;;
    rules) echo "-h --help --format -o --output" ;;
    explain) echo "-h --help -o --output" ;;
    init) echo "-h --help --as-of --schema" ;;
    schema) echo "-h --help -o --output" ;;
    calendar) echo "-h --help $plan --owner" ;;
    diff) echo "-h --help --format $plan --color --since --fail-on" ;;
    review) echo "-h --help --format $plan --color --since" ;;
    checkin) echo "-h --help --as-of -n --dry-run --max-file-size --date --note --replace --force" ;;
    done) echo "-h --help --as-of -n --dry-run --max-file-size --on" ;;
    set) echo "-h --help --as-of -n --dry-run --max-file-size" ;;
    lsp) echo "-h --help --as-of --max-file-size --stdio" ;;
    '') echo "-h --help --version" ;;
  esac
}

# _most_formats CMD — the values of CMD's --format.
_most_formats() {
  case $1 in
    check) echo "text json markdown github sarif junit" ;;
    status) echo "text json markdown html" ;;
    overdue) echo "text json markdown github junit" ;;
    team) echo "text json markdown" ;;
    rules) echo "text json" ;;
    diff | review) echo "text json markdown" ;;
  esac
}

# _most_words WORDS — into COMPREPLY: those of the blank-separated WORDS that start with $cur.
_most_words() {
  mapfile -t COMPREPLY < <(IFS=$' \t\n' compgen -W "$1" -- "$cur")
}

# _most_files [plans] — into COMPREPLY: directories and files; only *.yaml/*.yml with "plans".
_most_files() {
  if declare -F _filedir >/dev/null; then
    if [[ ${1-} == plans ]]; then _filedir '@(yaml|yml)'; else _filedir; fi
    return
  fi
  compopt -o filenames 2>/dev/null
  if [[ ${1-} == plans ]]; then
    mapfile -t COMPREPLY < <(compgen -d -- "$cur"
      compgen -f -X '!*.yaml' -- "$cur"
      compgen -f -X '!*.yml' -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}

_most() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    # -n =: keep "--format=js" one word; it is split below as in the fallback.
    _init_completion -n = || return
  else
    COMPREPLY=()
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
    ((cword > 0)) || return
    cur=${words[cword]}
    prev=${words[cword - 1]}
  fi

  # --opt=value: readline splits it into "--opt" "=" "value" when '=' breaks words (the
  # default) and the value alone is replaced; without '=' in COMP_WORDBREAKS the whole word
  # is, so the replies need the "--opt=" prefix back.
  local prefix=
  if [[ $cur == = ]]; then
    cur=
  elif [[ $prev == = ]] && ((cword >= 2)); then
    prev=${words[cword - 2]}
  elif [[ $cur == --*=* ]]; then
    prev=${cur%%=*}
    cur=${cur#*=}
    [[ $COMP_WORDBREAKS == *=* ]] || prefix="$prev="
  fi

  # The command is the first word not an option (the global options take no value); count
  # the positional words after it, skipping option values.
  local i cmd='' npos=0
  for ((i = 1; i < cword; i++)); do
    if [[ ${words[i]} != -* ]]; then
      cmd=${words[i]}
      break
    fi
  done
  for ((i++; i < cword; i++)); do
    case ${words[i]} in
      =) ((i++)) ;;
      -*=*) ;;
      -*) _most_takes_value "${words[i]}" && [[ ${words[i + 1]-} != = ]] && ((i++)) ;;
      *) ((npos++)) ;;
    esac
  done

  case $prev in
    --format) _most_words "$(_most_formats "$cmd")" ;;
    --color) _most_words "auto always never" ;;
    --fail-on) _most_words "slip earlier due added removed completed dropped status owner target baseline horizon check-in" ;;
    -o | --output | --config) _most_files ;;
    --root) if declare -F _filedir >/dev/null; then _filedir -d; else
      compopt -o dirnames 2>/dev/null
      COMPREPLY=()
    fi ;;
    -j | --jobs | --as-of | --max-file-size | --owner | --within | --schema | --since | --date | \
      --note | --on) ;; # free text
    *)
      if [[ $cur == -* ]]; then
        _most_words "$(_most_options "$cmd")"
      elif [[ -z $cmd ]]; then
        _most_words "$_most_commands"
      else
        case $cmd in
          check | status | overdue | team | site | calendar | diff | review) _most_files plans ;;
          explain)
            ((npos == 0)) && _most_words "$(command most rules 2>/dev/null | awk '{print $1}')"
            ;;
          init) ((npos == 0)) && _most_files ;;
          checkin | done) ((npos == 0)) && _most_files plans ;;
          set)
            if ((npos == 0)); then _most_files plans; elif ((npos == 2)); then
              _most_words "status owner due start deadline"
            fi
            ;;
        esac
      fi
      ;;
  esac
  [[ -n $prefix ]] && COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
  return 0
}

complete -F _most most
