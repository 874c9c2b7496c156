"""One shared pipeline, many threads: every document's output is the sequential one.

``pressie.extract`` is called from thread pools (web services, ``dask.delayed``); the
components keep no per-document state, so documents processed at the same time on the one
shared pipeline never see each other's periods, regions or scopes.  The thread switch
interval is shortened during these tests so that threads interleave inside components.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pressie  # noqa: E402
from benchmarks.freeze import gold_documents, snapshot  # noqa: E402

THREADS = 8
DOCS = [(f"{name}/{doc_id}", text, pub) for name, doc_id, text, pub in gold_documents()]


def _paragraph_docs() -> list[tuple[str, str, str | None]]:
    """Short documents: the first lines of each gold document (title, header, lead)."""
    out = []
    for key, text, pub in DOCS:
        lines = [x for x in text.splitlines() if x.strip()]
        out.append((key + "#lead", "\n".join(lines[:6]), pub))
    return out


SHORT = _paragraph_docs()


@pytest.fixture(autouse=True)
def fast_switching() -> Iterator[None]:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def _run(doc: tuple[str, str, str | None]) -> dict[str, Any]:
    _key, text, pub = doc
    return snapshot(pressie.extract(text, published=pub))


@pytest.fixture(scope="module")
def sequential() -> dict[str, dict[str, Any]]:
    return {doc[0]: _run(doc) for doc in DOCS + SHORT}


def _mismatches(docs: list[tuple[str, str, str | None]],
                expected: dict[str, dict[str, Any]]) -> list[str]:
    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(_run, docs))
    bad = []
    for (key, _text, _pub), got in zip(docs, results):
        want = expected[key]
        for part in want:
            if got[part] != want[part]:
                bad.append(f"{key}: {part} differ from the sequential run")
    return bad


def test_gold_sets_through_eight_threads(sequential: dict[str, dict[str, Any]]) -> None:
    # every gold document twice, the second round in reverse order: each one runs at the
    # same time as several different others
    docs = DOCS + DOCS[::-1]
    assert not _mismatches(docs, sequential)


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, len(DOCS) + len(SHORT) - 1), min_size=THREADS, max_size=20))
def test_random_mixes_through_eight_threads(
    sequential: dict[str, dict[str, Any]], picks: list[int]
) -> None:
    pool = DOCS + SHORT
    assert not _mismatches([pool[i] for i in picks], sequential)
