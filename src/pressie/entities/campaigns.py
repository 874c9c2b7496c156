"""CAMPAIGN and CASE mentions."""

from __future__ import annotations

import re

from .lexicon import _OPEN_Q, Lexicon, _is_han
from .places import _Cand

# ---- campaigns ------------------------------------------------------------------------


def _campaign_core(core: str, lex: Lexicon) -> tuple[str, int | None] | None:
    """Canonical name and year of a quoted campaign core, or None when it is no campaign."""
    cr = lex.campaign_rules
    rx = lex.regex
    core = core.strip()
    year = None
    m = rx["camp_inner_suffix"].search(core)
    if m and len(core) - len(m.group()) >= 2:
        core = core[: m.start()]
    y = rx["year_split"].match(core)
    if y:
        core = y.group("name")
        year = int(y.group("y4")) if y.group("y4") else 2000 + int(y.group("y2"))
    for pre in cr["domain_prefixes"]:
        rest = core[len(pre) :]
        if core.startswith(pre) and rest in lex.campaigns:
            core = rest
            break
    if core in lex.campaigns:
        return lex.campaigns[core][0], year
    if core in cr["non_campaigns"] or any(nc in core for nc in cr["non_campaigns"]):
        return None
    if core in cr["crime_categories"]:
        return None
    if rx["camp_reject"].search(core) or not any(map(_is_han, core)):
        return None
    return core, year


def _campaigns(text: str, lex: Lexicon) -> list[_Cand]:
    rx = lex.regex
    out: list[_Cand] = []
    quotes = list(rx["quote"].finditer(text))
    # group quoted names that share one suffix: “A”、“B”和“C”专项行动
    groups: list[list[re.Match[str]]] = []
    for q in quotes:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end() : q.start()]
            if len(gap) <= 6 and rx["camp_gap"].fullmatch(gap):
                groups[-1].append(q)
                continue
        groups.append([q])
    for group in groups:
        last = group[-1]
        suffix = rx["camp_suffix"].match(text, last.end())
        for q in group:
            core = q.group(1)
            parsed = _campaign_core(core, lex)
            if parsed is None:
                continue
            name, year = parsed
            known = core in lex.campaigns or name in lex.campaigns
            inner_suffix = rx["camp_inner_suffix"].search(core) is not None
            glued_year = year is not None
            drive = rx["camp_period"].search(core) is not None
            before = text[max(0, q.start() - 6) : q.start()]
            after = text[q.end() : q.end() + 1]
            verb = rx["camp_verb"].search(before) is not None and (
                after in "，。；、,;" or not after
            )
            frame = before.endswith("以") and rx["camp_frame"].match(text, q.end()) is not None
            if not (suffix or known or inner_suffix or glued_year or verb or frame or drive):
                continue
            if year is None:
                yb = rx["year_before"].search(text, max(0, q.start() - 5), q.start())
                if yb:
                    year = int(yb.group(1))
            end = q.end()
            if suffix and q is last:
                end = suffix.end()
            out.append(_Cand(q.start(), end, "CAMPAIGN", name, year))
    # unquoted: distinctive names anywhere, marked names with a suffix or a glued year
    for m in rx["camp_any"].finditer(text):
        canon = lex.campaigns[m.group()][0]
        s = rx["camp_unquoted_suffix"].match(text, m.end())
        out.append(_Cand(m.start(), s.end() if s else m.end(), "CAMPAIGN", canon))
    for m in rx["camp_marked"].finditer(text):
        y4, y2, suffix = m.group(2), m.group(3), m.group(4)
        if not (y4 or y2 or suffix):
            continue
        if m.start() > 0 and text[m.start() - 1] in _OPEN_Q:
            continue  # quoted: handled above
        year = int(y4) if y4 else (2000 + int(y2) if y2 else None)
        end = m.end() + (len(suffix) if suffix else 0)
        out.append(_Cand(m.start(), end, "CAMPAIGN", lex.campaigns[m.group(1)][0], year))
    for m in rx["camp_left"].finditer(text):
        out.append(_Cand(m.start(), m.end(), "CAMPAIGN", m.group()))
    return out


# ---- cases ----------------------------------------------------------------------------


def _cases(text: str, lex: Lexicon) -> list[_Cand]:
    rx = lex.regex
    out: list[_Cand] = []
    for m in rx["case"].finditer(text):
        body = rx["case_body"].match(text, m.end())
        if body is not None:
            out.append(_Cand(m.start(), body.end(), "CASE", text[m.start() : body.end()]))
            continue
        named = rx["case_named"].match(text, m.end())
        if named is not None:
            out.append(_Cand(m.start(), named.end(), "CASE", m.group() + named.group(1)))
    return out
