"""Taiwan's (Republic of China) calendar years, as Taiwanese releases print them.

A release of a Taiwanese police or city government dates by the ROC era: 112年7月底 is
July 2023, 今(112)年 is this year 2023, 114年度 the year 2025 (ROC year + 1911).  The
period stages read four-digit years, so a Taiwanese text's ROC years are written as
Western years before extraction (:func:`western_years`), and every offset of the result
is mapped back into the caller's string afterwards (:func:`pressie.readings.restore_offsets`).

Only a text that names Taiwan's institutions or places (新臺幣, 警政署, 六都, a Taiwanese
city or county) is read this way; anywhere else (a mainland release counting 台湾居民 or
marking 抗战胜利80年) a year count stays as it is.
"""

from __future__ import annotations

import re

#: what marks a text as Taiwanese
_TAIWAN = re.compile(
    # (台湾 alone is no mark: a mainland release counts 台湾居民 too)
    r"新[臺台][幣币]|民[國国]\s?[0-9一二三四五六七八九十百]|警政署|六都"
    # (Taiwan's ministries and prosecutors: 法務部…地方檢察署, 海巡署, 立法院)
    r"|地[方]?[檢检](?:察)?署|海巡署|立法院|行政院|[內内]政部警政署"
    r"|(?:[臺台]北|新北|桃園|桃园|[臺台]中|[臺台]南|高雄|基隆|新竹|苗栗|彰化|南投|雲林|云林"
    r"|嘉義|嘉义|屏東|屏东|宜蘭|宜兰|花蓮|花莲|[臺台]東|[臺台]东|澎湖|金門|金门)[市縣县]"
)
#: an ROC year: 80-129 (1991-2040) before 年, not 年代; or a year in brackets after
#: 今/本/去 (今(112)年, 去（2025）年), written in place of the whole word
_D = "[0-9０-９]"
_ROC_YEAR = re.compile(
    rf"[今本去明前]?[(（]\s?((?:1[0-2]|[89]|１[０-２]|[８９]){_D}|(?:19|20){_D}{{2}})\s?[)）]"
    r"\s?(?=年(?!代))"
    # (112年, 112至113年: the first year of a range too; not 成立100年, 满80年)
    # (not after a thousands separator: 1,112年; after a clause's comma it is a year)
    rf"|(?<![0-9０-９.])(?<![0-9],)(?<![0-9]，)(?<!成立)(?<![满滿逾近])"
    rf"((?:1[0-2]|[89]|１[０-２]|[８９]){_D})"
    rf"(?=\s?年(?!代)|\s?(?:至|到|-|—|~)\s?(?:1[0-2]|[89]|１[０-２]|[８９]){_D}\s?年(?!代))"
)
#: the offset of the ROC era
ERA = 1911


def western_years(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its ROC years written as Western years, or ``None``.

    Returns:
        ``None`` when ``text`` is not Taiwanese or holds no ROC year; else
        ``(converted, positions)`` where ``positions[i]`` is the index in ``text`` of the
        character ``converted[i]`` stands for (a Western year's digits map onto the first
        character of what they replace, its last digit onto the last: a span over the year
        covers the whole written year, 今(112) included) and
        ``positions[len(converted)] == len(text)``.
    """
    if _TAIWAN.search(text) is None:
        return None
    pieces: list[str] = []
    positions: list[int] = []
    last = 0
    for m in _ROC_YEAR.finditer(text):
        a, b = m.span()
        year = int(m.group(1) or m.group(2))
        western = str(year + ERA if year < 1000 else year)
        pieces.append(text[last:a])
        positions.extend(range(last, a))
        pieces.append(western)
        # (the year's digits stand for all that they replace: a span over the year covers
        # the whole written year, brackets and 今 included)
        positions.extend([a] * (len(western) - 1) + [b - 1])
        last = b
    if last == 0:
        return None
    pieces.append(text[last:])
    positions.extend(range(last, len(text)))
    positions.append(len(text))
    return "".join(pieces), positions


__all__ = ["ERA", "western_years"]
