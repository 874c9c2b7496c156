"""Results carry no heavier objects than the output needs (issue 12), and sharing is safe.

A Document's models share what is equal (the ``model_fields_set`` that names every field,
equal strings, the sentence span of facts in one sentence); long documents processed in
chunks keep exactly the sharing of a whole-document result; ``extract_many`` workers send
the same Documents back.  None of it may change a value or let a change to one model show
in another.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

import pressie
from pressie.model import Document, Fact, all_fields_set

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/docs").glob("*.txt"))


def _models(doc: Document) -> Iterator[BaseModel]:
    """Every distinct model object reachable from ``doc`` (the Document itself excluded)."""
    seen: set[int] = set()
    todo: list[BaseModel] = [*doc.entities, *doc.quantities, *doc.facts, *doc.sections]
    while todo:
        m = todo.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        yield m
        for v in m.__dict__.values():
            if isinstance(v, BaseModel):
                todo.append(v)
            elif isinstance(v, list):
                todo.extend(x for x in v if isinstance(x, BaseModel))


@pytest.fixture(scope="module")
def doc() -> Document:
    return pressie.extract(SOURCES[0].read_text(encoding="utf-8"))


def test_full_fields_sets_are_shared(doc: Document) -> None:
    models = list(_models(doc))
    assert len(models) > 100
    for m in models:
        full = set(type(m).model_fields)
        if m.model_fields_set == full:
            assert m.__pydantic_fields_set__ is all_fields_set(type(m))


def test_changing_one_model_leaves_the_others_alone() -> None:
    text = SOURCES[0].read_text(encoding="utf-8")
    mine = pressie.extract(text)
    first, second = mine.facts[0], mine.facts[1]
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__  # shared
    before = second.model_dump()
    fields_before = set(second.model_fields_set)
    first.scope = "某地公安机关"
    first.region = None
    changed = second.model_copy(update={"metric": "别的指标"})
    assert changed.metric == "别的指标"
    assert second.model_dump() == before
    assert second.model_fields_set == fields_before
    assert all_fields_set(Fact) == set(Fact.model_fields)
    # another document's models are untouched too
    assert pressie.extract(text).facts[0].scope != "某地公安机关"


def test_facts_of_one_sentence_share_their_sentence_span(doc: Document) -> None:
    by_key: dict[tuple[int, int], list[Fact]] = {}
    for f in doc.facts:
        by_key.setdefault((f.sentence.start, f.sentence.end), []).append(f)
    shared = [fs for fs in by_key.values() if len(fs) > 1]
    assert shared
    for fs in shared:
        assert all(f.sentence is fs[0].sentence for f in fs)
        assert doc.text[fs[0].sentence.start : fs[0].sentence.end] == fs[0].sentence.text


def test_fact_values_are_the_documents_quantities(doc: Document) -> None:
    """A fact's value (and a change's amount) is the equal quantity of ``doc.quantities``,
    not a second copy; equal periods are one object."""
    by_offsets = {(q.start, q.end): q for q in doc.quantities}
    values = [f.value for f in doc.facts if f.value is not None]
    assert values
    for v in values:
        q = by_offsets.get((v.start, v.end))
        if q is not None and q == v:
            assert v is q
    amounts = [f.change.amount for f in doc.facts if f.change and f.change.amount]
    assert all(a is by_offsets[(a.start, a.end)] for a in amounts
               if by_offsets.get((a.start, a.end)) == a)
    periods: dict[tuple[object, ...], object] = {}
    for f in doc.facts:
        if f.period is not None:
            assert periods.setdefault(tuple(f.period.__dict__.values()), f.period) is f.period
    assert len(periods) < sum(1 for f in doc.facts if f.period is not None)


def test_a_shared_quantity_stays_equal_in_both_places() -> None:
    text = SOURCES[0].read_text(encoding="utf-8")
    mine = pressie.extract(text)
    fact = next(f for f in mine.facts if f.value is not None)
    (q,) = [q for q in mine.quantities if q is fact.value]
    assert q == fact.value and mine == pressie.extract(text)


def _shape(doc: Document) -> tuple[int, int]:
    """Distinct model objects, and how many facts use a quantity of ``doc.quantities``."""
    quantities = {id(q) for q in doc.quantities}
    linked = sum(1 for f in doc.facts if f.value is not None and id(f.value) in quantities)
    return len(list(_models(doc))), linked


def test_chunked_result_is_no_heavier_than_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shifting a chunk's models copies each once: where chunking gives the same result as
    one Doc (paragraph memory across a chunk edge can change a fact, test_long_documents),
    it holds as many model objects as the whole-document result."""
    same = 0
    for path in SOURCES[:6]:
        text = path.read_text(encoding="utf-8")
        monkeypatch.setattr(pressie.api, "LONG_DOCUMENT", 60_000)
        whole = pressie.extract(text)
        monkeypatch.setattr(pressie.api, "LONG_DOCUMENT", 1_500)
        monkeypatch.setattr(pressie.api, "CHUNK_CHARS", 1_200)
        chunked = pressie.extract(text)
        if chunked == whole:
            same += 1
            assert _shape(chunked) == _shape(whole)
    assert same >= 2


def test_extract_many_sends_back_the_same_documents() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SOURCES[:4]]
    expected = [pressie.extract(t) for t in texts]
    got = list(pressie.extract_many(texts, n_process=2, batch_size=2))
    assert got == expected
    for doc, text in zip(got, texts):
        assert doc.text == text
        # workers send models by their fields; the parent's models share the full set again
        assert all(f.__pydantic_fields_set__ is all_fields_set(Fact) for f in doc.facts)
        assert _shape(doc) == _shape(pressie.extract(text))
        assert pickle.loads(pickle.dumps(doc)) == doc


@pytest.mark.parametrize("size", [700, 3_000, 20_000])
def test_chunk_structure_is_the_whole_texts_clipped(size: int) -> None:
    """The long-document path hands each chunk only the sections that may touch it; what it
    writes is still exactly the whole structure clipped to the chunk."""
    from pressie.api import _by_chunk, chunk_bounds
    from pressie.structure import analyze_structure
    from pressie.text import normalize

    work = normalize("\n\n".join(p.read_text(encoding="utf-8") for p in SOURCES))
    whole = analyze_structure(work, None)
    assert len(whole.sections) > 50
    bounds = chunk_bounds(work, size)
    parts = _by_chunk(whole, bounds)
    for (a, b), part in zip(bounds, parts):
        assert part.clipped(a, b) == whole.clipped(a, b)
