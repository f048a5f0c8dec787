# fish completion for most(1); installed as share/fish/vendor_completions.d/most.fish.
# Rule names come from `most rules` at completion time, so they never drift from the binary.
# Keep the tables in step with most.bash and _most (tests/completions/run.sh checks all three
# against `most --help`).

# Directories and *.yaml/*.yml files that start with the token being completed.
function __most_plan_paths
    set -l token (commandline -ct)
    for path in $token*
        if test -d $path
            echo $path/
        else if string match -qr '\.ya?ml$' -- $path
            echo $path
        end
    end
end

# Rule names with their summaries: `most rules` prints "NAME SEVERITY SUMMARY" lines.
function __most_rules
    command most rules 2>/dev/null | string replace -r '^(\S+)\s+\S+\s+' '$1\t'
end

# Whether `most explain` still wants its rule (an -o/--output value is not one).
function __most_explain_needs_rule
    set -l after_output 0
    for token in (commandline -opc)[3..-1]
        if test $after_output = 1
            set after_output 0
        else if contains -- $token -o --output
            set after_output 1
        else if not string match -q -- '-*' $token
            return 1
        end
    end
    return 0
end

# Files are completed only where a command asks for them.
complete -c most -f

# most [--help | --version] COMMAND
set -l commands check status overdue team site rules explain init schema calendar diff review checkin done set lsp
set -l top "not __fish_seen_subcommand_from $commands"
complete -c most -n $top -s h -l help -d 'Print help and exit'
complete -c most -n $top -l version -d 'Print the version and exit'
complete -c most -n $top -a check -d 'Validate plans and report every finding'
complete -c most -n $top -a status -d 'Where each plan stands, per objective'
complete -c most -n $top -a overdue -d 'Tactics past due, grouped by owner'
complete -c most -n $top -a team -d "Each owner's load across the plans, most overdue first"
complete -c most -n $top -a site -d 'The organisation as a static website in a folder'
complete -c most -n $top -a rules -d 'List every rule'
complete -c most -n $top -a explain -d 'What a rule checks, why, and how to fix it'
complete -c most -n $top -a init -d 'Write a commented starter plan'
complete -c most -n $top -a schema -d 'Print the plan format as JSON Schema'
complete -c most -n $top -a calendar -d 'Tactic due days and milestones as an iCalendar feed'
complete -c most -n $top -a diff -d 'What changed between two versions of plans'
complete -c most -n $top -a review -d 'The cycle since a git revision, per owner and per objective'
complete -c most -n $top -a checkin -d "Record this week's figure for an objective"
complete -c most -n $top -a done -d 'Mark tactics done'
complete -c most -n $top -a set -d "Change a tactic's status, owner, due or start, or an objective's deadline or owner"
complete -c most -n $top -a lsp -d 'Language server for editors (LSP on standard input/output)'

complete -c most -n "__fish_seen_subcommand_from $commands" -s h -l help -d 'Print help and exit'

# Options of the commands that read plans: check, status, overdue, team, site, calendar, diff, review.
set -l plans '__fish_seen_subcommand_from check status overdue team site calendar diff review'
complete -c most -n $plans -a '(__most_plan_paths)' -d Plan
complete -c most -n $plans -s j -l jobs -x -d 'Plans checked at once'
complete -c most -n $plans -l as-of -x -d "The day 'today' means (YYYY-MM-DD)"
complete -c most -n $plans -l config -r -F -d 'Use this .most.yaml'
complete -c most -n $plans -l root -x -a '(__fish_complete_directories)' -d 'References stay inside this folder'
complete -c most -n $plans -l max-file-size -x -d 'Refuse larger files (bytes, or K, M, G)'
complete -c most -n '__fish_seen_subcommand_from check status overdue team diff review' -l color -x \
    -a 'auto always never' -d Colour
complete -c most -n '__fish_seen_subcommand_from check status overdue team calendar diff review rules explain schema' \
    -s o -l output -r -F -d 'Write to this file'
complete -c most -n '__fish_seen_subcommand_from site' -s o -l output -x \
    -a '(__fish_complete_directories)' -d 'The folder to write the site into'
complete -c most -n '__fish_seen_subcommand_from overdue calendar' -l owner -x \
    -d 'Only tactics of this owner (repeatable)'
complete -c most -n '__fish_seen_subcommand_from team' -l owner -x \
    -d 'Every tactic of this owner instead of the summary (repeatable)'

# --format values per command.
complete -c most -n '__fish_seen_subcommand_from check' -l format -x \
    -a 'text json markdown github sarif junit' -d 'Output format'
complete -c most -n '__fish_seen_subcommand_from status' -l format -x \
    -a 'text json markdown html' -d 'Output format'
complete -c most -n '__fish_seen_subcommand_from status' -l tree \
    -d 'Each objective with the objectives that align to it'
complete -c most -n '__fish_seen_subcommand_from overdue' -l format -x \
    -a 'text json markdown github junit' -d 'Output format'
complete -c most -n '__fish_seen_subcommand_from rules' -l format -x -a 'text json' -d 'Output format'
complete -c most -n '__fish_seen_subcommand_from team diff review' -l format -x \
    -a 'text json markdown' -d 'Output format'
complete -c most -n '__fish_seen_subcommand_from diff' -l since -x -d 'Compare with this git revision'
complete -c most -n '__fish_seen_subcommand_from review' -l since -x -d 'The git revision the cycle starts at'
complete -c most -n '__fish_seen_subcommand_from diff' -l fail-on -x \
    -a 'slip earlier due added removed completed dropped status owner target baseline horizon check-in' \
    -d 'Exit 1 on this kind of change'

complete -c most -n '__fish_seen_subcommand_from check' -l strict -d 'Warnings also fail the check'
complete -c most -n '__fish_seen_subcommand_from check' -s q -l quiet -d 'Print only the finding lines'
complete -c most -n '__fish_seen_subcommand_from check' -l fix -d 'Apply the safe fixes, then report what is left'
complete -c most -n '__fish_seen_subcommand_from check' -l unsafe-fixes -d 'Also the fixes that may be wrong'
complete -c most -n '__fish_seen_subcommand_from check' -l diff -d 'Print the fixes as a unified diff, write nothing'

complete -c most -n '__fish_seen_subcommand_from overdue' -l within -x \
    -d 'Also list tactics due within DAYS days'
complete -c most -n '__fish_seen_subcommand_from team' -l within -x \
    -d 'Due soon means due within DAYS days (default 14)'
complete -c most -n '__fish_seen_subcommand_from overdue' -l exit-code -d 'Exit 1 when anything is listed'

complete -c most -n '__fish_seen_subcommand_from explain; and __most_explain_needs_rule' \
    -a '(__most_rules)'

# most init [FILE]
complete -c most -n '__fish_seen_subcommand_from init' -F
complete -c most -n '__fish_seen_subcommand_from init' -l as-of -x -d "The day 'today' means (YYYY-MM-DD)"
complete -c most -n '__fish_seen_subcommand_from init' -l schema -x -d 'The $schema reference in the modeline'

# The commands that edit a plan: checkin, done, set.
set -l edits '__fish_seen_subcommand_from checkin done set'
complete -c most -n $edits -a '(__most_plan_paths)' -d Plan
complete -c most -n $edits -l as-of -x -d "The day 'today' means (YYYY-MM-DD)"
complete -c most -n $edits -s n -l dry-run -d 'Print the change as a unified diff, write nothing'
complete -c most -n $edits -l max-file-size -x -d 'Refuse larger files (bytes, or K, M, G)'
complete -c most -n '__fish_seen_subcommand_from checkin' -l date -x -d 'The day measured (YYYY-MM-DD)'
complete -c most -n '__fish_seen_subcommand_from checkin' -l note -x -d 'A remark kept with the check-in'
complete -c most -n '__fish_seen_subcommand_from checkin' -l replace -d 'Replace the check-in of that day'
complete -c most -n '__fish_seen_subcommand_from checkin' -l force -d 'Accept progress outside -100 %…300 %'
complete -c most -n '__fish_seen_subcommand_from done' -l on -x -d 'The day they were done (YYYY-MM-DD)'

# most lsp
complete -c most -n '__fish_seen_subcommand_from lsp' -l as-of -x -d "The day 'today' means (YYYY-MM-DD)"
complete -c most -n '__fish_seen_subcommand_from lsp' -l max-file-size -x -d 'Do not check larger documents (bytes, or K, M, G)'
complete -c most -n '__fish_seen_subcommand_from lsp' -l stdio -d 'Speak on standard input and output (the default)'
