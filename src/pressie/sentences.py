"""Sentence boundaries for Chinese press text.

:func:`split_sentences` is a pure function over the working text; the spaCy component
``pressie_sentences`` turns its boundaries into ``Token.is_sent_start``.

Rules:

* a sentence ends after 。！？!? (and a run of them, ``?!``), together with the closing
  quotes and brackets right after it (``……下降12%。”`` keeps its ``”``);
* inside “…” 「…」 『…』 quotes no sentence ends (``批示:“好!应予表彰,…”,对此…`` stays one
  sentence) unless the end closes the quote (``他说:“…下降12%。”``), or the quote has run
  for more than ``MAX_QUOTE`` characters: an unclosed quote never swallows the rest of the
  document;
* every line break ends a sentence, and resets the quote depth;
* so does, outside quotes, an AI summary's citation mark after a blank (``…增长33% [1]``)
  and a bullet between blanks after a word (``客流数据 - 共保障…``), not a dash after a
  number or a date unit (``2017 - 2018年``, ``1月 - 3月``);
* leading and trailing whitespace does not belong to a sentence; whitespace tokens stay
  with the sentence before them.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import ASSIGNS, REQUIRES
from .text import doc_text

_ENDERS = frozenset("。！？!?")
_CLOSERS = frozenset("”’」』）)】》\"'")
_OPEN_QUOTES = frozenset("“「『")
_CLOSE_QUOTES = frozenset("”」』")
_SPACE = frozenset(" \t\r\n\u3000\xa0\ufeff")
#: A quote open for longer than this many characters no longer blocks sentence ends.
MAX_QUOTE = 150


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character ranges of the sentences of ``text``.

    Ranges are in order, do not overlap, never start or end with whitespace, and
    together cover every non-whitespace character.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    start = -1  # start of the current sentence, -1 when between sentences
    depth = 0
    quote_open = 0
    i = 0
    # Only line breaks, quotes and sentence enders change the state; the characters
    # between them are skipped by one regex search (a sentence starts at the first
    # non-space one after a boundary).
    while True:
        m = _EVENT.search(text, i)
        e = n if m is None else m.start()
        if start < 0 and e > i:
            first = _NON_SPACE.search(text, i, e)
            if first is not None:
                start = first.start()
        if m is None:
            break
        ch = text[e]
        i = e + 1
        if ch == "\n":
            if start >= 0:
                out.append((start, _rstrip(text, start, e)))
                start = -1
            depth = 0
            continue
        if ch in "[-":
            # an AI summary's citation mark or a flattened list's bullet ends a sentence:
            # …增长33% [1] - 单日最高客流量… (the mark and the bullet close the sentence
            # before them)
            stop = _bullet_end(text, e) if depth == 0 and start >= 0 else None
            if stop is not None:
                out.append((start, stop))
                start = -1
                i = stop
            elif start < 0:
                start = e
            continue
        if start < 0:
            start = e
        if ch in _OPEN_QUOTES:
            if depth == 0:
                quote_open = e
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        else:  # a sentence ender, with the run of enders and closers after it
            j = _END_RUN.match(text, i).end()  # type: ignore[union-attr]
            closes = _count_close_quotes(text, i, j)
            if depth - closes > 0 and e - quote_open <= MAX_QUOTE:
                continue  # inside a quote that goes on: not a sentence end
            out.append((start, j))
            start = -1
            depth = 0
            i = j
    if start >= 0:
        end = _rstrip(text, start, n)
        if end > start:
            out.append((start, end))
    return out


def _bullet_end(text: str, e: int) -> int | None:
    """Where the sentence before the ``[`` or ``-`` at ``e`` ends when that character opens
    a citation mark ( [1] , [12] ) or is a bullet ( - ) between blanks after a word, else
    None: after the mark (and a bullet right after it), after the bullet."""
    if text[e] == "[":
        m = _CITATION.match(text, e)
        if m is None:
            return None
        b = _BULLET_AFTER.match(text, m.end())
        return b.end() if b is not None else m.end()
    if (e >= 2 and text[e - 1] == " " and text[e - 2] not in _SPACE
            and not text[e - 2].isdigit() and text[e - 2] not in _DATE_UNITS
            and text[e + 1:e + 2] == " "):
        return e + 1
    return None


#: a date's units: a dash between blanks after one is a range (2023年1月 - 3月), no bullet
_DATE_UNITS = frozenset("年月日号时")


#: a citation mark of an AI summary, followed by a blank or the end ( [1] )
_CITATION = re.compile(r"\[[0-9]{1,2}\](?=\s|$)")
#: a bullet right after a citation mark ( [1] - )
_BULLET_AFTER = re.compile(r" -(?= )")


def _count_close_quotes(text: str, i: int, j: int) -> int:
    if j == i:
        return 0
    return sum(text.count(q, i, j) for q in _CLOSE_QUOTES)


def _chars(chars: frozenset[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


_EVENT = re.compile(f"[\n{_chars(_OPEN_QUOTES | _CLOSE_QUOTES | _ENDERS)}]|(?<= )\\[|(?<= )-(?= )")
_END_RUN = re.compile(f"[{_chars(_ENDERS | _CLOSERS)}]*")
_NON_SPACE = re.compile(f"[^{_chars(_SPACE)}]")


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return end


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` from :func:`split_sentences` on ``doc.text``.

    A token starts a sentence when a sentence starts at or inside it (a token cannot
    be split, so a boundary that falls inside one moves to its start); whitespace
    tokens never start a sentence except as the first token of the document.
    """

    def __call__(self, doc: Doc) -> Doc:
        """Mark sentence starts on ``doc`` and return it."""
        if len(doc) == 0:
            return doc
        starts = numpy.array([s for s, _ in split_sentences(doc_text(doc))], dtype="int64")
        arr = doc.to_array([IDX, LENGTH, IS_SPACE]).astype("int64")
        ends = arr[:, 0] + arr[:, 1]
        # the token in which each sentence start falls (the first one ending after it) ...
        tok = numpy.searchsorted(ends, starts, side="right")
        tok = tok[tok < len(doc)]
        # ... moved on to the next non-space token, except at the document's first token
        solid = numpy.flatnonzero(arr[:, 2] == 0)
        later = tok[tok > 0]
        k = numpy.searchsorted(solid, later)
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        flags[solid[k[k < len(solid)]], 0] = 1
        flags[0, 0] = 1
        # One bulk write: Token.is_sent_start's setter re-checks the whole Doc per call.
        doc.from_array([SENT_START], flags.astype("uint64"))
        return doc


@Language.factory(
    "pressie_sentences",
    assigns=ASSIGNS["pressie_sentences"],
    requires=REQUIRES["pressie_sentences"],
)
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """spaCy factory for :class:`SentenceSplitter`."""
    return SentenceSplitter()
