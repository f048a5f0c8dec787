#!/usr/bin/env python3
"""A strict RFC 5545 (iCalendar) reader for the tests of `most calendar`.

Python 3.11 standard library only (the `icalendar` package is not available).

Command line:

    python3 tests/ical/strict_ics.py FILE.ics [--json]

Every violation is printed to stderr as `FILE:LINE: message` (LINE is the physical,
1-based line number) and the exit status is 1.  With no violation the exit status is 0
and, with --json, the parsed calendar is printed on stdout as JSON (shape: see to_json).
Exit status 2: the file could not be read or the arguments are wrong.

From other Python test scripts:

    sys.path.insert(0, "tests/ical"); import strict_ics
    calendar, errors = strict_ics.parse(data)   # data: bytes
    # errors: list of strict_ics.Error(line, message), sorted by line; [] when valid
    # calendar: the JSON-shaped dict of to_json(), or None when there is no VCALENDAR
    tree, errors = strict_ics.parse_tree(data)  # Component tree instead of the dict

The checker is deliberately stricter than most calendar programs: it treats the §3.1
"SHOULD NOT be longer than 75 octets" as a hard rule, and it wants exactly one
VCALENDAR in the stream (§3.4 would allow several).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = [
    "Error", "Property", "Component", "parse", "parse_tree", "to_json", "check_file",
    "unescape_text", "split_text_list",
]


class Error(NamedTuple):
    line: int  # physical line number, 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.line}: {self.message}"


@dataclass
class Property:
    name: str  # upper-cased (names are case-insensitive, §2)
    params: dict[str, list[str]]  # upper-cased parameter name -> values (DQUOTEs removed)
    value: str  # raw value, still TEXT-escaped
    line: int  # first physical line of the (unfolded) content line
    # (char offset in the unfolded line, physical line) pairs, to place errors inside the
    # value on the physical line that holds the offending character.
    linemap: list[tuple[int, int]] = field(default_factory=list, repr=False)
    value_start: int = 0  # char offset of the value in the unfolded line

    def line_at_value(self, index: int) -> int:
        """Physical line of the character at `index` of self.value."""
        pos = self.value_start + index
        line = self.line
        for start, lineno in self.linemap:
            if start <= pos:
                line = lineno
            else:
                break
        return line

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None


@dataclass
class Component:
    name: str  # upper-cased
    line: int  # line of BEGIN
    properties: list[Property] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    end_line: int | None = None

    def get(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.get(name)
        return found[0] if found else None


# ---------------------------------------------------------------------------------------
# Tables

MAX_OCTETS = 75  # §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break

NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")

# Free-form TEXT properties (§3.3.11) that hold one value: unescaped in the JSON output,
# and an unescaped COMMA or SEMICOLON in them is an error.
TEXT_SINGLE = frozenset({
    "SUMMARY",  # §3.8.1.12
    "DESCRIPTION",  # §3.8.1.5
    "LOCATION",  # §3.8.1.7
    "COMMENT",  # §3.8.1.4
    "CONTACT",  # §3.8.4.2
    "UID",  # §3.8.4.7
    "RELATED-TO",  # §3.8.4.5
    "PRODID",  # §3.7.3
    "TZNAME",  # §3.8.3.2
    "X-WR-CALNAME",  # de-facto calendar name extension, value type TEXT (§3.8.8.2)
    "X-WR-CALDESC",
})
# TEXT properties whose value is a COMMA-separated list of TEXT (§3.8.1.2, §3.8.1.10).
TEXT_LIST = frozenset({"CATEGORIES", "RESOURCES"})

KNOWN_COMPONENTS = frozenset({
    "VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM",
    "STANDARD", "DAYLIGHT",
})
# Which components may be nested in which (§3.4, §3.6, §3.6.5, §3.6.6).  VCALENDAR also
# takes x-comp and iana-comp (names it does not know).
CHILDREN = {
    "VCALENDAR": {"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"},
    "VEVENT": {"VALARM"},
    "VTODO": {"VALARM"},
    "VTIMEZONE": {"STANDARD", "DAYLIGHT"},
    "VJOURNAL": set(),
    "VFREEBUSY": set(),
    "VALARM": set(),
    "STANDARD": set(),
    "DAYLIGHT": set(),
}

# Per component: properties that MUST occur exactly once, and those that MAY occur at most
# once.  These also decide the JSON shape: such properties map to one value, all others to
# a list of values.
REQUIRED_ONCE = {
    "VCALENDAR": {"PRODID", "VERSION"},  # §3.6
    "VEVENT": {"UID", "DTSTAMP"},  # §3.6.1 (DTSTART too when there is no METHOD)
    "VTODO": {"UID", "DTSTAMP"},  # §3.6.2
    "VJOURNAL": {"UID", "DTSTAMP"},  # §3.6.3
    "VFREEBUSY": {"UID", "DTSTAMP"},  # §3.6.4
    "VTIMEZONE": {"TZID"},  # §3.6.5
    "STANDARD": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM"},  # §3.6.5
    "DAYLIGHT": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM"},
    "VALARM": {"ACTION", "TRIGGER"},  # §3.6.6
}
AT_MOST_ONCE = {
    # §3.6 (calscale, method); X-WR-* are not in RFC 5545 but calendar programs read
    # them as single-valued, so two of them are reported too.
    "VCALENDAR": {"CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE"},
    "VEVENT": {  # §3.6.1
        "DTSTART", "CLASS", "CREATED", "DESCRIPTION", "GEO", "LAST-MODIFIED", "LOCATION",
        "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL",
        "RECURRENCE-ID", "DTEND", "DURATION",
    },
    "VTODO": {  # §3.6.2
        "CLASS", "COMPLETED", "CREATED", "DESCRIPTION", "DTSTART", "GEO", "LAST-MODIFIED",
        "LOCATION", "ORGANIZER", "PERCENT-COMPLETE", "PRIORITY", "RECURRENCE-ID",
        "SEQUENCE", "STATUS", "SUMMARY", "URL", "DUE", "DURATION",
    },
    "VJOURNAL": {  # §3.6.3
        "CLASS", "CREATED", "DTSTART", "LAST-MODIFIED", "ORGANIZER", "RECURRENCE-ID",
        "SEQUENCE", "STATUS", "SUMMARY", "URL",
    },
    "VFREEBUSY": {"CONTACT", "DTSTART", "DTEND", "ORGANIZER", "URL"},  # §3.6.4
    "VTIMEZONE": {"LAST-MODIFIED", "TZURL"},  # §3.6.5
    "STANDARD": set(),
    "DAYLIGHT": set(),
    "VALARM": {"DURATION", "REPEAT", "DESCRIPTION", "SUMMARY"},  # §3.6.6
}

STATUS_VALUES = {  # §3.8.1.11
    "VEVENT": {"TENTATIVE", "CONFIRMED", "CANCELLED"},
    "VTODO": {"NEEDS-ACTION", "COMPLETED", "IN-PROCESS", "CANCELLED"},
    "VJOURNAL": {"DRAFT", "FINAL", "CANCELLED"},
}
TRANSP_VALUES = {"OPAQUE", "TRANSPARENT"}  # §3.8.2.7

UTC_DATE_TIME_PROPS = {"DTSTAMP", "CREATED", "LAST-MODIFIED", "COMPLETED"}  # §3.8.7.*, §3.8.2.1
DATE_OR_DATE_TIME_PROPS = {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID"}  # §3.8.2.*, §3.8.4.4

_DATE_RE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_DATE_TIME_RE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})T([0-9]{2})([0-9]{2})([0-9]{2})(Z?)")
# §3.3.6 dur-value
_DUR_TIME = r"(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)"
_DURATION_RE = re.compile(rf"[+-]?P(?:[0-9]+W|[0-9]+D(?:T{_DUR_TIME})?|T{_DUR_TIME})")
_DURATION_DAYS_RE = re.compile(r"[+-]?P(?:[0-9]+W|[0-9]+D)")  # dur-week / dur-day only
_INTEGER_RE = re.compile(r"[+-]?[0-9]+")  # §3.3.8
_FLOAT_RE = r"[+-]?[0-9]+(?:\.[0-9]+)?"  # §3.3.7
_GEO_RE = re.compile(rf"{_FLOAT_RE};{_FLOAT_RE}")  # §3.8.1.6
_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s\"<>\\^`{|}]*")  # RFC 3986 scheme ":" ...
_UTC_OFFSET_RE = re.compile(r"[+-](?:[01][0-9]|2[0-3])[0-5][0-9](?:[0-5][0-9])?")  # §3.3.14


def _is_ctl(c: str) -> bool:
    # §3.1: CTL = %x00-08 / %x0A-1F / %x7F   (HTAB, %x09, is not a CTL)
    o = ord(c)
    return (o <= 0x08) or (0x0A <= o <= 0x1F) or o == 0x7F


def _is_name(text: str) -> bool:
    # §3.1: iana-token = 1*(ALPHA / DIGIT / "-"); x-name = "X-" [vendorid "-"] 1*(...)
    return bool(text) and all(c in NAME_CHARS for c in text)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)  # Gregorian
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_date(text: str) -> tuple[tuple[int, int, int] | None, str | None]:
    """§3.3.4 DATE: YYYYMMDD, a real calendar date.  Returns ((y, m, d), None) or (None, why)."""
    m = _DATE_RE.fullmatch(text)
    if not m:
        return None, f"{text!r} is not a DATE (YYYYMMDD, §3.3.4)"
    y, mo, d = (int(g) for g in m.groups())
    if not 1 <= mo <= 12:
        return None, f"{text!r}: month {mo:02} does not exist (§3.3.4)"
    if not 1 <= d <= _days_in_month(y, mo):
        return None, f"{text!r}: day {d:02} does not exist in {y:04}-{mo:02} (§3.3.4)"
    return (y, mo, d), None


def parse_date_time(text: str) -> tuple[tuple[tuple[int, ...], bool] | None, str | None]:
    """§3.3.5 DATE-TIME: YYYYMMDDTHHMMSS[Z].  Returns (((y, m, d, H, M, S), utc), None)."""
    m = _DATE_TIME_RE.fullmatch(text)
    if not m:
        return None, f"{text!r} is not a DATE-TIME (YYYYMMDDTHHMMSS[Z], §3.3.5)"
    _, why = parse_date(text[:8])
    if why:
        return None, why.replace("§3.3.4", "§3.3.5")
    hh, mm, ss = int(m.group(4)), int(m.group(5)), int(m.group(6))
    # §3.3.12: hour 00-23, minute 00-59, second 00-60 (60 only for a leap second)
    if hh > 23 or mm > 59 or ss > 60:
        return None, f"{text!r}: time {hh:02}:{mm:02}:{ss:02} does not exist (§3.3.12)"
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return ((y, mo, d, hh, mm, ss), m.group(7) == "Z"), None


# ---------------------------------------------------------------------------------------
# TEXT (§3.3.11)

_ESCAPES = {"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}


def _scan_text(value: str, *, separators: bool, split_commas: bool):
    """Unescape a TEXT value.  Returns (pieces, problems) where problems are
    (index-in-value, message).  `separators`: an unescaped ";" (and "," unless
    split_commas) is a problem.  `split_commas`: "," separates list elements."""
    pieces: list[str] = []
    out: list[str] = []
    problems: list[tuple[int, str]] = []
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c == "\\":
            # §3.3.11: ESCAPED-CHAR = ("\\" / "\;" / "\," / "\N" / "\n")
            if i + 1 >= n:
                problems.append((i, "TEXT value ends with a lone backslash (§3.3.11)"))
                out.append("\\")
                i += 1
                continue
            nxt = value[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
            else:
                bad = "\\" + nxt
                problems.append((i, f"invalid escape {bad!r} in TEXT value; only "
                                 r"\\ \; \, \n \N are allowed (§3.3.11)"))
                out.append("\\" + nxt)
            i += 2
            continue
        if c == "," and split_commas:
            pieces.append("".join(out))
            out = []
        elif c in ";," and separators:
            # §3.3.11: TSAFE-CHAR excludes ";" and ","; they MUST be escaped.
            problems.append((i, f"unescaped {c!r} in TEXT value must be written as "
                             f"'\\{c}' (§3.3.11)"))
            out.append(c)
        else:
            # The ABNF's TSAFE-CHAR also leaves out ":" and DQUOTE, but the prose of
            # §3.3.11 says a COLON SHALL NOT be escaped, and DQUOTE has no escape at all,
            # so both are accepted as literal characters.
            out.append(c)
        i += 1
    pieces.append("".join(out))
    return pieces, problems


def unescape_text(value: str) -> str:
    """Unescape a single TEXT value (§3.3.11); invalid escapes are kept literally."""
    return _scan_text(value, separators=False, split_commas=False)[0][0]


def split_text_list(value: str) -> list[str]:
    """Split a COMMA-separated list of TEXT values (CATEGORIES, RESOURCES) and unescape it."""
    return _scan_text(value, separators=False, split_commas=True)[0]


# ---------------------------------------------------------------------------------------
# Physical lines and unfolding (§3.1)


def _physical_lines(data: bytes, errors: list[Error]) -> list[tuple[int, bytes]]:
    """Split into physical lines, checking the CRLF line breaks (§3.1)."""
    segments = data.split(b"\n")
    tail = segments.pop()  # whatever follows the last LF
    lines: list[tuple[int, bytes]] = []
    for lineno, seg in enumerate(segments, 1):
        if seg.endswith(b"\r"):
            seg = seg[:-1]
        else:
            errors.append(Error(lineno, "line ends with a bare LF; RFC 5545 §3.1 content "
                                "lines end with CRLF"))
        if b"\r" in seg:
            errors.append(Error(lineno, "bare CR inside the line; CR is only allowed as "
                                "part of CRLF (§3.1)"))
            seg = seg.replace(b"\r", b"")
        lines.append((lineno, seg))
    if tail:
        lineno = len(segments) + 1
        if tail.endswith(b"\r"):
            errors.append(Error(lineno, "last line ends with CR without LF; the stream must "
                                "end with CRLF (§3.1)"))
        else:
            errors.append(Error(lineno, "last line has no line break; every content line, "
                                "the last one too, ends with CRLF (§3.1)"))
        if b"\r" in tail.rstrip(b"\r"):
            errors.append(Error(lineno, "bare CR inside the line; CR is only allowed as "
                                "part of CRLF (§3.1)"))
        lines.append((lineno, tail.replace(b"\r", b"")))
    return lines


def _check_physical(lines: list[tuple[int, bytes]], errors: list[Error]) -> None:
    """Length, emptiness and UTF-8 of each physical line (§3.1, §6).

    The stream is valid UTF-8 exactly when every physical line is: CR and LF are ASCII
    and never occur inside a multi-octet sequence.  Checking each line alone is also how
    a fold that splits a multi-octet sequence is caught."""
    split_at_end: set[int] = set()
    for idx, (lineno, seg) in enumerate(lines):
        if not seg:
            errors.append(Error(lineno, "empty line; RFC 5545 §3.1 has no empty content "
                                "lines"))
            continue
        if len(seg) > MAX_OCTETS:
            errors.append(Error(lineno, f"line is {len(seg)} octets long; content lines "
                                f"must be folded at {MAX_OCTETS} octets excluding CRLF "
                                "(§3.1)"))
        try:
            seg.decode("utf-8")
        except UnicodeDecodeError as e:
            nxt = lines[idx + 1][1] if idx + 1 < len(lines) else b""
            continues = nxt[:1] in (b" ", b"\t")
            prev_split = idx - 1 in split_at_end
            if e.end == len(seg) and e.reason == "unexpected end of data" and continues:
                split_at_end.add(idx)
                errors.append(Error(lineno, "folding splits a UTF-8 multi-octet sequence: "
                                    f"the line ends inside a character continued on line "
                                    f"{lines[idx + 1][0]} (§3.1)"))
            elif prev_split and e.start == 1 and 0x80 <= seg[1] <= 0xBF:
                errors.append(Error(lineno, "folding splits a UTF-8 multi-octet sequence: "
                                    "the line starts inside a character begun on line "
                                    f"{lines[idx - 1][0]} (§3.1)"))
            else:
                errors.append(Error(lineno, f"not valid UTF-8 at octet {e.start + 1} "
                                    f"({e.reason}); iCalendar is UTF-8 (§6)"))


def _unfold(lines: list[tuple[int, bytes]], errors: list[Error]):
    """Join folded lines (§3.1: CRLF followed by one SPACE or HTAB is removed).

    Yields (text, linemap) with linemap = [(char offset, physical line), ...]."""
    logical: list[tuple[bytes, list[tuple[int, int]]]] = []
    for lineno, seg in lines:
        if not seg:
            continue  # reported already
        if seg[:1] in (b" ", b"\t"):
            if not logical:
                errors.append(Error(lineno, "continuation line (starting with a space or "
                                    "tab) with no content line before it (§3.1)"))
                continue
            buf, segmap = logical[-1]
            segmap.append((len(buf), lineno))
            logical[-1] = (buf + seg[1:], segmap)  # exactly one whitespace octet removed
        else:
            logical.append((seg, [(0, lineno)]))
    result = []
    for buf, segmap in logical:
        text = buf.decode("utf-8", "surrogateescape")
        linemap = []
        for byte_off, lineno in segmap:
            prefix = buf[:byte_off].decode("utf-8", "surrogateescape")
            linemap.append((len(prefix), lineno))
        result.append((text, linemap))
    return result


def _line_at(linemap: list[tuple[int, int]], pos: int) -> int:
    line = linemap[0][1]
    for start, lineno in linemap:
        if start <= pos:
            line = lineno
        else:
            break
    return line


def _parse_contentline(text: str, linemap, errors: list[Error]) -> Property | None:
    """§3.1: contentline = name *(";" param) ":" value CRLF"""
    first = linemap[0][1]

    def err(pos: int, message: str) -> None:
        errors.append(Error(_line_at(linemap, pos), message))

    n = len(text)
    i = 0
    while i < n and text[i] in NAME_CHARS:
        i += 1
    name = text[:i]
    if not name:
        what = "a byte order mark" if text[:1] == "\ufeff" else repr(text[:1])
        err(0, f"content line starts with {what}, not a property name "
            "(name = iana-token / x-name, §3.1)")
        return None
    if i >= n:
        err(i, f"content line {name!r} has no ':' before a value (§3.1)")
        return None
    if text[i] not in ";:":
        err(i, f"invalid character {text[i]!r} in property name {name + text[i]!r}; names "
            "are ALPHA, DIGIT and '-' (§3.1)")
        return None
    params: dict[str, list[str]] = {}
    while text[i] == ";":
        i += 1
        j = i
        while i < n and text[i] in NAME_CHARS:
            i += 1
        pname = text[j:i]
        if not pname:
            err(i, f"empty or invalid parameter name in {name} (§3.1: param-name)")
            return None
        if i >= n or text[i] != "=":
            err(i, f"parameter {pname!r} of {name} is not followed by '=' (§3.1)")
            return None
        i += 1
        values: list[str] = []
        while True:
            if i < n and text[i] == '"':
                # quoted-string = DQUOTE *QSAFE-CHAR DQUOTE  (QSAFE-CHAR: no CTL, no DQUOTE)
                k = text.find('"', i + 1)
                if k < 0:
                    err(i, f"unterminated quoted value of parameter {pname} (§3.1)")
                    return None
                value = text[i + 1:k]
                for off, c in enumerate(value):
                    if _is_ctl(c):
                        err(i + 1 + off, f"control character U+{ord(c):04X} in a quoted "
                            f"parameter value of {name} (§3.1)")
                i = k + 1
            else:
                # paramtext = *SAFE-CHAR  (no CTL, DQUOTE, ";", ":", ",")
                j = i
                while i < n and text[i] not in ';:,"' and not _is_ctl(text[i]):
                    i += 1
                value = text[j:i]
                if i < n and text[i] == '"':
                    err(i, f"DQUOTE inside the unquoted value of parameter {pname}; quote "
                        "the whole value or leave DQUOTE out (§3.1)")
                    return None
                if i < n and _is_ctl(text[i]):
                    err(i, f"control character U+{ord(text[i]):04X} in the value of "
                        f"parameter {pname} (§3.1)")
                    return None
            values.append(value)
            if i >= n:
                err(i, f"content line {name} has no ':' before a value (§3.1)")
                return None
            if text[i] == ",":
                i += 1
                continue
            if text[i] in ";:":
                break
            err(i, f"unexpected {text[i]!r} after the quoted value of parameter {pname} "
                "(§3.1)")
            return None
        params.setdefault(pname.upper(), []).extend(values)
    # text[i] == ":"
    value = text[i + 1:]
    for off, c in enumerate(value):
        if _is_ctl(c):
            # §3.1: value = *VALUE-CHAR  (WSP / %x21-7E / NON-US-ASCII, so no CTL)
            err(i + 1 + off, f"control character U+{ord(c):04X} in the value of {name}; "
                "only HTAB is allowed (§3.1)")
    return Property(name.upper(), params, value, first, linemap, i + 1)


# ---------------------------------------------------------------------------------------
# Components (§3.4, §3.6)


def parse_tree(data: bytes) -> tuple[Component | None, list[Error]]:
    """Parse and check `data`; returns (the VCALENDAR component or None, sorted errors)."""
    errors: list[Error] = []
    if not data:
        errors.append(Error(1, "empty stream; an iCalendar stream is one VCALENDAR "
                            "(§3.4)"))
        return None, errors
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(Error(1, "stream starts with a UTF-8 byte order mark; the first "
                            "content line must be BEGIN:VCALENDAR (§3.1, §3.4)"))
        data = data[3:]
    lines = _physical_lines(data, errors)
    _check_physical(lines, errors)
    props = []
    for text, linemap in _unfold(lines, errors):
        prop = _parse_contentline(text, linemap, errors)
        if prop is not None:
            props.append(prop)

    root: Component | None = None
    finished = False  # END:VCALENDAR of the root seen
    stack: list[Component] = []
    for prop in props:
        if prop.name in ("BEGIN", "END"):
            # §3.4 / §3.6: "BEGIN" ":" comp-name CRLF, no parameters
            if prop.params:
                errors.append(Error(prop.line, f"{prop.name} takes no parameters (§3.6)"))
            if not _is_name(prop.value):
                errors.append(Error(prop.line, f"{prop.name}:{prop.value} does not name a "
                                    "component (iana-token / x-name, §3.6)"))
                continue
        cname = prop.value.upper()
        if prop.name == "BEGIN":
            comp = Component(cname, prop.line)
            if stack:
                parent = stack[-1]
                if cname == "VCALENDAR":
                    errors.append(Error(prop.line, f"VCALENDAR nested inside {parent.name} "
                                        f"(BEGIN at line {parent.line}) (§3.4)"))
                elif parent.name in CHILDREN and cname not in CHILDREN[parent.name] and not (
                        parent.name == "VCALENDAR" and cname not in KNOWN_COMPONENTS):
                    errors.append(Error(prop.line, f"{cname} is not allowed inside "
                                        f"{parent.name} (BEGIN at line {parent.line}) (§3.6)"))
                parent.children.append(comp)
            elif finished:
                errors.append(Error(prop.line, f"BEGIN:{cname} after END:VCALENDAR; the "
                                    "stream must hold exactly one VCALENDAR (§3.4)"))
            elif cname != "VCALENDAR":
                errors.append(Error(prop.line, f"BEGIN:{cname} outside VCALENDAR; the stream "
                                    "must start with BEGIN:VCALENDAR (§3.4)"))
            elif root is None:
                root = comp
            stack.append(comp)
        elif prop.name == "END":
            if not stack:
                errors.append(Error(prop.line, f"END:{cname} without a matching BEGIN "
                                    "(§3.4)"))
                continue
            if stack[-1].name != cname:
                if not any(c.name == cname for c in stack):
                    errors.append(Error(prop.line, f"END:{cname} does not match "
                                        f"BEGIN:{stack[-1].name} at line {stack[-1].line} "
                                        "(§3.4)"))
                    continue
                while stack[-1].name != cname:
                    c = stack.pop()
                    errors.append(Error(prop.line, f"END:{cname} while BEGIN:{c.name} at "
                                        f"line {c.line} is still open (§3.4)"))
            comp = stack.pop()
            comp.end_line = prop.line
            if comp is root:
                finished = True
        else:
            if not stack:
                where = "after END:VCALENDAR" if finished else "before BEGIN:VCALENDAR"
                errors.append(Error(prop.line, f"property {prop.name} {where}; the stream "
                                    "must be exactly one VCALENDAR (§3.4)"))
                continue
            stack[-1].properties.append(prop)
    last_line = lines[-1][0] if lines else 1
    for comp in stack:
        errors.append(Error(last_line, f"BEGIN:{comp.name} at line {comp.line} has no "
                            f"END:{comp.name} (§3.4)"))
    if root is None:
        errors.append(Error(1, "no BEGIN:VCALENDAR; an iCalendar stream is one VCALENDAR "
                            "(§3.4)"))
    else:
        _check_calendar(root, errors)
    errors.sort(key=lambda e: e.line)  # stable: same-line errors keep their order
    return root, errors


def _check_calendar(cal: Component, errors: list[Error]) -> None:
    _check_component(cal, errors, method=None)
    # §3.7.4 VERSION: "2.0" for RFC 5545 (the minver;maxver form is not accepted here).
    for p in cal.get("VERSION"):
        if p.value != "2.0":
            errors.append(Error(p.line, f"VERSION is {p.value!r}; must be 2.0 (§3.7.4)"))
    # §3.7.1 CALSCALE: the only defined value is GREGORIAN.
    for p in cal.get("CALSCALE"):
        if p.value.upper() != "GREGORIAN":
            errors.append(Error(p.line, f"CALSCALE is {p.value!r}; the only calendar scale "
                                "is GREGORIAN (§3.7.1)"))
    # §3.7.2 METHOD = iana-token
    method = cal.first("METHOD")
    if method is not None and not _is_name(method.value):
        errors.append(Error(method.line, f"METHOD {method.value!r} is not an iana-token "
                            "(§3.7.2)"))
    for p in cal.get("PRODID"):
        if not p.value:
            errors.append(Error(p.line, "PRODID is empty (§3.7.3)"))
    # §3.6: icalbody = calprops component, component = 1*(eventc / todoc / ...)
    if not cal.children:
        errors.append(Error(cal.line, "VCALENDAR holds no component; RFC 5545 §3.6 "
                            "requires at least one (e.g. a VEVENT)"))
    # §3.2.19: a VTIMEZONE MUST be given for each TZID parameter value used.
    zones = {unescape_text(p.value) for c in cal.children if c.name == "VTIMEZONE"
             for p in c.get("TZID")}

    def check_tzids(comp: Component) -> None:
        for p in comp.properties:
            tzid = p.param("TZID")
            if tzid is not None and tzid not in zones:
                errors.append(Error(p.line, f"{p.name} uses TZID={tzid} but no VTIMEZONE has "
                                    "that TZID (§3.2.19)"))
        for child in comp.children:
            check_tzids(child)

    for comp in cal.children:
        check_tzids(comp)
    seen_uids: dict[tuple[str, str | None], int] = {}
    for comp in cal.children:
        _check_component(comp, errors, method=method)
        if comp.name not in ("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY"):
            continue
        uid = comp.first("UID")
        if uid is None:
            continue
        # §3.8.4.7: UID is globally unique; only instances of one recurring component
        # (told apart by RECURRENCE-ID, §3.8.4.4) share it.
        rid = comp.first("RECURRENCE-ID")
        key = (unescape_text(uid.value), rid.value if rid else None)
        if key in seen_uids:
            errors.append(Error(uid.line, f"UID {key[0]!r} is already used by the component "
                                f"at line {seen_uids[key]}; UIDs must be unique (§3.8.4.7)"))
        else:
            seen_uids[key] = comp.line


def _check_component(comp: Component, errors: list[Error], method) -> None:
    name = comp.name
    if name != "VCALENDAR":
        for child in comp.children:
            _check_component(child, errors, method)

    required = set(REQUIRED_ONCE.get(name, ()))
    if name == "VEVENT" and method is None:
        required.add("DTSTART")  # §3.6.1: required if the VCALENDAR has no METHOD
    once = required | AT_MOST_ONCE.get(name, set())
    for pname in sorted(required):
        if not comp.get(pname):
            errors.append(Error(comp.line, f"{name} (BEGIN at line {comp.line}) has no "
                                f"{pname}; it is required (§3.6)"))
    for pname in sorted(once):
        found = comp.get(pname)
        for dup in found[1:]:
            errors.append(Error(dup.line, f"second {pname} in {name} (first at line "
                                f"{found[0].line}); it may occur only once (§3.6)"))

    for prop in comp.properties:
        _check_property(comp, prop, errors)

    if name in ("VEVENT", "VTODO"):
        end_name = "DTEND" if name == "VEVENT" else "DUE"
        end, dur = comp.first(end_name), comp.first("DURATION")
        if end is not None and dur is not None:
            # §3.6.1 / §3.6.2: either DTEND (DUE) or DURATION, not both
            errors.append(Error(dur.line, f"{name} has both {end_name} (line {end.line}) and "
                                "DURATION; only one may occur (§3.6.1, §3.6.2)"))
        start = comp.first("DTSTART")
        if start is not None and end is not None:
            _check_end_after_start(start, end, errors)
        if start is not None and dur is not None and _value_type(start) == "DATE":
            if not _DURATION_DAYS_RE.fullmatch(dur.value):
                errors.append(Error(dur.line, f"DURATION {dur.value!r} with a DATE DTSTART "
                                    "must be in days or weeks (§3.8.2.5)"))
    if name in STATUS_VALUES:
        for p in comp.get("STATUS"):
            if p.value.upper() not in STATUS_VALUES[name]:
                allowed = ", ".join(sorted(STATUS_VALUES[name]))
                errors.append(Error(p.line, f"STATUS {p.value!r} is not valid in {name}; "
                                    f"allowed: {allowed} (§3.8.1.11)"))
    if name == "VEVENT":
        for p in comp.get("TRANSP"):
            if p.value.upper() not in TRANSP_VALUES:
                errors.append(Error(p.line, f"TRANSP {p.value!r} must be OPAQUE or "
                                    "TRANSPARENT (§3.8.2.7)"))
    if name == "VTIMEZONE" and not comp.children:
        errors.append(Error(comp.line, "VTIMEZONE needs at least one STANDARD or DAYLIGHT "
                            "(§3.6.5)"))
    if name == "VALARM":
        _check_alarm(comp, errors)


def _value_type(prop: Property) -> str:
    return (prop.param("VALUE") or "DATE-TIME").upper()


def _check_property(comp: Component, prop: Property, errors: list[Error]) -> None:
    name = prop.name
    if name in TEXT_SINGLE or name in TEXT_LIST or (
            name.startswith("X-") and (prop.param("VALUE") or "TEXT").upper() == "TEXT"):
        # §3.3.11.  x-props default to TEXT (§3.8.8.2); only escapes are checked for them
        # (other than X-WR-CALNAME / X-WR-CALDESC), since some carry lists.
        strict = name in TEXT_SINGLE or name in TEXT_LIST
        _, problems = _scan_text(prop.value, separators=strict,
                                 split_commas=name in TEXT_LIST)
        for index, message in problems:
            errors.append(Error(prop.line_at_value(index), f"{name}: {message}"))
    if name in UTC_DATE_TIME_PROPS:
        # §3.8.7.2 DTSTAMP, §3.8.7.1 CREATED, §3.8.7.3 LAST-MODIFIED, §3.8.2.1 COMPLETED:
        # a DATE-TIME in UTC.
        if _value_type(prop) != "DATE-TIME":
            errors.append(Error(prop.line, f"{name} must be a DATE-TIME, not "
                                f"VALUE={prop.param('VALUE')} (§3.8.7)"))
        parsed, why = parse_date_time(prop.value)
        if why:
            errors.append(Error(prop.line, f"{name}: {why}"))
        elif not parsed[1]:
            errors.append(Error(prop.line, f"{name} {prop.value!r} must be in UTC (ending "
                                "in Z) (§3.8.7)"))
        if prop.param("TZID") is not None:
            errors.append(Error(prop.line, f"{name} is UTC and takes no TZID (§3.2.19)"))
    elif name in DATE_OR_DATE_TIME_PROPS or name == "EXDATE":
        _check_date_or_date_time(prop, errors)
    elif name == "DURATION":
        if not _DURATION_RE.fullmatch(prop.value):
            errors.append(Error(prop.line, f"DURATION {prop.value!r} is not a duration like "
                                "P1D or PT1H30M (§3.3.6)"))
    elif name == "PRIORITY":
        if not _INTEGER_RE.fullmatch(prop.value) or not 0 <= int(prop.value) <= 9:
            errors.append(Error(prop.line, f"PRIORITY {prop.value!r} must be an integer "
                                "0-9 (§3.8.1.9)"))
    elif name == "SEQUENCE":
        if not _INTEGER_RE.fullmatch(prop.value) or int(prop.value) < 0:
            errors.append(Error(prop.line, f"SEQUENCE {prop.value!r} must be a non-negative "
                                "integer (§3.8.7.4)"))
    elif name == "CLASS":
        if not _is_name(prop.value):
            errors.append(Error(prop.line, f"CLASS {prop.value!r} must be PUBLIC, PRIVATE, "
                                "CONFIDENTIAL or a token (§3.8.1.3)"))
    elif name == "GEO":
        if not _GEO_RE.fullmatch(prop.value):
            errors.append(Error(prop.line, f"GEO {prop.value!r} must be FLOAT;FLOAT "
                                "(§3.8.1.6)"))
    elif name in ("URL", "TZURL") or (name in ("ORGANIZER", "ATTENDEE")):
        # §3.8.4.6 URL and §3.3.3 CAL-ADDRESS are URIs (§3.3.13)
        if not _URI_RE.fullmatch(prop.value):
            errors.append(Error(prop.line, f"{name} {prop.value!r} is not a URI (§3.3.13)"))
    elif name in ("TZOFFSETFROM", "TZOFFSETTO"):
        if not _UTC_OFFSET_RE.fullmatch(prop.value):
            errors.append(Error(prop.line, f"{name} {prop.value!r} is not a UTC offset like "
                                "+0100 (§3.3.14)"))


def _check_date_or_date_time(prop: Property, errors: list[Error]) -> None:
    """§3.8.2.4 DTSTART etc.: VALUE=DATE-TIME (default) or VALUE=DATE."""
    vtype = _value_type(prop)
    if vtype not in ("DATE", "DATE-TIME"):
        errors.append(Error(prop.line, f"{prop.name} has VALUE={prop.param('VALUE')}; it "
                            "must be DATE-TIME or DATE (§3.8.2.4)"))
        return
    values = prop.value.split(",") if prop.name == "EXDATE" else [prop.value]
    tzid = prop.param("TZID")
    for value in values:
        if vtype == "DATE":
            _, why = parse_date(value)
            if why is None and tzid is not None:
                why = "a DATE takes no TZID (§3.2.19)"
        else:
            parsed, why = parse_date_time(value)
            if why is None and parsed[1] and tzid is not None:
                why = "a UTC DATE-TIME (ending in Z) takes no TZID (§3.2.19)"
            if why and _DATE_RE.fullmatch(value):
                why += "; add VALUE=DATE for an all-day date"
        if why:
            errors.append(Error(prop.line, f"{prop.name}: {why}"))


def _time_key(prop: Property):
    """(kind, sortable value) of a DTSTART/DTEND/DUE, or None when it does not parse."""
    if _value_type(prop) == "DATE":
        parsed, why = parse_date(prop.value)
        return None if why else (("DATE",), parsed)
    parsed, why = parse_date_time(prop.value)
    if why:
        return None
    stamp, utc = parsed
    if utc:
        return ("UTC",), stamp
    tzid = prop.param("TZID")
    return (("TZID", tzid) if tzid is not None else ("FLOATING",)), stamp


def _check_end_after_start(start: Property, end: Property, errors: list[Error]) -> None:
    # §3.8.2.2 DTEND (and §3.8.2.3 DUE): same value type as DTSTART; a date with local
    # time iff DTSTART is one; and later in time than DTSTART.
    if _value_type(start) != _value_type(end):
        errors.append(Error(end.line, f"{end.name} is a {_value_type(end)} but DTSTART (line "
                            f"{start.line}) is a {_value_type(start)}; they must have the same "
                            "value type (§3.8.2.2)"))
        return
    s, e = _time_key(start), _time_key(end)
    if s is None or e is None:
        return  # the bad value is reported already
    if (s[0] == ("FLOATING",)) != (e[0] == ("FLOATING",)):
        errors.append(Error(end.line, f"{end.name} and DTSTART (line {start.line}) must both "
                            "or neither be floating local time (§3.8.2.2)"))
        return
    if s[0] != e[0]:
        return  # different time zones: not comparable without the zone rules
    if e[1] <= s[1]:
        errors.append(Error(end.line, f"{end.name} {end.value} is not later than DTSTART "
                            f"{start.value} (line {start.line}); it must be (§3.8.2.2)"))


def _check_alarm(alarm: Component, errors: list[Error]) -> None:
    # §3.6.6 VALARM
    action = alarm.first("ACTION")
    if action is not None:
        kind = action.value.upper()
        if kind not in ("AUDIO", "DISPLAY", "EMAIL") and not _is_name(action.value):
            errors.append(Error(action.line, f"ACTION {action.value!r} is not valid "
                                "(§3.8.6.1)"))
        needs = {"DISPLAY": ["DESCRIPTION"], "EMAIL": ["DESCRIPTION", "SUMMARY"]}
        for pname in needs.get(kind, []):
            if not alarm.get(pname):
                errors.append(Error(alarm.line, f"VALARM with ACTION:{kind} (line "
                                    f"{alarm.line}) has no {pname} (§3.6.6)"))
        if kind == "EMAIL" and not alarm.get("ATTENDEE"):
            errors.append(Error(alarm.line, "VALARM with ACTION:EMAIL has no ATTENDEE "
                                "(§3.6.6)"))
        if kind == "AUDIO" and len(alarm.get("ATTACH")) > 1:
            errors.append(Error(alarm.line, "VALARM with ACTION:AUDIO has more than one "
                                "ATTACH (§3.6.6)"))
    if bool(alarm.get("DURATION")) != bool(alarm.get("REPEAT")):
        errors.append(Error(alarm.line, "VALARM needs DURATION and REPEAT together or "
                            "neither (§3.6.6)"))
    for trig in alarm.get("TRIGGER"):
        # §3.8.6.3: a DURATION (default) or VALUE=DATE-TIME in UTC
        vtype = (trig.param("VALUE") or "DURATION").upper()
        if vtype == "DURATION":
            if not _DURATION_RE.fullmatch(trig.value):
                errors.append(Error(trig.line, f"TRIGGER {trig.value!r} is not a duration "
                                    "(§3.8.6.3)"))
        elif vtype == "DATE-TIME":
            parsed, why = parse_date_time(trig.value)
            if why or not parsed[1]:
                errors.append(Error(trig.line, f"TRIGGER;VALUE=DATE-TIME {trig.value!r} "
                                    "must be a UTC DATE-TIME (§3.8.6.3)"))
        else:
            errors.append(Error(trig.line, f"TRIGGER has VALUE={trig.param('VALUE')}; must "
                                "be DURATION or DATE-TIME (§3.8.6.3)"))


# ---------------------------------------------------------------------------------------
# JSON


def _json_value(prop: Property):
    if prop.name in TEXT_SINGLE:
        return unescape_text(prop.value)
    if prop.name in TEXT_LIST:
        return split_text_list(prop.value)
    return {
        "value": prop.value,
        "params": {k: (v[0] if len(v) == 1 else v) for k, v in prop.params.items()},
    }


def _props_json(comp: Component) -> dict:
    single = REQUIRED_ONCE.get(comp.name, set()) | AT_MOST_ONCE.get(comp.name, set())
    if comp.name == "VEVENT":
        single = single | {"DTSTART"}
    out: dict = {}
    for prop in comp.properties:
        value = _json_value(prop)
        if prop.name in single:
            out.setdefault(prop.name, value)  # a second one is an error; the first wins
        elif prop.name in TEXT_LIST:
            out.setdefault(prop.name, []).extend(value)
        else:
            out.setdefault(prop.name, []).append(value)
    return out


def _generic_json(comp: Component) -> dict:
    return {
        "type": comp.name,
        "properties": _props_json(comp),
        "components": [_generic_json(c) for c in comp.children],
    }


def to_json(cal: Component) -> dict:
    """The JSON shape of a VCALENDAR:

    {"properties": {NAME: value, ...},           # VCALENDAR properties
     "events": [{NAME: value, ..., "alarms": [{NAME: value, ...}]}],   # VEVENTs in order
     "components": [{"type": "VTODO", "properties": {...}, "components": [...]}]}

    value is
      - a str, unescaped, for single TEXT properties (SUMMARY, DESCRIPTION, LOCATION, UID,
        PRODID, X-WR-CALNAME, X-WR-CALDESC, and the list-valued COMMENT, CONTACT, RELATED-TO,
        TZNAME; their parameters are dropped);
      - a list of unescaped str for CATEGORIES and RESOURCES (all occurrences concatenated);
      - otherwise {"value": raw str, "params": {PARAM: str, or list of str when the
        parameter has several values}}.
    Properties that may occur at most once in their component (per RFC 5545 §3.6.x, e.g.
    UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION, STATUS, TRANSP; PRODID, VERSION,
    CALSCALE, METHOD, X-WR-CALNAME for VCALENDAR) map to that one value; all others
    (COMMENT, ATTENDEE, X-..., unknown properties) map to a list of values.
    "alarms" appears in an event only when it has VALARMs; "components" only when the
    calendar has components other than VEVENT.
    """
    result: dict = {"properties": _props_json(cal), "events": []}
    others = []
    for comp in cal.children:
        if comp.name == "VEVENT":
            event = _props_json(comp)
            alarms = [_props_json(a) for a in comp.children if a.name == "VALARM"]
            if alarms:
                event["alarms"] = alarms
            result["events"].append(event)
        else:
            others.append(_generic_json(comp))
    if others:
        result["components"] = others
    return result


def parse(data: bytes) -> tuple[dict | None, list[Error]]:
    """Parse and check an iCalendar stream.

    Returns (calendar, errors): calendar is the dict of to_json() (built best-effort even
    when there are errors; None without a VCALENDAR), errors a list of Error(line, message)
    sorted by physical line, empty when the stream passes every check."""
    tree, errors = parse_tree(data)
    return (to_json(tree) if tree is not None else None), errors


def check_file(path: str) -> tuple[dict | None, list[Error]]:
    with open(path, "rb") as f:
        return parse(f.read())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Strict RFC 5545 iCalendar checker.")
    ap.add_argument("file", help="the .ics file to check")
    ap.add_argument("--json", action="store_true",
                    help="on success, print the parsed calendar as JSON on stdout")
    ap.add_argument("--allow-empty", action="store_true",
                    help="accept a VCALENDAR without components: `most calendar` writes one "
                    "for plans with nothing dated, a documented deviation from §3.6 that "
                    "calendar programs accept")
    args = ap.parse_args(argv)
    try:
        with open(args.file, "rb") as f:
            data = f.read()
    except OSError as e:
        print(f"{args.file}: cannot read: {e.strerror or e}", file=sys.stderr)
        return 2
    calendar, errors = parse(data)
    if args.allow_empty:
        errors = [e for e in errors if not e.message.startswith("VCALENDAR holds no component")]
    for error in errors:
        print(f"{args.file}:{error.line}: {error.message}", file=sys.stderr)
    if errors:
        return 1
    if args.json:
        text = json.dumps(calendar, ensure_ascii=False, indent=2) + "\n"
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
