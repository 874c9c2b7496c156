"""pressie's word segmenter: spacy-pkuseg's ``cut`` with pressie's model, vectorized.

Why
---
``spacy_pkuseg.pkuseg.cut`` builds the CRF features of every character in a Python-level
loop (string concatenations and dictionary look-ups, ~120 per character), and its
post-processing joins every run of 2..7 neighbouring words to look it up in a 389,000-word
dictionary.  On pressie's documents that was 80% of ``pressie.extract`` (64% in the feature
step alone).  :class:`Segmenter` computes the same thing with numpy, whole text at once:

1. **Chunks.** ``cut`` strips the text and segments each whitespace-separated run on its own
   (``str.split()``); here every character gets the node id of what pkuseg's
   ``normalize_text`` makes of it (``-._,|/*:`` → ``&``, digits → ``**Num``, full-width
   letters → ``**Letter``) from a code point table, whitespace gets id 0, and features that
   look further left or right than the character's chunk are masked out.
2. **Features.** The 69 feature slots of pkuseg's ``__get_node_features_idx`` (``$$``, five
   character unigrams, three character bigrams, 2 x 5 dictionary-word features, 2 x 25
   word-pair features): unigrams from arrays indexed by node id, bigrams from a hash table
   of integer keys (:class:`_HashTable`), the dictionary words that start at every
   character (lengths 2..6) by walking a trie of node ids (its transitions hashed too) for
   all characters at once (the first two steps read from the character bigram's column: the
   bigram table also holds the trie's two-node prefixes), and the word pairs, which fire
   only where both words are dictionary words, as a list of ``(character, feature)`` per slot.
3. **Scores.** The node scores are summed slot by slot **in pkuseg's order** (a missing
   feature adds an exact 0.0, and a sum is never -0.0, so leaving it out changes nothing),
   so every score is bit-for-bit the one pkuseg's ``getLogYY`` computes, and the Viterbi
   decoder is pkuseg's own (``spacy_pkuseg.inference.run_viterbi``), run per chunk.
4. **Post-processing.** pkuseg's ``Postprocesser`` (merge 7..2 neighbouring words whose
   concatenation is in its dictionary unless every part is a dictionary word, left to right,
   longest runs first) as batched dictionary look-ups: every candidate run of every length
   (then only the words of the runs found) is hashed from prefix hashes of the text, looked
   up in the sorted hashes of the dictionary and then compared character by character (so a
   hash collision can never merge words); only the merges themselves are applied one by one.

The result is the word list ``pkuseg.cut`` returns, for any input: ``tests/test_segmenter.py``
compares both on every gold document and on generated text.  What the vectorized path does
not reproduce — a user dictionary (pkuseg's ``Preprocesser``) or a non-empty ``common_words``
list, neither of which pressie's model has — is refused when a table is built
(:class:`UnsupportedModel`).

Tables
------
The tables are compiled from ``features.msgpack`` (:func:`compile_tables`) and kept next to
the model in ``compiled.npz`` together with the SHA-256 of the two files they were compiled
from and spacy-pkuseg's character classes and settings; :meth:`Segmenter.load` uses them
when both still match and compiles them in memory otherwise (``python -m pressie.train
compile`` rewrites the file).  Loading them costs a fraction of loading
``features.msgpack`` into pkuseg's Python dictionary.  The weights are read from
``weights.npz``; the post-processing dictionary from spacy-pkuseg's own
``dicts/default.pkl``, where pkuseg reads it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import pickle
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy

from .resources import segmenter_model_dir
from .text import code_points

#: file name of the compiled tables inside the model folder
COMPILED_NAME = "compiled.npz"
#: bump when the layout of the compiled tables changes
COMPILED_FORMAT = 2

_NO_WORD = "**noWord"
_UNARY = ("c", "c-1", "c1", "c-2", "c2")
_PAIRS = ("c-1c", "cc1", "c-2c-1")
# whitespace as str.split()/str.strip() see it: every such code point is below U+3001
_SPACE_LUT = numpy.array([chr(c).isspace() for c in range(0x3001)] + [False], dtype=bool)
# padding around the node ids (>= the longest dictionary word), characters per block
_PAD = 8
_BLOCK = 4096
#: _block_features: the unigram slots filled from the node ids at shifts -2..2 (in that
#: order: c-2, c-1, c, c1, c2 are the kinds 3, 1, 0, 2, 4 of _UNARY), the bigram slots from
#: the bigrams starting at -2..0 (c-2c-1, c-1c, cc1: kinds 2, 0, 1 of _PAIRS), and which
#: reach of the chunk each of the slots 3..9 needs (c-1, c-1c: one character to the left;
#: c1, cc1: one to the right; c-2, c-2c-1: two to the left; c2: two to the right)
_UNI_SLOTS, _UNI_KINDS = numpy.array([7, 3, 2, 5, 9]), numpy.array([[3], [1], [0], [2], [4]])
_BI_SLOTS, _BI_KINDS = numpy.array([8, 4, 6]), numpy.array([[2], [0], [1]])
_REACH_ROWS = numpy.array([0, 0, 1, 1, 2, 2, 3])


def _windows(
    arr: numpy.ndarray, first: int, rows: int, width: int, step: int = 1
) -> numpy.ndarray:
    """A read-only view of the C-contiguous ``arr`` (flat index): row ``r`` is the ``width``
    elements from ``first + r * step`` on (numpy's ``as_strided`` without its Python-level
    wrapping, which costs more than the view on a short text)."""
    size = arr.itemsize
    view = numpy.ndarray(
        (rows, width), dtype=arr.dtype, buffer=arr, offset=first * size,
        strides=(step * size, size),
    )
    view.flags.writeable = False
    return view
def _sides(arr: numpy.ndarray, first: int, rows: int, width: int, step: int) -> numpy.ndarray:
    """Two :func:`_windows` of ``arr`` one element apart, as one read-only view of shape
    ``(2, rows, width)``: ``[0]`` from ``first``, ``[1]`` from ``first + 1``."""
    size = arr.itemsize
    view = numpy.ndarray(
        (2, rows, width), dtype=arr.dtype, buffer=arr, offset=first * size,
        strides=(size, step * size, size),
    )
    view.flags.writeable = False
    return view


# polynomial hashing mod 2**64 for the dictionary look-ups (odd multipliers: invertible)
_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)


class UnsupportedModel(ValueError):
    """The pkuseg model or settings use something the vectorized segmenter cannot reproduce."""


def _sha256(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def _pkuseg_settings() -> dict[str, Any]:
    """The pkuseg settings and character classes the tables depend on, read from the library."""
    from spacy_pkuseg.config import config
    from spacy_pkuseg.feature_extractor import FeatureExtractor

    return {
        "word_min": int(config.wordMin),
        "word_max": int(config.wordMax),
        "word_feature": bool(config.wordFeature),
        "num_letter_norm": bool(config.numLetterNorm),
        "num": "".join(sorted(FeatureExtractor.num)),
        "letter": "".join(sorted(FeatureExtractor.letter)),
        "keywords": "".join(FeatureExtractor.keywords),
    }


def _lookup(keys: numpy.ndarray, values: numpy.ndarray, query: numpy.ndarray) -> numpy.ndarray:
    """``values`` of ``query`` in the sorted ``keys``, -1 where a query is not a key."""
    if not len(keys) or not len(query):
        return numpy.full(len(query), -1, dtype=numpy.int64)
    pos = keys.searchsorted(query)
    numpy.minimum(pos, len(keys) - 1, out=pos)
    return numpy.where(keys[pos] == query, values[pos], -1)


#: the multiplier of :class:`_HashTable`'s hash (odd, as _MULTIPLIERS), as a signed int64
_TABLE_MULT_SIGNED = numpy.uint64(0x9E3779B97F4A7C15).astype(numpy.int64)
#: below this many queries :class:`_HashTable` answers by binary search (fewer numpy calls)
_FEW_QUERIES = 256
_NONE = numpy.int64(-1)


class _HashTable:
    """``_lookup(keys, values, query)`` by hashing: an open-addressing table (linear
    probing, at most a third full) of non-negative integer keys.

    A query is answered from its two first slots (almost every one is: its key, or an
    empty slot); the few others go to the binary search in the sorted keys.  One or two
    cache lines per query instead of a binary search's dozen, and no more numpy calls.
    """

    __slots__ = ("_keys", "_values", "_slots", "_shift", "_mask")

    def __init__(self, keys: numpy.ndarray, values: numpy.ndarray) -> None:
        """``keys``: sorted, unique, non-negative; ``values``: one per key.  The table is
        filled on the first look-up that uses it (a process that only segments short
        texts never builds it)."""
        self._keys = numpy.asarray(keys, dtype=numpy.int64)
        self._values = numpy.asarray(values, dtype=numpy.int64)
        bits = max(4, (3 * len(self._keys)).bit_length())
        self._shift, self._mask = numpy.int64(64 - bits), numpy.int64((1 << bits) - 1)
        self._slots: tuple[numpy.ndarray, numpy.ndarray] | None = None

    def _filled(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The slots' keys and values (built once; two threads may both build them, the
        same arrays)."""
        slots = self._slots
        if slots is None:
            slots = self._slots = self._fill()
        return slots

    def _fill(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        size = int(self._mask) + 1
        # the narrowest signed type that holds every key and value (a smaller table stays
        # in cache longer)
        top = max(int(self._keys.max(initial=0)), int(self._values.max(initial=0)))
        kind = numpy.int32 if top < 2**31 else numpy.int64
        slot_keys = numpy.full(size, -1, dtype=kind)
        slot_values = numpy.full(size, -1, dtype=kind)
        home = self._home(self._keys)
        # linear probing, all keys at once: in round p every key not yet placed tries its
        # slot home + p, the first of the keys that want a free slot takes it (so every
        # slot between a key's home and its own is taken, as a lookup expects)
        pending = numpy.arange(len(self._keys))
        probe = 0
        while len(pending):
            want = (home[pending] + probe) & self._mask
            free = slot_keys[want] == -1
            who, where = pending[free], want[free]
            first = numpy.empty(size, dtype=numpy.int64)
            first[where[::-1]] = numpy.arange(len(where) - 1, -1, -1)  # the last write stays
            win = numpy.zeros(len(where), dtype=bool)
            win[first[where]] = True
            slot_keys[where[win]] = self._keys[who[win]]
            slot_values[where[win]] = self._values[who[win]]
            placed = numpy.zeros(len(self._keys), dtype=bool)
            placed[who[win]] = True
            pending = pending[~placed[pending]]
            probe += 1
        return slot_keys, slot_values

    def _home(self, query: numpy.ndarray) -> numpy.ndarray:
        # the top bits of query * multiplier mod 2**64 (int64 arithmetic wraps around like
        # uint64; the mask drops what the arithmetic shift carries in)
        return ((query * _TABLE_MULT_SIGNED) >> self._shift) & self._mask

    def get(self, query: numpy.ndarray) -> numpy.ndarray:
        """The values (``int64``) of the ``int64`` keys ``query`` (-1 where a query is no
        key)."""
        if len(query) < _FEW_QUERIES:  # a binary search costs fewer numpy calls
            return _lookup(self._keys, self._values, query)
        return self.hashed(query)

    def hashed(self, query: numpy.ndarray) -> numpy.ndarray:
        """:meth:`get` through the table, however few the queries."""
        slot_keys, slot_values = self._filled()
        slot = self._home(query)
        first = slot_keys[slot]
        out = numpy.where(first == query, slot_values[slot], _NONE)
        slot += 1
        slot &= self._mask
        second = slot_keys[slot]
        hit = second == query
        out[hit] = slot_values[slot[hit]]
        # neither slot holds the key, and both are taken: the key may lie further on
        rest = ((out < 0) & (numpy.minimum(first, second) >= 0)).nonzero()[0]
        if len(rest):
            out[rest] = _lookup(self._keys, self._values, query[rest])
        return out


# --------------------------------------------------------------------------- compiling


def compile_tables(
    feature_to_idx: Mapping[str, int],
    unigram: Iterable[str],
    settings: Mapping[str, Any] | None = None,
) -> dict[str, numpy.ndarray]:
    """Compile pkuseg's feature dictionary into the integer tables :class:`Segmenter` uses.

    Args:
        feature_to_idx: pkuseg's ``FeatureExtractor.feature_to_idx`` (feature string -> id).
        unigram: pkuseg's ``FeatureExtractor.unigram`` (the dictionary-word features' words).
        settings: :func:`_pkuseg_settings` (read from the installed library when None).

    Returns:
        A dict of numpy arrays (what ``compiled.npz`` holds, less the source hashes).

    Raises:
        UnsupportedModel: for a feature or word the vectorized segmenter cannot reproduce.
    """
    s = dict(settings or _pkuseg_settings())
    if not s["word_feature"] or not s["num_letter_norm"]:
        raise UnsupportedModel("only pkuseg's default wordFeature/numLetterNorm are supported")
    wmin, wmax = s["word_min"], s["word_max"]
    special = set(s["keywords"]) | set(s["num"]) | set(s["letter"])

    nodes: dict[str, int] = {}  # node string -> id (0 = no node)

    def node(x: str) -> int:
        i = nodes.get(x)
        if i is None:
            i = nodes[x] = len(nodes) + 1
        return i

    def producible(x: str) -> bool:
        """Can a text character become the node ``x`` (``x`` as normalize_text writes it)?"""
        return x in ("**Num", "**Letter", "&") or (len(x) == 1 and x not in special)

    # the dictionary words a node sequence can spell: lengths word_min..word_max
    words: dict[str, int] = {}
    for w in sorted(set(unigram)):
        if "*" in w:
            raise UnsupportedModel(f"dictionary word with '*': {w!r}")
        if wmin <= len(w) <= wmax and all(producible(c) for c in w):
            words[w] = len(words)
    for w in words:
        for c in w:
            node(c)

    unary: dict[str, dict[int, int]] = {k: {} for k in _UNARY}
    pairs: dict[str, dict[tuple[int, int], int]] = {k: {} for k in _PAIRS}
    wfeat: dict[str, dict[int, int]] = {"w-1": {}, "w1": {}}
    wwfeat: dict[str, dict[tuple[int, int], int]] = {"l": {}, "r": {}}
    for feat, idx in feature_to_idx.items():
        if feat == "$$":
            if idx != 0:
                raise UnsupportedModel("feature '$$' is not feature 0")
            continue
        kind, _, rest = feat.partition(".")
        if kind in unary:
            if producible(rest):
                unary[kind][node(rest)] = idx
        elif kind in pairs:
            parts = rest.split(".")
            if len(parts) != 2:
                raise UnsupportedModel(f"unreadable feature {feat!r}")
            if producible(parts[0]) and producible(parts[1]):
                pairs[kind][(node(parts[0]), node(parts[1]))] = idx
        elif kind in wfeat:
            if rest in words:
                wfeat[kind][words[rest]] = idx
        elif kind == "ww":
            side, _, pair = rest.partition(".")
            if side not in wwfeat:
                raise UnsupportedModel(f"unreadable feature {feat!r}")
            if pair.startswith(_NO_WORD + "*"):
                pre, post = _NO_WORD, pair[len(_NO_WORD) + 1 :]
            else:
                pre, _, post = pair.partition("*")
            ids = []
            for w in (pre, post):
                if w == _NO_WORD:
                    ids.append(-1)
                elif w in words:
                    ids.append(words[w])
                else:
                    ids.append(None)  # a word no text can spell: the feature never fires
            if ids[0] is not None and ids[1] is not None:
                wwfeat[side][(ids[0], ids[1])] = idx
        else:
            raise UnsupportedModel(f"unknown feature kind {feat!r}")

    n_nodes = len(nodes) + 1
    n_words = len(words)

    # code point -> node id, as normalize_text maps characters
    single = {x: i for x, i in nodes.items() if len(x) == 1}
    top = max([ord(c) for c in single] + [ord(c) for c in special] + [0])
    lut = numpy.zeros(top + 2, dtype=numpy.int32)  # the last entry: any higher code point
    for x, i in single.items():
        if x not in special:
            lut[ord(x)] = i
    for c in s["keywords"]:
        lut[ord(c)] = nodes.get("&", 0)
    for c in s["num"]:
        if c not in s["keywords"]:
            lut[ord(c)] = nodes.get("**Num", 0)
    for c in s["letter"]:
        if c not in s["keywords"] and c not in s["num"]:
            lut[ord(c)] = nodes.get("**Letter", 0)

    out: dict[str, numpy.ndarray] = {"lut": lut}
    table = numpy.full((len(_UNARY), n_nodes), -1, dtype=numpy.int32)
    for k, kind in enumerate(_UNARY):
        for i, idx in unary[kind].items():
            table[k, i] = idx
    out["unary"] = table
    # the three bigram kinds look up the same character bigrams (shifted): one key table,
    # a row of feature ids per kind (-1: none; the last column: a bigram not in the table)
    bigrams = sorted({a * n_nodes + b for kind in _PAIRS for (a, b) in pairs[kind]})
    column = {key: i for i, key in enumerate(bigrams)}
    values = numpy.full((len(_PAIRS), len(bigrams) + 1), -1, dtype=numpy.int32)
    for k, kind in enumerate(_PAIRS):
        for (a, b), idx in pairs[kind].items():
            values[k, column[a * n_nodes + b]] = idx
    out["bigram_keys"] = numpy.array(bigrams, dtype=numpy.int64)
    out["bigram_vals"] = values
    for side in ("l", "r"):
        keys, vals = _sorted_pairs(wwfeat[side], n_words + 1, 1)
        out[f"ww{side}_keys"], out[f"ww{side}_vals"] = keys, vals
    for kind, name in (("w-1", "wm1"), ("w1", "w1")):
        arr = numpy.full(n_words + 1, -1, dtype=numpy.int32)  # the last entry: no word
        for i, idx in wfeat[kind].items():
            arr[i] = idx
        out[name] = arr

    # trie of node ids over the words: (state * n_nodes + node) -> child; state -> word id
    edges: dict[int, int] = {}
    word_of = [-1]
    for w, wid in words.items():
        state = 0
        for c in w:
            key = state * n_nodes + nodes[c]
            child = edges.get(key)
            if child is None:
                child = edges[key] = len(word_of)
                word_of.append(-1)
            state = child
        word_of[state] = wid
    keys = numpy.array(sorted(edges), dtype=numpy.int64)
    out["trie_keys"] = keys
    out["trie_child"] = numpy.array([edges[k] for k in keys.tolist()], dtype=numpy.int32)
    out["trie_word"] = numpy.array(word_of, dtype=numpy.int32)
    out["sizes"] = numpy.array([n_nodes, n_words, wmin, wmax, COMPILED_FORMAT], dtype=numpy.int64)
    return out


def _sorted_pairs(
    pairs: Mapping[tuple[int, int], int], base: int, shift: int
) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Pairs ``(a, b) -> v`` as sorted keys ``(a + shift) * base + (b + shift)`` and values."""
    items = sorted(((a + shift) * base + (b + shift), v) for (a, b), v in pairs.items())
    keys = numpy.array([k for k, _ in items], dtype=numpy.int64)
    vals = numpy.array([v for _, v in items], dtype=numpy.int32)
    return keys, vals


def _model_sources(model_dir: Path) -> list[Path]:
    return [model_dir / "features.msgpack", model_dir / "weights.npz"]


def compile_model(model_dir: Path | None = None) -> dict[str, numpy.ndarray]:
    """Compile the tables of the pkuseg model in ``model_dir`` (default: pressie's model),
    with the SHA-256 of its source files (``source_sha256``)."""
    import srsly

    model_dir = Path(model_dir) if model_dir is not None else segmenter_model_dir()
    data = srsly.read_msgpack(model_dir / "features.msgpack")
    settings = _pkuseg_settings()
    tables = compile_tables(data["feature_to_idx"], data["unigram"], settings)
    tables["source_sha256"] = numpy.array(_sha256(_model_sources(model_dir)))
    tables["settings"] = numpy.array(json.dumps(settings, sort_keys=True, ensure_ascii=False))
    return tables


def write_compiled(model_dir: Path | None = None) -> Path:
    """Compile the model's tables and write them to ``compiled.npz`` in the model folder."""
    model_dir = Path(model_dir) if model_dir is not None else segmenter_model_dir()
    tables = compile_model(model_dir)
    path = model_dir / COMPILED_NAME
    with path.open("wb") as fh:
        numpy.savez_compressed(fh, **tables)
    return path


def _read_compiled(model_dir: Path) -> dict[str, numpy.ndarray] | None:
    """The compiled tables of ``model_dir`` when they exist and match its source files."""
    path = model_dir / COMPILED_NAME
    if not path.is_file():
        return None
    with numpy.load(path) as npz:
        tables = {k: npz[k] for k in npz.files}
    sizes = tables.get("sizes")
    if sizes is None or len(sizes) < 5 or int(sizes[4]) != COMPILED_FORMAT:
        return None
    if str(tables.get("source_sha256")) != _sha256(_model_sources(model_dir)):
        return None
    # the installed spacy-pkuseg must normalize characters as the one they were compiled with
    settings = json.dumps(_pkuseg_settings(), sort_keys=True, ensure_ascii=False)
    if str(tables.get("settings")) != settings:
        return None
    return tables


# --------------------------------------------------------------------------- dictionary


class WordSet:
    """A set of strings answering many membership questions about substrings at once.

    :meth:`contains` tells for every ``(start, length)`` whether
    ``text[start:start + length]`` is in the set: polynomial hashes of the text (mod 2**64,
    from prefix sums) looked up in the sorted hashes of the words, each hit then compared
    code point by code point.  Equal to ``text[a:b] in set(words)`` for every input.
    """

    __slots__ = ("_cps", "_offsets", "_lengths", "_keys", "_mult", "_max_len", "_filter")

    #: bits of the hash that index the prefilter (a table of 2**22 flags, packed: 512 KB)
    FILTER_BITS = 22

    def __init__(self, words: Iterable[str]) -> None:
        """Build the set from ``words`` (duplicates allowed)."""
        items = list(words)
        lengths = numpy.fromiter((len(w) for w in items), dtype=numpy.int64, count=len(items))
        self._build(code_points("".join(items)), lengths)

    @classmethod
    def from_lines(cls, blob: str) -> WordSet:
        """The set of ``blob.split("\\n")`` (without splitting it into Python strings)."""
        self = cls.__new__(cls)
        cps = code_points(blob)
        breaks = numpy.flatnonzero(cps == 10)
        starts = numpy.concatenate(([0], breaks + 1))
        ends = numpy.concatenate((breaks, [len(cps)]))
        self._build(cps, ends - starts, starts)
        return self

    def _build(
        self, cps: numpy.ndarray, lengths: numpy.ndarray, offsets: numpy.ndarray | None = None
    ) -> None:
        if offsets is None:
            offsets = numpy.zeros(len(lengths), dtype=numpy.int64)
            if len(lengths) > 1:
                numpy.cumsum(lengths[:-1], out=offsets[1:])
        self._cps = cps
        self._max_len = int(lengths.max()) if len(lengths) else 0
        for mult in _MULTIPLIERS:
            keys = _Hashes(cps, mult).of(offsets, lengths)
            order = numpy.argsort(keys)
            keys, offs, lens = keys[order], offsets[order], lengths[order]
            dup = numpy.flatnonzero(keys[1:] == keys[:-1]) + 1 if len(keys) > 1 else []
            collision = False
            for k in list(dup):  # equal hashes: the same word twice, or a collision
                a, b, ln = int(offs[k - 1]), int(offs[k]), int(lens[k])
                if lens[k - 1] != ln or not numpy.array_equal(cps[a : a + ln], cps[b : b + ln]):
                    collision = True
                    break
            if collision:
                continue
            keep = numpy.ones(len(keys), dtype=bool)
            keep[dup] = False
            # the narrowest integer types that hold them (the dictionary stays in memory)
            self._keys = keys[keep]
            self._offsets = offs[keep].astype(_narrow(len(cps)))
            self._lengths = lens[keep].astype(_narrow(self._max_len))
            self._mult = mult
            # which top hash bits occur: most non-words are turned away here, in cache
            flags = numpy.zeros(1 << self.FILTER_BITS, dtype=bool)
            flags[self._keys >> _FILTER_SHIFT] = True
            self._filter = numpy.packbits(flags, bitorder="little")
            return
        raise UnsupportedModel("no collision-free hash for the dictionary")  # pragma: no cover

    def __len__(self) -> int:
        return len(self._keys)

    def hashes(self, cps: numpy.ndarray) -> _Hashes:
        """The prefix hashes of a text (its ``code_points``) for :meth:`contains`."""
        return _Hashes(cps, self._mult)

    def contains(
        self, text: _Hashes, starts: numpy.ndarray, lengths: numpy.ndarray
    ) -> numpy.ndarray:
        """Membership of ``text[starts[i]:starts[i] + lengths[i]]`` for each ``i``
        (``text`` from :meth:`hashes`), as a boolean array."""
        starts = numpy.asarray(starts, dtype=numpy.int64)
        lengths = numpy.asarray(lengths, dtype=numpy.int64)
        found = numpy.zeros(len(starts), dtype=bool)
        if not len(starts) or not len(self._keys):
            return found
        ask = ((lengths > 0) & (lengths <= self._max_len)).nonzero()[0]
        if not len(ask):
            return found
        s, ln = starts[ask], lengths[ask]
        keys = text.of(s, ln)
        top = keys >> _FILTER_SHIFT  # the prefilter's bit: byte top // 8, bit top % 8
        bits = self._filter[top >> _THREE] >> (top & _SEVEN).astype(numpy.uint8)
        maybe = (bits & 1).nonzero()[0]
        if not len(maybe):
            return found
        ask, s, ln, keys = ask[maybe], s[maybe], ln[maybe], keys[maybe]
        pos = self._keys.searchsorted(keys)
        numpy.minimum(pos, len(self._keys) - 1, out=pos)
        hit = (self._keys[pos] == keys) & (self._lengths[pos] == ln)
        idx = hit.nonzero()[0]
        if len(idx):
            # exact check, code point by code point, of every hash hit
            a, b, n = s[idx], self._offsets[pos[idx]].astype(numpy.int64), ln[idx]
            step = numpy.arange(int(n.max()))
            live = step[None, :] < n[:, None]
            mine = text.cps[numpy.where(live, a[:, None] + step, 0)]
            theirs = self._cps[numpy.where(live, b[:, None] + step, 0)]
            hit[idx] = ((mine == theirs) | ~live).all(axis=1)
        found[ask] = hit
        return found


_FILTER_SHIFT = numpy.uint64(64 - WordSet.FILTER_BITS)
_THREE, _SEVEN = numpy.uint64(3), numpy.uint64(7)


def _narrow(top: int) -> type:
    """The smallest unsigned integer type holding ``0..top``."""
    for kind in (numpy.uint8, numpy.uint16, numpy.uint32):
        if top <= numpy.iinfo(kind).max:
            return kind
    return numpy.int64


class _Hashes:
    """Prefix hashes of a code point array: ``of(s, n)`` is
    ``sum(cps[s + j] * mult**j for j < n)`` mod 2**64, for many ``(s, n)`` at once.

    (numpy's uint64 array arithmetic wraps around silently: that is the mod 2**64.)
    """

    __slots__ = ("cps", "_prefix", "_inv")

    def __init__(self, cps: numpy.ndarray, mult: int) -> None:
        self.cps = cps
        n = len(cps)
        powers, inv = _powers(mult, n + 1)
        prefix = numpy.zeros(n + 1, dtype=numpy.uint64)
        numpy.cumsum(cps.astype(numpy.uint64) * powers[:n], out=prefix[1:])
        self._prefix = prefix
        self._inv = inv

    def of(self, starts: numpy.ndarray, lengths: numpy.ndarray) -> numpy.ndarray:
        """The hashes of ``cps[starts[i]:starts[i] + lengths[i]]``."""
        return (self._prefix[starts + lengths] - self._prefix[starts]) * self._inv[starts]


#: powers of a multiplier and of its inverse mod 2**64, computed once up to this length
_POWERS_KEPT = 1 << 16
_POWERS: dict[int, tuple[numpy.ndarray, numpy.ndarray]] = {}


def _powers(mult: int, n: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """``mult**j`` and ``mult**-j`` mod 2**64 for ``j < n`` (read-only views)."""
    kept = _POWERS.get(mult)
    if kept is None or len(kept[0]) < n:
        size = max(n, _POWERS_KEPT)
        out = []
        for base in (mult, pow(mult, -1, 2**64)):
            arr = numpy.empty(size, dtype=numpy.uint64)
            arr[0] = 1
            arr[1:] = numpy.uint64(base)
            numpy.cumprod(arr, out=arr)
            arr.flags.writeable = False
            out.append(arr)
        kept = (out[0], out[1])
        if size == _POWERS_KEPT:  # longer ones are not kept: memory stays bounded
            _POWERS[mult] = kept
    return kept[0][:n], kept[1][:n]


def _default_dictionary() -> str:
    """spacy-pkuseg's post-processing dictionary (``dicts/default.pkl``): its words, one a
    line, as pkuseg reads them (``pickle.load(f).strip().split("\\n")``)."""
    spec = importlib.util.find_spec("spacy_pkuseg")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("spacy_pkuseg is not installed")
    pkl = Path(next(iter(spec.submodule_search_locations))).resolve() / "dicts" / "default.pkl"
    with pkl.open("rb") as fh:
        return str(pickle.load(fh)).strip()


# --------------------------------------------------------------------------- segmenter


class Segmenter:
    """pkuseg's ``cut`` for pressie's model (see the module docstring): same words, faster.

    Holds only read-only tables, so one instance serves every thread and document.
    """

    def __init__(
        self,
        tables: Mapping[str, numpy.ndarray],
        weights: numpy.ndarray,
        n_tag: int,
        b_tags: Sequence[int],
        dictionary: WordSet | None,
    ) -> None:
        """Build from compiled ``tables``, pkuseg's flat weight vector ``weights``
        (``n_feature * n_tag`` node weights, then ``n_tag ** 2`` edge weights), the tag ids
        whose name holds ``B`` and the post-processing dictionary (None: no post-processing).
        """
        from spacy_pkuseg.inference import run_viterbi

        self._viterbi: Callable[..., Any] = run_viterbi
        t = {k: numpy.asarray(v) for k, v in tables.items()}
        n_nodes, n_words, wmin, wmax, _fmt = (int(x) for x in t["sizes"][:5])
        if not 1 <= wmin <= wmax <= _PAD:
            # the padding around the node ids must hold the longest word (_block_features
            # reads the words ending before a character as views into it)
            raise UnsupportedModel(f"dictionary words of {wmin}..{wmax} characters")
        self._lut = t["lut"]
        self._unary = t["unary"]
        # character bigrams: sorted keys, [kind, bigram] feature ids (last column: none)
        trie_keys, trie_child = t["trie_keys"], t["trie_child"]
        # the trie's two-node prefixes (the dictionary words' first two characters) as
        # character bigrams: (first node * n_nodes + second node, the state they reach)
        root = trie_keys < n_nodes  # edges out of the root (state 0)
        first_of = numpy.full(len(t["trie_word"]), -1, dtype=numpy.int64)  # depth-1 state -> node
        first_of[trie_child[root]] = trie_keys[root]
        state, node = numpy.divmod(trie_keys, n_nodes)
        second = first_of[state] >= 0
        pair_keys = first_of[state[second]] * n_nodes + node[second]
        pair_states = trie_child[second]
        # character bigrams: sorted keys (the model's bigram features, and the trie's
        # two-node prefixes that are none), [kind, bigram] feature ids (-1: none; the last
        # column: a bigram not in the table)
        model_keys = t["bigram_keys"]
        pos = numpy.minimum(model_keys.searchsorted(pair_keys), len(model_keys) - 1)
        extra = numpy.sort(pair_keys[model_keys[pos] != pair_keys])
        # merged in order: each key moves on by the keys of the other list below it
        model_at = numpy.arange(len(model_keys)) + extra.searchsorted(model_keys)
        extra_at = numpy.arange(len(extra)) + model_keys.searchsorted(extra)
        keys = numpy.empty(len(model_keys) + len(extra), dtype=numpy.int64)
        keys[model_at], keys[extra_at] = model_keys, extra
        vals = numpy.full((len(_PAIRS), len(keys) + 1), -1, dtype=t["bigram_vals"].dtype)
        vals[:, model_at] = t["bigram_vals"][:, :-1]
        self._bigram_keys = keys
        self._bigrams = _HashTable(keys, numpy.arange(len(keys), dtype=numpy.int64))
        self._bigram_vals = vals
        # bigram column -> the trie state after its two nodes (-1: no word starts so)
        self._trie_pair = numpy.full(len(keys) + 1, -1, dtype=numpy.int64)
        self._trie_pair[keys.searchsorted(pair_keys)] = pair_states
        # word-pair features: with one side "no word" from dense arrays, else by search
        base = n_words + 1
        self._ww = []
        for side in ("l", "r"):
            keys, vals = t[f"ww{side}_keys"], t[f"ww{side}_vals"]
            pre, post = keys // base - 1, keys % base - 1
            pre_only = numpy.full(base, -1, dtype=numpy.int64)  # (word, no word); [-1]: none
            post_only = numpy.full(base, -1, dtype=numpy.int64)  # (no word, word)
            sel = post < 0
            pre_only[numpy.where(pre[sel] < 0, n_words, pre[sel])] = vals[sel]
            sel = (pre < 0) & (post >= 0)
            post_only[post[sel]] = vals[sel]
            post_only[n_words] = pre_only[n_words]
            both = (pre >= 0) & (post >= 0)
            self._ww.append((pre_only, post_only, keys[both], vals[both]))
        # whether a word-pair feature with one side "no word" exists (pkuseg's own model
        # has none: its word-pair features fire only where both words are dictionary words)
        self._ww_one_sided = any(
            bool((pre_only >= 0).any() or (post_only >= 0).any())
            for pre_only, post_only, _k, _v in self._ww
        )
        # the word pairs of both sides in one sorted table: a right-side key moved past
        # every left-side one (keys are below base**2), so both are looked up in one search
        self._ww_square = base * base
        self._ww_pairs = (
            numpy.concatenate([self._ww[0][2], self._ww[1][2] + self._ww_square]),
            numpy.concatenate([self._ww[0][3], self._ww[1][3]]),
        )
        self._wm1, self._w1 = t["wm1"], t["w1"]
        self._trie = (_HashTable(trie_keys, trie_child), t["trie_word"])
        self._n_nodes, self._n_words = n_nodes, n_words
        self._lengths = list(range(wmax, wmin - 1, -1))  # pkuseg's order: longest first
        self._row_of = {ln: k for k, ln in enumerate(self._lengths)}
        self._word_rows = numpy.arange(len(self._lengths))[:, None]
        self._word_lens = numpy.array(self._lengths)[:, None]
        n_feature = (len(weights) - n_tag * n_tag) // n_tag
        # node weights with a zero row at the end for "no feature" (index -1)
        w = numpy.zeros((n_feature + 1, n_tag), dtype=numpy.float64)
        w[:n_feature] = numpy.asarray(weights[: n_feature * n_tag]).reshape(n_feature, n_tag)
        self._weights = w
        edge = numpy.ones((n_tag, n_tag), dtype=numpy.float64)
        back = n_feature * n_tag
        for s in range(n_tag):
            for p in range(n_tag):
                edge[p, s] += float(weights[back + s * n_tag + p]) * 1.0
        self._edge = edge
        is_b = numpy.zeros(n_tag, dtype=bool)
        is_b[list(b_tags)] = True
        self._is_b = is_b
        self._dictionary = dictionary

    # ----------------------------------------------------------------- loading

    @classmethod
    def load(cls, model_dir: Path | str | None = None) -> Segmenter:
        """pressie's model (or the pkuseg model in ``model_dir``) with pkuseg's default
        post-processing dictionary, as ``spacy_pkuseg.pkuseg(model_dir)`` segments."""
        model_dir = Path(model_dir) if model_dir is not None else segmenter_model_dir()
        if (model_dir / "user_dict.txt").is_file():
            raise UnsupportedModel("a user dictionary (user_dict.txt) is not supported")
        tables = _read_compiled(model_dir)
        if tables is None:
            tables = compile_model(model_dir)
        with numpy.load(model_dir / "weights.npz") as npz:
            sizes, w = npz["sizes"], npz["w"]
        n_tag = int(sizes[0])
        # spacy_pkuseg's tag ids are the sorted tag names (B, B_single, I, I_end, I_first)
        names = sorted({"B", "B_single", "I", "I_end", "I_first"})
        if n_tag != len(names):
            raise UnsupportedModel(f"{n_tag} tags; only pkuseg's 5-tag scheme is supported")
        b_tags = [i for i, name in enumerate(names) if "B" in name]
        return cls(tables, w, n_tag, b_tags, _shared_dictionary())

    @classmethod
    def from_pkuseg(cls, seg: Any) -> Segmenter:
        """The segmenter equivalent to a loaded ``spacy_pkuseg.pkuseg`` object ``seg``."""
        if seg.preprocesser.trie.children:
            raise UnsupportedModel("a user dictionary (pkuseg Preprocesser) is not supported")
        post = seg.postprocesser
        if post.do_process and post.common_words:
            raise UnsupportedModel("pkuseg common_words are not supported")
        fe = seg.feature_extractor
        tables = compile_tables(fe.feature_to_idx, fe.unigram)
        b_tags = [i for i, tag in seg.idx_to_tag.items() if "B" in tag]
        dictionary = WordSet(post.other_words) if post.do_process else None
        return cls(tables, seg.model.w, seg.model.n_tag, b_tags, dictionary)

    # ----------------------------------------------------------------- segmenting

    def cut(self, text: str) -> list[str]:
        """The words of ``text``, exactly as ``spacy_pkuseg.pkuseg.cut`` returns them
        (whitespace dropped)."""
        starts, ends = self.spans(text)
        return [text[a:b] for a, b in zip(starts.tolist(), ends.tolist())]

    def spans(self, text: str) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Start and end offsets (``int64`` arrays) of the words :meth:`cut` returns."""
        if not isinstance(text, str):
            raise TypeError(f"Segmenter expects a str, not {type(text).__name__}")
        n = len(text)
        empty = numpy.zeros(0, dtype=numpy.int64)
        if not n:
            return empty, empty
        cps = code_points(text)
        space = _SPACE_LUT[numpy.minimum(cps, len(_SPACE_LUT) - 1)]
        solid = ~space
        if not solid.any():
            return empty, empty
        # whitespace-separated chunks [chunk_a, chunk_b); ``inside``: the characters of a
        # chunk, padded with _PAD outside ones at both ends
        inside = numpy.zeros(n + 2 * _PAD, dtype=bool)
        inside[_PAD : _PAD + n] = solid
        flags = inside.view(numpy.int8)
        edge = flags[_PAD : _PAD + n + 1] - flags[_PAD - 1 : _PAD + n]
        chunk_a = (edge == 1).nonzero()[0]
        chunk_b = (edge == -1).nonzero()[0]
        nid = self._lut[numpy.minimum(cps, len(self._lut) - 1)].astype(numpy.int64)
        nid[space] = 0
        score = self._scores(nid, inside, n)
        starts = self._decode(score, solid, chunk_a, chunk_b)
        ends = numpy.empty_like(starts)
        ends[:-1] = starts[1:]
        ends[-1] = chunk_b[-1]
        # a word never runs over a chunk end
        chunk_of = chunk_a.searchsorted(starts, side="right") - 1
        ends = numpy.minimum(ends, chunk_b[chunk_of])
        if self._dictionary is not None:
            starts, ends = self._postprocess(cps, starts, ends, chunk_of)
        return starts, ends

    def _scores(self, nid: numpy.ndarray, inside: numpy.ndarray, n: int) -> numpy.ndarray:
        """pkuseg's node scores (``getLogYY``) of every character, summed in its order.

        Per block of :data:`_BLOCK` characters, ``feats[k, i]`` is the id of the feature in
        pkuseg's slot ``k`` for character ``i`` (-1: none); the scores are the running sums
        over the slots, in slot order.  Working memory stays bounded by the block size.
        ``inside[P + i]``: whether character ``i`` belongs to a chunk (is no whitespace).
        """
        P = _PAD
        pad = numpy.zeros(n + 2 * P, dtype=numpy.int64)  # node ids, 0 beyond both ends
        pad[P : P + n] = nid
        # the bigram starting at each position - P (looked up once for three feature kinds)
        big = numpy.full(n + 2 * P, len(self._bigram_keys), dtype=numpy.int64)
        big[: n + 2 * P - 1] = self._bigrams.get(pad[:-1] * self._n_nodes + pad[1:])
        # words[k, P + s]: id of the dictionary word of length lengths[k] at s (-1: none)
        words = self._words(pad, big, n)
        score = numpy.empty((n, self._weights.shape[1]), dtype=numpy.float64)
        for lo in range(0, n, _BLOCK):
            hi = min(n, lo + _BLOCK)
            feats, at_i, feature = self._block_features(pad, big, words, inside, lo, hi)
            total = score[lo:hi]
            total[:] = 0.0  # getLogYY's node_score starts at 0.0
            # slot by slot, in pkuseg's order (a slot without any feature in the block adds
            # only zeros: skipped; a sum is never -0.0, so adding 0.0 changes nothing) ...
            for k in (feats >= 0).any(axis=1).nonzero()[0].tolist():
                total += self._weights.take(feats[k], axis=0)
            # ... then the word-pair features, one after the other in slot order (ufunc.at
            # adds unbuffered, in the order given)
            if len(at_i):
                numpy.add.at(total, at_i, self._weights.take(feature, axis=0))
        return score

    def _block_features(
        self, pad: numpy.ndarray, big: numpy.ndarray, words: numpy.ndarray,
        inside: numpy.ndarray, lo: int, hi: int,
    ) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """The features of the characters ``lo <= i < hi`` in pkuseg's
        ``__get_node_features_idx`` slots, in its order: ``feats[slot, i - lo]`` for the
        first 20 slots (a zero slot (-1), ``$$``, the character unigrams and bigrams, the
        dictionary words ending and starting at ``i``), then the word-pair slots as a list of
        ``(i - lo, feature)`` in slot order (most of them are empty: only the features
        there are listed).  ``reach``: how far each character's chunk reaches to its left
        (row 0) and right (row 1).

        Each group of slots is read in one step (a few numpy calls per block instead of a
        few per slot: on a short text the calls, not the characters, are the cost): the
        node ids at shifts -2..2 and the bigrams starting at -2..0 as strided views with
        one row per shift, and the slots out of the chunk's reach cleared with one mask."""
        P = _PAD
        m = hi - lo
        k_len = len(self._lengths)
        feats = numpy.empty((1 + 9 + 2 * k_len, m), dtype=numpy.int64)
        feats[0] = -1  # a zero to start from, as getLogYY's node_score starts at 0.0
        feats[1] = 0  # "$$"
        # unigram slots 2, 3, 5, 7, 9 (c, c-1, c1, c-2, c2) from the node ids at -2..2 ...
        feats[_UNI_SLOTS] = self._unary[_UNI_KINDS, _windows(pad, P + lo - 2, 5, m)]
        # ... bigram slots 4, 6, 8 (c-1c, cc1, c-2c-1) from the bigrams starting at -2..0 ...
        feats[_BI_SLOTS] = self._bigram_vals[_BI_KINDS, _windows(big, P + lo - 2, 3, m)]
        # ... and slots 3..9 cleared where they would reach out of the chunk: a chunk is a
        # run of characters inside, so it reaches j characters to the left of i when i and
        # the j before it are inside (and to the right likewise)
        near = _windows(inside, P + lo - 2, 5, m)  # inside at i-2 .. i+2
        reach = numpy.empty((4, m), dtype=bool)
        numpy.logical_and(near[1], near[2], out=reach[0])  # left, 1 character
        numpy.logical_and(near[2], near[3], out=reach[1])  # right, 1 after i
        numpy.logical_and(reach[0], near[0], out=reach[2])  # left, 2
        numpy.logical_and(reach[1], near[4], out=reach[3])  # right, 2 after i
        feats[3:10][~reach[_REACH_ROWS]] = -1

        # [k, i]: the word of length lengths[k] ending at i, starting at i, ending at i - 1,
        # starting at i + 1.  The lengths run down one by one (wmax .. wmin), so the rows of
        # the ending ones are diagonals of ``words``: views with one more element per row.
        wmax = self._lengths[0]
        row = words.shape[1]
        pre_in = _windows(words, P + lo + 1 - wmax, k_len, m, row + 1)
        post_in = words[:, P + lo : P + hi]
        pre_ex = _windows(words, P + lo - wmax, k_len, m, row + 1)
        post_ex = words[:, P + lo + 1 : P + hi + 1]
        # (a table's last entry, which -1 reads, is its "no word" feature)
        feats[10 : 10 + k_len] = self._wm1[pre_in]
        feats[10 + k_len :] = self._w1[post_in]

        base = self._n_words + 1
        if not self._ww_one_sided:
            # [side, k, i]: side 0 the word ending before i's word and the word at i, side 1
            # the word at i and the one after: both sides at once (one element apart)
            outer = _sides(words, P + lo - wmax, k_len, m, row + 1)
            inner = _sides(words, P + lo, k_len, m, row)
            a_word, b_word = outer >= 0, inner >= 0
            # the (side, pre, post, i) where both are words, in slot order (side, then pre,
            # post and i as each side's slots run): a 1-D nonzero, unravelled
            pairs = (a_word[:, :, None] & b_word[:, None]).ravel().nonzero()[0]
            side, rest = numpy.divmod(pairs, k_len * k_len * m)
            pre, rest = numpy.divmod(rest, k_len * m)
            post, i = numpy.divmod(rest, m)
            query = (outer[side, pre, i] + 1) * base + (inner[side, post, i] + 1)
            query += side * self._ww_square
            found = _lookup(*self._ww_pairs, query)
            keep = found >= 0
            return feats, i[keep], found[keep]
        no = self._n_words  # the word tables' "no word" entry
        at_i, feature = [], []
        for side, (outer, inner) in enumerate(((pre_ex, post_in), (pre_in, post_ex))):
            pre_only, post_only, keys, vals = self._ww[side]
            a_word, b_word = outer >= 0, inner >= 0
            # the (pre, post, i) where both are words: a 1-D nonzero, unravelled (several
            # times faster than numpy's nonzero of the 3-D array)
            pairs = (a_word[:, None] & b_word[None]).ravel().nonzero()[0]
            pre, rest = numpy.divmod(pairs, k_len * m)
            post, i = numpy.divmod(rest, m)
            found = _lookup(keys, vals, (outer[pre, i] + 1) * base + (inner[post, i] + 1))
            if self._ww_one_sided:
                # [pre, post, i]: the features with a "no word" side, then the word pairs
                col_a = pre_only[numpy.where(a_word, outer, no)]
                col_b = post_only[numpy.where(b_word, inner, no)]
                block = numpy.where(b_word[None], col_b[None], col_a[:, None])
                block[pre, post, i] = found
                listed = (block >= 0).ravel().nonzero()[0]
                at_i.append(listed % m)
                feature.append(block.reshape(-1)[listed])
            else:
                keep = found >= 0
                at_i.append(i[keep])
                feature.append(found[keep])
        return feats, numpy.concatenate(at_i), numpy.concatenate(feature)

    def _words(self, pad: numpy.ndarray, big: numpy.ndarray, n: int) -> numpy.ndarray:
        """``words[k, P + s]``: the id of the dictionary word of length ``lengths[k]`` that the
        nodes starting at ``s`` spell (-1: none; ``P`` the padding), found by walking the trie
        for all characters at once; ``big[P + s]`` is the bigram column of the nodes at ``s``
        and ``s + 1``, which gives the walks' first two steps."""
        child, word_of = self._trie
        nn = self._n_nodes
        P = _PAD
        row_of = self._row_of
        words = numpy.full((len(self._lengths), n + 2 * P), -1, dtype=numpy.int64)
        # walks still in the trie after two nodes (a node id 0, whitespace or an unknown
        # character, is in no bigram the trie knows)
        live = (pad[P : P + n] > 0).nonzero()[0]
        state = self._trie_pair[big[P + live]]
        keep = (state >= 0).nonzero()[0]
        live, state = live[keep], state[keep]
        if 2 in row_of:
            words[row_of[2], P + live] = word_of[state]
        for j in range(2, self._lengths[0]):
            if not len(live):
                break
            node = pad[P + j + live]
            nxt = child.get(state * nn + node)
            keep = (nxt >= 0) & (node > 0)
            live, state = live[keep], nxt[keep]
            if j + 1 in row_of:
                words[row_of[j + 1], P + live] = word_of[state]
        return words

    def _decode(
        self, score: numpy.ndarray, solid: numpy.ndarray, chunk_a: numpy.ndarray,
        chunk_b: numpy.ndarray,
    ) -> numpy.ndarray:
        """Word starts from pkuseg's Viterbi decoder, run on each chunk's scores: a chunk's
        first character, and every other character whose tag is a B tag."""
        tags = numpy.zeros(len(score), dtype=numpy.int32)
        viterbi, edge = self._viterbi, self._edge
        longer = (chunk_b - chunk_a > 1).nonzero()[0]  # one character: one word, no tags
        for a, b in zip(chunk_a[longer].tolist(), chunk_b[longer].tolist()):
            tags[a:b] = viterbi(score[a:b], edge)[1]
        opens = self._is_b[tags] & solid  # outside the chunks (whitespace): no word starts
        opens[chunk_a] = True
        return opens.nonzero()[0]

    def _postprocess(
        self, cps: numpy.ndarray, starts: numpy.ndarray, ends: numpy.ndarray,
        chunk_of: numpy.ndarray,
    ) -> tuple[numpy.ndarray, numpy.ndarray]:
        """pkuseg's ``Postprocesser.post_process(sent, check_seperated=True)`` on every
        chunk's word list, with ``common_words`` empty.

        pkuseg runs a pass per run length ``m`` = 7..2: left to right, a run of ``m`` words
        whose concatenation is a dictionary word, and not every one of them a dictionary
        word, is merged into one word, and the pass goes on after it.  Here the dictionary
        is asked about every run of every length at once (and about the words of the runs
        it knows); the passes are then applied in order, and only after a pass that merged
        something are the later passes' runs asked about again (the words changed).
        """
        dictionary = self._dictionary
        assert dictionary is not None
        text = dictionary.hashes(cps)
        top = 7
        while top >= 2:
            nw = len(starts)
            sizes = numpy.arange(top, 1, -1)
            # rest[i]: the words from i to the last word of its chunk; a run of m words
            # starting at i stays inside one chunk when rest[i] >= m
            rest = chunk_of.searchsorted(chunk_of, side="right") - numpy.arange(nw)
            # every run of every size at once, longest runs first, left to right (a 1-D
            # nonzero, unravelled: numpy's 2-D nonzero is several times slower)
            flat = (rest >= sizes[:, None]).ravel().nonzero()[0]
            if not len(flat):
                break
            rows, firsts = numpy.divmod(flat, nw)
            lasts = firsts + sizes[rows] - 1
            hits = dictionary.contains(
                text, starts[firsts], ends[lasts] - starts[firsts]
            ).nonzero()[0]
            if not len(hits):
                break
            # every part a dictionary word: pkuseg keeps them apart (only the words of the
            # runs found are asked about; the others are never read)
            first, m_of = firsts[hits], sizes[rows[hits]]
            edges = numpy.bincount(first, minlength=nw + 1)
            edges -= numpy.bincount(first + m_of, minlength=nw + 1)
            ask = (numpy.cumsum(edges[:nw]) > 0).nonzero()[0]
            part_in = numpy.ones(nw, dtype=bool)
            part_in[ask] = dictionary.contains(text, starts[ask], ends[ask] - starts[ask])
            run = numpy.zeros(nw + 1, dtype=numpy.int64)
            numpy.cumsum(~part_in, out=run[1:])
            hits = hits[run[first + m_of] != run[first]]
            if not len(hits):
                break
            # the first pass (the longest runs) that merges something, left to right
            row = rows[hits[0]]
            m = int(sizes[row])
            cand = firsts[hits[rows[hits] == row]]
            drop = numpy.zeros(nw, dtype=bool)
            ends = ends.copy()
            allowed = 0
            for i in cand.tolist():  # a merged run is skipped over
                if i < allowed:
                    continue
                drop[i + 1 : i + m] = True
                ends[i] = ends[i + m - 1]  # the merged word ends where its last part did
                allowed = i + m
            keep = ~drop
            starts, ends, chunk_of = starts[keep], ends[keep], chunk_of[keep]
            top = m - 1  # the words changed: ask again for the shorter runs
        return starts, ends


_DICT_LOCK = threading.Lock()
_DICT: list[WordSet] = []


def _shared_dictionary() -> WordSet:
    """pkuseg's default post-processing dictionary as a :class:`WordSet` (built once)."""
    with _DICT_LOCK:
        if not _DICT:
            _DICT.append(WordSet.from_lines(_default_dictionary()))
        return _DICT[0]
