"""Rules of the twentieth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, change_of, period_of

import pressie


def test_a_start_day_whose_sentence_starts_an_action_opens_the_next_paragraphs_as_of() -> None:
    """自去年12月15日起开始,…集中开展打击整治。(paragraph) 截至目前,…: the bare start day
    opens the as-of period of the next paragraph when its sentence starts an action, even
    when a season drawing near (随着春运高峰来临) sets the scene before it; a start day whose
    sentence starts nothing does not."""
    text = ("随着春运高峰来临,车站客流明显增加。铁路公安处自去年12月10日起开始,以各大客站为"
            "主战场,采取明查暗访、蹲点守候等方式,对倒票人员集中开展打击整治。\n"
            "截至目前,全处共查处涉票案件42起。")
    fact = by_value(pressie.extract(text, published="2010-01-20"))["42起"]
    assert period_of(fact) == (dt.date(2009, 12, 10), dt.date(2010, 1, 20))
    plain = ("铁路公安处自去年12月10日起,在各大客站增设了便民服务点和咨询台。\n"
             "截至目前,全处共查处涉票案件42起。")
    fact = by_value(pressie.extract(plain, published="2010-01-20"))["42起"]
    assert period_of(fact) == (None, dt.date(2010, 1, 20))


def test_the_first_half_of_a_month_and_of_a_written_year() -> None:
    """2019年前半个月 is the first half of the year's January; 3月上半月 / 3月下半月 are halves
    of that month; a bare 前半个月 with no year is no period of its own."""
    cases = {
        "2019年前半个月,全市共查处交通违法行为820起。": (dt.date(2019, 1, 1), dt.date(2019, 1, 15)),
        "3月上半月,全市共查处交通违法行为820起。": (dt.date(2019, 3, 1), dt.date(2019, 3, 15)),
        "2月下半月,全市共查处交通违法行为820起。": (dt.date(2019, 2, 16), dt.date(2019, 2, 28)),
    }
    for text, dates in cases.items():
        fact = by_value(pressie.extract(text, published="2019-04-02"))["820起"]
        assert period_of(fact) == dates, text
    bare = by_value(pressie.extract("前半个月,全市共查处交通违法行为820起。",
                                    published="2019-04-02"))["820起"]
    assert bare.period is None or bare.period.text != "前半个月"


def test_a_topic_written_as_zai_x_fangmian_is_the_metric_without_its_frame() -> None:
    """在“侵犯人身罪”方面,全年共录得2721宗: the crimes the clause names, without 在…方面
    and the quotes; a change after a slight-change adverb (轻微上升0.1%) is still the level's."""
    text = ("在“侵犯人身罪”方面,全年共录得2721宗,轻微上升0.1%。"
            "在打击毒品犯罪方面,全年录得贩毒案120宗。")
    facts = by_value(pressie.extract(text, published="2016-01-31"))
    person = facts["2721宗"]
    assert person.metric == "侵犯人身罪"
    assert change_of(person) == ("up", "0.1%")
    assert "方面" not in facts["120宗"].metric


def test_a_change_right_after_a_figure_is_no_object_of_it() -> None:
    """纵火案52宗上升了一倍: the words after the figure are its change, not what it counts; a
    noun after a figure still is (安装200个高清监控探头, 高 being no change there)."""
    facts = by_value(pressie.extract("全年纵火案52宗上升了一倍,抢劫案12宗下降35%。",
                                     published="2018-01-31"))
    assert facts["52宗"].metric == "纵火案"
    assert facts["12宗"].metric == "抢劫案"
    assert facts["12宗"].change is not None and facts["12宗"].change.direction == "down"
    facts = by_value(pressie.extract("今年全市共安装200个高清监控探头。", published="2013-11-21"))
    assert facts["200个"].metric == "安装高清监控探头"
