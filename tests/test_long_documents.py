"""Long documents agree with short ones: a text over ``LONG_DOCUMENT`` characters, processed
in chunks, gets the whole document's periods (review year, sections, document period) and
restatement dedupe, exactly as the same text processed as one Doc."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pressie  # noqa: E402
import pressie.api as api  # noqa: E402
from benchmarks.freeze import gold_documents  # noqa: E402
from pressie.model import Document  # noqa: E402
from pressie.pipeline import shared_pipeline  # noqa: E402

ENTITY_FIELDS = ("scope", "region")


def facts_without_entity_fields(doc: Document) -> list[dict[str, Any]]:
    out = []
    for f in doc.facts:
        row = f.model_dump(mode="json")
        for name in ENTITY_FIELDS:
            row.pop(name)
        out.append(row)
    return out


def paragraph_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


@pytest.fixture(scope="module")
def concatenated() -> tuple[str, Document, Document]:
    """Every gold document, one after the other (about 74,000 characters)."""
    text = "\n".join(t for _set, _id, t, _pub in gold_documents())
    nlp = shared_pipeline()
    return text, api._extract_whole(nlp, text, None), pressie.extract(text)


def test_concatenated_gold_sets_in_chunks_equal_the_whole_text(
    concatenated: tuple[str, Document, Document],
) -> None:
    text, whole, chunked = concatenated
    assert len(text) > api.LONG_DOCUMENT and len(api.chunk_bounds(text)) >= 2
    # same facts (restatements deduplicated over the whole text) with the same periods,
    # metrics, values, changes and campaigns
    assert len(chunked.facts) == len(whole.facts) > 1000
    assert [f.period for f in chunked.facts] == [f.period for f in whole.facts]
    assert facts_without_entity_fields(chunked) == facts_without_entity_fields(whole)
    assert chunked.quantities == whole.quantities
    # scope and region differ only where the entity recognizer, which resolves bare agency
    # names (市公安局) against the release it finds in each chunk (api module docstring),
    # named an entity of the fact's paragraph differently
    ents_w = {(e.start, e.end, e.label, e.canonical) for e in whole.entities}
    ents_c = {(e.start, e.end, e.label, e.canonical) for e in chunked.entities}
    changed = sorted(e[0] for e in ents_w ^ ents_c)
    for fw, fc in zip(whole.facts, chunked.facts):
        if (fw.scope, fw.region) != (fc.scope, fc.region):
            a, b = paragraph_of(text, fw.sentence.start)
            assert any(a <= pos < b for pos in changed), (fw.metric, fw.sentence.start)


FILLER = [
    "民警深入{}社区开展防范宣传,群众安全感不断提升。",
    "{}派出所推进矛盾纠纷排查化解,切实维护辖区稳定。",
    "{}交警大队加强重点路段巡逻管控,道路通行秩序良好。",
    "{}禁毒办组织开展进校园活动,师生禁毒意识明显增强。",
]
PLACES = ["城东", "城西", "城南", "城北", "滨江", "高新", "开发", "港口", "新区", "老城"]


def _filler(n: int, tag: str) -> str:
    lines = []
    for i in range(n):
        place = PLACES[i % len(PLACES)] + tag + "一二三四五六七八九"[i // len(PLACES) % 9]
        lines.append(FILLER[i % len(FILLER)].format(place))
    return "\n".join(lines)


def test_review_year_and_restatements_come_from_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a January review of 2022: 全年 in a later chunk is 2022 (the review year of the whole
    # text; that chunk alone names no year), and the closing restatement of the first
    # figure, in the last chunk, is the same fact
    text = "\n".join([
        "某某市公安局2022年工作情况通报",
        "2022年,全市公安机关共破获刑事案件12345起,同比下降8.5%。",
        _filler(30, "甲"),
        "全年共抓获犯罪嫌疑人6789名。",
        _filler(30, "乙"),
        "总的来看,2022年全市公安机关共破获刑事案件12345起,成效明显。",
    ])
    whole = pressie.extract(text, published="2023-01-10")
    monkeypatch.setattr(api, "LONG_DOCUMENT", 1_000)
    monkeypatch.setattr(api, "CHUNK_CHARS", 700)
    bounds = api.chunk_bounds(text, 700)
    assert len(bounds) >= 3
    late = text.index("全年共抓获")
    assert not any(a <= late < b and "2022年" in text[a:b] for a, b in bounds)
    chunked = pressie.extract(text, published="2023-01-10")
    assert chunked == whole
    values = [f.value.text for f in chunked.facts if f.value is not None]
    assert values.count("12345起") == 1
    fact = next(f for f in chunked.facts if f.value is not None and f.value.text == "6789名")
    assert fact.period is not None
    assert (fact.period.date_start.isoformat(), fact.period.date_end.isoformat()) == (
        "2022-01-01", "2022-12-31")
