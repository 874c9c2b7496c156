"""The relation extractor's vocabulary: :class:`RelationLexicon` and its word matchers.

Every word list is read from the data files under ``pressie/lexicons/`` (``metric_verbs.txt``,
``metric_fillers.txt``, ``change_words.json``, ``scope_patterns.json``,
``relation_rules.json``) and indexed once, when the lexicon is loaded; nothing here changes
afterwards, so one lexicon serves every document and thread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..resources import lexicon_path, read_list

if TYPE_CHECKING:
    from .words import Boundaries

OPEN = "(（"
CLOSE = ")）"


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
        self._read_change()
        self._read_rules()
        self._read_scope()
        self._index()

    def _read_change(self) -> None:
        """The change words (``change_words.json``): directions, markers, bases."""
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

    def _read_rules(self) -> None:
        """The rule words (``relation_rules.json``)."""
        r = self.rules
        self.connectives = _by_length(r["connectives"])
        self.rate_suffixes = _by_length(r["rate_suffixes"])
        self.whole_verbs = frozenset(r.get("whole_verbs", ()))
        heads = {k: v for k, v in r.get("filler_noun_heads", {}).items() if k != "_doc"}
        if any(not isinstance(v, list) for v in heads.values()):
            raise ValueError("relation_rules.json filler_noun_heads: each value is a list")
        self.filler_noun_heads = {k: tuple(v) for k, v in heads.items()}
        self.verb_only_fillers = frozenset(r.get("verb_only_fillers", ()))
        self.event_heads = tuple(r.get("event_heads", ()))
        self.threshold_after = _by_length(r["threshold_after"])
        self.threshold_before = _by_length(r["threshold_before"])
        self.rank_before = _by_length(r["rank_before"])
        self.session_marks = tuple(r["session_marks"])
        self.metric_cut = re.compile("|".join(f"(?:{x})" for x in r["metric_cut_re"]))
        leads = r.get("news_lead_re", [])
        self.news_lead = re.compile("|".join(f"(?:{x})" for x in leads)) if leads else None
        self.summary_nouns = tuple(r["summary_nouns"])
        self.measure_ends = tuple(r["measure_ends"])
        self.frequency_units = frozenset(r["frequency_units"])
        self.inclusion_openers = _by_length(r["inclusion_openers"])
        self.session_nouns = tuple(r["session_nouns"])
        self.example_nouns = tuple(r.get("example_nouns", []))
        self.change_adverbs = list(r.get("change_adverbs", []))
        self.lead_adverbs = tuple(r.get("lead_adverbs", []))
        self.money_nouns = tuple(r.get("money_nouns", []))
        self.attribute_nouns = frozenset(r.get("attribute_nouns", []))
        #: what a place's name heads when places are listed as subjects (罗湖、福田口岸…)
        self.place_facilities = tuple(
            sorted(r.get("place_facilities", []), key=len, reverse=True))
        self.head_ends = frozenset(r.get("head_ends", ""))
        #: what a place written right before it only qualifies (台湾通行证, 陆丰籍)
        self.place_attributes = tuple(_by_length(r.get("place_attributes", [])))
        #: what an event is measured by (道路交通事故起数、死亡人数): later list items that are
        #: only such a measure share the first item's event noun
        self.event_measures = tuple(sorted(r.get("event_measures", []), key=len, reverse=True))
        self.generic_objects = tuple(r.get("generic_objects", []))
        self.record_verbs = tuple(_by_length(r.get("record_verbs", [])))
        trends = _by_length(r.get("trend_predicates", []))
        #: 其中,盗伐、滥伐林木案件数居高不下: a noun and its trend, what a bare verb counts
        self.trend_topic_re = re.compile(
            r"(?P<np>[^,，;；。:：0-9]{2,20}?)(?:数量|起数|数)?"
            "(?:" + "|".join(re.escape(w) for w in trends) + ")"
        ) if trends else None
        self.counted_topics = tuple(r.get("counted_topics", []))
        self.bound_conjunctions = tuple(r.get("bound_conjunctions", []))
        openers = _by_length(r.get("crime_topic_openers", []))
        #: 严打涉税经济犯罪 / 对侵害未成年人犯罪零容忍: the crime a sentence opens with
        self.crime_topic_re = re.compile(
            "(?:" + "|".join(re.escape(w) for w in openers) + ")"
            # (a quoted kind inside it: 打击“两抢一盗”犯罪)
            + r"((?=[^,，;；。:：]{2})(?:[^,，;；。:：“”]|“[^,，;；。“”]{1,12}”){1,30}?犯罪)"
            + r"(?![\u4e00-\u9fff]{0,2}(?:嫌疑人|分子|团伙))"
        ) if openers else None
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
        # the characters candidates.clauses looks at (single characters only; others never match)
        self.clause_chars_re = _char_class(
            {c for c in set(OPEN) | set(CLOSE) | self.clause_seps if len(c) == 1})

    def _read_scope(self) -> None:
        """The scope words (``scope_patterns.json``)."""
        s = self.scope
        self.national = _by_length(s["national"])
        self.national_t = tuple(self.national)
        self.own_region = _by_length(s["own_region"])
        self.scope_heads = _by_length(s["heads"])
        self.scope_prefixes = _by_length(s["prefixes"])
        self.anaphoric_bodies = tuple(_by_length(s.get("anaphoric_bodies", [])))
        self.scope_words = self.scope_prefixes + self.national + self.own_region
        # first characters of the scope words a named body may start with (not 全 alone)
        self.scope_first_re = _char_class({w[0] for w in self.scope_words if w != "全"})

    def _index(self) -> None:
        """The indexed matchers (same answers as :func:`_starts`/:func:`_ends` over the
        lists) and the verb index by first character and length."""
        self.verb_set = set(self.verbs)
        self._verb_index: dict[str, list[str]] = {}
        for v in self.verbs:  # longest first, kept per first character
            self._verb_index.setdefault(v[0], []).append(v)
        self._verb_by_len = {k: ix for k, v in self._verb_index.items()
                             if (ix := _length_index(v)) is not None}
        self._filler_set = set(self.fillers)
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

    def past_change_adverbs(self, s: str) -> str:
        """``s`` without the change adverbs it starts with (稳步上升至 -> 上升至)."""
        moved = True
        while moved:
            moved = False
            for w in self.change_adverbs:
                if s.startswith(w):
                    s, moved = s[len(w):], True
        return s

    def filler_at(self, text: str, i: int) -> str | None:
        """The filler of ``metric_fillers.txt`` at ``text[i]``, unless a noun it qualifies
        follows it (有效警情: ``filler_noun_heads``) or, for a ``verb_only_fillers`` word
        (就), no verb does."""
        w = self.fillers_m.at(text, i)
        if w and text.startswith(self.filler_noun_heads.get(w, ("\0",)), i + len(w)):
            return None
        if w in self.verb_only_fillers and not self.verb_at(text, i + len(w)):
            return None  # (就摧毁… drops 就; 就职人员 keeps it)
        return w

    def verb_suffix(self, text: str) -> str | None:
        """The longest lexicon verb ``text`` ends with."""
        return self.verbs_m.end(text)


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
