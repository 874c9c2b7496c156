"""Official holidays and the 春运 travel season as dates (spec section 4, v1.1).

* The State Council's public holidays (春节假期, 国庆假期, 五一假期, 清明/端午/中秋假期, 元旦)
  follow each year's announced schedule, which no rule can compute: they come from the
  maintained ``chinese-calendar`` package (:func:`holiday_span`).  Before its data (1999-2003)
  the fixed 黄金周 weeks of that schedule are used; years it does not cover otherwise give
  ``None`` (the period stays undated rather than guessed).
* 春运 is the 40-day travel season that starts 15 days before 春节, the first day of the
  lunar year (:func:`spring_travel_span`); the lunar new year comes from ``lunar_python``.

Which words name which holiday is data: ``lexicons/periods.json`` (``holidays``).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

#: Length of the 春运 season in days, and how many days before 春节 it starts.
SPRING_TRAVEL_DAYS = 40
SPRING_TRAVEL_LEAD = 15


#: the name of 除夕, the lunar new year's eve, among the holiday names
LUNAR_NEW_YEARS_EVE = "lunar_new_years_eve"

#: festivals that are no national days off, as (lunar month, lunar day, days): 元宵节 on
#: the 15th day of the first month, the Yi and Bai peoples' 火把节 from the 24th day of the
#: sixth month for three days; named beside the chinese-calendar members in
#: ``lexicons/periods.json`` (春节、元宵节期间 spans from 春节's first day off to 元宵节)
_LUNAR_FESTIVALS = {"lantern_festival": (1, 15, 1), "torch_festival": (6, 24, 3)}

#: the fixed day (month, day) of a holiday, where it has one
_ANCHOR_DAYS = {"new_years_day": (1, 1), "labour_day": (5, 1), "national_day": (10, 1)}


@lru_cache(maxsize=256)
def holiday_span(holiday: str, year: int) -> tuple[date, date] | None:
    """First and last day off of ``holiday`` (a ``chinese_calendar.Holiday`` member name,
    e.g. ``"national_day"``, or a lunar festival: ``"lantern_festival"``, the day of 元宵节,
    ``"torch_festival"``, the three days of 火把节, ``"lunar_new_years_eve"``, 除夕) in
    ``year``, or
    ``None`` when the package has no data for it.

    A holiday merged with another one that year (中秋 and 国庆 in 2023) spans the merged
    days: the days off around the holiday's own days are included as long as they are
    contiguous.
    """
    if holiday == LUNAR_NEW_YEARS_EVE:
        # 除夕: the day before the lunar new year (no day off of its own before 2008, one of
        # 春节's after)
        eve = lunar_new_year(year) - timedelta(days=1)
        return eve, eve
    if holiday in _LUNAR_FESTIVALS:
        # a lunar festival that is no national day off (元宵节, 火把节): its days, from the
        # lunar calendar
        month, day, days = _LUNAR_FESTIVALS[holiday]
        first = _lunar_day(year, month, day)
        return first, first + timedelta(days=days - 1)
    import chinese_calendar as cc

    target = getattr(cc.Holiday, holiday, None)
    if target is None:
        raise ValueError(f"unknown holiday name {holiday!r}")
    if _GOLDEN_WEEK_YEARS[0] <= year < _GOLDEN_WEEK_YEARS[1] and holiday in _GOLDEN_WEEKS:
        return _golden_week(holiday, year)
    runs: list[list[date]] = []
    d = date(year, 1, 1)
    try:
        while d.year == year:
            on, name = cc.get_holiday_detail(d)
            if on and name == target.value:
                if runs and runs[-1][-1] == d - timedelta(days=1):
                    runs[-1].append(d)
                else:
                    runs.append([d])
            d += timedelta(days=1)
    except NotImplementedError:
        return None
    if not runs:
        return None
    # the run holding the holiday's own day (元旦 2023: Jan 1-2, not the Dec 30-31 that
    # already belong to 元旦 2024), else the longest
    anchor = _ANCHOR_DAYS.get(holiday)
    own = [r for r in runs if anchor and date(year, *anchor) in r]
    days = own[0] if own else max(runs, key=len)
    first, last = days[0], days[-1]
    while cc.is_holiday(first - timedelta(days=1)) and _named(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while cc.is_holiday(last + timedelta(days=1)) and _named(last + timedelta(days=1)):
        last += timedelta(days=1)
    # a short holiday takes the weekend beside it, which the package leaves unnamed (清明
    # 2016: the 4th named, the 2nd and 3rd a weekend; the schedule gave 4月2日至4日, 3 days)
    # (端午 2015: the 20th and 22nd named, the Sunday between them unnamed)
    while (last - first).days < _SHORT_HOLIDAY_DAYS - 1:
        if _weekend_off(first - timedelta(days=1)):
            first -= timedelta(days=1)
        elif _weekend_off(last + timedelta(days=1)) or (
                _weekend_off(last) and _holiday_of(last + timedelta(days=1), target.value)):
            last += timedelta(days=1)
        else:
            break
    return first, last


#: the years before the package's data (1999-2003) whose holidays were fixed weeks: 国庆
#: and 五一 from the 1st of the month, 春节 from the first day of the lunar year, seven days
#: each (the 黄金周 schedule of 1999, as the State Council kept it until 2007); 元旦 one day
_GOLDEN_WEEK_YEARS = (1999, 2004)
_GOLDEN_WEEKS = {"national_day": 7, "labour_day": 7, "spring_festival": 7, "new_years_day": 1}


#: the official holidays of several days off, the "长假" of the press (春节, 国庆, and the
#: 五一 weeks), and all of them (a 小长假 may be any)
LONG_HOLIDAYS = ("spring_festival", "national_day", "labour_day")
ALL_HOLIDAYS = ("new_years_day", "spring_festival", "tomb_sweeping_day", "labour_day",
                "dragon_boat_festival", "mid_autumn_festival", "national_day")


def recent_holiday(reference: date, holidays: tuple[str, ...] = ALL_HOLIDAYS,
                   within: int = 10) -> tuple[date, date] | None:
    """The days off of the official holiday among ``holidays`` that a release of
    ``reference`` looks back on: the one that contains ``reference`` or ended at most
    ``within`` days before it (长假期间 in a report of 8 October: the National Day
    holiday); None when none did (or the calendar has no data)."""
    best: tuple[date, date] | None = None
    for year in (reference.year, reference.year - 1):
        for name in holidays:
            try:
                span = holiday_span(name, year)
            except (ValueError, NotImplementedError):
                continue
            if span is None:
                continue
            first, last = span
            if first <= reference and (reference - last).days <= within:
                if best is None or last > best[1]:
                    best = span
    return best


def festival_day(holiday: str, year: int, first_off: date) -> date:
    """The festival's own day in ``year`` (10月1日 for 国庆, the lunar new year for 春节),
    else ``first_off``, the first day off of its holiday."""
    if holiday in _ANCHOR_DAYS:
        return date(year, *_ANCHOR_DAYS[holiday])
    if holiday == "spring_festival":
        return lunar_new_year(year)
    if holiday in _LUNAR_DAYS:  # 端午 (5/5), 中秋 (8/15): their lunar days
        return _lunar_day(year, *_LUNAR_DAYS[holiday])
    return first_off


#: the lunar (month, day) of the festivals whose holiday is around them
_LUNAR_DAYS = {"dragon_boat_festival": (5, 5), "mid_autumn_festival": (8, 15)}


def _golden_week(holiday: str, year: int) -> tuple[date, date] | None:
    """The fixed holiday week of ``holiday`` in ``year`` (1999-2003), if it had one."""
    if holiday == "spring_festival":
        first = lunar_new_year(year)
    elif holiday == "labour_day" and year < 2000:
        return None  # (五一's week began in 2000)
    else:
        first = date(year, *_ANCHOR_DAYS[holiday])
    return first, first + timedelta(days=_GOLDEN_WEEKS[holiday] - 1)


#: the days a short holiday (元旦, 清明, 端午, 中秋) lasts with its weekend
_SHORT_HOLIDAY_DAYS = 3


def _holiday_of(d: date, name: str) -> bool:
    """True when ``d`` is a day off of the holiday named ``name``."""
    import chinese_calendar as cc

    try:
        on, named = cc.get_holiday_detail(d)
    except NotImplementedError:
        return False
    return bool(on) and named == name


def _weekend_off(d: date) -> bool:
    """True for a Saturday or Sunday off that no holiday names."""
    import chinese_calendar as cc

    try:
        return d.weekday() >= 5 and cc.is_holiday(d) and cc.get_holiday_detail(d)[1] is None
    except NotImplementedError:
        return False


def _named(d: date) -> bool:
    import chinese_calendar as cc

    try:
        return cc.get_holiday_detail(d)[1] is not None
    except NotImplementedError:
        return False


@lru_cache(maxsize=256)
def lunar_new_year(year: int) -> date:
    """The solar date of 春节 (first day of the first lunar month) of ``year``."""
    return _lunar_day(year, 1, 1)


def _lunar_day(year: int, month: int, day: int) -> date:
    """The solar date of lunar ``month``/``day`` in the lunar year starting in ``year``."""
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def summer_travel_span(year: int) -> tuple[date, date]:
    """The railway's summer travel season (暑运) of ``year``: 1 July to 31 August."""
    return date(year, 7, 1), date(year, 8, 31)


def spring_travel_span(year: int) -> tuple[date, date]:
    """The 40 days of the 春运 season of ``year`` (starting 15 days before 春节)."""
    start = lunar_new_year(year) - timedelta(days=SPRING_TRAVEL_LEAD)
    return start, start + timedelta(days=SPRING_TRAVEL_DAYS - 1)


__all__ = [
    "SPRING_TRAVEL_DAYS",
    "SPRING_TRAVEL_LEAD",
    "holiday_span",
    "lunar_new_year",
    "spring_travel_span",
]
