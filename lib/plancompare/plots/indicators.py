"""Charts of indicator values (tidy DataFrame in, Axes out)."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from plancompare.indicators.views import new_jobs_data
from plancompare.plots.theme import (
    _ax,
    _ensure_font,
    _fmt,
    _unpack,
    check_lang,
    indicator_label,
    region_colors,
    region_label,
    tr,
)

# ---------------------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------------------

def dumbbell(data, indicator: str, *, plans: pd.DataFrame | None = None, lang: str = "zh",
             ax=None, regions: Sequence[str] | None = None, legend: bool = True):
    """Baseline → target per region for one indicator, with the plan's comparators and actual results.

    ``data``: indicators.csv (or a Dataset). Rows are regions that report the
    indicator; the arrow runs from the latest baseline (open circle) to the plan's
    target (filled; a downward triangle joined by a dotted line when the target is a
    ceiling, ``<`` or ``≤``); a hollow diamond marks an actual result, moved just below
    the row when it would sit on another point. Every point is labelled with its
    comparator, value and year. Values are in canonical units.
    """
    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    h = _headline_rows(ind, indicator, plans, regions)
    ax = _ax(ax, (7, 0.55 * len(h) + 1.4))
    _dumbbell_rows(ax, h, region_colors(plans), lang)
    ax.set_yticks(range(len(h)), [region_label(plans, p, lang) for p in h["plan_id"]])
    ax.set_ylim(len(h) - 0.25, -0.8)
    ax.margins(x=0.15)
    unit = h["unit"].iloc[0]
    ax.set_xlabel(unit if lang == "en" else {"percent": "%", "persons": "人"}.get(unit, unit))
    ax.set_title(indicator_label(indicator, lang), loc="left")
    if legend:
        _legend_markers(ax, lang, ceiling=_has_ceiling(h))
    return ax


def _headline_rows(ind: pd.DataFrame, indicator: str, plans: pd.DataFrame, regions=None) -> pd.DataFrame:
    """The headline row of each region reporting ``indicator``, in the plans' order."""
    from plancompare.indicators.views import headline

    h = headline(ind, [indicator])
    if regions is not None:
        _check_regions(regions, plans)
        h = h[h["plan_id"].isin(regions)]
    if h.empty:
        raise ValueError(f"no region reports indicator '{indicator}'")
    order = [p for p in plans["plan_id"] if p in set(h["plan_id"])]
    return h.set_index("plan_id").loc[order].reset_index()


def _has_ceiling(h: pd.DataFrame) -> bool:
    return bool((h["target"].notna() & h["target_comparator"].isin(["<", "<="])).any())


#: how far (in rows) an actual result is moved below a point it would hide under
ACTUAL_OFFSET = 0.32


def _dumbbell_rows(ax, h: pd.DataFrame, colors: dict, lang: str, sep: str = "\n") -> None:
    """One row per region: baseline, target and actual points, each labelled (``sep`` between value and year)."""
    values = h[["baseline", "target", "actual"]].stack()
    near = 0.03 * (values.max() - values.min()) if len(values) else 0.0
    for i, (_, r) in enumerate(h.iterrows()):
        c = colors[r["plan_id"]]
        pts = {role: p for role, *p in _rate_points(r)}
        ceiling = "target" in pts and pts["target"][1] in ("<", "<=")
        if {"baseline", "target"} <= set(pts):
            b, t = pts["baseline"][0], pts["target"][0]
            if ceiling:  # a ceiling is no destination: a dotted link, no arrow
                ax.plot([b, t], [i, i], ls=":", color=c, lw=1.4, zorder=2)
            else:
                ax.annotate("", xy=(t, i), xytext=(b, i),
                            arrowprops={"arrowstyle": "-|>", "color": c, "lw": 1.8, "shrinkA": 4, "shrinkB": 4})
        for role, (value, comparator, year) in pts.items():
            y = i
            if role == "actual" and any(abs(value - pts[o][0]) <= near for o in ("baseline", "target") if o in pts):
                y = i + ACTUAL_OFFSET
            style = {"baseline": {"marker": "o", "ms": 7, "mfc": "white", "mew": 1.8},
                     "target": {"marker": "v" if ceiling else "o", "ms": 8},
                     "actual": {"marker": "D", "ms": 6, "mfc": "none", "mew": 1.4}}[role]
            ax.plot(value, y, ls="", color=c, zorder=4 if role == "actual" else 3, **style)
            _point_label(ax, value, y, f"{_fmt(value, comparator, lang)}{sep}({year})", above=role == "target",
                         color=c if role == "target" else "0.3", gap=7 if role == "target" else 8)


def marker_handles(lang: str, ceiling: bool = False) -> list:
    """Legend handles for baseline / target / actual markers (and the ceiling triangle if ``ceiling``)."""
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", ls="", color="0.35", mfc="white", mew=1.6, label=tr("baseline", lang)),
               Line2D([], [], marker="o", ls="", color="0.35", label=tr("target", lang)),
               Line2D([], [], marker="D", ls="", color="0.35", mfc="none", label=tr("actual", lang))]
    if ceiling:
        handles.insert(2, Line2D([], [], marker="v", ls="", color="0.35", label=tr("ceiling", lang)))
    return handles


def _legend_markers(ax, lang: str, ceiling: bool = False) -> None:
    ax.legend(handles=marker_handles(lang, ceiling), loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize=7, ncol=4, borderaxespad=0.2, handletextpad=0.3, columnspacing=0.8)


def _check_regions(regions: Sequence[str], plans: pd.DataFrame) -> None:
    unknown = sorted(set(regions) - set(plans["plan_id"]))
    if unknown:
        raise ValueError(f"unknown plan_id(s) {unknown}; known: {', '.join(plans['plan_id'])}")


def _point_label(ax, x, y, text, *, above: bool, color="0.3", fontsize=7.0, gap=5):
    """A value label just above or below a drawn point (kept inside the layout)."""
    ax.annotate(text, (x, y), xytext=(0, gap if above else -gap), textcoords="offset points", ha="center",
                va="bottom" if above else "top", fontsize=fontsize, color=color)


#: new-jobs markers: the basis is the shape, the period the fill (open: previous period, filled: target)
_BASIS_MARKER = {"five_year_total": "s", "annual": "o"}


def new_jobs(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """New urban jobs compared fairly: per year, five-year totals divided by five (square markers).

    Points on a log scale (a province creates a hundred times the jobs of a county):
    the previous period's result (open) and the plan's target (filled), each labelled.
    """
    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    d = new_jobs_data(ind)
    if d.empty:
        raise ValueError("no region reports new urban jobs with a known basis")
    order = [p for p in plans["plan_id"] if p in set(d["plan_id"])]
    colors = region_colors(plans)
    ax = _ax(ax, (7.2, 0.75 * len(order) + 1.6))
    for i, plan in enumerate(order):
        rows = d[d["plan_id"] == plan].set_index("period")
        if {"period_prev", "period_plan"} <= set(rows.index):
            ax.plot(rows.loc[["period_prev", "period_plan"], "annual_value"], [i, i], color=colors[plan],
                    lw=1.2, alpha=0.6, zorder=2)
        for period, r in rows.iterrows():
            target = period == "period_plan"
            ax.plot(r["annual_value"], i, _BASIS_MARKER[r["basis"]], color=colors[plan], ms=7, mew=1.6,
                    mfc=colors[plan] if target else "white", zorder=3)
            _point_label(ax, r["annual_value"], i, f"{_fmt(r['annual_value'], r['comparator'], lang)} "
                         f"({int(r['year'])})", above=target, color=colors[plan] if target else "0.3")
    ax.set_xscale("log")
    ax.set_yticks(range(len(order)), [region_label(plans, p, lang) for p in order])
    ax.set_ylim(len(order) + 0.5, -0.75)  # a free band at the bottom for the legend
    ax.set_xlabel(tr("persons_per_year", lang))
    ax.set_title(tr("new_jobs_title", lang), loc="left")
    ax.set_xlim(d["annual_value"].min() / 2.5, d["annual_value"].max() * 3)
    ax.legend(handles=_new_jobs_handles(d, lang), loc="lower right", fontsize=6.5, ncol=2, frameon=True,
              framealpha=0.9)
    return ax


def _new_jobs_handles(d: pd.DataFrame, lang: str) -> list:
    """One legend entry per (period, basis) drawn: each a different marker."""
    from matplotlib.lines import Line2D

    handles = []
    for period in ("period_plan", "period_prev"):
        for basis, key in (("annual", "stated_annual"), ("five_year_total", "annualised")):
            if ((d["period"] == period) & (d["basis"] == basis)).any():
                label = f"{tr(period, lang)}({tr(key, lang)})" if lang == "zh" else \
                    f"{tr(period, lang)} ({tr(key, lang)})"
                handles.append(Line2D([], [], marker=_BASIS_MARKER[basis], ls="", color="0.35", ms=6, mew=1.4,
                                      mfc="0.35" if period == "period_plan" else "white", label=label))
    return handles


def _plan_period(plans: pd.DataFrame, plan_id: str, lang: str) -> str:
    """"舟山市(十三五,目标2020年)" / "Zhoushan (13th FYP, targets for 2020)"."""
    row = plans.set_index("plan_id").loc[plan_id]
    n, end = int(row["fyp_number"]), int(row["period_end"])
    if lang == "zh":
        return f"{row['region']}(十{'一二三四五六七八九'[n - 11] if 11 <= n <= 19 else n}五,目标{end}年)"
    return f"{row['region_en']} ({n}th FYP, targets for {end})"


def unemployment(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """Unemployment rates of each plan, registered and surveyed rates kept apart.

    One group per kind of rate, one slot per region. Rates are ceilings or levels, so
    they are points, never bars: the target filled (a downward triangle when it is a
    ceiling, ``<`` or ``≤``), the latest baseline open, an actual result a hollow
    diamond; every point is labelled with its comparator and year, and the legend gives
    each plan's period and target year.
    """
    from plancompare.indicators.views import headline

    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    kinds = ["registered_unemployment_rate", "surveyed_unemployment_rate"]
    h = headline(ind, kinds)
    if h.empty:
        raise ValueError("no region reports an unemployment rate")
    order = [p for p in plans["plan_id"] if p in set(h["plan_id"])]
    colors = region_colors(plans)
    ax = _ax(ax, (7.2, 4.2))
    width = 0.8 / max(1, len(order))
    for k, kind in enumerate(kinds):
        for i, plan in enumerate(order):
            hit = h[(h["plan_id"] == plan) & (h["indicator_id"] == kind)]
            if not hit.empty:
                _rate_slot(ax, k + (i - (len(order) - 1) / 2) * width, hit.iloc[0], colors[plan], lang)
    ax.set_xticks(range(len(kinds)), [tr("registered", lang), tr("surveyed", lang)])
    ax.set_xlim(-0.5, len(kinds) - 0.5)
    ax.grid(axis="x", visible=False)
    ax.set_ylabel(tr("percent", lang))
    ax.set_title(tr("unemployment_title", lang), loc="left")
    values = h[["target", "baseline", "actual"]].stack()
    ax.set_ylim(max(0.0, values.min() - 1.0), values.max() + 1.0)
    _unemployment_legend(ax, order, plans, colors, lang)
    return ax


def _rate_points(r) -> list[tuple[str, float, str, int]]:
    """(role, value, comparator, year) of the target, baseline and actual drawn for one rate; an
    actual equal to the baseline (the same figure) is drawn once."""
    pts = []
    for role in ("target", "baseline", "actual"):
        if pd.notna(r[role]):
            pts.append((role, float(r[role]), r[f"{role}_comparator"] or "", int(r[f"{role}_year"])))
    base = [p for p in pts if p[0] == "baseline"]
    return [p for p in pts if not (p[0] == "actual" and base and p[1:] == base[0][1:])]


def _rate_slot(ax, x: float, r, color, lang: str) -> None:
    """The points of one region's rate; the highest labelled above, the others below."""
    pts = sorted(_rate_points(r), key=lambda p: -p[1])
    for n, (role, value, comparator, year) in enumerate(pts):
        if role == "target":
            ax.plot(x, value, "v" if comparator in ("<", "<=") else "o", color=color, ms=8, zorder=3)
        elif role == "baseline":
            ax.plot(x, value, "o", mfc="white", mec=color, mew=1.6, ms=6, zorder=3)
        else:
            ax.plot(x, value, "D", mfc="none", mec=color, mew=1.4, ms=6, zorder=3)
        _point_label(ax, x, value, f"{_fmt(value, comparator, lang)}\n({year})", above=n == 0,
                     color=color if role == "target" else "0.3", gap=6)


def _unemployment_legend(ax, order, plans, colors, lang: str) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(color=colors[p], label=_plan_period(plans, p, lang)) for p in order]
    grey = {"color": "0.35", "ls": ""}
    handles += [Line2D([], [], marker="o", ms=6, label=tr("target", lang), **grey),
                Line2D([], [], marker="v", ms=6, label=tr("ceiling", lang), **grey),
                Line2D([], [], marker="o", ms=5, mfc="white", mew=1.4, label=tr("baseline", lang), **grey),
                Line2D([], [], marker="D", ms=5, mfc="none", mew=1.4, label=tr("actual", lang), **grey)]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)


def social_security(data, *, plans: pd.DataFrame | None = None, lang: str = "zh"):
    """Pension coverage, social-security-card coverage and card holders. Returns the Figure.

    The two rates share a panel each. Card holders differ by orders of magnitude between a
    county and a province while each plan's change is a few percent, so on one axis (even a
    log one) baseline and target coincide: each region gets its own linear panel instead.
    """
    import matplotlib.pyplot as plt

    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    try:
        holders = _headline_rows(ind, "ss_card_holders", plans)
    except ValueError:
        holders = None
    n = 1 if holders is None else len(holders)
    fig = plt.figure(figsize=(12, max(3.8, 1.25 * n + 1.6)), layout="constrained")
    grid = fig.add_gridspec(n, 3)
    for col, indicator in enumerate(["pension_coverage_rate", "ss_card_coverage_rate"]):
        ax = fig.add_subplot(grid[:, col])
        try:
            dumbbell(ind, indicator, plans=plans, lang=lang, ax=ax, legend=False)
        except ValueError:
            _not_reported(ax, indicator, lang)
    if holders is None:
        _not_reported(fig.add_subplot(grid[:, 2]), "ss_card_holders", lang)
    else:
        _holder_panels(fig, grid, holders, plans, lang)
    fig.suptitle(tr("ss_title", lang))
    fig.legend(handles=marker_handles(lang), loc="outside upper right", ncol=3, fontsize=7.5, frameon=False)
    return fig


def _not_reported(ax, indicator: str, lang: str) -> None:
    ax.text(0.5, 0.5, tr("not_reported", lang), ha="center", transform=ax.transAxes)
    ax.set_title(indicator_label(indicator, lang), loc="left")


def _holder_panels(fig, grid, holders: pd.DataFrame, plans: pd.DataFrame, lang: str) -> None:
    """One linear panel per region in the grid's last column, each with its own scale."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    colors = region_colors(plans)
    for k, (_, row) in enumerate(holders.iterrows()):
        ax = fig.add_subplot(grid[k, 2])
        _dumbbell_rows(ax, holders.iloc[[k]], colors, lang, sep=" ")
        ax.set_yticks([0], [region_label(plans, row["plan_id"], lang)])
        ax.set_ylim(0.55, -0.65)
        ax.margins(x=0.2)
        ax.xaxis.set_major_locator(MaxNLocator(4))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _fmt(v, "", lang)))
        if k == 0:
            ax.set_title(indicator_label("ss_card_holders", lang), loc="left")
    ax.set_xlabel(tr("persons_own_scale", lang))


def coverage_matrix(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None,
                    indicators: Sequence[str] | None = None):
    """Which region reports which indicator: binding, expected, reported or absent.

    ``data``: indicators.csv (or a Dataset). ``indicators`` limits the columns
    (default: every catalog indicator some plan reports, headline ones first).
    """
    from matplotlib.colors import ListedColormap

    from plancompare.indicators.catalog import load_catalog
    from plancompare.indicators.views import coverage

    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    cov = coverage(ind, plans)
    cat = load_catalog()
    if indicators is not None:
        unknown = sorted(set(indicators) - set(cat.indicators))
        if unknown:
            raise ValueError(f"unknown indicator id(s) {unknown}")
        cov = cov.reindex(columns=list(indicators), fill_value="")
    else:
        # headline indicators first, then by category in catalog order
        cats = list(cat.categories)
        cov = cov[sorted(cov.columns, key=lambda i: (not cat[i].headline, cats.index(cat[i].category)))]
    levels = ["", "reported", "expected", "binding"]
    codes = cov.replace({v: i for i, v in enumerate(levels)}).astype(int).T  # indicators as rows
    ax = _ax(ax, (1.1 * len(codes.columns) + 3.8, 0.24 * len(codes) + 1.6))
    cmap = ListedColormap(["#f2f2f2", "#cfe3f2", "#6baed6", "#08519c"])
    ax.imshow(codes.values, cmap=cmap, vmin=0, vmax=3, aspect="auto")
    ax.set_xticks(range(len(codes.columns)), [region_label(plans, p, lang) for p in codes.columns])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(codes)), [indicator_label(i, lang) for i in codes.index], fontsize=7)
    ax.set_xticks(np.arange(-0.5, len(codes.columns)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(codes)), minor=True)
    ax.grid(which="minor", color="white", lw=1.5)
    ax.grid(which="major", visible=False)
    ax.tick_params(which="minor", length=0)
    ax.tick_params(which="major", length=0)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=cmap(i), label=tr(lv or "absent", lang)) for i, lv in
                       reversed(list(enumerate(levels)))],
              loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=7.5, frameon=False)
    ax.set_title(tr("coverage_title", lang), loc="left", pad=22)
    return ax
