"""Check rules and the precision of written figures, for :mod:`pressie.checks`.

:class:`CheckRules` (the parsed ``lexicons/checks.json``), :func:`default_rules` and
:func:`bounds`, the interval of values a written figure allows (see the ``Precision``
section of :mod:`pressie.checks`, which re-exports these names).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Quantity, Span
from .resources import alternation, lexicon_path
from .text import normalize

#: The packaged word lists.
DEFAULT_RULES = "checks.json"

Interval = tuple[float, float]

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_COMMA = re.compile(r"(?<=\d)[,，](?=\d{3})")
_INF = math.inf
#: Kinds whose whole numbers may be rounded to their trailing zeros (3000人: 2500..3500);
#: a percentage, multiple or ratio written 20% / 3倍 is exact to its last digit.
_ROUNDED_KINDS = frozenset({"count", "money", "weight", "data", "length", "duration"})


@dataclass(frozen=True)
class CheckRules:
    """The parsed ``checks.json`` (see its ``_doc`` field)."""

    part_markers: tuple[str, ...]
    distributive_markers: tuple[str, ...]
    remainder_words: tuple[str, ...]
    additive_kinds: frozenset[str]
    share_words: tuple[str, ...]
    rate_words: tuple[str, ...]
    growth_words: tuple[str, ...]
    average_words: tuple[str, ...]
    bounded_over_markers: tuple[str, ...]
    clause_breaks: frozenset[str]
    marker_re: re.Pattern[str]
    break_re: re.Pattern[str]

    @classmethod
    def from_file(cls, path: Path | str | None = None) -> CheckRules:
        """Read a rules file (default: the packaged ``checks.json``).

        Raises:
            ValueError: when a field is missing or malformed.
        """
        p = Path(path) if path is not None else lexicon_path(DEFAULT_RULES)
        data = json.loads(p.read_text(encoding="utf-8"))
        try:
            parts = tuple(data["part_markers"])
            dist = tuple(data["distributive_markers"])
            return cls(
                part_markers=parts,
                distributive_markers=dist,
                remainder_words=tuple(data["remainder_words"]),
                additive_kinds=frozenset(data["additive_kinds"]),
                share_words=tuple(data["share_words"]),
                rate_words=tuple(data["rate_words"]),
                growth_words=tuple(data["growth_words"]),
                average_words=tuple(data["average_words"]),
                bounded_over_markers=tuple(data["bounded_over_markers"]),
                clause_breaks=frozenset(data["clause_breaks"]),
                marker_re=re.compile(alternation([*parts, *dist])),
                break_re=re.compile("[" + re.escape(data["clause_breaks"]) + "]"),
            )
        except (KeyError, TypeError) as err:
            raise ValueError(f"malformed check rules {p}: {err!r}") from None


@lru_cache(maxsize=1)
def default_rules() -> CheckRules:
    """The packaged rules, read once."""
    return CheckRules.from_file()


# --------------------------------------------------------------------------- precision


def _last_digit_unit(q: Quantity) -> float:
    """The value of one unit in the last written digit of ``q`` (14.8万 -> 1000, 3000 -> 1000)."""
    text = _DIGIT_COMMA.sub("", normalize(q.text))
    m = _NUMBER.search(text)
    value = abs(q.value)
    if m is not None and float(m.group()) > 0:
        number = m.group()
        scale = value / float(number)
        if "." in number:
            return 10.0 ** -len(number.split(".")[1]) * scale
        if q.kind not in _ROUNDED_KINDS:
            return scale  # 20% is 20 to the unit, not 20 rounded to tens
        digits = number.lstrip("0") or "0"
        zeros = len(digits) - len(digits.rstrip("0"))
        return 10.0**zeros * scale
    # Chinese numerals (三千二百, 两万, 百分之四十): the value's own last non-zero digit
    if value > 0 and value == int(value):
        n, unit = int(value), 1.0
        while n % 10 == 0 and n >= 10:
            n //= 10
            unit *= 10
        return unit
    return 10.0 ** math.floor(math.log10(value)) if value > 0 else 1.0


def bounds(
    q: Quantity | None, *, truncated: bool = False, rules: CheckRules | None = None
) -> Interval | None:
    """The interval of values the written figure ``q`` allows (see the module docstring).

    Args:
        q: a quantity of a document.
        truncated: allow a whole unit of the last digit either way (a percentage or change
            that may have been truncated rather than rounded).
        rules: the word lists (default: packaged).

    Returns:
        ``(low, high)``, or ``None`` for a vague figure (数万人) or no quantity.
    """
    if q is None or q.approx == "vague" or not math.isfinite(q.value):
        return None
    rules = rules or default_rules()
    v = q.value
    u = _last_digit_unit(q)
    if q.approx == "exact":
        half = u if truncated else u / 2
        return (v - half, v + half)
    if q.approx == "over":
        text = normalize(q.text)
        if any(m in text for m in rules.bounded_over_markers):
            return (v, v + u)
        return (v, _INF)
    if q.approx == "at_least":
        return (v, _INF)
    if q.approx == "nearly":
        return (v - u, v)
    if q.approx == "about":
        return (v - u, v + u)
    if q.approx == "under":
        return (min(0.0, v), v)
    if q.approx == "range":
        return (v, q.value_max if q.value_max is not None else v)
    return None  # pragma: no cover - every Approx is handled above


def _meet(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    text = f"{x:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fmt_interval(iv: Interval, unit: str) -> str:
    lo, hi = iv
    if _fmt(lo) == _fmt(hi):
        return f"{_fmt(lo)}{unit}"
    return f"{_fmt(lo)}..{_fmt(hi)}{unit}"


def _span(q: Quantity) -> Span:
    return Span(start=q.start, end=q.end, text=q.text)
