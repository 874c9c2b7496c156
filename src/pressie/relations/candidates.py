"""TODO docstring."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Period, Quantity


@dataclass
class _Item:
    """One quantity in the working state of a sentence."""

    q: Quantity
    role: str = "value"  # value | change | baseline | drop
    direction: str | None = None
    basis: str | None = None
    marker_pos: int | None = None  # where the change marker / verb starts
    base_period: Period | None = None
    to_level: bool = False
    changes: list[_Item] = field(default_factory=list)
    baseline: _Item | None = None
    metric: str = ""
    pieces: list[tuple[int, int]] = field(default_factory=list)
    scope: tuple[int, int] | None = None
    noun_after: bool = False
    verb: str | None = None
    subcount: bool = False
    owner: _Item | None = None  # for change amounts attached to a value
    subject: tuple[int, int] | None = None  # change-only subject span
    absorbs: _Item | None = None  # a change written before a to-level value (…下降23.6%,降至…)


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
