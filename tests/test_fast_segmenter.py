"""pressie's vectorized segmenter gives exactly spacy-pkuseg's words, its tokenizer spaCy's Doc.

The reference is the library itself: ``spacy_pkuseg.pkuseg(models/pkuseg).cut`` and spaCy's
``ChineseTokenizer`` (``pressie.load(segmenter="spacy-pkuseg")``).  Compared on every gold
document (as written and normalized), on generated text mixing the genre's characters with
digits, letters, whitespace and pkuseg's keyword characters, and on odd input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

spacy_pkuseg = pytest.importorskip("spacy_pkuseg")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pressie  # noqa: E402
import pressie.segmenter as segmenter_module  # noqa: E402
import pressie.tokenizer as tokenizer_module  # noqa: E402
from benchmarks.freeze import gold_documents  # noqa: E402
from pressie.pipeline import blank  # noqa: E402
from pressie.segmenter import (  # noqa: E402
    COMPILED_NAME,
    Segmenter,
    UnsupportedModel,
    WordSet,
    compile_model,
)
from pressie.text import doc_text, normalize  # noqa: E402
from pressie.tokenizer import Tokenizer, shared_segmenter, words_and_spaces  # noqa: E402

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "pkuseg"
GOLD = [(f"{name}/{doc_id}", text) for name, doc_id, text, _pub in gold_documents()]


@pytest.fixture(scope="module")
def reference() -> object:
    """The library: spacy-pkuseg with pressie's model and its default dictionary."""
    return spacy_pkuseg.pkuseg(str(MODEL_DIR))


@pytest.fixture(scope="module")
def fast() -> Segmenter:
    return shared_segmenter()


@pytest.fixture(scope="module")
def spacy_nlp() -> spacy.language.Language:
    return blank("spacy-pkuseg")


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


@pytest.mark.parametrize(("key", "text"), GOLD, ids=[k for k, _ in GOLD])
def test_gold_documents_same_words(reference: object, fast: Segmenter, key: str, text: str) -> None:
    for variant in (text, normalize(text)):
        assert fast.cut(variant) == reference.cut(variant), key  # type: ignore[attr-defined]


def test_gold_documents_same_tokens(spacy_nlp: spacy.language.Language) -> None:
    ours = blank()
    for key, text in GOLD[::3]:
        work = normalize(text)
        assert _tokens(ours.make_doc(work)) == _tokens(spacy_nlp.make_doc(work)), key


# characters of the genre, pkuseg's special classes and whitespace
_GENRE = ("全省公安机关共破获刑事案件起抓获犯罪嫌疑人名"
          "同比下降上升百分点万亿余元年月日至期间专项行动")
_SPECIAL = "0123456789.%-_,|/*:&一二三四五六七八九十千万零几ＡＢｚａ０９％・－／abcXYZ"
_SPACE = " \t\n\r\u3000\xa0\u2028\x0b\x1c"
_ODD = "（）“”《》、，。；：！？\ufffd\U00020000😀"
_ALPHABET = st.sampled_from(_GENRE + _SPECIAL + _SPACE + _ODD)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_generated_text_same_words_and_tokens(text: str) -> None:
    ref = _REF.get("seg") or _REF.setdefault("seg", spacy_pkuseg.pkuseg(str(MODEL_DIR)))
    nlp = _REF.get("nlp") or _REF.setdefault("nlp", blank("spacy-pkuseg"))
    assert shared_segmenter().cut(text) == ref.cut(text)  # type: ignore[attr-defined]
    ours = Tokenizer(nlp.vocab)
    assert _tokens(ours(text)) == _tokens(nlp.make_doc(text))


_REF: dict[str, object] = {}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([line for _k, t in GOLD[:6] for line in t.splitlines()]),
                min_size=1, max_size=8))
def test_shuffled_gold_lines_same_words(lines: list[str]) -> None:
    """Real sentences in new neighbourhoods: the dictionary post-processing sees new runs."""
    ref = _REF.get("seg") or _REF.setdefault("seg", spacy_pkuseg.pkuseg(str(MODEL_DIR)))
    for text in ("".join(lines), "\n".join(lines), " ".join(lines)):
        assert shared_segmenter().cut(text) == ref.cut(text)  # type: ignore[attr-defined]


def test_long_text_without_whitespace(reference: object, fast: Segmenter) -> None:
    # one chunk of 20,000 characters: Viterbi over the whole run, blocks of scores
    text = "".join(t.replace("\n", "").replace(" ", "") for _k, t in GOLD[:3])[:20_000]
    assert len(text) == 20_000
    assert fast.cut(text) == reference.cut(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["公 安 机 关 " * 500, "啊" * 3_000, "1 2 3 ４ " * 500,
                                  "全省公安机关共破获刑事案件3起。\n" * 200])
def test_repetitive_input(reference: object, fast: Segmenter, text: str) -> None:
    """Many one-character runs, one long run of one character, many equal lines."""
    assert fast.cut(text) == reference.cut(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["", " ", "\n\n", " 公安 ", "中国  警察 ", "a", "9", "１",
                                  "\ud800公安", "公\x00安", "\u3000\u3000全省"])
def test_edge_cases(reference: object, fast: Segmenter, spacy_nlp: spacy.language.Language,
                    text: str) -> None:
    assert fast.cut(text) == reference.cut(text)  # type: ignore[attr-defined]
    if "\ud800" not in text:  # spaCy's Doc cannot hold a lone surrogate either way
        assert _tokens(blank().make_doc(text)) == _tokens(spacy_nlp.make_doc(text))


def test_segmenter_rejects_non_text(fast: Segmenter) -> None:
    with pytest.raises(TypeError):
        fast.cut(b"\xe5\x85\xac")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Tokenizer(spacy.blank("zh").vocab)(None)  # type: ignore[arg-type]


def test_from_pkuseg_equals_load(reference: object, fast: Segmenter) -> None:
    built = Segmenter.from_pkuseg(reference)
    text = normalize(GOLD[0][1])
    assert built.cut(text) == fast.cut(text)


def test_user_dictionary_is_refused(reference: object, tmp_path: Path) -> None:
    for name in ("features.msgpack", "weights.npz"):
        (tmp_path / name).write_bytes((MODEL_DIR / name).read_bytes())
    (tmp_path / "user_dict.txt").write_text("破获刑事案件\n", encoding="utf-8")
    with pytest.raises(UnsupportedModel):
        Segmenter.load(tmp_path)
    seg = spacy_pkuseg.pkuseg(str(tmp_path), user_dict=str(tmp_path / "user_dict.txt"))
    with pytest.raises(UnsupportedModel):
        Segmenter.from_pkuseg(seg)


def test_compiled_tables_match_the_model() -> None:
    """models/pkuseg/compiled.npz is what compile_model makes of the committed model."""
    with numpy.load(MODEL_DIR / COMPILED_NAME) as npz:
        stored = {k: npz[k] for k in npz.files}
    fresh = compile_model(MODEL_DIR)
    assert set(stored) == set(fresh)
    for key, value in fresh.items():
        assert numpy.array_equal(stored[key], value), key


def test_stale_compiled_tables_are_not_used(tmp_path: Path) -> None:
    """Tables compiled for other model files are ignored (Segmenter.load compiles again)."""
    for name in ("features.msgpack", "weights.npz"):
        (tmp_path / name).write_bytes((MODEL_DIR / name).read_bytes())
    with numpy.load(MODEL_DIR / COMPILED_NAME) as npz:
        tables = {k: npz[k] for k in npz.files}
    tables["source_sha256"] = numpy.array("0" * 64)
    tables["unary"] = numpy.full_like(tables["unary"], -1)  # would change the words
    numpy.savez(tmp_path / COMPILED_NAME, **tables)
    assert segmenter_module._read_compiled(tmp_path) is None
    tables["source_sha256"] = numpy.array(segmenter_module._sha256(
        segmenter_module._model_sources(tmp_path)))
    numpy.savez(tmp_path / COMPILED_NAME, **tables)
    assert segmenter_module._read_compiled(tmp_path) is not None  # the hash is what counts
    # ... and the installed spacy-pkuseg's character classes
    other = str(tables["settings"]).replace('"word_max": 6', '"word_max": 7')
    assert other != str(tables["settings"])
    tables["settings"] = numpy.array(other)
    numpy.savez(tmp_path / COMPILED_NAME, **tables)
    assert segmenter_module._read_compiled(tmp_path) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="公安机关破获案件ab\n ", min_size=0, max_size=5), max_size=30),
       st.text(alphabet="公安机关破获案件ab\n ", max_size=40))
def test_wordset_equals_python_set(words: list[str], text: str) -> None:
    ws = WordSet(words)
    cps = segmenter_module.code_points(text)
    spans = [(a, b - a) for a in range(len(text)) for b in range(a, len(text) + 1)]
    if not spans:
        return
    starts, lengths = (numpy.array(x) for x in zip(*spans))
    got = ws.contains(ws.hashes(cps), starts, lengths)
    expected = [text[a : a + n] in set(words) and n > 0 for a, n in spans]
    assert got.tolist() == expected


def test_wordset_checks_every_hash_hit(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a hash that collides on purpose (the sum of code points), only equal strings hit."""
    monkeypatch.setattr(segmenter_module, "_MULTIPLIERS", (1,))
    ws = WordSet(["公安"])
    text = "安公公安"
    got = ws.contains(ws.hashes(segmenter_module.code_points(text)),
                      numpy.array([0, 2]), numpy.array([2, 2]))
    assert got.tolist() == [False, True]


def test_wordset_from_lines_is_pkusegs_split() -> None:
    ws = WordSet.from_lines("公安\n机关\n\n破获")
    text = "公安机关破获"
    got = ws.contains(ws.hashes(segmenter_module.code_points(text)),
                      numpy.array([0, 2, 4, 0]), numpy.array([2, 2, 2, 4]))
    assert got.tolist() == [True, True, True, False]


def test_words_and_spaces_is_spacys_rule() -> None:
    text = "  公安 机关\n 破获  案件 "
    starts, ends = shared_segmenter().spans(text)
    words = [text[a:b] for a, b in zip(starts.tolist(), ends.tolist())]
    assert words_and_spaces(text, starts, ends) == spacy.util.get_words_and_spaces(words, text)


def test_pipeline_segmenters_agree_and_round_trip(tmp_path: Path) -> None:
    text = GOLD[2][1]
    fast_nlp, lib_nlp = pressie.load(), pressie.load(segmenter="spacy-pkuseg")
    work = normalize(text)
    a, b = fast_nlp(work), lib_nlp(work)
    assert _tokens(a) == _tokens(b)
    assert a._.pressie_facts
    assert a._.pressie_facts == b._.pressie_facts  # plain data on Doc._
    # a saved pipeline loads again with the registered tokenizer
    fast_nlp.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    assert type(again.tokenizer) is Tokenizer
    assert _tokens(again.make_doc(work)) == _tokens(a)
    with pytest.raises(ValueError):
        pressie.load(segmenter="jieba")


def test_short_texts_through_the_cache_give_fresh_equal_docs(
    spacy_nlp: spacy.language.Language,
) -> None:
    tok = Tokenizer(spacy_nlp.vocab)
    short = ("公安部刑事侦查局", " 全省 公安机关 ", "x" * tokenizer_module.SHORT, "破獲案件３起")
    for text in short:
        first, second = tok(text), tok(text)
        assert first is not second
        assert _tokens(first) == _tokens(second) == _tokens(spacy_nlp.make_doc(text))
        assert first.text == text
    long_text = "全省公安机关" * 10
    assert len(long_text) > tokenizer_module.SHORT
    assert _tokens(tok(long_text)) == _tokens(spacy_nlp.make_doc(long_text))


def test_pipe_segments_texts_together_with_the_same_tokens() -> None:
    nlp = blank()
    texts = [t for _k, t in GOLD[:5]] + ["", " ", "公安 ", "\n全省公安机关\n", "x",
                                          "共破獲刑事案件３．６萬餘起 ", "\u3000公安\t机关"]
    alone = [nlp.tokenizer(t) for t in texts]
    for size in (1, 3, 64):
        together = list(nlp.tokenizer.pipe(texts, batch_size=size))
        assert [_tokens(d) for d in together] == [_tokens(d) for d in alone]
        # each Doc keeps its caller's text and its own working text
        assert [d.text for d in together] == [d.text for d in alone]
        assert [doc_text(d) for d in together] == [normalize(t) for t in texts]
    with pytest.raises(TypeError):
        list(nlp.tokenizer.pipe(["公安", 5]))  # type: ignore[list-item]
    # the library's segmenter goes text by text, with the same result
    lib = blank("spacy-pkuseg")
    assert [_tokens(d) for d in lib.tokenizer.pipe(texts)] == [
        _tokens(lib.tokenizer(t)) for t in texts
    ]


def test_word_pair_features_with_a_no_word_side_take_the_general_path(
    fast: Segmenter,
) -> None:
    """pressie's model has no word-pair feature with a "no word" side, so the segmenter
    fills those slots with "none" at once; the general path (for models that have such
    features) gives the same scores on this model."""
    import copy

    import numpy

    assert not fast._ww_one_sided
    general = copy.copy(fast)
    general._ww_one_sided = True
    for text in ["", "公安机关 破获案件", "2021年1月至4月，全省公安机关共破获刑事案件3.6万余起。"]:
        a, b = fast.spans(text), general.spans(text)
        assert all(numpy.array_equal(x, y) for x, y in zip(a, b))


@given(
    st.sets(st.integers(0, 2**40) | st.integers(0, 2000), max_size=300),
    st.lists(st.integers(-5, 2**40) | st.integers(-5, 2000), max_size=300),
)
@settings(max_examples=150, deadline=None)
def test_hash_table_answers_as_the_binary_search(keys: set[int], extra: list[int]) -> None:
    """The segmenter's hashed look-ups (character bigrams, trie transitions) give what the
    binary search in the sorted keys gives, for keys and non-keys, crowded tables (keys
    that share a slot) included."""
    sorted_keys = numpy.array(sorted(keys), dtype=numpy.int64)
    values = numpy.arange(len(sorted_keys), dtype=numpy.int64) * 7 + 3
    table = segmenter_module._HashTable(sorted_keys, values)
    query = numpy.array(sorted(keys) + extra, dtype=numpy.int64)
    expected = segmenter_module._lookup(sorted_keys, values, query)
    assert numpy.array_equal(table.hashed(query), expected)
    assert numpy.array_equal(table.get(query), expected)  # hashed, or a binary search


def test_a_model_with_words_longer_than_the_padding_is_refused() -> None:
    tables = compile_model(MODEL_DIR)
    sizes = tables["sizes"].copy()
    sizes[3] = segmenter_module._PAD + 1  # word_max
    with pytest.raises(UnsupportedModel, match="characters"):
        Segmenter({**tables, "sizes": sizes}, numpy.zeros(5 * 5 + 5), 5, [0, 1], None)


def test_hash_table_follows_a_chain_of_keys_that_share_a_slot() -> None:
    """Keys whose home is the same slot lie one after the other; those past the first two
    slots are found through the binary search, and a non-key with that home is no key."""
    probe = segmenter_module._HashTable(numpy.arange(5), numpy.arange(5))  # a 16-slot table
    candidates = numpy.arange(100_000, dtype=numpy.int64)
    homes = probe._home(candidates)
    same = candidates[homes == homes[0]]
    keys, absent = same[:5], same[5:8]
    table = segmenter_module._HashTable(keys, keys * 10)
    assert table._slots is None  # filled on first use
    assert len(table._filled()[0]) == 16
    query = numpy.concatenate((keys, absent, [-1, 3]))
    assert table.hashed(query).tolist() == (keys * 10).tolist() + [-1] * 5


def test_trie_pairs_and_bigram_features_of_the_extended_bigram_table() -> None:
    """The segmenter's bigram columns hold the model's bigram features unchanged (the
    compiled table's) plus the trie's two-node prefixes that are no feature (no feature id);
    a column's trie state is the state two trie steps from the root reach."""
    seg = shared_segmenter()
    tables = compile_model(MODEL_DIR)
    n_nodes = int(tables["sizes"][0])
    model_keys, model_vals = tables["bigram_keys"], tables["bigram_vals"]
    cols = seg._bigram_keys.searchsorted(model_keys)
    assert numpy.array_equal(seg._bigram_keys[cols], model_keys)
    assert numpy.array_equal(seg._bigram_vals[:, cols], model_vals[:, :-1])
    added = numpy.setdiff1d(numpy.arange(len(seg._bigram_keys)), cols)
    assert (seg._bigram_vals[:, added] == -1).all() and (seg._bigram_vals[:, -1] == -1).all()
    # the trie walked step by step: root -> first node -> second node
    trie_keys, trie_child = tables["trie_keys"], tables["trie_child"]
    edges = dict(zip(trie_keys.tolist(), trie_child.tolist()))
    for col, key in enumerate(seg._bigram_keys.tolist()):
        first, second = divmod(key, n_nodes)
        one = edges.get(first)  # the root is state 0
        two = edges.get(one * n_nodes + second) if one is not None else None
        assert seg._trie_pair[col] == (two if two is not None else -1), key
    assert seg._trie_pair[-1] == -1  # a bigram no column holds
    # every two-node prefix of the trie is a column
    root_children = {k: c for k, c in edges.items() if k < n_nodes}
    depth_one = {c: k for k, c in root_children.items()}  # state -> its node
    prefixes = {depth_one[s] * n_nodes + node for s, node in
                (divmod(k, n_nodes) for k in edges) if s in depth_one}
    assert prefixes and prefixes <= set(seg._bigram_keys.tolist())
