"""Pinyin readings printed after characters, as some mirror sites do (spec 3, v1.1).

A mirror page may print a reading after many characters: ``發(fā)現(xiàn)``,
``40萬(wàn)起``, ``會(huì )``.  A reading is no part of the text's words: numbers must still
normalize (``40萬(wàn)起`` is 400000 起), and metrics must never contain one.  The readings
are therefore removed before extraction (:func:`strip_readings`), and every offset of the
result is mapped back into the caller's string afterwards (:func:`restore_offsets`), with
surfaces re-cut from it: a quantity's ``text`` then runs through the reading it contains,
while metrics, built from the reading-free text, contain none.

What counts as a reading: a parenthesized run of pinyin letters with a tone mark, right
after a Chinese character, with an optional space before the closing parenthesis.  Once a
text has at least :data:`MIN_TONED` of those, toneless syllables in the same position
(``的(de)``) are readings too; so are they in a text without toned ones that has at
least :data:`MIN_TONELESS` of them, each a pinyin syllable (``舉(ju) 行``, ``萬(wan)``); a
text with fewer is left as it is, so ordinary bracketed Latin text (``(APP)``, ``(ETC)``)
is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

from .model import Document

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = f"a-zü{_TONES}"
_HAN = "\u3400-\u9fff\uf900-\ufaff"
#: A toned reading: (fā), (huì ), （wàn）.
_TONED = re.compile(
    f"(?<=[{_HAN}])[(（](?=[{_LETTERS}]{{0,6}}[{_TONES}])[{_LETTERS}]{{1,7}} ?[)）]"
)
#: Any reading, toned or not, once a text is known to carry readings.
_ANY = re.compile(f"(?<=[{_HAN}])[(（][{_LETTERS}]{{1,7}} ?[)）]")
#: A reading in a text of toneless readings, whose mirrors print a space after the closing
#: parenthesis (舉(ju) 行, 萬(wan) 人次): the space goes with it.
_SPACED = re.compile(f"(?<=[{_HAN}])[(（][{_LETTERS}]{{1,7}} ?[)）](?: (?=[{_HAN}0-9,，。、;；]))?")
#: How many toned readings make a text a reading-annotated one.
MIN_TONED = 2
#: A pinyin syllable without its tone (initial, then final): ju, hui, wan, zhen.
_SYLLABLE = re.compile(
    "(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün"
    "|ia|ie|iu|ua|uo|ui|ue|üe|er|a|o|e|i|u|ü|v)"
)
#: How many toneless readings, each a pinyin syllable, make a text a reading-annotated
#: one when it has no toned ones (舉(ju) 行…會(hui)…萬(wan)).
MIN_TONELESS = 4

_M = TypeVar("_M", bound=BaseModel)


def _readings_marked(text: str) -> re.Pattern[str] | None:
    """The pattern of the readings ``text`` carries: :data:`MIN_TONED` toned ones
    (:data:`_ANY`), or else :data:`MIN_TONELESS` toneless ones that are each a pinyin
    syllable (:data:`_SPACED`); None for a text without readings."""
    toned = 0
    for _ in _TONED.finditer(text):
        toned += 1
        if toned >= MIN_TONED:
            return _ANY
    toneless = 0
    for m in _ANY.finditer(text):
        if _SYLLABLE.fullmatch(m.group().strip("()（） ")):
            toneless += 1
            if toneless >= MIN_TONELESS:
                return _SPACED
    return None


def strip_readings(text: str) -> tuple[str, list[int]] | None:
    """Remove pinyin readings from ``text``.

    Returns:
        ``None`` when ``text`` has no readings (fewer than :data:`MIN_TONED` toned ones);
        else ``(stripped, positions)`` where ``positions[i]`` is the index in ``text`` of
        ``stripped[i]`` and ``positions[len(stripped)] == len(text)``.
    """
    readings = _readings_marked(text)
    if readings is None:
        return None
    return remove_matches(text, readings.finditer(text))


def remove_matches(text: str, matches: Iterable[re.Match[str]]) -> tuple[str, list[int]]:
    """``text`` without the spans of ``matches`` (in order, not overlapping), and where each
    kept character stands in ``text``: ``positions[i]`` is the index in ``text`` of
    ``kept[i]`` and ``positions[len(kept)] == len(text)`` (as :func:`restore_offsets`
    reads them)."""
    pieces: list[str] = []
    positions: list[int] = []
    last = 0
    for m in matches:
        pieces.append(text[last : m.start()])
        positions.extend(range(last, m.start()))
        last = m.end()
    pieces.append(text[last:])
    positions.extend(range(last, len(text)))
    positions.append(len(text))
    return "".join(pieces), positions


def restore_offsets(document: Document, original: str, positions: list[int]) -> Document:
    """``document`` (extracted from the stripped text) with offsets into ``original``.

    Every nested ``start``/``end`` pair is mapped through ``positions`` (an end maps to just
    after the character it follows, so a span never ends on a reading it does not contain)
    and every such model's ``text`` is re-cut from ``original``; so is the title, where
    the stripped text holds it.
    """
    out = _mapped(document, original, positions)
    update: dict[str, Any] = {"text": original}
    if document.title:
        at = document.text.find(document.title)
        if at >= 0:
            s = _map_start(positions, at)
            update["title"] = original[s : max(s, _map_end(positions, at + len(document.title)))]
    return out.model_copy(update=update)


def _map_start(positions: list[int], i: int) -> int:
    return positions[min(max(i, 0), len(positions) - 1)]


def _map_end(positions: list[int], i: int) -> int:
    if i <= 0:
        return positions[0] if positions else 0
    return positions[min(i, len(positions) - 1) - 1] + 1


def _mapped(model: _M, original: str, positions: list[int]) -> _M:
    update: dict[str, Any] = {}
    fields = type(model).model_fields
    for name in fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            update[name] = _mapped(value, original, positions)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            update[name] = [_mapped(v, original, positions) for v in value]
    start, end = getattr(model, "start", None), getattr(model, "end", None)
    if isinstance(start, int) and isinstance(end, int) and "start" in fields:
        s, e = _map_start(positions, start), _map_end(positions, end)
        update["start"], update["end"] = s, max(s, e)
        if "text" in fields and isinstance(getattr(model, "text", None), str):
            update["text"] = original[s : max(s, e)]
    return model.model_copy(update=update) if update else model


__all__ = ["MIN_TONED", "remove_matches", "restore_offsets", "strip_readings"]
