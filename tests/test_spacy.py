"""pressie as a spaCy citizen: declared requires/assigns, missing components, serialization."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import pressie
from pressie.extensions import (
    ASSIGNS,
    DOC_ATTRIBUTES,
    REQUIRES,
    MissingComponentError,
    entities,
    facts,
    quantities,
)

#: a short release written for these tests: a period, a region, counts and a change
RELEASE = (
    "江北市公安局召开新闻发布会\n"
    "发布日期：2023-07-10\n"
    "今年1至6月，江北市公安机关共破获刑事案件3200起，同比上升12.5%；"
    "抓获犯罪嫌疑人1800余名。\n"
    "在“净网2023”专项行动中，全市侦破网络犯罪案件460起。"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The full pressie pipeline."""
    return pressie.load()


def test_analyze_pipes_shows_requires_and_assigns(nlp: Language) -> None:
    report = nlp.analyze_pipes(pretty=False)
    for name in pressie.COMPONENTS:
        assert report["summary"][name]["assigns"] == ASSIGNS[name]
        assert report["summary"][name]["requires"] == REQUIRES[name]
    assert "doc._.pressie_facts" in report["summary"]["pressie_relations"]["assigns"]
    # the whole pipeline, in order, satisfies every requirement
    assert all(not problems for problems in report["problems"].values())


def test_analyze_pipes_reports_what_relations_lacks_on_a_blank_pipeline() -> None:
    blank = spacy.blank("zh")
    blank.add_pipe("pressie_quantities")
    blank.add_pipe("pressie_relations")
    problems = blank.analyze_pipes(pretty=False)["problems"]["pressie_relations"]
    assert "doc._.pressie_quantities" not in problems
    assert set(problems) == {
        "doc._.pressie_skip",
        "doc._.pressie_entities",
        "doc._.pressie_periods",
    }


def test_relations_alone_raises_naming_the_missing_components() -> None:
    blank = spacy.blank("zh")
    blank.add_pipe("pressie_relations")
    with pytest.raises(MissingComponentError) as err:
        blank("今年1至6月，全市共破获刑事案件3200起。")
    message = str(err.value)
    for name in ("pressie_structure", "pressie_entities", "pressie_quantities", "pressie_periods"):
        assert repr(name) in message
    assert "nlp.add_pipe(" in message


def test_relations_without_periods_names_only_periods() -> None:
    partial = pressie.load(
        ("pressie_sentences", "pressie_structure", "pressie_entities", "pressie_quantities",
         "pressie_relations")
    )
    with pytest.raises(MissingComponentError) as err:
        partial("今年1至6月，全市共破获刑事案件3200起。")
    message = str(err.value)
    assert "'pressie_periods'" in message
    assert "'pressie_quantities'" not in message and "'pressie_entities'" not in message
    # the error is a ValueError, as spaCy's own configuration errors are
    assert isinstance(err.value, ValueError)


def test_full_pipeline_runs_relations(nlp: Language) -> None:
    doc = nlp(RELEASE)
    values = sorted(f.value.value for f in facts(doc) or [] if f.value is not None)
    assert values == [460.0, 1800.0, 3200.0]


# --------------------------------------------------------------------------- to_disk / spacy.load


def _outputs(pipeline: Language, texts: list[str]) -> list[str]:
    from pressie.pipeline import to_document

    return [to_document(pipeline(t), t).model_dump_json() for t in texts]


def test_to_disk_then_spacy_load_gives_the_same_output(
    nlp: Language, tmp_path, seed_texts: dict[str, str]
) -> None:
    nlp.to_disk(tmp_path / "pressie_nlp")
    config = (tmp_path / "pressie_nlp" / "config.cfg").read_text(encoding="utf-8")
    for name in pressie.COMPONENTS:
        assert f'factory = "{name}"' in config
    assert '@tokenizers = "pressie.Tokenizer.v1"' in config
    meta = json.loads((tmp_path / "pressie_nlp" / "meta.json").read_text(encoding="utf-8"))
    assert f"pressie>={pressie.__version__}" in meta["requirements"]  # for `spacy package`
    loaded = spacy.load(tmp_path / "pressie_nlp")
    assert loaded.pipe_names == nlp.pipe_names
    texts = [RELEASE, seed_texts["004_711db7fb7eb93bd2.txt"], TRADITIONAL]
    before = _outputs(nlp, texts)
    assert _outputs(loaded, texts) == before
    assert '"value":3200.0' in before[0]


def test_spacy_load_in_a_fresh_process_finds_pressie_by_entry_points(
    nlp: Language, tmp_path
) -> None:
    import subprocess
    import sys

    nlp.to_disk(tmp_path / "pressie_nlp")
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print(json.dumps(nlp(sys.argv[2])._.pressie_facts, ensure_ascii=False))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pressie_nlp"), TRADITIONAL],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == json.loads(json.dumps(nlp(TRADITIONAL)._.pressie_facts))


def test_entity_component_tokenizes_nothing_before_first_use() -> None:
    # an uninitialized pkuseg tokenizer cannot tokenize (spaCy's E1000), as during
    # spacy.load: adding the component and patterns must not tokenize anything yet
    bare = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    comp = bare.add_pipe("pressie_entities")
    comp.add_patterns([{"label": "CAMPAIGN", "pattern": "清风行动", "id": "清风"}])
    with pytest.raises(ValueError, match="E1000"):
        bare("全市开展清风行动。")
    ready = pressie.pipeline.blank()
    comp = ready.add_pipe("pressie_entities")
    comp.initialize(lambda: [], nlp=ready, patterns=[
        {"label": "CAMPAIGN", "pattern": "清风行动", "id": "清风"}
    ])
    doc = ready("全市开展清风行动。")
    assert [(e.label, e.canonical) for e in entities(doc) or []] == [("CAMPAIGN", "清风")]
    assert comp.patterns == [{"label": "CAMPAIGN", "pattern": "清风行动", "id": "清风"}]


# --------------------------------------------------------------------------- serialization

#: a second short release: a year, a count and a money figure with a change
OTHER = (
    "海滨市公安局通报\n"
    "2022年，全市共侦破电信网络诈骗案件1.2万起，挽回经济损失3.5亿元，同比下降8%。"
)


def _same_annotations(a: Doc, b: Doc) -> None:
    for attr in DOC_ATTRIBUTES:
        # msgpack gives lists back as tuples: compare as JSON
        assert json.dumps(getattr(a._, attr)) == json.dumps(getattr(b._, attr)), attr
    assert [(e.start, e.end, e.label_, e.kb_id_) for e in a.ents] == [
        (e.start, e.end, e.label_, e.kb_id_) for e in b.ents
    ]
    assert set(a.spans) == set(b.spans)
    for key in a.spans:
        assert [(s.start, s.end, s.label_) for s in a.spans[key]] == [
            (s.start, s.end, s.label_) for s in b.spans[key]
        ]
    assert [s.start for s in a.sents] == [s.start for s in b.sents]


def test_doc_attributes_are_plain_data(nlp: Language) -> None:
    doc = nlp(RELEASE)
    assert json.loads(json.dumps(doc.to_json(underscore=list(DOC_ATTRIBUTES))))["_"]
    fact = next(f for f in doc._.pressie_facts if f["value"]["value"] == 3200.0)
    assert doc._.pressie_published == "2023-07-10"
    period = fact["period"]
    assert (period["date_start"], period["date_end"]) == ("2023-01-01", "2023-06-30")
    assert fact["change"]["amount"]["value"] == 12.5
    assert isinstance(doc._.pressie_skip, list)


def test_doc_to_bytes_from_bytes_keeps_every_result(nlp: Language) -> None:
    from pressie.pipeline import to_document

    doc = nlp(OTHER)
    again = Doc(spacy.blank("zh").vocab).from_bytes(doc.to_bytes())
    _same_annotations(doc, again)
    assert to_document(again, OTHER) == to_document(doc, OTHER)
    facts_again = facts(again) or []
    assert [f.value.value for f in facts_again if f.value] == [12000.0, 350000000.0]


def test_docbin_round_trip(nlp: Language) -> None:
    docs = list(nlp.pipe([RELEASE, OTHER]))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(spacy.blank("zh").vocab))
    assert len(back) == 2
    for a, b in zip(docs, back):
        _same_annotations(a, b)


def test_nlp_pipe_with_two_processes_gives_the_single_process_output(nlp: Language) -> None:
    from pressie.pipeline import to_document

    texts = [RELEASE, OTHER, RELEASE.replace("3200", "4100"), TRADITIONAL]
    single = [to_document(d, t).model_dump_json() for d, t in zip(nlp.pipe(texts), texts)]
    multi = [
        to_document(d, t).model_dump_json()
        for d, t in zip(nlp.pipe(texts, n_process=2, batch_size=1), texts)
    ]
    assert multi == single
    assert '"value":4100.0' in multi[2]


def test_readers_validate_data_that_is_not_exactly_a_models_dict(nlp: Language) -> None:
    from pydantic import ValidationError

    doc = nlp.make_doc("共破获案件3起。")
    doc._.pressie_quantities = [{"start": 5, "end": 7, "text": "3起"}]
    with pytest.raises(ValidationError, match="value"):
        quantities(doc)
    doc._.pressie_quantities = [{"start": 5, "end": 7, "text": "3起", "value": 3, "unit": "起"}]
    (q,) = quantities(doc) or []
    assert (q.value, q.unit, q.approx, q.kind) == (3.0, "起", "exact", "count")


# --------------------------------------------------------------------------- upstream entities

UPSTREAM = "杭州市公安局召开新闻发布会\n全市公安机关开展“净网2023”专项行动，侦破案件460起。"


@pytest.mark.parametrize("overwrite", [False, True])
def test_upstream_entity_ruler_entities_are_kept(overwrite: bool) -> None:
    nlp = pressie.load()
    nlp.remove_pipe("pressie_entities")
    nlp.add_pipe(
        "pressie_entities", after="pressie_structure", config={"overwrite_ents": overwrite}
    )
    ruler = nlp.add_pipe("entity_ruler", before="pressie_entities")
    ruler.add_patterns(
        [{"label": "ORG", "pattern": "杭州市公安局"}, {"label": "EVENT", "pattern": "新闻发布会"}]
    )
    doc = nlp(UPSTREAM)
    ents = {(e.text, e.label_) for e in doc.ents}
    # not overlapping pressie's entities: kept either way; pressie's own added either way
    assert ("新闻发布会", "EVENT") in ents
    assert ("“净网2023”专项行动", "CAMPAIGN") in ents
    # overlapping: the upstream entity wins unless overwrite_ents
    expected = ("杭州市公安局", "AGENCY") if overwrite else ("杭州市公安局", "ORG")
    assert expected in ents
    assert len([e for e in doc.ents if e.text == "杭州市公安局"]) == 1
    # pressie's own results do not depend on doc.ents
    assert ("AGENCY", "杭州市公安局") in {(e.label, e.text) for e in entities(doc) or []}


def test_without_upstream_entities_pressie_sets_doc_ents(nlp: Language) -> None:
    doc = nlp(UPSTREAM)
    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("杭州市公安局", "AGENCY"),
        ("“净网2023”专项行动", "CAMPAIGN"),
    }


# --------------------------------------------------------------------------- traditional script

#: OTHER in traditional script, with a full-width percentage and a lexicon agency
TRADITIONAL = (
    "海濱市公安局通報\n"
    "2022年，全市共偵破電信網絡詐騙案件1.2萬起，挽回經濟損失3.5億元，同比下降８％。"
    "中國證監會派員參加。"
)


def test_pipeline_on_traditional_text_agrees_with_extract(nlp: Language) -> None:
    from pressie.pipeline import to_document

    doc = nlp(TRADITIONAL)
    assert doc.text == TRADITIONAL  # the Doc keeps the caller's script
    found = quantities(doc) or []
    assert [(q.value, q.unit) for q in found] == [
        (2022.0, "年"), (12000.0, "起"), (350000000.0, "元"), (8.0, "%")
    ]
    assert [TRADITIONAL[q.start : q.end] for q in found] == ["2022年", "1.2萬起", "3.5億元", "８％"]
    assert to_document(doc).model_dump_json() == pressie.extract(TRADITIONAL).model_dump_json()
    # the lexicon's token phrases match traditional tokens too (matched as the working text)
    agency = [e for e in entities(doc) or [] if e.label == "AGENCY"]
    assert [(TRADITIONAL[e.start : e.end], e.canonical) for e in agency] == [
        ("中國證監會", "中国证监会")
    ]
    assert ("中國證監會", "AGENCY") in {(e.text, e.label_) for e in doc.ents}


def test_pipeline_on_a_traditional_seed_agrees_with_extract(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    from pressie.pipeline import to_document

    text = seed_texts["003_41108e8487400670.txt"]
    doc = nlp(text)
    assert to_document(doc, text) == pressie.extract(text)
    assert len(facts(doc) or []) > 10


def test_doc_text_keeps_the_callers_characters_except_those_a_doc_cannot_hold(
    nlp: Language,
) -> None:
    from pressie.pipeline import to_document

    text = "共破獲案件\u30003200起\x00，抓獲\ud800嫌疑人12名。"
    doc = nlp(text)
    assert len(doc.text) == len(text)
    assert doc.text == "共破獲案件 3200起 ，抓獲\ufffd嫌疑人12名。"
    assert [q.value for q in quantities(doc) or []] == [3200.0, 12.0]
    assert to_document(doc, text) == pressie.extract(text)


def test_components_on_another_tokenizer_read_the_working_text() -> None:
    blank = spacy.blank("zh")  # spaCy's character segmentation, not pressie's tokenizer
    blank.add_pipe("pressie_quantities")
    blank.add_pipe("pressie_entities")
    doc = blank(TRADITIONAL)
    assert [q.value for q in quantities(doc) or []][1:3] == [12000.0, 350000000.0]
    assert "中国证监会" in {e.canonical for e in entities(doc) or []}


def test_traditional_doc_survives_to_bytes(nlp: Language) -> None:
    from pressie.pipeline import to_document

    doc = nlp(TRADITIONAL)
    again = Doc(spacy.blank("zh").vocab).from_bytes(doc.to_bytes())
    assert again.text == TRADITIONAL
    assert to_document(again, TRADITIONAL) == to_document(doc, TRADITIONAL)


# --------------------------------------------------------------------------- doc.spans, displaCy


def test_quantities_periods_and_fact_values_on_doc_spans(nlp: Language) -> None:
    doc = nlp(RELEASE)
    found = quantities(doc) or []
    spans = doc.spans["pressie_quantities"]
    # one span per quantity, aligned as spaCy's char_span(alignment_mode="expand") aligns it
    # (2023 in the token 2023-07-10 is that token), labelled with the kind
    expected = [doc.char_span(q.start, q.end, alignment_mode="expand") for q in found]
    assert [(s.start, s.end, s.label_) for s in spans] == [
        (e.start, e.end, q.kind) for e, q in zip(expected, found) if e is not None
    ]
    assert ("3200起", "count") in {(s.text, s.label_) for s in spans}
    assert ("12.5%", "percent") in {(s.text, s.label_) for s in spans}
    periods = {(s.text, s.label_) for s in doc.spans["pressie_periods"]}
    assert ("今年1至6月", "2023-01-01..2023-06-30") in periods
    assert sorted((s.text, s.label_) for s in doc.spans["pressie_facts"]) == sorted(
        (doc.text[f.value.start : f.value.end], f.metric) for f in facts(doc) or [] if f.value
    )
    assert {s.text for s in doc.spans["pressie_facts"]} == {"3200起", "1800余名", "460起"}


def test_displacy_renders_the_span_groups(nlp: Language) -> None:
    from spacy import displacy

    doc = nlp(TRADITIONAL)
    html = displacy.render(
        doc, style="span", options={"spans_key": "pressie_quantities"}, page=False
    )
    assert "萬" in html and "億" in html  # the caller's script
    assert "money" in html and "percent" in html
    html = displacy.render(doc, style="span", options={"spans_key": "pressie_facts"}, page=False)
    metrics = [f.metric for f in facts(doc) or []]
    assert metrics and all(m in html for m in metrics)
    html = displacy.render(doc, style="span", options={"spans_key": "pressie_periods"}, page=False)
    assert "2022-01-01..2022-12-31" in html


def test_spans_key_none_leaves_doc_spans_alone() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_quantities", config={"spans_key": None})
    doc = nlp("共破获案件3200起。")
    assert "pressie_quantities" not in doc.spans
    assert [q.value for q in quantities(doc) or []] == [3200.0]
