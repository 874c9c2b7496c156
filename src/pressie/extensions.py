"""The ``Doc._`` attributes through which pressie's components hand results down the pipeline.

Data flows one way: each component reads what earlier components wrote and adds its own.
Offsets stored here are character offsets into ``doc.text``, which
:func:`pressie.text.normalize` keeps equal in length to the caller's original string, so
they index the original too.

========================== =========================== ==================================
attribute                  written by                  type
========================== =========================== ==================================
``pressie_published``      caller / pressie_structure  ``date | None``
``pressie_title``          pressie_structure           ``str | None``
``pressie_event_date``     pressie_structure           ``date | None``
``pressie_reference_date`` pressie_structure           ``date | None``
``pressie_sections``       pressie_structure           ``list[Section]``
``pressie_skip``           pressie_structure           ``list[tuple[int, int]]`` (no facts)
``pressie_region``         pressie_entities            ``str | None`` (release's own region)
``pressie_entities``       pressie_entities            ``list[Entity]``
``pressie_quantities``     pressie_quantities          ``list[Quantity]``
``pressie_periods``        pressie_periods             ``list[Period]``
``pressie_facts``          pressie_relations           ``list[Fact]``
========================== =========================== ==================================
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

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
    "pressie_quantities": ["doc._.pressie_quantities"],
    "pressie_periods": ["doc._.pressie_periods"],
    "pressie_relations": ["doc._.pressie_facts"],
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
    missing = [a for a in needed if getattr(doc._, a.removeprefix("doc._.")) is None]
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


def register_extensions() -> None:
    """Register every ``Doc._.pressie_*`` attribute (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
