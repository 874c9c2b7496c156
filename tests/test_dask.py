"""pressie.dask on a LocalCluster of 2 worker processes: exactly the facts of a sequential run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import pressie  # noqa: E402
import pressie.dask as pdask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# written for these tests
OWN = [
    "今年1至4月，全省共破获电信网络诈骗案件1200余起，同比上升12.5%，抓获犯罪嫌疑人360名。",
    "今年以來，全省公安機關共偵破電信網絡詐騙案件1200餘起，抓獲犯罪嫌疑人360名。",
    "",
    "no Chinese here",
]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS] + OWN


def _same(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


def test_bag_of_texts_gives_exactly_the_sequential_facts(
    client: distributed.Client, texts: list[str]
) -> None:
    seconds = pdask.preload(client)
    assert len(seconds) == 2
    facts = pdask.facts_from_bag(db.from_sequence(texts, npartitions=4))
    assert list(facts.columns) == [c.name for c in pressie.FACT_COLUMNS]
    got = facts.compute()
    expected = pressie.facts_frame(pressie.extract_many(texts))
    assert len(expected) > 100
    _same(got, expected)
    # each worker built the pipeline once, whatever number of partitions it ran
    loads = client.run(lambda: __import__("pressie.pipeline").pipeline.shared_pipeline.cache_info())
    assert [info.misses for info in loads.values()] == [1, 1]


def test_dataframe_column_with_sources_and_dates(
    client: distributed.Client, texts: list[str]
) -> None:
    pubs = ["2021-05-31", None, "2020-12-31", "2021-01-08", None, "2021-05-31", None, None, None]
    frame = pd.DataFrame(
        {"body": texts, "url": [f"doc{i}" for i in range(len(texts))], "date": pubs[: len(texts)]}
    )
    ddf = dd.from_pandas(frame, npartitions=3)
    got = pdask.facts_from_dataframe(ddf, "body", source="url", published="date").compute()
    docs = pressie.extract_many(zip(texts, pubs))
    expected = pressie.facts_frame(zip(frame["url"], docs))
    _same(got, expected)
    assert got["published"].notna().any()
    with pytest.raises(KeyError, match="nope"):
        pdask.facts_from_dataframe(ddf, "nope")


def test_bad_items_raise_or_are_skipped(client: distributed.Client) -> None:
    bag = db.from_sequence([OWN[0], 42, {"text": OWN[1], "published": "31 May"}], npartitions=2)
    # one bad item per computation: partitions fail concurrently, the first failure wins
    with pytest.raises(TypeError, match="bag item 1: is int"):
        pdask.facts_from_bag(db.from_sequence([OWN[0], 42], npartitions=1)).compute()
    with pytest.raises(ValueError, match="ISO date"):
        pdask.facts_from_bag(db.from_sequence([{"text": OWN[1], "published": "31 May"}])).compute()
    got = pdask.facts_from_bag(bag, errors="skip").compute()
    assert set(got["doc"]) == {0}
    records = pdask.extract_bag(bag).compute()
    assert [sorted(r) for r in records] == [
        ["document", "source"],
        ["error", "source"],
        ["error", "source"],
    ]
    assert "ISO date" in records[2]["error"]


def test_read_texts_decodes_on_the_workers(client: distributed.Client, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(OWN[0].encode("gbk"))
    (tmp_path / "b.txt").write_bytes(OWN[1].encode("big5"))
    (tmp_path / "c.txt").write_bytes(bytes(range(256)) * 8)
    bag = pdask.read_texts(str(tmp_path / "*.txt"), npartitions=2)
    records = bag.compute()
    assert [(Path(r["source"]).name, r.get("encoding")) for r in records] == [
        ("a.txt", "gb18030"),
        ("b.txt", "big5"),
        ("c.txt", None),
    ]
    assert "cannot decode" in records[2]["error"]
    with pytest.raises(ValueError, match="c.txt"):
        pdask.facts_from_bag(bag).compute()
    got = pdask.facts_from_bag(bag, errors="skip").compute()
    expected = pressie.facts_frame([(r["source"], pressie.extract(r["text"])) for r in records[:2]])
    _same(got, expected)
    with pytest.raises(FileNotFoundError):
        pdask.read_texts(str(tmp_path / "*.none"))
