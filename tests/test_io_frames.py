"""Reading a corpus (paths, encodings, dates) and the facts table (rows, DataFrame)."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressie
from pressie.frames import COLUMN_NAMES, FACT_COLUMNS, fact_rows
from pressie.io import (
    STDIN,
    InputError,
    Source,
    date_from_path,
    decode,
    expand_paths,
    parse_iso_date,
)

# written for these tests
RELEASE = "今年1至4月，全省共破获电信网络诈骗案件1200余起，同比上升12.5%，抓获犯罪嫌疑人360名。"
TRADITIONAL = "今年以來，全省公安機關共偵破電信網絡詐騙案件1200餘起，抓獲犯罪嫌疑人360名。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RELEASE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), "utf-8-sig"),
        (RELEASE.encode("gbk"), "gb18030"),
        (RELEASE.encode("gb18030"), "gb18030"),
        (RELEASE.encode("utf-16"), "utf-16-le"),  # the BOM says little-endian
        (codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"), "utf-16-be"),
        (RELEASE.encode("utf-16-le"), "utf-16-le"),  # no BOM: detected
        (RELEASE.encode("utf-16-be"), "utf-16-be"),
        (TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL.encode("gb18030"), "gb18030"),
    ],
)
def test_decode_detects_the_encodings_of_chinese_pages(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text in (RELEASE, TRADITIONAL)  # byte-order mark removed
    assert decode(b"").text == ""


@pytest.mark.parametrize("text", ["2020年，全区公安机关", "2020年，", "全省破获刑事案件3起。"])
def test_short_gbk_inputs_are_not_taken_for_utf16_or_big5(text: str) -> None:
    assert decode(text.encode("gbk")) == decode(text.encode("gb18030"))
    assert decode(text.encode("gbk")).text == text


def test_binary_and_wrongly_declared_bytes_give_one_line_errors() -> None:
    with pytest.raises(InputError, match="cannot decode") as exc:
        decode(bytes(range(256)) * 8, name="x.bin")
    assert "\n" not in str(exc.value) and str(exc.value).startswith("x.bin: ")
    with pytest.raises(InputError, match="not valid utf-8"):
        decode(RELEASE.encode("gbk"), "utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", "no-such-codec")
    assert decode(RELEASE.encode("gbk"), "gbk").text == RELEASE


@given(st.binary(max_size=400))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        decoded = decode(data)
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert isinstance(decoded.text, str) and decoded.encoding


def test_expand_paths_order_dedupe_and_errors(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    found = list(
        expand_paths(
            [str(tmp_path), str(tmp_path / "a.txt"), "-", "-", str(tmp_path / "empty"), "zz*.txt"]
        )
    )
    assert [f.name if isinstance(f, Source) else type(f).__name__ for f in found] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "2.txt"),
        STDIN,
        "InputError",
        "InputError",
    ]
    assert "no *.txt files" in str(found[3]) and "no file matches" in str(found[4])


def test_parse_iso_date_is_strict() -> None:
    assert parse_iso_date(" 2021-05-31 ") == date(2021, 5, 31)
    for bad in ("2021-05-31garbage", "2021-05-31T10:00", "20210531", "2021-02-30", ""):
        with pytest.raises(ValueError, match="ISO date"):
            parse_iso_date(bad)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("corpus/2021-05-31.txt", date(2021, 5, 31)),
        ("corpus/20210531_3.txt", date(2021, 5, 31)),
        ("2020/01/08/page.txt", date(2020, 1, 8)),
        ("2019-12-01/page_2021.06.30.txt", date(2021, 6, 30)),  # the file's date wins
        ("corpus/page_123456789.txt", None),  # digits of an id, not a date
        ("corpus/2021-13-45.txt", None),
        ("corpus/release.txt", None),
    ],
)
def test_date_from_path(path: str, expected: date | None) -> None:
    assert date_from_path(path) == expected


def test_date_from_path_is_linear_on_adversarial_paths() -> None:
    assert date_from_path("1" * 50_000 + "-" * 50_000) is None  # returns at once


def test_fact_rows_are_flat_and_complete() -> None:
    doc = pressie.extract(RELEASE, published="2021-05-31")
    rows = fact_rows(doc, doc_index=3, source="r.txt")
    assert len(rows) == len(doc.facts)
    first, fact = rows[0], doc.facts[0]
    assert list(first) == list(COLUMN_NAMES)
    assert fact.value is not None and fact.change is not None and fact.period is not None
    assert (first["doc"], first["source"], first["fact"]) == (3, "r.txt", 0)
    assert first["published"] == date(2021, 5, 31)
    assert (first["value"], first["unit"], first["approx"]) == (1200.0, "起", "over")
    assert RELEASE[first["value_start"] : first["value_end"]] == first["value_text"]
    assert (first["change_direction"], first["change_amount"], first["change_unit"]) == (
        "up",
        12.5,
        "%",
    )
    assert (first["period_start"], first["period_end"]) == (date(2021, 1, 1), date(2021, 4, 30))
    assert first["sentence"] == RELEASE[first["sentence_start"] : first["sentence_end"]]
    with pytest.raises(TypeError):
        fact_rows(RELEASE)  # type: ignore[arg-type]


def test_facts_frame_types_and_shapes() -> None:
    pd = pytest.importorskip("pandas")
    docs = [pressie.extract(RELEASE), pressie.extract(""), pressie.extract(TRADITIONAL)]
    frame = pressie.facts_frame(docs)
    assert list(frame.columns) == [c.name for c in FACT_COLUMNS]
    assert len(frame) == len(docs[0].facts) + len(docs[2].facts)
    assert sorted(set(frame["doc"])) == [0, 2]
    assert str(frame["value"].dtype) == "Float64" and str(frame["value_start"].dtype) == "Int64"
    assert str(frame["period_start"].dtype).startswith("datetime64")
    assert frame["source"].isna().all()
    # traditional input: surfaces as written, metric normalized
    trad = frame[frame["doc"] == 2].iloc[0]
    assert trad["value_text"] == "1200餘起" and trad["metric"] == docs[2].facts[0].metric
    # the same documents as pairs and as a mapping
    pairs = pressie.facts_frame([("a", docs[0]), ("c", docs[2])])
    assert pairs["source"].tolist() == ["a"] * len(docs[0].facts) + ["c"] * len(docs[2].facts)
    mapping = pressie.facts_frame({"a": docs[0], "c": docs[2]})
    pd.testing.assert_frame_equal(pairs, mapping)
    # a single document, and Skipped records of extract_many(errors="skip") are passed over
    assert len(pressie.facts_frame(docs[0])) == len(docs[0].facts)
    mixed = list(pressie.extract_many([RELEASE, 5, TRADITIONAL], errors="skip"))
    assert pressie.facts_frame(mixed)["doc"].unique().tolist() == [0, 2]
    empty = pressie.facts_frame([])
    assert list(empty.columns) == list(frame.columns) and len(empty) == 0
    with pytest.raises(TypeError, match="item 1"):
        pressie.facts_frame([docs[0], "not a document"])
    with pytest.raises(TypeError):
        pressie.facts_frame(5)  # type: ignore[arg-type]


def test_lone_surrogates_become_replacement_characters_in_rows() -> None:
    text = "全省破获刑事案件\ud8003起。"
    rows = fact_rows(pressie.extract(text))
    assert rows and "\ud800" not in rows[0]["sentence"]
    assert len(rows[0]["sentence"]) == rows[0]["sentence_end"] - rows[0]["sentence_start"]
