"""The per-call working state of the relation stages: :class:`Context`.

One :class:`Context` is built for each document (each call of
:func:`pressie.relations.extractor.extract_facts`) and passed through every stage; it is
never stored on the component or on any object shared between calls, so one pipeline serves
any number of documents and threads at once.  It holds the working text, indexes over the
spans the earlier components found (periods, entities, word boundaries, no-fact ranges) and
the paragraph memory of the region stage.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..model import Entity, Period, Span
from ..structure import in_skip
from .lexicon import RelationLexicon
from .patterns import _DIRTY, _PAREN, _SPACES
from .records import _span
from .words import Boundaries

PeriodLookup = Callable[[int], "Period | None"]


class Context:
    """Everything the stages know about one document besides its figures.

    Attributes:
        lex: the (shared, read-only) lexicon.
        text: the working text.
        bounds: the Doc's word boundaries, or None (characters only).
        periods: period expressions with offsets, in text order.
        base_periods: ``id()`` of the periods that are comparison periods (同比2018年).
        period_for: the periods component's ``position -> Period`` lookup, or None.
        entities: the recognized entities, as given.
        doc_region: the release's own region.
        skip: the no-fact ranges, sorted.
        para_city: city named last in each paragraph (region stage memory).
        para_place: place of the body named last in each paragraph (region stage memory).
    """

    def __init__(
        self,
        lex: RelationLexicon,
        text: str,
        periods: Sequence[Period],
        entities: Sequence[Entity],
        *,
        skip: Sequence[tuple[int, int]],
        region: str | None,
        period_for: PeriodLookup | None,
        base_periods: Sequence[tuple[int, int]] | None,
        token_starts: Sequence[int] | None,
    ) -> None:
        """Index the earlier components' spans of ``text`` (linear after sorting)."""
        self.lex = lex
        self.text = text
        self.dirty = [m.start() for m in _DIRTY.finditer(text)]
        self.sent_spans: dict[tuple[int, int], tuple[int, int]] = {}
        self.bounds = Boundaries(token_starts, len(text)) if token_starts else None
        self._index_periods(periods, base_periods)
        self.period_for = period_for
        self._index_entities(entities)
        self.doc_region = region
        self.para_city: dict[int, str] = {}
        self.para_place: dict[int, str] = {}
        #: (start, city) of the places and bodies naming a city, made when first asked for
        self.city_marks: list[tuple[int, str]] | None = None
        self.skip = sorted(skip)

    def _index_periods(self, periods: Sequence[Period],
                       base_periods: Sequence[tuple[int, int]] | None) -> None:
        from .period import is_base_period

        self.periods = sorted(
            (p for p in periods if p.start is not None and p.end is not None),
            key=lambda p: (p.start or 0),
        )
        if base_periods is not None:
            bset = set(base_periods)
            self.base_periods = {id(p) for p in self.periods if (p.start, p.end) in bset}
        else:
            self.base_periods = {id(p) for p in self.periods if is_base_period(self.text, p)}
        self.period_ending = {p.end: p.start for p in self.periods
                              if p.end is not None and p.start is not None}
        self.period_starts = [p.start or 0 for p in self.periods]
        spans = [(p.end or 0) - (p.start or 0) for p in self.periods]
        # the longest period bounds the window of periods that may overlap a range; a period
        # ending before it starts (never seen) turns the windows off
        self.period_span: int | None = max(spans, default=0)
        if any(n < 0 for n in spans):
            self.period_span = None

    def _index_entities(self, entities: Sequence[Entity]) -> None:
        self.entities = list(entities)
        self.ent_index = sorted((e.start, k) for k, e in enumerate(self.entities))
        self.ent_keys = [st for st, _k in self.ent_index]
        ent_spans = [e.end - e.start for e in self.entities]
        self.ent_span: int | None = max(ent_spans, default=0)
        if any(n < 0 for n in ent_spans):
            self.ent_span = None
        self.body_starts = sorted(
            e.start for e in self.entities if e.label in ("AGENCY", "LOCATION"))
        #: :func:`.metric.in_series` results by figure start, shared by the metric and
        #: yearly stages (each 、-list is walked once)
        self.series_memo: dict[int, bool] = {}
        #: lines that are only a place's name (a roundup's section heading: 抚州市), as
        #: (the place's start, its canonical name), in text order (:func:`_place_headings`)
        self.place_headings: list[tuple[int, str]]
        self.place_headings = _place_headings(self.text, self.entities)

    # ------------------------------------------------------------------------ lookups

    def periods_near(self, s: int, e: int) -> list[Period]:
        """The periods that may overlap ``[s, e)``, in order: a superset of those that do
        (all periods when no window can be drawn)."""
        span = self.period_span
        if span is None:
            return self.periods
        lo = bisect_left(self.period_starts, s - span)
        hi = bisect_left(self.period_starts, e)
        return self.periods[lo:hi]

    def ents_near(self, lo: int, hi: int) -> list[Entity]:
        """The entities starting in ``[lo, hi]``, in list order (all entities when one of
        them ends before it starts); callers still test their own condition."""
        if self.ent_span is None:
            return self.entities
        a = bisect_left(self.ent_keys, lo)
        b = bisect_right(self.ent_keys, hi)
        if b - a == 1:
            return [self.entities[self.ent_index[a][1]]]
        return [self.entities[k] for k in sorted(k for _st, k in self.ent_index[a:b])]

    def skipped(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a no-fact range (boilerplate, repeated copy)."""
        return in_skip(self.skip, start, end)

    # ------------------------------------------------------------------------ surfaces

    def join(self, pieces: list[tuple[int, int]]) -> str:
        """The metric written by ``pieces`` of the text, each :func:`clean`-ed."""
        text = self.text
        dirty = self.dirty
        out = []
        for s, e in pieces:
            if s < 0:
                continue
            k = bisect_left(dirty, s)
            if k < len(dirty) and dirty[k] < e:
                out.append(clean(text[s:e]))
            else:
                out.append(text[s:e])  # nothing clean() would change
        return "".join(out)

    def sentence_span(self, start: int, end: int) -> Span:
        """The sentence ``[start, end)`` without its outer whitespace, as a Span."""
        key = (start, end)
        se = self.sent_spans.get(key)
        text = self.text
        if se is None:
            s, e = key
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            se = self.sent_spans[key] = (s, e)
        return _span(text, se[0], se[1])


def _paren(m: re.Match[str]) -> str:
    inner = m.group()[1:-1]
    if len(inner) > 6 or "、" in inner or re.search(r"\d", inner):
        return ""
    return m.group()


def clean(s: str) -> str:
    """``s`` without long or list-like parentheticals and without whitespace."""
    if "(" in s or "（" in s:
        s = _PAREN.sub(_paren, s)
    return _SPACES.sub("", s)


def _place_headings(text: str, entities: Sequence[Entity]) -> list[tuple[int, str]]:
    """The lines that are only a place's name, ``(start, canonical)``, leaving out runs of
    such lines (a site's navigation list of provinces: 广东省 / 澳门): a roundup's section
    heading stands alone between lines of text.  The lines are indexed once, so the cost
    is linear in the text (a one-line page of many places scans nothing twice)."""
    locs = [e for e in entities if e.label == "LOCATION"]
    if not locs or "\n" not in text:
        return []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    ends = [k - 1 for k in starts[1:]] + [len(text)]
    filled = [bool(text[a:b].strip()) for a, b in zip(starts, ends)]
    alone: dict[int, tuple[int, str]] = {}  # line index -> (entity start, canonical)
    for e in locs:
        li = bisect_right(starts, e.start) - 1
        if text[e.end:ends[li]].strip() or text[starts[li]:e.start].strip():
            continue
        alone[li] = (e.start, e.canonical)
    out = []
    for li, (start, name) in sorted(alone.items()):
        prev = next((k for k in range(li - 1, -1, -1) if filled[k]), None)
        nxt = next((k for k in range(li + 1, len(starts)) if filled[k]), None)
        if prev in alone or nxt in alone:
            continue  # (a run of place lines: navigation)
        out.append((start, name))
    return out
