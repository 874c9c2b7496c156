"""The relations package as stages: one sentence splitter, overlap skip ranges, no state on
the shared extractor, dedupe as its own step."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

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


def _naive_dedupe(facts: list[Fact]) -> list[Fact]:
    """The specification of dedupe, quadratic: every kept fact compared (after the same
    headline merge, and with a restatement's new change kept as a change-only fact)."""
    from pressie.relations.dedupe import _primary, _restated, merge_headlines

    facts = merge_headlines(facts)
    kept: list[Fact] = []
    used: set[tuple[int, int]] = set()
    for f in sorted(facts, key=lambda f: _primary(f).start):
        q = _primary(f)
        if f.value is not None and (q.start, q.end) in used:
            continue
        if any(_restated(k, f) for k in kept):
            if f.value is not None and f.change is not None and f.change.amount is not None:
                kept.append(f.model_copy(update={"value": None}))
            continue
        kept.append(f)
        if f.value is not None:
            used.add((q.start, q.end))
    return kept


@settings(max_examples=150, deadline=None)
@example([(12345.0, "起", False, "破获刑事案件", 3, 5),
          (12345.0 * (1 + 5e-7), "起", False, "破获刑事案件", 3, 20)])
@given(st.lists(st.tuples(
    st.sampled_from([12345.0, 12345.0 * (1 + 5e-7), 12345.0 * (1 + 3e-6), 0.5, 0.5000004, 7.0]),
    st.sampled_from(["起", "名"]),
    st.booleans(),  # change-only
    st.sampled_from(["破获刑事案件", "破获刑事案件数", "抓获犯罪嫌疑人"]),
    st.integers(0, 3),  # period
    st.integers(0, 40),  # start
), max_size=25))
def test_indexed_dedupe_equals_comparing_every_kept_fact(rows: list[tuple]) -> None:
    from pressie.model import Change, Period, Quantity, Span

    periods = [None] + [Period(text=f"{y}年", date_start=date(y, 1, 1), date_end=date(y, 12, 31))
                        for y in (2020, 2021, 2022)]
    facts = []
    for value, unit, change_only, metric, p, start in rows:
        q = Quantity(start=start, end=start + 3, text="x", value=value, unit=unit)
        facts.append(Fact(
            metric=metric, value=None if change_only else q,
            change=Change(direction="down", amount=q) if change_only else None,
            period=periods[p], sentence=Span(start=0, end=1, text="x")))
    assert dedupe(facts) == _naive_dedupe(facts)
