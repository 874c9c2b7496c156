"""Traditional and mixed script: the same facts as in simplified text, offsets into the input.

Mainland agencies publish traditional-script copies of their releases by machine conversion
(seed 003 is one).  For every seed and own document we convert the simplified text with
OpenCC (``s2t``, ``s2tw``, ``s2hk``) and check that pressie reads the converted text exactly
as it reads the original: same values, units, metrics, periods and changes, at offsets that
index the *traditional* string, with canonical names and metrics in simplified script.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

import pressie
from pressie.model import Document, Fact
from pressie.text import T2S_CHAIN, detect_script, normalize

ROOT = Path(__file__).resolve().parents[1]
SEED_PATHS = sorted((ROOT / "seeds").glob("*.txt"))
OWN_PATHS = sorted((ROOT / "tests" / "data" / "docs").glob("*.txt"))
ALL_PATHS = SEED_PATHS + OWN_PATHS
S2T = opencc.OpenCC("s2t")
TO_SIMPLIFIED = [opencc.OpenCC(name) for name in T2S_CHAIN]


def _simplified(text: str) -> str:
    for conv in TO_SIMPLIFIED:
        text = conv.convert(text)
    return text


def _offset_map(original: str, converted: str) -> list[int]:
    """Map offsets of ``original`` to ``converted`` (identity when the lengths agree).

    OpenCC's phrase conversion keeps every length we have seen; the map guards the test
    against a future dictionary that does not, by aligning on the unchanged characters.
    """
    if len(original) == len(converted):
        return list(range(len(original) + 1))
    from difflib import SequenceMatcher

    mapping = [0] * (len(original) + 1)
    matcher = SequenceMatcher(None, original, converted, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2 + 1):
            mapping[k] = j1 + (min(k - i1, j2 - j1) if tag != "equal" else k - i1)
    return mapping


def _fact_key(fact: Fact, omap: list[int]) -> tuple[object, ...]:
    """Everything about a fact that must not depend on the script, offsets mapped."""

    def q(x):  # type: ignore[no-untyped-def]
        if x is None:
            return None
        return (omap[x.start], omap[x.end], x.value, x.value_max, x.unit, x.approx, x.kind)

    period = fact.period
    change = fact.change
    return (
        fact.metric,
        q(fact.value),
        None if period is None else (period.date_start, period.date_end, period.inherited),
        None if period is None or period.start is None else (omap[period.start], omap[period.end]),
        None
        if change is None
        else (change.direction, change.basis, q(change.amount), q(change.baseline)),
        fact.scope is not None and _simplified(fact.scope),
        fact.region,
        fact.campaign,
        (omap[fact.sentence.start], omap[fact.sentence.end]),
    )


def _check_offsets(doc: Document, text: str) -> None:
    for qty in doc.quantities:
        assert text[qty.start : qty.end] == qty.text
    for ent in doc.entities:
        assert text[ent.start : ent.end] == ent.text
    for fact in doc.facts:
        spans = [fact.sentence, *fact.metric_spans]
        if fact.value is not None:
            spans.append(fact.value)
        if fact.period is not None and fact.period.start is not None:
            spans.append(fact.period)
        for span in spans:
            assert text[span.start : span.end] == span.text


@pytest.fixture(scope="module")
def simplified_docs() -> dict[str, Document]:
    return {p.name: pressie.extract(p.read_text(encoding="utf-8")) for p in SEED_PATHS}


# --------------------------------------------------------------------------- normalize


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: p.name[:7])
def test_normalize_restores_mainland_simplified(path: Path, config: str) -> None:
    """Every regional traditional conversion of a release normalizes to the same working text."""
    text = path.read_text(encoding="utf-8")
    converted = opencc.OpenCC(config).convert(text)
    assert len(converted) == len(text)
    assert normalize(converted) == normalize(text)


@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: p.name[:7])
def test_normalize_taiwan_copies_differ_only_in_zhe(path: Path) -> None:
    """``s2tw`` copies come back exactly except the ambiguous 着/著 (着力 -> 著力)."""
    text = path.read_text(encoding="utf-8")
    back = normalize(opencc.OpenCC("s2tw").convert(text))
    ref = normalize(text)
    assert {(a, b) for a, b in zip(ref, back) if a != b} <= {("着", "著")}


def test_normalize_keeps_length_on_phrase_rewrites() -> None:
    """``s2twp`` rewrites vocabulary (网络 -> 網路, 软件 -> 軟體); the length is still kept."""
    text = (SEED_PATHS[2]).read_text(encoding="utf-8")
    converted = opencc.OpenCC("s2twp").convert(text)
    assert len(normalize(converted)) == len(converted)


def test_normalize_maps_taiwan_and_hong_kong_variants() -> None:
    assert normalize("打擊整治工作取得了顯著成效") == "打击整治工作取得了显著成效"
    assert normalize("加強與衞生部門協作,設立服務枱") == "加强与卫生部门协作,设立服务台"
    assert normalize("破獲案件３６２起，同比下降１２．６％") == "破获案件362起,同比下降12.6%"


def test_detect_script_on_seeds_and_mixtures() -> None:
    seed3 = next(p for p in SEED_PATHS if p.name.startswith("003"))
    assert detect_script(seed3.read_text(encoding="utf-8")) == "traditional"
    text = SEED_PATHS[1].read_text(encoding="utf-8")
    assert detect_script(text) == "simplified"
    assert detect_script(S2T.convert(text)) == "traditional"
    half = len(text) // 2
    assert detect_script(S2T.convert(text[:half]) + text[half:]) == "mixed"


# --------------------------------------------------------------------------- pipeline


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.name[:3])
def test_traditional_seed_gives_the_same_facts(
    path: Path, simplified_docs: dict[str, Document]
) -> None:
    text = path.read_text(encoding="utf-8")
    trad = S2T.convert(text)
    original = simplified_docs[path.name]
    converted = pressie.extract(trad)

    assert converted.script == "traditional"
    assert converted.text == trad
    _check_offsets(converted, trad)
    omap = _offset_map(text, trad)
    identity = list(range(len(trad) + 1))
    assert [_fact_key(f, identity) for f in converted.facts] == [
        _fact_key(f, omap) for f in original.facts
    ]
    assert [(q.start, q.end, q.value, q.unit, q.kind) for q in converted.quantities] == [
        (omap[q.start], omap[q.end], q.value, q.unit, q.kind) for q in original.quantities
    ]
    assert [(e.label, e.canonical, e.year) for e in converted.entities] == [
        (e.label, e.canonical, e.year) for e in original.entities
    ]
    if original.title is None:
        assert converted.title is None
    else:
        assert converted.title is not None
        assert _simplified(converted.title) == _simplified(original.title)
    assert converted.published == original.published
    assert converted.reference_date == original.reference_date


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.name[:3])
def test_canonical_and_metric_are_simplified(
    path: Path, simplified_docs: dict[str, Document]
) -> None:
    trad = S2T.convert(path.read_text(encoding="utf-8"))
    doc = pressie.extract(trad)
    assert doc.facts, "a traditional release without facts would make this test vacuous"
    for ent in doc.entities:
        assert _simplified(ent.canonical) == ent.canonical, ent
    for fact in doc.facts:
        assert _simplified(fact.metric) == fact.metric, fact
        if fact.campaign is not None:
            assert _simplified(fact.campaign) == fact.campaign, fact
        # surface text is the caller's: traditional where the metric has convertible characters
        for span in fact.metric_spans:
            assert trad[span.start : span.end] == span.text


def test_seed_003_is_read_as_written() -> None:
    """The real traditional seed: surfaces stay traditional, facts carry simplified metrics."""
    path = next(p for p in SEED_PATHS if p.name.startswith("003"))
    text = path.read_text(encoding="utf-8")
    doc = pressie.extract(text)
    assert doc.script == "traditional"
    _check_offsets(doc, text)
    assert doc.facts
    surfaces = "".join(span.text for f in doc.facts for span in f.metric_spans)
    assert _simplified(surfaces) != surfaces  # the surfaces are traditional ...
    metrics = "".join(f.metric for f in doc.facts)
    assert _simplified(metrics) == metrics  # ... the metrics simplified


def test_mixed_script_sentence() -> None:
    simp = "2021年,全省公安机关共破获电信网络诈骗案件1.2万余起,同比上升8.5%。"
    mixed = "2021年,全省公安機關共破獲電信網絡詐騙案件1.2萬餘起,同比上升8.5%。"
    a, b = pressie.extract(simp), pressie.extract(mixed)
    assert b.facts
    assert [_fact_key(f, list(range(len(mixed) + 1))) for f in b.facts] == [
        _fact_key(f, list(range(len(simp) + 1))) for f in a.facts
    ]
    value = b.facts[0].value
    assert value is not None and value.text == "1.2萬餘起" and value.value == 12000


def test_offset_map_aligns_length_changes() -> None:
    """The test helper itself: offsets after a length-changing rewrite land on the same text."""
    original = "打击网络犯罪,破获案件12起"
    converted = "打擊網路與犯罪行為,破獲案件12起"
    omap = _offset_map(original, converted)
    start = original.index("12起")
    assert converted[omap[start] : omap[start + 3]] == "12起"
