"""Character classes and small patterns shared by the relation stages."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff]")
#: a run of Han characters only
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
# a character that starts a second figure right after 以上/以下 (a range, not a value)
_RANGE_NEXT = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两")
_RANGE_ENDS = ("以上", "以下")
_SENT_END = "。！？!?\n"
_PREPOSITIONS = frozenset("从向对在由经据为给把将与和")
_SPACES = re.compile(r"\s+")
# characters _clean may change: whitespace and opening parentheses
_DIRTY = re.compile(r"[\s(（]")
#: what stands between two items of a list of figures (7.4%、2.9%; 29.2%、11.9%、和1.6%)
LIST_GAPS = frozenset({"、", "和", "及", "、和", "、及"})
_PLACE_LIST = re.compile(r"(?:[、和及与][^、和及与,，。;；:：\s]{1,8})+")
#: a list of short names before a count (在天津、成都、苏州|三地); not one starting right
#: after a figure (制毒窝点1个、藏毒窝点|2个: 个 is that figure's classifier)
_ENUM = re.compile(r"(?<![0-9.])(?:[\u4e00-\u9fff]{1,6}[、,])+[\u4e00-\u9fff]{1,6}$")
_PAREN = re.compile(r"[(（][^()（）]{0,60}[)）]")


#: 比较 as an adverb (群众反映比较强烈): no comparison, unless a time follows it
_RATHER = re.compile(r"比较(?!去年|上年|前年|同期|上月|上周|上季度|[0-9]{4}年)")
#: 较 as an adverb of a category or a degree (较大事故, 较为明显, 较多)
_JIAO_DEGREE = re.compile(r"较(?:大|小|多|少|高|低|好|为|重|严重|明显|快|慢|强|弱)")


def jiao_adverb(text: str, k: int) -> bool:
    """True when the 较 at ``text[k]`` is an adverb (比较强烈, 较大事故), no comparison marker."""
    return bool((k > 0 and _RATHER.match(text, k - 1)) or _JIAO_DEGREE.match(text, k))


def bi_adverb(text: str, k: int) -> bool:
    """True when the 比 at ``text[k]`` opens the adverb 比较 (比较强烈), no comparison."""
    return _RATHER.match(text, k) is not None
