"""The relations package as stages: one sentence splitter, overlap skip ranges, no state on
the shared extractor, dedupe as its own step."""

from __future__ import annotations

from datetime import date

import pytest

from pressie.model import Fact
from pressie.numbers import find_quantities
from pressie.periods import PeriodIndex
from pressie.relations import FactExtractor
from pressie.relations.dedupe import dedupe
from pressie.sentences import split_sentences
from pressie.text import normalize

REF = date(2022, 12, 30)


@pytest.fixture(scope="module")
def fx() -> FactExtractor:
    return FactExtractor()


def facts_of(fx: FactExtractor, text: str, **kwargs: object) -> list[Fact]:
    text = normalize(text)
    index = PeriodIndex.from_text(text, REF)
    return fx.extract(
        text, find_quantities(text, normalized=True), [m.period() for m in index.mentions],
        region="山东省", period_for=index.period_for,
        base_periods=[(m.start, m.end) for m in index.mentions if m.role == "base"],
        **kwargs,  # type: ignore[arg-type]
    )


def dump(facts: list[Fact]) -> list[dict[str, object]]:
    return [f.model_dump() for f in facts]


QUOTED = ("2022年,全省公安机关共破获刑事案件12345起。他说:“今年打掉涉黑组织12个。下一步,"
          "全省将继续推进。”同比下降8.5%的是盗窃案件。\n全省查处酒驾违法行为3210起。")


def test_without_sentences_the_package_splits_like_pressie_sentences(fx: FactExtractor) -> None:
    text = normalize(QUOTED)
    own = facts_of(fx, QUOTED)
    given = facts_of(fx, QUOTED, sentences=split_sentences(text))
    assert dump(own) == dump(given)
    # the quote stays one sentence (。 inside “…” ends no sentence)
    f12 = next(f for f in own if f.value is not None and f.value.text == "12个")
    assert f12.sentence.text.startswith("他说:“今年打掉涉黑组织12个。下一步")


def test_a_figure_overlapping_a_skip_range_yields_no_fact(fx: FactExtractor) -> None:
    text = "2022年,全省公安机关共破获刑事案件12345起,抓获犯罪嫌疑人6789名。"
    k = text.index("6789")
    values = {f.value.text for f in facts_of(fx, text) if f.value is not None}
    assert values == {"12345起", "6789名"}
    # the range covers only the first two digits of 6789名: the figure is dropped all the same
    values = {f.value.text for f in facts_of(fx, text, skip=[(k - 3, k + 2)])
              if f.value is not None}
    assert values == {"12345起"}


def test_extractor_keeps_no_state_between_calls(fx: FactExtractor) -> None:
    before = dict(vars(fx))
    first = dump(facts_of(fx, QUOTED))
    facts_of(fx, "全市今年以来共破获电诈案件526起,同比上升12%。")
    assert vars(fx) == before  # only the lexicon, the same object
    assert dump(facts_of(fx, QUOTED)) == first


def test_dedupe_is_a_separate_step(fx: FactExtractor) -> None:
    text = ("2022年,全省公安机关共破获刑事案件12345起。\n"
            "总的来看,2022年全省公安机关共破获刑事案件12345起,成效明显。")
    raw = facts_of(fx, text, dedupe=False)
    kept = facts_of(fx, text)
    assert [f.value.start for f in raw if f.value] != [f.value.start for f in kept if f.value]
    assert len(raw) == len(kept) + 1
    assert dump(dedupe(raw)) == dump(kept)
    assert kept[0].value is not None and kept[0].value.start == text.index("12345")
