"""Build pressie's spaCy pipeline and turn a processed ``Doc`` into a :class:`Document`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import spacy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .metric_keys import with_metric_keys
from .model import Document, Fact, Quantity, _construct, all_fields_set
from .resources import segmenter_model_dir
from .text import detect_script, doc_text, simplified_source
from .tokenizer import TOKENIZER_NAME

#: pressie's components, in pipeline order.  Each is a ``@Language.factory`` that other
#: spaCy users can add with ``nlp.add_pipe(name)`` once pressie is installed.
COMPONENTS: tuple[str, ...] = (
    "pressie_sentences",
    "pressie_structure",
    "pressie_entities",
    "pressie_quantities",
    "pressie_periods",
    "pressie_relations",
)


def _import_factories() -> None:
    from . import entities, numbers, periods, relations, sentences, structure  # noqa: F401


#: ``segmenter=`` values of :func:`blank` and :func:`load`
SEGMENTERS: tuple[str, ...] = ("pressie", "spacy-pkuseg")


def blank(segmenter: str = "pressie") -> Language:
    """Return a blank ``zh`` Language that tokenizes with pressie's own pkuseg model.

    Args:
        segmenter: ``"pressie"`` (default): :class:`pressie.tokenizer.Tokenizer`, pressie's
            vectorized re-implementation of pkuseg's segmentation (registered as
            ``pressie.Tokenizer.v1``); ``"spacy-pkuseg"``: spaCy's own ``ChineseTokenizer``
            running the ``spacy-pkuseg`` library.  Both give the same tokens (see
            :mod:`pressie.segmenter`); the first is about ten times faster.

    With ``"spacy-pkuseg"``, the model folder may carry a ``user_dict.txt`` (one word per
    line) that pkuseg uses as its user dictionary; without one, spacy-pkuseg's bundled
    default dictionary is used.  The ``"pressie"`` segmenter refuses a model with a user
    dictionary (:class:`pressie.segmenter.UnsupportedModel`).

    Raises:
        ValueError: for an unknown ``segmenter``.
    """
    if segmenter not in SEGMENTERS:
        raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
    if segmenter == "pressie":
        tokenizer = {"@tokenizers": TOKENIZER_NAME, "segmenter": "pressie"}
        return spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    tokenizer = {"@tokenizers": TOKENIZER_NAME, "segmenter": "pkuseg"}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    model_dir = segmenter_model_dir()
    user_dict = model_dir / "user_dict.txt"
    nlp.tokenizer.initialize(  # type: ignore[attr-defined]
        pkuseg_model=str(model_dir),
        pkuseg_user_dict=str(user_dict) if user_dict.is_file() else "default",
    )
    return nlp


def load(components: tuple[str, ...] | None = None, *, segmenter: str = "pressie") -> Language:
    """Build a fresh pressie pipeline.

    Args:
        components: names of the components to add, in order (default: all of
            :data:`COMPONENTS`).  Useful to run only part of the pipeline.
        segmenter: which implementation of pressie's pkuseg segmentation tokenizes (see
            :func:`blank`): ``"pressie"`` (default) or ``"spacy-pkuseg"``.

    Returns:
        A spaCy ``Language`` (lang ``zh``) with pressie's pkuseg tokenizer and components.
    """
    return _build(components if components is not None else COMPONENTS, segmenter, {})


#: component settings of the pipeline behind :func:`pressie.extract` (:func:`shared_pipeline`),
#: which never hands its Docs out: no ``doc.spans`` groups and no ``doc.ents``, which are
#: there for displaCy and spaCy users of a :func:`load` pipeline's Docs (the same ``Doc._``
#: data and output otherwise)
EXTRACT_SETTINGS: dict[str, dict[str, Any]] = {
    "pressie_structure": {"spans_key": None},
    "pressie_entities": {"spans_key": None, "annotate_ents": False},
    "pressie_quantities": {"spans_key": None},
    "pressie_periods": {"spans_key": None},
    "pressie_relations": {"spans_key": None},
}


def _build(
    components: Iterable[str], segmenter: str, settings: Mapping[str, Mapping[str, Any]]
) -> Language:
    """The pipeline of :func:`load`, each component added with its ``settings`` (config)."""
    _import_factories()
    nlp = blank(segmenter)
    for name in components:
        nlp.add_pipe(name, config=dict(settings.get(name, {})))
    # a saved pipeline needs pressie installed (its tokenizer and factories): `spacy
    # package` lists the meta's requirements as the package's dependencies
    from . import __version__

    nlp.meta["requirements"] = [f"pressie>={__version__}"]
    return nlp


@lru_cache(maxsize=1)
def shared_pipeline() -> Language:
    """The process-wide pipeline used by :func:`pressie.extract` (built once, on first use):
    :func:`load`'s, with :data:`EXTRACT_SETTINGS`."""
    return _build(COMPONENTS, "pressie", EXTRACT_SETTINGS)


def coerce_date(value: date | str | None) -> date | None:
    """Turn ``published=`` arguments (a ``date``, ``datetime`` or ISO string) into a ``date``.

    Raises:
        TypeError: for any other type.
        ValueError: for a string that is not an ISO date (``2021-10-13`` or with a time).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise ValueError(
                f"published must be an ISO date like 2021-10-13, got {value!r}"
            ) from None
    raise TypeError(
        f"published must be a date, an ISO date string or None, not {type(value).__name__}"
    )


def to_document(doc: Doc, original: str | None = None) -> Document:
    """Assemble the public :class:`Document` from a processed ``doc``.

    ``original`` is the caller's string (default: ``doc.text``, which differs from it only
    where a Doc cannot hold a character: see :func:`pressie.text.surface_text`).  The
    components worked on the normalized copy of it (same length); surface strings in the
    output are re-cut from ``original`` so that they show the text as the caller wrote it.
    A model is copied only where its surface differs from the original's (traditional or
    full-width input); otherwise the component's object is used as it is.
    """
    # the working text has the Doc's length and is recorded by the tokenizer (doc.text joins
    # every token again on each access)
    text = doc_text(doc)
    if original is None:
        original = doc.text
    elif len(original) != len(text):
        raise ValueError(
            f"original has {len(original)} characters, the Doc {len(text)}: "
            "pass the string the Doc was made from"
        )
    get = ext.get_value
    cut = _Resurfacer(original)
    entities = [cut(e) for e in ext.entities(doc) or []]
    quantities = [cut(q) for q in ext.quantities(doc) or []]
    facts = with_metric_keys(cut.fact(f) for f in ext.facts(doc) or [])
    sections = [cut(s) for s in ext.sections(doc) or []]
    lighten((entities, quantities, sections), facts)
    return document(
        text=original,
        title=_title(get(doc, "pressie_title"), text, original),
        published=ext.as_date(get(doc, "pressie_published")),
        event_date=ext.as_date(get(doc, "pressie_event_date")),
        reference_date=ext.as_date(get(doc, "pressie_reference_date")),
        # normalize() left the text unchanged, or the tokenizer saw that its script
        # conversion changed nothing: nothing in it is traditional
        script=(
            "simplified" if text == original or simplified_source(doc) is original
            else detect_script(original, text)
        ),
        entities=entities,
        quantities=quantities,
        facts=facts,
        sections=sections,
    )


_DOCUMENT_FIELDS: tuple[str, ...] = tuple(Document.model_fields)


def document(**fields: Any) -> Document:
    """``Document(**fields)`` without pydantic's validation, for the values pressie builds
    itself (models of this call, ``date``s, a script name): the same model, its lists
    not checked and copied item by item again.  The fields left out take their defaults.

    Raises:
        TypeError: for a name that is no field of Document.
    """
    unknown = fields.keys() - set(_DOCUMENT_FIELDS)
    if unknown:
        raise TypeError(f"Document has no field {sorted(unknown)[0]!r}")
    given = set(fields)
    data = {
        name: fields[name] if name in fields else _document_default(name)
        for name in _DOCUMENT_FIELDS
    }
    return _construct(Document, data, given)


def _document_default(name: str) -> Any:
    info = Document.model_fields[name]
    if info.is_required():
        raise TypeError(f"Document field {name!r} is required")
    return list(info.default) if isinstance(info.default, list) else info.default


def _title(title: str | None, text: str, original: str) -> str | None:
    if title is None:
        return None
    pos = text.find(title)
    return original[pos : pos + len(title)] if pos >= 0 else title


def _copy(model, update: dict):  # type: ignore[no-untyped-def,type-arg]
    """``model.model_copy(update=update)`` without pydantic's generic copy machinery.

    Same result for pressie's models (no extra fields, no private attributes): the field
    dict copied and updated, the updated names added to ``model_fields_set`` (the shared
    set of :func:`pressie.model.all_fields_set` when that makes it every field).
    """
    if model.__pydantic_extra__ is not None or model.__pydantic_private__ is not None:
        return model.model_copy(update=update)  # pragma: no cover - not a pressie model
    return _construct(
        model.__class__,
        {**model.__dict__, **update},
        model.__pydantic_fields_set__ | update.keys(),
    )


def lighten(groups: Iterable[Iterable[BaseModel]], facts: Iterable[Fact]) -> None:
    """Make the models of a result share what is equal (no value changes):

    * a ``model_fields_set`` that names every field becomes the one shared set of
      :func:`pressie.model.all_fields_set` (models built by ``_construct`` have it already;
      this catches the ``model_copy`` ones);
    * the facts of one sentence share one ``sentence`` span (equal start, end and text);
    * a fact's value, and its change's amount and baseline, are the equal quantity of the
      result's quantities where there is one (the same figure, not a second copy of it);
    * equal periods (a fact's and its change's base period) are one object.

    Only models that name every field are shared (equal fields and fields set).  ``groups``
    are the flat lists (entities, quantities, sections), ``facts`` the facts; facts and
    changes are updated in place.
    """
    quantities: dict[tuple[int, int], BaseModel] = {}
    for group in groups:
        for model in group:
            _share_fields_set(model)
            if type(model) is Quantity and _is_full(model):
                quantities.setdefault((model.start, model.end), model)  # type: ignore[attr-defined]
    sentences: dict[tuple[int, int, str], BaseModel] = {}
    periods: dict[tuple[object, ...], BaseModel] = {}

    def same_quantity(q: BaseModel | None) -> BaseModel | None:
        if q is None:
            return None
        _share_fields_set(q)
        shared = quantities.get((q.start, q.end))  # type: ignore[attr-defined]
        if shared is not None and shared is not q and _is_full(q) and shared == q:
            return shared
        return q

    def same_period(p: BaseModel | None) -> BaseModel | None:
        if p is None:
            return None
        _share_fields_set(p)
        if not _is_full(p):
            return p
        return periods.setdefault(tuple(p.__dict__.values()), p)

    for fact in facts:
        _share_fields_set(fact)
        fields = fact.__dict__
        sentence = fields["sentence"]
        key = (sentence.start, sentence.end, sentence.text)
        shared = sentences.setdefault(key, sentence)
        if shared is not sentence:
            fields["sentence"] = shared
        else:
            _share_fields_set(sentence)
        fields["value"] = same_quantity(fields["value"])
        fields["period"] = same_period(fields["period"])
        change = fields["change"]
        if change is not None:
            _share_fields_set(change)
            parts = change.__dict__
            parts["amount"] = same_quantity(parts["amount"])
            parts["baseline"] = same_quantity(parts["baseline"])
            parts["base_period"] = same_period(parts["base_period"])
        for span in fields["metric_spans"]:
            _share_fields_set(span)


def _is_full(model: BaseModel) -> bool:
    return model.__pydantic_fields_set__ is all_fields_set(type(model))


def _share_fields_set(model: BaseModel) -> None:
    full = all_fields_set(type(model))
    own = model.__pydantic_fields_set__
    if own is not full and own == full:
        _set_attr(model, "__pydantic_fields_set__", full)


_set_attr = object.__setattr__


#: spans longer than this many characters are compared with the original once per span
_LONG_SPAN = 200


class _Resurfacer:
    """Re-cuts the ``text`` of models from the original string (one per document).

    A model whose text already reads as the original is returned as it is; the others are
    copied once each (a quantity that is also a fact's value is copied once, not twice).
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self.done: dict[int, tuple[object, object]] = {}
        # (start, end) -> a long text found equal to original[start:end]: the facts of a
        # sentence each carry its span, and a long sentence is not cut again for each
        # (short spans are cut again: remembering every one costs more memory than time)
        self.same: dict[tuple[int, int], str] = {}

    def __call__(self, model):  # type: ignore[no-untyped-def]
        """The model with ``text == original[start:end]`` (itself when it already is)."""
        if model is None or model.start is None:
            return model
        start, end, text = model.start, model.end, model.text
        long = end - start > _LONG_SPAN
        if long:
            known = self.same.get((start, end))
            if known is not None and (known is text or known == text):
                return model
        surface = self.original[start:end]
        if text == surface:
            if long:
                self.same[(start, end)] = text
            return model
        done = self.done.get(id(model))
        if done is None:
            # the model is kept with its copy: its id stays its own while the entry lives
            done = self.done[id(model)] = (model, _copy(model, {"text": surface}))
        return done[1]

    def fact(self, fact):  # type: ignore[no-untyped-def]
        """A fact with every span inside it re-cut (itself when none changes)."""
        change = fact.change
        if change is not None:
            parts = {
                "amount": self(change.amount),
                "baseline": self(change.baseline),
                "base_period": self(change.base_period),
            }
            if (
                parts["amount"] is not change.amount
                or parts["baseline"] is not change.baseline
                or parts["base_period"] is not change.base_period
            ):
                change = _copy(change, parts)
        spans = [self(s) for s in fact.metric_spans]
        update = {
            "value": self(fact.value),
            "period": self(fact.period),
            "change": change,
            "sentence": self(fact.sentence),
        }
        if (
            update["value"] is fact.value
            and update["period"] is fact.period
            and change is fact.change
            and update["sentence"] is fact.sentence
            and all(a is b for a, b in zip(spans, fact.metric_spans))
        ):
            return fact
        update["metric_spans"] = spans
        return _copy(fact, update)
