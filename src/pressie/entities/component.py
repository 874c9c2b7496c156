"""The spaCy component ``pressie_entities`` (:class:`EntityRecognizer`)."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.pipeline.span_ruler import (
    prioritize_existing_ents_filter,
    prioritize_new_ents_filter,
)
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from ..extensions import ASSIGNS, REQUIRES, set_models
from ..model import Entity, _construct
from ..resources import lexicon_path
from ..text import doc_text
from ..tokenizer import working_doc
from .find import _ENTITY_FIELDS, find_entities
from .lexicon import _LABEL_RANK, LEXICON_FILES, Lexicon, default_lexicon

# --------------------------------------------------------------------------------------
# spaCy component


_RULED_FIELDS = _ENTITY_FIELDS - {"year"}


def _ruler_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    """Phrase patterns for the lexicon's fixed names (agencies, distinctive campaigns)."""
    pats: list[dict[str, Any]] = []
    for surface, (canon, _units) in sorted(lex.agencies.items()):
        pats.append({"label": "AGENCY", "pattern": surface, "id": canon})
    for surface, (canon, mode) in sorted(lex.campaigns.items()):
        if mode == "any":
            pats.append({"label": "CAMPAIGN", "pattern": surface, "id": canon})
    return pats


_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


#: the token attributes the component reads at once: offsets (spans) and KB ids (ents)
_TOKEN_ATTRS = [IDX, LENGTH, ENT_KB_ID]


def _entity_spans(doc: Doc, entities: list[Entity], tokens: Any) -> list[Span]:
    """The entities as labelled spans (KB id: the canonical name): ``doc.char_span`` of each,
    else its ``expand`` alignment.  Spans on token boundaries (most) are looked up in the
    token offsets at once instead of one ``char_span`` call each.  ``tokens`` is
    ``doc.to_array(_TOKEN_ATTRS)``."""
    if not entities or not len(doc):
        return []
    offsets = tokens[:, :2].astype(numpy.int64)
    tok_starts = offsets[:, 0]
    tok_ends = tok_starts + offsets[:, 1]
    starts = numpy.array([e.start for e in entities], dtype=numpy.int64)
    ends = numpy.array([e.end for e in entities], dtype=numpy.int64)
    last = len(doc) - 1
    first_tok = numpy.minimum(numpy.searchsorted(tok_starts, starts), last)
    last_tok = numpy.minimum(numpy.searchsorted(tok_ends, ends), last)
    aligned = (tok_starts[first_tok] == starts) & (tok_ends[last_tok] == ends)
    spans: list[Span] = []
    for e, a, b, ok in zip(entities, first_tok.tolist(), last_tok.tolist(), aligned.tolist()):
        span: Span | None
        if ok:
            span = Span(doc, a, b + 1, label=e.label, kb_id=e.canonical)
        else:
            span = doc.char_span(
                e.start, e.end, label=e.label, kb_id=e.canonical, alignment_mode="expand"
            )
        if span is not None:
            spans.append(span)
    return spans


def _set_ents(doc: Doc, ents: list[Span], kb_ids: Any) -> None:
    """``doc.ents = ents`` for non-overlapping ``ents``, in one array write: B / I inside the
    entities with their label and KB id, O elsewhere (other tokens keep their KB id
    ``kb_ids``, as spaCy's setter does).  spaCy's setter walks every token in Python."""
    if not len(doc):
        return
    arr = numpy.zeros((len(doc), 3), dtype=numpy.uint64)
    arr[:, 0] = 2  # O
    arr[:, 2] = kb_ids
    ents = [span for span in ents if span.end > span.start]
    if ents:
        starts = numpy.array([span.start for span in ents], dtype=numpy.int64)
        sizes = numpy.array([span.end for span in ents], dtype=numpy.int64) - starts
        # every token of every entity, with the entity it belongs to
        owner = numpy.repeat(numpy.arange(len(ents)), sizes)
        inside = (
            starts[owner]
            + numpy.arange(len(owner))
            - numpy.repeat(numpy.cumsum(sizes) - sizes, sizes)
        )
        arr[inside, 0] = 1  # I
        arr[starts, 0] = 3  # B
        arr[inside, 1] = numpy.array([span.label for span in ents], dtype=numpy.uint64)[owner]
        arr[inside, 2] = numpy.array([span.kb_id for span in ents], dtype=numpy.uint64)[owner]
    doc.from_array(_ENT_ATTRS, arr)


#: serializes the lazy build of components' matchers (module level: components stay picklable)
_BUILD_LOCK = threading.Lock()


class _Matchers:
    """The token matchers of an :class:`EntityRecognizer`, built together from its lexicon
    and user patterns (tokenizing the patterns needs the pipeline's loaded tokenizer)."""

    def __init__(
        self, nlp: Language, name: str, lexicon: Lexicon, user_patterns: list[dict[str, Any]]
    ) -> None:
        self.user_patterns = bool(user_patterns)
        self.ruler: SpanRuler | None = None
        if user_patterns:
            self.ruler = SpanRuler(
                nlp,
                name=f"{name}_ruler",
                spans_key=None,
                annotate_ents=False,
                phrase_matcher_attr="ORTH",
                validate=False,
            )
            self.ruler.add_patterns(_ruler_patterns(lexicon) + user_patterns)  # type: ignore[arg-type]
        self.phrases, self.phrase_keys = _lexicon_matcher(nlp, lexicon)


def _lexicon_matcher(
    nlp: Language, lexicon: Lexicon
) -> tuple[PhraseMatcher, dict[int, tuple[str, str, int, int]]]:
    """The lexicon's patterns (those of the ruler without user patterns) in a plain
    :class:`spacy.matcher.PhraseMatcher`: match key -> (label, id, label hash, id hash)."""
    strings = nlp.vocab.strings
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    keys: dict[int, tuple[str, str, int, int]] = {}
    by_key: dict[str, list[Doc]] = {}
    patterns = _ruler_patterns(lexicon)
    # tokenized as one stream (pressie's tokenizer segments a batch in one call)
    docs = nlp.tokenizer.pipe([pat["pattern"] for pat in patterns])
    for pat, doc in zip(patterns, docs, strict=True):
        key = repr((pat["label"], pat["id"]))
        keys[strings.add(key)] = (
            pat["label"],
            pat["id"],
            strings.add(pat["label"]),
            strings.add(pat["id"]) if pat["id"] else 0,
        )
        by_key.setdefault(key, []).append(doc)
    for key, docs in by_key.items():
        matcher.add(key, docs)
    return matcher, keys


class EntityRecognizer:
    """spaCy component: fills ``doc._.pressie_entities`` and ``doc._.pressie_region``.

    A :class:`spacy.pipeline.SpanRuler` holds phrase patterns for the lexicon's fixed names
    and any patterns added with :meth:`add_patterns` (label, pattern, optional ``id`` used as
    the canonical name); its token-aligned matches are merged with the character-level
    recognizers of :func:`find_entities`.  While no user patterns were added, a plain
    :class:`spacy.matcher.PhraseMatcher` with the lexicon's patterns gives the same matches
    more cheaply (the ruler's matches can matter: 公安部 in 公安部刑侦局党委, where the longer
    name is a Party organ).

    The matchers are built in :meth:`initialize` or, at the latest, on the first Doc (the
    patterns are tokenized with the pipeline's tokenizer, which ``spacy.load`` loads only
    after constructing the components); the constructor tokenizes nothing.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "pressie_entities",
        *,
        check_token_bounds: bool = False,
        overwrite_ents: bool = False,
        spans_key: str | None = "pressie_entities",
        annotate_ents: bool = True,
    ) -> None:
        """Build the component with the packaged lexicon.

        ``overwrite_ents``: what happens to entities already in ``doc.ents`` (an upstream
        ``entity_ruler`` or ``ner``).  False (default) keeps them and adds pressie's
        entities where they overlap none; True lets pressie's entities replace the upstream
        ones they overlap, keeping the others (spaCy's entity_ruler ``overwrite_ents``).
        ``spans_key``: the entities' ``doc.spans`` group (None: none); ``annotate_ents``:
        False leaves ``doc.ents`` alone (``Doc._`` is written either way).
        """
        self.name = name
        self.check_token_bounds = check_token_bounds
        self.overwrite_ents = overwrite_ents
        self.spans_key = spans_key
        self.annotate_ents = annotate_ents
        self.lexicon = default_lexicon()
        self._lexicon_dir: Path | None = None
        self._user_patterns: list[dict[str, Any]] = []
        self._nlp = nlp
        self._matchers: _Matchers | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        patterns: list[dict[str, Any]] | None = None,
    ) -> None:
        """Build the matchers now (``nlp.initialize()``), adding ``patterns`` when given
        (SpanRuler patterns, as for :meth:`add_patterns`)."""
        if patterns:
            self._user_patterns = [*self._user_patterns, *patterns]
        self._matchers = _Matchers(self._nlp, self.name, self.lexicon, self._user_patterns)

    def _ready(self) -> _Matchers:
        """The matchers, built on first use (once, also when threads race for them)."""
        matchers = self._matchers
        if matchers is None:
            with _BUILD_LOCK:
                matchers = self._matchers
                if matchers is None:
                    matchers = _Matchers(
                        self._nlp, self.name, self.lexicon, self._user_patterns
                    )
                    self._matchers = matchers
        return matchers

    def _ruled(self, doc: Doc, text: str) -> list[Entity]:
        """The ruler's matches as entities.  Without user patterns, the lexicon's phrase
        matcher gives the same spans (deduplicated and ordered like the ruler's) without
        building :class:`spacy.tokens.Span` objects."""
        matchers = self._ready()
        doc = working_doc(doc)  # token texts as the working text (traditional input)
        if matchers.ruler is not None:
            return [
                Entity(
                    label=s.label_,  # type: ignore[arg-type]
                    start=s.start_char,
                    end=s.end_char,
                    text=s.text,
                    canonical=s.id_ or s.text,
                )
                for s in matchers.ruler.match(doc)
                if s.label_ in _LABEL_RANK
            ]
        found: set[tuple[int, int, int, int, str, str]] = set()
        for key, start, end in matchers.phrases(doc):
            label, canonical, label_hash, id_hash = matchers.phrase_keys[key]
            first, last = doc[start], doc[end - 1]
            found.add((first.idx, last.idx + len(last), label_hash, id_hash, label, canonical))
        # Entity(label=..., start=..., end=..., text=..., canonical=...) without validation.
        return [
            _construct(
                Entity,
                {
                    "label": label,
                    "start": a,
                    "end": b,
                    "text": text[a:b],
                    "canonical": canonical or text[a:b],
                    "year": None,
                },
                set(_RULED_FIELDS),
            )
            for a, b, _lh, _ih, label, canonical in sorted(found)
            if label in _LABEL_RANK
        ]

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add SpanRuler patterns (``{"label": ..., "pattern": ..., "id": canonical}``).

        The matchers are rebuilt with them on the next Doc.
        """
        with _BUILD_LOCK:
            self._user_patterns = [*self._user_patterns, *patterns]
            self._matchers = None

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The patterns added with :meth:`add_patterns` (the lexicon's are not listed)."""
        return list(self._user_patterns)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` (never raises on odd input: an empty text gives no entities)."""
        bounds = None
        if self.check_token_bounds:
            bounds = {t.idx for t in doc} | {t.idx + len(t.text) for t in doc}
        text = doc_text(doc)
        entities, region = find_entities(
            text,
            self.lexicon,
            title=_extensions.get_value(doc, "pressie_title"),
            token_bounds=bounds,
            extra=self._ruled(doc, text),
        )
        set_models(doc, "pressie_entities", entities)
        _extensions.set_value(doc, "pressie_region", region)
        if self.spans_key is None and not self.annotate_ents:
            return doc
        tokens = doc.to_array(_TOKEN_ATTRS) if len(doc) else None
        spans = _entity_spans(doc, entities, tokens)
        if self.spans_key is not None:
            doc.spans[self.spans_key] = spans
        if tokens is None or not self.annotate_ents:
            return doc
        upstream = doc.ents
        if upstream:
            # spaCy's own filters, as its entity_ruler uses them for overwrite_ents
            merge = (
                prioritize_new_ents_filter if self.overwrite_ents
                else prioritize_existing_ents_filter
            )
            doc.ents = sorted(merge(upstream, spans))
        else:
            _set_ents(doc, filter_spans(spans), tokens[:, 2])
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon files and the user's SpanRuler patterns under ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        src = self._lexicon_dir
        for name in LEXICON_FILES:
            shutil.copyfile((src / name) if src else lexicon_path(name), path / name)
        (path / "patterns.json").write_text(
            json.dumps(self._user_patterns, ensure_ascii=False), encoding="utf-8"
        )
        cfg = {"check_token_bounds": self.check_token_bounds, "overwrite_ents": self.overwrite_ents}
        (path / "cfg.json").write_text(json.dumps(cfg), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Load the lexicon files and user patterns saved by :meth:`to_disk`."""
        path = Path(path)
        self._lexicon_dir = path
        self.lexicon = Lexicon.load(path)
        cfg_file = path / "cfg.json"
        if cfg_file.exists():
            cfg = json.loads(cfg_file.read_text())
            self.check_token_bounds = bool(cfg["check_token_bounds"])
            self.overwrite_ents = bool(cfg.get("overwrite_ents", self.overwrite_ents))
        pats_file = path / "patterns.json"
        with _BUILD_LOCK:
            self._user_patterns = (
                json.loads(pats_file.read_text(encoding="utf-8")) if pats_file.exists() else []
            )
            self._matchers = None
        return self


@Language.factory(
    "pressie_entities",
    default_config={
        "check_token_bounds": False,
        "overwrite_ents": False,
        "spans_key": "pressie_entities",
        "annotate_ents": True,
    },
    assigns=ASSIGNS["pressie_entities"],
    requires=REQUIRES["pressie_entities"],
)
def make_entities(
    nlp: Language,
    name: str,
    check_token_bounds: bool,
    overwrite_ents: bool,
    spans_key: str | None,
    annotate_ents: bool,
) -> EntityRecognizer:
    """spaCy factory for :class:`EntityRecognizer` (the settings: see its constructor)."""
    return EntityRecognizer(
        nlp,
        name,
        check_token_bounds=check_token_bounds,
        overwrite_ents=overwrite_ents,
        spans_key=spans_key,
        annotate_ents=annotate_ents,
    )
