"""Component ``pressie_entities``: AGENCY, CAMPAIGN, PERSON, LOCATION and CASE mentions.

The work is done by :func:`find_entities`, a pure function over the working text (simplified
script, half-width digits, see :mod:`pressie.text`) that returns :class:`pressie.model.Entity`
objects with character offsets and canonical names (``extraction-spec.md`` section 5) plus the
release's own region (内蒙古自治区, 四川省, or 中国 for a national release).  The spaCy
component :class:`EntityRecognizer` is a thin wrapper: it matches the lexicon's agencies and
campaigns as token phrases (a :class:`spacy.matcher.PhraseMatcher`; a
:class:`spacy.pipeline.SpanRuler` once a user adds patterns), merges these matches with the
character-level patterns, writes ``doc._.pressie_entities`` and ``doc._.pressie_region`` and
fills ``doc.spans["pressie_entities"]`` / ``doc.ents`` where the mentions align with tokens.

Cost: the dictionary scans probe only offsets whose first two characters start a lexicon
entry (one regular-expression pass finds them), patterns that end with a fixed word
(…派出所) are tried only before it, and the spaCy side writes spans and ``doc.ents`` from
token offset arrays; ``python benchmarks/components.py`` measures the component.

Why character level: pkuseg segmentation often puts entity boundaries inside a token
(``通辽市冯强``, ``猎狐2019专项行动``), and the naming systems are productive
(X省公安厅刑侦总队, “7.17”…案, “云剑-2020”), so the recognizers are dictionary scans and
bounded regular expressions over ``doc.text``.  Every pattern and lexicon lives in
``pressie/lexicons`` (``locations*.tsv``, ``foreign_places.tsv``, ``campaigns*``,
``agencies*``, ``entity_*``); nothing here is keyed to a particular document.

Recognizers, in order:

* LOCATION — a longest-match scan over Chinese divisions (province / prefecture / county,
  generated from a maintained dataset by ``scripts/build_locations.py``), countries and the
  foreign places of the genre.  Short forms (河南, 通辽) stand alone only where they are
  unambiguous and not common words; a written chain (山东菏泽, 成都都江堰) is one entity with
  the full names joined (山东省菏泽市).  Below the county level there is no lexicon: a
  township and then a village (恩江镇, 西溪街道, 黄家溪村; ``locations_rules.json``) join a
  written county-level chain (江西省吉安市永丰县恩江镇) and are never recognized alone.
* AGENCY — national bodies from ``agencies.tsv``; region + department (山东省公安厅,
  呼和浩特市公安局, 四川省卫计委、生态环境厅 …); abbreviations resolved with the release's region
  (自治区禁毒办, 省厅, 市公安局, bare 公安厅); county-level abbreviations (县公安局, 区公安分局,
  县政府, 县局) and 我局 resolved with the release's own agency (:func:`detect_own_agency`: a
  place-named body in the title or a source / 发布 line); police sub-units (刑侦总队, 禁毒局,
  政工室, named 分局 and 派出所, two levels under a named 分局), units listed after the first
  one inheriting its bureau (交警大队、治安大队), any 公安部 + name + 局 / 中心 / 研究所 / 研究院
  (公安部物证鉴定中心, 公安部第三研究所); named 派出所 written alone
  (沙溪镇派出所, 、城北派出所); offices of leading groups and joint meetings; Party organs,
  mechanisms, command posts, generic plurals (各派出所, 基层派出所) and news outlets (X日报,
  X县融媒体中心) dropped.  District branches: X市公安局Y区分局 (+ up to two unit levels:
  分局政治处宣传科); a branch's release (its title / source line) names itself 分局, 本分局,
  我分局 and its stations (五马派出所) under its full name, its title's short form (鹿城公安分局)
  is an alias of the source line's official name, and its region is the district with its
  city (温州市鹿城区).  A city's release names its district branches by short name (思明分局,
  X分局 where X is a district of the release's city): they are the city bureau's branches
  (厦门市公安局思明分局); elsewhere a bare X分局 keeps its written name.  Non-police bodies
  take internal units (教育局安全科); 人民银行 branches are agencies (中国人民银行昆明中心支行);
  a body's app (国家反诈中心APP) is no mention.  Customs and coast guard bodies keep the place
  as written (福州海关缉私局, 福建海警局, 中国海警局), as do bureaus of zones (平潭综合实验区公安局,
  福州高新区公安分局: the zone's name is its own); the place inside is no LOCATION.  The 政府
  coordinated with a Party organ (自治区党委、政府, 市委市政府) is the region's 人民政府; the
  Party organ is no agency.
* Abbreviated names (``agencies_rules.json`` ``departments``): an abbreviation of a
  government department's current official name resolves to that name (市场监管局 →
  市场监督管理局, 卫健委 → 卫生健康委员会, 网信办 → 互联网信息办公室, 人社局, 住建局, 医保局,
  文旅局, 发改委, 工信厅), as the national ones do in ``agencies.tsv`` (国家卫健委 →
  国家卫生健康委员会).  The spec's usual-name rule keeps the names of coordinating committees
  and their offices (禁毒委, 禁毒办, 扫黑办, 国家禁毒办, 全国扫黑办: the abbreviation is how they
  are named) and of bodies merged away whose abbreviation is how releases refer to them
  (卫计委, 食药监局, seed gold); local bodies whose official name varies by place (金融监管局,
  城管局, 文广旅局) stay as written.
* LOCATION extras: a county short form before 辖区 / 公安分局 (鹿城辖区) when unique or in the
  release's region; a stop-listed short city listed next to a place of the same level
  (普洱、临沧两市).
* CAMPAIGN — quoted names followed by a campaign suffix (also several quoted names sharing
  one suffix), names introduced by 开展/实施, names with a glued year, and well-known national
  campaigns from ``campaigns.tsv``.  Days (110宣传日, 全民国家安全教育日) and quoted crime
  categories (“两抢一盗”) are no campaigns; weeks and months (集中办证周, 禁毒宣传月) are: a
  quoted name ending with a drive period (宣传月, 宣传周, 办证周 …) needs no suffix
  (“全民禁毒宣传月”期间), and 全民禁毒宣传月 is known unquoted.
* PERSON — names after a title (处长张志华), before an honorific (习近平总书记), in speaker
  lines (王海防:) and in lists of the form place + name (通辽市冯强、…); never anonymized names,
  and never a common word that starts with a surname character (民警平均到场, 局长高度重视,
  处长平安说明: ``entity_persons.json`` ``common_words``), as a name or a name's first two
  characters.
* CASE — a quoted date code followed by the case's description up to 案/专案.
"""

from .agencies import _station_matches as _station_matches  # (tests)
from .agencies import release_region
from .component import EntityRecognizer, make_entities
from .component import _ruler_patterns as _ruler_patterns  # (tests)
from .find import find_entities
from .lexicon import LEXICON_FILES as LEXICON_FILES
from .lexicon import Lexicon, Place, default_lexicon
from .region import detect_region

__all__ = [
    "EntityRecognizer",
    "Lexicon",
    "Place",
    "default_lexicon",
    "detect_region",
    "release_region",
    "find_entities",
    "make_entities",
]
