"""Input normalization: one length-preserving pass before the spaCy pipeline.

The pipeline never sees the caller's string directly.  :func:`normalize` returns a
string of exactly the same length in which

* full-width ASCII (``３６２３９``, ``ＡＢ``) becomes half-width and the ideographic space a space,
* traditional characters become simplified ones,
* control characters and lone surrogates become spaces / U+FFFD,

so that every character offset computed on the normalized text is also an offset into the
original.

Which OpenCC configuration
--------------------------
Traditional-script releases of mainland agencies (the gov.cn "繁體" pages) are machine
conversions of the simplified original, made with ``s2t`` or one of its regional variants
(``s2tw``, ``s2hk``).  The inverse we want is the one that best restores *mainland*
simplified text from any of them and leaves simplified text alone.  Measured on the four
simplified seeds and the four simplified own documents (characters that differ from the
original after converting forward and back; "id" = applied to the simplified text itself):

================  ====  =====  ======  ======
back               id    s2t    s2tw    s2hk
================  ====  =====  ======  ======
``t2s``             0     0      12      12
``tw2s``            7     0       0      12
``hk2s``            0     0      12       0
tw2s, then hk2s     7     0       0       0
================  ====  =====  ======  ======

``hk2s`` (Hong Kong variants 衞/枱/綫, then ``t2s``) is used: it is exact on ``s2t`` and
``s2hk`` copies and never alters simplified text.  ``tw2s`` is rejected because it rewrites
correct mainland 显著 to 显着; its only gain, the 12 characters of the ``s2tw`` column, is
the ambiguous 着/著 (着力 -> 著力 in Taiwan usage), which no character-level rule can undo
and which no rule of the pipeline depends on.  The phrase-rewriting ``tw2sp``
(軟體 -> 软件) is not used either: it changes vocabulary and string length.

Offsets
-------
OpenCC converts every single character to exactly one character (checked over the whole
CJK range), but it converts by longest phrase and a phrase entry could in principle
change length.  Where a conversion changes the length, the text is re-converted piecewise:
line by line, then the offending line in runs between punctuation, then the offending run
character by character, keeping the original character where even that changes length.
The invariant ``len(normalize(t)) == len(t)`` therefore always holds, so no offset map is
needed anywhere downstream; ``to_document`` re-cuts surface strings from the original.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy

from .model import Script

#: a quoted name or title (“飓风肃毒2018”, “全省平安建设先进市”), at most 30 characters on
#: one line: its digits are no figure and its words are no speaker's own
QUOTED_NAME = re.compile(r"“[^“”\n]{0,30}”")

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# C0/C1 controls except tab, newline, carriage return; plus line/paragraph separators
# become a newline so that they still separate lines.
_CONTROLS = {cp: 0x20 for cp in [*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0)]}
_CONTROLS[0x2028] = 0x0A
_CONTROLS[0x2029] = 0x0A
# look-alikes typed for a sign: ℅ (care of) for % (破案率达90℅); the circles ○ and ◯ that
# Taiwanese releases type for the zero of a numeral written digit by digit (五三○件)
_LOOKALIKES = {0x2105: ord("%"), 0x25CB: 0x3007, 0x25EF: 0x3007}
_TRANSLATE = {**_FULLWIDTH, **_CONTROLS, **_LOOKALIKES}
# _TRANSLATE as a lookup table over the BMP (every key is below U+10000), for numpy
_TRANSLATE_LUT = numpy.arange(0x10000, dtype=numpy.uint32)
_TRANSLATE_LUT[list(_TRANSLATE)] = list(_TRANSLATE.values())

_SURROGATE = re.compile("[\ud800-\udfff]")
# Runs between punctuation/whitespace, for piecewise conversion (linear: one class, no nesting).
_CHUNK = re.compile(r"[^\s，。、；：！？,.;:!?()（）“”\"'《》]+|.", re.S)
_LINE = re.compile(r"[^\n]*\n?")

#: The OpenCC configurations applied in order to bring traditional text to mainland
#: simplified script (see the module docstring for why these).
T2S_CHAIN: tuple[str, ...] = ("hk2s",)


@lru_cache(maxsize=1)
def _t2s_converters() -> list[object]:
    """The OpenCC converters of :data:`T2S_CHAIN` (loaded on first use)."""
    import opencc

    return [opencc.OpenCC(name) for name in T2S_CHAIN]


@lru_cache(maxsize=1)
def _s2t_converter() -> object:
    """OpenCC ``s2t``, loaded only when :func:`detect_script` meets traditional characters
    (it takes longer to load than the whole first ``extract`` of a short simplified text)."""
    import opencc

    return opencc.OpenCC("s2t")


def _to_simplified(text: str) -> str:
    """Apply the :data:`T2S_CHAIN` (may in principle change the length)."""
    for conv in _t2s_converters():
        text = conv.convert(text)  # type: ignore[attr-defined]
    return text


def _same_length(text: str, convert: Callable[[str], str]) -> str:
    """``convert(text)`` where it keeps the length; else piecewise, never changing length."""
    out = convert(text)
    if len(out) == len(text):
        return out
    pieces = []
    for line in _LINE.finditer(text):
        seg = line.group()
        if not seg:
            continue
        conv_line = convert(seg)
        if len(conv_line) != len(seg):
            conv_line = "".join(_convert_chunk(m.group(), convert) for m in _CHUNK.finditer(seg))
        pieces.append(conv_line)
    return "".join(pieces)


def _convert_chunk(chunk: str, convert: Callable[[str], str]) -> str:
    out = convert(chunk)
    if len(out) == len(chunk):
        return out
    chars = [convert(c) for c in chunk]
    return "".join(c2 if len(c2) == 1 else c for c, c2 in zip(chunk, chars))


def normalize(text: str) -> str:
    """Return the pipeline's working copy of ``text``, of exactly the same length.

    Args:
        text: the caller's original string.

    Returns:
        A string ``n`` with ``len(n) == len(text)``: half-width digits and letters,
        mainland simplified script, no control characters or lone surrogates.
    """
    return normalize_with_script(text)[0]


def normalize_with_script(text: str) -> tuple[str, bool]:
    """``normalize(text)``, and whether its script conversion left every character as it
    was: then the text holds no traditional-specific character and
    ``detect_script(text, normalize(text))`` is ``"simplified"`` (known without converting
    the text again)."""
    mapped = _translate(_SURROGATE.sub("\ufffd", text), _TRANSLATE, _TRANSLATE_LUT)
    out = mapped if mapped.isascii() else _same_length(mapped, _to_simplified)
    if len(out) != len(text):  # pragma: no cover - guarded by _same_length
        raise AssertionError("normalize changed the text length")
    return out, out == mapped


def detect_script(text: str, normalized: str | None = None) -> Script:
    """Classify ``text`` as "simplified", "traditional" or "mixed" script.

    A character is *traditional-specific* when the simplifying conversion
    (:data:`T2S_CHAIN`) changes it and *simplified-specific* when ``s2t`` changes it.
    Text with no traditional-specific characters is simplified; text whose
    traditional-specific characters outnumber the simplified-specific ones at least five
    to one is traditional; anything else with both is mixed.

    ``normalized``, when given, must be ``normalize(text)``: a text whose normalization only
    changed full-width and control characters is then known to be simplified without
    converting it again.
    """
    if text.isascii():
        return "simplified"
    clean = _SURROGATE.sub("\ufffd", text)
    if normalized is not None and _is_translation(clean, normalized):
        return "simplified"
    # converted in pieces of whole lines (no conversion phrase spans a line break), so that
    # a text of megabytes never has more than one piece's copies in memory
    trad = sum(_count_diff(p, _to_simplified(p)) for p in _line_pieces(clean))
    if trad == 0:
        return "simplified"
    s2t = _s2t_converter()
    simp = sum(_count_diff(p, s2t.convert(p)) for p in _line_pieces(clean))  # type: ignore[attr-defined]
    if simp == 0 or trad >= 5 * simp:
        return "traditional"
    return "mixed"


def _line_pieces(text: str) -> Iterator[str]:
    """``text`` cut after line breaks into pieces of about :data:`_BLOCK` characters (one
    piece for a shorter text; a line longer than that is a piece of its own)."""
    start, n = 0, len(text)
    while n - start > _BLOCK:
        cut = text.rfind("\n", start, start + _BLOCK) + 1
        if cut <= start:  # no line break in the block: up to the next one
            cut = text.find("\n", start + _BLOCK) + 1 or n
        yield text[start:cut]
        start = cut
    if start < n or not n:
        yield text[start:]


def code_points(text: str) -> numpy.ndarray:
    """The code points of ``text`` as a numpy ``uint32`` array (lone surrogates included)."""
    return numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), numpy.uint32)


#: characters compared per numpy block (bounds the temporary arrays of a long text to a
#: few MB instead of several times the text's size)
_BLOCK = 1 << 18


def _is_translation(clean: str, normalized: str) -> bool:
    """``clean.translate(_TRANSLATE) == normalized``, vectorized (``clean`` has no surrogates)."""
    if len(clean) != len(normalized):
        return False
    for i in range(0, len(clean), _BLOCK):
        a = code_points(clean[i : i + _BLOCK])
        expected = numpy.where(a < 0x10000, _TRANSLATE_LUT[numpy.minimum(a, 0xFFFF)], a)
        if not numpy.array_equal(expected, code_points(normalized[i : i + _BLOCK])):
            return False
    return True


def _count_diff(a: str, b: str) -> int:
    if a == b:
        return 0
    n = min(len(a), len(b))
    differ = sum(
        int(numpy.count_nonzero(code_points(a[i : min(i + _BLOCK, n)])
                                != code_points(b[i : min(i + _BLOCK, n)])))
        for i in range(0, n, _BLOCK)
    )
    return abs(len(a) - len(b)) + differ


def has_chinese(text: str) -> bool:
    """True when ``text`` contains at least one CJK ideograph."""
    return _HAN.search(text) is not None


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


# Whitespace and control characters as normalize() maps them, nothing else: the Doc's own
# text (see surface_text).
_WHITESPACE = {**_CONTROLS, 0x3000: 0x20}
_WHITESPACE_LUT = numpy.arange(0x10000, dtype=numpy.uint32)
_WHITESPACE_LUT[list(_WHITESPACE)] = list(_WHITESPACE.values())


def surface_text(text: str) -> str:
    """The text a pressie ``Doc`` holds for the caller's ``text`` (same length).

    The caller's characters, except those a ``Doc`` cannot hold or that :func:`normalize`
    turns into whitespace: lone surrogates become U+FFFD, control characters and the
    ideographic space a space, line/paragraph separators a line break.  Traditional script
    and full-width digits stay as written; the working text (:func:`normalize`) and the
    surface text therefore agree on every whitespace character, and the tokens cut from
    the working text can be cut from the surface text at the same offsets.
    """
    return _translate(_SURROGATE.sub("\ufffd", text), _WHITESPACE, _WHITESPACE_LUT)


#: below this many characters :func:`_translate` uses ``str.translate`` (fewer fixed costs)
_SHORT_TRANSLATE = 64


def _translate(text: str, table: dict[int, int], lut: numpy.ndarray) -> str:
    """``text.translate(table)`` for a ``table`` of BMP code points given also as ``lut``
    (every BMP code point to its image), for a text without lone surrogates.

    ``str.translate`` with a dict looks every character up in the dict (~150 ns a
    character); this maps the code points through the table with numpy (a few ns a
    character, plus ~10 us a call), in blocks of :data:`_BLOCK` characters so that the
    temporary arrays stay small for a text of megabytes.  Characters above the BMP are
    kept.
    """
    if len(text) < _SHORT_TRANSLATE:
        return text.translate(table)
    pieces = []
    for i in range(0, len(text), _BLOCK):
        cps = code_points(text[i : i + _BLOCK])
        out = lut[numpy.minimum(cps, 0xFFFF)]
        astral = cps > 0xFFFF
        if astral.any():
            out = numpy.where(astral, cps, out)
        pieces.append(out.astype("<u4", copy=False).tobytes().decode("utf-32-le", "surrogatepass"))
    return pieces[0] if len(pieces) == 1 else "".join(pieces)


_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, tuple[str, bool, str | None]] = (
    weakref.WeakKeyDictionary()
)


def _entry(doc: Doc) -> tuple[str, bool, str | None]:
    entry = _DOC_TEXTS.get(doc)
    if entry is None:
        surface = doc.text
        work = normalize(surface)
        entry = _DOC_TEXTS[doc] = (work, work == surface, None)
    return entry


def doc_text(doc: Doc) -> str:
    """The working text of ``doc``: :func:`normalize` of ``doc.text``, built once per Doc.

    pressie's tokenizer (:mod:`pressie.tokenizer`) records it when it makes the Doc; for any
    other Doc (another tokenizer, a deserialized Doc) it is computed on first use.  It has
    the length of ``doc.text``, so offsets into it are offsets into the Doc's text (and the
    caller's).  spaCy's ``Doc.text`` joins every token's text on each access; a Doc's text
    never changes (retokenizing keeps it), so the result is kept, for as long as the Doc
    lives, in a weak per-Doc cache: nothing is stored on the Doc itself.
    """
    return _entry(doc)[0]


def tokens_read_as_working_text(doc: Doc) -> bool:
    """True when the tokens of ``doc`` spell its working text (:func:`doc_text`): a
    simplified, half-width text.  False for traditional or full-width input, whose tokens
    keep the caller's characters."""
    return _entry(doc)[1]


def remember_doc_text(
    doc: Doc, work: str, same: bool = True, simplified: str | None = None
) -> None:
    """Record that ``doc``'s working text is ``work`` (``same``: and its tokens spell
    ``work``), sparing the first :func:`doc_text` call the join and the normalization.
    ``simplified``: the caller's string ``doc`` was made from, when
    :func:`normalize_with_script` found that its script conversion changed nothing (see
    :func:`simplified_source`)."""
    _DOC_TEXTS[doc] = (work, same, simplified)


def simplified_source(doc: Doc) -> str | None:
    """The caller's string ``doc`` was made from when the tokenizer found it holds no
    traditional-specific character (:func:`normalize_with_script`), else None: for that
    very string (compare by identity), :func:`detect_script` gives ``"simplified"``."""
    return _entry(doc)[2]
