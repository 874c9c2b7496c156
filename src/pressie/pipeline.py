"""Build pressie's spaCy pipeline and turn a processed ``Doc`` into a :class:`Document`."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from .model import Document
from .resources import segmenter_model_dir
from .text import detect_script, doc_text

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


def blank() -> Language:
    """Return a blank ``zh`` Language whose tokenizer is pressie's own pkuseg model.

    The model folder may carry a ``user_dict.txt`` (one word per line) that pkuseg uses as
    its user dictionary; without one, spacy-pkuseg's bundled default dictionary is used.
    """
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    model_dir = segmenter_model_dir()
    user_dict = model_dir / "user_dict.txt"
    nlp.tokenizer.initialize(  # type: ignore[attr-defined]
        pkuseg_model=str(model_dir),
        pkuseg_user_dict=str(user_dict) if user_dict.is_file() else "default",
    )
    return nlp


def load(components: tuple[str, ...] | None = None) -> Language:
    """Build a fresh pressie pipeline.

    Args:
        components: names of the components to add, in order (default: all of
            :data:`COMPONENTS`).  Useful to run only part of the pipeline.

    Returns:
        A spaCy ``Language`` (lang ``zh``) with pressie's pkuseg tokenizer and components.
    """
    _import_factories()
    nlp = blank()
    for name in components if components is not None else COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared_pipeline() -> Language:
    """The process-wide pipeline used by :func:`pressie.extract` (built once, on first use)."""
    return load()


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


def to_document(doc: Doc, original: str) -> Document:
    """Assemble the public :class:`Document` from a processed ``doc``.

    ``doc.text`` is the normalized copy of ``original`` (same length); surface strings in
    the output are re-cut from ``original`` so that they show the text as the caller wrote it.
    A model is copied only where its surface differs from the original's (traditional or
    full-width input); otherwise the component's object is used as it is.
    """
    x = doc._
    text = doc_text(doc)
    entities = [_resurface(e, original) for e in x.pressie_entities or []]
    quantities = [_resurface(q, original) for q in x.pressie_quantities or []]
    facts = [_resurface_fact(f, original) for f in x.pressie_facts or []]
    sections = [_resurface(s, original) for s in x.pressie_sections or []]
    return Document(
        text=original,
        title=_title(x.pressie_title, text, original),
        published=x.pressie_published,
        event_date=x.pressie_event_date,
        reference_date=x.pressie_reference_date,
        # normalize() left the text unchanged: nothing in it is traditional
        script="simplified" if text == original else detect_script(original, text),
        entities=entities,
        quantities=quantities,
        facts=facts,
        sections=sections,
    )


def _title(title: str | None, text: str, original: str) -> str | None:
    if title is None:
        return None
    pos = text.find(title)
    return original[pos : pos + len(title)] if pos >= 0 else title


def _resurface(model, original: str):  # type: ignore[no-untyped-def]
    """Copy a model with start/end offsets, re-cutting ``text`` from the original string."""
    if model is None or model.start is None:
        return model
    surface = original[model.start : model.end]
    if model.text == surface:
        return model
    return model.model_copy(update={"text": surface})


def _resurface_fact(fact, original: str):  # type: ignore[no-untyped-def]
    change = fact.change
    if change is not None:
        parts = {
            "amount": _resurface(change.amount, original),
            "baseline": _resurface(change.baseline, original),
            "base_period": _resurface(change.base_period, original),
        }
        if any(v is not getattr(change, k) for k, v in parts.items()):
            change = change.model_copy(update=parts)
    spans = [_resurface(s, original) for s in fact.metric_spans]
    update = {
        "value": _resurface(fact.value, original),
        "period": _resurface(fact.period, original),
        "change": change,
        "sentence": _resurface(fact.sentence, original),
    }
    if all(v is getattr(fact, k) for k, v in update.items()) and all(
        a is b for a, b in zip(spans, fact.metric_spans)
    ):
        return fact
    update["metric_spans"] = spans
    return fact.model_copy(update=update)
