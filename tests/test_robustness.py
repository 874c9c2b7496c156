"""Bad and adversarial input: never an uncaught exception, never a hang, valid offsets, same output.

Every document pressie returns, whatever the input, must satisfy :func:`check_document`:
``doc.text`` is the input, every offset indexes it and re-cuts the reported surface text,
every value is finite, every fact's value stands in its sentence.  The cases are random
Unicode (hypothesis), genre fragments shuffled (hypothesis), and hand-written attacks on
the number parser, the sentence splitter and the regular expressions.  The full-size
attacks (5 MB) live in ``benchmarks/scaling.py``; here they are scaled to 100 KB.
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressie
from pressie.model import Document, Period, Quantity

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "docs").glob("*.txt")
)
#: ``PRESSIE_FUZZ=20 pytest tests/test_robustness.py`` runs twenty times the examples.
FUZZ = max(1, int(os.environ.get("PRESSIE_FUZZ", "1")))
SENTENCE = "2020年,全区公安机关共破获各类刑事案件36239起,同比上升5.2%。"


def _spans(doc: Document) -> Iterator[tuple[str, int, int, str]]:
    for q in doc.quantities:
        yield "quantity", q.start, q.end, q.text
    for e in doc.entities:
        yield "entity", e.start, e.end, e.text
    for s in doc.sections:
        yield "section", s.start, s.end, s.text
    for f in doc.facts:
        yield "sentence", f.sentence.start, f.sentence.end, f.sentence.text
        for m in f.metric_spans:
            yield "metric", m.start, m.end, m.text
        parts: list[Quantity | Period | None] = [f.value, f.period]
        if f.change is not None:
            parts += [f.change.amount, f.change.baseline, f.change.base_period]
        for p in parts:
            if p is not None and p.start is not None and p.end is not None:
                yield type(p).__name__, p.start, p.end, p.text


def _finite(q: Quantity | None) -> bool:
    if q is None:
        return True
    return math.isfinite(q.value) and (q.value_max is None or math.isfinite(q.value_max))


def check_document(doc: Document, text: str) -> None:
    """The invariants every Document must satisfy, whatever the input."""
    assert doc.text == text
    for kind, start, end, surface in _spans(doc):
        assert 0 <= start <= end <= len(text), (kind, start, end)
        assert text[start:end] == surface, (kind, start, end, surface)
    for q in doc.quantities:
        assert _finite(q), q
    for f in doc.facts:
        assert _finite(f.value), f
        if f.change is not None:
            assert _finite(f.change.amount) and _finite(f.change.baseline), f
        if f.value is not None:
            assert f.sentence.start <= f.value.start and f.value.end <= f.sentence.end, f


def _extract(text: str) -> Document:
    doc = pressie.extract(text)
    check_document(doc, text)
    return doc


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    pressie.extract(SENTENCE)


# --------------------------------------------------------------------------- hypothesis

ANY_CHAR = st.characters(codec=None, exclude_categories=()) | st.sampled_from(
    ["\ud800", "\udfff", "\x00", "\x1b", "\u2028", "\ufeff", "\u200b", "\U0002a6a5"]
)

FRAGMENTS = [
    "全区公安机关",
    "全省",
    "共破获",
    "刑事案件",
    "抓获犯罪嫌疑人",
    "同比上升",
    "同比下降",
    "环比",
    "较去年同期",
    "起",
    "名",
    "人次",
    "万元",
    "亿元",
    "%",
    "个百分点",
    "万",
    "亿",
    "余",
    "多",
    "近",
    "约",
    "超过",
    "以上",
    "至",
    "—",
    "0",
    "1",
    "2",
    "3",
    ".",
    "5",
    "9",
    "一",
    "二",
    "十",
    "百",
    "千",
    "两",
    "〇",
    "零",
    "点",
    "2020年",
    "1月",
    "至",
    "12月",
    "今年以来",
    "去年",
    "上半年",
    "截至",
    "底",
    "“云剑-2020”",
    "行动",
    "专项",
    "，",
    "。",
    "、",
    "；",
    "：",
    "（",
    "）",
    "“",
    "”",
    "\n",
    " ",
    "记者：",
    "答：",
    "李国忠：",
    "第",
    "<p>",
    "&nbsp;",
    "&#51;",
    "ABC",
    "cases",
    "３６",
    "．",
    "％",
    "萬",
    "億",
    "餘",
    "破獲",
]


@settings(max_examples=60 * FUZZ, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ANY_CHAR, max_size=300))
def test_random_unicode(text: str) -> None:
    _extract(text)


@settings(max_examples=80 * FUZZ, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join))
def test_shuffled_genre_fragments(text: str) -> None:
    _extract(text)


@settings(max_examples=30 * FUZZ, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SENTENCE)), st.text(ANY_CHAR, min_size=1, max_size=20))
def test_noise_inserted_into_a_fact_sentence(pos: int, noise: str) -> None:
    _extract(SENTENCE[:pos] + noise + SENTENCE[pos:])


# --------------------------------------------------------------------------- hand-written


def _permuted_corpus(size: int) -> str:
    """Seeds and own documents joined, later copies with renamed digits (no verbatim repeat)."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in SOURCES)
    parts, k = [], 0
    while sum(map(len, parts)) < size:
        rot = k % 10
        digits = "0123456789"[rot:] + "0123456789"[:rot]
        parts.append(base.translate(str.maketrans("0123456789", digits)))
        k += 1
    return "\n\n".join(parts)[:size]


HAND_WRITTEN = {
    "digits_10000": "全省共破获刑事案件" + "9" * 10_000 + "起,同比上升5%。",
    "decimal_run": "缴获毒品" + "1." * 3_000 + "5吨。",
    "wan_10000": "抓获犯罪嫌疑人3" + "万" * 10_000 + "名。",
    "yi_wan_alternating": "涉案金额" + "亿万" * 3_000 + "元。",
    "chinese_numeral_run": "破获案件" + "九" * 5_000 + "起。",
    "numeral_units_run": "3起4名5人6万元" * 300,
    "percent_run": "同比上升" + "%" * 5_000,
    "fullstops": "。" * 20_000,
    "commas": "，" * 20_000 + "破获3起",
    "open_quotes": "“" * 10_000 + "云剑" + "”" * 10_000,
    "open_parens": "（" * 10_000 + "破获3起",
    "nested_parens": "（全省" * 3_000 + "破获3起" + "）" * 3_000,
    "colons": "记者：" * 3_000,
    "question_lines": "问：\n" * 3_000,
    "blank_lines": "\n" * 20_000 + SENTENCE,
    "spaces": " " * 20_000 + SENTENCE,
    "enumeration": "北京、" * 5_000 + "破获3起。",
    "campaign_run": "“云剑-2020”" * 2_000,
    "dates_run": "2021年1月1日" * 2_000,
    "month_ranges": "1月至" * 5_000 + "12月",
    "years_run": "2020年" * 5_000,
    "tongbi_run": "同比上升" * 3_000 + "5%",
    "rank_run": "第" * 10_000 + "1",
    "approx_run": "近约超过余多" * 2_000 + "3起",
    "range_run": "3至" * 5_000 + "5起",
    "html": "<p>全省破获&nbsp;刑事案件&#51;起</p><br/>&amp;&lt;div&gt;" * 500,
    "html_document": "<html><head><title>公安部通报</title></head><body><div class='c'>"
    + SENTENCE
    + "<script>var a='全省破获3起';</script></div></body></html>",
    "mixed_latin": "Police 破获 cases 36239起 in 2020年, up 5% 同比上升5.2%。" * 200,
    "controls": "".join(chr(i % 32) for i in range(5_000)) + SENTENCE,
    "lone_surrogates": "破获\ud800案件\udfff3起。" * 500,
    "bom_and_zero_width": "\ufeff全省\u200b破获\u200d刑事案件\u200c36239起。",
    "private_use_and_astral": "\ue000全省破获𠀀刑事案件36239起\U0010fffd。",
    "fullwidth": "全省破获刑事案件３６２３９起，同比上升１２．６％。",
    "traditional": "全省破獲刑事案件3.6萬餘起,同比上升12.6%。",
    "only_numbers": "36239 " * 2_000,
    "corpus_100k": _permuted_corpus(100_000),  # > LONG_DOCUMENT: chunked
}


@pytest.mark.parametrize("name", list(HAND_WRITTEN))
def test_hand_written_attacks(name: str) -> None:
    _extract(HAND_WRITTEN[name])


def test_huge_numbers_are_not_turned_into_infinity() -> None:
    """A 10,000-digit run or 10,000 万 is no finite figure; it is dropped or kept finite."""
    for name in ("digits_10000", "wan_10000", "yi_wan_alternating", "chinese_numeral_run"):
        doc = _extract(HAND_WRITTEN[name])
        assert all(_finite(f.value) for f in doc.facts)


def test_real_figures_survive_surrounding_noise() -> None:
    noisy = "<p>" + "\x00" * 50 + "“" * 30 + SENTENCE + "”" * 30 + "</p>"
    doc = _extract(noisy)
    assert [q.value for q in doc.quantities if q.unit == "起"] == [36239.0]


def test_type_error_is_the_only_documented_error() -> None:
    for bad in (None, 1, b"abc", ["x"], {"text": "x"}):
        with pytest.raises(TypeError):
            pressie.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        list(pressie.extract_many(["全省破获3起", 5]))  # type: ignore[list-item]


def test_extract_many_edge_cases() -> None:
    assert list(pressie.extract_many([])) == []
    assert list(pressie.extract_many(iter([]), n_process=2)) == []
    texts = ["", "   ", "no chinese", SENTENCE, HAND_WRITTEN["fullwidth"], "。" * 100]
    docs = list(pressie.extract_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    for doc, text in zip(docs, texts):
        check_document(doc, text)
        assert doc == pressie.extract(text)


# --------------------------------------------------------------------------- determinism

DETERMINISM_TEXTS = [SENTENCE, HAND_WRITTEN["mixed_latin"][:2000]] + [
    p.read_text(encoding="utf-8") for p in SOURCES[:2]
]
_CHILD = """
import json, sys, pressie
texts = json.loads(sys.stdin.read())
print(json.dumps([pressie.extract(t).model_dump(mode="json") for t in texts], ensure_ascii=False))
"""


def test_deterministic_within_a_process() -> None:
    for text in DETERMINISM_TEXTS:
        assert pressie.extract(text).model_dump_json() == pressie.extract(text).model_dump_json()


def test_deterministic_across_processes() -> None:
    """Another interpreter, with another string hash seed, gives exactly this process's output."""
    here = [pressie.extract(t).model_dump(mode="json") for t in DETERMINISM_TEXTS]
    for hash_seed in ("4242",):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=json.dumps(DETERMINISM_TEXTS),
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=ROOT,
        )
        assert json.loads(out.stdout) == here


# --------------------------------------------------------------------------- regexes


def _pressie_modules() -> list[ModuleType]:
    pressie.load()  # imports every component module
    return [m for name, m in sorted(sys.modules.items()) if name.startswith("pressie.") and m]


def _patterns_in(obj: object, depth: int, seen: set[int]) -> Iterator[re.Pattern[str]]:
    if id(obj) in seen or depth < 0:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            yield obj
        return
    if isinstance(obj, dict):
        items: list[object] = list(obj.values())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        items = list(obj)
    elif hasattr(obj, "__dict__") and not isinstance(obj, (type, ModuleType)):
        items = list(vars(obj).values())
    elif hasattr(obj, "__slots__"):
        items = [getattr(obj, s, None) for s in obj.__slots__]  # type: ignore[attr-defined]
    else:
        return
    for item in items:
        yield from _patterns_in(item, depth - 1, seen)


def all_patterns() -> list[re.Pattern[str]]:
    """Every compiled ``str`` pattern held by pressie's modules, classes and components."""
    seen: set[int] = set()
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    roots: list[object] = []
    for module in _pressie_modules():
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                roots.extend(vars(value).values())
            elif not isinstance(value, ModuleType):
                roots.append(value)
    nlp = pressie.pipeline.shared_pipeline()
    roots.extend(proc for _name, proc in nlp.pipeline)
    for root in roots:
        for pat in _patterns_in(root, 4, seen):
            found[(pat.pattern, pat.flags)] = pat
    gc.collect()
    return list(found.values())


_META = set("\\^$.|?*+()[]{}-")


def _attack_strings(pattern: str, n: int) -> list[str]:
    chars = sorted({c for c in pattern if c not in _META and c.isprintable()})
    chars += list("0123456789万亿余,。、\n ")
    cycle = "".join(chars)
    attacks = [c * n + "\x00" for c in chars[:40]]
    attacks.append((cycle * (n // max(len(cycle), 1) + 1))[:n] + "\x00")
    return attacks


class _Hang(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Hang


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
def test_every_regex_finishes_on_adversarial_input() -> None:
    """Hang detector: each pattern is run on runs of its own characters (4,000 long).

    A catastrophically backtracking pattern does not finish within the generous alarm
    (exponential or cubic on this input); linear ones take milliseconds.  This is no speed
    test; ``benchmarks/scaling.py`` measures the cost per character.
    """
    patterns = all_patterns()
    assert len(patterns) > 50  # the collector really found the components' patterns
    old = signal.signal(signal.SIGALRM, _alarm)
    slow = []
    try:
        for pat in patterns:
            signal.alarm(20)
            try:
                for text in _attack_strings(pat.pattern, 4_000):
                    for _m in pat.finditer(text):
                        pass
                    pat.match(text)
            except _Hang:
                slow.append(pat.pattern)
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, old)
    assert slow == []


# --------------------------------------------------------------------------- long documents


def test_chunk_bounds_cover_the_text_at_paragraph_breaks() -> None:
    text = _permuted_corpus(50_000)
    bounds = pressie.api.chunk_bounds(text, 8_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b for a, b in bounds)
    assert all(b1 == a2 for (_, b1), (a2, _) in zip(bounds, bounds[1:]))
    assert all(b - a <= 8_000 for a, b in bounds)
    assert all(text[b - 1] == "\n" for _, b in bounds[:-1])
    # no line break at all: a sentence end, else a hard cut
    flat = SENTENCE * 400
    assert all(flat[b - 1] == "。" for _, b in pressie.api.chunk_bounds(flat, 1_000)[:-1])
    assert pressie.api.chunk_bounds("字" * 2_500, 1_000) == [(0, 1000), (1000, 2000), (2000, 2500)]


# Two known differences when a chunk starts at a paragraph of a release (api docstring):
KNOWN_CHUNK_DIFFERENCES = {
    # the relation extractor merges a paragraph that starts with indentation ("\n\n  ")
    # into the one before it (its campaign carries over); a chunk starting there does not
    "002_e0f65cd25440ed38.txt": "an indented paragraph start ends the campaign only at a chunk",
    # the entity recognizer resolves 市公安局刑侦支队 against the city named earlier in the text
    "own_002_chengdu_qa.txt": "a bare agency name in a chunk without its city",
}


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_CHUNK_DIFFERENCES[p.name]))
    if p.name in KNOWN_CHUNK_DIFFERENCES else p
    for p in SOURCES
], ids=lambda p: p.name[:7])
def test_chunked_processing_equals_whole_document(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With chunks far smaller than a release, cut at paragraph breaks, the result is still
    the whole document's (periods from the whole text, restatements deduplicated over it)."""
    text = path.read_text(encoding="utf-8")
    whole = pressie.extract(text)
    # every paragraph shorter than half a chunk: every cut falls on a line break
    size = 2 * max(len(line) for line in text.split("\n")) + 2
    monkeypatch.setattr(pressie.api, "LONG_DOCUMENT", 1_000)
    monkeypatch.setattr(pressie.api, "CHUNK_CHARS", size)
    bounds = pressie.api.chunk_bounds(text, size)
    assert len(bounds) > 1 and all(text[b - 1] == "\n" for _a, b in bounds[:-1])
    chunked = pressie.extract(text)
    check_document(chunked, text)
    assert chunked == whole


def test_long_input_through_extract_many(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SOURCES[:3]]
    monkeypatch.setattr(pressie.api, "LONG_DOCUMENT", 5_000)
    monkeypatch.setattr(pressie.api, "CHUNK_CHARS", 3_000)
    expected = [pressie.extract(t) for t in texts]
    assert list(pressie.extract_many(texts, batch_size=2)) == expected
    assert list(pressie.extract_many(texts, n_process=2, batch_size=1)) == expected


def test_every_prefix_of_genre_text_is_processed() -> None:
    """Text cut off anywhere (right after a place, an agency, a name, a quote or a number)
    never breaks a recognizer that looks one character ahead."""
    text = (
        "江苏省公安厅通报:通辽市冯强、呼和浩特市苗迎春等涉黑案件。"
        "“云剑-2020”专项行动中,全省公安机关共破获刑事案件3.6万余起,同比下降14.2%。"
    )
    for end in range(1, len(text) + 1):
        prefix = text[:end]
        doc = pressie.extract(prefix)
        for e in doc.entities:
            assert prefix[e.start : e.end] == e.text
        for q in doc.quantities:
            assert prefix[q.start : q.end] == q.text
