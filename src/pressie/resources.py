"""Where pressie's packaged resources live (segmentation model, lexicons); reading them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

_PKUSEG_FILES = ("features.msgpack", "weights.npz")


def segmenter_model_dir() -> Path:
    """Return the folder holding pressie's own pkuseg segmentation model.

    An installed wheel carries the model inside the package (``pressie/_model/pkuseg``);
    a source checkout keeps it in ``models/pkuseg`` at the repository root.

    Raises:
        FileNotFoundError: when neither location holds a complete model; the message
            says how to rebuild it (``python -m pressie.train segmenter``).
    """
    candidates = [
        Path(str(resources.files("pressie"))) / "_model" / "pkuseg",
        Path(__file__).resolve().parents[2] / "models" / "pkuseg",
    ]
    for cand in candidates:
        if all((cand / name).is_file() for name in _PKUSEG_FILES):
            return cand
    raise FileNotFoundError(
        "pressie's segmentation model is missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); rebuild it with `python -m pressie.train segmenter`"
    )


def lexicon_path(name: str) -> Path:
    """Return the path of the packaged lexicon file ``name`` under ``pressie/lexicons``."""
    return Path(str(resources.files("pressie"))) / "lexicons" / name


def read_list(path: Path) -> list[str]:
    """Return the non-empty lines of a list file, stripped, leaving out ``#`` comment lines.

    Raises:
        pressie.lexicon_schema.LexiconError: for a malformed entry (a line with whitespace
            inside, a surname that is no surname), naming the file and line.
    """
    from .lexicon_schema import read_lines

    return read_lines(path)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the literal ``words``, longest first (so 个百分点 wins over 个)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
