"""pressie: clean, checkable statistics from Chinese police press releases.

>>> import pressie
>>> doc = pressie.extract("2020年,全区公安机关共破获各类刑事案件36239起。")
>>> [(f.metric, f.value.value) for f in doc.facts]  # doctest: +SKIP
[('破获各类刑事案件', 36239.0)]

The public API is :func:`extract`, :func:`extract_many` and :func:`load`; the output
model lives in :mod:`pressie.model`.
"""

from __future__ import annotations

from .api import extract, extract_many
from .extensions import MissingComponentError
from .lexicon_schema import LexiconError
from .model import Change, Document, Entity, Fact, Period, Quantity, Section, Span
from .pipeline import COMPONENTS, load

__version__ = "0.1.0"

__all__ = [
    "COMPONENTS",
    "Change",
    "Document",
    "Entity",
    "Fact",
    "LexiconError",
    "MissingComponentError",
    "Period",
    "Quantity",
    "Section",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "load",
]
