"""Relation extraction: turn recognized quantities into :class:`~pressie.model.Fact` records.

The grammar of the genre (extraction-spec.md sections 2 and 4):

* a statistic is written ``[period][scope][filler][verb][object][number]``
  (``2020年,全区公安机关共破获各类刑事案件36239起``) or with the object after the number
  (``共打掉3644个涉黑组织``): the metric is the verb plus the object, as written, without the
  scope, the period, the number and filler adverbs;
* a change follows its level (``…377起,同比下降7.8%``), distributes over a list
  (``同比分别下降7.8%、8.6%和33.2%``), compares with a baseline (``较去年(1469起)相比多破1712起``,
  ``从2018年的0.34%下降到0.06%``) or stands alone with its own subject
  (``侵犯公民个人信息案件发案同比下降9.1个百分点``: a change-only fact);
* a coordinated list shares its verb (``检查车辆78万余台次、人员100万余人次``), ``其中`` opens
  sub-counts, a rate noun gets its own fact (``5824名目标在逃人员到案率99%``);
* counts inside the subject of another figure, enumeration sums, category thresholds and
  ranks are not facts.

All vocabulary lives in data files under ``pressie/lexicons/`` (``metric_verbs.txt``,
``metric_fillers.txt``, ``change_words.json``, ``scope_patterns.json``,
``relation_rules.json``).  The core, :meth:`FactExtractor.extract`, is a pure function of
the working text and the spans found by the earlier components; the spaCy component
:class:`RelationExtractor` is a thin wrapper reading and writing ``Doc._`` attributes.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401
from .model import Change, Entity, Fact, Period, Quantity, Span, _construct
from .resources import lexicon_path, read_list
from .text import doc_text

_HAN = re.compile(r"[\u3400-\u9fff]")
# a character that starts a second figure right after 以上/以下 (a range, not a value)
_RANGE_NEXT = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两")
_RANGE_ENDS = ("以上", "以下")
_OPEN = "(（"
_CLOSE = ")）"
_SENT_END = "。！？!?\n"
_PREPOSITIONS = frozenset("从向对在由经据为给把将与和")
_SPACES = re.compile(r"\s+")
# characters _clean may change: whitespace and opening parentheses
_DIRTY = re.compile(r"[\s(（]")
_PLACE_LIST = re.compile(r"(?:[、和及与][^、和及与,，。;；:：\s]{1,8})+")


# --------------------------------------------------------------------------- lexicon


_SPAN_SET = frozenset(("start", "end", "text"))
_FACT_FIELDS = ("metric", "metric_spans", "value", "change", "period", "scope", "region",
                "campaign", "sentence")
_CHANGE_FIELDS = ("direction", "amount", "basis", "baseline", "base_period")


def _span(text: str, s: int, e: int) -> Span:
    """``Span(start=s, end=e, text=text[s:e])`` without re-validating (ints and a str)."""
    return _construct(Span, {"start": s, "end": e, "text": text[s:e]}, set(_SPAN_SET))


def _fact(metric: str, metric_spans: list[Span], value: Quantity | None,
          change: Change | None, period: Period | None, scope: str | None,
          region: str | None, campaign: str | None, sentence: Span) -> Fact:
    """``Fact(...)`` with every field given, without re-validating fields of their types
    (the span list copied, as validation copies it)."""
    return _construct(Fact, {
        "metric": metric, "metric_spans": list(metric_spans), "value": value,
        "change": change, "period": period, "scope": scope, "region": region,
        "campaign": campaign, "sentence": sentence}, set(_FACT_FIELDS))


def _change(direction: str, amount: Quantity | None, basis: str,
            base_period: Period | None, baseline: Quantity | None = None,
            with_baseline: bool = True) -> Change:
    """``Change(...)`` (direction and basis valid literals) without re-validating; the
    baseline counts as given unless ``with_baseline`` is False."""
    given = set(_CHANGE_FIELDS)
    if not with_baseline:
        given.discard("baseline")
    return _construct(Change, {
        "direction": direction, "amount": amount, "basis": basis, "baseline": baseline,
        "base_period": base_period}, given)


def _length_index(words: Sequence[str]) -> tuple[tuple[int, ...], dict[str, str]] | None:
    """For words sharing their first character, in matching order: their distinct lengths,
    longest first, and the words by themselves; ``None`` where it cannot stand for trying
    them in order (the order is not longest first) or would not pay (fewer than 5 words:
    a few ``startswith`` calls are as fast as slicing and looking up).

    With the order longest first, the first word written at ``i`` is the longest one, so
    trying ``text[i:i + n]`` for each length ``n``, longest first, gives the same word.
    """
    lengths = [len(w) for w in words]
    if any(a < b for a, b in zip(lengths, lengths[1:], strict=False)):
        return None
    distinct = tuple(sorted(set(lengths), reverse=True))
    if len(words) < 5 or 0 in distinct:
        return None
    return distinct, {w: w for w in words}


def _by_length(words: Sequence[str]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def _char_class(chars: Any) -> re.Pattern[str]:
    """A regex matching any one of ``chars`` (never matching when there are none)."""
    body = "".join(sorted(re.escape(c) for c in chars))
    return re.compile(f"[{body}]") if body else re.compile(r"(?!x)x")


def _any_of(words: Sequence[str]) -> re.Pattern[str]:
    """A regex that finds a string holding any of ``words`` (never matching when there are
    none; an empty word matches everywhere)."""
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(re.escape(w) for w in words))


class _Words:
    """A word list in its matching order, indexed by first and last character.

    :meth:`at` and :meth:`end` give exactly what :func:`_starts` and :func:`_ends` give for
    the same list (the first word of the list that matches), looking only at the words that
    share the character matched against.
    """

    __slots__ = ("words", "_first", "_last", "_plain", "_first_re", "_by_len")

    def __init__(self, words: Sequence[str]) -> None:
        self.words = tuple(words)
        self._plain = any(not w for w in self.words)  # an empty word: no index
        first: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}
        for w in self.words:
            if w:
                first.setdefault(w[0], []).append(w)
                last.setdefault(w[-1], []).append(w)
        self._first = {k: tuple(v) for k, v in first.items()}
        self._last = {k: tuple(v) for k, v in last.items()}
        self._first_re = _char_class(self._first)
        self._by_len = {k: ix for k, v in self._first.items()
                        if (ix := _length_index(v)) is not None}

    def next_at(self, text: str, i: int, end: int) -> int:
        """The first position in ``[i, end)`` where a word of the list may start (its first
        character is there), ``-1`` when none; every position skipped holds no word."""
        if self._plain:
            return i if i < end else -1
        m = self._first_re.search(text, i, end)
        return m.start() if m else -1

    def at(self, text: str, i: int = 0) -> str | None:
        """The first word of the list written at ``text[i]``."""
        if self._plain or i < 0:
            return _starts(text, self.words, i)
        if i >= len(text):
            return None
        c = text[i]
        ix = self._by_len.get(c)
        if ix is not None:
            get = ix[1].get
            for n in ix[0]:
                w = get(text[i:i + n])
                if w is not None:
                    return w
            return None
        for w in self._first.get(c, ()):
            if text.startswith(w, i):
                return w
        return None

    def end(self, text: str) -> str | None:
        """The first word of the list that ``text`` ends with."""
        if self._plain:
            return _ends(text, self.words)
        if not text:
            return None
        for w in self._last.get(text[-1], ()):
            if text.endswith(w):
                return w
        return None


@dataclass
class RelationLexicon:
    """The vocabulary of the relation extractor (loaded from ``pressie/lexicons``)."""

    verbs: list[str]
    fillers: list[str]
    change: dict[str, Any]
    scope: dict[str, Any]
    rules: dict[str, Any]
    up: list[str] = field(init=False)
    down: list[str] = field(init=False)
    flat: list[str] = field(init=False)
    to_level: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.verbs = _by_length(self.verbs)
        self.fillers = _by_length(self.fillers)
        self.up = _by_length(self.change["up"])
        self.down = _by_length(self.change["down"])
        self.flat = _by_length(self.change.get("flat", []))
        self.to_level = _by_length(self.change["to_level"])
        self.change_words = _by_length(self.up + self.down + self.flat)
        self.direction = {w: "down" for w in self.down}
        self.direction.update({w: "flat" for w in self.flat})
        self.direction.update({w: "up" for w in self.up})
        for w in self.to_level:
            self.direction[w] = next(
                (self.direction[v] for v in self.up + self.down if w.startswith(v)), "up"
            )
        self.rate_nouns = set(self.change["rate_nouns"])
        self.average_words = _by_length(self.change["average_words"])
        self.markers = _by_length(
            self.change["yoy"] + self.change["mom"] + self.change["baseline"]
        )
        self.basis_of = {w: "baseline" for w in self.change["baseline"]}
        self.basis_of.update({w: "mom" for w in self.change["mom"]})
        self.basis_of.update({w: "yoy" for w in self.change["yoy"]})
        self.glue = _by_length(self.change["glue"])
        self.compare_words = _by_length(self.change["compare"])
        self.multiple_re = re.compile(self.change["multiple_re"])
        r = self.rules
        self.connectives = _by_length(r["connectives"])
        self.rate_suffixes = _by_length(r["rate_suffixes"])
        self.threshold_after = _by_length(r["threshold_after"])
        self.threshold_before = _by_length(r["threshold_before"])
        self.rank_before = _by_length(r["rank_before"])
        self.duration_cues = _by_length(r["duration_cues"])
        self.trailers = _by_length(r["metric_trailers"])
        self.trailer_words = tuple(r["trailer_words"])
        self.cap_markers = _by_length(r["cap_markers"])
        self.cap_re = _any_of(self.cap_markers)
        self.future_markers = _by_length(r["future_markers"])
        self.plan_markers = _by_length(r.get("plan_markers", []))
        self.plan_blockers = tuple(r.get("plan_blockers", []))
        self.plan_not_after = frozenset(r.get("plan_marker_not_after", []))
        self.threshold_comparatives_m = _Words(_by_length(r.get("threshold_comparatives", [])))
        self.structural_units = set(r["structural_units"])
        self.pred_fillers = _by_length(r["predicate_fillers"])
        self.not_predicate = _by_length(r["not_predicate"])
        self.subcount = _by_length(r["subcount"])
        self.openers = _by_length(r["predicate_openers"])
        self.adverbial_preps = _by_length(r["adverbial_prepositions"])
        self.helper_verbs = _by_length(r["helper_verbs"])
        self.pronouns = _by_length(r["subject_pronouns"])
        self.number_modifiers_m = _Words(_by_length(r.get("number_modifiers", [])))
        self.anaphors = tuple(_by_length(r.get("anaphors", [])))
        self.place_nouns_m = _Words(_by_length(r.get("place_nouns", [])))
        self.locating_verbs = tuple(_by_length(r.get("locating_verbs", [])))
        self.copulas = set(r["copulas"])
        self.list_seps = set(r["list_separators"])
        self.clause_seps = set(r["clause_separators"])
        # the characters _clauses looks at (single characters only; others never match)
        self.clause_chars_re = _char_class(
            {c for c in set(_OPEN) | set(_CLOSE) | self.clause_seps if len(c) == 1})
        s = self.scope
        self.national = _by_length(s["national"])
        self.national_t = tuple(self.national)
        self.own_region = _by_length(s["own_region"])
        self.scope_heads = _by_length(s["heads"])
        self.scope_prefixes = _by_length(s["prefixes"])
        self.anaphoric_bodies = tuple(_by_length(s.get("anaphoric_bodies", [])))
        self.verb_set = set(self.verbs)
        self._verb_index: dict[str, list[str]] = {}
        for v in self.verbs:  # longest first, kept per first character
            self._verb_index.setdefault(v[0], []).append(v)
        self._verb_by_len = {k: ix for k, v in self._verb_index.items()
                             if (ix := _length_index(v)) is not None}
        self._filler_set = set(self.fillers)
        # indexed matchers (same answers as _starts/_ends over the lists)
        self.verbs_m = _Words(self.verbs)
        self.adverbial_preps_t = tuple(self.adverbial_preps)
        self._inner_re = _char_class({w[0] for w in self.fillers + self.subcount if w} | {"了"})
        self._inner_plain = any(not w for w in self.fillers + self.subcount)
        self.threshold_after_m = _Words(self.threshold_after)
        self.rank_before_m = _Words(self.rank_before)
        self.threshold_before_m = _Words(self.threshold_before)
        self.to_level_m = _Words(self.to_level)
        self.change_words_m = _Words(self.change_words)
        self.glue_m = _Words(self.glue)
        self.average_words_m = _Words(self.average_words)
        self.fillers_m = _Words(self.fillers)
        self.connectives_m = _Words(self.connectives)
        self.pronouns_m = _Words(self.pronouns)
        self.trailers_m = _Words(self.trailers)
        self.scope_heads_m = _Words(self.scope_heads)
        self.adverbial_preps_m = _Words(self.adverbial_preps)
        self.helper_verbs_m = _Words(self.helper_verbs)
        self.openers_m = _Words(self.openers)
        self.subcount_m = _Words(self.subcount)
        self.scope_prefixes_m = _Words(self.scope_prefixes)
        self.not_predicate_m = _Words(self.not_predicate)
        self.pred_fillers_m = _Words(self.pred_fillers)
        self.own_region_m = _Words(self.own_region)
        self.scope_words = self.scope_prefixes + self.national + self.own_region
        self.scope_words_m = _Words(self.scope_words)
        self.national_own_m = _Words(self.national + self.own_region)
        self.function_words_m = _Words(self.fillers + self.connectives + self.trailers
                                       + self.to_level + self.change_words)

    @classmethod
    def load(cls, folder: str | Path | None = None) -> RelationLexicon:
        """Read the lexicon files from ``folder`` (default: the packaged ``lexicons``)."""

        def p(name: str) -> Path:
            return Path(folder) / name if folder else lexicon_path(name)

        return cls(
            verbs=read_list(p("metric_verbs.txt")),
            fillers=read_list(p("metric_fillers.txt")),
            change=json.loads(p("change_words.json").read_text(encoding="utf-8")),
            scope=json.loads(p("scope_patterns.json").read_text(encoding="utf-8")),
            rules=json.loads(p("relation_rules.json").read_text(encoding="utf-8")),
        )

    # small matching helpers ------------------------------------------------------------

    def verb_at(self, text: str, i: int, bounds: Boundaries | None = None,
                offset: int = 0) -> str | None:
        """The longest lexicon verb starting at ``text[i]``.

        With ``bounds`` (word boundaries of the document, ``text`` starting at document
        offset ``offset``), the verb must start and end on word boundaries: 化部 in
        工业和信息化部 holds no verb 化, 查处 in 检查处 is no 查处.
        """
        if i >= len(text):
            return None
        c = text[i]
        ix = self._verb_by_len.get(c)
        if ix is not None:  # the same longest verb, found by length
            get = ix[1].get
            for n in ix[0]:
                v = get(text[i:i + n])
                if v is not None:
                    if bounds is not None and self._inside_word(text, i, v, bounds, offset):
                        return None
                    return v
            return None
        for v in self._verb_index.get(c, ()):  # longest first
            if text.startswith(v, i):
                if bounds is not None and self._inside_word(text, i, v, bounds, offset):
                    return None  # 立案数 holds neither 立案 nor 立
                return v
        return None

    def _inside_word(self, text: str, i: int, v: str, bounds: Boundaries, offset: int) -> bool:
        """True when the segmenter put verb ``v`` inside a noun word (到案率, 检查站, 破案数).

        The verb lies inside one word that is longer than it, with at most one character
        after it (a nominal suffix: 率 数 站 点), and what stands before it in the word is
        not a filler (共侦办 and 共立 are filler + verb glued by the segmenter).
        """
        ws, we = bounds.word_of(offset + i)
        end = offset + i + len(v)
        if end > we or (ws == offset + i and we == end):
            return False  # the verb crosses or equals word boundaries
        if we - end > 1:
            return False  # verb + object glued by the segmenter (拦截诈骗)
        before = text[max(0, ws - offset):i]
        return not (before and before in self._filler_set)

    def first_verb(self, text: str, start: int = 0, bounds: Boundaries | None = None,
                   offset: int = 0) -> tuple[int, str] | None:
        """Position and verb of the first lexicon verb in ``text[start:]``."""
        if start < 0:
            for i in range(start, len(text)):
                v = self.verb_at(text, i, bounds, offset)
                if v:
                    return i, v
            return None
        search = self.verbs_m._first_re.search
        i = start
        while True:
            m = search(text, i)  # the next position holding a verb's first character
            if m is None:
                return None
            i = m.start()
            v = self.verb_at(text, i, bounds, offset)
            if v:
                return i, v
            i += 1

    def verb_suffix(self, text: str) -> str | None:
        """The longest lexicon verb ``text`` ends with."""
        return self.verbs_m.end(text)


class _SortedStarts(list):  # type: ignore[type-arg]
    """Word boundary offsets already sorted and unique (as :class:`RelationExtractor`
    builds them), so that :class:`Boundaries` need not sort them again."""


class Boundaries:
    """Word boundaries of a document, from its tokens (pkuseg words).

    Built from the token start offsets (token end offsets may be included); the document
    end is a boundary too.  :meth:`word_of` gives the word that holds a position.
    """

    __slots__ = ("_starts", "_length")

    def __init__(self, starts: Sequence[int], length: int) -> None:
        if (isinstance(starts, _SortedStarts) and starts and starts[0] >= 0
                and starts[-1] <= length):
            ordered = list(starts)  # already sorted and unique: add the document edges
            if ordered[0] != 0:
                ordered.insert(0, 0)
            if ordered[-1] != length:
                ordered.append(length)
            self._starts = ordered
            self._length = length
            return
        found = set(starts)
        found.update((0, length))
        ordered = sorted(found)
        if ordered[0] < 0 or ordered[-1] > length:
            ordered = [s for s in ordered if 0 <= s <= length]
        self._starts = ordered
        self._length = length

    def at(self, pos: int) -> bool:
        """True when ``pos`` is a word boundary (or outside the document)."""
        if pos <= 0 or pos >= self._length:
            return True
        k = bisect_left(self._starts, pos)
        return k < len(self._starts) and self._starts[k] == pos

    def word_of(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the word holding the character at ``pos``."""
        k = bisect_right(self._starts, pos) - 1
        k = max(0, k)
        end = self._starts[k + 1] if k + 1 < len(self._starts) else self._length
        return self._starts[k], end

    def word(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` starts and ends on word boundaries."""
        return self.at(start) and self.at(end)


def _occurrences(text: str, word: str) -> list[int]:
    """Starts of the non-overlapping occurrences of ``word`` in ``text``, left to right
    (those ``re.finditer(re.escape(word), text)`` finds)."""
    if not word:
        return [m.start() for m in re.finditer("", text)]
    out = []
    k = text.find(word)
    n = len(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + n)
    return out


def _starts(text: str, words: Sequence[str], i: int = 0) -> str | None:
    for w in words:
        if text.startswith(w, i):
            return w
    return None


def _ends(text: str, words: Sequence[str]) -> str | None:
    for w in words:
        if text.endswith(w):
            return w
    return None


# --------------------------------------------------------------------------- working items


@dataclass
class _Item:
    """One quantity in the working state of a sentence."""

    q: Quantity
    role: str = "value"  # value | change | baseline | drop
    direction: str | None = None
    basis: str | None = None
    marker_pos: int | None = None  # where the change marker / verb starts
    base_period: Period | None = None
    to_level: bool = False
    changes: list[_Item] = field(default_factory=list)
    baseline: _Item | None = None
    metric: str = ""
    pieces: list[tuple[int, int]] = field(default_factory=list)
    scope: tuple[int, int] | None = None
    noun_after: bool = False
    verb: str | None = None
    subcount: bool = False
    owner: _Item | None = None  # for change amounts attached to a value
    subject: tuple[int, int] | None = None  # change-only subject span
    absorbs: _Item | None = None  # a change written before a to-level value (…下降23.6%,降至…)


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int


class FactExtractor:
    """The rule-based relation extractor over plain working text (spec sections 2 and 4)."""

    def __init__(self, lexicon: RelationLexicon | None = None) -> None:
        self.lex = lexicon or RelationLexicon.load()
        self._bounds: Boundaries | None = None

    # ----------------------------------------------------------------------- public API

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
        sents = self._sentences(text, sentences)
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
                id(p) for p in self._periods if self._is_base_period(text, p)
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
        campaigns = self._campaign_map(text, sents)
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
                opening = self._opening_scope(
                    text, self._clauses(text, quiet.start, min(quiet.end, quiet.start + 80)),
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
                    new_facts[k] = self._resolve_anaphor(text, f, para_facts)
                para_facts.append(new_facts[k])
            facts.extend(new_facts)
        return self._dedupe(facts)

    def _resolve_anaphor(self, text: str, f: Fact, earlier: list[Fact]) -> Fact:
        """此类案件发案数 after …侦破利用网络实施的拐卖案件近百起 -> 利用网络实施的拐卖案件发案数:
        the anaphor and its noun are replaced by the noun phrase of the paragraph's last fact
        ending with that noun (its leading verb left out); unchanged when none is found."""
        spans = f.metric_spans
        ana = next((a for a in self.lex.anaphors if f.metric.startswith(a)), "")
        if not spans or not spans[0].text.startswith(ana):
            return f
        rest = f.metric[len(ana):]
        for g in reversed(earlier[-6:]):
            if len(g.metric_spans) != 1:
                continue
            gs = g.metric_spans[0]
            for n in range(min(len(rest), 6), 0, -1):
                if gs.text.endswith(rest[:n]) and len(gs.text) > n + 1:
                    verb = self.lex.verb_at(gs.text, 0) or ""
                    a = gs.start + len(verb)
                    cut = spans[0].start + len(ana) + n
                    new = [Span(start=a, end=gs.end, text=text[a:gs.end])]
                    if cut < spans[0].end:
                        new.append(Span(start=cut, end=spans[0].end,
                                        text=text[cut:spans[0].end]))
                    new += spans[1:]
                    metric = "".join(self._clean(sp.text) for sp in new)
                    return f.model_copy(update={"metric": metric, "metric_spans": new})
        return f

    # ----------------------------------------------------------------------- segmentation

    def _sentences(
        self, text: str, given: Sequence[tuple[int, int]] | None
    ) -> list[_Sentence]:
        spans: list[tuple[int, int]] = []
        if given:
            spans = sorted((s, e) for s, e in given if e > s)
        else:
            start = 0
            for i, ch in enumerate(text):
                if ch in _SENT_END:
                    end = i + 1
                    while end < len(text) and text[end] in "”’」』":
                        end += 1
                    if end > start:
                        spans.append((start, end))
                    start = end
            if start < len(text):
                spans.append((start, len(text)))
        out = []
        para = 0
        prev_end = 0
        for s, e in spans:
            if "\n" in text[prev_end:s + 1] or (s > 0 and text[s - 1] == "\n"):
                para += 1
            out.append(_Sentence(s, e, para))
            prev_end = e
        return out

    def _clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Clause spans of a sentence: split at clause punctuation outside parentheses."""
        out = []
        depth = 0
        cs = start
        for m in self.lex.clause_chars_re.finditer(text, start, end):
            i = m.start()
            ch = text[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in self.lex.clause_seps:
                if i > cs:
                    out.append((cs, i))
                cs = i + 1
        if end > cs:
            out.append((cs, end))
        return out

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

    def _is_base_period(self, text: str, p: Period) -> bool:
        s = p.start or 0
        before = text[max(0, s - 2):s]
        after = text[p.end or s:(p.end or s) + 2]
        if any(before.endswith(m) for m in ("较", "比", "同比", "从", "与", "相比")):
            return True
        return after.startswith("的") and before.endswith(("从", "由"))

    def _drop_reason(self, text: str, it: _Item, prev: _Item | None, clause: tuple[int, int]
                     ) -> str | None:
        lex = self.lex
        q = it.q
        cs, ce = clause
        before = text[cs:q.start]
        after = text[q.end:ce]
        for p in self._periods_near(q.start, q.end):
            overlaps = (p.start or 0) < q.end and q.start < (p.end or 0)
            if overlaps and q.kind in ("duration", "count"):
                if q.unit in ("年", "月", "天", "日", "") or q.kind == "duration":
                    return "period"
        if lex.cap_re.search(before):
            return "cap"  # 单条线索奖励最高可达5万元
        if self._plan_count(before, after, q) or self._planned(text, q):
            return "plan"  # 将重点抓好三项工作:一是… / 计划新建工作站50个
        if lex.rank_before_m.end(before) or q.text.startswith("第"):
            return "rank"
        if after.startswith(("位", "名")) and before.endswith("第"):
            return "rank"
        w = lex.threshold_after_m.at(after)
        if w and len(after) > len(w) and _HAN.match(after[len(w)]) and after[len(w)] not in "的":
            return "threshold"
        if w and after[len(w):len(w) + 1] == "的":
            return "threshold"
        if after[:1] in _RANGE_NEXT and text[q.end - 2:q.end] in _RANGE_ENDS:
            return "threshold"  # a range: 处1000元以上2000元以下罚款
        if w and after[len(w):len(w) + 1] in _RANGE_NEXT:
            return "threshold"
        if (after.startswith("的") and len(after) > 1 and _HAN.match(after[1])
                and (lex.threshold_comparatives_m.end(before)
                     or lex.threshold_comparatives_m.at(text, q.start))):
            return "threshold"  # 未发生涉案金额超过1000万元的案件
        if lex.threshold_before_m.end(before):
            return "threshold"
        if (prev is not None and prev.role == "drop" and prev.q.end <= q.start
                and text[prev.q.end:q.start].strip() in ("、", "和", "或")):
            return "threshold"
        if q.kind == "duration":
            window = before[-8:]
            if not any(c in window for c in lex.duration_cues) and not after.startswith("之久"):
                return "duration"
        if self._enumeration_sum(before, q):
            return "enumeration"
        if q.kind == "count" and self._locating_count(before, after):
            return "locating"
        return None

    def _locating_count(self, before: str, after: str) -> bool:
        """A count of places that only locates other figures: 涉案的八个村的群众 (count + place
        noun between two 的-modifiers), 深入全县21个乡镇(场),开展… (a locating verb, the place
        noun ends the clause)."""
        lex = self.lex
        w = lex.place_nouns_m.at(after)
        if not w:
            return False
        rest = after[len(w):]
        if rest.startswith("的") and before.endswith("的"):
            return True  # inside a noun phrase: 涉案的八个村的群众
        rest = self._PAREN.sub("", rest).strip()
        return not rest and any(v in before[-12:] for v in lex.locating_verbs)

    def _plan_count(self, before: str, after: str, q: Quantity) -> bool:
        """A structural count in a plan: 将(重点)抓好三项工作 — a future marker followed by a
        verb before a small count of 项/个/条/方面 that announces a list (…工作:一是)."""
        lex = self.lex
        if q.kind != "count" or q.unit not in lex.structural_units or q.value > 10:
            return False
        for m in lex.future_markers:
            k = before.rfind(m)
            if k < 0:
                continue
            rest = before[k + len(m):]
            if rest and not any(ch.isdigit() for ch in rest) and lex.first_verb(rest[:6]):
                return True
        return False

    def _planned(self, text: str, q: Quantity) -> bool:
        """A figure in a plan or target: a plan marker (计划, 拟, 力争) earlier in its sentence
        with no blocker (已, 累计) between — 计划在全市新建社区反诈工作站50个, 并对5个地级市的
        重点物流园区实行全覆盖检查."""
        lo = max(self._sent_start, q.start - 60)
        if lo >= q.start:
            return False
        before = text[lo:q.start]
        lex = self.lex
        for m in lex.plan_markers:
            k = before.rfind(m)
            if k < 0 or (k > 0 and before[k - 1] in lex.plan_not_after):
                continue
            if self._bounds is not None and not self._bounds.at(lo + k):
                continue
            rest = before[k + len(m):]
            if any(b in rest for b in lex.plan_blockers):
                continue
            if lex.first_verb(rest[:10]) is not None:
                return True
        return False

    _ENUM = re.compile(r"(?:[\u4e00-\u9fff]{1,6}[、,])+[\u4e00-\u9fff]{1,6}$")

    def _enumeration_sum(self, before: str, q: Quantity) -> bool:
        if q.approx != "exact" or q.value != int(q.value) or not 2 <= q.value <= 20:
            return False
        if before.endswith(("等", "”", '"', "的")):
            return False
        m = self._ENUM.search(before[-80:])
        if not m:
            return False
        items = re.split(r"[、,]|和|及", m.group())
        return len(items) == int(q.value)

    # ----------------------------------------------------------------------- sentence

    def _sentence_facts(
        self,
        text: str,
        sent: _Sentence,
        items: list[_Item],
        scope: tuple[int, int] | None,
        campaign_at: Callable[[int], str | None],
    ) -> tuple[list[Fact], tuple[int, int] | None]:
        clauses = self._clauses(text, sent.start, sent.end)
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
            reason = self._drop_reason(text, it, prev, cl)
            if reason:
                it.role = "drop"
            else:
                self._assign_role(text, it, prev, cl, sent)
            prev = it
        live = [it for it in items if it.role != "drop"]

        # 2. subject counts: a count before the verb of a clause whose figure follows
        subjects = []
        self._live_index = (live, [it.q.start for it in live])
        for it in live:
            if it.role == "value" and self._in_subject(text, it, live, clause_of(it.q.start)):
                it.role = "drop"
                subjects.append(it)
        live = [it for it in live if it.role != "drop"]

        # a body opening the sentence in a clause without figures is the sentence's scope:
        # 宝鸡市公安局成功侦破…案,共抓获犯罪嫌疑人87名
        first = min((it.q.start for it in live), default=sent.end)
        opening = self._opening_scope(text, clauses, first)
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
            self._metric(text, it, cl, live, prev_value, subjects)
            if it.metric:
                sc = it.scope
                if sc is not None:
                    scope = sc
                it.scope = scope
                prev_value = it
            else:
                it.role = "drop"

        if text.find("分别", sent.start, sent.end) >= 0:
            self._distribute_levels(text, live, clause_of)
        # 4. attach changes and baselines to values, or make change-only facts
        facts: list[Fact] = []
        self._attach_changes(text, sent, live, clauses)
        for it in live:
            if it.role == "value":
                facts.extend(self._value_facts(text, it, sent, campaign_at))
            elif it.role == "change" and it.owner is None:
                fact = self._change_only_fact(text, it, sent, campaign_at, scope)
                if fact is not None:
                    facts.append(fact)
        return facts, scope

    def _distribute_levels(self, text: str, live: list[_Item],
                           clause_of: Callable[[int], tuple[int, int]]) -> None:
        """Levels listed after 分别 take one coordinated subject each: 头盔佩戴率和安全带使用率
        分别达到91.4%和95.7% -> 头盔佩戴率 91.4%, 安全带使用率 95.7%.

        Only when the subject splits at 、/和/及 into as many parts as there are levels; a head
        noun written once after the last part is shared (“A”类和“B”类案件 -> A类案件, B类案件).
        """
        lex = self.lex
        k = 0
        while k < len(live):
            first = live[k]
            if first.role != "value" or not first.pieces:
                k += 1
                continue
            cs, _ce = clause_of(first.q.start)
            head = text[max(cs, first.q.start - 6):first.q.start]
            distributed = False
            while head and not distributed:  # 分别 + trailers (为, 达到 …) before the number
                distributed = head.endswith("分别")
                w = lex.trailers_m.end(head)
                if not w:
                    break
                distributed = distributed or w.startswith("分别")
                head = head[:-len(w)]
            if not distributed:
                k += 1
                continue
            group = [first]
            j = k + 1
            while (j < len(live) and live[j].role in ("value", "drop") and not live[j].changes
                   and text[group[-1].q.end:live[j].q.start] in lex.list_seps):
                group.append(live[j])
                j += 1
            if len(group) < 2:
                k += 1
                continue
            a, b = first.pieces[-1]
            parts = self._split_subject(text, (a, b), len(group))
            if len(parts) == len(group):
                parts = self._share_head(text, parts)
                lead = first.pieces[:-1]
                for it, part in zip(group, parts):
                    it.pieces = lead + part
                    it.metric = self._join(text, it.pieces)
                    it.role = "value"
                    it.scope = first.scope
                    it.verb = first.verb
            k = j

    def _share_head(self, text: str, parts: list[tuple[int, int]]
                    ) -> list[list[tuple[int, int]]]:
        """Pieces of each coordinated part, the last part's head noun shared by parts that
        end in a classifier (“游戏装备交易”类 + 案件 of “刷单返利”类案件)."""
        la, lb = parts[-1]
        out: list[list[tuple[int, int]]] = []
        for pa, pb in parts[:-1]:
            mark = text[pb - 1]
            k = text.rfind(mark, la, lb - 1) if mark in "类型种" else -1
            out.append([(pa, pb), (k + 1, lb)] if k >= 0 else [(pa, pb)])
        out.append([(la, lb)])
        return out

    def _opening_scope(self, text: str, clauses: list[tuple[int, int]], first: int
                       ) -> tuple[int, int] | None:
        """The scope named by the clauses that open a sentence before its first figure.

        ``今年5月,宝鸡市公安局成功侦破“4·07”…案,共抓获犯罪嫌疑人87名``: the figures'
        clauses name no body, the opening clause does (a named body before its first verb).
        ``first`` is where the sentence's first figure starts (its end when it has none).
        """
        found = None
        for cs, ce in clauses[:4]:
            if ce > first:
                break
            if not self._has_body_start(cs, min(ce, cs + 16)):
                continue
            sc = self._left_scope(text, cs, ce)[2]
            if sc is not None and self._named_body_at(text, sc[0]):
                found = sc
        return found

    def _body_starts_in(self, a: int, b: int) -> list[int]:
        """Starts of named bodies/areas (entities, scope words) in ``[a, b)``."""
        lex = self.lex
        k = bisect_left(self._body_starts, a)
        out = []
        while k < len(self._body_starts) and self._body_starts[k] < b:
            out.append(self._body_starts[k])
            k += 1
        for i in range(a, b):
            if self._text[i] in self._scope_first and lex.scope_words_m.at(self._text, i):
                out.append(i)
        return out

    def _has_body_start(self, a: int, b: int) -> bool:
        """True when :meth:`_body_starts_in` finds something in ``[a, b)``."""
        k = bisect_left(self._body_starts, a)
        if k < len(self._body_starts) and self._body_starts[k] < b:
            return True
        text = self._text
        at = self.lex.scope_words_m.at
        search = self._scope_first_re.search
        i = a
        while i < b:
            m = search(text, i, b)
            if m is None:
                return False
            i = m.start()
            if at(text, i):
                return True
            i += 1
        return False

    def _named_body_at(self, text: str, a: int) -> bool:
        """True when a body or area is named at ``a``: an AGENCY/LOCATION entity starts
        there, or a scope word (全省, 各地, 全国 …)."""
        lex = self.lex
        w = lex.scope_words_m.at(text, a)
        if w and w != "全":
            return True
        return any(e.start == a and e.label in ("AGENCY", "LOCATION")
                   for e in self._ents_near(a, a))

    # ----------------------------------------------------------------------- roles

    def _assign_role(self, text: str, it: _Item, prev: _Item | None, clause: tuple[int, int],
                     sent: _Sentence) -> None:
        lex = self.lex
        q = it.q
        cs, _ce = clause
        before = text[max(sent.start, q.start - 24):q.start]
        # baseline in parentheses after a comparison: 较去年(1469起)
        if before.endswith(tuple(_OPEN)) and text[q.end:q.end + 1] in _CLOSE:
            head = before[:-1]
            if any(m in head[-8:] for m in ("较", "比", "与", "同期")):
                it.role = "baseline"
                it.marker_pos = q.start
                return
        # baseline before a to-level verb or a change: 从2018年的0.34%下降到, 较去年同期的1198起多破
        after = text[q.end:q.end + 6]
        if before.endswith("的") and re.search(r"(?:从|由|较|比|与)[^,，;；。]{0,12}的$", before):
            if lex.to_level_m.at(after) or lex.change_words_m.at(after):
                it.role = "baseline"
                return
        # to-level: …下降到0.06% / 下降至2022年的1700余起 (a period and 的 between)
        raw = text[cs:q.start].rstrip()
        gap_text = self._strip_glue(raw)
        lvl_end = self._skip_period_back(text, cs, q.start)
        tl = lex.to_level_m.end(text[cs:lvl_end])
        if tl:
            it.to_level = True
            it.direction = lex.direction[tl]
            it.basis = "baseline"
            it.marker_pos = lvl_end - len(tl)
            return
        # change amount: 同比下降14.2%, 多破1712起, 降幅超17%
        cw = lex.change_words_m.end(gap_text)
        if cw in lex.rate_nouns and gap_text[:-len(cw)].endswith(tuple(lex.average_words)):
            lo = prev.q.end if prev is not None and prev.q.end >= sent.start else sent.start
            if self._last_marker(text[lo:q.start]) is None:
                cw = None  # 年均降幅超过25%: an averaged rate compared with nothing is a level
        if cw and (len(cw) > 1 or self._single_char_change_ok(gap_text, cw)):
            it.role = "change"
            it.direction = lex.direction[cw]
            it.marker_pos = cs + len(gap_text) - len(cw)
            it.basis = self._basis(text, it, prev, sent, cw)
            return
        if q.kind == "multiple" and lex.multiple_re.search(gap_text):
            it.role = "change"
            it.direction = "up"
            m = lex.multiple_re.search(gap_text)
            it.marker_pos = cs + (m.start() if m else len(gap_text))
            it.basis = self._basis(text, it, prev, sent, "")
            return
        # continuation of a list of change amounts: 分别下降7.4%、2.9%
        if (prev is not None and prev.role == "change" and prev.q.end <= q.start
                and text[prev.q.end:q.start] in ("、", "和", "及", ",", "，")
                and text[prev.q.end:q.start] not in (",", "，")):
            it.role = "change"
            it.direction = prev.direction
            it.basis = prev.basis
            it.marker_pos = prev.marker_pos
            it.base_period = prev.base_period
            return

    def _skip_period_back(self, text: str, lo: int, pos: int) -> int:
        """``pos`` moved back over a period expression (and 的) written right before it."""
        k = pos
        if k > lo and text[k - 1] == "的":
            k -= 1
        p = self._period_ending.get(k)
        if p is not None and p >= lo:
            return p
        return pos

    def _last_marker(self, seg: str) -> str | None:
        """The basis marker written last in ``seg`` (同比/环比/较…), if any."""
        best: tuple[int, str] | None = None
        for m in self.lex.markers:
            if m in ("比", "与", "从"):
                continue  # too ambiguous without the change next to them
            k = seg.rfind(m)
            if k >= 0 and (best is None or k > best[0]):
                best = (k, m)
        return best[1] if best else None

    def _single_char_change_ok(self, gap: str, cw: str) -> bool:
        """``多``/``少``/``增``/``降`` alone count only after a comparison marker (比去年多12起)."""
        head = gap[: len(gap) - len(cw)]
        return bool(re.search(r"(?:同比|环比|较|比)[^,，;；。]{0,10}$", head))

    def _strip_glue(self, s: str) -> str:
        s = s.rstrip()
        while True:
            w = self.lex.glue_m.end(s)
            if not w:
                return s
            s = s[: -len(w)].rstrip()

    def _basis(self, text: str, it: _Item, prev: _Item | None, sent: _Sentence, cw: str) -> str:
        lex = self.lex
        lo = sent.start
        if prev is not None and prev.role == "baseline":
            # 较去年(842起)多破215起: the marker stands before the baseline
            lo = max(lo, prev.q.start - 16)
        elif prev is not None and prev.role in ("value", "change"):
            lo = max(lo, prev.q.end)
        hi = it.marker_pos if it.marker_pos is not None else it.q.start
        window = text[lo:hi]
        best: tuple[int, str] | None = None
        for m in lex.markers:
            for pos in _occurrences(window, m):
                if m == "比" and (window[max(0, pos - 1):pos] in ("同", "环", "占", "案", "对")
                                  or window[pos + 1:pos + 2] in ("例", "重", "率")):
                    continue
                if m == "与" and "相比" not in window[pos:]:
                    continue
                if best is None or pos > best[0] or (pos == best[0] and len(m) > len(best[1])):
                    best = (pos, m)
        if best is None:
            if prev is not None and prev.role == "change" and prev.basis and lo == prev.q.end:
                return prev.basis
            if cw in lex.rate_nouns:
                return "baseline"
            # no marker of its own: the sentence's last marker governs (…同比下降13.7%,…
            # 警情和案件均下降70%); a change compared with nothing stated is a baseline one
            # (平均车速提高约8%)
            earlier = self._last_marker(text[sent.start:lo])
            return lex.basis_of[earlier] if earlier else "baseline"
        pos, m = best
        basis = lex.basis_of[m]
        if basis == "yoy" and m != "同比" and window[:pos].endswith(tuple(lex.compare_words)):
            # 较去年同期(的1198起)多破: a comparison with last year's level, spec basis baseline
            basis = "baseline"
        # base period right after the marker: 较2019年 / 同比2018年 / 较去年(…)
        abs_pos = lo + pos + len(m)
        k = bisect_left(self._period_starts, abs_pos)
        for p in self._periods[k:k + 1] if self._period_span is not None else self._periods:
            if abs_pos <= (p.start or 0) <= abs_pos + 1:
                it.base_period = p
                break
        if basis == "baseline" and m in ("较", "比") and text.startswith("同期", abs_pos + 2):
            pass
        return basis

    # ----------------------------------------------------------------------- subjects

    def _in_subject(self, text: str, it: _Item, live: list[_Item], clause: tuple[int, int]
                    ) -> bool:
        """``全国27个地方公安机关共投入警力20万余人次``: 27个 stands in the subject."""
        q = it.q
        cs, ce = clause
        if q.kind not in ("count",):
            return False
        head = self._strip_period_text(text, cs, q.start)
        if self.lex.first_verb(head):
            return False
        nxt = None
        index = getattr(self, "_live_index", None)
        if index is not None and index[0] is live:
            # ``live`` is in text order: the first item starting at q.end or later
            for o in live[bisect_left(index[1], q.end):]:
                if o is not it:
                    if o.q.start < ce:
                        nxt = o
                    break
        else:
            later = [o for o in live if o is not it and q.end <= o.q.start < ce]
            nxt = later[0] if later else None
        if nxt is None:
            return False
        between = text[q.end:nxt.q.start]
        if not between or not (_HAN.match(between[0]) or between[0] in "“\""):
            return False
        if self._rate_suffix(text, q.end, nxt.q.start) is not None:
            return False  # 5824名目标在逃人员到案率99%
        if any(ch in between for ch in ",，;；"):
            return False
        return self.lex.first_verb(between, 0, self._bounds, q.end) is not None

    def _strip_period_text(self, text: str, s: int, e: int) -> str:
        chars: list[str] | None = None
        for p in self._periods_near(s, e):
            ps, pe = p.start or 0, p.end or 0
            if pe <= s or ps >= e:
                continue
            if chars is None:
                chars = list(text[s:e])
            for k in range(max(ps, s), min(pe, e)):
                chars[k - s] = " "
        if chars is None:
            return text[s:e].replace(" ", "")
        return "".join(chars).replace(" ", "")

    # ----------------------------------------------------------------------- metric

    def _metric(
        self,
        text: str,
        it: _Item,
        clause: tuple[int, int],
        live: list[_Item],
        prev_value: _Item | None,
        subjects: list[_Item],
    ) -> None:
        lex = self.lex
        q = it.q
        cs, ce = clause
        # left boundary: after the previous quantity of the same clause
        left_start, left_end = cs, q.start
        prev_in_clause = self._prev_in_clause(it, cs, live, subjects)
        if prev_in_clause is not None:
            o = prev_in_clause
            if o in subjects:
                left_start = o.q.start
            elif o.role == "baseline" and it.to_level:
                # 移送起诉人案比从2018年的1.4提升至2.1: the metric stands before 从
                earlier = [x for x in live
                           if x is not o and cs <= x.q.start and x.q.end <= o.q.start]
                left_start = earlier[-1].q.end if earlier else cs
                seg = text[left_start:o.q.start]
                marks = list(re.finditer(r"从|由|较|比", seg))
                left_end = left_start + marks[-1].start() if marks else o.q.start
            else:
                left_start = o.q.end
                if o.noun_after and o.pieces:
                    left_start = max(left_start, o.pieces[-1][1])
                if o.role == "baseline":
                    left_start = min(o.q.end + 1, q.start)
        if it.to_level and it.marker_pos is not None and left_start <= it.marker_pos < left_end:
            left_end = it.marker_pos  # 全省命案发案数|降至120起: the verb is no part of the metric
        pieces, scope, verb, subcount = self._left_pieces(text, left_start, left_end, it)
        if it.to_level and not pieces and it.baseline is None:
            # 立案数同比下降23.6%,降至不足500起: the level of the change before it
            c = self._change_before(text, it, live)
            if c is not None:
                pieces, scope, verb, subcount = c
        it.scope = scope
        it.subcount = subcount
        left_metric = self._join(text, pieces)
        if len(_HAN.findall(left_metric)) < 2 and not lex.verb_set & {left_metric}:
            left_metric = ""
        left_verb = lex.verb_suffix(left_metric.rstrip("的了")) if left_metric else None
        verb_piece: tuple[int, int] | None = None
        if left_verb:
            end = pieces[-1][1]
            while end > pieces[-1][0] and text[end - 1] in "的了":
                end -= 1
            verb_piece = (end - len(left_verb), end)
        noun_after_ok = not left_metric or left_verb is not None
        if left_metric and not left_verb:
            fv = lex.first_verb(left_metric)
            if fv is None:
                noun_after_ok = True
            else:
                # 完成全省3377万余辆… / 推动全区103个旗县: verb + scope, object after the number
                vpos = self._last_verb(text, pieces)
                if vpos is not None:
                    vs, ve = vpos
                    rest = self._join(text, [(ve, pieces[-1][1])])
                    if not rest or self._scope_like(rest, ve):
                        noun_after_ok = True
                        verb_piece = vpos
                        left_verb = text[vs:ve]
        # a noun written after the number: 共打掉3644个涉黑组织 / 27403件…线索全部清仓
        np_span = pred_span = None
        if noun_after_ok:
            np_span, pred_span = self._noun_after(text, it, ce, live)
            if np_span is not None and "在" in text[cs:q.start] and text[np_span[1] - 1] == "中":
                np_span = (np_span[0], np_span[1] - 1)
        if np_span is not None:
            it.noun_after = True
            if verb_piece is not None:
                pieces = [verb_piece]
                verb = left_verb
            else:
                pieces = []
            pieces = pieces + [np_span]
            if pred_span is not None and not verb:
                pieces.append(pred_span)
        elif (left_verb is not None and left_metric == left_verb and verb_piece is not None
              and lex.verb_at(text, q.end, self._bounds)):
            # 帮助1600余人找到亲人: a verb whose complement follows the number
            nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
            if min(ce, nxt) > q.end:
                pieces = [verb_piece, (q.end, min(ce, nxt))]
                verb = left_verb
        elif not left_metric and lex.verb_at(text, q.end, self._bounds):
            # 先后3次召开全国公安机关视频会议: the verb phrase after a frequency
            nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
            end = min(ce, nxt)
            if end > q.end:
                pieces = [(q.end, end)]
                verb = lex.verb_at(text, q.end, self._bounds)
        metric = self._join(text, pieces)
        if metric in lex.copulas and np_span is None:
            # 其中10月1日单日车流量最高,达到86.5万辆次: the subject is the previous clause's
            prev_pieces = self._previous_clause_pieces(text, cs)
            if prev_pieces:
                pieces, metric, verb = prev_pieces, self._join(text, prev_pieces), None
        carried = None
        # share the verb of a coordinated list: 检查车辆78万余台次、人员100万余人次
        if metric and not verb and not subcount and prev_value is not None:
            pv = prev_value.verb
            if pv and not lex.verb_at(metric, 0) and prev_value.q.end <= q.start:
                gap = text[prev_value.q.end:q.start]
                if (len(gap) <= len(metric) + 4 and not any(c in gap for c in "。;；")
                        and not self._is_rate(metric)):
                    carried = pv
        if metric and not self._has_content(metric) and np_span is None:
            # only function words (的, 降至): fall back to the noun written after the number
            np2, _pred = self._noun_after(text, it, ce, live)
            if np2 is not None:
                pieces, metric = [np2], self._join(text, [np2])
        bare = metric
        bare = bare[len(lex.average_words_m.at(bare) or ""):]
        if (bare and (bare in lex.rate_nouns or bare in lex.rate_suffixes)
                and prev_value is not None and prev_value.metric and not carried):
            # 年均降幅超过25% after 立案数…1700余起: the rate of the previous figure's metric
            pieces = prev_value.pieces + pieces
            metric = prev_value.metric + metric
        if verb is None and pieces:
            verb = lex.verb_at(text, pieces[0][0], self._bounds)
        if np_span is None and not carried and metric in lex.verb_set and len(pieces) == 1:
            # 发送预警短信,共计发送9亿余人次 / 对报假警行为查处力度…,共查处928人次: a bare verb
            # takes the object it was written with earlier in the sentence
            obj = self._earlier_object(text, metric, cs, it)
            if obj is not None:
                pieces = [pieces[0], obj]
                metric = self._join(text, pieces)
        it.verb = verb or carried
        it.pieces = pieces
        it.metric = ((carried or "") + metric) if metric else ""

    def _earlier_object(self, text: str, verb: str, cs: int, it: _Item
                        ) -> tuple[int, int] | None:
        """The object of ``verb`` written in an earlier clause of the sentence.

        * the same verb with its object: 一季度查处酒驾醉驾违法行为4120起;二季度查处5380起 ->
          酒驾醉驾违法行为 (the earlier figure, if any, in the same unit);
        * an object before the verb: 加大对报假警、恶意扰警行为查处力度 -> 报假警、恶意扰警行为.
        """
        lo = max(self._sent_start, cs - 120)
        p = text.rfind(verb, lo, cs)
        if p < 0:
            return None
        seps = self.lex.clause_seps
        k = text.rfind("对", max(lo, p - 24), p)
        if k >= 0 and p - k - 1 >= 2 and not any(c in seps for c in text[k + 1:p]):
            return (k + 1, p)  # 对 + object + verb
        a = p + len(verb)
        e = a
        while e < cs and e - a <= 24 and _HAN.match(text[e]) and text[e] not in seps:
            e += 1
        if e - a < 2 or not (e >= cs or text[e] in seps or text[e].isdigit()):
            return None
        if text[e].isdigit():
            index = getattr(self, "_live_index", None)
            if index is not None:
                j = bisect_left(index[1], e)
                if j < len(index[0]) and index[0][j].q.start == e and (
                        index[0][j].q.unit != it.q.unit):
                    return None  # the earlier figure counts something else
        return (a, e)

    def _prev_in_clause(self, it: _Item, cs: int, live: list[_Item], subjects: list[_Item]
                        ) -> _Item | None:
        """The item of ``live + subjects`` other than ``it`` that starts last in
        ``[cs, it.q.start]`` and ends by ``it.q.start`` (the first such in list order)."""
        q = it.q
        index = getattr(self, "_metric_index", None)
        if index is None or index[0] is not live or index[2] is not subjects:
            found: _Item | None = None
            for o in live + subjects:
                if o is not it and cs <= o.q.start and o.q.end <= q.start:
                    if found is None or o.q.start > found.q.start:
                        found = o
            return found
        best: _Item | None = None
        for items, starts in ((live, index[1]), (subjects, index[3])):
            # both lists are in text order and every item ends at or after its start
            k = bisect_right(starts, q.start) - 1
            lo = bisect_left(starts, cs)
            cand: _Item | None = None
            while k >= lo:
                o = items[k]
                if cand is not None and o.q.start < cand.q.start:
                    break
                if o is not it and o.q.end <= q.start:
                    cand = o  # going down: the last one kept is the first of equal starts
                k -= 1
            if cand is not None and (best is None or cand.q.start > best.q.start):
                best = cand
        return best

    def _change_before(self, text: str, it: _Item, live: list[_Item]
                       ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None, bool
                                  ] | None:
        """The change amount written right before a to-level value (``…同比下降23.6%,降至``)
        and the pieces of its subject; the change is absorbed by the value."""
        mp = it.marker_pos if it.marker_pos is not None else it.q.start
        prev = [o for o in live if o.role == "change" and o.q.end <= mp]
        if not prev:
            return None
        c = prev[-1]
        if text[c.q.end:mp].strip(" ,，") or c.marker_pos is None:
            return None
        lo = c.marker_pos
        for m in self.lex.markers:  # move back over 同比 / 环比 written before the verb
            k = text.rfind(m, max(0, lo - 6), lo)
            if k >= 0 and not text[k:lo].strip(m + " "):
                lo = min(lo, k)
        start = lo
        while start > max(0, lo - 60) and text[start - 1] not in self.lex.clause_seps:
            start -= 1
        if any(o.q.start >= start and o.q.end <= lo for o in live):
            return None
        res = self._left_pieces(text, start, lo, c)
        if not res[0]:
            return None
        it.absorbs = c
        return res

    def _has_content(self, metric: str) -> bool:
        """True when ``metric`` holds more than function words (fillers, connectives,
        trailers, change and to-level verbs, particles)."""
        lex = self.lex
        i = 0
        while i < len(metric):
            w = lex.function_words_m.at(metric, i)
            if w:
                i += len(w)
            elif metric[i] in "的了着地得之" or not _HAN.match(metric[i]):
                i += 1
            else:
                return True
        return False

    def _previous_clause_pieces(self, text: str, cs: int) -> list[tuple[int, int]]:
        """Metric pieces of the clause before ``cs`` in the same sentence (empty if none)."""
        end = cs - 1
        if end <= 0 or text[end] not in ",，":
            return []
        k = end
        stops = self.lex.clause_seps | set(_SENT_END)
        while k > max(0, end - 40) and text[k - 1] not in stops:
            k -= 1
        if k > 0 and text[k - 1] not in stops:
            return []  # no clause start within reach
        pieces, _scope, _verb, _sub = self._left_pieces(text, k, end, _Item(Quantity(
            start=end, end=end, text="", value=0.0)))
        if len(_HAN.findall(self._join(text, pieces))) < 2:
            return []
        return pieces

    def _last_verb(self, text: str, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Span of the last lexicon verb inside ``pieces``."""
        best = None
        search = self.lex.verbs_m._first_re.search
        verb_at = self.lex.verb_at
        bounds = self._bounds
        for a, b in pieces:
            i = a
            while i < b:
                if i >= 0:
                    m = search(text, i, b)  # positions skipped hold no verb
                    if m is None:
                        break
                    i = m.start()
                v = verb_at(text, i, bounds)
                if v and i + len(v) <= b:
                    best = (i, i + len(v))
                    i += len(v)
                else:
                    i += 1
        return best

    def _scope_like(self, s: str, at: int) -> bool:
        """Words between a verb and a number that only locate it: 全省, 我区, 包括云南, 对…."""
        s = s.lstrip("对向在为给")
        if not s:
            return True
        if self.lex.scope_words_m.at(s):
            return True
        return any(
            e.label in ("LOCATION", "AGENCY") and at <= e.start and e.start <= at + 3
            for e in self._ents_near(at, at + 3)
        )

    def _is_rate(self, metric: str) -> bool:
        return metric.endswith(tuple(self.lex.rate_suffixes)) or metric.endswith("数")

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

    _PAREN = re.compile(r"[(（][^()（）]{0,60}[)）]")

    def _clean(self, s: str) -> str:
        """Drop long or list-like parentheticals, aspect particles and spaces."""

        def paren(m: re.Match[str]) -> str:
            inner = m.group()[1:-1]
            if len(inner) > 6 or "、" in inner or re.search(r"\d", inner):
                return ""
            return m.group()

        if "(" in s or "（" in s:
            s = self._PAREN.sub(paren, s)
        return _SPACES.sub("", s)

    def _left_pieces(
        self, text: str, s: int, e: int, it: _Item
    ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None, bool]:
        """The metric pieces written before the number, the scope span, the verb, 其中."""
        a, b, scope, subcount = self._left_scope(text, s, e)
        if a < 0:
            return [], None, None, False
        return self._left_rest(text, a, b, scope, subcount)

    def _left_scope(self, text: str, s: int, e: int
                    ) -> tuple[int, int, tuple[int, int] | None, bool]:
        """The first half of :meth:`_left_pieces`: where the metric may start and end after
        the periods, connectives, fillers and the scope are cut off, the scope span and
        whether 其中 opened it; ``(-1, -1, None, False)`` when no text is left."""
        lex = self.lex
        # remove period expressions by cutting the span into pieces around them
        spans = [(s, e)]
        for p in self._periods_near(s, e):
            ps, pe = p.start or 0, p.end or 0
            new = []
            for a, b in spans:
                if pe <= a or ps >= b:
                    new.append((a, b))
                    continue
                if a < ps:
                    new.append((a, ps))
                if pe < b:
                    new.append((pe, b))
            spans = new
        # the metric lives in the last contiguous piece; earlier ones hold scope/adverbials
        spans = [(a, b) for a, b in spans if b > a]
        if not spans:
            return -1, -1, None, False
        a, b = spans[-1]
        # a period inside the clause splits it: 2020年全区发生的 -> 全区发生的
        # strip leading punctuation / connectives / fillers
        subcount = False
        scope: tuple[int, int] | None = None
        a = self._skip_space(text, a, b)
        changed = True
        while changed and a < b:
            changed = False
            w = lex.connectives_m.at(text, a)
            if w and a + len(w) <= b:
                if w in lex.subcount:
                    subcount = True
                a += len(w)
                a = self._skip_punct(text, a, b)
                changed = True
                continue
            w = lex.fillers_m.at(text, a)
            if w and a + len(w) <= b:
                a += len(w)
                changed = True
        # scope: the words before the first verb when they name a body or an area
        fv = lex.first_verb(text[a:b], 0, self._bounds, a)
        if fv is not None and fv[0] > 0:
            head_end = a + fv[0]
            head = text[a:head_end]
            stripped = head
            while True:
                f = lex.fillers_m.end(stripped)
                if not f:
                    break
                stripped = stripped[: -len(f)]
            if stripped and self._is_scope(stripped, a):
                scope = (a, a + len(stripped))
                a = head_end
            else:
                sc = self._subject_end(text, a, head_end)
                if sc is None:
                    sc = self._scope_prefix(text, a, head_end)
                if sc is not None:
                    scope = (a, sc)
                    a = sc
        elif fv is None:
            sc = self._scope_prefix(text, a, b)
            if sc is not None:
                scope = (a, sc)
                a = sc
        return a, b, scope, subcount

    def _left_rest(self, text: str, a: int, b: int, scope: tuple[int, int] | None,
                   subcount: bool
                   ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None, bool]:
        """The second half of :meth:`_left_pieces`, from what :meth:`_left_scope` left."""
        lex = self.lex
        # fillers, adverbs and pronoun subjects again after the scope: 共 / 据此 / 同时 / 我们
        for _round in range(4):
            changed = True
            while changed and a < b:
                changed = False
                w = (lex.fillers_m.at(text, a) or lex.connectives_m.at(text, a)
                     or lex.pronouns_m.at(text, a))
                if w and a + len(w) < b:
                    a += len(w)
                    changed = True
            a2 = self._predicate_start(text, a, b)
            if a2 == a:
                break
            a = a2
        # trailing fillers: 达 / 为 / 共计
        changed = True
        while changed and b > a:
            changed = False
            w = lex.trailers_m.end(text[a:b])
            if w and text[a:b].endswith(lex.trailer_words):
                break  # 违法行为: a word, not a trailer 为
            if w and b - len(w) > a:
                b -= len(w)
                changed = True
        while b > a and not (_HAN.match(text[b - 1]) or text[b - 1].isalnum()
                             or text[b - 1] in "”)）\"》"):
            b -= 1
        pieces = [(a, b)] if b > a else []
        # fillers inside the metric: 共打掉 / 成功止付 / 依法行政拘留 / 处置了
        pieces = self._drop_inner_fillers(text, pieces)
        verb = None
        if pieces:
            verb = lex.verb_at(text, pieces[0][0], self._bounds)
        return pieces, scope, verb, subcount

    def _subject_end(self, text: str, a: int, e: int) -> int | None:
        """End of a body subject followed by adverbials before the verb at ``e``.

        公安机关|据此破获, 专案组民警|历时, …车驾管窗口|共为群众办理, 民警|先后在多地抓获: the
        longest stretch from ``a`` that names a body (ends with a scope head or is an entity)
        and is followed by a filler, an adverb, a pronoun, a preposition or a helper verb.
        """
        lex = self.lex
        for k in range(e - 1, a + 1, -1):
            if not lex.scope_heads_m.end(text[a:k]) or not self._is_scope(text[a:k], a):
                continue
            if (lex.fillers_m.at(text, k) or lex.connectives_m.at(text, k)
                    or lex.adverbial_preps_m.at(text, k) or text[k] in "为给"
                    or lex.helper_verbs_m.at(text, k)):
                return k
        return None

    def _predicate_start(self, text: str, a: int, b: int) -> int:
        """Where the predicate starts when a subject or an adverbial stands before it.

        * a total-filler right before a verb opens the predicate: 边境口岸地区毒品查缉卡点
          |共|检查车辆, 各地|累计|排查 (共/累计/共计 … in ``predicate_openers``);
        * a leading 在…-adverbial ends at the first verb: 在夜间和节假日等重点时段|开展…;
        * a helper verb with a body as its object hands over to the next verb:
          配合公安机关|清理涉诈电话卡 (``helper_verbs`` + scope head + verb).
        """
        lex = self.lex
        i = lex.openers_m.next_at(text, a + 1, b)
        while i >= 0:
            w = lex.openers_m.at(text, i)
            if w and i + len(w) < b and lex.verb_at(text, i + len(w), self._bounds):
                return i + len(w)
            i = lex.openers_m.next_at(text, i + 1, b)
        preps = lex.adverbial_preps_t
        for i in range(a, min(b, a + 12)):
            # 在… at the start, or right after a body (全市交警|在夜间…开展)
            if not text.startswith(preps, i):
                continue
            if i > a and not lex.scope_heads_m.end(text[a:i]):
                continue
            fv = lex.first_verb(text[i:b], 1, self._bounds, i)
            if fv is not None and fv[0] >= 2:
                return i + fv[0]
        i = lex.helper_verbs_m.next_at(text, a, b)
        while i >= 0:
            hv = lex.helper_verbs_m.at(text, i)
            if not hv or lex.verb_at(text, i, self._bounds) != hv:
                i = lex.helper_verbs_m.next_at(text, i + 1, b)
                continue
            j = i + len(hv)
            head = lex.scope_heads_m.at(text, j)
            if head is None:
                ent = next((e for e in self._ents_near(j, j)
                            if e.label == "AGENCY" and e.start == j), None)
                k = ent.end if ent is not None else None
                if k is None:
                    # 会同有关部门 / 联合金融、通信部门: a body of up to 10 characters
                    for m in range(min(b, j + 10), j + 1, -1):
                        if lex.scope_heads_m.end(text[j:m]) and not lex.first_verb(
                                text[j:m], 0, self._bounds, j):
                            k = m
                            break
            else:
                k = j + len(head)
            if k is not None and k < b and (lex.verb_at(text, k, self._bounds)
                                            or lex.adverbial_preps_m.at(text, k)):
                return k
            i = lex.helper_verbs_m.next_at(text, i + 1, b)
        return a

    def _drop_inner_fillers(self, text: str, pieces: list[tuple[int, int]]
                            ) -> list[tuple[int, int]]:
        out = []
        search = self.lex._inner_re.search
        plain = self.lex._inner_plain
        for a, b in pieces:
            cur = a
            i = a
            while i < b:
                if not plain:
                    m = search(text, i, b)  # positions skipped hold no filler, 其中 or 了
                    if m is None:
                        break
                    i = m.start()
                w = self.lex.fillers_m.at(text, i)
                sub = self.lex.subcount_m.at(text, i)
                drop = None
                if (w and i + len(w) < b and self.lex.verb_at(text, i + len(w), self._bounds)
                        and not (i > a and self._inside_average(text, i))):
                    drop = len(w)
                elif sub and i > a:
                    drop = len(sub)  # 帮助其中1600余人找到亲人: 其中 is no part of the metric
                elif text[i] == "了" and i > a and self.lex.verb_suffix(text[a:i]):
                    drop = 1
                if drop:
                    if i > cur:
                        out.append((cur, i))
                    i += drop
                    cur = i
                else:
                    i += 1
            if b > cur:
                out.append((cur, b))
        return out

    def _inside_average(self, text: str, i: int) -> bool:
        """True when ``text[i]`` ends an averaging word started just before it: the 均 of
        平均出警时间 is no filler."""
        w = self.lex.average_words_m.at(text, i - 1)
        return w is not None and len(w) >= 2

    def _skip_space(self, text: str, a: int, b: int) -> int:
        while a < b and (text[a].isspace() or text[a] in ",，、;；:：。"):
            a += 1
        return a

    def _skip_punct(self, text: str, a: int, b: int) -> int:
        while a < b and text[a] in ",，、;；:： ":
            a += 1
        return a

    def _is_scope(self, s: str, at: int) -> bool:
        """A whole pre-verb stretch that names a reporting body or area."""
        lex = self.lex
        if s[:1] in _PREPOSITIONS:
            return False  # 从缅甸、柬埔寨等国家和地区缉捕…: an adverbial, not a scope
        if lex.scope_heads_m.end(s) or s in lex.scope_prefixes:
            return True
        if s in lex.national or s in lex.own_region:
            return True
        return any(
            e.label in ("AGENCY", "LOCATION") and e.start <= at and at + len(s) <= e.end
            for e in self._ents_near(at - (self._ent_span or 0), at)
        )

    def _scope_prefix(self, text: str, a: int, b: int) -> int | None:
        """End of a scope opening a verbless clause: 全省侵财案件… -> 全省."""
        lex = self.lex
        w = lex.scope_prefixes_m.at(text, a)
        if not w or w == "全":
            w = lex.national_own_m.at(text, a)
        if not w:
            for e in self._ents_near(a, a):
                if e.label == "LOCATION" and e.start == a and e.end < b:
                    end = e.end
                    # a list of places: 广元、绵阳、乐山市
                    m = _PLACE_LIST.match(text, end, min(b, end + 80))
                    if m:
                        for e2 in self._ents_near(end + 1, m.end() - 1):
                            if e2.label == "LOCATION" and end < e2.start < m.end():
                                end = max(end, e2.end)
                    return end
            return None
        end = a + len(w)
        # extend over 各级 / 公安机关 …
        while True:
            h = lex.scope_heads_m.at(text, end)
            if h and end + len(h) < b:
                end += len(h)
            else:
                break
        return end if end < b else None

    def _noun_after(self, text: str, it: _Item, ce: int, live: list[_Item]
                    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The object written after the number (3644个涉黑组织) and a predicate after it."""
        lex = self.lex
        q = it.q
        if q.kind != "count" or not q.unit:
            return None, None
        i = q.end
        if i >= ce or not (_HAN.match(text[i]) or text[i].isalpha() or text[i] in "“\"《"):
            return None, None
        if lex.not_predicate_m.at(text, i) or lex.threshold_after_m.at(text, i):
            return None, None
        if lex.verb_at(text, i, self._bounds) or (
                text[i] in "的被是为达" and not lex.number_modifiers_m.at(text, i)):
            return None, None
        nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
        limit = min(ce, nxt)
        # a rate noun right before the next number: 5824名目标在逃人员到案率99%
        if nxt == limit and nxt < ce:
            rate = self._rate_suffix(text, i, nxt)
            if rate is not None:
                return (i, rate), None
        # the noun runs to a verb, a predicate filler, or a list separator before a number
        j = i
        while j < limit:
            v = lex.verb_at(text, j, self._bounds) if j > i else None
            if v and j + len(v) < limit and (_HAN.match(text[j + len(v)])
                                              or text[j + len(v)] in "“\"《"):
                break
            if j > i and lex.pred_fillers_m.at(text, j) and lex.verb_at(
                    text, j + len(lex.pred_fillers_m.at(text, j) or "")):
                break
            if text[j] in "、和及" and j + 1 < len(text) and (
                    text[j + 1].isdigit() or self._quantity_at(live, j + 1)):
                break
            if text[j] == "被":
                break
            j += 1
        np_end = j
        while np_end > i and text[np_end - 1] in "、和及的与以":
            np_end -= 1
        if np_end <= i:
            return None, None
        np_span = (i, np_end)
        # the predicate: after the noun (or after the last list item) to the clause end
        pred = None
        k = j
        last_end = np_end
        for o in live:
            if o.q.start >= q.end and o.q.end <= ce and text[o.q.start - 1:o.q.start] in "、和及":
                last_end = max(last_end, o.q.end)
        if last_end > np_end:
            k = last_end
            while (k < ce and not lex.verb_at(text, k, self._bounds) and text[k] not in "被"
                   and not lex.pred_fillers_m.at(text, k)):
                k += 1
        while k < ce:
            w = lex.pred_fillers_m.at(text, k)
            if w:
                k += len(w)
            else:
                break
        if k < ce and (lex.verb_at(text, k, self._bounds) or text[k] == "被"):
            pe = ce
            nq = next((o.q.start for o in live if o.q.start >= k), ce)
            pe = min(pe, nq)
            if pe > k:
                pred = (k, pe)
        return np_span, pred

    def _quantity_at(self, live: list[_Item], pos: int) -> bool:
        return any(o.q.start == pos for o in live)

    def _rate_suffix(self, text: str, a: int, b: int) -> int | None:
        seg = text[a:b]
        if not seg or not all(_HAN.match(c) for c in seg):
            return None
        for suf in self.lex.rate_suffixes:
            if seg.endswith(suf):
                # take the rate noun as the last 2-3 characters before the suffix (到案率)
                k = len(seg) - len(suf)
                start = max(0, k - 2)
                if start <= 0:
                    return None
                return a + start
        return None

    # ----------------------------------------------------------------------- changes

    def _attach_changes(self, text: str, sent: _Sentence, live: list[_Item],
                        clauses: list[tuple[int, int]]) -> None:
        values = [it for it in live if it.role == "value"]
        for v in values:
            if v.absorbs is not None and v.absorbs.role == "change":
                v.absorbs.owner = v
                v.changes.append(v.absorbs)
        changes = [it for it in live if it.role == "change" and it.owner is None]
        baselines = [it for it in live if it.role == "baseline"]
        # baselines go to the value they compare with: the previous value or the next to-level
        for b in baselines:
            nxt = next((v for v in values if v.q.start > b.q.start and v.to_level), None)
            if nxt is not None and not text[b.q.end:nxt.q.start].count(","):
                nxt.baseline = b
                continue
            prv = [v for v in values if v.q.end <= b.q.start]
            if prv:
                prv[-1].baseline = b
        # groups of change amounts written as one list (分别下降7.8%、8.6%和33.2%)
        groups: list[list[_Item]] = []
        for c in changes:
            if (groups and groups[-1][-1].q.end <= c.q.start
                    and text[groups[-1][-1].q.end:c.q.start] in ("、", "和", "及")
                    and c.marker_pos == groups[-1][-1].marker_pos):
                groups[-1].append(c)
            else:
                groups.append([c])
        last_subjects: list[tuple[int, int]] = []
        for g in groups:
            first = g[0]
            marker = self._marker_start(text, first, sent)
            prev_vals = [v for v in values if v.q.end <= marker]
            lo = prev_vals[-1].q.end if prev_vals else sent.start
            prev_chg = [c for c in changes if c.q.end <= marker and c not in g]
            if prev_chg and prev_chg[-1].q.end > lo:
                lo = prev_chg[-1].q.end
            subject = self._subject_span(text, lo, marker, sent, clauses)
            if (subject is not None and prev_vals and prev_vals[-1].baseline is not None
                    and lo <= prev_vals[-1].baseline.q.start < marker
                    and not any(c in text[prev_vals[-1].baseline.q.end:marker]
                                for c in ",，;；")):
                # 现有吸毒人员4.9万名,较2017年底的8.6万名下降43%: the change compares the
                # level with its baseline; the words before it are no subject of their own
                subject = None
            distributed = "分别" in text[max(lo, marker - 6):first.q.start]
            if subject is None and prev_vals and (not prev_chg or prev_chg[-1].q.end
                                                  <= prev_vals[-1].q.end
                                                  or prev_chg[-1].owner is not None):
                if distributed and len(g) > 1:
                    targets = [v for v in prev_vals if not v.to_level][-len(g):]
                    if len(targets) == len(g):
                        for c, v in zip(g, targets):
                            c.owner = v
                            v.changes.append(c)
                        continue
                v = prev_vals[-1]
                for c in g:
                    c.owner = v
                    v.changes.append(c)
                continue
            # change-only facts
            if subject is None and prev_chg:
                # the subject of the previous change group: 环比分别下降1.8%、4.5%
                subs = last_subjects
            elif subject is not None:
                subs = self._split_subject(text, subject, len(g))
            else:
                subs = []
            last_subjects = subs
            for k, c in enumerate(g):
                if subs:
                    c.subject = subs[k] if len(subs) == len(g) else subs[0]
                    if len(subs) != len(g) and len(subs) > 1:
                        c.subject = (subs[0][0], subs[-1][1])

    def _marker_start(self, text: str, c: _Item, sent: _Sentence) -> int:
        pos = c.marker_pos if c.marker_pos is not None else c.q.start
        # move back over 同比/环比/较…/分别/平均 written before the change verb
        window_lo = max(sent.start, pos - 12)
        seg = text[window_lo:pos]
        best = pos
        for m in self.lex.markers + ["分别", "平均", "均"]:
            k = seg.rfind(m)
            if k >= 0 and m not in ("比",):
                cand = window_lo + k
                if not re.search(r"[,，;；。]", text[cand:pos]):
                    best = min(best, cand)
        return best

    def _subject_span(self, text: str, lo: int, hi: int, sent: _Sentence,
                      clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The subject of a change written between ``lo`` and ``hi`` (None when empty)."""
        if hi <= lo:
            return None
        # the last clause piece before the marker holding content
        seg_lo = lo
        for cs, ce in clauses:
            if cs <= hi <= ce + 1 and cs >= lo:
                seg_lo = cs
        a, b = seg_lo, hi
        pieces, scope, _verb, _sub = self._left_pieces(text, a, b, _Item(Quantity(
            start=hi, end=hi, text="", value=0.0)))
        s = self._join(text, pieces)
        s = re.sub(r"(?:连续\S{1,3}年)?呈?(?:持续)?(?:下降|上升)(?:态势|趋势)$", "", s)
        if len(_HAN.findall(s)) < 2:
            # fall back to the previous clause when this one only holds markers
            prev = [c for c in clauses if c[1] <= seg_lo and c[0] >= lo]
            if prev and seg_lo > lo:
                pc = prev[-1]
                pieces, scope, _v, _s = self._left_pieces(text, pc[0], pc[1], _Item(Quantity(
                    start=pc[1], end=pc[1], text="", value=0.0)))
                s2 = self._join(text, pieces)
                s2c = re.sub(r"(?:连续\S{1,3}年)?呈?(?:持续)?(?:下降|上升)(?:态势|趋势)$", "", s2)
                if len(_HAN.findall(s2c)) >= 2 and pieces:
                    st, en = pieces[0][0], pieces[-1][1]
                    en -= len(s2) - len(s2c)
                    return (st, en)
            return None
        if not pieces:
            return None
        st, en = pieces[0][0], pieces[-1][1]
        m = re.search(r"(?:连续\S{1,3}年)?呈?(?:持续)?(?:下降|上升)(?:态势|趋势)$", text[st:en])
        if m:
            en = st + m.start()
        while en > st and text[en - 1] in "等的,，、":
            en -= 1
        return (st, en) if en > st else None

    def _split_subject(self, text: str, span: tuple[int, int], n: int) -> list[tuple[int, int]]:
        s, e = span
        if n <= 1:
            return [span]
        parts: list[tuple[int, int]] = []
        cur = s
        depth = 0
        for i in range(s, e):
            ch = text[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and (ch == "、" or (ch in "和及" and i + 1 < e)):
                if i > cur:
                    parts.append((cur, i))
                cur = i + 1
        if e > cur:
            parts.append((cur, e))
        return parts if len(parts) == n else [span]

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

    def _period(self, text: str, pos: int, sent: _Sentence) -> Period | None:
        """The period governing ``pos``: own clause/sentence first, then inherited."""
        if self._period_for is not None:
            return self._period_for(pos)
        own = [
            p for p in self._periods
            if sent.start <= (p.start or 0) < pos and id(p) not in self._base_periods
        ]
        if own:
            return own[-1].model_copy(update={"inherited": False})
        earlier = [
            p for p in self._periods
            if (p.start or 0) < sent.start and id(p) not in self._base_periods
        ]
        if earlier:
            return earlier[-1].model_copy(update={"inherited": True})
        return None

    def _scope_text(self, text: str, scope: tuple[int, int] | None) -> str | None:
        if scope is None:
            return None
        return text[scope[0]:scope[1]] or None

    def _region(self, text: str, scope: tuple[int, int] | None,
                paragraph: int | None = None) -> str | None:
        """The region of a fact with ``scope`` (spec section 4, scope and region).

        全国/公安部 -> 中国; 全省/全市/全县/我市 … -> the release's own region (its most specific
        one: a city or county bureau reports for its city or county), except 全市 in a
        provincial release after a city was named in the paragraph (that city) and 全市 in a
        county release (the county's city); a named place keeps its full name, as does the
        place of a named agency (宝鸡市公安局 -> 宝鸡市); several places inside a regional
        release lie in its region; no scope -> the release's region.
        """
        lex = self.lex
        own = self._doc_region
        if scope is None:
            return own
        s = text[scope[0]:scope[1]]
        if (paragraph is not None and paragraph in self._para_place
                and scope[0] >= self._sent_start and s.startswith(lex.anaphoric_bodies)):
            return self._para_place[paragraph]  # 专案组 of the case named in the paragraph
        if s.startswith(lex.national_t) or "全国" in s:
            return "中国"
        word = lex.own_region_m.at(s)
        if word is not None:
            return self._own_word_region(word, paragraph)
        locs = [
            e for e in self._ents_near(scope[0], scope[1])
            if e.label == "LOCATION" and scope[0] <= e.start and e.end <= scope[1]
        ]
        if len(locs) == 1:
            return self._note_place(locs[0].canonical, paragraph)
        if len(locs) > 1:
            # several places: inside a regional release they lie in its region
            return None if own in (None, "中国") else own
        agencies = [
            e for e in self._ents_near(scope[0], scope[1])
            if e.label == "AGENCY" and scope[0] <= e.start and e.end <= scope[1]
        ]
        for a in agencies:
            if a.canonical.startswith(("公安部", "国家", "国务院")):
                return "中国"
        for a in agencies:
            place = _agency_place(a.canonical)
            if place is not None:
                return self._note_place(place, paragraph)
        return own

    def _own_word_region(self, word: str, paragraph: int | None) -> str | None:
        """Region of an own-region word (全市, 全县, 我省 …) in this release."""
        own = self._doc_region
        if own is None or "市" not in word:
            return own
        if own.endswith(("省", "自治区")):
            # 全市 in a provincial release: the city named last in the paragraph
            return self._para_city.get(paragraph, own) if paragraph is not None else own
        k = own.find("市")
        if 0 < k < len(own) - 1 and own.endswith(("县", "区", "旗")):
            return own[:k + 1]  # 全市 in a county release (吉安市永丰县): its city
        return own

    def _note_place(self, region: str, paragraph: int | None) -> str:
        """Remember the place of a named body or place in ``paragraph`` (an anaphoric body
        such as 专案组 after it reports for it), then :meth:`_note_city`."""
        if paragraph is not None:
            self._para_place[paragraph] = region
        return self._note_city(region, paragraph)

    def _note_city(self, region: str, paragraph: int | None) -> str:
        """Remember a city region named in ``paragraph`` (全市 after it refers to it)."""
        if paragraph is not None and _place_level(region) == "prefecture":
            self._para_city[paragraph] = region
        return region

    def _value_facts(self, text: str, it: _Item, sent: _Sentence,
                     campaign_at: Callable[[int], str | None]) -> list[Fact]:
        period = self._period(text, it.q.start, sent)
        scope = self._scope_text(text, it.scope)
        region = self._region(text, it.scope, sent.paragraph)
        campaign = campaign_at(it.q.start)
        spans = [_span(text, s, e) for s, e in it.pieces]
        sentence = self._sentence_span(text, sent)
        changes = list(it.changes)
        primary: _Item | None = None
        if changes:
            primary = next((c for c in changes if c.basis != "baseline"), changes[0])
        change: Change | None = None
        baseline_q = it.baseline.q if it.baseline is not None else None
        if primary is not None:
            change = _change(primary.direction or "up", primary.q, primary.basis or "yoy",
                             self._base_period_of(primary, it), baseline_q)
        elif it.baseline is not None:  # 提升至85%以上 alone states no change
            direction = it.direction
            if direction is None and it.baseline is not None:
                direction = ("up" if it.q.value > it.baseline.q.value else
                             "down" if it.q.value < it.baseline.q.value else "flat")
            bp = self._base_period_near(text, it.baseline.q.start if it.baseline else it.q.start,
                                        sent)
            change = _change(direction or "up", None, "baseline", bp, baseline_q)
        facts = [_fact(it.metric, spans, it.q, change, period, scope, region, campaign,
                       sentence)]
        for c in changes:
            if c is primary:
                continue
            facts.append(_fact(it.metric, spans, None, _change(
                c.direction or "up", c.q, c.basis or "yoy", self._base_period_of(c, it),
                with_baseline=False), period, scope, region, campaign, sentence))
        return facts

    def _base_period_of(self, c: _Item, owner: _Item) -> Period | None:
        if c.base_period is not None:
            return c.base_period.model_copy(update={"inherited": False})
        if owner.baseline is not None:
            return self._base_period_near(self._text, owner.baseline.q.start, None)
        return None

    def _base_period_near(self, text: str, pos: int, sent: _Sentence | None) -> Period | None:
        span = self._period_span
        near = (self._periods if span is None else
                self._periods[bisect_left(self._period_starts, pos - 4 - span):
                              bisect_right(self._period_starts, pos)])
        cands = [p for p in near
                 if id(p) in self._base_periods and 0 <= pos - (p.end or 0) <= 4]
        return cands[-1] if cands else None

    def _change_only_fact(self, text: str, it: _Item, sent: _Sentence,
                          campaign_at: Callable[[int], str | None],
                          scope_span: tuple[int, int] | None) -> Fact | None:
        if it.subject is None:
            return None
        s, e = it.subject
        metric = self._clean(text[s:e])
        pieces, scope, _v, _sub = self._left_pieces(text, s, e, it)
        if pieces:
            metric = self._join(text, pieces)
            spans = [_span(text, a, b) for a, b in pieces]
        else:
            spans = [_span(text, s, e)]
        if len(_HAN.findall(metric)) < 2:
            return None
        own_scope = self._own_scope_before(text, s, sent)
        sc = own_scope or scope or scope_span
        return _fact(
            metric, spans, None,
            _change(it.direction or "up", it.q, it.basis or "yoy", it.base_period,
                    with_baseline=False),
            self._period(text, it.q.start, sent),
            self._scope_text(text, sc),
            self._region(text, sc, sent.paragraph),
            campaign_at(it.q.start),
            self._sentence_span(text, sent),
        )

    def _own_scope_before(self, text: str, s: int, sent: _Sentence) -> tuple[int, int] | None:
        """A scope written right before a change-only subject: 全省|入室盗窃案件发案."""
        lo = max(sent.start, s - 12)
        seg = text[lo:s]
        for w in self.lex.scope_words:
            if seg.endswith(w) and w != "全":
                return (s - len(w), s)
        return None

    # ----------------------------------------------------------------------- campaigns

    _CAMPAIGN_CONTEXT = re.compile(r"(?:在|以|依托|借助|通过)?$")

    def _campaign_map(self, text: str, sents: list[_Sentence]
                      ) -> list[Callable[[int], str | None]]:
        """For every sentence, a ``position -> campaign`` function.

        A campaign named in a paragraph's opening sentence governs the paragraph; a campaign
        named inside a sentence (在“X”行动中 / 深入推进“X”专项行动) governs the rest of that
        paragraph from where it is named; a new unnamed ``…专项行动`` sentence ends it.
        """
        camps = sorted((e for e in self._entities if e.label == "CAMPAIGN"),
                       key=lambda e: e.start)
        camp_starts = [e.start for e in camps]
        out: list[Callable[[int], str | None]] = []
        current: list[tuple[int, str | None]] = []
        para = -1
        for sent in sents:
            if sent.paragraph != para:
                para = sent.paragraph
                current = []
            st = text[sent.start:min(sent.end, sent.start + 40)]
            marks: list[tuple[int, str | None]] = []
            # the campaigns starting in the sentence, in order
            for e in camps[bisect_left(camp_starts, sent.start):
                           bisect_left(camp_starts, sent.end)]:
                if not self._skipped(e.start, e.end):
                    if self._campaign_governs(text, e, sent):
                        marks.append((e.start, e.canonical))
            if not marks and re.search(r"专项(?:行动|斗争|整治)[,，:：。]", st[:40]):
                marks.append((sent.start, None))
            snapshot = list(current) + marks

            def at(pos: int, snap: list[tuple[int, str | None]] = snapshot) -> str | None:
                val = None
                for p, c in snap:
                    if p <= pos:
                        val = c
                return val

            out.append(at)
            current = current + marks
        return out

    def _campaign_governs(self, text: str, e: Entity, sent: _Sentence) -> bool:
        before = text[max(sent.start, e.start - 12):e.start]
        after = text[e.end:min(sent.end, e.end + 12)]
        if e.start - sent.start <= 6:
            return True
        if re.search(r"(?:推进|开展|部署|深化|组织|实施|依托|在|以|结合)[^,，。]{0,8}$", before):
            return True
        return bool(re.match(r"(?:专项)?(?:行动|斗争|战役)?(?:中|期间|以来|开展以来)", after))

    # ----------------------------------------------------------------------- dedupe

    def _dedupe(self, facts: list[Fact]) -> list[Fact]:
        """Restated facts (spec section 4) keep only their first occurrence."""
        kept: list[Fact] = []
        used: set[tuple[int, int]] = set()
        # kept facts by what _restated requires equal (unit, value or change only, dates)
        groups: dict[tuple[Any, ...], list[Fact]] = {}
        for f in sorted(facts, key=lambda f: _primary(f).start):
            q = _primary(f)
            key = (q.start, q.end)
            if f.value is not None and key in used:
                continue
            group = groups.setdefault(_restate_key(f, q), [])
            if any(_restated(k, f) for k in group):
                continue
            kept.append(f)
            group.append(f)
            if f.value is not None:
                used.add(key)
        return kept


def _places() -> Any:
    from .entities import default_lexicon

    return default_lexicon()


def _place_level(name: str) -> str | None:
    """Level of a full place name in the entities lexicon (province, prefecture, county)."""
    places = _places().places_by_name.get(name)
    return places[0].level if places else None


# _agency_place answers by canonical name, for the places lexicon they were computed with
_AGENCY_PLACE: dict[str, str | None] = {}
_AGENCY_PLACE_OF: list[Any] = [None]


def _agency_place(canonical: str) -> str | None:
    """The place an agency is named after, as a fact region: 西安市公安局 -> 西安市,
    永丰县公安局 -> 吉安市永丰县 (a county with its city), 天津市公安局 -> 天津市; None when
    the name opens with no place of the lexicon."""
    by_name = _places().places_by_name
    if _AGENCY_PLACE_OF[0] is not by_name:
        _AGENCY_PLACE.clear()
        _AGENCY_PLACE_OF[0] = by_name
    if canonical in _AGENCY_PLACE:
        return _AGENCY_PLACE[canonical]
    if len(_AGENCY_PLACE) > 4096:
        _AGENCY_PLACE.clear()
    place = _agency_place_in(canonical, by_name)
    _AGENCY_PLACE[canonical] = place
    return place


def _agency_place_in(canonical: str, by_name: Any) -> str | None:
    """:func:`_agency_place` computed over the places lexicon's ``by_name`` index."""
    place = None
    i = 0
    while i < len(canonical):
        for n in range(min(10, len(canonical) - i), 1, -1):
            cands = by_name.get(canonical[i:i + n])
            if cands:
                place = cands[0]
                i += n
                break
        else:
            break
    if place is None:
        return None
    m = _NAMED_BRANCH.match(canonical, i)
    if m is not None and place.level != "county":
        # 天津市公安局滨海分局: the branch of district 滨海新区 of that city;
        # 温州市公安局鹿城区分局: the district written in full
        stem = m.group(1)
        for suffix in ("", "区", "新区", "县", "市"):
            kids = [p for p in by_name.get(stem + suffix, []) if p.parent == place.name]
            if kids:
                place = kids[0]
                break
    if place.level == "county" and place.parent:
        return place.parent + place.name
    return place.name


_NAMED_BRANCH = re.compile(r"公安局([\u4e00-\u9fff]{1,4}?)分局")


def _primary(f: Fact) -> Quantity:
    if f.value is not None:
        return f.value
    assert f.change is not None and f.change.amount is not None
    return f.change.amount


def _lcs_f1(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    n = prev[-1]
    return 2 * n / (len(a) + len(b))


def _restate_key(f: Fact, q: Quantity) -> tuple[Any, ...]:
    """What two facts must share to restate each other (:func:`_restated`), ``q`` being the
    primary quantity of ``f``."""
    p = (f.period.date_start, f.period.date_end) if f.period else (None, None)
    return (q.unit, f.value is None, p)


def _restated(a: Fact, b: Fact) -> bool:
    qa, qb = _primary(a), _primary(b)
    if qa.unit != qb.unit or abs(qa.value - qb.value) > 1e-6 * max(1.0, abs(qa.value)):
        return False
    if (a.value is None) != (b.value is None):
        return False
    pa = (a.period.date_start, a.period.date_end) if a.period else (None, None)
    pb = (b.period.date_start, b.period.date_end) if b.period else (None, None)
    if pa != pb:
        return False
    return _lcs_f1(a.metric, b.metric) >= 0.85


# --------------------------------------------------------------------------- component


class RelationExtractor:
    """spaCy component ``pressie_relations``: sets ``Doc._.pressie_facts``.

    Reads ``pressie_quantities``, ``pressie_periods``, ``pressie_entities``,
    ``pressie_skip``, ``pressie_region`` and the sentence boundaries.
    """

    def __init__(
        self,
        lexicon: RelationLexicon | None = None,
        use_tokens: bool = True,
        spans_key: str | None = "pressie_facts",
    ) -> None:
        """``spans_key``: each fact's value also goes to ``doc.spans[spans_key]`` (label:
        the metric), for displaCy; None leaves ``doc.spans`` alone.

        Raises:
            pressie.lexicon_schema.LexiconError: when a packaged relation lexicon is
                malformed (checked before it is used).
        """
        if lexicon is None:
            _check_relation_lexicons()
        self.extractor = FactExtractor(lexicon)
        self.use_tokens = use_tokens
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Extract the facts of ``doc``.

        Raises:
            MissingComponentError: when pressie_structure, pressie_entities,
                pressie_quantities or pressie_periods has not run on ``doc``.
        """
        _extensions.require(doc, "pressie_relations")
        x = doc._
        n = len(doc)
        # token offsets, lengths and sentence starts, read as arrays (no Token objects)
        arr = doc.to_array([IDX, LENGTH, SENT_START]).astype(numpy.int64) if n else None
        sentences = None
        if doc.has_annotation("SENT_START"):
            if arr is None or "sents" in doc.user_hooks:
                sentences = [(s.start_char, s.end_char) for s in doc.sents]
            else:
                # Doc.sents: token 0 and every token whose sent_start is 1 open a sentence
                idx, length = arr[:, 0], arr[:, 1]
                opens = numpy.flatnonzero(arr[1:, 2] == 1) + 1
                first = numpy.concatenate(([0], opens))
                last = numpy.concatenate((opens, [n])) - 1
                sentences = list(zip(idx[first].tolist(),
                                     (idx[last] + length[last]).tolist(), strict=True))
        period_for, base = _period_helper(doc)
        bounds = None
        if self.use_tokens and arr is not None:
            # token starts and ends: two sorted runs, merged and made unique
            both = numpy.concatenate((arr[:, 0], arr[:, 0] + arr[:, 1]))
            both.sort(kind="stable")
            keep = numpy.empty(len(both), dtype=bool)
            keep[0] = True
            numpy.not_equal(both[1:], both[:-1], out=keep[1:])
            bounds = _SortedStarts(both[keep].tolist())
        found = self.extractor.extract(
            doc_text(doc),
            _extensions.quantities(doc) or [],
            _extensions.periods(doc) or [],
            _extensions.entities(doc) or [],
            skip=_extensions.skip_ranges(doc) or [],
            region=x.pressie_region,
            sentences=sentences,
            period_for=period_for,
            base_periods=base,
            token_starts=bounds,
        )
        _extensions.set_models(doc, "pressie_facts", found)
        values = [(f.value.start, f.value.end, f.metric) for f in found if f.value is not None]
        _extensions.set_spans(doc, self.spans_key, values)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Nothing to save: the lexicons are packaged data."""
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> RelationExtractor:
        """Nothing to load (see :meth:`to_disk`)."""
        return self


def _check_relation_lexicons() -> None:
    """Check the packaged lexicons of :class:`RelationLexicon` against their schemas."""
    from .lexicon_schema import read_json, read_lines

    for name in ("metric_verbs.txt", "metric_fillers.txt"):
        read_lines(lexicon_path(name))
    for name in ("change_words.json", "scope_patterns.json", "relation_rules.json"):
        read_json(lexicon_path(name))


def _period_helper(
    doc: Doc,
) -> tuple[Callable[[int], Period | None] | None, list[tuple[int, int]] | None]:
    """The periods component's index for ``doc``: ``period_for`` and the comparison periods."""
    from .periods import PeriodIndex

    if doc._.pressie_periods is None:
        return None, None
    index = PeriodIndex.from_doc(doc)
    base = [(m.start, m.end) for m in index.mentions if m.role == "base"]
    return index.period_for, base


@Language.factory(
    "pressie_relations",
    default_config={"use_tokens": True, "spans_key": "pressie_facts"},
    assigns=_extensions.ASSIGNS["pressie_relations"],
    requires=_extensions.REQUIRES["pressie_relations"],
)
def make_relations(
    nlp: Language, name: str, use_tokens: bool, spans_key: str | None
) -> RelationExtractor:
    """spaCy factory for :class:`RelationExtractor`.

    ``use_tokens``: respect the Doc's word boundaries (verbs as whole words, metric edges on
    word boundaries); False runs the same rules on characters alone.  ``spans_key``: where
    in ``doc.spans`` the facts' values go (label: the metric); None: nowhere.
    """
    return RelationExtractor(use_tokens=use_tokens, spans_key=spans_key)


__all__ = ["Boundaries", "FactExtractor", "RelationExtractor", "RelationLexicon", "make_relations"]
