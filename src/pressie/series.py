"""Comparable series: every figure of many releases as one tidy table, and a plot of one key.

:func:`series` turns extracted documents into a ``pandas.DataFrame`` with one row per level
(a fact with a value), keyed by :attr:`Fact.metric_key` so that 破获/侦破 刑事案件 from two
provinces and a traditional-script mirror fall into one series.  :func:`plot` draws one key
across regions and years.  pandas is needed for both (``pip install "pressie[series]"``),
matplotlib for the plot (``pip install "pressie[plot]"``).

Columns
-------
``metric_key``, ``metric`` (as extracted), ``region``, ``scope``, ``campaign``,
``period_start``, ``period_end`` (``datetime64``, ``NaT`` when unknown), ``period_kind`` (see
:func:`period_kind`), ``value``, ``value_max``, ``unit``, ``approx``, ``kind``, ``source`` (the
document's name), ``published``, ``fact`` (index into that document's facts), ``start`` and
``end`` (the value's offsets in that document's text), ``primary``, ``n_sources`` and
``sources``.  ``published`` is ``datetime64`` too.

``primary`` is True for the first statement of a (key, region, period, unit) within one
document: a release states its headline total first and the same key again for each case
(抓获犯罪嫌疑人 of every case), so plots use primary rows.

De-duplication
--------------
Two releases often report the same statistic (a provincial figure reposted by a city
outlet, a press conference and its written summary).  Rows from *different* sources with
the same key, region, period and unit whose values agree within their written precision
(:func:`pressie.checks.bounds`: 8.8万 and 88,000 agree) are one statistic: the most precise
row is kept (the earliest published on a tie), ``n_sources`` counts the releases and
``sources`` lists them (``;``-joined, in order of publication).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from .checks import bounds
from .metric_keys import metric_key
from .model import Document, Fact

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from matplotlib.axes import Axes

COLUMNS: tuple[str, ...] = (
    "metric_key",
    "metric",
    "region",
    "scope",
    "campaign",
    "period_start",
    "period_end",
    "period_kind",
    "value",
    "value_max",
    "unit",
    "approx",
    "kind",
    "source",
    "published",
    "fact",
    "start",
    "end",
    "primary",
    "n_sources",
    "sources",
)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError('pressie.series needs pandas: pip install "pressie[series]"') from None
    return pandas


def period_kind(start: date | None, end: date | None) -> str:
    """Classify a period: ``year``, ``half``, ``quarter``, ``month``, ``ytd`` (1 January to a
    day inside the same year), ``years`` (from a 1 January over several years) or ``other``.
    """
    if start is None or end is None or end < start:
        return "other"
    nxt = _next_day(end)
    whole_month_end = nxt.day == 1
    if start.year == end.year and start.day == 1 and whole_month_end:
        months = end.month - start.month + 1
        if months == 12:
            return "year"
        if months == 6 and start.month in (1, 7):
            return "half"
        if months == 3 and start.month in (1, 4, 7, 10):
            return "quarter"
        if months == 1:
            return "month"
    if start.month == 1 and start.day == 1:
        return "ytd" if start.year == end.year else "years"
    return "other"


def _next_day(d: date) -> date:
    from datetime import timedelta

    return d + timedelta(days=1)


def _named(docs: Mapping[str, Document] | Iterable[Any]) -> list[tuple[str, Document]]:
    if isinstance(docs, Document):
        raise TypeError("pressie.series expects several documents (a list or a dict), not one")
    items: Iterable[Any] = docs.items() if isinstance(docs, Mapping) else docs
    named: list[tuple[str, Document]] = []
    for i, item in enumerate(items):
        if isinstance(item, Document):
            name, doc = str(i), item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):
            name, doc = str(item[0]), item[1]
        else:
            raise TypeError(
                "pressie.series expects Documents, (name, Document) pairs or a "
                f"{{name: Document}} mapping; got {type(item).__name__}"
            )
        named.append((name, doc))
    names = [n for n, _ in named]
    if len(set(names)) != len(names):
        raise ValueError("pressie.series: two documents have the same name")
    return named


def _row(name: str, doc: Document, i: int, fact: Fact) -> dict[str, Any]:
    q = fact.value
    assert q is not None
    p = fact.period
    start, end = (p.date_start, p.date_end) if p is not None else (None, None)
    return {
        "metric_key": fact.metric_key or metric_key(fact.metric),
        "metric": fact.metric,
        "region": fact.region,
        "scope": fact.scope,
        "campaign": fact.campaign,
        "period_start": start,
        "period_end": end,
        "period_kind": period_kind(start, end),
        "value": q.value,
        "value_max": q.value_max,
        "unit": q.unit,
        "approx": q.approx,
        "kind": q.kind,
        "source": name,
        "published": doc.published,
        "fact": i,
        "start": q.start,
        "end": q.end,
        "primary": False,
        "n_sources": 1,
        "sources": name,
        "_bounds": bounds(q),
    }


def _width(row: dict[str, Any]) -> float:
    b = row["_bounds"]
    return float("inf") if b is None else b[1] - b[0]


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for row in rows:
        key = (row["metric_key"], row["region"], row["period_start"], row["period_end"])
        groups.setdefault((*key, row["unit"]), []).append(row)
    dropped: set[int] = set()
    for members in groups.values():
        if len({r["source"] for r in members}) < 2:
            continue
        order = sorted(members, key=lambda r: (_width(r), r["published"] or date.max))
        clusters: list[list[dict[str, Any]]] = []
        for row in order:
            b = row["_bounds"]
            for cluster in clusters:
                head = cluster[0]["_bounds"]
                if (
                    b is not None
                    and head is not None
                    and row["source"] not in {r["source"] for r in cluster}
                    and b[0] <= head[1]
                    and head[0] <= b[1]
                ):
                    cluster.append(row)
                    break
            else:
                clusters.append([row])
        for cluster in clusters:
            if len(cluster) < 2:
                continue
            keep = cluster[0]
            by_date = sorted(cluster, key=lambda r: (r["published"] or date.max, r["source"]))
            keep["n_sources"] = len(cluster)
            keep["sources"] = ";".join(r["source"] for r in by_date)
            dropped.update(id(r) for r in cluster[1:])
    return [r for r in rows if id(r) not in dropped]


def series(
    docs: Mapping[str, Document] | Iterable[Document] | Iterable[tuple[str, Document]],
    *,
    dedupe: bool = True,
) -> pandas.DataFrame:
    """One tidy row per level of every document (see the module docstring for the columns).

    Args:
        docs: extracted documents: a ``{name: Document}`` mapping, ``(name, Document)``
            pairs, or Documents (named by their position, ``"0"``, ``"1"`` …).
        dedupe: merge the same statistic reported by several documents into one row.

    Returns:
        A ``pandas.DataFrame`` with :data:`COLUMNS`, ordered by source (in input order) and
        position in the text.  Facts without a value (change only) are left out.

    Raises:
        TypeError: when an item is not a Document (or a single Document is passed).
        ValueError: when two documents have the same name.
        ImportError: when pandas is not installed.
    """
    pd = _pandas()
    rows: list[dict[str, Any]] = []
    for name, doc in _named(docs):
        seen: set[tuple] = set()
        for i, fact in enumerate(doc.facts):
            if fact.value is None or fact.value.kind == "other":
                continue
            row = _row(name, doc, i, fact)
            ident = (row["metric_key"], row["region"], row["period_start"], row["period_end"])
            ident = (*ident, row["unit"])
            row["primary"] = ident not in seen
            seen.add(ident)
            rows.append(row)
    if dedupe:
        rows = _dedupe(rows)
    for row in rows:
        del row["_bounds"]
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("period_start", "period_end", "published"):
        table[col] = pd.to_datetime(table[col])
    return table


def plot(
    table: pandas.DataFrame,
    key: str,
    *,
    unit: str | None = None,
    period_kind: str | None = "year",
    regions: Iterable[str] | None = None,
    logy: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Line plot of one metric key over time, one line per region (and kind of period).

    Args:
        table: a :func:`series` table.
        key: the ``metric_key`` to draw (a raw metric is keyed first).
        unit: the unit to draw (default: the key's most frequent unit).
        period_kind: only periods of this kind (``"year"`` by default, so that a full-year
            figure is not joined to a January-to-April one); ``None`` keeps all.
        regions: only these regions (default: all).
        logy: a logarithmic value axis (national and county figures on one plot).
        ax: the matplotlib Axes to draw on (default: a new figure).

    Returns:
        The Axes, with one line per region (per region and period kind when ``period_kind``
        is ``None``: ``中国 (year)``, ``中国 (quarter)``): x = the period's end, y = the value;
        the primary statement of each (source, period) only.

    Raises:
        ValueError: when no row matches.
        ImportError: when matplotlib is not installed.
    """
    try:
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            'pressie.series.plot needs matplotlib: pip install "pressie[plot]"'
        ) from None
    k = key if key in set(table["metric_key"]) else metric_key(key)
    rows = table[(table["metric_key"] == k) & table["primary"] & table["period_end"].notna()]
    if period_kind is not None:
        rows = rows[rows["period_kind"] == period_kind]
    if regions is not None:
        rows = rows[rows["region"].isin(list(regions))]
    if rows.empty:
        raise ValueError(f"no rows for metric key {k!r} with those filters")
    if unit is None:
        unit = str(rows["unit"].value_counts().index[0])
    rows = rows[rows["unit"] == unit]
    if ax is None:
        _fig, ax = plt.subplots(figsize=(8, 4.5))
    # one line per region and kind of period: a year is never joined to a quarter
    regions_col = rows["region"].fillna("?")
    groups = list(rows.groupby([regions_col, rows["period_kind"]], sort=True))
    kinds_per_region = rows.groupby(regions_col)["period_kind"].nunique()
    colors = plt.get_cmap("tab10" if len(groups) <= 10 else "tab20").colors
    for n, ((region, kind), part) in enumerate(groups):
        part = part.sort_values("period_end")
        label = str(region) if kinds_per_region[region] == 1 else f"{region} ({kind})"
        ax.plot(
            list(part["period_end"]),
            list(part["value"]),
            marker="os^Dv"[n // len(colors) % 5],
            color=colors[n % len(colors)],
            label=label,
        )
    if logy:
        ax.set_yscale("log")
    family = [*_cjk_fonts(), "sans-serif"]
    ax.set_title(k, fontfamily=family)
    ax.set_xlabel("period end")
    ax.set_ylabel(unit or "value", fontfamily=family)
    ax.legend(fontsize="small", prop={"family": family, "size": "small"})
    return ax


#: Fonts with Chinese glyphs, tried in this order for titles and legends.
CJK_FONTS: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "AR PL UMing CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Serif CJK SC",
)


def _cjk_fonts() -> list[str]:
    """The installed fonts of :data:`CJK_FONTS` (matplotlib's default font has no Chinese)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in CJK_FONTS if name in installed]


__all__ = ["COLUMNS", "period_kind", "plot", "series"]
