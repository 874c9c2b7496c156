"""Relation extraction: turn recognized quantities into :class:`~pressie.model.Fact` records.

The grammar of the genre (extraction-spec.md sections 2 and 4):

* a statistic is written ``[period][scope][filler][verb][object][number]``
  (``2020年,全区公安机关共破获各类刑事案件36239起``) or with the object after the number
  (``共打掉3644个涉黑组织``): the metric is the verb plus the object, as written, without the
  scope, the period, the number and filler adverbs;
* a change follows its level (``…377起,同比下降7.8%``), distributes over a list
  (``同比分别下降7.8%、8.6%和33.2%``), compares with a baseline (``较去年(1469起)相比多破1712起``,
  ``从2018年的0.34%下降到0.06%``) or stands alone with its own subject
  (``侵犯公民个人信息案件发案同比下降9.1个百分点``: a change-only fact);
* a coordinated list shares its verb (``检查车辆78万余台次、人员100万余人次``), ``其中`` opens
  sub-counts, a rate noun gets its own fact (``5824名目标在逃人员到案率99%``);
* counts inside the subject of another figure, enumeration sums, category thresholds and
  ranks are not facts.

All vocabulary lives in data files under ``pressie/lexicons/`` (``metric_verbs.txt``,
``metric_fillers.txt``, ``change_words.json``, ``scope_patterns.json``,
``relation_rules.json``).  The core, :func:`extract_facts` (also
:meth:`FactExtractor.extract`), is a pure function of the working text and the spans found
by the earlier components, run as stages over a per-call context (:mod:`.extractor` lists
them, one module each); the spaCy component :class:`RelationExtractor` is a thin wrapper
reading and writing ``Doc._`` attributes.
"""

from __future__ import annotations

from .component import RelationExtractor, make_relations
from .extractor import FactExtractor, extract_facts
from .lexicon import RelationLexicon
from .words import Boundaries

__all__ = [
    "Boundaries",
    "FactExtractor",
    "RelationExtractor",
    "RelationLexicon",
    "extract_facts",
    "make_relations",
]
