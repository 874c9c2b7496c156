"""Period mentions: kinds, roles and the :class:`PeriodMention` record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..model import Period, _construct

PeriodKind = Literal[
    "year",
    "range",
    "since",
    "until",
    "rolling",
    "quarter",
    "half",
    "month",
    "day",
    "part",
    "list",
    "named",
    "vague",
    "undated",
    "same_period",
    "annual",
]
PeriodRole = Literal["own", "base"]
AUTO: Literal["auto"] = "auto"

_SENTENCE_ENDERS = "。！？!?\n"
_POINT_KINDS = frozenset({"day", "month", "part", "list"})
_BASEABLE_KINDS = frozenset(
    {"year", "half", "quarter", "month", "day", "part", "same_period", "annual", "range",
     "named", "list"}
)


# --------------------------------------------------------------------------- data model


#: the fields a Period built from a mention is given (the rest keep their defaults)
_OWN_GIVEN = frozenset({"text", "start", "end", "date_start", "date_end", "inherited"})
_INHERITED_GIVEN = frozenset({"text", "date_start", "date_end", "inherited"})


@dataclass(frozen=True)
class PeriodMention:
    """One period expression in the text with its analysis (see the module docstring)."""

    text: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    kind: PeriodKind
    role: PeriodRole = "own"
    framing: bool = False
    point: bool = False
    event: str | None = None  #: the event phrase of ``汛期以来`` / ``专项行动期间``
    #: inside a noun phrase (``侦破2000年以来拐卖儿童积案``, ``降至2022年的1700余起``):
    #: the period of the number right after it at most, never of the sentence
    modifier: bool = False
    #: a campaign frame (``在开展…专项行动中``): no period of its own unless dated
    frame: bool = False

    def period(self, inherited: bool = False) -> Period:
        """This mention as a :class:`~pressie.model.Period` (offsets dropped when inherited)."""
        fields = {
            "text": self.text,
            "start": None if inherited else self.start,
            "end": None if inherited else self.end,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "inherited": inherited,
        }
        given = _INHERITED_GIVEN if inherited else _OWN_GIVEN
        return _construct(Period, fields, set(given))

    @property
    def dated(self) -> bool:
        """True when at least one end of the period is known."""
        return self.date_start is not None or self.date_end is not None
