"""Every gold set's output is identical to its frozen copy (``tests/data/frozen``).

A deliberate rule change rewrites the frozen files with ``python benchmarks/freeze.py
--update`` (commit them with the change); any other difference is a regression, reported
as set / document / fact / field.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._data import default_sets  # noqa: E402
from benchmarks.freeze import compute, diff_records, load_frozen, snapshot  # noqa: E402

SETS = [name for name, _gold, _texts in default_sets()]


@pytest.fixture(scope="module")
def current() -> dict[str, list[dict[str, Any]]]:
    return compute()


@pytest.mark.parametrize("name", SETS)
def test_gold_set_output_is_frozen(name: str, current: dict[str, list[dict[str, Any]]]) -> None:
    diffs = diff_records(name, load_frozen(name), current[name])
    assert not diffs, "output differs from tests/data/frozen:\n" + "\n".join(diffs)


def test_frozen_files_are_not_empty() -> None:
    for name in SETS:
        records = load_frozen(name)
        assert records and all(r["facts"] for r in records), name


def test_diff_names_document_fact_and_field() -> None:
    import pressie

    text = "2022年,全省公安机关共破获刑事案件12345起,同比下降8.5%。"
    frozen = [{"id": "d1", **snapshot(pressie.extract(text, published="2023-01-10"))}]
    now = copy.deepcopy(frozen)
    now[0]["facts"][0]["period"]["date_start"] = "2021-01-01"
    n = len(now[0]["quantities"])
    now[0]["quantities"].pop()
    lines = diff_records("demo", frozen, now)
    assert any(
        line.startswith("demo / d1: facts[0] fact '破获刑事案件' = '12345起'")
        and "period.date_start: expected '2022-01-01', got '2021-01-01'" in line
        for line in lines
    ), lines
    assert any(f"{n} quantities frozen, {n - 1} now" in line for line in lines), lines
    assert any(line.startswith(f"demo / d1: quantities[{n - 1}] quantity ")
               and line.endswith(": only frozen") for line in lines), lines
    assert diff_records("demo", frozen, copy.deepcopy(frozen)) == []


def test_diff_reports_a_missing_document() -> None:
    lines = diff_records("demo", [{"id": "a", "facts": []}], [])
    assert lines == ["demo / a: document missing from the current output"]
