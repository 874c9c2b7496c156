"""Period expressions: find them, resolve them to dates, and say which one governs a fact.

Spec section 4: a fact's period is the time its number covers, as inclusive dates resolved
against the document's *reference date* (``Doc._.pressie_reference_date``: the conference
date, else the publication date).  This module is pure Python over the working text
(``doc.text``); the spaCy component :class:`PeriodRecognizer` (factory ``pressie_periods``)
is a thin wrapper that stores the result on ``doc._.pressie_periods``.

Public API (what the relations component calls)
-----------------------------------------------

``find_periods(text, reference, review_year="auto") -> list[Period]``
    Every period mention in ``text`` with ``start``/``end`` offsets, dates and
    ``inherited=False``, in text order.  Comparison periods (``同比2018年``, ``较去年``,
    ``比2019年``, ``从2018年的0.34%``, ``去年同期``) are included; use
    :func:`find_period_mentions` to tell them apart.

``find_period_mentions(text, reference, review_year="auto") -> list[PeriodMention]``
    The same mentions with their analysis: ``kind`` (year, range, since, until, rolling,
    quarter, half, month, day, part, list, named, vague, undated, same_period, annual),
    ``role`` (``"own"``: the fact's period, ``"base"``: the compared-to period that belongs
    in ``Change.base_period``), ``framing`` (clause-initial, so it frames what follows:
    ``2020年,全区…`` / ``一年来,`` / ``截至目前,``), ``point`` (a single day or month,
    usually an event date: ``1月8日,自治区公安厅召开…``; points never govern other
    sentences).  ``mention.period()`` gives the :class:`~pressie.model.Period`.

``review_year_of(text, reference) -> int | None``
    The year a release *reviews*.  A heading naming a year's report in the first 800
    characters (``2017年…工作报告``, ``2017工作回顾``; periods.json
    ``annual_report_titles``) of one of the two years before R is that year.  Else count
    explicit full-year mentions (``2020年``,
    ``2020年全年``, ``2020年度``; not comparison periods, not ``2020年7月``).  With reference
    year R, the review year is R-1 when (a) the release is from January-March and mentions
    R-1 at least as often as R, and at least once or uses an annual marker (``一年来``,
    ``全年``, ``年内``, ``过去一年``); or (b) R-1 has >= 3 mentions and more than twice as many
    as R plus ``今年``.  Without a reference date: the most frequent explicit year with >= 2
    mentions.  Otherwise None.  The review year resolves ``一年来`` (Y-01-01..Y-12-31, else the
    year up to the reference date), ``全年``/``年内``/``本年度`` (year Y, else the reference
    year), ``连续N年`` (ending with Y, else with R-1), and is the document-level period.

``PeriodIndex.from_text(text, reference)`` / ``PeriodIndex.from_doc(doc)`` and
``index.period_for(position) -> Period | None``
    Inheritance.  Built once per document (linear time), then each query is
    O(log n).  ``period_for(position)`` returns, for a fact whose value starts at char
    ``position``:

    1. the nearest own mention earlier in the same sentence (``inherited=False``, with
       offsets); an undated ``…期间`` yields to an earlier dated mention of that sentence
       (``截至去年12月底,在专项行动期间共破获…``);
    2. else the nearest *governing* mention earlier in the same paragraph;
    3. else the governing period of the enclosing section: a period in its heading
       (``内蒙古融媒网记者:2020年,全区禁毒部门…取得了哪些成效?`` governs the answer), else the
       first governing mention of the section's first paragraph; sections nest (一、 >
       (一) > 1.), so an empty sub-section falls back to its parent;
    4. else the document period: the review year when there is one, else the first
       governing mention of the lead (the text before the first numbered heading or
       question), else the one period a data release writes again and again (every dated
       governing mention ``2022年上半年``) or writes once within its first 200 characters
       under its headings (``本院2021年1-11月…``).

    Steps 2-4 return ``inherited=True`` with ``start``/``end`` None and the governing
    expression's text.  A *governing* mention is own, clause-initial (``framing``), not a
    point, not a streak (``连续3年保持了…``), and not forward-looking (most of its span
    after the reference date, e.g. ``2021年,我们将…`` in a January 2021 release).

    A mid-clause mention inside a noun phrase (``modifier``: followed by 的, as in
    ``对2000年以前发生的积案``, or after an object verb and before a noun, as in
    ``侦破2000年以来拐卖儿童积案``) is a category, never step 1's period; followed by
    的 + a number (``下降至2022年的1700余起``) it is the period of that number only.

    ``period_for(doc_or_index_or_text, position, reference=None)`` is the module-level
    shortcut (for a ``Doc`` the index built by the component is reused).
    ``index.base_period_in(start, end)`` returns the comparison period written inside a
    char range (a change clause), for ``Change.base_period``.

Resolution conventions (reference date ``ref``, its year R)
----------------------------------------------------------

======================================= ==================================================
``2020年`` / ``2020年全年`` / ``2020年度`` 2020-01-01 .. 2020-12-31
``今年`` / ``今年以来`` / ``年初以来``   R-01-01 .. ref (``今年全年``: the whole year R)
``去年`` / ``上年``, ``前年``            the whole year R-1, R-2
``今年1至4月``, ``1-10月``, ``1—10月``,  first day of the first month .. last day of the last
``今年前8个月``, ``11月至次年3月``
``2021年1月至5月``, ``1月至8月``
``上半年`` / ``下半年``                  Y-01-01..Y-06-30 / Y-07-01..Y-12-31
``一季度`` ``第四季度`` ``前三季度``     quarter tables in ``lexicons/periods.json``
``X月份`` / ``今年X月``                  the whole month; ``X月上旬/中旬/下旬/初/底``: its part
``X月X日`` / ``7月30日、8月2日和8月5日``  that day / first .. last day of the list
``X月X日以来``, ``自X以来``, ``X以来``    X's first day .. ref (also ``2018年1月中央部署开展
                                        扫黑除恶专项斗争以来``: a dated event, then 以来)
``X月X日至X月X日``                       inclusive range, missing year/month copied from X
``2018年至2020年`` / ``2018-2020年``      2018-01-01 .. 2020-12-31
``截至X`` / ``截至X底`` / ``截止``        None .. end of X; ``截至目前``: None .. ref
``目前,`` / ``当前,`` (clause-initial)   None .. ref (a stock "as of now")
``N年来`` / ``近N年(来)``                 (R-N)-01-01 .. ref (spec); ``近N个月``: N months
                                        back .. ref.  ``近10年命案积案`` (no 来, a noun follows)
                                        is a category, not a period
``一年来``                               the review year, else ref minus one year .. ref
``全年`` / ``年内`` / ``本年度``         the review year, else year R
``连续N年``                              the N years ending with the review year (else R-1)
``近年来`` / ``多年来`` / ``长期以来``   vague: no dates (kind ``vague``)
``同期`` / ``去年同期``                  comparison marker: role ``base``, no dates (use
                                        :func:`same_period_years_back`)
``汛期以来`` / ``行动开展以来`` /        no dates (kind ``undated``), unless the same
``专项行动期间`` / ``疫情期间``           paragraph dates the event's start: ``于2020年10月中旬
                                        组织开展了…专项行动 … 截至去年12月底`` -> start
                                        2020-10-11; ``6月7日…启动…试点 … 自试点工作启动以来``
                                        -> 6月7日 .. ref (an anchor: a day/month mention
                                        followed by a start verb, sharing a word with the
                                        event, the start verb itself not counted);
                                        a year is no start date (``今年…行动开展以来``
                                        stays undated); also ``在“断流”专项行动中``.  An event
                                        dated in brackets (``国庆假期期间(10月1日至7日)``)
                                        takes those dates, and a later mention of the same
                                        event (``假期期间``) copies them
``开展“夏季行动”至今``                   like ``行动开展以来``: dated by a start written with it
                                        (``6月24日开展…至今``) or before it, else undated
``十三五期间`` (``“十三五”时期``)         2016-01-01 .. 2020-12-31 (named periods table)
``为期三年的扫黑除恶专项斗争中``          the campaign's dates from the named campaign table;
                                        ``扫黑除恶专项斗争(开展)以来`` with no start written
                                        is undated (spec: 专项斗争以来累计 -> None..None)
Chinese numerals                          ``二〇二〇年``, ``三月``, ``十二月三十一日``, ``近三年``
======================================= ==================================================

Year-less dates take the year of the nearest explicit year earlier in the same paragraph
(``2020年,… 7月,…``), else the year that places them before the reference date (a span
may end at most 31 days after it).  Without a reference date, mentions that need it keep
``None`` dates while explicit ones (``2020年``) still resolve.

Cost: every pattern is a regex without nested quantifiers and with bounded gaps
(``{0,30}``), so scanning is linear in the text length; selection and inheritance are
linear too (plus a sort).
"""


from . import component as _component  # noqa: F401  (registers the spaCy factory)
from .analyze import (
    find_period_mentions,
    find_periods,
    review_year_of,
    same_period_years_back,
)
from .analyze import (
    repost_reference as repost_reference,
)
from .analyze import (
    text_year as text_year,
)
from .component import PeriodRecognizer, make_periods
from .index import PeriodIndex, period_for
from .lexicon import load_lexicon
from .mention import AUTO, PeriodKind, PeriodMention, PeriodRole
from .scan import _windows as _windows  # (tests)
from .scan import cn_int

__all__ = [
    "AUTO",
    "PeriodIndex",
    "PeriodKind",
    "PeriodMention",
    "PeriodRecognizer",
    "PeriodRole",
    "cn_int",
    "find_period_mentions",
    "find_periods",
    "load_lexicon",
    "make_periods",
    "period_for",
    "review_year_of",
    "same_period_years_back",
]
