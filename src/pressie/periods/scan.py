"""Numerals and dates of a match, and the scan of a text for period patterns."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..numerals import small_int
from .lexicon import _HOUR_RE, _Lexicon, _scan_groups

# --------------------------------------------------------------------------- numerals & dates

cn_int = small_int


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12) or not (1 <= y <= 9999):
        return None
    d = min(d, calendar.monthrange(y, m)[1])
    return date(y, m, d) if d >= 1 else None


def _minus_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    return _safe_date(y, m + 1, d.day) or d


@dataclass(frozen=True)
class _DateParts:
    year_abs: int | None
    year_rel: int | None
    month: int | None
    day: int | None
    part: str | None


def _parse_date(lex: _Lexicon, s: str) -> _DateParts | None:
    assert lex.date_re is not None
    s = _HOUR_RE.sub("", s.replace(" ", ""))
    m = lex.date_re.match(s)
    if m is None or not s:
        return None
    ya = cn_int(m["ya"]) if m["ya"] else None
    yr = lex.relative_years[m["yr"]] if m["yr"] else None
    mon = cn_int(m["m"]) if m["m"] else None
    day = cn_int(m["d"]) if m["d"] else None
    if mon is not None and not 1 <= mon <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return _DateParts(ya, yr, mon, day, m["mp"])


def _parts_span(lex: _Lexicon, p: _DateParts, y: int) -> tuple[date, date] | None:
    """The inclusive span of a parsed date in year ``y``."""
    if p.month is None:
        return date(y, 1, 1), date(y, 12, 31)
    if p.day is not None:
        d = _safe_date(y, p.month, p.day)
        return (d, d) if d else None
    if p.part is not None:
        lo, hi = lex.month_parts[p.part]
        a, b = _safe_date(y, p.month, lo), _safe_date(y, p.month, hi)
        return (a, b) if a and b else None
    return date(y, p.month, 1), _month_end(y, p.month)


# --------------------------------------------------------------------------- scanning


@dataclass
class _Raw:
    name: str
    start: int
    end: int
    m: re.Match[str]


def _scan(lex: _Lexicon, text: str) -> list[_Raw]:
    """All pattern matches, reduced to non-overlapping ones (leftmost, longest, then order).

    The patterns are walked by anchor (:attr:`_Lexicon.scan_groups`): an anchor's hits are
    found once, a plain character anchor none of whose characters the text holds is not
    scanned for, and the windows around the hits are computed once per match width.
    """
    cands: list[tuple[int, int, int, _Raw]] = []
    n = len(text)
    groups = lex.scan_groups or _scan_groups(lex.patterns, lex.anchors)
    for group in groups:
        chars = group.chars
        if chars is not None and not _holds_any(text, chars):
            continue
        hits = [m.start() for m in group.anchor.finditer(text)]
        if not hits:
            continue
        ranges: dict[int, list[tuple[int, int]]] = {}
        for prio, name, rx, width in group.patterns:
            windows = ranges.get(width)
            if windows is None:
                windows = ranges[width] = _windows(hits, width, n)
            for lo, hi in windows:
                for m in rx.finditer(text, lo, hi):
                    if m.end() > m.start():
                        cands.append(
                            (m.start(), -(m.end() - m.start()), prio, _Raw(name, *m.span(), m))
                        )
    cands.sort(key=lambda c: c[:3])
    out: list[_Raw] = []
    last_end = -1
    for s, _neg, _p, raw in cands:
        if s >= last_end:
            out.append(raw)
            last_end = raw.end
    return out


def _holds_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds one of ``chars``."""
    if len(chars) == 1:
        return chars in text
    return any(c in text for c in chars)


def _windows(hits: list[int], width: int, n: int) -> list[tuple[int, int]]:
    """The ``(pos, endpos)`` ranges in which a pattern of at most ``width`` characters that
    contains one of the characters at ``hits`` can match.

    Scanning each range gives exactly the full-text matches: a match containing the anchor
    at ``q`` lies in ``[q - width + 1, q + width)``; ``endpos`` is 3 characters past the last
    possible match end, beyond the longest lookahead of the patterns (2), and ranges closer
    than that are merged, so no match crosses a gap between ranges (the scan arrives at
    every range in step with the full-text scan) and none is cut or made up by ``endpos``.
    """
    out: list[tuple[int, int]] = []
    if not hits:
        return out
    lo = max(0, hits[0] - width + 1)
    hi = hits[0] + width + _LOOKAHEAD
    for q in hits:
        a = q - width + 1
        if a >= hi:
            out.append((lo, min(n, hi)))
            lo = a
        hi = q + width + _LOOKAHEAD
    out.append((lo, min(n, hi)))
    return out


#: characters a period pattern's lookahead reads past its match, plus one
_LOOKAHEAD = 3
