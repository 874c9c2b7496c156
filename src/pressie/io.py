"""Reading a corpus: which files a command line names, how their bytes become text, dates.

* :func:`expand_paths` turns command-line arguments (files, directories searched
  recursively for ``*.txt``, glob patterns, ``-`` for stdin) into :class:`Source` records,
  in a stable order, each file once; an argument that names nothing becomes an
  :class:`InputError` in its place, so that the caller can report it and go on.
* :func:`decode` turns bytes into text: a byte-order mark decides first (UTF-8, UTF-16,
  UTF-32), then strict UTF-8, then charset-normalizer restricted to the encodings Chinese
  pages are written in (GB18030 — a superset of GBK and GB2312 —, Big5, UTF-16/32 without a
  mark).  Its candidates are ranked by the share of characters a Chinese press text is made
  of (CJK ideographs, CJK and full-width punctuation, ASCII), which fixes its guesses on
  very short inputs; the encoding used is returned with the text.
* :func:`parse_iso_date` is the strict ``YYYY-MM-DD`` parser of the CLI;
  :func:`date_from_path` reads a publication date from a file name (``2021-05-31.txt``,
  ``20210531_1.txt``, ``2021/05/31/page.txt``).
"""

from __future__ import annotations

import codecs
import glob
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: Encodings charset-normalizer may choose from (those Chinese pages are written in).
DETECTED_ENCODINGS = (
    "utf_8",
    "gb18030",
    "big5",
    "utf_16_le",
    "utf_16_be",
    "utf_32_le",
    "utf_32_be",
)
#: Detection ranks candidate decodings on this many leading characters (linear cost).
SCORE_SAMPLE = 20_000
#: What a directory argument is searched for (recursively).
DIRECTORY_PATTERN = "*.txt"
#: The ``source`` of text read from standard input.
STDIN = "<stdin>"

# byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_GLOB_MAGIC = re.compile(r"[*?\[]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a date in a path: 2021-05-31, 2021_05_31, 2021.05.31, 2021/05/31 or 20210531, not inside a
# longer digit run (bounded repetitions only: linear on any input)
_PATH_DATE = re.compile(r"(?<!\d)(\d{4})([-_./]?)(\d{2})\2(\d{2})(?!\d)")


class InputError(Exception):
    """An input that cannot be used; ``str(err)`` is a one-line reason naming the input."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = " ".join(reason.split())  # one line, whatever the OS said
        super().__init__(f"{source}: {self.reason}")


@dataclass(frozen=True)
class Source:
    """One input: a file (``path``) or standard input (``path is None``).

    ``name`` is what records carry as their ``source``: the path as found (relative paths
    stay relative) or ``<stdin>``.
    """

    name: str
    path: Path | None = None


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding that was used (a Python codec name)."""

    text: str
    encoding: str


def expand_paths(
    args: Sequence[str], pattern: str = DIRECTORY_PATTERN
) -> Iterator[Source | InputError]:
    """The inputs command-line arguments name, in order, each file once.

    Args:
        args: file paths, directories (searched recursively for ``pattern``, hidden files
            and folders skipped, in sorted order), glob patterns (``**`` recursive, sorted)
            or ``-`` for standard input.
        pattern: the file-name pattern a directory is searched for.

    Yields:
        A :class:`Source` per file, or an :class:`InputError` for an argument that names
        no file (missing path, a glob or directory without matching files).
    """
    seen: set[str] = set()
    for arg in args:
        if arg == "-":
            if STDIN not in seen:
                seen.add(STDIN)
                yield Source(STDIN)
            continue
        found = list(_files_for(arg, pattern))
        if not found:
            yield InputError(arg, _nothing_found(arg, pattern))
            continue
        for path in found:
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                yield Source(str(path), Path(path))


def _files_for(arg: str, pattern: str) -> Iterator[str]:
    path = Path(arg)
    if path.is_dir():
        yield from _directory_files(path, pattern)
    elif path.exists() or not _GLOB_MAGIC.search(arg):
        yield arg  # a file, or a missing path that reading will report
    else:
        for match in sorted(glob.glob(arg, recursive=True)):
            if Path(match).is_dir():
                yield from _directory_files(Path(match), pattern)
            else:
                yield match


def _directory_files(folder: Path, pattern: str) -> Iterator[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += (
            os.path.join(root, f) for f in files if not f.startswith(".") and Path(f).match(pattern)
        )
    yield from sorted(found)


def _nothing_found(arg: str, pattern: str) -> str:
    if Path(arg).is_dir():
        return f"directory holds no {pattern} files"
    return "no file matches this pattern"


def read_source(source: Source, encoding: str | None = None) -> Decoded:
    """Read and decode one input.

    Args:
        source: from :func:`expand_paths`.
        encoding: a codec name to use instead of detection (``None``: detect).

    Raises:
        InputError: the file cannot be read or its bytes cannot be decoded.
    """
    try:
        if source.path is None:
            stream = getattr(sys.stdin, "buffer", None)
            data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        else:
            data = source.path.read_bytes()
    except OSError as err:
        raise InputError(source.name, f"cannot read: {err.strerror or err}") from None
    return decode(data, encoding, name=source.name)


def decode(data: bytes, encoding: str | None = None, *, name: str = "input") -> Decoded:
    """Decode ``data`` (see the module docstring for how the encoding is chosen).

    Args:
        data: the raw bytes.
        encoding: a codec name to use instead of detection.
        name: what error messages call the input.

    Returns:
        The text (without a byte-order mark) and the encoding used, as a normalized Python
        codec name (``utf-8``, ``utf-8-sig``, ``gb18030``, ``big5``, ``utf-16-le``...).

    Raises:
        InputError: unknown ``encoding``, bytes invalid in it, or (detecting) bytes that are
            not text in any of :data:`DETECTED_ENCODINGS`.
    """
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}") from None
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError as err:
            raise InputError(name, f"not valid {codec}: {err.reason} at byte {err.start}") from None
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), label)
            except UnicodeDecodeError as err:
                raise InputError(
                    name,
                    f"starts with a {label} byte-order mark but is not valid {label}: "
                    f"{err.reason} at byte {err.start}",
                ) from None
    if b"\x00" not in data:  # NUL bytes: UTF-16/32 without a mark, or binary data
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass  # not UTF-8: detect below
    return _detect(data, name)


def _detect(data: bytes, name: str) -> Decoded:
    from charset_normalizer import from_bytes

    candidates = []
    for rank, match in enumerate(from_bytes(data, cp_isolation=list(DETECTED_ENCODINGS))):
        text = str(match)
        codec = codecs.lookup(match.encoding).name
        # equal shares: GB18030 first (mainland pages), then charset-normalizer's order
        score = text_score(text[:SCORE_SAMPLE])
        candidates.append((-round(score, 3), codec != "gb18030", rank, text, codec))
    if candidates:
        score, _, _, text, codec = min(candidates)
        if -score >= 0.5:
            return Decoded(text, codec)
    raise InputError(
        name,
        "cannot decode: not text in UTF-8, GB18030/GBK, Big5 or UTF-16/32 "
        "(binary data? else pass --encoding)",
    )


def text_score(text: str) -> float:
    """Share of the characters of ``text`` that a Chinese press text is made of.

    CJK unified ideographs, CJK symbols and punctuation, full-width forms, general
    punctuation, ASCII printable characters and whitespace count; control characters,
    Hangul, kana, Bopomofo, private-use and rare blocks do not.  1.0 for empty text.
    """
    if not text:
        return 1.0
    good = 0
    for ch in text:
        cp = ord(ch)
        if (
            0x20 <= cp < 0x7F
            or ch in "\t\n\r"
            or 0x4E00 <= cp <= 0x9FFF
            or 0x3000 <= cp <= 0x303F
            or 0xFF00 <= cp <= 0xFFEF
            or 0x2010 <= cp <= 0x206F
            or ch in "·×÷°±§"
        ):
            good += 1
    return good / len(text)


def parse_iso_date(value: str) -> date:
    """``YYYY-MM-DD`` and nothing else (no time, no trailing text) as a ``date``.

    Raises:
        ValueError: for any other string, naming it.
    """
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass  # well-formed but impossible (2021-02-30): reported below
    raise ValueError(f"not an ISO date YYYY-MM-DD: {value!r}")


def date_from_path(path: str, *, earliest: int = 1949, latest: int = 2100) -> date | None:
    """The publication date a file path spells, or None.

    The last date in ``path`` wins (a file name's date over its folder's):
    ``2021-05-31``, ``2021_05_31``, ``2021.05.31``, ``2021/05/31`` (folders) or ``20210531``,
    not part of a longer run of digits, a real calendar date with a year from ``earliest``
    to ``latest``.
    """
    found = None
    for m in _PATH_DATE.finditer(path.replace("\\", "/")):
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if earliest <= year <= latest:
            try:
                found = date(year, month, day)
            except ValueError:
                continue
    return found
