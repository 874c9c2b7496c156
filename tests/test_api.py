"""The public API: extract, extract_many, load, input rules and the output model."""

from __future__ import annotations

import json
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


def test_published_schema_is_current() -> None:
    committed = json.loads((ROOT / "docs" / "document.schema.json").read_text(encoding="utf-8"))
    assert committed == Document.model_json_schema()


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
    with pytest.raises(TypeError):
        list(pressie.extract_many(["公安", 7]))  # type: ignore[list-item]


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
