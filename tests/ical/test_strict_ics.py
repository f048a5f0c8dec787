#!/usr/bin/env python3
"""Self-test of strict_ics.py: a good calendar passes, and every rule catches its breach.

Run: python3 tests/ical/test_strict_ics.py   (unittest; standard library only)

Each bad case is the good calendar with one change, and the test asserts the exact list of
(line, message fragment) errors that change causes, so a rule that stopped firing, fired
on the wrong line or fired on the good calendar fails the test.
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import strict_ics  # noqa: E402

# A 75-octet line (the §3.1 maximum) that ends with a complete 2-octet "é", folded before
# a 2-octet "è" and then again with an HTAB (only the one whitespace octet is removed).
SUMMARY_1 = "SUMMARY:Café crème brûlée at Zürich – déjà vu: a naïve Ørsted é"
SUMMARY_2 = " è—the team\\, with 🎂"
SUMMARY_3 = "\t cake"
SUMMARY_TEXT = "Café crème brûlée at Zürich – déjà vu: a naïve Ørsted éè—the team, with 🎂 cake"

# The "\," escape is split by the fold: unfolding comes first, so it is still an escape.
DESCRIPTION_1 = "DESCRIPTION:Tactic T1\\, planned\\nStrategy S1: win\\; then grow \\\\ keep\\"
DESCRIPTION_2 = " , done"
DESCRIPTION_TEXT = "Tactic T1, planned\nStrategy S1: win; then grow \\ keep, done"

GOOD = [
    "BEGIN:VCALENDAR",  # 1
    "VERSION:2.0",  # 2
    "PRODID:-//most//most test//EN",  # 3
    "CALSCALE:GREGORIAN",  # 4
    "X-WR-CALNAME:Grow ARR\\, EMEA",  # 5
    "BEGIN:VEVENT",  # 6
    "UID:tactic/T1@plans/q1.yaml",  # 7
    "DTSTAMP:20260101T000000Z",  # 8
    "DTSTART;VALUE=DATE:20260215",  # 9
    "DTEND;VALUE=DATE:20260216",  # 10
    SUMMARY_1,  # 11
    SUMMARY_2,  # 12
    SUMMARY_3,  # 13
    DESCRIPTION_1,  # 14
    DESCRIPTION_2,  # 15
    "CATEGORIES:tactic,deadline\\,hard",  # 16
    "TRANSP:TRANSPARENT",  # 17
    "STATUS:CONFIRMED",  # 18
    'ATTENDEE;CN="Doe, Jane: Sales";ROLE=REQ-PARTICIPANT:mailto:jane@example.com',  # 19
    "BEGIN:VALARM",  # 20
    "ACTION:DISPLAY",  # 21
    "DESCRIPTION:Due tomorrow",  # 22
    "TRIGGER:-P1D",  # 23
    "END:VALARM",  # 24
    "END:VEVENT",  # 25
    "BEGIN:VEVENT",  # 26
    "UID:milestone/O1.M1@plans/q1.yaml",  # 27
    "DTSTAMP:20260101T000000Z",  # 28
    "DTSTART;VALUE=DATE:20240229",  # 29
    'SUMMARY:Leap day: "quoted" milestone',  # 30
    "END:VEVENT",  # 31
    "END:VCALENDAR",  # 32
]


def line_of(text, lines=GOOD):
    """1-based line number of the first line equal to `text`."""
    return lines.index(text) + 1


def ics(lines):
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def replaced(old, *new, lines=GOOD):
    """GOOD with the line `old` replaced by the lines `new` (none: deleted)."""
    i = lines.index(old)
    return lines[:i] + list(new) + lines[i + 1:]


def inserted(after, *new, lines=GOOD):
    i = lines.index(after) + 1
    return lines[:i] + list(new) + lines[i:]


class StrictIcsTest(unittest.TestCase):
    def errors(self, data):
        cal, errors = strict_ics.parse(data)
        return errors

    def assertErrors(self, data, expected):
        """`expected`: [(line, fragment), ...]; the errors must match it one for one."""
        errors = self.errors(data)
        shown = "\n".join(str(e) for e in errors) or "(none)"
        self.assertEqual(len(errors), len(expected),
                         f"expected {len(expected)} error(s) {expected}, got:\n{shown}")
        for error, (line, fragment) in zip(errors, sorted(expected, key=lambda x: x[0])):
            self.assertEqual(error.line, line, f"wrong line for {fragment!r}:\n{shown}")
            self.assertIn(fragment, error.message, f"\n{shown}")

    def assertValid(self, data):
        self.assertErrors(data, [])

    # --- the good calendar -------------------------------------------------------------

    def test_fixture_is_what_it_claims(self):
        # The good case only tests the 75-octet boundary and the fold between two
        # multi-octet characters if the fixture really is built that way.
        self.assertEqual(len(SUMMARY_1.encode("utf-8")), 75)
        self.assertEqual(SUMMARY_1[-1], "é")
        self.assertGreater(len(SUMMARY_2[1].encode("utf-8")), 1)
        self.assertTrue(all(len(line.encode()) <= 75 for line in GOOD))

    def test_good_calendar_has_no_errors(self):
        self.assertValid(ics(GOOD))

    def test_good_calendar_unescaped_content(self):
        cal, errors = strict_ics.parse(ics(GOOD))
        self.assertEqual(errors, [])
        self.assertEqual(cal["properties"]["VERSION"], {"value": "2.0", "params": {}})
        self.assertEqual(cal["properties"]["PRODID"], "-//most//most test//EN")
        self.assertEqual(cal["properties"]["X-WR-CALNAME"], "Grow ARR, EMEA")
        self.assertEqual(len(cal["events"]), 2)
        first, second = cal["events"]
        self.assertEqual(first["SUMMARY"], SUMMARY_TEXT)
        self.assertEqual(first["DESCRIPTION"], DESCRIPTION_TEXT)
        self.assertEqual(first["UID"], "tactic/T1@plans/q1.yaml")
        self.assertEqual(first["DTSTART"], {"value": "20260215", "params": {"VALUE": "DATE"}})
        self.assertEqual(first["DTEND"], {"value": "20260216", "params": {"VALUE": "DATE"}})
        self.assertEqual(first["CATEGORIES"], ["tactic", "deadline,hard"])
        self.assertEqual(first["TRANSP"]["value"], "TRANSPARENT")
        self.assertEqual(first["ATTENDEE"], [{"value": "mailto:jane@example.com", "params": {
            "CN": "Doe, Jane: Sales", "ROLE": "REQ-PARTICIPANT"}}])
        self.assertEqual(first["alarms"][0]["TRIGGER"], {"value": "-P1D", "params": {}})
        self.assertEqual(second["SUMMARY"], 'Leap day: "quoted" milestone')
        self.assertNotIn("alarms", second)
        self.assertNotIn("components", cal)
        json.dumps(cal)  # JSON-serialisable

    def test_75_octets_is_allowed(self):
        self.assertValid(ics(replaced(DESCRIPTION_1, "DESCRIPTION:" + "x" * 63,
                                      lines=replaced(DESCRIPTION_2))))

    def test_recurrence_instances_may_share_a_uid(self):
        lines = replaced("UID:milestone/O1.M1@plans/q1.yaml", "UID:tactic/T1@plans/q1.yaml",
                         "RECURRENCE-ID;VALUE=DATE:20260215")
        self.assertValid(ics(lines))

    def test_method_makes_dtstart_optional(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229",
                         lines=inserted("CALSCALE:GREGORIAN", "METHOD:PUBLISH"))
        self.assertValid(ics(lines))

    # --- §3.1 line breaks, length, folding, UTF-8 --------------------------------------

    def test_bare_lf(self):
        data = ics(GOOD).replace(b"UID:tactic/T1@plans/q1.yaml\r\n",
                                 b"UID:tactic/T1@plans/q1.yaml\n")
        self.assertErrors(data, [(7, "bare LF")])

    def test_bare_cr(self):
        data = ics(GOOD).replace(b"TRANSP:TRANSPARENT", b"TRANSP:TRANS\rPARENT")
        self.assertErrors(data, [(17, "bare CR")])

    def test_missing_final_crlf(self):
        data = ics(GOOD)[:-2]
        self.assertErrors(data, [(32, "no line break")])

    def test_76_octet_line(self):
        line = "DESCRIPTION:" + "x" * 64
        self.assertEqual(len(line), 76)
        lines = replaced(DESCRIPTION_1, line, lines=replaced(DESCRIPTION_2))
        self.assertErrors(ics(lines), [(14, "76 octets")])

    def test_length_counts_octets_not_characters(self):
        line = "SUMMARY:" + "é" * 34  # 42 characters, 76 octets
        lines = replaced(SUMMARY_1, line, lines=replaced(SUMMARY_2, lines=replaced(SUMMARY_3)))
        self.assertErrors(ics(lines), [(11, "76 octets")])

    def test_fold_splitting_e_acute(self):
        data = ics(GOOD).replace("SUMMARY:Leap day: \"quoted\" milestone".encode(),
                                 "SUMMARY:Caf\xc3\r\n \xa9 au lait".encode("latin-1"))
        self.assertIn(b"SUMMARY:Caf\xc3\r\n \xa9 au lait", data)  # really split
        self.assertErrors(data, [(30, "splits a UTF-8"), (31, "splits a UTF-8")])

    def test_invalid_utf8(self):
        data = ics(GOOD).replace(b"Leap day", b"Leap \xff day")
        self.assertErrors(data, [(30, "not valid UTF-8")])

    def test_empty_line(self):
        self.assertErrors(ics(inserted("STATUS:CONFIRMED", "")), [(19, "empty line")])

    def test_continuation_without_line_before(self):
        self.assertErrors(ics([" X-FOO:bar"] + GOOD), [(1, "continuation line")])

    def test_byte_order_mark(self):
        self.assertErrors(b"\xef\xbb\xbf" + ics(GOOD), [(1, "byte order mark")])

    def test_empty_stream(self):
        self.assertErrors(b"", [(1, "empty stream")])

    # --- §3.1 content line grammar ------------------------------------------------------

    def test_no_colon(self):
        self.assertErrors(ics(inserted("STATUS:CONFIRMED", "LOCATION")), [(19, "no ':'")])

    def test_bad_name_character(self):
        self.assertErrors(ics(inserted("STATUS:CONFIRMED", "LOCA_TION:x")),
                          [(19, "invalid character '_'")])

    def test_dquote_in_unquoted_parameter(self):
        self.assertErrors(ics(inserted("STATUS:CONFIRMED", 'X-FOO;X-P=a"b:v')),
                          [(19, "DQUOTE inside")])

    def test_unterminated_quoted_parameter(self):
        self.assertErrors(ics(inserted("STATUS:CONFIRMED", 'X-FOO;X-P="ab:v')),
                          [(19, "unterminated")])

    def test_control_character_in_value(self):
        self.assertErrors(ics(inserted("STATUS:CONFIRMED", "X-FOO:a\x01b")),
                          [(19, "control character U+0001")])

    # --- §3.3.11 TEXT ------------------------------------------------------------------

    def test_bad_escape(self):
        lines = replaced("DESCRIPTION:Due tomorrow", "DESCRIPTION:Due \\x tomorrow")
        self.assertErrors(ics(lines), [(22, "invalid escape '\\\\x'")])

    def test_bad_escape_reported_on_its_continuation_line(self):
        lines = replaced(DESCRIPTION_2, " , done \\t")
        self.assertErrors(ics(lines), [(15, "invalid escape")])

    def test_trailing_backslash(self):
        lines = replaced("DESCRIPTION:Due tomorrow", "DESCRIPTION:Due tomorrow\\")
        self.assertErrors(ics(lines), [(22, "lone backslash")])

    def test_unescaped_comma_in_summary(self):
        lines = replaced('SUMMARY:Leap day: "quoted" milestone', "SUMMARY:Leap day, again")
        self.assertErrors(ics(lines), [(30, "unescaped ','")])

    def test_unescaped_semicolon_in_location(self):
        lines = inserted("STATUS:CONFIRMED", "LOCATION:Room 1; Floor 2")
        self.assertErrors(ics(lines), [(19, "unescaped ';'")])

    def test_unescaped_comma_in_calname(self):
        lines = replaced("X-WR-CALNAME:Grow ARR\\, EMEA", "X-WR-CALNAME:Grow ARR, EMEA")
        self.assertErrors(ics(lines), [(5, "unescaped ','")])

    # --- §3.4 / §3.6 calendar structure -------------------------------------------------

    def test_missing_version(self):
        self.assertErrors(ics(replaced("VERSION:2.0")), [(1, "has no VERSION")])

    def test_wrong_version(self):
        self.assertErrors(ics(replaced("VERSION:2.0", "VERSION:1.0")), [(2, "must be 2.0")])

    def test_duplicate_version(self):
        self.assertErrors(ics(inserted("VERSION:2.0", "VERSION:2.0")), [(3, "second VERSION")])

    def test_missing_prodid(self):
        self.assertErrors(ics(replaced("PRODID:-//most//most test//EN")),
                          [(1, "has no PRODID")])

    def test_calscale_not_gregorian(self):
        self.assertErrors(ics(replaced("CALSCALE:GREGORIAN", "CALSCALE:JULIAN")),
                          [(4, "GREGORIAN")])

    def test_unbalanced_end_mismatch(self):
        lines = replaced("END:VEVENT", "END:VTODO")
        self.assertErrors(ics(lines), [(25, "END:VTODO does not match BEGIN:VEVENT"),
                                       (26, "VEVENT is not allowed inside VEVENT"),
                                       (32, "END:VCALENDAR while BEGIN:VEVENT at line 6")])

    def test_missing_end_vcalendar(self):
        self.assertErrors(ics(GOOD[:-1]), [(31, "BEGIN:VCALENDAR at line 1 has no END")])

    def test_end_without_begin(self):
        self.assertErrors(ics(GOOD + ["END:VEVENT"]), [(33, "without a matching BEGIN")])

    def test_content_after_calendar(self):
        self.assertErrors(ics(GOOD + ["X-FOO:bar"]), [(33, "after END:VCALENDAR")])

    def test_two_calendars(self):
        self.assertErrors(ics(GOOD + GOOD), [(33, "exactly one VCALENDAR")])

    def test_not_starting_with_vcalendar(self):
        self.assertErrors(ics(["X-FOO:bar"] + GOOD), [(1, "before BEGIN:VCALENDAR")])

    def test_calendar_without_components(self):
        self.assertErrors(ics(GOOD[:5] + ["END:VCALENDAR"]), [(1, "holds no component")])

    def test_event_nested_in_alarm(self):
        lines = inserted("TRIGGER:-P1D", "BEGIN:VEVENT", "UID:x", "DTSTAMP:20260101T000000Z",
                         "DTSTART;VALUE=DATE:20260101", "END:VEVENT")
        self.assertErrors(ics(lines), [(24, "VEVENT is not allowed inside VALARM")])

    # --- §3.6.1 VEVENT ------------------------------------------------------------------

    def test_missing_dtstamp(self):
        self.assertErrors(ics(replaced("DTSTAMP:20260101T000000Z")),
                          [(6, "has no DTSTAMP")])

    def test_missing_uid(self):
        self.assertErrors(ics(replaced("UID:tactic/T1@plans/q1.yaml")), [(6, "has no UID")])

    def test_missing_dtstart_without_method(self):
        self.assertErrors(ics(replaced("DTSTART;VALUE=DATE:20240229")),
                          [(26, "has no DTSTART")])

    def test_dtstamp_not_utc(self):
        lines = replaced("DTSTAMP:20260101T000000Z", "DTSTAMP:20260101T000000")
        self.assertErrors(ics(lines), [(8, "must be in UTC")])

    def test_dtstamp_is_a_date(self):
        lines = replaced("DTSTAMP:20260101T000000Z", "DTSTAMP:20260101")
        self.assertErrors(ics(lines), [(8, "not a DATE-TIME")])

    def test_dtstamp_bad_time(self):
        lines = replaced("DTSTAMP:20260101T000000Z", "DTSTAMP:20260101T240000Z")
        self.assertErrors(ics(lines), [(8, "does not exist")])

    def test_dtend_before_dtstart(self):
        lines = replaced("DTEND;VALUE=DATE:20260216", "DTEND;VALUE=DATE:20260214")
        self.assertErrors(ics(lines), [(10, "not later than DTSTART")])

    def test_dtend_equal_to_dtstart(self):
        lines = replaced("DTEND;VALUE=DATE:20260216", "DTEND;VALUE=DATE:20260215")
        self.assertErrors(ics(lines), [(10, "not later than DTSTART")])

    def test_dtend_not_a_date(self):
        lines = replaced("DTEND;VALUE=DATE:20260216", "DTEND:20260216T000000")
        self.assertErrors(ics(lines), [(10, "same value type")])

    def test_date_time_dtend_before_dtstart(self):
        lines = replaced("DTSTART;VALUE=DATE:20260215", "DTSTART:20260215T100000Z",
                         lines=replaced("DTEND;VALUE=DATE:20260216", "DTEND:20260215T090000Z"))
        self.assertErrors(ics(lines), [(10, "not later than DTSTART")])

    def test_invalid_date_feb_30(self):
        lines = replaced("DTSTART;VALUE=DATE:20260215", "DTSTART;VALUE=DATE:20260230")
        self.assertErrors(ics(lines), [(9, "day 30 does not exist in 2026-02")])

    def test_feb_29_outside_leap_year(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229", "DTSTART;VALUE=DATE:20250229")
        self.assertErrors(ics(lines), [(29, "day 29 does not exist in 2025-02")])

    def test_feb_29_in_1900_and_2000(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229", "DTSTART;VALUE=DATE:19000229")
        self.assertErrors(ics(lines), [(29, "day 29 does not exist in 1900-02")])
        self.assertValid(ics(replaced("DTSTART;VALUE=DATE:20240229",
                                      "DTSTART;VALUE=DATE:20000229")))

    def test_month_13(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229", "DTSTART;VALUE=DATE:20241301")
        self.assertErrors(ics(lines), [(29, "month 13")])

    def test_date_without_value_date(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229", "DTSTART:20240229")
        self.assertErrors(ics(lines), [(29, "add VALUE=DATE")])

    def test_short_date(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229", "DTSTART;VALUE=DATE:2024029")
        self.assertErrors(ics(lines), [(29, "not a DATE")])

    def test_dtend_and_duration(self):
        lines = inserted("DTEND;VALUE=DATE:20260216", "DURATION:P1D")
        self.assertErrors(ics(lines), [(11, "both DTEND")])

    def test_duration_in_hours_with_date_dtstart(self):
        lines = replaced("DTEND;VALUE=DATE:20260216", "DURATION:PT24H")
        self.assertErrors(ics(lines), [(10, "days or weeks")])

    def test_duplicate_summary(self):
        lines = inserted('SUMMARY:Leap day: "quoted" milestone', "SUMMARY:again")
        self.assertErrors(ics(lines), [(31, "second SUMMARY")])

    def test_duplicate_dtstart(self):
        lines = inserted("DTSTART;VALUE=DATE:20240229", "DTSTART;VALUE=DATE:20240301")
        self.assertErrors(ics(lines), [(30, "second DTSTART")])

    def test_bad_status(self):
        self.assertErrors(ics(replaced("STATUS:CONFIRMED", "STATUS:DONE")),
                          [(18, "STATUS 'DONE'")])

    def test_bad_transp(self):
        self.assertErrors(ics(replaced("TRANSP:TRANSPARENT", "TRANSP:BUSY")),
                          [(17, "OPAQUE or TRANSPARENT")])

    def test_duplicate_uid(self):
        lines = replaced("UID:milestone/O1.M1@plans/q1.yaml", "UID:tactic/T1@plans/q1.yaml")
        self.assertErrors(ics(lines), [(27, "already used by the component at line 6")])

    def test_duplicate_uid_after_unescaping(self):
        lines = replaced("UID:milestone/O1.M1@plans/q1.yaml", "UID:tactic/T1@plans\\\\q1",
                         lines=replaced("UID:tactic/T1@plans/q1.yaml", "UID:tactic/T1@plans\\\\q1"))
        self.assertErrors(ics(lines), [(27, "already used")])

    def test_tzid_needs_vtimezone(self):
        lines = replaced("DTSTART;VALUE=DATE:20240229",
                         "DTSTART;TZID=Europe/Berlin:20240229T090000")
        self.assertErrors(ics(lines), [(29, "no VTIMEZONE has that TZID")])
        zone = ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD",
                "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "END:STANDARD", "END:VTIMEZONE"]
        self.assertValid(ics(inserted("CALSCALE:GREGORIAN", *zone, lines=lines)))
        cal, _ = strict_ics.parse(ics(inserted("CALSCALE:GREGORIAN", *zone, lines=lines)))
        self.assertEqual(cal["components"][0]["type"], "VTIMEZONE")

    # --- §3.6.6 VALARM ------------------------------------------------------------------

    def test_alarm_without_trigger(self):
        self.assertErrors(ics(replaced("TRIGGER:-P1D")), [(20, "has no TRIGGER")])

    def test_display_alarm_without_description(self):
        self.assertErrors(ics(replaced("DESCRIPTION:Due tomorrow")),
                          [(20, "has no DESCRIPTION")])

    # --- command line -------------------------------------------------------------------

    def run_cli(self, data, *args):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "cal.ics")
            with open(path, "wb") as f:
                f.write(data)
            proc = subprocess.run(
                [sys.executable, os.path.join(HERE, "strict_ics.py"), path, *args],
                capture_output=True)
        return proc, path

    def test_cli_good_json(self):
        proc, _ = self.run_cli(ics(GOOD), "--json")
        self.assertEqual(proc.returncode, 0, proc.stderr.decode())
        self.assertEqual(proc.stderr, b"")
        cal = json.loads(proc.stdout.decode("utf-8"))
        self.assertEqual(cal["events"][0]["SUMMARY"], SUMMARY_TEXT)
        self.assertEqual(cal["events"][0]["DTSTART"],
                         {"value": "20260215", "params": {"VALUE": "DATE"}})

    def test_cli_bad(self):
        data = ics(replaced("DTSTAMP:20260101T000000Z")).replace(b"VERSION:2.0\r\n",
                                                                  b"VERSION:2.0\n")
        proc, path = self.run_cli(data, "--json")
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, b"")
        lines = proc.stderr.decode().splitlines()
        self.assertEqual(len(lines), 2, lines)
        self.assertTrue(lines[0].startswith(f"{path}:2: "), lines)
        self.assertTrue(lines[1].startswith(f"{path}:6: "), lines)

    def test_cli_unreadable(self):
        proc = subprocess.run([sys.executable, os.path.join(HERE, "strict_ics.py"),
                               os.path.join(HERE, "no-such-file.ics")], capture_output=True)
        self.assertEqual(proc.returncode, 2)


if __name__ == "__main__":
    unittest.main()
