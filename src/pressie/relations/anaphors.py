"""Stage 2b, anaphors: 此类案件发案数 takes the noun phrase it refers to.

``此类案件发案数`` after ``…侦破利用网络实施的拐卖案件近百起`` -> ``利用网络实施的拐卖案件发案数``:
a metric opening with an anaphor (``anaphors``: 此类, 该类, 这类, 上述, 前述) and its noun is
rewritten with the noun phrase of the paragraph's last fact ending with that noun (its
leading verb left out).  Runs over the drafts of the whole document, paragraph by paragraph.
"""

from __future__ import annotations

from dataclasses import replace

from .context import Context, clean
from .records import Draft, _span


def resolve_anaphors(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with every anaphoric metric resolved (unresolvable ones unchanged)."""
    anaphors = ctx.lex.anaphors
    out: list[Draft] = []
    para = -1
    earlier: list[Draft] = []
    for d in drafts:
        if d.site.sent.paragraph != para:
            para, earlier = d.site.sent.paragraph, []
        if d.metric.startswith(anaphors):
            d = _resolve(ctx, d, earlier)
        earlier.append(d)
        out.append(d)
    return out


def _resolve(ctx: Context, d: Draft, earlier: list[Draft]) -> Draft:
    """Draft ``d`` with its anaphor replaced by the noun phrase of one of the ``earlier``
    drafts of its paragraph (the last six are looked at), else ``d`` itself."""
    text = ctx.text
    spans = d.spans
    ana = next((a for a in ctx.lex.anaphors if d.metric.startswith(a)), "")
    if not spans or not spans[0].text.startswith(ana):
        return d
    rest = d.metric[len(ana):]
    for g in reversed(earlier[-6:]):
        if len(g.spans) != 1:
            continue
        gs = g.spans[0]
        for n in range(min(len(rest), 6), 0, -1):
            if gs.text.endswith(rest[:n]) and len(gs.text) > n + 1:
                verb = ctx.lex.verb_at(gs.text, 0) or ""
                a = gs.start + len(verb)
                cut = spans[0].start + len(ana) + n
                new = [_span(text, a, gs.end)]
                if cut < spans[0].end:
                    new.append(_span(text, cut, spans[0].end))
                new += spans[1:]
                metric = "".join(clean(sp.text) for sp in new)
                return replace(d, metric=metric, spans=new)
    return d
