"""The benchmark scorer (spec section 6) on small hand-made gold/system pairs."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scoring import (  # noqa: E402
    fact_mentions,
    gold_mentions,
    lcs_f1,
    load_gold,
    match_mentions,
    quantity_mention,
    region_correct,
    score_documents,
)

TEXT = "2020年,全区公安机关共破获各类刑事案件36239起,同比下降14.2%;抓获犯罪嫌疑人30760名。"


def q(text: str, value: float, unit: str, kind: str = "count", approx: str = "exact") -> dict:
    """A gold-style quantity located in TEXT."""
    return {
        "text": text,
        "start": TEXT.index(text),
        "value": value,
        "unit": unit,
        "approx": approx,
        "kind": kind,
    }


Y2020 = {"text": "2020年", "date_start": "2020-01-01", "date_end": "2020-12-31", "inherited": False}


def gold_doc() -> dict:
    """Two gold facts: one level with a yoy change, one plain level."""
    return {
        "id": "t-1",
        "facts": [
            {
                "metric": "破获各类刑事案件",
                "value": q("36239起", 36239, "起"),
                "change": {
                    "direction": "down",
                    "basis": "yoy",
                    "amount": q("14.2%", 14.2, "%", "percent"),
                    "baseline": None,
                },
                "period": Y2020,
                "scope": "全区公安机关",
                "region": "内蒙古自治区",
                "campaign": None,
            },
            {
                "metric": "抓获犯罪嫌疑人",
                "value": q("30760名", 30760, "名"),
                "change": None,
                "period": Y2020,
                "scope": "全区公安机关",
                "region": "内蒙古自治区",
                "campaign": None,
            },
        ],
        "entities": [
            {"label": "CAMPAIGN", "canonical": "云剑", "year": 2020},
            {"label": "PERSON", "canonical": "张志华", "year": None},
        ],
    }


def test_perfect_system_scores_one() -> None:
    gold = gold_doc()
    s = score_documents([gold], [copy.deepcopy(gold)])
    assert (s.facts.tp, s.facts.n_pred, s.facts.n_gold) == (2, 2, 2)
    assert s.mentions.f1 == 1.0
    assert s.metric.value == s.period.value == s.change.value == s.region.value == 1.0
    assert s.entities["CAMPAIGN"].f1 == 1.0 and s.entities["PERSON"].f1 == 1.0
    assert not s.missed and not s.spurious


def test_wrong_period_is_counted_wrong() -> None:
    gold = gold_doc()
    system = copy.deepcopy(gold)
    system["facts"][1]["period"] = {
        "text": "2019年",
        "date_start": "2019-01-01",
        "date_end": "2019-12-31",
    }
    s = score_documents([gold], [system])
    assert s.period.hit == 1 and s.period.total == 2
    assert s.facts.tp == 1
    assert [m["reason"] for m in s.missed] == ["wrong period"]


def test_period_tolerance_is_31_days_and_none_matches_none() -> None:
    gold = gold_doc()
    system = copy.deepcopy(gold)
    # 三年来 ending at the reference date (2021-01-08) vs. the year end: within 31 days
    system["facts"][0]["period"] = {
        "text": "x",
        "date_start": "2020-01-01",
        "date_end": "2021-01-08",
    }
    system["facts"][1]["period"] = {
        "text": "x",
        "date_start": "2020-01-01",
        "date_end": "2021-02-15",
    }
    s = score_documents([gold], [system])
    assert (s.period.hit, s.period.total) == (1, 2)
    gold["facts"][1]["period"] = {"text": "行动期间", "date_start": None, "date_end": None}
    system["facts"][1]["period"] = None
    assert score_documents([gold], [system]).period.hit == 2
    system["facts"][1]["period"] = Y2020
    assert score_documents([gold], [system]).period.hit == 1


def test_wrong_metric_is_counted_wrong() -> None:
    gold = gold_doc()
    system = copy.deepcopy(gold)
    system["facts"][1]["metric"] = "全区公安机关"
    s = score_documents([gold], [system])
    assert (s.metric.hit, s.metric.total) == (1, 2)
    assert [m["reason"] for m in s.missed] == ["wrong metric"]
    # a near-identical metric (LCS-F1 >= 0.6) is right
    system["facts"][1]["metric"] = "共抓获犯罪嫌疑人"
    assert score_documents([gold], [system]).facts.tp == 2


def test_wrong_change_direction_basis_or_amount() -> None:
    gold = gold_doc()
    for key, val in (("direction", "up"), ("basis", "mom")):
        system = copy.deepcopy(gold)
        system["facts"][0]["change"][key] = val
        s = score_documents([gold], [system])
        assert (s.change.hit, s.change.total) == (0, 1)
        assert [m["reason"] for m in s.missed] == ["wrong change"]
    system = copy.deepcopy(gold)
    system["facts"][0]["change"] = None
    s = score_documents([gold], [system])
    assert s.change.hit == 0 and s.facts.tp == 1
    # a change the gold does not have makes the fact wrong too
    system = copy.deepcopy(gold)
    system["facts"][1]["change"] = {"direction": "up", "basis": "yoy", "amount": None}
    assert score_documents([gold], [system]).facts.tp == 1


def test_missing_and_spurious_facts_move_recall_and_precision() -> None:
    gold = gold_doc()
    system = copy.deepcopy(gold)
    del system["facts"][1]
    system["facts"].append(
        {
            "metric": "刑事案件",
            "value": q("2020年", 2020, "", "count"),
            "change": None,
            "period": None,
            "scope": None,
            "region": None,
            "campaign": None,
        }
    )
    s = score_documents([gold], [system])
    assert (s.facts.tp, s.facts.n_pred, s.facts.n_gold) == (1, 2, 2)
    assert s.facts.precision == 0.5 and s.facts.recall == 0.5
    assert [m["reason"] for m in s.missed] == ["no mention"]
    assert len(s.spurious) == 1


def test_other_kind_system_facts_are_ignored() -> None:
    gold = gold_doc()
    system = copy.deepcopy(gold)
    system["facts"].append(
        {
            "metric": "x",
            "value": q("2020年", 2020, "", "other"),
            "change": None,
            "period": None,
            "scope": None,
            "region": None,
            "campaign": None,
        }
    )
    s = score_documents([gold], [system])
    assert s.facts.n_pred == 2 and s.facts.precision == 1.0


def test_change_only_fact_is_found_through_its_amount() -> None:
    gold = gold_doc()
    gold["facts"][0]["value"] = None
    system = copy.deepcopy(gold)
    assert score_documents([gold], [system]).facts.tp == 2
    # the amount given as a level instead is the wrong role
    system["facts"][0]["value"] = system["facts"][0]["change"]["amount"]
    system["facts"][0]["change"] = None
    s = score_documents([gold], [system])
    assert s.facts.tp == 1 and s.role.value < 1.0


def test_matching_needs_overlap_and_equal_canonical_value() -> None:
    g = [quantity_mention({"text": "287.75亿元", "start": 10, "value": 287.75, "unit": "亿元"})]
    same = [
        quantity_mention({"text": "287.75亿元", "start": 10, "value": 28775000000.0, "unit": "元"})
    ]
    assert match_mentions(g, same) == [(0, 0)]
    far = [
        quantity_mention({"text": "287.75亿元", "start": 30, "value": 28775000000.0, "unit": "元"})
    ]
    assert match_mentions(g, far) == []
    wrong = [quantity_mention({"text": "287.75亿元", "start": 10, "value": 287.75, "unit": "元"})]
    assert match_mentions(g, wrong) == []


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    g = [quantity_mention({"text": "36239起", "start": 0, "value": 36239, "unit": "起"})]
    s = [
        quantity_mention({"text": "36239", "start": 0, "value": 36239, "unit": "起"}),
        quantity_mention({"text": "36239起", "start": 0, "value": 36239, "unit": "起"}),
    ]
    assert match_mentions(g, s) == [(0, 1)]


def test_mentions_are_role_tagged() -> None:
    gold = gold_doc()
    gold["facts"][0]["change"]["baseline"] = q("30760名", 1, "名")
    roles = [(m.role, m.primary) for m in gold_mentions(gold)]
    assert roles == [("value", True), ("change", False), ("baseline", False), ("value", True)]
    assert len(fact_mentions(gold["facts"])) == 4


def test_entity_year_matters_for_campaigns_only() -> None:
    gold = gold_doc()
    system = copy.deepcopy(gold)
    system["entities"] = [
        {"label": "CAMPAIGN", "canonical": "云剑", "year": None},
        {"label": "PERSON", "canonical": "张志华"},
        {"label": "PERSON", "canonical": "王某"},
    ]
    s = score_documents([gold], [system])
    assert s.entities["CAMPAIGN"].tp == 0
    assert s.entities["PERSON"].precision == 0.5 and s.entities["PERSON"].recall == 1.0


def test_lcs_f1() -> None:
    assert lcs_f1("找回被拐失踪儿童", "找回被拐卖和失踪儿童") >= 0.85
    assert lcs_f1("处置突出火灾事故", "处置突出安全生产事故") < 0.85
    assert lcs_f1("", "x") == 0.0


def test_load_gold_reads_the_seed_gold(tmp_path: Path) -> None:
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(gold_doc(), ensure_ascii=False) + "\n\n", encoding="utf-8")
    docs = load_gold(p)
    assert len(docs) == 1 and docs[0]["id"] == "t-1"
    seeds = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "seeds.jsonl"
    if seeds.exists():
        gold = load_gold(seeds)
        s = score_documents(gold, gold)
        assert s.facts.f1 == pytest.approx(1.0)


def test_a_county_is_the_same_region_with_or_without_its_prefecture() -> None:
    assert region_correct("筠连县", "宜宾市筠连县")
    assert region_correct("苏州市吴江区", "吴江区")
    assert region_correct("新沂市", "徐州市新沂市")
    assert not region_correct("南京市", "江苏省南京市")  # a city is not its province
    assert not region_correct("筠连县", "宜宾市")
    assert not region_correct(None, "中国")
