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


def register_extensions() -> None:
    """Register every ``Doc._.pressie_*`` attribute (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
