"""Comparable series (pressie.series, pressie.plot_series) and the series demo script."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import matplotlib
import pytest

import pressie
from pressie.series import COLUMNS, period_kind

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]

#: Four short releases written for this test: Sichuan 2022 (simplified, with a case figure),
#: a traditional-script repost of it that rounds the figure, Guizhou 2022, Sichuan 2021.
RELEASES = {
    "sc-2022": (
        "2023-01-12",
        "四川省公安厅发布2022年全省公安工作情况\n"
        "2022年,全省公安机关共侦破刑事案件3612起,抓获犯罪嫌疑人4105名。"
        "其中,在“6·18”专案中抓获犯罪嫌疑人37名。",
    ),
    "sc-2022-repost": (
        "2023-01-15",
        "四川省公安廳發布2022年全省公安工作情況\n2022年,全省公安機關共破獲刑事案件3600餘起。",
    ),
    "gz-2022": (
        "2023-01-10",
        "贵州省公安厅发布2022年全省公安工作情况\n2022年,全省公安机关共破获刑事案件5127起。",
    ),
    "sc-2021": (
        "2022-01-11",
        "四川省公安厅发布2021年全省公安工作情况\n2021年,全省公安机关共破获各类刑事案件3377起。",
    ),
}


@pytest.fixture(scope="module")
def docs() -> dict[str, pressie.Document]:
    return {name: pressie.extract(text, published=pub) for name, (pub, text) in RELEASES.items()}


def test_one_key_across_regions_years_and_scripts(docs: dict[str, pressie.Document]) -> None:
    table = pressie.series(docs)
    assert list(table.columns) == list(COLUMNS)
    cases = table[table["metric_key"] == "破获刑事案件"].sort_values(["region", "period_end"])
    got = [
        (r.region, r.period_end.year, r.value, r.source, r.n_sources, r.sources)
        for r in cases.itertuples()
    ]
    # the repost's 3600余起 (3600..3700) is the Sichuan 2022 figure 3612起: one row, the
    # exact one kept, both releases listed in publication order
    assert got == [
        ("四川省", 2021, 3377.0, "sc-2021", 1, "sc-2021"),
        ("四川省", 2022, 3612.0, "sc-2022", 2, "sc-2022;sc-2022-repost"),
        ("贵州省", 2022, 5127.0, "gz-2022", 1, "gz-2022"),
    ]
    assert set(cases["metric"]) == {"侦破刑事案件", "破获刑事案件", "破获各类刑事案件"}
    assert set(cases["period_kind"]) == {"year"}


def test_offsets_point_into_each_source(docs: dict[str, pressie.Document]) -> None:
    table = pressie.series(docs, dedupe=False)
    assert len(table) == sum(1 for d in docs.values() for f in d.facts if f.value is not None)
    for row in table.itertuples():
        doc = docs[row.source]
        assert doc.facts[row.fact].value.value == row.value
        assert doc.text[row.start : row.end] == doc.facts[row.fact].value.text
    repost = table[table["source"] == "sc-2022-repost"]
    assert list(repost["n_sources"]) == [1]  # not merged without dedupe


def test_primary_marks_the_first_statement_per_release(docs: dict[str, pressie.Document]) -> None:
    table = pressie.series(docs)
    suspects = table[table["metric_key"] == "抓获犯罪嫌疑人"]
    assert list(zip(suspects["value"], suspects["primary"])) == [(4105.0, True), (37.0, False)]


def test_disagreeing_releases_are_not_merged() -> None:
    a = pressie.extract(RELEASES["gz-2022"][1])
    b = pressie.extract(RELEASES["gz-2022"][1].replace("5127起", "5217起"))
    table = pressie.series([a, b])
    assert list(table["value"]) == [5127.0, 5217.0]
    assert list(table["source"]) == ["0", "1"]
    assert list(table["n_sources"]) == [1, 1]


def test_bad_input_is_rejected(docs: dict[str, pressie.Document]) -> None:
    with pytest.raises(TypeError, match="several documents"):
        pressie.series(docs["gz-2022"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got str"):
        pressie.series(["2022年破获刑事案件5127起"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="same name"):
        pressie.series([("a", docs["gz-2022"]), ("a", docs["sc-2021"])])
    empty = pressie.series([])
    assert list(empty.columns) == list(COLUMNS) and empty.empty


@pytest.mark.parametrize(
    "start,end,kind",
    [
        (date(2022, 1, 1), date(2022, 12, 31), "year"),
        (date(2022, 1, 1), date(2022, 6, 30), "half"),
        (date(2022, 7, 1), date(2022, 9, 30), "quarter"),
        (date(2024, 2, 1), date(2024, 2, 29), "month"),
        (date(2022, 1, 1), date(2022, 4, 30), "ytd"),
        (date(2022, 1, 1), date(2022, 9, 17), "ytd"),
        (date(2018, 1, 1), date(2020, 12, 31), "years"),
        (date(2022, 7, 20), date(2022, 8, 18), "other"),
        (None, date(2022, 8, 18), "other"),
    ],
)
def test_period_kind(start: date | None, end: date | None, kind: str) -> None:
    assert period_kind(start, end) == kind


def test_plot_draws_one_line_per_region(docs: dict[str, pressie.Document]) -> None:
    table = pressie.series(docs)
    ax = pressie.plot_series(table, "侦破刑事案件")  # a raw metric is keyed first
    assert ax.get_title() == "破获刑事案件"
    lines = {line.get_label(): list(line.get_ydata()) for line in ax.get_lines()}
    assert lines == {"四川省": [3377.0, 3612.0], "贵州省": [5127.0]}
    ax = pressie.plot_series(table, "破获刑事案件", regions=["贵州省"], logy=True)
    assert [line.get_label() for line in ax.get_lines()] == ["贵州省"]
    assert ax.get_yscale() == "log"
    with pytest.raises(ValueError, match="no rows"):
        pressie.plot_series(table, "破获刑事案件", period_kind="month")


def test_series_demo_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import series_demo

    texts = tmp_path / "texts"
    texts.mkdir()
    manifest = tmp_path / "manifest.jsonl"
    lines = []
    for name, (pub, text) in RELEASES.items():
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": name, "published": pub}))
    lines.append(json.dumps({"id": "absent", "published": None}))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    status = series_demo.main(
        ["--texts", str(texts), "--manifest", str(manifest), "--out", str(out), "--plots", "1"]
    )
    assert status == 0
    printed = capsys.readouterr()
    assert "missing text" in printed.err
    assert "documents: 4" in printed.out
    assert "| 破获刑事案件 | 4 | 2 | 2021;2022 |" in printed.out
    assert (out / "series.csv").is_file() and (out / "findings.csv").is_file()
    keys = (out / "keys.csv").read_text(encoding="utf-8").splitlines()
    assert keys[1].startswith("破获刑事案件,4,2,")
    assert (out / "破获刑事案件.png").stat().st_size > 1000
