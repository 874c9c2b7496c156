"""The ``Doc._`` attributes through which pressie's components hand results down the pipeline.

Data flows one way: each component reads what earlier components wrote and adds its own.
Offsets stored here are character offsets into ``doc.text`` (pressie's tokenizer keeps the
caller's characters there) and into the working text the components read
(:func:`pressie.text.doc_text`, of the same length), so they index the caller's string too.
A ``text`` field holds the working text's surface (simplified script, half-width digits);
:func:`pressie.pipeline.to_document` re-cuts it from the caller's string.

========================== =========================== ======================================
attribute                  written by                  value (plain data)
========================== =========================== ======================================
``pressie_published``      caller / pressie_structure  ISO date ``"2021-10-13"`` or None
``pressie_title``          pressie_structure           ``str`` or None
``pressie_event_date``     pressie_structure           ISO date or None
``pressie_reference_date`` pressie_structure           ISO date or None
``pressie_sections``       pressie_structure           list of :class:`Section` dicts
``pressie_skip``           pressie_structure           list of ``[start, end]`` (no facts)
``pressie_region``         pressie_entities            ``str`` or None (release's own region)
``pressie_entities``       pressie_entities            list of :class:`Entity` dicts
``pressie_quantities``     pressie_quantities          list of :class:`Quantity` dicts
``pressie_periods``        pressie_periods             list of :class:`Period` dicts
``pressie_facts``          pressie_relations           list of :class:`Fact` dicts
========================== =========================== ======================================

Every value is plain data: dicts with the fields of the :mod:`pressie.model` class named
(nested models as nested dicts, dates as ISO strings), lists, strings, numbers and None, so
that ``Doc.to_bytes``, ``DocBin``, ``Doc.to_json(underscore=...)`` and
``nlp.pipe(texts, n_process=2)`` carry them.  The readers below (:func:`quantities`,
:func:`periods`, :func:`facts` ...) rebuild the typed models from the dicts (without
re-validating data that has exactly the model's fields, else through pydantic's
validation, which names what is wrong); the writers (:func:`set_models`, :func:`iso`) turn
models into the dicts.  A caller may set ``pressie_published`` to a ``date`` before the
pipeline runs; ``pressie_structure`` stores it back as an ISO string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

import numpy
from pydantic import BaseModel
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens.underscore import Underscore

from .model import Change, Entity, Fact, Period, Quantity, Section, Span, _construct

DOC_ATTRIBUTES: tuple[str, ...] = (
    "pressie_published",
    "pressie_title",
    "pressie_event_date",
    "pressie_reference_date",
    "pressie_sections",
    "pressie_skip",
    "pressie_region",
    "pressie_entities",
    "pressie_quantities",
    "pressie_periods",
    "pressie_facts",
)


_SENT = "token.is_sent_start"

#: What each pressie component assigns (``@Language.factory(..., assigns=...)``, shown by
#: ``nlp.analyze_pipes()``).
ASSIGNS: dict[str, list[str]] = {
    "pressie_sentences": [_SENT, "doc.sents"],
    "pressie_structure": [
        "doc._.pressie_title",
        "doc._.pressie_published",
        "doc._.pressie_event_date",
        "doc._.pressie_reference_date",
        "doc._.pressie_sections",
        "doc._.pressie_skip",
        "doc.spans",
    ],
    "pressie_entities": ["doc._.pressie_entities", "doc._.pressie_region", "doc.ents", "doc.spans"],
    "pressie_quantities": ["doc._.pressie_quantities", "doc.spans"],
    "pressie_periods": ["doc._.pressie_periods", "doc.spans"],
    "pressie_relations": ["doc._.pressie_facts", "doc.spans"],
}

#: What each pressie component requires.  A requirement is enforced when the component
#: runs (:func:`require`): without it the component would silently give less (no facts at
#: all without quantities; facts without periods, regions or boilerplate filtering without
#: the others).  The other components read what earlier ones wrote when it is there
#: (``pressie_title``, ``pressie_skip``, ``pressie_reference_date``) and work without it.
REQUIRES: dict[str, list[str]] = {
    "pressie_sentences": [],
    "pressie_structure": [],
    "pressie_entities": [],
    "pressie_quantities": [],
    "pressie_periods": [],
    "pressie_relations": [
        "doc._.pressie_skip",
        "doc._.pressie_entities",
        "doc._.pressie_quantities",
        "doc._.pressie_periods",
    ],
}


#: how spaCy registers an extension with a default of None and no getter, setter or method
#: (what :func:`register_extensions` sets up)
_PLAIN_EXTENSION = (None, None, None, None)


def get_value(doc: Doc, name: str) -> Any:
    """``getattr(doc._, name)`` for a ``Doc._`` attribute, without building spaCy's
    ``Underscore`` proxy for every read (a few microseconds each, tens of reads per
    document).

    spaCy keeps a plain extension's value (a default, no getter) in ``doc.user_data`` under
    ``("._.", name, None, None)``; an extension registered otherwise (a getter set with
    ``force=True``, say) is read through ``doc._`` as before.  The default is None.
    """
    if Underscore.doc_extensions.get(name) == _PLAIN_EXTENSION:
        return doc.user_data.get(("._.", name, None, None))
    return getattr(doc._, name)


def set_value(doc: Doc, name: str, value: Any) -> None:
    """``setattr(doc._, name, value)`` without the ``Underscore`` proxy (see
    :func:`get_value`)."""
    if Underscore.doc_extensions.get(name) == _PLAIN_EXTENSION:
        doc.user_data[("._.", name, None, None)] = value
    else:
        setattr(doc._, name, value)


class MissingComponentError(ValueError):
    """A pressie component ran on a ``Doc`` that lacks what an earlier component writes."""


def _producer(attr: str) -> str:
    for name, assigned in ASSIGNS.items():
        if attr in assigned:
            return name
    raise KeyError(attr)  # pragma: no cover - every required attribute has a producer


def require(doc: Doc, component: str, attrs: Iterable[str] | None = None) -> None:
    """Raise :class:`MissingComponentError` when ``doc`` lacks an attribute ``component``
    requires (by default those of :data:`REQUIRES`), naming the components to add.

    An attribute counts as present when it is not None (a component that ran always writes
    a value, an empty list when it found nothing).
    """
    needed = REQUIRES[component] if attrs is None else list(attrs)
    missing = [a for a in needed if get_value(doc, a.removeprefix("doc._.")) is None]
    if not missing:
        return
    producers = list(dict.fromkeys(_producer(a) for a in missing))
    what = ", ".join(f"{a} (set by {_producer(a)!r})" for a in missing)
    raise MissingComponentError(
        f"{component} requires {what}, but "
        + ("that component" if len(producers) == 1 else "those components")
        + " did not run on this Doc. "
        f"Add {', '.join(repr(p) for p in producers)} before {component!r} "
        f"(e.g. nlp.add_pipe({producers[0]!r}, before={component!r})), or build the "
        "whole pipeline, in order, with pressie.load()."
    )


# --------------------------------------------------------------------------- plain data

_M = TypeVar("_M", bound=BaseModel)
_FIELDS: dict[type[BaseModel], frozenset[str]] = {
    cls: frozenset(cls.model_fields)
    for cls in (Change, Entity, Fact, Period, Quantity, Section, Span)
}


_FACT_ORDER: tuple[str, ...] = tuple(Fact.model_fields)


def _fact_default(name: str) -> Any:
    """The default of Fact's field ``name`` (a fresh list for a list default).

    Raises:
        KeyError: for a required field (a fact without it is not a Fact).
    """
    info = Fact.model_fields[name]
    if info.is_required():
        raise KeyError(f"Fact field {name!r} is required")
    return list(info.default) if isinstance(info.default, list) else info.default


def iso(value: date | None) -> str | None:
    """``value`` as an ISO date string (None stays None)."""
    return None if value is None else value.isoformat()


def as_date(value: date | str | None) -> date | None:
    """A ``Doc._`` date (ISO string, or a ``date`` a caller set) as a ``date``.

    Raises:
        ValueError: for a string that is not an ISO date.
        TypeError: for anything but a ``date``, a ``str`` or None.
    """
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise TypeError(f"expected an ISO date string or a date, not {type(value).__name__}")


def _flat_data(model: BaseModel) -> dict[str, Any]:
    # Span, Quantity, Entity, Section: every field value is already str/int/float/bool/None
    return dict(model.__dict__)


def _period_data(period: Period) -> dict[str, Any]:
    data = dict(period.__dict__)
    if period.date_start is not None:
        data["date_start"] = period.date_start.isoformat()
    if period.date_end is not None:
        data["date_end"] = period.date_end.isoformat()
    return data


def _change_data(change: Change) -> dict[str, Any]:
    data = dict(change.__dict__)
    if change.amount is not None:
        data["amount"] = dict(change.amount.__dict__)
    if change.baseline is not None:
        data["baseline"] = dict(change.baseline.__dict__)
    if change.base_period is not None:
        data["base_period"] = _period_data(change.base_period)
    return data


def _fact_data(fact: Fact) -> dict[str, Any]:
    data = dict(fact.__dict__)
    if len(data) != len(_FIELDS[Fact]):
        # a fact built without its defaulted fields (the relation stages leave metric_key
        # out): written with their defaults, as model_dump does, so that the reader takes
        # the dict as the model's (no second validation)
        data = {
            name: data[name] if name in data else _fact_default(name) for name in _FACT_ORDER
        }
    data["metric_spans"] = [dict(s.__dict__) for s in fact.metric_spans]
    if fact.value is not None:
        data["value"] = dict(fact.value.__dict__)
    if fact.change is not None:
        data["change"] = _change_data(fact.change)
    if fact.period is not None:
        data["period"] = _period_data(fact.period)
    data["sentence"] = dict(fact.sentence.__dict__)
    return data


_TO_DATA: dict[type[BaseModel], Callable[[Any], dict[str, Any]]] = {
    Span: _flat_data,
    Quantity: _flat_data,
    Entity: _flat_data,
    Section: _flat_data,
    Period: _period_data,
    Change: _change_data,
    Fact: _fact_data,
}


def to_data(model: BaseModel) -> dict[str, Any]:
    """One pressie model as the plain dict stored on ``Doc._`` (dates as ISO strings).

    Same result as ``model.model_dump(mode="json")`` for pressie's models, several times
    faster.
    """
    return _TO_DATA[type(model)](model)


def set_models(doc: Doc, attr: str, models: Sequence[BaseModel]) -> None:
    """Store ``models`` on ``doc._.<attr>`` as a list of plain dicts (:func:`to_data`)."""
    set_value(doc, attr, [to_data(m) for m in models])


def _build(cls: type[_M], data: Any, fix: Callable[[dict[str, Any]], None] | None = None) -> _M:
    """``cls`` from its plain dict: fields of nested models rebuilt by ``fix`` (in place on a
    copy); data without exactly the model's fields goes through pydantic's validation."""
    if isinstance(data, cls):
        return data
    if not isinstance(data, dict) or data.keys() != _FIELDS[cls]:
        return cls.model_validate(data)
    fields = dict(data)
    if fix is not None:
        fix(fields)
    return _construct(cls, fields, set(fields))


def _fix_period(fields: dict[str, Any]) -> None:
    start, end = fields["date_start"], fields["date_end"]
    if isinstance(start, str):
        fields["date_start"] = date.fromisoformat(start)
    if isinstance(end, str):
        fields["date_end"] = date.fromisoformat(end)


def _quantity(data: Any) -> Quantity | None:
    return None if data is None else _build(Quantity, data)


def _period(data: Any) -> Period | None:
    return None if data is None else _build(Period, data, _fix_period)


def _fix_change(fields: dict[str, Any]) -> None:
    fields["amount"] = _quantity(fields["amount"])
    fields["baseline"] = _quantity(fields["baseline"])
    fields["base_period"] = _period(fields["base_period"])


def _fix_fact(fields: dict[str, Any]) -> None:
    fields["metric_spans"] = [_build(Span, s) for s in fields["metric_spans"]]
    fields["value"] = _quantity(fields["value"])
    change = fields["change"]
    fields["change"] = None if change is None else _build(Change, change, _fix_change)
    fields["period"] = _period(fields["period"])
    fields["sentence"] = _build(Span, fields["sentence"])


def from_data(cls: type[_M], data: dict[str, Any]) -> _M:
    """The pressie model ``cls`` rebuilt from its plain dict (the inverse of :func:`to_data`).

    Raises:
        pydantic.ValidationError: when ``data`` is not a valid ``cls``.
    """
    fix = {Period: _fix_period, Change: _fix_change, Fact: _fix_fact}.get(cls)
    return _build(cls, data, fix)


def _models(doc: Doc, attr: str, cls: type[_M]) -> list[_M] | None:
    data = get_value(doc, attr)
    if data is None:
        return None
    fix = {Period: _fix_period, Fact: _fix_fact}.get(cls)
    return [_build(cls, d, fix) for d in data]


def quantities(doc: Doc) -> list[Quantity] | None:
    """``doc._.pressie_quantities`` as :class:`Quantity` models (None: not computed)."""
    return _models(doc, "pressie_quantities", Quantity)


def periods(doc: Doc) -> list[Period] | None:
    """``doc._.pressie_periods`` as :class:`Period` models (None: not computed)."""
    return _models(doc, "pressie_periods", Period)


def entities(doc: Doc) -> list[Entity] | None:
    """``doc._.pressie_entities`` as :class:`Entity` models (None: not computed)."""
    return _models(doc, "pressie_entities", Entity)


def sections(doc: Doc) -> list[Section] | None:
    """``doc._.pressie_sections`` as :class:`Section` models (None: not computed)."""
    return _models(doc, "pressie_sections", Section)


def facts(doc: Doc) -> list[Fact] | None:
    """``doc._.pressie_facts`` as :class:`Fact` models (None: not computed)."""
    return _models(doc, "pressie_facts", Fact)


def skip_ranges(doc: Doc) -> list[tuple[int, int]] | None:
    """``doc._.pressie_skip`` as sorted ``(start, end)`` tuples (None: not computed)."""
    data = get_value(doc, "pressie_skip")
    return None if data is None else [(int(s), int(e)) for s, e in data]


def doc_date(doc: Doc, attr: str) -> date | None:
    """The ``Doc._`` date attribute ``attr`` (``pressie_published`` ...) as a ``date``."""
    return as_date(get_value(doc, attr))


# --------------------------------------------------------------------------- doc.spans


def set_spans(doc: Doc, key: str | None, items: Sequence[tuple[int, int, str]]) -> None:
    """``doc.spans[key]`` = a labelled span per ``(start_char, end_char, label)`` of
    ``items``, aligned to tokens as ``doc.char_span(..., alignment_mode="expand")`` aligns
    them (the tokens that overlap the range); a range that overlaps no token is left out.
    Nothing is set when ``key`` is None."""
    if key is None:
        return
    if not items or not len(doc):
        doc.spans[key] = []
        return
    arr = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
    tok_starts = arr[:, 0]
    tok_ends = tok_starts + arr[:, 1]
    starts = numpy.array([it[0] for it in items], dtype=numpy.int64)
    ends = numpy.array([it[1] for it in items], dtype=numpy.int64)
    first = numpy.searchsorted(tok_ends, starts, side="right").tolist()
    last = (numpy.searchsorted(tok_starts, ends, side="left") - 1).tolist()
    doc.spans[key] = [
        SpacySpan(doc, a, b + 1, label=it[2])
        for it, a, b in zip(items, first, last)
        if a <= b and it[1] > it[0]
    ]


def register_extensions() -> None:
    """Register every ``Doc._.pressie_*`` attribute (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
