"""pressie: clean, checkable statistics from Chinese police press releases.

>>> import pressie
>>> doc = pressie.extract("2020年,全区公安机关共破获各类刑事案件36239起。")
>>> [(f.metric, f.value.value) for f in doc.facts]  # doctest: +SKIP
[('破获各类刑事案件', 36239.0)]

The public API is :func:`extract`, :func:`extract_many` and :func:`load`; the output
model lives in :mod:`pressie.model`; :func:`facts_frame` turns documents into a pandas
DataFrame (extra ``[table]``), :func:`render_html` into a review page, :mod:`pressie.dask`
runs on a Dask cluster (extra ``[dask]``).  After extraction, :func:`check` lists the
figures of a document that disagree with each other (:func:`with_findings` fills
``Document.findings``), :func:`metric_key` gives a metric's canonical key, and
:func:`series` puts the figures of many documents into one tidy table that
:func:`plot_series` draws for one key.

Importing ``pressie`` is cheap: spaCy and the pipeline are imported on first use of a name
that needs them (PEP 562 module ``__getattr__``), so ``pressie --version`` and
``pressie schema`` never load spaCy.
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .checks import check, with_findings
from .metric_keys import metric_key
from .model import Change, Document, Entity, Fact, Finding, Period, Quantity, Section, Span
from .series import plot as plot_series
from .series import series

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .api import Skipped, extract, extract_many
    from .frames import FACT_COLUMNS, fact_rows, facts_frame
    from .pipeline import COMPONENTS, load
    from .render import render_html
    from .schema import SCHEMA_VERSION, document_schema

# public name -> the module that defines it (imported on first access)
_LAZY = {
    "extract": "api",
    "extract_many": "api",
    "Skipped": "api",
    "COMPONENTS": "pipeline",
    "load": "pipeline",
    "FACT_COLUMNS": "frames",
    "fact_rows": "frames",
    "facts_frame": "frames",
    "render_html": "render",
    "SCHEMA_VERSION": "schema",
    "document_schema": "schema",
    "MissingComponentError": "extensions",
    "LexiconError": "lexicon_schema",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        # a submodule (pressie.api, pressie.text, ...), as when __init__ imported them all
        if not name.startswith("_") and find_spec(f"{__name__}.{name}") is not None:
            return import_module(f".{name}", __name__)
        raise AttributeError(f"module 'pressie' has no attribute {name!r}")
    module, _, attr = module.partition(":")
    value = getattr(import_module(f".{module}", __name__), attr or name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "COMPONENTS",
    "FACT_COLUMNS",
    "SCHEMA_VERSION",
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
    "Skipped",
    "Span",
    "__version__",
    "check",
    "document_schema",
    "extract",
    "extract_many",
    "fact_rows",
    "facts_frame",
    "load",
    "metric_key",
    "plot_series",
    "render_html",
    "series",
    "with_findings",
]
