"""pressie: clean, checkable statistics from Chinese police press releases.

>>> import pressie
>>> doc = pressie.extract("2020年,全区公安机关共破获各类刑事案件36239起。")
>>> [(f.metric, f.value.value) for f in doc.facts]  # doctest: +SKIP
[('破获各类刑事案件', 36239.0)]

The public API is :func:`extract`, :func:`extract_many` and :func:`load`; the output
model lives in :mod:`pressie.model`.  After extraction, :func:`check` lists the figures of a
document that disagree with each other (:func:`with_findings` fills ``Document.findings``),
:func:`metric_key` gives a metric's canonical key, and :func:`series` puts the figures of many
documents into one tidy table (pandas) that :func:`plot_series` draws for one key.
"""

from __future__ import annotations

from .api import extract, extract_many
from .checks import check, with_findings
from .extensions import MissingComponentError
from .lexicon_schema import LexiconError
from .metric_keys import metric_key
from .model import Change, Document, Entity, Fact, Finding, Period, Quantity, Section, Span
from .pipeline import COMPONENTS, load
from .series import plot as plot_series
from .series import series

__version__ = "0.1.0"

__all__ = [
    "COMPONENTS",
    "Change",
    "Document",
    "Entity",
    "Fact",
    "Finding",
    "LexiconError",
    "MissingComponentError",
    "Period",
    "Quantity",
    "Section",
    "Span",
    "__version__",
    "check",
    "extract",
    "extract_many",
    "load",
    "metric_key",
    "plot_series",
    "series",
    "with_findings",
]
