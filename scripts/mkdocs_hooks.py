"""mkdocs hooks: pages that are generated from the code, so that they cannot drift from it.

A page writes a marker and the hook puts the generated Markdown in its place:

* ``<!-- pressie:model -->`` — every model of :mod:`pressie.model` with each field's type
  and description, from the JSON Schema (the same text as the pydantic field descriptions);
* ``<!-- pressie:fact-columns -->`` — the columns of the facts table
  (:data:`pressie.frames.FACT_COLUMNS`);
* ``<!-- pressie:cli-help COMMAND -->`` — ``pressie COMMAND --help``;
* ``<!-- pressie:components -->`` — pressie's spaCy factories and their settings;
* ``<!-- pressie:include PATH -->`` — a file of the repository (CHANGELOG.md, notices).

After the build, the JSON Schema is published at ``schema/document-<version>.json``, the
address its ``$id`` names.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_MARKER = re.compile(r"<!-- pressie:([a-z-]+)(?: ([^>]*?))? -->")
_MODELS = ("Document", "Fact", "Quantity", "Change", "Period", "Span", "Entity", "Section")


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})" if name in _MODELS else name
    if "enum" in prop:
        return " | ".join(f"`{v}`" for v in prop["enum"])
    if "anyOf" in prop:
        return " | ".join(_type(p) for p in prop["anyOf"])
    if prop.get("type") == "array":
        return f"list[{_type(prop.get('items', {}))}]"
    kind = prop.get("type", "any")
    if kind == "string" and prop.get("format") == "date":
        return "date"
    return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(
        kind, str(kind)
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def model_tables() -> str:
    """Markdown: one section per output model, a row per field."""
    from pressie.schema import document_schema

    schema = document_schema()
    defs = {"Document": schema, **schema["$defs"]}
    out = []
    for name in _MODELS:
        model = defs[name]
        out.append(f"### {name}\n\n{model.get('description', '')}\n")
        out.append("| field | type | default | description |\n|---|---|---|---|")
        required = set(model.get("required", []))
        for field, prop in model["properties"].items():
            if "enum" not in prop and "$ref" in prop and prop["$ref"].rsplit("/", 1)[-1] in defs:
                enum = defs[prop["$ref"].rsplit("/", 1)[-1]]
                if "enum" in enum:
                    prop = {**prop, "enum": enum["enum"]}
            default = "required" if field in required else f"`{json.dumps(prop.get('default'))}`"
            out.append(
                f"| `{field}` | {_cell(_type(prop))} | {default} | "
                f"{_cell(prop.get('description', ''))} |"
            )
        out.append("")
    return "\n".join(out)


def fact_columns() -> str:
    """Markdown: the columns of the facts table."""
    from pressie.frames import FACT_COLUMNS

    rows = [f"| `{c.name}` | {c.type} | {_cell(c.description)} |" for c in FACT_COLUMNS]
    return "| column | type | meaning |\n|---|---|---|\n" + "\n".join(rows) + "\n"


def cli_help(command: str) -> str:
    """Markdown: ``pressie COMMAND --help`` as a code block."""
    from pressie.cli import build_parser

    os.environ["COLUMNS"] = "92"  # argparse wraps to the terminal width
    parser = build_parser()
    buffer = io.StringIO()
    target: argparse.ArgumentParser = parser
    if command:
        for action in parser._actions:  # noqa: SLF001 - argparse has no public accessor
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                target = action.choices[command]
    with redirect_stdout(buffer):
        target.print_help()
    return "```text\n" + buffer.getvalue().rstrip() + "\n```\n"


def components() -> str:
    """Markdown: pressie's spaCy factories with their default settings."""
    from spacy.language import Language

    import pressie
    from pressie.pipeline import _import_factories

    _import_factories()
    rows = []
    for name in pressie.COMPONENTS:
        meta = Language.get_factory_meta(name)
        config = {k: v for k, v in meta.default_config.items() if k not in ("nlp", "name")}
        settings = ", ".join(f"`{k}`" for k in config) or "—"
        rows.append(f"| `{name}` | {settings} |")
    return "| factory | settings (`default_config`) |\n|---|---|\n" + "\n".join(rows) + "\n"


def include(path: str) -> str:
    """The text of a repository file."""
    return (ROOT / path).read_text(encoding="utf-8")


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Replace every marker of a page with its generated Markdown."""

    def replace(m: re.Match[str]) -> str:
        kind, arg = m.group(1), (m.group(2) or "").strip()
        if kind == "model":
            return model_tables()
        if kind == "fact-columns":
            return fact_columns()
        if kind == "cli-help":
            return cli_help(arg)
        if kind == "components":
            return components()
        if kind == "include":
            return include(arg)
        raise ValueError(f"unknown pressie marker {m.group(0)}")

    return _MARKER.sub(replace, markdown)


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Publish the JSON Schema where its ``$id`` points."""
    from pressie.schema import SCHEMA_VERSION, schema_text

    target = Path(config["site_dir"]) / "schema" / f"document-{SCHEMA_VERSION}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
