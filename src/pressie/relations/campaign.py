"""TODO docstring."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ..model import Entity
from .candidates import _Sentence


def _campaign_map(ctx, text: str, sents: list[_Sentence]
                  ) -> list[Callable[[int], str | None]]:
    """For every sentence, a ``position -> campaign`` function.

    A campaign named in a paragraph's opening sentence governs the paragraph; a campaign
    named inside a sentence (在“X”行动中 / 深入推进“X”专项行动) governs the rest of that
    paragraph from where it is named; a new unnamed ``…专项行动`` sentence ends it.
    """
    camps = sorted((e for e in ctx._entities if e.label == "CAMPAIGN"),
                   key=lambda e: e.start)
    camp_starts = [e.start for e in camps]
    out: list[Callable[[int], str | None]] = []
    current: list[tuple[int, str | None]] = []
    para = -1
    for sent in sents:
        if sent.paragraph != para:
            para = sent.paragraph
            current = []
        st = text[sent.start:min(sent.end, sent.start + 40)]
        marks: list[tuple[int, str | None]] = []
        # the campaigns starting in the sentence, in order
        for e in camps[bisect_left(camp_starts, sent.start):
                       bisect_left(camp_starts, sent.end)]:
            if not ctx._skipped(e.start, e.end):
                if _campaign_governs(ctx, text, e, sent):
                    marks.append((e.start, e.canonical))
        if not marks and re.search(r"专项(?:行动|斗争|整治)[,，:：。]", st[:40]):
            marks.append((sent.start, None))
        snapshot = list(current) + marks

        def at(pos: int, snap: list[tuple[int, str | None]] = snapshot) -> str | None:
            val = None
            for p, c in snap:
                if p <= pos:
                    val = c
            return val

        out.append(at)
        current = current + marks
    return out


def _campaign_governs(ctx, text: str, e: Entity, sent: _Sentence) -> bool:
    before = text[max(sent.start, e.start - 12):e.start]
    after = text[e.end:min(sent.end, e.end + 12)]
    if e.start - sent.start <= 6:
        return True
    if re.search(r"(?:推进|开展|部署|深化|组织|实施|依托|在|以|结合)[^,，。]{0,8}$", before):
        return True
    return bool(re.match(r"(?:专项)?(?:行动|斗争|战役)?(?:中|期间|以来|开展以来)", after))
