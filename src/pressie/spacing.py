"""Dates written with spaces between their numbers and units, as some pages print them.

A page converted from a layout program, or typed with a space around every run of digits,
writes 1 月 23 日至 2 月 25 日 or 2020 年 1 月 for 1月23日至2月25日 and 2020年1月. The period
stages read dates without such spaces, so the spaces inside a date are removed before
extraction (:func:`tight_dates`) and every offset of the result is mapped back into the
caller's string afterwards (:func:`pressie.readings.restore_offsets`), as for pinyin
readings.  Only these spaces are removed: between a digit and a date unit (年 月 日 号 时)
or a count of days or months (3 天, 2 个月); between 年, 月 or 日 and the digits after it;
around the 至/到 of a range of such dates; after 截至 / 自 before a date; and just inside
curly quotes around a short name, and after them before a period's word (“ 五一 ” 假期);
and around a decimal point between digits (54 . 55%).
The blank of 案件 93 起 stays.  (A blank before a closing quote is removed wherever it
stands, and one between 年/月/日 and a number after it even when no date follows: 去年 12
万人; neither changes what is read.)
"""

from __future__ import annotations

import re

from .readings import remove_matches

#: a run of blanks inside a date (ASCII space, no-break space, ideographic space)
_B = r"[ \u00a0\u3000]+"
_SPACED_DATE = re.compile(
    # 1 月, 23 日, 2020 年, 15 时: a number and its date unit
    rf"(?<=[0-9０-９]){_B}(?=[年月日号时])"
    # 2020 年 1 月, 1 月 23 日, 3 日 12 时: a unit and the next number of the date
    rf"|(?<=[年月日]){_B}(?=[0-9０-９])"
    # 截至 5 月, 自 3 月: the word that opens a date's period
    rf"|(?:(?<=截至)|(?<=截止)|(?<=[自从])){_B}(?=[0-9０-９])"
    # 23 日至 2 月, 1 至 5 月: the range word between two dates or two numbers of one
    rf"|(?<=[0-9０-９日月]){_B}(?=[至到][ \u00a0\u3000]*[0-9０-９])"
    rf"|(?<=[0-9０-９日月][至到]){_B}(?=[0-9０-９])"
    # 3 天, 2 个月: a number of days or months (龙江交警 3 天查处…)
    rf"|(?<=[0-9０-９]){_B}(?=天|个月|周)"
    # 54 . 55%: blanks around a decimal point between digits
    rf"|(?<=[0-9]){_B}(?=\.[ \u00a0\u3000]*[0-9])|(?<=[0-9]\.){_B}(?=[0-9])"
    # “ 五一 ” 假期: blanks just inside curly quotes, around a holiday's or a campaign's name
    rf"|(?<=“){_B}(?=[^\s“”]{{1,12}}[ \u00a0\u3000]*”)|(?<=[^\s“”]){_B}(?=”)"
    rf"|(?<=”){_B}(?=假期|期间|小长假|长假|黄金周|当天|前夕|以来)"
)


def tight_dates(text: str) -> tuple[str, list[int]] | None:
    """``text`` without the spaces inside its dates, or ``None`` when it has none.

    Returns:
        ``None`` when no date of ``text`` is written with spaces; else ``(tight,
        positions)`` where ``positions[i]`` is the index in ``text`` of ``tight[i]`` and
        ``positions[len(tight)] == len(text)``.
    """
    tight, positions = text, list(range(len(text) + 1))
    changed = False
    # (a pass may leave a blank whose removal the pass itself made visible: 1 至 5 月 is
    # 1至 5月 after one pass, 1至5月 after two; each pass removes blanks only, so at most a
    # few passes run)
    while True:
        step = _one_pass(tight)
        if step is None:
            break
        tight, moved = step
        positions = [positions[k] for k in moved]
        changed = True
    return (tight, positions) if changed else None


def _one_pass(text: str) -> tuple[str, list[int]] | None:
    """One pass of :data:`_SPACED_DATE` over ``text`` (see :func:`tight_dates`), or None
    when it finds no blank to remove."""
    matches = list(_SPACED_DATE.finditer(text))
    return remove_matches(text, matches) if matches else None


def has_spaced_dates(text: str) -> bool:
    """Whether :func:`tight_dates` rewrites ``text`` (without building the rewrite)."""
    return _SPACED_DATE.search(text) is not None


__all__ = ["has_spaced_dates", "tight_dates"]
