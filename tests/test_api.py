"""The public API: extract, extract_many, load, input rules and the output model."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import spacy

import pressie
from pressie.model import Document

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "2020年,全区公安机关共破获各类刑事案件36239起,抓获犯罪嫌疑人30760名。"


def test_extract_runs_on_every_seed(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        doc = pressie.extract(text)
        assert doc.text == text, name
        for q in doc.quantities:
            assert text[q.start : q.end] == q.text, (name, q)
        for e in doc.entities:
            assert text[e.start : e.end] == e.text, (name, e)


def test_schema_round_trip(seed_texts: dict[str, str]) -> None:
    doc = pressie.extract(seed_texts["001_c618f2dbbfec88f1.txt"])
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


def test_shipped_schema_is_current() -> None:
    """The schema in the package equals the model's; if not: python -m pressie.schema --write
    (and bump SCHEMA_VERSION when the JSON shape changed)."""
    from pressie.schema import SCHEMA_ID, packaged_schema, schema_text

    shipped = packaged_schema()
    assert shipped == pressie.document_schema()
    assert shipped["$id"] == SCHEMA_ID and shipped["version"] == pressie.SCHEMA_VERSION
    assert (ROOT / "src" / "pressie" / "document.schema.json").read_text(
        encoding="utf-8"
    ) == schema_text()


def test_every_field_of_the_model_is_described() -> None:
    schema = Document.model_json_schema()
    models = {"Document": schema, **schema["$defs"]}
    for name, model in models.items():
        if "properties" not in model:
            continue  # an enum
        assert model.get("description"), name
        for field_name, prop in model["properties"].items():
            assert len(prop.get("description", "")) > 10, f"{name}.{field_name}"


@pytest.mark.parametrize("bad", [None, 5, b"\xe5\x85\xac\xe5\xae\x89", ["公安"], 3.5])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects a str"):
        pressie.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\u3000\n"])
def test_empty_input_gives_empty_document(blank: str) -> None:
    doc = pressie.extract(blank)
    assert doc.text == blank
    assert doc.facts == [] and doc.quantities == [] and doc.entities == []


@pytest.mark.parametrize("text", ["Police solved 36239 cases in 2020.", "12345 ++ 678", "!!!"])
def test_text_without_chinese_has_no_facts(text: str) -> None:
    doc = pressie.extract(text)
    assert doc.text == text
    assert doc.facts == []


def test_published_argument_is_used_and_validated() -> None:
    doc = pressie.extract(SENTENCE, published="2021-01-08")
    assert doc.published == date(2021, 1, 8)
    assert pressie.extract(SENTENCE, published=date(2021, 1, 8)).published == date(2021, 1, 8)
    with pytest.raises(ValueError, match="ISO date"):
        pressie.extract(SENTENCE, published="8 January")
    with pytest.raises(TypeError):
        pressie.extract(SENTENCE, published=20210108)  # type: ignore[arg-type]


def test_extract_many_streams_in_order_and_matches_extract() -> None:
    texts = [SENTENCE, "", "no chinese", "全省破获刑事案件3起。"]
    docs = list(pressie.extract_many(texts, batch_size=3))
    assert [d.text for d in docs] == texts
    assert docs[0] == pressie.extract(SENTENCE)
    assert list(pressie.extract_many([])) == []


def test_extract_many_multiprocess_equals_single() -> None:
    texts = [SENTENCE, "全省破获刑事案件3起。", "今年以来,共抓获犯罪嫌疑人1200余名。"] * 2
    single = list(pressie.extract_many(texts, batch_size=2))
    multi = list(pressie.extract_many(texts, n_process=2, batch_size=2))
    assert multi == single


def test_extract_many_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        list(pressie.extract_many(["公安"], n_process=0))
    with pytest.raises(ValueError, match="errors"):
        list(pressie.extract_many(["公安"], errors="ignore"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        list(pressie.extract_many(["公安", 7]))  # type: ignore[list-item]


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_yields_every_good_document_before_a_bad_item(n_process: int) -> None:
    texts = [SENTENCE, "全省破获刑事案件3起。", 7, "今年以来,共抓获犯罪嫌疑人1200余名。"]
    got: list[Document] = []
    with pytest.raises(TypeError, match="item 2 of texts is int"):
        for doc in pressie.extract_many(texts, n_process=n_process, batch_size=16):
            got.append(doc)  # type: ignore[arg-type]
    assert [d.text for d in got] == texts[:2]


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_skip_yields_error_records_and_goes_on(n_process: int) -> None:
    texts = [
        SENTENCE,
        None,
        ("全省破获刑事案件3起。", "2021-05-31"),
        ("x", "31 May"),
        "今年以来,共抓获12人。",
    ]
    out = list(pressie.extract_many(texts, n_process=n_process, batch_size=2, errors="skip"))
    assert len(out) == len(texts)
    assert [type(r).__name__ for r in out] == [
        "Document",
        "Skipped",
        "Document",
        "Skipped",
        "Document",
    ]
    bad_type, bad_date = out[1], out[3]
    assert isinstance(bad_type, pressie.Skipped) and isinstance(bad_date, pressie.Skipped)
    assert (bad_type.index, bad_type.error) == (1, "TypeError") and "NoneType" in bad_type.message
    assert (bad_date.index, bad_date.error) == (3, "ValueError") and "ISO date" in bad_date.message
    assert out[2] == pressie.extract("全省破获刑事案件3起。", published="2021-05-31")
    assert out[4] == pressie.extract("今年以来,共抓获12人。")


def test_extract_many_pins_a_pipeline_failure_to_its_item(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pressie.api.to_document

    def failing(doc, original):  # type: ignore[no-untyped-def]
        if "故障" in original:
            raise RuntimeError("component failed")
        return real(doc, original)

    monkeypatch.setattr(pressie.api, "to_document", failing)
    texts = [SENTENCE, "全省故障3起。", "全省破获刑事案件3起。"]
    out = list(pressie.extract_many(texts, errors="skip"))
    assert isinstance(out[1], pressie.Skipped) and out[1].index == 1
    assert out[1].error == "RuntimeError" and "component failed" in out[1].message
    assert out[0] == pressie.extract(SENTENCE) and out[2] == pressie.extract(texts[2])
    got = []
    with pytest.raises(RuntimeError, match="component failed") as exc:
        for doc in pressie.extract_many(texts):
            got.append(doc)
    assert got == out[:1]
    if sys.version_info >= (3, 11):  # exception notes are 3.11+
        assert any("item 1 of texts" in n for n in exc.value.__notes__)


def test_extract_many_reads_its_input_lazily_with_workers() -> None:
    """With n_process > 1 only a window of batches is read ahead of what the caller took."""
    read = 0

    def texts():  # type: ignore[no-untyped-def]
        nonlocal read
        for _ in range(10_000):
            read += 1
            yield "全省破获刑事案件3起。"

    stream = pressie.extract_many(texts(), n_process=2, batch_size=1)
    next(stream)
    stream.close()
    limit = pressie.api.IN_FLIGHT_PER_PROCESS * 2 + 2
    assert read <= limit, read


def test_load_returns_zh_pipeline_with_all_components() -> None:
    nlp = pressie.load()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == pressie.COMPONENTS
    doc = nlp("全区公安机关共破获各类刑事案件36239起。")
    assert doc.text == "全区公安机关共破获各类刑事案件36239起。"


def test_factories_are_available_to_plain_spacy() -> None:
    """The spacy_factories entry points let any spaCy user add pressie's components."""
    nlp = spacy.blank("zh")
    for name in pressie.COMPONENTS:
        nlp.add_pipe(name)
    assert tuple(nlp.pipe_names) == pressie.COMPONENTS


def test_import_is_lazy_but_every_public_name_resolves() -> None:
    code = (
        "import sys, pressie\n"
        "assert 'spacy' not in sys.modules, 'import pressie loaded spacy'\n"
        "names = [n for n in pressie.__all__ if getattr(pressie, n, None) is None]\n"
        "assert not names, names\n"
        "assert pressie.api.chunk_bounds('x' * 10, 4)[0] == (0, 4)\n"
        "assert 'extract' in dir(pressie)\n"
        "assert not hasattr(pressie, 'no_such_name')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
