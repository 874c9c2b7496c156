"""The release's own region: title, outlet, host city and a national lead."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import QUOTED_NAME
from .lexicon import NATIONAL, Lexicon, Place, default_lexicon
from .places import _Cand, _PlaceMatch

# ---- region ---------------------------------------------------------------------------

#: a line with at least six Han characters (as lexicon._is_han tests them)
_SIX_HAN = re.compile("(?:[^\u4e00-\u9fff]*+[\u4e00-\u9fff]){6}")


#: a breadcrumb line (您现在的位置:首页>>新闻>>正文, 当前位置: 首页 > 警务动态)
_BREADCRUMB = re.compile(r"(?:现在|当前)(?:的)?位置|>>\s*正文\s*$")

#: a reporter's line (…记者 孙佃潇 北京报道), whose place is where the reporter stood
_BYLINE = re.compile(r"记者[^。！？!?，,;；]{0,20}(?:报道|采写|摄影|摄)$")


def _guess_title(text: str) -> str:
    lines = text.splitlines()[:12]
    # (您现在的位置:三秦游网>>旅游资讯>>正文: the page's chrome ends at its breadcrumb; the
    # title is written after it, not in the banners before it)
    crumb = next((k for k, line in enumerate(lines[:8]) if _BREADCRUMB.search(line)), -1)
    for line in lines[crumb + 1:crumb + 9]:
        line = line.strip()
        if (
            _SIX_HAN.match(line)
            and ">" not in line and "位置" not in line and "http" not in line
            and not _BYLINE.search(line)  # 海报新闻记者 孙佃潇 北京报道: no title
            and not line.startswith(_SOURCE_WORDS)  # 来源:人民网-安徽频道: no title
        ):
            return line
    return text[:80]


#: a heading line: short, no sentence inside it, no space (凌海市人民检察院检察长 张三 is a
#: speaker's line)
_HEADING_LINE = re.compile(r"[^\n。！？!?，,;；:：\s]{6,40}")


def _subtitle(text: str, t_end: int) -> tuple[int, int] | None:
    """The span of the heading line among the three lines of text after the title's, if
    one is (six Han characters or more, no sentence or clause mark, no space, no byline)."""
    pos = text.find("\n", t_end)
    seen = 0
    while pos >= 0 and seen < 3:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1:end]
        body = line.strip()
        if body:
            seen += 1
            if (_HEADING_LINE.fullmatch(body) and _SIX_HAN.match(body)
                    and not _BYLINE.search(body) and not body.startswith(_SOURCE_WORDS)):
                k = pos + 1 + line.find(body)
                return k, k + len(body)
        pos = end if end < len(text) else -1
    return None


#: a news dateline's date right after its place (乌鲁木齐7月12日电, 长沙十月九日讯)
_DATELINE_AFTER = re.compile(
    # (中新网内蒙古新闻2月19日电: a regional channel's name, then the day)
    r"(?:新闻|频道)?\s?[0-9一二三四五六七八九十〇]{1,3}月[0-9一二三四五六七八九十〇]{1,3}日"
    r"(?:电|讯|消息)")


def _menu_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that are navigation menus
    (:meth:`pressie.structure_rules.StructureRules.is_menu`)."""
    from ..structure_rules import StructureRules

    rules = StructureRules.default()
    spans = []
    start = 0
    for line in text.split("\n"):
        if ("|" in line or "｜" in line) and rules.is_menu(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans



def detect_region(
    text: str,
    places: list[_PlaceMatch],
    explicit_agencies: list[tuple[_Cand, _PlaceMatch]],
    lex: Lexicon,
    title: str | None = None,
) -> str | None:
    """The release's own region: 中国 for a national release, else a province or city name.

    The title decides first (公安部/国新办 -> 中国; a named place or a place-prefixed agency);
    otherwise provinces are scored by place-prefixed agency names (x3), source/footer lines
    (x3) and place mentions (x1), under the constraint of an abbreviated title agency
    (自治区公安厅 -> an autonomous region, 省公安厅 -> a 省).
    """
    events = tuple(lex.location_rules.get("event_suffixes", ()))
    if events:
        # 对可能威胁北京奥运会安全的…: a place naming an event names no region, unless
        # no other place is named (北京冬奥会期间,全市公安机关…: the host city's release)
        # (上海“世博会”: the event's name may stand in quotes)
        others = [pm for pm in places if not text.startswith(
            events, pm.end + (text[pm.end:pm.end + 1] in ("“", "\"", "「")))]
        if others:
            places = others
    if "|" in text or "｜" in text:
        # 首页| 滚动| 国内| …| 港澳| 台湾: a navigation menu's places name no region
        menus = _menu_spans(text)
        if menus:
            places = [pm for pm in places if not any(a <= pm.start < b for a, b in menus)]
    # (江西省南昌市公安局一行来镇考察…: a visiting body is hosted, it reports nothing; nor
    # does the place its name holds)
    visitors = [c for c, _pm in explicit_agencies if _VISITORS.match(text, c.end)]
    if visitors:
        explicit_agencies = [(c, pm) for c, pm in explicit_agencies if c not in visitors]
        places = [pm for pm in places
                  if not any(v.start <= pm.start < v.end for v in visitors)]
    title = title or _guess_title(text)
    t_start = text.find(title) if title else -1
    t_end = t_start + len(title) if t_start >= 0 else -1
    past = tuple(lex.location_rules.get("past_event_suffixes", ()))
    if past:
        # (…如7月1日香港回归祖国…: a past event's place in the body names no region; a
        # title's (香港回归纪念日安保…) still does)
        places = [pm for pm in places if not text.startswith(past, pm.end)
                  or t_start <= pm.start < t_end]
    # (a flattened page's long first line is no title for this test)
    # (nor is a lead sentence standing first: 犯罪嫌疑人刘某已潜逃18年。因为…)
    short_title = (title if title and len(title) <= 80 and "。" not in title.rstrip("。")
                   else "")
    # 公安部, 国新办, 国家禁毒办 … in the title (national_bodies)
    # (根据公安部统一部署,浙江省公安厅…: the ministry deploys, the release is the province's)
    national = next((m for m in _any_of(tuple(lex.location_rules.get("national_bodies", ())))
                     .finditer(short_title) if not deployed_by(short_title, m.start())), None)
    if title and not short_title and _national_lead(text, lex, t_start):
        return NATIONAL  # a page flattened to one line: its lead is its first words
    # (中新社乌鲁木齐7月12日电 as the first line: the dateline's city is where the news was
    # sent from, no place the title names)
    in_title = [pm for pm in places if t_start <= pm.start < t_end
                and not _DATELINE_AFTER.match(text, pm.end)
                and not deployed_by(text, pm.start)]
    # (根据合肥市公安局统一部署,巢湖市公安局…: the superior deploying the release's body is
    # not the release's)
    title_agencies = [(c, pm) for c, pm in explicit_agencies if t_start <= c.start < t_end
                      and not deployed_by(text, c.start)]
    if not in_title and not title_agencies and not national and short_title and t_end >= 0:
        # 五年(2017年-2021年)检察工作报告 / 武汉市江岸区人民检察院工作报告: a title naming no
        # place, over a heading line that names the body
        sub = _subtitle(text, t_end)
        if sub is not None:
            sub_places = [pm for pm in places if sub[0] <= pm.start < sub[1]]
            sub_agencies = [(c, pm) for c, pm in explicit_agencies if sub[0] <= c.start < sub[1]]
            if sub_places or sub_agencies:
                t_start, t_end = sub
                # (a place chain of the heading gives its most specific place: 武汉市江岸区)
                in_title, title_agencies = sub_places, [] if sub_places else sub_agencies
    first_place = min(
        [pm.start for pm in in_title] + [c.start for c, _ in title_agencies], default=None
    )
    if national and (first_place is None or national.start() < first_place - t_start):
        return NATIONAL
    if first_place is None and _national_lead(text, lex, t_end):
        return NATIONAL
    if first_place is None and short_title and _NATIONAL_TITLE.search(short_title):
        return NATIONAL  # 全国铁路公安暑运期间查获在逃人员8208名: a national count
    host = (
        _host_place(text, places, lex, t_end) if first_place is None
        # a flattened lead is no title: a host it names wins (…记者从醴陵市…新闻通报会获悉)
        else _host_place(text, places, lex, t_start) if title and not short_title
        else None
    )
    if host is not None:
        return host
    for cand, pm in sorted(title_agencies, key=lambda x: x[0].start):
        if (pm.last.level in ("prefecture", "county")
                and cand.canonical.startswith(pm.canonical)):
            # (a city's or a county's own body: 邵阳县公安局禁毒大队 -> 邵阳市邵阳县)
            return _title_place(pm, lex)
        prov = lex.province_of(pm.places[0])
        if prov:
            return prov.name
    ordered = sorted(in_title, key=lambda m: m.start)
    for k, pm in enumerate(ordered):
        prov = lex.province_of(pm.places[0])
        if prov:
            if pm.last.level == "province" and text[pm.end:pm.end + 1] in _TAG_MARKS:
                # 湖南:龙山县森林保护…: the province tags the news of a place inside it
                inner = next((q for q in ordered[k + 1:] if lex.province_of(q.places[0]) == prov
                              and q.last.level in ("prefecture", "county")), None)
                if inner is not None:
                    return _division_name(inner.last, lex)
            return _title_place(pm, lex) or prov.name
    want = None
    if title and re.search("自治区", title):
        want = "自治区"
    elif title and re.search("(?<![全本我各])省", title):
        want = "省"
    scores: Counter[str] = Counter()
    source_lines = [
        m.span() for m in _SOURCE_LINE.finditer(text)
    ] if any(w in text for w in _SOURCE_WORDS) else []
    for pm in places:
        prov = lex.province_of(pm.places[0])
        if prov is None:
            continue
        weight = 3 if any(a <= pm.start < b for a, b in source_lines) else 1
        scores[prov.name] += weight
    for _cand, pm in explicit_agencies:
        prov = lex.province_of(pm.places[0])
        if prov is not None:
            scores[prov.name] += 3
    for name, _score in scores.most_common():
        if want is None or name.endswith(want):
            return _own_level_place(text, places, lex, name) or name
    outlet = _outlet_place(text, places, lex)
    if outlet is None and "全国" in text[max(t_end, 0) : max(t_end, 0) + 300]:
        return NATIONAL  # no place at all, and the lead speaks of the whole country
    if outlet is None:
        # 警务处处长…表示: a region's own police body, named without the region
        bodies: dict[str, str] = lex.location_rules.get("region_bodies", {})
        found = [(k, region) for body, region in bodies.items()
                 if (k := _body_at(text, body)) >= 0]
        if found:
            return min(found)[1]
    return outlet


#: a body named as a visiting party (…公安局一行来镇考察): it is hosted, not reporting (not
#: 统一行动, nor its own leaders' tour: …局长张三一行到派出所检查指导)
_VISITORS = re.compile(
    r"[^,，。;；\n]{0,8}?(?<![统逐同唯第])一行(?:[0-9一二三四五六七八九十]{1,3}人)?"
    r"(?:来|到|赴|莅临|前来)[^,，。;；\n]{0,12}?(?:考察|调研|交流|学习|参观|观摩)")


#: the mark after a province that tags a title's news (湖南:龙山县…)
_TAG_MARKS = (":", "：")


#: a source or footer line (来源: …, 主办: …), searched for only in a text holding one of
#: its words
_SOURCE_WORDS = ("来源", "网站管理", "主办", "版权所有")
_SOURCE_LINE = re.compile(rf"(?m)^.*(?:{'|'.join(_SOURCE_WORDS)}).*$")


def _outlet_place(text: str, places: list[_PlaceMatch], lex: Lexicon) -> str | None:
    """The place of a regional outlet the release opens with (湖南日报3月13日讯 -> 湖南省).

    A place inside an outlet's name is no LOCATION entity (spec 5), so the outlet's name is
    looked up here on its own: the 2-5 characters before an outlet suffix in the first 200
    characters, longest first.
    """
    suffixes = lex.location_rules.get("outlet_suffixes", ())
    if not suffixes:
        return None
    for m in _outlet_pattern(tuple(suffixes)).finditer(text[:200]):
        head = m.group(1)
        for length in range(len(head), 1, -1):
            for surf in lex.surfaces.get(head[:length], ()):
                if surf.place.level in ("province", "prefecture"):
                    pm = _PlaceMatch(m.start(1), m.start(1) + length, [surf.place], surf.short)
                    prov = lex.province_of(surf.place)
                    return _title_place(pm, lex) or (prov.name if prov else None)
    return None


@lru_cache(maxsize=8)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` (the first that matches, in their order); nothing when none."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=8)
def _outlet_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """2-5 Han characters before one of the outlet ``suffixes`` (longest first)."""
    alt = "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True)))
    return re.compile(rf"([\u4e00-\u9fff]{{2,5}})(?:{alt})")


def _in_province(pm: _PlaceMatch, lex: Lexicon, province: str) -> bool:
    """True when the place ``pm`` names lies in the province named ``province``."""
    p = lex.province_of(pm.places[0])
    return p is not None and p.name == province


def _own_level_place(
    text: str, places: list[_PlaceMatch], lex: Lexicon, province: str
) -> str | None:
    """The one city or county of ``province`` that a release names when it speaks of its own
    area with a city's or a county's words and never with a province's
    (``locations_rules.json`` ``own_level_words``): 陽江境內…全市 -> 阳江市."""
    words = lex.location_rules.get("own_level_words", {})
    if not words:
        return None
    # (“全省平安建设先进市”: a province's words inside a quoted title are no speaker's own)
    unquoted = QUOTED_NAME.sub("", text) if "“" in text else text
    # (居全省前列, 全省第一: a city ranking itself in its province speaks of the city)
    unranked = _RANKED_IN.sub("", unquoted) if "全省" in unquoted else unquoted
    provincial = sum(unranked.count(w) for w in words.get("province", ()))
    for level in ("county", "prefecture"):
        own = sum(text.count(w) for w in words.get(level, ()))
        if not own:
            continue
        named = Counter(
            _title_place(pm, lex)
            for pm in places if pm.last.level == level and _in_province(pm, lex, province)
        )
        named.pop(None, None)
        if provincial and own < 3 * provincial and not (
                # (one city named again and again, its own words outnumbering the
                # province's: 蚌埠市…全市…全市…全市 beside 全省 and 省委 once each)
                len(named) == 1 and max(named.values()) >= 5 and own > provincial):
            return None  # (按照省公安厅部署 once in a city's release of 全市…全市…全市)
        found = set(named)
        if level == "prefecture" and len(found) <= 1:
            # (凌海市人民检察院检察长…在锦州市检察院的正确领导下…全市: a county-level city's
            # own body in the lead makes the release that city's, under its prefecture)
            lead_cities = {
                _division_name(pm.last, lex) for pm in places
                if pm.last.level == "county" and pm.last.name.endswith("市")
                and _in_province(pm, lex, province) and _police_in_lead(text, pm.last.name)
                and (not found or pm.last.parent in found)
                # (南通警方…如皋市公安局: the prefecture's own words come first)
                and _first_body(text, pm.last.name) < _first_name(text, pm.last.parent, lex)
            }
            if len(lead_cities) == 1:
                return lead_cities.pop()
        if len(found) == 1:
            return found.pop()
        if not found and level == "prefecture":
            # (全市…无为县局…繁昌县局…: a city's release naming only its counties is the
            # city the counties all belong to)
            counties = {
                pm.last for pm in places
                if pm.last.level == "county" and _in_province(pm, lex, province)
            }
            cities = {c.name for c in counties
                      if c.name.endswith("市") and _police_in_lead(text, c.name)}
            if len(counties) == 1 and cities:
                # (延吉市公安局…全市: a county-level city's own police speak of it as 全市)
                return cities.pop()
            parents = {c.parent for c in counties}
            if len(parents) == 1:
                parent = lex.places_by_name.get(parents.pop(), [])
                if parent and parent[0].level == "prefecture":
                    return parent[0].name
        if level == "county" and len(found) > 1:
            continue  # (无为县局…繁昌县局 in a release of 全市: the counties' city, below)
        return None
    # (相城区人民检察院…相城区…: a release naming one county or city of the province, and
    # never the province itself, is that county's or city's)
    mine = [pm for pm in places
            if (p := lex.province_of(pm.places[0])) is not None and p.name == province]
    if mine and all(pm.last.level in ("county", "prefecture") for pm in mine):
        found = {_title_place(pm, lex) for pm in mine}
        if len(found) == 1:
            return found.pop()
    return None


#: a province named only to rank the release's own area in it (居全省前列, 全省第一, 位列全省)
_RANKED_IN = re.compile(
    r"(?:居|位居|位列|列|排名|名列)全省|全省(?:前列|第[一二三四五六七八九十0-9]|领先|首位|排名)"
)


def _body_at(text: str, body: str) -> int:
    """Where ``body`` is first written as a name, not inside a longer word (警务处 in 警务
    处置 / 警务处理 is no body); -1 if nowhere."""
    k = text.find(body)
    while k >= 0 and text[k + len(body):k + len(body) + 1] in ("置", "理"):
        k = text.find(body, k + 1)
    return k


def _first_body(text: str, city: str) -> int:
    """Where a county-level city's own police, procuratorate or court is first written."""
    found = [k for name in _bodies(city) if (k := text.find(name)) >= 0]
    return min(found, default=len(text))


def _first_name(text: str, prefecture: str, lex: Lexicon) -> int:
    """Where a prefecture's name is first written, in full or by a short name the places
    lexicon knows (锦州市 / 锦州, 延边朝鲜族自治州 / 延边州 / 延边)."""
    names = {prefecture}
    if prefecture.endswith("市") and len(prefecture) > 2:
        names.add(prefecture[:-1])
    names.update(_short_names(lex, prefecture))
    found = [k for n in names if (k := _first_own(text, n)) >= 0]
    return min(found, default=len(text))


#: a superior body's deployment the release acts on (根据合肥市公安局统一部署)
_DEPLOYED_BY = ("根据", "按照", "依据", "遵照")


def deployed_by(text: str, start: int) -> bool:
    """True when the body or place at ``start`` is the superior whose deployment the release
    acts on: written right after 根据/按照 (根据合肥市公安局统一部署)."""
    return text.endswith(_DEPLOYED_BY, max(0, start - 2), start)


def _first_own(text: str, name: str) -> int:
    """Where ``name`` is first written other than as the superior whose deployment the
    release acts on (根据合肥市公安局统一部署,巢湖市公安局…); -1 if nowhere."""
    k = text.find(name)
    while k >= 0 and deployed_by(text, k):
        k = text.find(name, k + 1)
    return k


def _short_names(lex: Lexicon, name: str) -> list[str]:
    """The short written forms of the place ``name`` in the places lexicon."""
    return [surface for surface, entries in lex.surfaces.items()
            if surface != name and any(e.place.name == name and e.short for e in entries)]


def _bodies(city: str) -> tuple[str, ...]:
    """A county-level city's own bodies: 延吉市公安局, 迁安警方, 凌海市人民检察院, …法院."""
    return (city + "公安局", city[:-1] + "警方", city + "人民检察院", city + "人民法院")


def _police_in_lead(text: str, city: str, lead: int = 300) -> bool:
    """True when a county-level city's own police, procuratorate or court (延吉市公安局,
    迁安警方, 凌海市人民检察院) are written in the first ``lead`` characters."""
    return any(0 <= text.find(name, 0, lead + len(name)) < lead for name in _bodies(city))


def _title_place(pm: _PlaceMatch, lex: Lexicon) -> str | None:
    """A city's or county's release is the city or county (徐州市, 鄂尔多斯市准格尔旗), not its
    province: the most specific place of a title's first place chain below the province."""
    last = pm.last
    if last.level in ("prefecture", "county"):
        return _division_name(last, lex)
    return None


def _division_name(place: Place, lex: Lexicon) -> str:
    """A city's or county's region name: a county-level place under its prefecture
    (鄂尔多斯市准格尔旗) or its municipality (重庆市开州区), any other place by its own name."""
    if place.level == "county":
        parent = lex.places_by_name.get(place.parent, [])
        if parent and (parent[0].level == "prefecture" or (
                # (开州区 under 重庆市: a municipality's district under its city, as the
                # corpus writes it, 重庆市开州区)
                parent[0].level == "province" and parent[0].name.endswith("市"))):
            return parent[0].name + place.name
    return place.name


_HOSTS = re.compile(
    r"(?:市|州|县|区)?(?:公安局|公安分局|公安厅|人民政府|政府|法院|检察院)?(?:召开|举行|举办)"
    # 醴陵市2023年禁毒工作新闻通报会: the place names the briefing
    r"|(?:[0-9]{4}年)?[\u4e00-\u9fff“”]{0,12}?(?:新闻发布会|新闻通报会|新闻通气会)"
)


def _host_place(text: str, places: list[_PlaceMatch], lex: Lexicon, after: int) -> str | None:
    """A city or county that holds the press conference in the lead (日照市召开新闻发布会,
    四川阿坝州公安局召开…) is the release region, when the title names no place."""
    lo = max(after, 0)
    for pm in places:
        if pm.start < lo:
            continue
        if pm.start > lo + 300:
            break
        if pm.last.level in ("prefecture", "county") and _HOSTS.match(text, pm.end):
            return _title_place(pm, lex)
    return None


#: a title counting for the whole country (全国公安机关…, 全国铁路公安…, 全国共…): 全国 with
#: a body or a count after it, not inside quotes (not a rank or an honour: 全国第一, 全国“最美…”)
_NATIONAL_TITLE = re.compile(
    r"^[^“\"「]{0,12}全国(?:公安|铁路公安|民航公安|各级|检察|法院|交警|交管|出入境|移民|边检"
    r"|消防|禁毒|共|累计|机动车|道路交通"
    # (全国侦破电信网络诈骗案件37.1万起: a national count led by its verb)
    r"|侦破|破获|查处|打掉|抓获|查获|发生|共有|缴获)")


def _national_lead(text: str, lex: Lexicon, after: int) -> bool:
    """A national release by its lead: a 北京 dateline of a national outlet (新华社北京5月27日电)
    or a national body reporting in the first sentences (记者从公安部获悉, 全国扫黑办…)."""
    rules = lex.location_rules
    lead = text[max(after, 0) : max(after, 0) + 300]
    outlets = rules.get("national_datelines", [])
    # (each pattern is searched only where what every match of it holds is there: 北京, a
    # national body's name; a few substring tests instead of a search at every position)
    if outlets and "北京" in lead and _dateline_pattern(tuple(outlets)).search(lead):
        return True
    bodies = rules.get("national_bodies", [])
    first = text[max(after, 0) : max(after, 0) + 400]
    return (
        any(body in first for body in bodies)
        and _body_pattern(tuple(bodies)).search(first) is not None
    )


@lru_cache(maxsize=8)
def _dateline_pattern(outlets: tuple[str, ...]) -> re.Pattern[str]:
    """A national outlet's 北京 dateline (新华社北京5月27日电)."""
    outlet_re = "|".join(map(re.escape, outlets))
    return re.compile(rf"(?:{outlet_re})[^。\n]{{0,12}}北京\d{{1,2}}月\d{{1,2}}日[电讯]")


@lru_cache(maxsize=8)
def _body_pattern(bodies: tuple[str, ...]) -> re.Pattern[str]:
    """A national body reporting (记者从公安部获悉, 据公安部网站消息)."""
    body_re = "|".join(map(re.escape, bodies))
    # (据公安部网站消息; 据公安部出入境管理局统计; 自2010年7月公安部组织全国公安机关开展…:
    # the ministry leading the whole country, not 根据公安部部署, orders a region follows)
    verbs = "获悉|了解到|召开|举行|通报|发布|介绍|披露|公布|消息|统计"
    return re.compile(
        # (据公安部门统计: 公安部门 are the police departments, no 公安部)
        rf"(?:从|据|^|[。，,\n 】」]|中国)(?:{body_re})(?!门)[^。，,;；]{{0,8}}?(?:{verbs})"
        rf"|(?:^|[。，,\n]|[0-9]月)(?:{body_re})(?:组织|部署|统一部署)全国"
    )


def region_name(canonical: str, lex: Lexicon | None = None) -> str:
    """A place chain's region without its province (江西省南昌市 -> 南昌市, 内蒙古自治区满洲里市
    -> 呼伦贝尔市满洲里市: a county-level place under its prefecture); other names as they
    are (a municipality keeps its name: 重庆市渝北区)."""
    lex = lex or default_lexicon()
    prov = next((p for p in lex.provinces if canonical.startswith(p)
                 and p.endswith(("省", "自治区")) and len(canonical) > len(p)), None)
    if prov is None:
        # (龙山县 alone: a county-level place of one name only, under its prefecture)
        found = lex.places_by_name.get(canonical, [])
        if len(found) == 1 and found[0].level == "county":
            return _division_name(found[0], lex)
        return canonical
    rest = canonical[len(prov):]
    found = [p for p in lex.places_by_name.get(rest, [])
             if getattr(lex.province_of(p), "name", None) == prov]
    if not found:
        # (湖北省武汉市江岸区: a chain below the province keeps its prefecture and county)
        head = any(q.level == "prefecture" and q.parent == prov
                   for k in range(2, min(len(rest), 9) + 1)
                   for q in lex.places_by_name.get(rest[:k], []))
        return rest if head else canonical
    return _division_name(found[0], lex)
