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
    indicator; the arrow runs from the latest baseline to the plan's target, a
    hollow diamond marks an actual result. Values are in canonical units.
    """
    from plancompare.indicators.views import headline

    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    h = headline(ind, [indicator])
    if regions is not None:
        _check_regions(regions, plans)
        h = h[h["plan_id"].isin(regions)]
    if h.empty:
        raise ValueError(f"no region reports indicator '{indicator}'")
    order = [p for p in plans["plan_id"] if p in set(h["plan_id"])]
    h = h.set_index("plan_id").loc[order].reset_index()
    colors = region_colors(plans)
    ax = _ax(ax, (7, 0.55 * len(h) + 1.4))
    for i, r in enumerate(h.itertuples()):
        c = colors[r.plan_id]
        if pd.notna(r.baseline) and pd.notna(r.target):
            ax.annotate("", xy=(r.target, i), xytext=(r.baseline, i),
                        arrowprops={"arrowstyle": "-|>", "color": c, "lw": 1.8, "shrinkA": 4, "shrinkB": 4})
        if pd.notna(r.baseline):
            ax.plot(r.baseline, i, "o", color=c, ms=7, mfc="white", mew=1.8, zorder=3)
            ax.annotate(f"{_fmt(r.baseline, r.baseline_comparator, lang)}\n({int(r.baseline_year)})",
                        (r.baseline, i), xytext=(0, -13), textcoords="offset points", ha="center",
                        va="top", fontsize=7, color="0.3")
        if pd.notna(r.target):
            ax.plot(r.target, i, "o", color=c, ms=8, zorder=3)
            ax.annotate(f"{_fmt(r.target, r.target_comparator, lang)}\n({int(r.target_year)})", (r.target, i),
                        xytext=(0, 7), textcoords="offset points", ha="center", va="bottom",
                        fontsize=7.5, color=c)
        if pd.notna(r.actual):
            ax.plot(r.actual, i, "D", color=c, ms=6, mfc="none", mew=1.4, zorder=4)
            if pd.isna(r.baseline) and pd.isna(r.target):
                ax.annotate(f"{_fmt(r.actual, r.actual_comparator, lang)}\n({int(r.actual_year)})",
                            (r.actual, i), xytext=(0, -13), textcoords="offset points", ha="center",
                            va="top", fontsize=7, color="0.3")
    ax.set_yticks(range(len(h)), [region_label(plans, p, lang) for p in h["plan_id"]])
    ax.set_ylim(len(h) - 0.4, -0.8)
    ax.margins(x=0.15)
    unit = h["unit"].iloc[0]
    ax.set_xlabel(unit if lang == "en" else {"percent": "%", "persons": "人"}.get(unit, unit))
    ax.set_title(indicator_label(indicator, lang), loc="left")
    if legend:
        _legend_markers(ax, lang)
    return ax


def marker_handles(lang: str) -> list:
    """Legend handles for baseline / target / actual markers."""
    from matplotlib.lines import Line2D

    return [Line2D([], [], marker="o", ls="", color="0.35", mfc="white", mew=1.6, label=tr("baseline", lang)),
               Line2D([], [], marker="o", ls="", color="0.35", label=tr("target", lang)),
               Line2D([], [], marker="D", ls="", color="0.35", mfc="none", label=tr("actual", lang))]


def _legend_markers(ax, lang: str) -> None:
    ax.legend(handles=marker_handles(lang), loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7,
              ncol=3, borderaxespad=0.2, handletextpad=0.3, columnspacing=0.8)


def _check_regions(regions: Sequence[str], plans: pd.DataFrame) -> None:
    unknown = sorted(set(regions) - set(plans["plan_id"]))
    if unknown:
        raise ValueError(f"unknown plan_id(s) {unknown}; known: {', '.join(plans['plan_id'])}")


def new_jobs(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """New urban jobs compared fairly: per year, five-year totals divided by five and hatched.

    Two bars per region — the previous period's result and the plan's target —
    on a log scale, since a province creates a hundred times the jobs of a county.
    """
    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    d = new_jobs_data(ind)
    if d.empty:
        raise ValueError("no region reports new urban jobs with a known basis")
    order = [p for p in plans["plan_id"] if p in set(d["plan_id"])]
    colors = region_colors(plans)
    ax = _ax(ax, (7.2, 0.7 * len(order) + 1.6))
    height = 0.38
    for i, plan in enumerate(order):
        for j, period in enumerate(("period_prev", "period_plan")):
            hit = d[(d["plan_id"] == plan) & (d["period"] == period)]
            if hit.empty:
                continue
            r = hit.iloc[0]
            y = i + (j - 0.5) * height
            hatch = "///" if r["basis"] == "five_year_total" else None
            ax.barh(y, r["annual_value"], height=height * 0.92, color=colors[plan],
                    alpha=0.45 if period == "period_prev" else 0.95, hatch=hatch, edgecolor="white", lw=0)
            label = f"{_fmt(r['annual_value'], r['comparator'], lang)}  ({int(r['year'])})"
            ax.annotate(label, (r["annual_value"], y), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=7)
    ax.set_xscale("log")
    ax.set_yticks(range(len(order)), [region_label(plans, p, lang) for p in order])
    ax.invert_yaxis()
    ax.set_xlabel(tr("persons_per_year", lang))
    ax.set_title(tr("new_jobs_title", lang), loc="left")
    lo = d["annual_value"].min()
    hi = d["annual_value"].max()
    ax.set_xlim(lo / 3, hi * 6)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(facecolor="0.55", alpha=0.45, label=tr("period_prev", lang)),
                       Patch(facecolor="0.35", label=tr("period_plan", lang)),
                       Patch(facecolor="white", edgecolor="0.3", hatch="///", label=tr("annualised", lang)),
                       Patch(facecolor="0.35", label=tr("stated_annual", lang))],
              loc="lower right", fontsize=7, ncol=2, frameon=True)
    return ax


def unemployment(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """Unemployment-rate targets of each plan, registered and surveyed rates kept apart.

    One column per kind of rate; each region's latest baseline (open) and target (filled).
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
    ax = _ax(ax, (7.2, 4))
    width = 0.8 / max(1, len(order))
    for k, kind in enumerate(kinds):
        for i, plan in enumerate(order):
            hit = h[(h["plan_id"] == plan) & (h["indicator_id"] == kind)]
            x = k + (i - (len(order) - 1) / 2) * width
            r = hit.iloc[0] if not hit.empty else None
            if r is None or pd.isna(r["target"]):
                ax.text(x, 0.15, "—", ha="center", color="0.6", fontsize=8)
                continue
            ax.bar(x, r["target"], width=width * 0.85, color=colors[plan])
            top = max(r["target"], r["baseline"] if pd.notna(r["baseline"]) else 0)
            ax.text(x, top + 0.15, _fmt(r["target"], r["target_comparator"], lang), ha="center",
                    va="bottom", fontsize=7)
            if pd.notna(r["baseline"]):
                ax.plot(x, r["baseline"], "o", mfc="white", mec="0.2", ms=5, zorder=3)
    ax.set_xticks(range(len(kinds)), [tr("registered", lang), tr("surveyed", lang)])
    ax.set_ylabel(tr("percent", lang))
    ax.set_title(tr("unemployment_title", lang), loc="left")
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(color=colors[p], label=region_label(plans, p, lang)) for p in order]
    handles.append(Line2D([], [], marker="o", ls="", mfc="white", mec="0.2", label=tr("baseline", lang)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7.5, frameon=False)
    ax.set_ylim(0, max(h[["target", "baseline"]].max().max() * 1.25, 1))
    return ax


def social_security(data, *, plans: pd.DataFrame | None = None, lang: str = "zh"):
    """Pension coverage, social-security-card coverage and card holders: one panel each. Returns the Figure."""
    import matplotlib.pyplot as plt

    check_lang(lang)
    _ensure_font()
    ind, plans = _unpack(data, "indicators", plans)
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.6), layout="constrained")
    for ax, indicator in zip(axes, ["pension_coverage_rate", "ss_card_coverage_rate", "ss_card_holders"]):
        try:
            dumbbell(ind, indicator, plans=plans, lang=lang, ax=ax, legend=False)
        except ValueError:
            ax.text(0.5, 0.5, tr("not_reported", lang), ha="center", transform=ax.transAxes)
            ax.set_title(indicator_label(indicator, lang))
        if indicator == "ss_card_holders":
            ax.set_xscale("log")
            ax.set_xlabel(tr("persons_log", lang))
    fig.suptitle(tr("ss_title", lang))
    fig.legend(handles=marker_handles(lang), loc="outside upper right", ncol=3, fontsize=7.5, frameon=False)
    return fig


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
