"""Chinese digits and the small integers of dates and periods (年, 月, 日, N年来).

Large and decimal numerals (``三千二百五十``, ``1.2万``) are :mod:`pressie.numbers`' job; this
module only reads the short forms that dates and period expressions use: ASCII digits,
digit-by-digit numerals (``二〇二一``, ``二OO八``) and tens (``十二``, ``二十九``).
"""

from __future__ import annotations

#: Value of every single Chinese digit character, including the zero look-alikes ``○ O o 0``
#: that web pages type in years (``二OO八年``, ``二00八年``).
DIGIT_VALUE: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "O": 0,
    "o": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def small_int(text: str) -> int | None:
    """Read ``"2021"``, ``"二〇二一"``, ``"十二"``, ``"二十九"`` as an int; None when it is not one.

    Tens are read only in the forms ``十``, ``十X``, ``X十``, ``X十Y`` (one digit each side).
    """
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        t = DIGIT_VALUE.get(tens, -1) if tens else 1
        o = DIGIT_VALUE.get(ones, -1) if ones else 0
        return None if t < 0 or o < 0 else t * 10 + o
    value = 0
    for c in text:
        d = DIGIT_VALUE.get(c)
        if d is None:
            return None
        value = value * 10 + d
    return value
