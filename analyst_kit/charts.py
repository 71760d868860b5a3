"""Briefing charts that are not maps: claims timeline, claims by type, opposing-claims table."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .plot import (
    SIDE_COLORS,
    TEMPLATE_NAME,
    add_caption,
    briefing_template,
    escape_text,
    side_color,
)
from .plot import wrap_label as _wrap

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = [
    "side_order",
    "claims_with_dates",
    "claims_timeline",
    "claims_by_type",
    "opposing_claims",
    "opposing_claims_table",
]

_NO_SIDE = "unknown"
#: Legend in one row above the plot, right-aligned (the title sits on the left).
_TOP_LEGEND = dict(
    title=dict(text="Side "), orientation="h", x=1.0, xanchor="right", y=1.02, yanchor="bottom"
)


def side_order(sides) -> list[str]:
    """Sort side codes for legends: UA, RU, GB, US, INTL first, then others, ``unknown`` last."""
    known = [s for s in SIDE_COLORS if s != _NO_SIDE]
    uniq = {str(s) if s is not None and not pd.isna(s) else _NO_SIDE for s in sides}
    first = [s for s in known if s in uniq]
    rest = sorted(s for s in uniq if s not in known and s != _NO_SIDE)
    return first + rest + ([_NO_SIDE] if _NO_SIDE in uniq else [])


def claims_with_dates(claims: pd.DataFrame, reports: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the claims with a ``date`` (from the claim, else its report) and a filled ``side``.

    Parameters
    ----------
    claims
        The ``claims`` table of the parse contract.
    reports
        The ``reports`` table, used for claims without their own date.

    Returns
    -------
    pandas.DataFrame
        A copy with ``date`` as a pandas Timestamp (NaT when unknown) and ``side`` never null.
    """
    df = claims.copy()
    if "date" not in df.columns:
        df["date"] = pd.NaT
    if reports is not None and len(reports) and "report_id" in df.columns:
        by_report = reports.set_index("report_id")["date"]
        df["date"] = df["date"].where(df["date"].notna(), df["report_id"].map(by_report))
    df["date"] = pd.to_datetime(df["date"], errors="coerce")
    if "side" not in df.columns:
        df["side"] = None
    df["side"] = df["side"].where(df["side"].notna(), _NO_SIDE).astype(str)
    return df


def _empty(fig: go.Figure, message: str) -> go.Figure:
    fig.add_annotation(
        text=escape_text(message),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font=dict(size=18, color="#666"),
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _caption(fig: go.Figure, caption: str | None, yshift: int = -58) -> None:
    """An escaped caption wrapped at 150 characters, ``yshift`` pixels under the plot area."""
    add_caption(fig, caption, width=150, max_chars=600, yshift=yshift)


def claims_timeline(
    claims: pd.DataFrame,
    reports: pd.DataFrame | None = None,
    *,
    title: str | None = "Claims per day, by side",
    caption: str | None = None,
    width: int = 1100,
    height: int = 600,
) -> go.Figure:
    """Draw claims per day by side: one dot per claim, stacked, hover naming who said what.

    Parameters
    ----------
    claims, reports
        Contract tables; a claim's date is its own ``date`` column or its report's date.
    title, caption
        Figure title and a caption under the chart (sources, dates); both escaped.
    width, height
        Figure size in pixels.

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per side (legend), dots at (day, n-th claim of that side that day).
    """
    import plotly.graph_objects as go

    briefing_template()
    fig = go.Figure()
    fig.update_layout(
        template=TEMPLATE_NAME,
        title=escape_text(title) if title else None,
        width=width,
        height=height,
        margin=dict(b=110),
        legend=_TOP_LEGEND,
        xaxis=dict(title=None, type="date", tickformat="%d %b %Y"),
        yaxis=dict(title="claims that day", rangemode="tozero"),
    )
    _caption(fig, caption)
    df = claims_with_dates(claims, reports).dropna(subset=["date"])
    if df.empty:
        return _empty(fig, "No dated claims in this selection")
    sides = side_order(df["side"])
    # dots of different sides on the same day sit side by side, ~one dot width apart
    span_days = max((df["date"].max() - df["date"].min()).days, 2) + 2
    step = pd.Timedelta(days=max(0.15, span_days * 18 / max(width - 160, 300)))
    df = df.sort_values(["date", "side", "claim_id" if "claim_id" in df else "side"])
    df["n"] = df.groupby(["date", "side"]).cumcount() + 1
    for i, side in enumerate(sides):
        sub = df[df["side"] == side]
        x = sub["date"] + (i - (len(sides) - 1) / 2) * step
        hover = [
            "<br>".join(
                [
                    f"<b>{escape_text(r.get('speaker') or 'unnamed speaker')}</b> ({escape_text(side)})"
                    + (f" via {escape_text(r['outlet'])}" if _has(r.get("outlet")) else ""),
                    f"{r['date']:%d %b %Y} · {escape_text(r.get('claim_type') or 'other')}",
                    _wrap(r.get("text")),
                ]
            )
            for _, r in sub.iterrows()
        ]
        fig.add_trace(
            go.Scatter(
                x=x,
                y=sub["n"],
                mode="markers",
                name=escape_text(side),
                marker=dict(color=side_color(side), size=16, line=dict(color="white", width=1.5)),
                hovertext=hover,
                hoverinfo="text",
            )
        )
    lo, hi = df["date"].min(), df["date"].max()
    pad = max(pd.Timedelta(days=1), (hi - lo) * 0.04, step * len(sides))
    fig.update_xaxes(range=[lo - pad, hi + pad])
    n_max = int(df["n"].max())
    fig.update_yaxes(range=[0, n_max + 0.8], dtick=1 if n_max <= 12 else None)
    return fig


def _has(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value != ""


def claims_by_type(
    claims: pd.DataFrame,
    *,
    title: str | None = "What each side claims",
    caption: str | None = None,
    width: int = 1100,
    height: int = 600,
) -> go.Figure:
    """Horizontal bars: number of claims per claim type, stacked by side.

    Parameters
    ----------
    claims
        The ``claims`` table.
    title, caption
        Figure title and caption (escaped).
    width, height
        Figure size in pixels.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    briefing_template()
    fig = go.Figure()
    fig.update_layout(
        template=TEMPLATE_NAME,
        title=escape_text(title) if title else None,
        width=width,
        height=height,
        barmode="stack",
        margin=dict(l=130, b=110),
        legend=dict(_TOP_LEGEND, traceorder="normal"),
        xaxis=dict(title="claims"),
    )
    _caption(fig, caption)
    df = claims_with_dates(claims)
    if df.empty:
        return _empty(fig, "No claims in this selection")
    df["claim_type"] = df.get("claim_type", pd.Series(index=df.index)).fillna("other")
    counts = df.groupby(["claim_type", "side"]).size().unstack(fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    if counts.sum(axis=1).max() <= 12:
        fig.update_xaxes(dtick=1)
    for side in side_order(counts.columns):
        fig.add_trace(
            go.Bar(
                y=[escape_text(t) for t in counts.index],
                x=counts[side],
                orientation="h",
                name=escape_text(side),
                marker_color=side_color(side),
                hovertemplate="%{y}: %{x} claims<extra>" + escape_text(side) + "</extra>",
            )
        )
    return fig


def opposing_claims(claims: pd.DataFrame, *, max_per_cell: int = 3) -> pd.DataFrame:
    """Put what each side claims about the same topic (claim type) side by side.

    Used when :func:`analyst_kit.analysis.contradictions` is not available: a row per
    claim type that at least two sides make (all types when none is shared), a column per
    side with up to ``max_per_cell`` attributed statements.

    Parameters
    ----------
    claims
        The ``claims`` table.
    max_per_cell
        Statements kept per side and type (the rest are counted).

    Returns
    -------
    pandas.DataFrame
        Columns ``topic`` then one per side (plain, unescaped text).
    """
    df = claims_with_dates(claims)
    if df.empty:
        return pd.DataFrame(columns=["topic"])
    df["claim_type"] = df.get("claim_type", pd.Series(index=df.index)).fillna("other")
    n_sides = df.groupby("claim_type")["side"].nunique()
    shared = n_sides[n_sides >= 2].index
    if len(shared):
        df = df[df["claim_type"].isin(shared)]
    sides = side_order(df["side"])
    rows = []
    for ctype, sub in df.groupby("claim_type", sort=True):
        row = {"topic": ctype}
        for side in sides:
            said = sub[sub["side"] == side]
            items = [
                f"{r.get('speaker') or 'unnamed'}"
                + (f" ({r['outlet']})" if _has(r.get("outlet")) else "")
                + f": {' '.join(str(r.get('text') or '').split())}"
                for _, r in said.head(max_per_cell).iterrows()
            ]
            if len(said) > max_per_cell:
                items.append(f"… and {len(said) - max_per_cell} more")
            row[side] = "\n".join(items)
        rows.append(row)
    return pd.DataFrame(rows, columns=["topic", *sides])


def opposing_claims_table(
    conflicts: pd.DataFrame,
    *,
    title: str | None = "Opposing claims",
    caption: str | None = None,
    width: int = 1100,
    max_rows: int = 12,
    max_chars: int = 260,
) -> go.Figure:
    """Draw a table of opposing claims (any DataFrame; all text escaped and wrapped).

    Parameters
    ----------
    conflicts
        Output of :func:`analyst_kit.analysis.contradictions` or :func:`opposing_claims`;
        id and offset columns are left out.
    title, caption
        Figure title and caption.
    width
        Figure width in pixels; the height follows the text.
    max_rows, max_chars
        Rows shown and characters kept per cell (marked with "…" when cut).

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    briefing_template()
    cols = [
        c
        for c in conflicts.columns
        if not (str(c).endswith("_id") or str(c) in {"start", "end", "geometry"})
    ]
    shown = conflicts[cols].head(max_rows)
    fig = go.Figure()
    if shown.empty or not cols:
        fig.update_layout(template=TEMPLATE_NAME, title=escape_text(title), width=width, height=400)
        return _empty(fig, "No opposing claims in this selection")
    # column widths follow the text they hold (short columns narrow, quotes wide)
    lengths = [
        max(len(str(c)), shown[c].map(lambda v: len(str(v)) if _has(v) else 0).mean()) for c in cols
    ]
    floor = [len(str(c)) * 9.0 + 24 for c in cols]  # bold 14 px header fits
    want = [min(max(n, 8.0), 120.0) for n in lengths]
    spare = max(0.0, (width - 60) - sum(floor))
    col_w = [f + spare * w / sum(want) for f, w in zip(floor, want, strict=True)]
    chars = [max(8, int(w / 7.4) - 1) for w in col_w]
    cells, lines = [], [1] * len(shown)
    for j, c in enumerate(cols):
        col_cells = []
        for i, v in enumerate(shown[c]):
            parts = [_wrap(p, chars[j], max_chars) for p in str(v if _has(v) else "").split("\n")]
            cell = "<br>".join(p for p in parts if p)
            lines[i] = max(lines[i], cell.count("<br>") + 1)
            col_cells.append(cell)
        cells.append(col_cells)
    header = [f"<b>{escape_text(str(c).replace('_', ' '))}</b>" for c in cols]
    fig.add_trace(
        go.Table(
            columnwidth=col_w,
            header=dict(
                values=header,
                fill_color="#3b4752",
                font=dict(color="white", size=14),
                align="left",
                height=32,
            ),
            cells=dict(
                values=cells,
                fill_color=[["#ffffff", "#f2f4f7"] * (len(shown) // 2 + 1)],
                align="left",
                font=dict(size=12, color="#222"),
                height=22,
            ),
        )
    )
    height = int(min(1600, 150 + 32 + sum(16 * n + 10 for n in lines)))
    fig.update_layout(
        template=TEMPLATE_NAME,
        title=escape_text(title) if title else None,
        width=width,
        height=height,
        margin=dict(l=20, r=20, t=60, b=80),
    )
    if len(conflicts) > max_rows:
        caption = (
            f"{caption + ' · ' if caption else ''}{len(conflicts) - max_rows} more rows not shown"
        )
    _caption(fig, caption, yshift=-10)
    return fig
