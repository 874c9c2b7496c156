"""The spaCy component ``pressie_relations``: reads ``Doc._``, writes ``Doc._.pressie_facts``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as _extensions
from ..model import Fact, Period
from ..resources import lexicon_path
from ..text import doc_text
from .context import PeriodLookup
from .extractor import FactExtractor
from .lexicon import RelationLexicon
from .words import _SortedStarts


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
        found = self.facts(doc)
        _extensions.set_models(doc, "pressie_facts", found)
        values = [(f.value.start, f.value.end, f.metric) for f in found if f.value is not None]
        _extensions.set_spans(doc, self.spans_key, values)
        return doc

    def facts(self, doc: Doc, *,
              periods: tuple[PeriodLookup, list[tuple[int, int]]] | None = None,
              dedupe: bool = True) -> list[Fact]:
        """The facts of ``doc`` (not stored on it).

        Args:
            doc: a Doc the earlier pressie components have processed.
            periods: ``(period_for, base_periods)`` in place of the periods component's
                index for ``doc`` (a chunk of a long document uses the whole document's).
            dedupe: False keeps restated facts (the caller dedupes several chunks of one
                document together with :func:`pressie.relations.dedupe.dedupe`).
        """
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
        period_for, base = periods if periods is not None else _period_helper(doc)
        bounds = None
        if self.use_tokens and arr is not None:
            # token starts and ends: two sorted runs, merged and made unique
            both = numpy.concatenate((arr[:, 0], arr[:, 0] + arr[:, 1]))
            both.sort(kind="stable")
            keep = numpy.empty(len(both), dtype=bool)
            keep[0] = True
            numpy.not_equal(both[1:], both[:-1], out=keep[1:])
            bounds = _SortedStarts(both[keep].tolist())
        return self.extractor.extract(
            doc_text(doc),
            _extensions.quantities(doc) or [],
            _extensions.periods(doc) or [],
            _extensions.entities(doc) or [],
            skip=_extensions.skip_ranges(doc) or [],
            region=_extensions.get_value(doc, "pressie_region"),
            sentences=sentences,
            period_for=period_for,
            base_periods=base,
            token_starts=bounds,
            dedupe=dedupe,
        )

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Nothing to save: the lexicons are packaged data."""
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> RelationExtractor:
        """Nothing to load (see :meth:`to_disk`)."""
        return self


def _check_relation_lexicons() -> None:
    """Check the packaged lexicons of :class:`RelationLexicon` against their schemas."""
    from ..lexicon_schema import read_json, read_lines

    for name in ("metric_verbs.txt", "metric_fillers.txt"):
        read_lines(lexicon_path(name))
    for name in ("change_words.json", "scope_patterns.json", "relation_rules.json"):
        read_json(lexicon_path(name))


def _period_helper(
    doc: Doc,
) -> tuple[Callable[[int], Period | None] | None, list[tuple[int, int]] | None]:
    """The periods component's index for ``doc``: ``period_for`` and the comparison periods."""
    from ..periods import PeriodIndex

    if _extensions.get_value(doc, "pressie_periods") is None:
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

