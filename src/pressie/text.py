"""Input normalization: one length-preserving pass before the spaCy pipeline.

The pipeline never sees the caller's string directly.  :func:`normalize` returns a
string of exactly the same length in which

* full-width ASCII (``３６２３９``, ``ＡＢ``) becomes half-width and the ideographic space a space,
* traditional characters become simplified ones (OpenCC ``t2s``),
* control characters and lone surrogates become spaces / U+FFFD,

so that every character offset computed on the normalized text is also an offset into the
original.  OpenCC converts by phrase and could in principle change a phrase's length; where
that happens the phrase is converted character by character, and where even that changes
the length the original characters are kept.  The invariant ``len(normalize(t)) == len(t)``
therefore always holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Script

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# C0/C1 controls except tab, newline, carriage return; plus line/paragraph separators
# become a newline so that they still separate lines.
_CONTROLS = {cp: 0x20 for cp in [*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0)]}
_CONTROLS[0x2028] = 0x0A
_CONTROLS[0x2029] = 0x0A
_TRANSLATE = {**_FULLWIDTH, **_CONTROLS}

_SURROGATE = re.compile("[\ud800-\udfff]")
# Chunks for piecewise conversion: runs between punctuation/whitespace.
_CHUNK = re.compile(r"[^\s，。、；：！？,.;:!?()（）“”\"'《》]+|.", re.S)


@lru_cache(maxsize=1)
def _converters() -> tuple[object, object]:
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _t2s(text: str) -> str:
    conv = _converters()[0]
    out = conv.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return out
    pieces = []
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        conv_chunk = conv.convert(chunk)  # type: ignore[attr-defined]
        if len(conv_chunk) != len(chunk):
            chars = [conv.convert(c) for c in chunk]  # type: ignore[attr-defined]
            conv_chunk = "".join(c2 if len(c2) == 1 else c for c, c2 in zip(chunk, chars))
        pieces.append(conv_chunk)
    return "".join(pieces)


def normalize(text: str) -> str:
    """Return the pipeline's working copy of ``text``, of exactly the same length.

    Args:
        text: the caller's original string.

    Returns:
        A string ``n`` with ``len(n) == len(text)``: half-width digits and letters,
        simplified script, no control characters or lone surrogates.
    """
    out = _SURROGATE.sub("\ufffd", text).translate(_TRANSLATE)
    if not out.isascii():
        out = _t2s(out)
    assert len(out) == len(text)
    return out


def detect_script(text: str) -> Script:
    """Classify ``text`` as "simplified", "traditional" or "mixed" script.

    A character is *traditional-specific* when OpenCC ``t2s`` changes it and
    *simplified-specific* when ``s2t`` changes it.  Text with no traditional-specific
    characters is simplified; text whose traditional-specific characters outnumber
    the simplified-specific ones at least five to one is traditional; anything else
    with both is mixed.
    """
    if text.isascii():
        return "simplified"
    t2s, s2t = _converters()
    clean = _SURROGATE.sub("\ufffd", text)
    to_simp = t2s.convert(clean)  # type: ignore[attr-defined]
    to_trad = s2t.convert(clean)  # type: ignore[attr-defined]
    trad = _count_diff(clean, to_simp)
    simp = _count_diff(clean, to_trad)
    if trad == 0:
        return "simplified"
    if simp == 0 or trad >= 5 * simp:
        return "traditional"
    return "mixed"


def _count_diff(a: str, b: str) -> int:
    if len(a) != len(b):
        return abs(len(a) - len(b)) + sum(x != y for x, y in zip(a, b))
    return sum(x != y for x, y in zip(a, b))


def has_chinese(text: str) -> bool:
    """True when ``text`` contains at least one CJK ideograph."""
    return _HAN.search(text) is not None


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
