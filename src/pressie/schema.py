"""The published JSON Schema of :class:`pressie.model.Document`.

The schema is generated from the pydantic model (field descriptions included) and carries
an ``$id`` and a ``version``.  A copy ships in the wheel as ``pressie/document.schema.json``
(what ``pressie schema`` prints, readable with :func:`packaged_schema`); the test suite
checks that the copy equals :func:`document_schema`, so a model change that alters the JSON
shape fails until the copy is regenerated::

    python -m pressie.schema --write

Versioning: :data:`SCHEMA_VERSION` is ``MAJOR.MINOR``.  Bump MINOR when fields or enum
values are added (old readers keep working), MAJOR when a field is removed, renamed or
changes type.  The ``$id`` names the version, and the docs site serves each version there.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

#: Version of the Document JSON shape (see the module docstring for when it changes).
SCHEMA_VERSION = "1.1"
#: Where the docs site serves this version of the schema.
SCHEMA_BASE = "https://pressie.github.io/pressie/schema"
SCHEMA_ID = f"{SCHEMA_BASE}/document-{SCHEMA_VERSION}.json"
#: File name of the copy shipped inside the package.
PACKAGED_NAME = "document.schema.json"


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`pressie.model.Document`, freshly generated.

    Returns:
        A dict with ``$schema``, ``$id`` and ``version`` first, then pydantic's schema
        (``title``, ``description``, ``properties`` with a ``description`` for every field,
        ``$defs`` for the nested models).
    """
    from .model import Document

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        **Document.model_json_schema(),
    }


def packaged_schema_text() -> str:
    """The text of the schema file shipped in the package (no pydantic import needed)."""
    return resources.files("pressie").joinpath(PACKAGED_NAME).read_text(encoding="utf-8")


def packaged_schema() -> dict[str, Any]:
    """The schema shipped in the package, parsed."""
    schema: dict[str, Any] = json.loads(packaged_schema_text())
    return schema


def schema_text(schema: dict[str, Any] | None = None) -> str:
    """``schema`` (default: :func:`document_schema`) as the shipped file writes it."""
    return json.dumps(schema or document_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m pressie.schema [--write]``: print the generated schema or rewrite the copy."""
    parser = argparse.ArgumentParser(prog="python -m pressie.schema", description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"rewrite src/pressie/{PACKAGED_NAME}")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.write:
        target = Path(__file__).with_name(PACKAGED_NAME)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
