"""Stage 5, campaign: the campaign (专项行动) each fact was counted in.

A campaign named in a paragraph's opening sentence governs the paragraph; a campaign named
inside a sentence (在“X”行动中, 深入推进“X”专项行动) governs the rest of the paragraph from
where it is named; a new unnamed ``…专项行动`` sentence ends it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from ..model import Entity
from .candidates import Sentence
from .context import Context
from .records import Site

Marks = list[tuple[int, "str | None"]]


def attach_campaigns(ctx: Context, sents: list[Sentence], sites: Iterable[Site]) -> None:
    """Set ``site.campaign`` of every site (its sentence one of ``sents``)."""
    marks = campaign_marks(ctx, sents)
    by_sentence = {id(s): k for k, s in enumerate(sents)}
    for site in sites:
        site.campaign = _campaign_at(marks[by_sentence[id(site.sent)]], site.pos)


def campaign_marks(ctx: Context, sents: list[Sentence]) -> list[Marks]:
    """For every sentence, the ``(position, campaign)`` marks in force in it, in order: a
    position from which on ``campaign`` governs (None: no campaign from there)."""
    text = ctx.text
    camps = sorted((e for e in ctx.entities if e.label == "CAMPAIGN"),
                   key=lambda e: e.start)
    camp_starts = [e.start for e in camps]
    out: list[Marks] = []
    current: Marks = []
    para = -1
    for sent in sents:
        if sent.paragraph != para:
            para = sent.paragraph
            current = []
        st = text[sent.start:min(sent.end, sent.start + 40)]
        marks: Marks = []
        # the campaigns starting in the sentence, in order
        for e in camps[bisect_left(camp_starts, sent.start):
                       bisect_left(camp_starts, sent.end)]:
            if not ctx.skipped(e.start, e.end) and _campaign_governs(text, e, sent):
                marks.append((e.start, e.canonical))
        if not marks and re.search(r"专项(?:行动|斗争|整治)[,，:：。]", st[:40]):
            marks.append((sent.start, None))
        out.append(current + marks)
        current = current + marks
    return out


def _campaign_at(marks: Marks, pos: int) -> str | None:
    val = None
    for p, c in marks:
        if p <= pos:
            val = c
    return val


def _campaign_governs(text: str, e: Entity, sent: Sentence) -> bool:
    """True when campaign ``e`` named in ``sent`` governs the figures after it."""
    before = text[max(sent.start, e.start - 12):e.start]
    after = text[e.end:min(sent.end, e.end + 12)]
    if e.start - sent.start <= 6:
        return True
    if re.search(r"(?:推进|开展|部署|深化|组织|实施|依托|在|以|结合)[^,，。]{0,8}$", before):
        return True
    return bool(re.match(r"(?:专项)?(?:行动|斗争|战役)?(?:中|期间|以来|开展以来)", after))
