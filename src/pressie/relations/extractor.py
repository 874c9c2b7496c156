"""The relation extractor over plain working text: the stages, one after the other.

Data flows one way (``docs/relations.md`` describes each stage):

1. candidates (:mod:`.candidates`, :mod:`.roles`): sentences, clauses, the figures of each
   sentence with non-facts dropped and a role each (value, change amount, baseline);
2. metric (:mod:`.metric`, :mod:`.scope`): the metric, scope span and verb of each value;
   anaphoric metrics resolved (:mod:`.anaphors`);
3. changes (:mod:`.changes`): changes and baselines attached to their values, or made
   change-only facts: one :class:`~.records.Draft` per fact, at a :class:`~.records.Site`;
4. period (:mod:`.period`, the years of a yearly series: :mod:`.yearly`), region
   (:mod:`.region`) and campaign (:mod:`.campaign`) of every site;
5. restatement dedupe (:mod:`.dedupe`).

All per-document state lives in one :class:`~.context.Context`, made for each call.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Entity, Fact, Period, Quantity
from .anaphors import resolve_anaphors
from .campaign import attach_campaigns
from .candidates import Item, Sentence, sentence_work
from .candidates import sentences as find_sentences
from .changes import (
    breakdown_items,
    changes_of_previous_levels,
    measures_in_sentence,
    measures_of_earlier_levels,
    measures_of_previous_levels,
    place_items,
    ranked_places,
    sentence_drafts,
)
from .context import Context, PeriodLookup
from .dedupe import dedupe as dedupe_facts
from .lexicon import RelationLexicon
from .metric import sentence_metrics
from .period import attach_periods
from .records import Draft, Site
from .region import attach_regions
from .scope import carried_scope
from .yearly import date_yearly_series


class FactExtractor:
    """The rule-based relation extractor over plain working text (spec sections 2 and 4).

    Holds only the lexicon; every call of :meth:`extract` works on its own per-call state,
    so one extractor serves any number of documents and threads at once.
    """

    def __init__(self, lexicon: RelationLexicon | None = None) -> None:
        """``lexicon``: the vocabulary (default: the packaged lexicon files)."""
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
        period_for: PeriodLookup | None = None,
        base_periods: Sequence[tuple[int, int]] | None = None,
        token_starts: Sequence[int] | None = None,
        dedupe: bool = True,
    ) -> list[Fact]:
        """Build the facts of one document: :func:`extract_facts` with this lexicon."""
        return extract_facts(
            self.lex, text, quantities, periods, entities, skip=skip, region=region,
            sentences=sentences, period_for=period_for, base_periods=base_periods,
            token_starts=token_starts, dedupe=dedupe)


def extract_facts(
    lex: RelationLexicon,
    text: str,
    quantities: Sequence[Quantity],
    periods: Sequence[Period] = (),
    entities: Sequence[Entity] = (),
    *,
    skip: Sequence[tuple[int, int]] = (),
    region: str | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    period_for: PeriodLookup | None = None,
    base_periods: Sequence[tuple[int, int]] | None = None,
    token_starts: Sequence[int] | None = None,
    dedupe: bool = True,
) -> list[Fact]:
    """Build the facts of one document.

    Args:
        lex: the relation lexicon.
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
        dedupe: remove restated facts (off when the caller dedupes several parts of one
            document together: :func:`.dedupe.dedupe`).

    Returns:
        The facts, in text order (restated facts removed unless ``dedupe`` is False).
    """
    if not text:
        return []
    ctx = Context(lex, text, periods, entities, skip=skip, region=region,
                  period_for=period_for, base_periods=base_periods,
                  token_starts=token_starts)
    sents = find_sentences(text, sentences)
    drafts = resolve_anaphors(ctx, _sentence_stages(ctx, sents, quantities))
    sites = _sites(drafts)
    attach_periods(ctx, sites)
    date_yearly_series(ctx, drafts)
    attach_regions(ctx, sites)
    attach_campaigns(ctx, sents, sites)
    facts = [d.fact(text, ctx.sentence_span(d.site.sent.start, d.site.sent.end))
             for d in drafts]
    return dedupe_facts(facts) if dedupe else facts


def _sentence_stages(ctx: Context, sents: list[Sentence], quantities: Sequence[Quantity]
                     ) -> list[Draft]:
    """Stages 1-3 (candidates, metric, changes) sentence by sentence, carrying the scope
    over within each paragraph; the drafts in text order."""
    qs = sorted(
        (q for q in quantities if q.kind != "other" and not ctx.skipped(q.start, q.end)),
        key=lambda q: q.start,
    )
    drafts: list[Draft] = []
    qi = 0
    last_scope: dict[int, tuple[int, int] | None] = {}
    # the level drafts of the paragraph's last sentence with figures (a sentence of bare
    # changes after it may be theirs: changes.changes_of_previous_levels)
    last_levels: dict[int, list[Draft]] = {}
    last_found: list[Draft] = []  # the value drafts of the last sentence that wrote any
    # all the level drafts of each paragraph so far (a count measured by its verb in a
    # later sentence: changes.measures_of_earlier_levels)
    para_levels: dict[int, list[Draft]] = {}
    # sentences without figures since the paragraph's last figure, examined only when a
    # later sentence of the paragraph has figures (most never are)
    pending: dict[int, list[Sentence]] = {}
    last_line_end = -1  # where the last sentence with figures ended
    for sent in sents:
        items: list[Item] = []
        while qi < len(qs) and qs[qi].start < sent.end:
            if qs[qi].start >= sent.start:
                items.append(Item(qs[qi]))
            qi += 1
        if not items:
            pending.setdefault(sent.paragraph, []).append(sent)
            continue
        scope = carried_scope(ctx, last_scope.get(sent.paragraph),
                              pending.pop(sent.paragraph, []))
        work = sentence_work(ctx, sent, items)
        scope = sentence_metrics(ctx, work, scope)
        new = measures_in_sentence(sentence_drafts(ctx, work, scope), ctx.text)
        prev = last_levels.get(sent.paragraph)
        if not prev and _change_line(ctx, sent, last_line_end):
            # 立现行命案63起(已全部破获)|同比下降21%: a line holding only the change of
            # the level that ends the line before
            prev = last_levels.get(sent.paragraph - 1)
        if prev:
            new = changes_of_previous_levels(ctx, work, new, prev)
        elif last_found:
            # (…直接财产损失343.4万元。\n根据报告分析,…与2008年相比,火起数上升8.65%,…: the
            # measures of the levels of the paragraph before)
            new = measures_of_previous_levels(new, last_found)
        earlier = para_levels.get(sent.paragraph)
        if earlier:
            new = measures_of_earlier_levels(ctx, new, earlier)
        breakdown_items(ctx, new, earlier or [])
        place_items(ctx, new, drafts)
        ranked_places(ctx, new)
        last_line_end = sent.end
        drafts += new
        last_levels[sent.paragraph] = [d for d in new if d.value is not None]
        if last_levels[sent.paragraph]:
            last_found = last_levels[sent.paragraph]
        para_levels.setdefault(sent.paragraph, []).extend(last_levels[sent.paragraph])
        last_scope[sent.paragraph] = scope
    return drafts


#: the longest line that is read as only the change of the line before
_CHANGE_LINE_MAX = 24


def _change_line(ctx: Context, sent: Sentence, last_end: int) -> bool:
    """Whether ``sent`` is a short line of its own right after the line of the last figures
    (only a line break between them)."""
    text = ctx.text
    if last_end < 0 or len(text[sent.start:sent.end].strip()) > _CHANGE_LINE_MAX:
        return False
    k = last_end
    while k > 0 and text[k - 1].isspace():
        k -= 1  # (a sentence span may hold the line break that ends it)
    gap = text[k:sent.start]
    return gap.count("\n") == 1 and not gap.strip()


def _sites(drafts: list[Draft]) -> list[Site]:
    """The distinct sites of ``drafts``, in text order."""
    seen: set[int] = set()
    out: list[Site] = []
    for d in drafts:
        if id(d.site) not in seen:
            seen.add(id(d.site))
            out.append(d.site)
    return out
