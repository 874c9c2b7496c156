"""The cheaper code paths of issue 12 give exactly what the plain ones give.

* metric keys: candidate words looked up by their first character (``_ByFirst``) against
  going through every word of the lexicon in order, as the rules are written;
* plain data on ``Doc._``: a fact written without its defaulted fields is read back
  without a second pydantic validation, and equal to what validation gives;
* ``working_doc`` from one token-offset array;
* ``extract_many``'s batch tokenization and packing: the same Documents as ``extract``.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pressie
from pressie import extensions
from pressie.metric_keys import MetricKeyLexicon, default_lexicon, metric_key
from pressie.model import Fact, Span, _construct
from pressie.text import normalize

LEX = default_lexicon()


def _reference_clean(metric: str, lex: MetricKeyLexicon) -> str:
    """metric_keys._clean with every word list gone through in order (the rules as written)."""
    from pressie.metric_keys import _PARENTHESIZED, MAX_METRIC

    text = normalize(metric[:MAX_METRIC])
    text = _PARENTHESIZED.sub("", text)
    text = "".join(c for c in text if c not in lex.strip)
    changed = True
    while changed and text:
        changed = False
        for word in lex.drop_prefixes:
            if text.startswith(word) and len(text) > len(word):
                text = text[len(word) :]
                changed = True
                break
    for word in lex.drop_words:
        text = text.replace(word, "")
    for verb in lex.metric_verbs:
        if text.startswith(verb):
            rest = text[len(verb) :]
            if "的" not in rest and any(rest.startswith(h) for h in lex.verbless_heads):
                return rest
            break
    return text


def _reference_verb(text: str, lex: MetricKeyLexicon) -> str:
    """metric_keys._canonical_verb going through every verb, longest first."""
    for verb in lex.verbs_longest_first:
        if text.startswith(verb):
            break
    else:
        return text
    obj = text[len(verb) :]
    if not obj:
        return text
    classes = [c for c in lex.classes if verb in c.verbs]
    for cls in classes:
        if cls.objects and any(obj.endswith(o) for o in cls.objects):
            return cls.canonical + obj
    open_classes = [c for c in classes if not c.objects]
    return open_classes[0].canonical + obj if len(open_classes) == 1 else text


def _reference_key(metric: str, lex: MetricKeyLexicon) -> str:
    from pressie.metric_keys import _synonym_object

    text = _reference_clean(metric, lex)
    for old, new in lex.suffix_rewrites:
        if text.endswith(old):
            text = text[: len(text) - len(old)] + new
            break
    text = lex.aliases.get(text, text)
    return _synonym_object(_reference_verb(text, lex), lex)


# words of the lexicon and a few characters around them, glued at random
_WORDS = sorted(
    set(LEX.drop_prefixes)
    | set(LEX.drop_words)
    | set(LEX.metric_verbs[:60])
    | set(LEX.verbs_longest_first)
    | set(LEX.verbless_heads)
    | {a for a, _b in LEX.suffix_rewrites}
    | {a for a, _b in LEX.object_synonyms}
    | set(LEX.aliases)
    | {"案件", "刑事", "的", "(", ")", "“", "破獲", " ", "共", "人"}
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=6).map("".join))
def test_metric_key_equals_the_rules_gone_through_in_order(metric: str) -> None:
    assert metric_key(metric) == _reference_key(metric, LEX)


@pytest.mark.parametrize("metric", ["", "共", "共计", "累计破获各类刑事案件", "抓获涉案金额",
                                    "侦破的案件", "查获嫌疑人员", "破案数"])
def test_metric_key_edge_cases(metric: str) -> None:
    assert metric_key(metric) == _reference_key(metric, LEX)


def test_fact_without_defaulted_fields_is_read_back_without_validation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    span = Span(start=0, end=2, text="破获")
    full = Fact(metric="破获案件", metric_spans=[span], sentence=span)
    # as the relation stages build it (pressie.relations.records): metric_key left out
    fields = {k: v for k, v in full.__dict__.items() if k != "metric_key"}
    partial = _construct(Fact, fields, set(fields))
    assert "metric_key" not in partial.__dict__
    data = extensions.to_data(partial)
    assert data == full.model_dump(mode="json")  # as model_dump writes it
    nlp = pressie.load()
    doc = nlp.make_doc("破获案件")
    doc._.pressie_facts = [data]

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("validated again")

    monkeypatch.setattr(Fact, "model_validate", refuse)
    (back,) = extensions.facts(doc) or []
    assert back == full


def test_working_doc_spells_the_working_text() -> None:
    from pressie.text import doc_text
    from pressie.tokenizer import working_doc

    nlp = pressie.load()
    for text in ["共破獲刑事案件３．６萬餘起 ", "公安，机关 破获\n\n 案件", "", "全省公安机关"]:
        doc = nlp.make_doc(text)
        work = working_doc(doc)
        assert [t.text for t in work] == [doc_text(doc)[t.idx : t.idx + len(t)] for t in doc]
        assert [t.whitespace_ for t in work] == [t.whitespace_ for t in doc]
        assert work.text == normalize(text) or (work is doc and doc.text == text)


def test_extract_many_in_one_process_equals_extract() -> None:
    """Batches tokenized in one segmenter call give each text the Document extract gives."""
    texts = [
        "2023年1至6月，江北市公安机关共破获刑事案件3200起，同比上升12.5%。",
        "",
        "今年以來，全市偵破電詐案件１２０起",
        "no Chinese here",
        "全省公安机关抓获犯罪嫌疑人1800余名。\n\n在“净网2023”专项行动中，侦破网络犯罪案件460起。",
    ]
    got = list(pressie.extract_many(texts, batch_size=4))
    assert got == [pressie.extract(t) for t in texts]
    assert [d.text for d in got] == texts


@pytest.mark.parametrize("text", [
    "全省公安机关共破获刑事案件３６２３９起，同比上升５%。\n" * 3,
    "今年以來，全市偵破電詐案件１２０起，\n抓獲犯罪嫌疑人３０名。" * 3,
    "全市破获案件120起。\n今年以來，偵破電詐案件，抓獲嫌疑人。\n\n" * 2,
    "全市破获案件120起，抓获嫌疑人30名。\n" * 5 + "今年以來，偵破電詐案件。",
    "abc\u3000def",
])
def test_script_detection_in_blocks_is_the_whole_texts(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """detect_script compares long texts block by block (bounded temporaries): any block
    size gives the answer of one block."""
    from pressie import text as text_module

    whole = text_module.detect_script(text, normalize(text))
    assert whole == text_module.detect_script(text)
    for size in (1, 7, 16):
        monkeypatch.setattr(text_module, "_BLOCK", size)
        assert text_module.detect_script(text, normalize(text)) == whole
        assert text_module.detect_script(text) == whole
        clean = text.replace("\u3000", " ")
        assert text_module._count_diff(clean, normalize(clean)) == sum(
            a != b for a, b in zip(clean, normalize(clean)))


def test_long_text_path_leaves_the_collector_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Long texts pause the automatic full collections while their chunks run, and the
    collector is on again afterwards (off again when the caller had it off), also when
    threads extract long texts at the same time."""
    import gc
    import threading

    import pressie.api

    monkeypatch.setattr(pressie.api, "LONG_DOCUMENT", 200)
    monkeypatch.setattr(pressie.api, "CHUNK_CHARS", 120)
    text = "今年以來，全市偵破電詐案件１２０起，抓獲犯罪嫌疑人３０名。\n" * 12
    assert gc.isenabled()
    paused: list[bool] = []
    real = pressie.api._run_chunk

    def watch(*args: object, **kwargs: object) -> object:
        paused.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pressie.api, "_run_chunk", watch)
    doc = pressie.extract(text)
    assert paused and not any(paused)  # off while the chunks ran
    assert gc.isenabled()
    # every surface is the caller's (traditional, full-width) text at its offsets
    for m in [*doc.quantities, *doc.entities, *(f.sentence for f in doc.facts)]:
        assert m.text == text[m.start : m.end]
    assert all(f.metric_key for f in doc.facts)
    gc.disable()
    try:
        assert pressie.extract(text) == doc
        assert not gc.isenabled()
    finally:
        gc.enable()
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(pressie.extract(text)))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [doc] * 4
    assert gc.isenabled()


def test_two_processes_give_extract_and_leave_no_frozen_objects() -> None:
    """extract_many(n_process=2): the workers' Documents (packed without their texts) are
    extract's, and the parent's objects are not left in the permanent generation the
    workers were forked with."""
    import gc

    texts = [
        "2023年1至6月，江北市公安机关共破获刑事案件3200起，同比上升12.5%。",
        "今年以來，全市偵破電詐案件１２０起",
        "",
        "全省公安机关抓获犯罪嫌疑人1800余名。",
    ] * 3
    got = list(pressie.extract_many(texts, n_process=2, batch_size=2))
    assert got == [pressie.extract(t) for t in texts]
    assert all(a.text is b for a, b in zip(got, texts))  # the parent's own strings
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_extract_pipeline_skips_only_the_spacy_annotations(seed_texts: dict[str, str]) -> None:
    """The pipeline behind extract writes no doc.spans groups and no doc.ents (nobody sees
    its Docs); pressie.load()'s does, and both leave the same Doc._ data and Document."""
    from pressie.api import _make_doc
    from pressie.extensions import DOC_ATTRIBUTES
    from pressie.pipeline import shared_pipeline, to_document

    shared, full = shared_pipeline(), pressie.load()
    text = seed_texts[sorted(seed_texts)[0]]
    docs = []
    for nlp in (shared, full):
        doc = _make_doc(nlp, text, None)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        docs.append(doc)
    lean, annotated = docs
    assert not lean.spans and not lean.ents
    assert set(annotated.spans) == {
        "pressie_sections", "pressie_entities", "pressie_quantities", "pressie_periods",
        "pressie_facts",
    }
    assert annotated.ents and all(len(annotated.spans[k]) for k in annotated.spans)
    for attr in DOC_ATTRIBUTES:
        assert getattr(lean._, attr) == getattr(annotated._, attr), attr
    assert to_document(lean, text) == to_document(annotated, text) == pressie.extract(text)


@given(st.text(alphabet="公安a1 ，。\u4e00\u9fff\u4dff\ua000\n", max_size=30))
@settings(max_examples=300, deadline=None)
def test_title_guess_counts_han_characters_as_before(line: str) -> None:
    """The region's title guess tests "at least six Han characters" with one regex match
    instead of counting character by character."""
    from pressie.entities.lexicon import _is_han
    from pressie.entities.region import _SIX_HAN

    assert (_SIX_HAN.match(line) is not None) == (sum(map(_is_han, line)) >= 6)


def test_person_word_sets_are_built_once_per_lexicon() -> None:
    from pressie.entities.lexicon import default_lexicon as entity_lexicon
    from pressie.entities.persons import _Names

    lex = entity_lexicon()
    a, b = _Names("甲", lex), _Names("乙", lex)
    assert a.not_names is b.not_names and a.common is b.common and a.anon is b.anon
    pr = lex.person_rules
    assert a.not_names == set(pr["not_names"]) and a.anon == set(pr["anonymized"])
    assert a.common == set(pr["common_words"]) | {w for w in pr["not_names"] if len(w) == 2}


_METRIC_CHARS = "破獲偵破抓获犯罪嫌疑人(各类)案件３６ \n\u2028公安機關"


@given(st.lists(st.text(alphabet=_METRIC_CHARS, max_size=12), max_size=6))
@settings(max_examples=200, deadline=None)
def test_metric_keys_of_a_list_are_each_metrics_key(metrics: list[str]) -> None:
    """The metrics of a document normalized as the lines of one text give each metric's
    own key (also when a metric holds a line break or a separator normalize() turns into
    one)."""
    from pressie.metric_keys import metric_keys

    assert metric_keys(metrics) == [metric_key(m) for m in metrics]


def test_documents_are_built_as_pydantic_builds_them(seed_texts: dict[str, str]) -> None:
    """to_document builds the Document without a second validation: equal to the validated
    model, with the same fields set, for a simplified and a traditional text."""
    from pressie.model import Document
    from pressie.pipeline import document

    for text in [seed_texts[sorted(seed_texts)[1]], "今年以來，全市偵破電詐案件１２０起。"]:
        doc = pressie.extract(text)
        given = {name: getattr(doc, name) for name in doc.model_fields_set}
        validated = Document(**given)
        assert doc == validated
        assert doc.model_fields_set == validated.model_fields_set
        assert doc.model_dump_json() == validated.model_dump_json()
    assert document(text="x") == Document(text="x")
    with pytest.raises(TypeError, match="no field"):
        document(text="x", texts="y")
    with pytest.raises(TypeError, match="required"):
        document(title="x")


def test_dated_link_pattern_only_reads_short_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """is_chrome tests its related-news pattern only on lines short enough to be one: the
    pattern backtracks over every start (quadratic in the line), and a page flattened to
    one long line without a sentence end took seconds per 10,000 characters."""
    from pressie import structure_rules
    from pressie.structure_rules import StructureRules

    rules = StructureRules.default()
    limit = rules.setting("page_chrome_max_len")
    searched: list[int] = []
    real = structure_rules._DATED_LINK

    class Spy:
        def search(self, line: str) -> object:
            searched.append(len(line))
            return real.search(line)

    monkeypatch.setattr(structure_rules, "_DATED_LINK", Spy())
    long_line = "江北市公安机关共破获刑事案件3200起，同比上升12.5%，" * 400
    assert not rules.is_chrome(long_line)
    assert rules.is_chrome("全市破获电诈案件300起 2021-05-10")  # a related-news link
    assert searched and max(searched) <= limit


def test_doc_attributes_read_and_written_without_the_underscore_proxy() -> None:
    """extensions.get_value/set_value read and write what doc._ reads and writes, for
    pressie's plain attributes and for one a caller re-registered with a getter."""
    from spacy.tokens import Doc

    nlp = pressie.load(("pressie_sentences",))
    doc = nlp("全市破获刑事案件120起。")
    assert extensions.get_value(doc, "pressie_facts") is None  # the default
    extensions.set_value(doc, "pressie_title", "通报")
    assert doc._.pressie_title == "通报"
    doc._.pressie_region = "江北市"
    assert extensions.get_value(doc, "pressie_region") == "江北市"
    Doc.set_extension("pressie_title", getter=lambda d: "from a getter", force=True)
    try:
        assert extensions.get_value(doc, "pressie_title") == "from a getter"
        extensions.set_value(doc, "pressie_title", "written")  # as doc._ writes it
        assert doc._.pressie_title == "from a getter"
    finally:
        Doc.set_extension("pressie_title", default=None, force=True)
    assert extensions.get_value(doc, "pressie_title") == "written"


def test_sentence_of_many_facts_is_recut_from_the_original() -> None:
    """to_document compares a sentence span with the original once per distinct text: a
    traditional sentence with several facts gets the caller's characters in every fact's
    sentence, a simplified one keeps its text."""
    short = "今年以來，全市偵破電詐案件１２０起，抓獲嫌疑人８５名，繳獲贓款３００萬元。"
    clauses = [f"偵破{kind}案件{n}起，抓獲嫌疑人{n + 7}名，" for n, kind in
               zip(range(31, 52), ["盜竊", "詐騙", "毒品", "搶劫", "賭博", "傳銷", "走私"] * 3)]
    long = "今年以來，全市公安機關" + "".join(clauses) + "繳獲贓款３００萬元。"
    assert len(long) > 200  # compared once per span (pipeline._LONG_SPAN)
    for text in (short, normalize(short), long, normalize(long)):
        doc = pressie.extract(text)
        assert len(doc.facts) >= 3
        for fact in doc.facts:
            s = fact.sentence
            assert s.text == text[s.start : s.end]
            assert fact.value is not None
            assert fact.value.text == text[fact.value.start : fact.value.end]


_TRANSLATE_CHARS = st.one_of(
    st.characters(),  # any code point, lone surrogates and the astral planes included
    st.sampled_from("\u3000\u2028\u2029\x00\x0b\x1f\x7f\x9f，。：；（）！？０９ＡＺａｚ～"),
    st.sampled_from("破获刑事案件起万余同比上升下降今年月日"),
)


@given(st.text(alphabet=_TRANSLATE_CHARS, max_size=400))
@settings(max_examples=300, deadline=None)
def test_normalize_and_surface_text_equal_str_translate(text: str) -> None:
    """normalize() and surface_text() map code points through numpy tables for texts of
    64 characters and more: the same strings as str.translate with the dicts, before
    the script conversion (surrogates replaced first, as both do)."""
    from pressie import text as tx

    clean = tx._SURROGATE.sub("\ufffd", text)
    for table, lut in ((tx._TRANSLATE, tx._TRANSLATE_LUT), (tx._WHITESPACE, tx._WHITESPACE_LUT)):
        for piece in (clean, clean * 3):  # under and over the short-text limit
            assert tx._translate(piece, table, lut) == piece.translate(table)
    assert tx.surface_text(text) == clean.translate(tx._WHITESPACE)
    assert len(tx.normalize(text)) == len(text)


def test_translate_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text longer than a block is mapped block by block: the same string."""
    from pressie import text as tx

    monkeypatch.setattr(tx, "_BLOCK", 100)
    text = "今年１至４月，全市破获刑事案件３６２３９起\u3000同比上升１２．５％。\U0001f600\n" * 20
    assert tx._translate(text, tx._TRANSLATE, tx._TRANSLATE_LUT) == text.translate(tx._TRANSLATE)
    assert tx._translate(text, tx._WHITESPACE, tx._WHITESPACE_LUT) == text.translate(
        tx._WHITESPACE
    )


def test_tokens_of_a_traditional_text_are_cut_from_its_characters() -> None:
    """The tokenizer cuts a traditional / full-width text's tokens from the caller's
    characters at the working text's word offsets (one cut, short and long texts, alone
    and in a batch): the same offsets and spaces as the working text's Doc, each token the
    caller's characters there."""
    nlp = pressie.load(())
    texts = [
        "今年以來，全市偵破電詐案件１２０起　同比上升１２．５％。",
        ("江北市公安局通報：今年１至４月，共破獲刑事案件３．６萬餘起 抓獲嫌疑人８５名。\n" * 6),
        "破獲案件",  # a short text (the cached path)
    ]
    alone = [nlp.tokenizer(t) for t in texts]
    together = list(nlp.tokenizer.pipe(texts))
    from pressie.text import surface_text

    for text, doc, batched in zip(texts, alone, together):
        work_doc = nlp.tokenizer(normalize(text))
        surface = surface_text(text)  # the caller's characters (the ideographic space: " ")
        assert doc.text == surface != normalize(text)
        offsets = [(t.idx, len(t), t.whitespace_) for t in doc]
        assert offsets == [(t.idx, len(t), t.whitespace_) for t in work_doc]
        assert offsets == [(t.idx, len(t), t.whitespace_) for t in batched]
        assert [t.text for t in doc] == [surface[t.idx : t.idx + len(t)] for t in doc]
        assert [t.text for t in batched] == [t.text for t in doc]


_SCRIPT_MIX = st.text(
    alphabet=st.sampled_from(list("今年以來来全市破獲获案件台臺湾灣發发布會会１２3，。 \n\u3000")),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(text=_SCRIPT_MIX)
def test_script_known_from_normalizing_is_detect_scripts(text: str) -> None:
    """normalize_with_script's flag (script conversion changed nothing) only ever claims
    what detect_script says, and to_document's script is detect_script's either way."""
    from pressie.text import detect_script, normalize_with_script

    work, unconverted = normalize_with_script(text)
    assert work == normalize(text)
    if unconverted:
        assert detect_script(text, work) == "simplified"
    if text.strip():
        assert pressie.extract(text).script == detect_script(text, work)


def test_script_shortcut_is_only_taken_for_the_tokenizers_own_string() -> None:
    """A Doc remembers the very string it was made from; to_document given another string
    of the same length (a traditional one) detects its script as before."""
    from pressie.pipeline import shared_pipeline, to_document
    from pressie.text import simplified_source

    simplified, traditional = "全市发布会破获案件12起。", "全市發布會破獲案件12起。"
    nlp = shared_pipeline()
    doc = nlp(simplified)
    assert simplified_source(doc) is simplified
    assert to_document(doc, simplified).script == "simplified"
    assert to_document(doc, traditional).script == "traditional"
    assert simplified_source(nlp(traditional)) is None


# ---------------------------------------------------------------------------- structure

_DATE_CHARS = "0123456789一二三十年月日号于在上会召开举行新闻发布会—- ,。\n"


@given(st.text(alphabet=_DATE_CHARS, max_size=60))
@example("5月14日召开新闻发布会")
@example("新闻发布会于十二月三十一号")
@example("——2018年7月23日在大会会议上")
@settings(max_examples=400, deadline=None)
def test_event_patterns_match_only_lines_with_a_month_and_day(line: str) -> None:
    """The event-date scan skips a paragraph without MONTH_DAY_CORE: every event pattern
    holds _MONTH_DAY, so such a paragraph matches none of them."""
    from pressie.structure_rules import MONTH_DAY_CORE, StructureRules

    rules = StructureRules.default()
    matched = [p.search(line) for p in (rules.event_before, rules.event_after, rules.event_speech)]
    if any(matched):
        assert MONTH_DAY_CORE.search(line) is not None


def test_event_date_found_in_a_paragraph_with_a_month_and_day() -> None:
    from pressie.structure import analyze_structure

    text = (
        "全省公安工作综述\n今年以来案件下降。\n"
        "2021年5月14日上午,省公安厅召开新闻发布会,通报情况。\n"
    )
    assert str(analyze_structure(text).event_date) == "2021-05-14"
    assert analyze_structure(text.replace("5月14日", "5月")).event_date is None


@given(st.text(alphabet="中文ab1 ,。\u3400\u9fff\uf900\ufaff\u4e00x", max_size=40))
@settings(max_examples=400, deadline=None)
def test_title_han_minimum_as_counting_every_han_character(line: str) -> None:
    from pressie.structure_rules import _HAN_RE, StructureRules

    rules = StructureRules.default()
    enough = len(_HAN_RE.findall(line)) >= rules.setting("title_min_han")
    assert (rules.min_han.match(line) is not None) == enough


def test_title_han_minimum_on_a_long_line_without_han() -> None:
    from pressie.structure_rules import StructureRules

    rules = StructureRules.default()
    assert rules.min_han.match("a" * 200_000 + "中" * 3) is None
    assert rules.min_han.match("a" * 200_000 + "中" * 8) is not None


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("abc", "abc"),
        ("a|b", ""),
        ("(?:ab|ac)d", "ad"),
        ("x{0,3}y", "y"),
        ("x+?y", "xy"),
        ("(?i)ab", ""),
        ("(?i:a)b", "b"),
        ("[日]x", "日x"),
        ("[日号]x", "x"),
        ("(?<=q)z(?=w)", "z"),
        ("(?P<m>1[0-2]|0?[1-9])月", "月"),
    ],
)
def test_required_chars_of_a_pattern(pattern: str, needed: str) -> None:
    import re

    from pressie.structure_rules import required_chars

    assert required_chars(re.compile(pattern)) == frozenset(needed)


@given(st.text(alphabet="0123456789社网报台新闻记者今天月日电讯从在,(（)）", max_size=40))
@example("新华社北京6月20日电")
@example("记者(5月3日)从")
@settings(max_examples=400, deadline=None)
def test_news_dateline_matches_only_lines_with_its_required_characters(line: str) -> None:
    """The dateline scan skips a paragraph lacking one of ``required_chars``: a match
    always holds every one of them."""
    from pressie.structure_rules import StructureRules

    rules = StructureRules.default()
    assert rules.news_dateline_chars  # (月 and 日 with the packaged lexicon)
    m = rules.news_dateline.search(line)
    if m is not None:
        assert all(c in m.group() for c in rules.news_dateline_chars)


# ---------------------------------------------------------------------------- entities


def _plain_national_lead(text: str, after: int) -> bool:
    """entities.region._national_lead as written before its substring tests."""
    from pressie.entities.lexicon import default_lexicon as entity_lexicon
    from pressie.entities.region import _body_pattern, _dateline_pattern

    rules = entity_lexicon().location_rules
    lead = text[max(after, 0) : max(after, 0) + 300]
    outlets = rules.get("national_datelines", [])
    if outlets and _dateline_pattern(tuple(outlets)).search(lead):
        return True
    bodies = rules.get("national_bodies", [])
    first = text[max(after, 0) : max(after, 0) + 400]
    return bool(bodies) and _body_pattern(tuple(bodies)).search(first) is not None


_LEAD_WORDS = ["新华社", "北京", "5月27日电", "记者从", "公安部", "国新办", "获悉", "召开",
               "全省", "。", ",", "\n", "破获案件3起", "据", "中国"]


@given(st.lists(st.sampled_from(_LEAD_WORDS), max_size=30), st.integers(-1, 20))
@example(["新华社", "北京", "5月27日电"], 0)
@example(["记者从", "公安部", "获悉"], 0)
@settings(max_examples=300, deadline=None)
def test_national_lead_as_the_plain_searches(words: list[str], after: int) -> None:
    from pressie.entities.lexicon import default_lexicon as entity_lexicon
    from pressie.entities.region import _national_lead

    text = "".join(words)
    assert _national_lead(text, entity_lexicon(), after) == _plain_national_lead(text, after)


def test_source_lines_weigh_a_province_as_before() -> None:
    from pressie.entities.region import _SOURCE_LINE, _SOURCE_WORDS

    text = "全市破获案件3起。\n来源:江苏省公安厅\n版权所有 某网站"
    assert [m.group() for m in _SOURCE_LINE.finditer(text)] == [
        "来源:江苏省公安厅", "版权所有 某网站"
    ]
    assert not any(w in "全市破获案件3起。" for w in _SOURCE_WORDS)
