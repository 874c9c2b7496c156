"""The gold sets every benchmark scores, in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The project's copy of the seed gold (corrections listed in benchmarks/data/README.md).
SEED_GOLD = ROOT / "benchmarks" / "data" / "seeds.jsonl"
#: Documents written for the project, with their gold (tests/data/README.md).
OWN_GOLD = ROOT / "tests" / "data" / "own_gold.jsonl"
OWN_TEXTS = ROOT / "tests" / "data" / "docs"
#: Later batches, written without looking at pressie's code or output (tests/data/README.md
#: records each batch's first, blind score before any development used it).
OWN_BATCHES = (
    ("own batch 2", ROOT / "tests" / "data" / "heldout_gold.jsonl", ROOT / "tests/data/heldout"),
    ("own batch 3", ROOT / "tests" / "data" / "heldout2_gold.jsonl", ROOT / "tests/data/heldout2"),
    ("own batch 4", ROOT / "tests" / "data" / "heldout3_gold.jsonl", ROOT / "tests/data/heldout3"),
    ("own batch 5", ROOT / "tests" / "data" / "heldout4_gold.jsonl", ROOT / "tests/data/heldout4"),
)


#: The real-page development corpus (benchmarks/data/real/README.md): committed gold and
#: manifests per batch; the page texts are not committed and live in REAL_TEXTS.
REAL = ROOT / "benchmarks" / "data" / "real"
REAL_TEXTS = REAL / "texts"
#: The batches whose first, blind score is recorded in the README; a batch joins the
#: default sets (and development) only once it is listed here.
SCORED = REAL / "scored.txt"


def real_sets() -> tuple[list[tuple[str, Path, Path]], list[str]]:
    """The real-page batches whose texts are all on this machine, and the names of those
    whose texts are missing (re-collect them: ``python benchmarks/real_corpus.py missing``)."""
    present: list[tuple[str, Path, Path]] = []
    missing: list[str] = []
    scored = set(SCORED.read_text("utf-8").split()) if SCORED.exists() else set()
    for folder in sorted(p for p in REAL.glob("b*") if (p / "gold.jsonl").exists()):
        if folder.name not in scored:
            continue  # not yet scored blind: only ``accuracy.py --gold`` scores it, once
        gold = folder / "gold.jsonl"
        import json

        sources = [json.loads(x)["source"] for x in gold.read_text("utf-8").splitlines() if x]
        if all((REAL_TEXTS / s).exists() for s in sources):
            present.append((f"real {folder.name}", gold, REAL_TEXTS))
        else:
            missing.append(folder.name)
    return present, missing


def default_sets() -> list[tuple[str, Path, Path]]:
    """The (name, gold file, text folder) sets scored by default: seeds, then own batches."""
    sets = [("seeds", SEED_GOLD, ROOT / "seeds")]
    if OWN_GOLD.exists():
        sets.append(("own batch 1", OWN_GOLD, OWN_TEXTS))
    sets += [(name, gold, texts) for name, gold, texts in OWN_BATCHES if gold.exists()]
    return sets


def doc_text(doc: dict[str, Any], texts: Path) -> str:
    """The text of a gold document: its own ``text`` field, else ``texts/<source>``."""
    if "text" in doc:
        return doc["text"]
    return (texts / doc["source"]).read_text(encoding="utf-8")
