"""PERSON mentions: a name after a title or a place, speaker labels, lists."""

from __future__ import annotations

from .lexicon import Lexicon, _is_han
from .places import _Cand, _PlaceMatch

# ---- persons --------------------------------------------------------------------------


#: the word sets of a lexicon's person rules, by the rules' id (the rules kept alive with
#: them, so that the id stays theirs): built once per lexicon, not once per document
_WORD_SETS: dict[int, tuple[object, frozenset[str], frozenset[str], frozenset[str]]] = {}


def _word_sets(pr: dict[str, list[str]]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(not_names, common, anonymized)`` of the person rules ``pr``."""
    kept = _WORD_SETS.get(id(pr))
    if kept is None or kept[0] is not pr:
        not_names = frozenset(pr["not_names"])
        common = frozenset(pr["common_words"]) | {w for w in not_names if len(w) == 2}
        if len(_WORD_SETS) >= 8:
            _WORD_SETS.clear()
        kept = _WORD_SETS[id(pr)] = (pr, not_names, common, frozenset(pr["anonymized"]))
    return kept[1], kept[2], kept[3]


class _Names:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.not_names, self.common, self.anon = _word_sets(lex.person_rules)

    def valid(self, cand: str) -> bool:
        if len(cand) < 2 or not all(map(_is_han, cand)) or cand in self.not_names:
            return False
        if cand[:2] in self.common:
            return False  # 平均, 经过调(查): a common word, no name
        if any(c in self.anon for c in cand):
            return False
        if len(cand) == 4:
            return cand[:2] in self.lex.compound_surnames
        return cand[0] in self.lex.surnames or cand[:2] in self.lex.compound_surnames

    def boundary(self, pos: int, allowed: str | None = None) -> bool:
        text = self.text
        if pos >= len(text):
            return True
        if allowed is not None:
            return text[pos] in allowed
        if not _is_han(text[pos]):
            return True
        return self.lex.regex["after_word"].match(text, pos) is not None

    def after(self, pos: int, allowed: str | None = None) -> tuple[int, int] | None:
        """A name starting at ``pos`` followed by a boundary: (start, end) or None."""
        text = self.text
        for length in (3, 2, 4):
            cand = text[pos : pos + length]
            if len(cand) != length:
                continue
            end = pos + length
            if allowed is not None:
                # the cheap boundary test first (both tests have no side effects)
                if (end >= len(text) or text[end] in allowed) and self.valid(cand):
                    return pos, end
            elif self.valid(cand) and self.boundary(end):
                return pos, end
        return None


def _persons(text: str, places: list[_PlaceMatch], lex: Lexicon) -> list[_Cand]:
    rx = lex.regex
    names = _Names(text, lex)
    out: list[_Cand] = []

    def emit(span: tuple[int, int] | None) -> None:
        if span:
            out.append(_Cand(span[0], span[1], "PERSON", text[span[0] : span[1]]))

    for m in rx["title_before"].finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "全各本该每":
            continue
        pos = m.end()
        while pos < len(text) and pos - m.end() < 2 and text[pos] in ":： \t\u3000":
            pos += 1
        emit(names.after(pos))
    func = set("向由对和与及为以让请把被给同跟将是在从于")
    for m in rx["title_after"].finditer(text):
        s = m.start()
        three, two = text[max(0, s - 3) : s], text[max(0, s - 2) : s]
        if len(three) == 3 and names.valid(three) and three[0] not in func:
            emit((s - 3, s))
        elif names.valid(two):
            emit((s - 2, s))
    for m in rx["speaker"].finditer(text):
        if names.valid(m.group(1)):
            emit((m.start(1), m.end(1)))
    # lists of place + name: 通辽市冯强、呼和浩特市苗迎春……等
    starts = {pm.start for pm in places}
    for pm in places:
        span = names.after(pm.end, "、等")
        if span is None:
            continue
        nxt = span[1]
        if (
            text[nxt : nxt + 1] == "、"
            and nxt + 1 in starts
            or text[nxt : nxt + 1] == "等"
            and pm.start > 0
            and (text[pm.start - 1] == "、")
        ):
            emit(span)
    return out
