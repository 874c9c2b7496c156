"""Word boundaries of a document (its pkuseg tokens), for verb and edge checks."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class _SortedStarts(list):  # type: ignore[type-arg]
    """Word boundary offsets already sorted and unique (as :class:`RelationExtractor`
    builds them), so that :class:`Boundaries` need not sort them again."""


class Boundaries:
    """Word boundaries of a document, from its tokens (pkuseg words).

    Built from the token start offsets (token end offsets may be included); the document
    end is a boundary too.  :meth:`word_of` gives the word that holds a position.
    """

    __slots__ = ("_starts", "_length")

    def __init__(self, starts: Sequence[int], length: int) -> None:
        if (isinstance(starts, _SortedStarts) and starts and starts[0] >= 0
                and starts[-1] <= length):
            ordered = list(starts)  # already sorted and unique: add the document edges
            if ordered[0] != 0:
                ordered.insert(0, 0)
            if ordered[-1] != length:
                ordered.append(length)
            self._starts = ordered
            self._length = length
            return
        found = set(starts)
        found.update((0, length))
        ordered = sorted(found)
        if ordered[0] < 0 or ordered[-1] > length:
            ordered = [s for s in ordered if 0 <= s <= length]
        self._starts = ordered
        self._length = length

    def at(self, pos: int) -> bool:
        """True when ``pos`` is a word boundary (or outside the document)."""
        if pos <= 0 or pos >= self._length:
            return True
        k = bisect_left(self._starts, pos)
        return k < len(self._starts) and self._starts[k] == pos

    def word_of(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the word holding the character at ``pos``."""
        k = bisect_right(self._starts, pos) - 1
        k = max(0, k)
        end = self._starts[k + 1] if k + 1 < len(self._starts) else self._length
        return self._starts[k], end

    def word(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` starts and ends on word boundaries."""
        return self.at(start) and self.at(end)
