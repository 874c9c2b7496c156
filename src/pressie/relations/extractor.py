"""The rule-based relation extractor over plain working text (spec sections 2 and 4)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..model import Entity, Fact, Period, Quantity, Span
from .campaign import _campaign_map
from .candidates import (
    _clauses,
    _drop_reason,
    _in_subject,
    _Item,
    _Sentence,
    _sentences,
)
from .changes import _attach_changes, _change_only_fact, _value_facts
from .dedupe import dedupe
from .lexicon import RelationLexicon, _char_class
from .metric import _distribute_levels, _metric, _resolve_anaphor
from .patterns import (
    _DIRTY,
    _PAREN,
    _SPACES,
)
from .period import _is_base_period
from .records import _span
from .roles import _assign_role
from .scope import _opening_scope
from .words import Boundaries


class FactExtractor:
    """The rule-based relation extractor over plain working text (spec sections 2 and 4).

    Holds only the lexicon; every call of :meth:`extract` works on its own per-call state,
    so one extractor serves any number of documents and threads at once.
    """

    def __init__(self, lexicon: RelationLexicon | None = None) -> None:
        self.lex = lexicon or RelationLexicon.load()

    def extract(
        self,
        text: str,
        quantities: Sequence[Quantity],
        periods: Sequence[Period] = (),
        entities: Sequence[Entity] = (),
        *,
        skip: Sequence[tuple[int, int]] = (),
        region: str | None = None,
        sentences: Sequence[tuple[int, int]] | None = None,
        period_for: Callable[[int], Period | None] | None = None,
        base_periods: Sequence[tuple[int, int]] | None = None,
        token_starts: Sequence[int] | None = None,
    ) -> list[Fact]:
        """Build the facts of one document.

        Args:
            text: the working text (normalized, same offsets as the original).
            quantities: every recognized quantity (``kind == "other"`` ones are ignored).
            periods: recognized period expressions with offsets.
            entities: recognized entities (CAMPAIGN and LOCATION ones are used).
            skip: character ranges that never yield facts (boilerplate, repeated copy).
            region: the release's own region (全区/全省 resolve to it).
            sentences: sentence ``(start, end)`` offsets; computed when not given.
            period_for: optional ``position -> Period`` giving the period of a fact whose
                number starts at ``position`` (own, else inherited: the periods component's
                ``PeriodIndex.period_for``); a built-in fallback is used otherwise.
            base_periods: ``(start, end)`` of the comparison periods (同比2018年, 较去年);
                guessed from the text around each period when not given.
            token_starts: sorted start offsets of the document's words (the spaCy Doc's
                pkuseg tokens; token end offsets may be included too). When given, verbs
                count only as whole words and metric edges are moved onto word boundaries;
                without it the extractor works on characters alone.

        Returns:
            The facts, in text order, restated facts removed.
        """
        return _Run(self.lex).extract(
            text, quantities, periods, entities, skip=skip, region=region,
            sentences=sentences, period_for=period_for, base_periods=base_periods,
            token_starts=token_starts)


class _Run:
    """The working state of one :meth:`FactExtractor.extract` call."""

    def __init__(self, lexicon: RelationLexicon) -> None:
        self.lex = lexicon
        self._bounds: Boundaries | None = None

    def extract(
        self,
        text: str,
        quantities: Sequence[Quantity],
        periods: Sequence[Period] = (),
        entities: Sequence[Entity] = (),
        *,
        skip: Sequence[tuple[int, int]] = (),
        region: str | None = None,
        sentences: Sequence[tuple[int, int]] | None = None,
        period_for: Callable[[int], Period | None] | None = None,
        base_periods: Sequence[tuple[int, int]] | None = None,
        token_starts: Sequence[int] | None = None,
    ) -> list[Fact]:
        """Build the facts of one document.

        Args:
            text: the working text (normalized, same offsets as the original).
            quantities: every recognized quantity (``kind == "other"`` ones are ignored).
            periods: recognized period expressions with offsets.
            entities: recognized entities (CAMPAIGN and LOCATION ones are used).
            skip: character ranges that never yield facts (boilerplate, repeated copy).
            region: the release's own region (全区/全省 resolve to it).
            sentences: sentence ``(start, end)`` offsets; computed when not given.
            period_for: optional ``position -> Period`` giving the period of a fact whose
                number starts at ``position`` (own, else inherited: the periods component's
                ``PeriodIndex.period_for``); a built-in fallback is used otherwise.
            base_periods: ``(start, end)`` of the comparison periods (同比2018年, 较去年);
                guessed from the text around each period when not given.
            token_starts: sorted start offsets of the document's words (the spaCy Doc's
                pkuseg tokens; token end offsets may be included too). When given, verbs
                count only as whole words and metric edges are moved onto word boundaries;
                without it the extractor works on characters alone.

        Returns:
            The facts, in text order, restated facts removed.
        """
        if not text:
            return []
        sents = _sentences(self, text, sentences)
        self._text = text
        self._dirty = [m.start() for m in _DIRTY.finditer(text)]
        self._sent_spans: dict[tuple[int, int], tuple[int, int]] = {}
        self._bounds = Boundaries(token_starts, len(text)) if token_starts else None
        self._periods = sorted(
            (p for p in periods if p.start is not None and p.end is not None),
            key=lambda p: (p.start or 0),
        )
        if base_periods is not None:
            bset = set(base_periods)
            self._base_periods = {id(p) for p in self._periods if (p.start, p.end) in bset}
        else:
            self._base_periods = {
                id(p) for p in self._periods if _is_base_period(self, text, p)
            }
        self._period_ending = {p.end: p.start for p in self._periods
                               if p.end is not None and p.start is not None}
        self._period_starts = [p.start or 0 for p in self._periods]
        spans = [(p.end or 0) - (p.start or 0) for p in self._periods]
        # the longest period bounds the window of periods that may overlap a range; a period
        # ending before it starts (never seen) turns the windows off
        self._period_span: int | None = max(spans, default=0)
        if any(n < 0 for n in spans):
            self._period_span = None
        self._entities = list(entities)
        self._ent_index = sorted((e.start, k) for k, e in enumerate(self._entities))
        self._ent_keys = [st for st, _k in self._ent_index]
        ent_spans = [e.end - e.start for e in self._entities]
        self._ent_span: int | None = max(ent_spans, default=0)
        if any(n < 0 for n in ent_spans):
            self._ent_span = None
        self._body_starts = sorted(
            e.start for e in self._entities if e.label in ("AGENCY", "LOCATION"))
        self._scope_first = {
            w[0] for w in self.lex.scope_words
            if w != "全"}
        self._scope_first_re = _char_class(self._scope_first)
        self._doc_region = region
        self._para_city: dict[int, str] = {}
        self._para_place: dict[int, str] = {}
        self._period_for = period_for
        self._skip = sorted(skip)
        qs = sorted(
            (q for q in quantities if q.kind != "other" and not self._skipped(q.start, q.end)),
            key=lambda q: q.start,
        )
        campaigns = _campaign_map(self, text, sents)
        facts: list[Fact] = []
        qi = 0
        last_scope: dict[int, tuple[int, int] | None] = {}
        # sentences without figures since the paragraph's last figure, examined only when a
        # later sentence of the paragraph has figures (most never are)
        pending: dict[int, list[_Sentence]] = {}
        last_para = -1
        para_facts: list[Fact] = []
        for si, sent in enumerate(sents):
            items: list[_Item] = []
            while qi < len(qs) and qs[qi].start < sent.end:
                if qs[qi].start >= sent.start:
                    items.append(_Item(qs[qi]))
                qi += 1
            if not items:
                pending.setdefault(sent.paragraph, []).append(sent)
                continue
            scope = last_scope.get(sent.paragraph)
            # a sentence without figures that opens with a named body sets the scope of the
            # figures after it (深圳市公安局侦破的…专案,…。该案共抓获…); the latest one wins
            for quiet in reversed(pending.pop(sent.paragraph, [])):
                opening = _opening_scope(self,
                    text, _clauses(self, text, quiet.start, min(quiet.end, quiet.start + 80)),
                    quiet.end)
                if opening is not None:
                    scope = opening
                    break
            new_facts, scope = self._sentence_facts(text, sent, items, scope, campaigns[si])
            last_scope[sent.paragraph] = scope
            if last_para != sent.paragraph:
                last_para, para_facts = sent.paragraph, []
            for k, f in enumerate(new_facts):
                if f.metric.startswith(self.lex.anaphors):
                    new_facts[k] = _resolve_anaphor(self, text, f, para_facts)
                para_facts.append(new_facts[k])
            facts.extend(new_facts)
        return dedupe(facts)

    # ----------------------------------------------------------------------- segmentation

    def _periods_near(self, s: int, e: int) -> list[Period]:
        """The periods that may overlap ``[s, e)``, in order: a superset of those that do
        (all periods when no window can be drawn)."""
        span = self._period_span
        if span is None:
            return self._periods
        lo = bisect_left(self._period_starts, s - span)
        hi = bisect_left(self._period_starts, e)
        return self._periods[lo:hi]

    def _ents_near(self, lo: int, hi: int) -> list[Entity]:
        """The entities starting in ``[lo, hi]``, in list order (all entities when one of
        them ends before it starts); callers still test their own condition."""
        if self._ent_span is None:
            return self._entities
        a = bisect_left(self._ent_keys, lo)
        b = bisect_right(self._ent_keys, hi)
        if b - a == 1:
            return [self._entities[self._ent_index[a][1]]]
        return [self._entities[k] for k in sorted(k for _st, k in self._ent_index[a:b])]

    def _skipped(self, start: int, end: int) -> bool:
        if not self._skip:
            return False
        return any(s <= start and end <= e for s, e in self._skip)

    # ----------------------------------------------------------------------- filters


    # ----------------------------------------------------------------------- sentence

    def _sentence_facts(
        self,
        text: str,
        sent: _Sentence,
        items: list[_Item],
        scope: tuple[int, int] | None,
        campaign_at: Callable[[int], str | None],
    ) -> tuple[list[Fact], tuple[int, int] | None]:
        clauses = _clauses(self, text, sent.start, sent.end)
        clause_starts = [c[0] for c in clauses]
        self._sent_start = sent.start

        def clause_of(pos: int) -> tuple[int, int]:
            # clauses are sorted and disjoint: only the last one starting at or before
            # ``pos`` can hold it
            k = bisect_right(clause_starts, pos) - 1
            if k >= 0 and pos < clauses[k][1]:
                return clauses[k]
            return (sent.start, sent.end)

        # 1. drop non-facts, assign change / baseline roles
        prev: _Item | None = None
        for it in items:
            cl = clause_of(it.q.start)
            reason = _drop_reason(self, text, it, prev, cl)
            if reason:
                it.role = "drop"
            else:
                _assign_role(self, text, it, prev, cl, sent)
            prev = it
        live = [it for it in items if it.role != "drop"]

        # 2. subject counts: a count before the verb of a clause whose figure follows
        subjects = []
        self._live_index = (live, [it.q.start for it in live])
        for it in live:
            if it.role == "value" and _in_subject(self, text, it, live, clause_of(it.q.start)):
                it.role = "drop"
                subjects.append(it)
        live = [it for it in live if it.role != "drop"]

        # a body opening the sentence in a clause without figures is the sentence's scope:
        # 宝鸡市公安局成功侦破…案,共抓获犯罪嫌疑人87名
        first = min((it.q.start for it in live), default=sent.end)
        opening = _opening_scope(self, text, clauses, first)
        if opening is not None:
            scope = opening
        # 3. metrics of values
        prev_value: _Item | None = None
        self._metric_index = None
        if all(o.q.end >= o.q.start for o in live + subjects):
            self._metric_index = (live, [o.q.start for o in live],
                                  subjects, [o.q.start for o in subjects])
        for it in live:
            if it.role != "value":
                continue
            cl = clause_of(it.q.start)
            _metric(self, text, it, cl, live, prev_value, subjects)
            if it.metric:
                sc = it.scope
                if sc is not None:
                    scope = sc
                it.scope = scope
                prev_value = it
            else:
                it.role = "drop"

        if text.find("分别", sent.start, sent.end) >= 0:
            _distribute_levels(self, text, live, clause_of)
        # 4. attach changes and baselines to values, or make change-only facts
        facts: list[Fact] = []
        _attach_changes(self, text, sent, live, clauses)
        for it in live:
            if it.role == "value":
                facts.extend(_value_facts(self, text, it, sent, campaign_at))
            elif it.role == "change" and it.owner is None:
                fact = _change_only_fact(self, text, it, sent, campaign_at, scope)
                if fact is not None:
                    facts.append(fact)
        return facts, scope

    # ----------------------------------------------------------------------- roles

    # ----------------------------------------------------------------------- subjects

    # ----------------------------------------------------------------------- metric

    def _join(self, text: str, pieces: list[tuple[int, int]]) -> str:
        if text is not getattr(self, "_text", None):
            return "".join(self._clean(text[s:e]) for s, e in pieces if s >= 0)
        dirty = self._dirty
        out = []
        for s, e in pieces:
            if s < 0:
                continue
            k = bisect_left(dirty, s)
            if k < len(dirty) and dirty[k] < e:
                out.append(self._clean(text[s:e]))
            else:
                out.append(text[s:e])  # nothing _clean would change
        return "".join(out)


    def _clean(self, s: str) -> str:
        """Drop long or list-like parentheticals, aspect particles and spaces."""

        def paren(m: re.Match[str]) -> str:
            inner = m.group()[1:-1]
            if len(inner) > 6 or "、" in inner or re.search(r"\d", inner):
                return ""
            return m.group()

        if "(" in s or "（" in s:
            s = _PAREN.sub(paren, s)
        return _SPACES.sub("", s)

    # ----------------------------------------------------------------------- changes

    # ----------------------------------------------------------------------- facts

    def _sentence_span(self, text: str, sent: _Sentence) -> Span:
        key = (sent.start, sent.end)
        cache = self._sent_spans if text is getattr(self, "_text", None) else {}
        se = cache.get(key)
        if se is None:
            s, e = key
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            se = cache[key] = (s, e)
        s, e = se
        return _span(text, s, e)
