"""The committed pkuseg model (models/pkuseg) loads offline and segments the genre sensibly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

spacy_pkuseg = pytest.importorskip("spacy_pkuseg")

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "pkuseg"
MAX_MODEL_BYTES = 30 * 1024 * 1024


@pytest.fixture(scope="module")
def seg() -> object:
    """One segmenter for the module, loaded from the repository's model folder."""
    return spacy_pkuseg.pkuseg(str(MODEL_DIR))


def cut(seg: object, text: str) -> list[str]:
    """Segment ``text`` and check the words cover it exactly."""
    words = seg.cut(text)  # type: ignore[attr-defined]
    assert "".join(words) == text
    return words


def test_model_files_present_and_small() -> None:
    files = {p.name: p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file()}
    assert {"features.msgpack", "weights.npz"} <= set(files)
    assert sum(files.values()) <= MAX_MODEL_BYTES


def test_loads_via_spacy_pkuseg(seg: object) -> None:
    assert cut(seg, "公安机关破获案件。")


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("全区公安机关共破获各类刑事案件36239起", "36239"),
        ("全年共抓获犯罪嫌疑人8.1万余名", "8.1"),
        ("打掉犯罪团伙8.1万余起", "8.1万"),
        ("涉案金额287.75亿元", "287.75"),
        ("群众满意率达98.55%,同比上升1.2个百分点", "98.55%"),
        ("现场查获毒品1234.5克", "1234.5"),
        ("2021年1月8日,省公安厅召开新闻发布会", "2021"),
        ("立案数同比下降12.3%", "12.3%"),
        ("截至12月31日,共接报警情150023起", "150023"),
    ],
)
def test_quantities_keep_digits_together(seg: object, text: str, quantity: str) -> None:
    words = cut(seg, text)
    # the quantity lies inside one word
    assert any(quantity in w for w in words), words
    # and no word boundary falls between two digits or inside a decimal/percentage
    pos = 0
    for w in words[:-1]:
        pos += len(w)
        left, right = text[pos - 1], text[pos]
        assert not (left.isdigit() and (right.isdigit() or right in ".%")), (words, pos)
        assert not (left == "." and right.isdigit()), (words, pos)


def test_36239_not_split(seg: object) -> None:
    words = cut(seg, "全区公安机关共破获各类刑事案件36239起")
    assert "36239" in words or "36239起" in words, words


@pytest.mark.parametrize(
    "term", ["公安机关", "犯罪嫌疑人", "电信网络诈骗", "扫黑除恶", "专项行动", "公安厅", "禁毒"]
)
def test_domain_terms_not_broken(seg: object, term: str) -> None:
    text = f"今年以来,全省{term}工作取得明显成效。"
    words = cut(seg, text)
    start = text.index(term)
    bounds = {0}
    for w in words:
        bounds.add(max(bounds) + len(w))
    # no boundary falls strictly inside the term
    assert not any(start < b < start + len(term) for b in bounds), words


def test_seed_texts_have_no_split_digit_runs(seg: object, seed_texts: dict[str, str]) -> None:
    lines = ("".join(line.split()) for text in seed_texts.values() for line in text.splitlines())
    for line in lines:
        if not re.search(r"\d", line):
            continue
        words = cut(seg, line)
        pos = 0
        for w in words[:-1]:
            pos += len(w)
            assert not (line[pos - 1].isdigit() and line[pos].isdigit()), (words, pos)
