#!/usr/bin/env python3
"""Self-check of check_readme.py against a fake `most` and tiny READMEs: it must pass what
matches and fail what does not. Run: python3 tests/readme/test_check_readme.py"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_readme.py")

FAKE_MOST = r"""#!/usr/bin/env bash
case "$1" in
  rules)
    [ "$2 $3" = "--format json" ] || exit 2
    printf '%s\n' '{"rules": [' \
      '  {"name": "alpha", "severity": "error", "summary": "finds a | b"},' \
      '  {"name": "beta", "severity": "warning", "summary": "finds beta"}' \
      ']}' ;;
  hello) echo hello; echo world ;;
  lines) seq "$2" ;;
  check) echo "checking $2"; echo "$2: error: bad [rule]" >&2; echo "1 error"; exit 1 ;;
  init) touch "$2"; echo "wrote $2" ;;
  env) echo "NO_COLOR=$NO_COLOR TZ=$TZ LC_ALL=$LC_ALL" ;;
  *) echo "most: error: unknown command $1" >&2; exit 2 ;;
esac
"""

GOOD_TABLE = """\
<!-- rules:begin -->
| rule | default | what it finds |
|---|---|---|
| `alpha` | error | finds a \\| b |
| `beta` | warning | finds beta |
<!-- rules:end -->
"""

STALE_TABLE = """\
<!-- rules:begin -->

| rule | default | what it finds |
|---|---|---|
| `alpha` | error | finds a \\| b |

<!-- rules:end -->
"""


def snapshot(root):
    """Every path under root with its size, mtime and content, to prove nothing changed."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            content = None
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as f:
                    content = f.read()
            state[os.path.relpath(path, root)] = (st.st_mode, st.st_size, st.st_mtime_ns, content)
    return state


class CheckReadmeTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="check-readme-test-")
        base = self._tmp.name
        self.source = os.path.join(base, "src")
        os.makedirs(os.path.join(self.source, "examples"))
        with open(os.path.join(self.source, "examples", "plan.yaml"), "w") as f:
            f.write("most: 1\n")
        self.most = os.path.join(base, "fake-most")
        with open(self.most, "w") as f:
            f.write(FAKE_MOST)
        os.chmod(self.most, 0o755)

    def tearDown(self):
        self._tmp.cleanup()

    def write_readme(self, body, table=GOOD_TABLE):
        text = "# fake\n\n" + textwrap.dedent(body) + "\n## Rules\n\n" + table
        with open(self.readme_path(), "w", encoding="utf-8") as f:
            f.write(text)
        return text

    def readme_path(self):
        return os.path.join(self.source, "README.md")

    def read_readme(self):
        with open(self.readme_path(), encoding="utf-8") as f:
            return f.read()

    def run_checker(self, *extra):
        proc = subprocess.run([sys.executable, "-B", CHECKER, self.most, self.source, *extra],
                              capture_output=True, text=True, timeout=120)
        return proc.returncode, proc.stdout + proc.stderr

    def assertPasses(self, *extra):
        status, out = self.run_checker(*extra)
        self.assertEqual(status, 0, out)
        self.assertIn("; 0 failed", out)
        return out

    def assertFails(self, *extra):
        status, out = self.run_checker(*extra)
        self.assertEqual(status, 1, out)
        self.assertIn("FAIL README.md:", out)
        return out

    def test_matching_readme_passes(self):
        self.write_readme("""\
            ```console
            $ most hello
            hello
            world\x20\x20\x20

            ```
            """)
        out = self.assertPasses()
        self.assertIn("README: 1 command, 1 rule table checked; 0 failed", out)

    def test_stderr_is_merged_and_exit_assertion_passes(self):
        self.write_readme("""\
            ```console
            $ most check examples/plan.yaml  # exit 1
            checking examples/plan.yaml
            examples/plan.yaml: error: bad [rule]
            1 error
            $ most env
            NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8
            ```
            """)
        self.assertPasses()

    def test_wrong_output_line_fails_with_line_and_diff(self):
        self.write_readme("""\
            ```console
            $ most hello
            hello
            there
            ```
            """)
        out = self.assertFails()
        self.assertIn("FAIL README.md:4 (console block at line 3): $ most hello", out)
        self.assertIn("-there", out)
        self.assertIn("+world", out)
        self.assertIn("1 failed", out)

    def test_blank_lines_inside_an_output_count(self):
        self.write_readme("""\
            ```console
            $ most lines 1; echo; most lines 2
            1
            1
            2
            ```
            """)
        out = self.assertFails()
        self.assertIn("\n     1\n    +\n     1\n", out)

    def test_ellipsis_matches_zero_and_several_lines(self):
        self.write_readme("""\
            ```console
            $ most lines 5
            1
            …
            5
            $ most lines 2
            1
            …
            2
            $ most lines 3
            …
            $ most lines 4
            …
            2
            …
            ```
            """)
        self.assertPasses()

    def test_ellipsis_does_not_hide_a_wrong_line(self):
        self.write_readme("""\
            ```console
            $ most lines 5
            1
            …
            6
            ```
            """)
        out = self.assertFails()
        self.assertIn("stands for any number of lines", out)

    def test_exit_assertion_mismatch_fails(self):
        self.write_readme("""\
            ```console
            $ most hello  # exit 1
            hello
            world
            ```
            """)
        out = self.assertFails()
        self.assertIn("exit status 0, expected 1", out)

    def test_every_mismatch_is_reported(self):
        self.write_readme("""\
            ```console
            $ most hello  # exit 3
            hello
            world
            $ most lines 1
            2
            ```

            ```console
            $ most lines 2
            1
            ```
            """, table=STALE_TABLE)
        out = self.assertFails()
        self.assertEqual(out.count("FAIL README.md:"), 4, out)
        self.assertIn("README: 3 commands, 1 rule table checked; 4 failed", out)

    def test_stale_rule_table_fails_and_update_fixes_only_the_table(self):
        before = self.write_readme("""\
            ```console
            $ most hello
            hello
            world
            ```
            """, table="intro\n\n" + STALE_TABLE + "\nafter the table\n")
        out = self.assertFails()
        self.assertIn("rule table differs", out)
        self.assertIn("+| `beta` | warning | finds beta |", out)
        self.assertPasses("--update")
        after = self.read_readme()
        self.assertPasses()
        head, _, rest = before.partition("<!-- rules:begin -->")
        _, _, tail = rest.partition("<!-- rules:end -->")
        self.assertTrue(after.startswith(head + "<!-- rules:begin -->\n"), after)
        self.assertTrue(after.endswith("<!-- rules:end -->" + tail), after)
        self.assertIn("| `beta` | warning | finds beta |\n", after)

    def test_file_block_must_equal_its_file_and_update_copies_it(self):
        os.makedirs(os.path.join(self.source, "tests"))
        with open(os.path.join(self.source, "tests", "golden.md"), "w") as f:
            f.write("## Changes\n\n| a | b |\n")
        self.write_readme("""\
            <!-- file: tests/golden.md -->
            ```markdown
            ## Changes

            | a | c |
            ```
            """)
        out = self.assertFails()
        self.assertIn("differs from tests/golden.md", out)
        self.assertPasses("--update")
        self.assertIn("```markdown\n## Changes\n\n| a | b |\n```", self.read_readme())
        self.assertPasses()

    def test_missing_rule_markers_fail(self):
        self.write_readme("", table="no table here\n")
        out = self.assertFails()
        self.assertIn("rules:begin", out)

    def test_commands_in_a_block_share_a_fresh_directory(self):
        self.write_readme("""\
            ```console
            $ most init plan.yaml
            wrote plan.yaml
            $ ls
            examples
            plan.yaml
            $ ls examples
            plan.yaml
            ```

            ```console
            $ ls
            examples
            ```
            """)
        self.assertPasses()

    def test_nothing_is_written_to_the_source_dir(self):
        self.write_readme("""\
            ```console
            $ most init x.yaml
            wrote x.yaml
            $ most init examples/new.yaml && echo changed > examples/plan.yaml
            wrote examples/new.yaml
            ```
            """)
        before = snapshot(self.source)
        self.assertPasses()
        self.assertEqual(snapshot(self.source), before)

    def test_other_fences_are_not_run(self):
        self.write_readme("""\
            ```sh
            $ most hello
            not checked
            ```

            ````markdown
            ```console
            $ most hello
            not checked either
            ```
            ````
            """)
        out = self.assertPasses()
        self.assertIn("README: 0 commands", out)

    def test_update_rewrites_stale_outputs_and_keeps_matching_ellipsis(self):
        self.write_readme("""\
            ```console
            $ most lines 4
            1
            …

            $ most hello
            hi

            $ most lines 2  # exit 0
            ```
            """)
        self.assertFails()
        out = self.assertPasses("--update")
        self.assertIn("2 updated", out)
        self.assertIn(textwrap.dedent("""\
            ```console
            $ most lines 4
            1
            …

            $ most hello
            hello
            world

            $ most lines 2  # exit 0
            1
            2
            ```
            """), self.read_readme())
        self.assertPasses()

    def test_update_does_not_fix_an_exit_mismatch(self):
        self.write_readme("""\
            ```console
            $ most hello  # exit 1
            hello
            world
            ```
            """)
        before = self.read_readme()
        out = self.assertFails("--update")
        self.assertIn("exit status 0, expected 1", out)
        self.assertEqual(self.read_readme(), before)


if __name__ == "__main__":
    unittest.main()
