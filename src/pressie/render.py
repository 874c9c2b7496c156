"""The review page: one static, self-contained HTML file in which a person checks the facts.

:func:`render_html` shows the document's text exactly as written (traditional script stays
traditional) with every fact's value, metric, period and change highlighted, entities
coloured by label and other numbers underlined, beside a table of the facts.  Clicking a
row marks the fact's pieces and scrolls its sentence into view; clicking a highlighted
piece in the text selects its row; ``page.html#fact-12`` opens with fact 12 selected.  No
network, no external files: CSS and a few lines of JavaScript are inline, so the page can
be mailed or archived as it is.

How the text is laid out
------------------------
Every highlighted stretch is an interval of the original string (offsets from the
Document).  Intervals are nested outside-in by kind (boilerplate section, fact sentence,
entity, metric, period, change, value) and written as nested ``<span>``/``<mark>``
elements; where two intervals cross, the inner one is closed and reopened (its later
pieces carry the class ``cont``), so the page is always well-formed.  The text container
holds exactly the document's characters, so a character offset in the page's text is the
offset in the Document: carriage returns are written as ``&#13;`` (HTML parsing would
drop them), and a NUL or a lone surrogate (which HTML cannot carry) is shown as U+FFFD,
one character for one.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Document, Fact, Quantity

# nesting order, outermost first
_LEVELS = {
    "boilerplate": 0,
    "sent": 1,
    "ent": 2,
    "metric": 3,
    "period": 4,
    "qty": 5,
    "change": 5,
    "value": 6,
}
_UNSAFE = re.compile("[\x00\r\ud800-\udfff]")
ENTITY_LABELS = ("AGENCY", "CAMPAIGN", "PERSON", "LOCATION", "CASE")


@dataclass
class _Interval:
    start: int
    end: int
    kind: str
    facts: list[int] = field(default_factory=list)
    css: str = ""
    title: str = ""

    def open_tag(self, first: bool) -> str:
        tag = "mark" if self.kind in ("value", "change") else "span"
        classes = [self.kind, *([self.css] if self.css else []), *([] if first else ["cont"])]
        attrs = [f'class="{" ".join(classes)}"']
        if self.facts:
            ids = " ".join(map(str, self.facts))
            attrs.append(f'data-s="{ids}"' if self.kind == "sent" else f'data-f="{ids}"')
        if self.kind == "value" and first and len(self.facts) == 1:
            attrs.append(f'id="v{self.facts[0]}"')
        if self.title:
            attrs.append(f'title="{html.escape(self.title)}"')
        return f"<{tag} {' '.join(attrs)}>"

    def close_tag(self) -> str:
        return "</mark>" if self.kind in ("value", "change") else "</span>"


def _text(s: str) -> str:
    """``s`` as HTML text that parses back to the same number of characters."""
    s = html.escape(s, quote=False)
    if _UNSAFE.search(s):
        s = _UNSAFE.sub(lambda m: "&#13;" if m.group() == "\r" else "\ufffd", s)
    return s


def _quantity_title(q: Quantity) -> str:
    value = f"{q.value:g}" + (f"–{q.value_max:g}" if q.value_max is not None else "")
    return f"{value} {q.unit} ({q.approx}, {q.kind})".replace("  ", " ")


def _intervals(doc: Document) -> list[_Interval]:
    merged: dict[tuple[int, int, str, str], _Interval] = {}

    def add(
        start: int | None, end: int | None, kind: str, fact: int | None = None, **kw: str
    ) -> None:
        if start is None or end is None or end <= start:
            return
        key = (start, end, kind, kw.get("css", ""))
        iv = merged.get(key)
        if iv is None:
            iv = merged[key] = _Interval(start, end, kind, **kw)
        if fact is not None and fact not in iv.facts:
            iv.facts.append(fact)

    for s in doc.sections:
        if s.kind == "boilerplate":
            add(s.start, s.end, "boilerplate", title="boilerplate: never yields facts")
    for e in doc.entities:
        add(e.start, e.end, "ent", css=f"ent-{e.label}", title=f"{e.label}: {e.canonical}")
    used: set[tuple[int, int]] = set()
    for i, f in enumerate(doc.facts):
        add(f.sentence.start, f.sentence.end, "sent", i)
        for span in f.metric_spans:
            add(span.start, span.end, "metric", i, title=f"metric: {f.metric}")
        if f.period is not None:
            add(f.period.start, f.period.end, "period", i, title=_period_title(f))
        if f.value is not None:
            used.add((f.value.start, f.value.end))
            add(f.value.start, f.value.end, "value", i, title=_quantity_title(f.value))
        if f.change is not None:
            for q in (f.change.amount, f.change.baseline):
                if q is not None:
                    used.add((q.start, q.end))
                    add(q.start, q.end, "change", i, title=_quantity_title(q))
            bp = f.change.base_period
            if bp is not None:
                add(bp.start, bp.end, "period", i, title="base period")
    for q in doc.quantities:
        if (q.start, q.end) not in used:
            add(q.start, q.end, "qty", title=_quantity_title(q))
    return list(merged.values())


def _period_title(f: Fact) -> str:
    p = f.period
    assert p is not None
    return f"period: {p.date_start or '…'} – {p.date_end or '…'}"


def _nest(text: str, intervals: Iterable[_Interval]) -> str:
    """``text`` as HTML with every interval a (possibly split) element, properly nested."""
    n = len(text)
    starts: dict[int, list[_Interval]] = defaultdict(list)
    ends: set[int] = set()
    for iv in intervals:
        if 0 <= iv.start < iv.end <= n:
            starts[iv.start].append(iv)
            ends.add(iv.end)
    points = sorted({0, n, *starts, *ends})
    out: list[str] = []
    stack: list[_Interval] = []
    for k, p in enumerate(points):
        if p in ends:
            reopen: list[_Interval] = []
            while any(iv.end == p for iv in stack):
                iv = stack.pop()
                out.append(iv.close_tag())
                if iv.end != p:
                    reopen.append(iv)
            for iv in reversed(reopen):
                out.append(iv.open_tag(first=False))
                stack.append(iv)
        for iv in sorted(starts.get(p, ()), key=lambda iv: (-iv.end, _LEVELS[iv.kind])):
            out.append(iv.open_tag(first=True))
            stack.append(iv)
        if k + 1 < len(points):
            out.append(_text(text[p : points[k + 1]]))
    return "".join(out)


def _cell(text: str | None) -> str:
    return f"<td>{_text(text or '')}</td>"


def _num(v: float) -> str:
    return f"{int(v):,}" if v == int(v) and abs(v) < 1e15 else f"{v:,.10g}"


def _fact_row(i: int, f: Fact) -> str:
    v = f.value
    value = "—"
    if v is not None:
        norm = _num(v.value) + (f"–{_num(v.value_max)}" if v.value_max is not None else "")
        approx = "" if v.approx == "exact" else f" ({v.approx})"
        value = f"<b>{_text(v.text)}</b><br><small>{norm} {_text(v.unit)}{approx}</small>"
    period = ""
    if f.period is not None:
        p = f.period
        dates = (
            f"{p.date_start or '…'} – {p.date_end or '…'}"
            if (p.date_start or p.date_end)
            else "no dates"
        )
        period = f"{_text(p.text)}<br><small>{dates}{' · inherited' if p.inherited else ''}</small>"
    change = ""
    if f.change is not None:
        c = f.change
        amount = f" {_text(c.amount.text)}" if c.amount is not None else ""
        base = f" from {_text(c.baseline.text)}" if c.baseline is not None else ""
        change = f"{c.direction}{amount} <small>{c.basis}{base}</small>"
    where = f.region or ""
    if f.scope and f.scope != f.region:
        where = f"{_text(f.scope)}<br><small>{_text(where)}</small>" if where else _text(f.scope)
    else:
        where = _text(where)
    return (
        f'<tr id="f{i}" data-f="{i}" tabindex="0"><td>{i}</td>{_cell(f.metric)}'
        f"<td>{value}</td><td>{period}</td><td>{where}</td><td>{change}</td>"
        f"{_cell(f.campaign)}</tr>"
    )


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,"Noto Sans CJK SC","Noto Sans SC","PingFang SC",
"Microsoft YaHei",sans-serif;color:#1d1d1f;background:#fafafa}
header{padding:.6em 1.2em;background:#263238;color:#eceff1}
header h1{margin:0;font-size:1.15em;font-weight:600}
header dl{margin:.3em 0 0;display:flex;flex-wrap:wrap;gap:.2em 1.4em;font-size:.85em}
header dt{display:inline;opacity:.7}header dd{display:inline;margin:0 0 0 .3em}
.legend{padding:.35em 1.2em;font-size:.82em;background:#eceff1;border-bottom:1px solid #cfd8dc}
.legend span,.legend mark{margin-right:1em;padding:0 .25em}
main{display:flex;height:calc(100vh - 7.2em)}
#text-pane{flex:1 1 52%;overflow:auto;padding:1em 1.4em;background:#fff}
#facts-pane{flex:1 1 48%;overflow:auto;border-left:1px solid #cfd8dc}
#doc-text{white-space:pre-wrap;word-break:break-all;font-size:1.02em;line-height:1.9}
mark.value{background:#ffd54f;color:inherit;border-radius:2px;padding:0 1px;font-weight:600}
mark.change{background:#b3e5fc;color:inherit;border-radius:2px}
.metric{border-bottom:2px solid #43a047}
.period{background:#e1bee7;border-radius:2px}
.qty{border-bottom:1px dotted #757575}
.ent{border-radius:2px;box-shadow:inset 0 -3px 0 var(--ent)}
.ent-AGENCY{--ent:#1e88e5}.ent-CAMPAIGN{--ent:#e53935}.ent-PERSON{--ent:#8e24aa}
.ent-LOCATION{--ent:#00897b}.ent-CASE{--ent:#f4511e}
.boilerplate{color:#9e9e9e}
.sent.current{background:#fff8e1;outline:2px solid #ffb300;outline-offset:1px}
mark.current{background:#ff6f00;color:#fff}
table{border-collapse:collapse;width:100%;font-size:.88em}
th{position:sticky;top:0;background:#eceff1;text-align:left;padding:.35em .5em;z-index:1}
td{padding:.35em .5em;border-bottom:1px solid #eceff1;vertical-align:top}
td small{color:#607d8b}
tbody tr{cursor:pointer}tbody tr:hover{background:#f5f5f5}
tbody tr.current{background:#fff3cd}
[data-f]{cursor:pointer}
"""

_JS = r"""
(function () {
  var text = document.getElementById('doc-text');
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function select(f, scrollTo) {
    all('.current').forEach(function (e) { e.classList.remove('current'); });
    all('[data-f~="' + f + '"], [data-s~="' + f + '"]').forEach(function (e) {
      e.classList.add('current');
    });
    var row = document.getElementById('f' + f);
    if (row) { row.classList.add('current'); }
    var sentence = text.querySelector('.sent[data-s~="' + f + '"]');
    if (scrollTo === 'text' && sentence) { sentence.scrollIntoView({block: 'center'}); }
    if (scrollTo === 'row' && row) { row.scrollIntoView({block: 'nearest'}); }
  }
  all('#facts tbody tr').forEach(function (row) {
    row.addEventListener('click', function () { select(row.dataset.f, 'text'); });
    row.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(row.dataset.f, 'text'); }
    });
  });
  text.addEventListener('click', function (e) {
    var hit = e.target.closest('[data-f]');
    if (hit) { select(hit.dataset.f.split(' ')[0], 'row'); }
  });
  window.pressieSelect = select;
  var m = /^#fact-(\d+)$/.exec(location.hash);  // page.html#fact-12: fact 12 selected
  if (m && document.getElementById('f' + m[1])) {
    select(m[1], 'text');
    document.getElementById('f' + m[1]).scrollIntoView({block: 'center'});
  }
})();
"""


def render_html(doc: Document, *, source: str | None = None, title: str | None = None) -> str:
    """The review page of ``doc`` as one self-contained HTML document (see the module docstring).

    Args:
        doc: an extracted :class:`~pressie.model.Document`.
        source: where the text came from (shown in the header).
        title: the page title (default: the document's title, else ``source``).

    Returns:
        The HTML text (UTF-8 when written with ``encoding="utf-8"``).

    Raises:
        TypeError: when ``doc`` is not a Document.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"render_html expects a pressie Document, not {type(doc).__name__}")
    heading = title or doc.title or source or "pressie review"
    meta = [
        ("source", source),
        ("published", doc.published),
        ("event date", doc.event_date),
        ("reference date", doc.reference_date),
        ("script", doc.script),
        ("facts", len(doc.facts)),
        ("entities", len(doc.entities)),
        ("numbers", len(doc.quantities)),
    ]
    dl = "".join(
        f"<div><dt>{k}</dt><dd>{_text(str(v))}</dd></div>" for k, v in meta if v is not None
    )
    legend = (
        '<mark class="value">value</mark><span class="metric">metric</span>'
        '<span class="period">period</span><mark class="change">change</mark>'
        '<span class="qty">other number</span>'
        + "".join(f'<span class="ent ent-{lab}">{lab.lower()}</span>' for lab in ENTITY_LABELS)
    )
    rows = "".join(_fact_row(i, f) for i, f in enumerate(doc.facts))
    body = _nest(doc.text, _intervals(doc))
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="pressie">\n<title>{_text(heading)}</title>\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_text(heading)}</h1><dl>{dl}</dl></header>\n"
        f'<div class="legend">{legend}</div>\n<main>\n'
        f'<section id="text-pane"><div id="doc-text">{body}</div></section>\n'
        '<section id="facts-pane"><table id="facts"><thead><tr><th>#</th><th>metric</th>'
        "<th>value</th><th>period</th><th>scope / region</th><th>change</th>"
        f"<th>campaign</th></tr></thead><tbody>{rows}</tbody></table></section>\n"
        f"</main>\n<script>{_JS}</script>\n</body>\n</html>\n"
    )
