"""Comparison charts, in seaborn's manner.

Every function takes the library's tidy data (``data=``: a processed table, or a
loaded :class:`~plancompare.dataset.Dataset`), draws on the Axes it is given (or
a new one) and returns it; functions that need several panels return the
Figure. ``lang="zh"`` or ``"en"`` chooses the language of every label: region
names come from the catalog (``region`` / ``region_en``), indicator names from
the indicator catalog (``name_zh`` / ``name_en``).

Chinese renders in PNG, SVG and PDF through an open-licence CJK font (Noto
Sans SC, OFL, from the PyPI package ``pylopdf-fonts-zh-cn``), with a fallback to
a CJK font of the system. Importing this module changes nothing; the first
plot (or :func:`set_theme`) registers the font with matplotlib. Call
:func:`set_theme` once for the project's look: a colour-blind-safe palette,
print-readable sizes, one fixed colour per region.
"""

from __future__ import annotations

import functools
import textwrap
from typing import Sequence

import numpy as np
import pandas as pd

LANGS = ("zh", "en")
_SYSTEM_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
               "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN")

#: interface words (not data): region and indicator names come from the catalogs
_T = {
    "baseline": ("基期", "baseline"), "target": ("目标", "target"), "actual": ("实际完成", "actual"),
    "new_jobs_title": ("城镇新增就业(年均)", "New urban jobs (per year)"),
    "persons_per_year": ("人/年(对数刻度)", "persons per year (log scale)"),
    "annualised": ("五年累计÷5", "five-year total ÷ 5"), "stated_annual": ("年度值", "annual figure"),
    "period_prev": ("上一规划期", "previous period"), "period_plan": ("本规划期目标", "plan target"),
    "unemployment_title": ("失业率目标", "Unemployment-rate targets"),
    "registered": ("城镇登记失业率", "registered"), "surveyed": ("城镇调查失业率", "surveyed"),
    "percent": ("%", "%"), "coverage_title": ("指标覆盖", "Indicator coverage"),
    "binding": ("约束性", "binding"), "expected": ("预期性", "expected"),
    "reported": ("仅报告数值", "reported (no attribute)"), "absent": ("未涉及", "absent"),
    "shares_title": ("各地规划的主题构成", "Topic shares per plan"), "share": ("占比", "share"),
    "terms_title": ("各主题高权重词", "Top terms per topic"),
    "keyness_title": ("各地规划的特征词(对数似然G²)", "Most distinctive terms per plan (log-likelihood G²)"),
    "similarity_title": ("规划文本相似度(余弦)", "Similarity of plan texts (cosine)"),
    "map_title": ("段落主题分布图", "Paragraphs by topic"),
    "map_x": ("每个主题为圆上一点;段落按其主题权重位于各点之间", "each topic is a point on the circle; a paragraph lies between its topics' points by its topic weights"),
    "pension_rate": ("基本养老保险参保率", "pension coverage rate"),
    "not_reported": ("未报告", "not reported"), "weight": ("权重", "weight"), "g2": ("G²", "G²"),
    "persons_log": ("人(对数刻度)", "persons (log scale)"),
    "ss_title": ("社会保障覆盖", "Social-security coverage"),
}


def tr(key: str, lang: str) -> str:
    """An interface word in ``lang``."""
    _check_lang(lang)
    return _T[key][LANGS.index(lang)]


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGS)}")


# ---------------------------------------------------------------------------------------
# Fonts and theme
# ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def cjk_font() -> str:
    """Register the bundled CJK font with matplotlib (once) and return its family name.

    Falls back to a CJK font of the system when the package is missing; raises
    RuntimeError when there is none, rather than drawing empty boxes.
    """
    from matplotlib import font_manager

    try:
        import importlib.resources as resources

        path = resources.files("pylopdf_fonts_zh_cn") / "NotoSansSC-Regular.otf"
        font_manager.fontManager.addfont(str(path))
        return font_manager.FontProperties(fname=str(path)).get_name()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        installed = {f.name for f in font_manager.fontManager.ttflist}
        for name in _SYSTEM_CJK:
            if name in installed:
                return name
    raise RuntimeError("no CJK font found: install the project's dependencies (pylopdf-fonts-zh-cn) "
                       "or a system font such as Noto Sans CJK SC")


def _ensure_font() -> str:
    """Make sure text is drawn with the CJK font (called by every plotting function)."""
    import matplotlib as mpl

    name = cjk_font()
    if mpl.rcParams["font.sans-serif"][:1] != [name]:
        mpl.rcParams["font.sans-serif"] = [name] + [f for f in mpl.rcParams["font.sans-serif"] if f != name]
        mpl.rcParams["font.family"] = "sans-serif"
        mpl.rcParams["axes.unicode_minus"] = False
    return name


def theme_rc() -> dict:
    """The rcParams of the project's theme (also used for deterministic export)."""
    return {"pdf.fonttype": 42, "ps.fonttype": 42, "svg.fonttype": "path", "svg.hashsalt": "plancompare",
            "axes.unicode_minus": False, "figure.dpi": 100, "savefig.dpi": 300,
            "axes.titlesize": 11, "axes.labelsize": 9.5,
            "xtick.labelsize": 8.5, "ytick.labelsize": 8.5, "legend.fontsize": 8.5,
            "legend.title_fontsize": 9, "figure.titlesize": 12}


def set_theme(context: str = "paper", font_scale: float = 1.15) -> None:
    """The one theme: seaborn whitegrid, colour-blind palette, the CJK font, print sizes."""
    import matplotlib as mpl
    import seaborn as sns

    name = cjk_font()
    # seaborn.set_theme resets the font family unless it is passed font=
    sns.set_theme(context=context, style="whitegrid", palette="colorblind", font=name,
                  font_scale=font_scale, rc={"font.sans-serif": [name, "DejaVu Sans"]})
    mpl.rcParams.update(theme_rc())


def region_colors(plans: pd.DataFrame) -> dict[str, tuple]:
    """One fixed colour per plan, by its place in the catalog (colour-blind-safe palette)."""
    import seaborn as sns

    palette = sns.color_palette("colorblind", 10)
    return {pid: palette[i % len(palette)] for i, pid in enumerate(plans["plan_id"])}


def region_label(plans: pd.DataFrame, plan_id: str, lang: str) -> str:
    _check_lang(lang)
    row = plans.set_index("plan_id").loc[plan_id]
    return row["region"] if lang == "zh" else row["region_en"]


def indicator_label(indicator_id: str, lang: str) -> str:
    from .indicator_catalog import load_catalog

    _check_lang(lang)
    ind = load_catalog()[indicator_id]
    return ind.name_zh if lang == "zh" else ind.name_en


def _unpack(data, table: str, plans: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(table, plans) from a Dataset or a DataFrame plus plans."""
    if hasattr(data, "tables") and hasattr(data, "plans"):
        return getattr(data, table), data.plans if plans is None else plans
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a DataFrame or a Dataset, not {type(data).__name__}")
    if plans is None:
        from .dataset import load

        plans = load().plans
    return data, plans


def _ax(ax, figsize=(7, 4)):
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


_COMPARATOR_TEXT = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "~": "≈", "=": ""}


def _fmt(value: float, comparator: str = "", lang: str = "zh") -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if abs(value) >= 1e4 and lang == "zh":
        s = f"{value / 1e4:.4g}万"
    elif abs(value) >= 1e6:
        s = f"{value / 1e6:.3g} M"
    elif abs(value) >= 1e4:
        s = f"{value / 1e3:.3g} k"
    elif float(value).is_integer():
        s = f"{value:.0f}"
    else:
        s = f"{value:.3g}"
    return _COMPARATOR_TEXT.get(comparator, "") + s


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
    from .indicators import headline

    _check_lang(lang)
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


def new_jobs_data(ind: pd.DataFrame) -> pd.DataFrame:
    """New urban jobs per year for each plan: the previous period's result and the plan's target.

    Five-year totals are divided by five (``conversion`` says so); annual figures
    are kept. Values whose basis is unknown are left out.
    """
    from .indicators import annualise

    df = annualise(ind[(ind["indicator_id"] == "new_urban_jobs") & ind["value"].notna() & (ind["role"] != "")])
    df = df[df["annual_value"].notna()]
    rows = []
    for plan, g in df.groupby("plan_id", sort=False):
        target_year = g.loc[g["role"] == "target", "year"].max()
        for kind, sel in (("period_plan", g[(g["role"] == "target") & (g["year"] == target_year)]),
                          ("period_prev", g[g["role"].isin(["actual", "baseline"]) & (g["year"] < target_year)])):
            if sel.empty:
                continue
            sel = sel.assign(_r=(sel["source"] != "table").astype(int)).sort_values(["year", "_r"],
                                                                                   ascending=[False, True])
            r = sel.iloc[0]
            rows.append({"plan_id": plan, "period": kind, "role": r["role"], "year": int(r["year"]),
                         "value": r["value"], "basis": r["basis"], "annual_value": r["annual_value"],
                         "conversion": r["conversion"], "comparator": r["comparator"],
                         "source": r["source"], "source_line": int(r["source_line"]), "value_raw": r["value_raw"]})
    return pd.DataFrame(rows)


def new_jobs(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """New urban jobs compared fairly: per year, five-year totals divided by five and hatched.

    Two bars per region — the previous period's result and the plan's target —
    on a log scale, since a province creates a hundred times the jobs of a county.
    """
    _check_lang(lang)
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
    from .indicators import headline

    _check_lang(lang)
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

    _check_lang(lang)
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

    from .indicator_catalog import load_catalog
    from .indicators import coverage

    _check_lang(lang)
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


# ---------------------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------------------

def _topic_data(data, table: str, labels: pd.DataFrame | None, func: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(table, labels) from a Dataset or from a DataFrame plus labels."""
    if hasattr(data, table):
        labels = data.topic_labels if labels is None else labels
        data = getattr(data, table)
    if labels is None:
        raise ValueError(f"{func} needs labels= (topic_labels.csv) or a Dataset")
    return data, labels


def _topic_names(labels: pd.DataFrame, lang: str) -> dict[str, str]:
    col = "label_zh" if lang == "zh" else "label_en"
    return {r.topic_id: f"{r.topic_id} {getattr(r, col)}" for r in labels.itertuples()}


def topic_palette(labels: pd.DataFrame) -> dict[str, tuple]:
    import seaborn as sns

    ids = list(labels["topic_id"])
    pal = sns.color_palette("tab20", len(ids)) if len(ids) > 10 else sns.color_palette("colorblind", 10)
    return {t: pal[i % len(pal)] for i, t in enumerate(ids)}


def topic_shares(data, *, labels: pd.DataFrame | None = None, plans: pd.DataFrame | None = None,
                 lang: str = "zh", ax=None):
    """Stacked bars: how much of each plan's running text is about each topic."""
    _check_lang(lang)
    _ensure_font()
    if hasattr(data, "plan_topic_shares"):
        labels = data.topic_labels if labels is None else labels
    shares, plans = _unpack(data, "plan_topic_shares", plans)
    if labels is None:
        raise ValueError("topic_shares needs labels= (topic_labels.csv) or a Dataset")
    wide = shares.pivot(index="plan_id", columns="topic_id", values="share")
    order = [p for p in plans["plan_id"] if p in wide.index]
    wide = wide.loc[order, list(labels["topic_id"])]
    names = _topic_names(labels, lang)
    colors = topic_palette(labels)
    ax = _ax(ax, (8.5, 0.55 * len(order) + 1.8))
    left = np.zeros(len(order))
    for t in wide.columns:
        vals = wide[t].to_numpy()
        ax.barh(range(len(order)), vals, left=left, color=colors[t], label=names[t], edgecolor="white", lw=0.5)
        for i, v in enumerate(vals):
            if v >= 0.06:
                ax.text(left[i] + v / 2, i, f"{v:.0%}", ha="center", va="center", fontsize=6.5, color="white")
        left += vals
    ax.set_yticks(range(len(order)), [region_label(plans, p, lang) for p in order])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.set_xlabel(tr("share", lang))
    ax.set_title(tr("shares_title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    ax.grid(axis="y", visible=False)
    return ax


def topic_terms(data, *, labels: pd.DataFrame | None = None, lang: str = "zh", n: int = 8):
    """Small multiples: the top terms of each topic with their weights. Returns the Figure."""
    import matplotlib.pyplot as plt

    _check_lang(lang)
    _ensure_font()
    data, labels = _topic_data(data, "topic_terms", labels, "topic_terms")
    ids = list(labels["topic_id"])
    cols = 4 if len(ids) > 6 else 3
    rows = int(np.ceil(len(ids) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(2.9 * cols, 2.2 * rows), layout="constrained", squeeze=False)
    names = _topic_names(labels, lang)
    colors = topic_palette(labels)
    for ax, t in zip(axes.flat, ids):
        d = data[(data["topic_id"] == t) & (data["rank"] <= n)].sort_values("rank")
        ax.barh(range(len(d)), d["weight"], color=colors[t])
        ax.set_yticks(range(len(d)), d["term"], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_title(names[t], fontsize=8.5)
        ax.tick_params(axis="x", labelsize=6.5)
        ax.grid(axis="y", visible=False)
    for ax in list(axes.flat)[len(ids):]:
        ax.set_visible(False)
    fig.suptitle(tr("terms_title", lang))
    return fig


def keyness(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", top: int = 10):
    """Small multiples: each plan's most distinctive terms (G²). Returns the Figure."""
    import matplotlib.pyplot as plt

    _check_lang(lang)
    _ensure_font()
    k, plans = _unpack(data, "plan_keyness", plans)
    order = [p for p in plans["plan_id"] if p in set(k["plan_id"])]
    colors = region_colors(plans)
    fig, axes = plt.subplots(1, len(order), figsize=(2.5 * len(order), 3.4), layout="constrained", squeeze=False)
    for ax, plan in zip(axes.flat, order):
        d = k[(k["plan_id"] == plan) & (k["rank"] <= top)].sort_values("rank")
        ax.barh(range(len(d)), d["score"], color=colors[plan])
        ax.set_yticks(range(len(d)), d["term"], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_title(region_label(plans, plan, lang), fontsize=9)
        ax.set_xlabel(tr("g2", lang), fontsize=7.5)
        ax.tick_params(axis="x", labelsize=6.5)
        ax.grid(axis="y", visible=False)
    fig.suptitle(tr("keyness_title", lang))
    return fig


def similarity(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """Heatmap of the plans' text similarity."""
    import seaborn as sns

    _check_lang(lang)
    _ensure_font()
    s, plans = _unpack(data, "plan_similarity", plans)
    order = [p for p in plans["plan_id"] if p in set(s["plan_id_a"])]
    m = s.pivot(index="plan_id_a", columns="plan_id_b", values="similarity").loc[order, order]
    names = [region_label(plans, p, lang) for p in order]
    ax = _ax(ax, (5.2, 4.4))
    mask = np.eye(len(order), dtype=bool)
    sns.heatmap(m.to_numpy(), mask=mask, annot=True, fmt=".2f", cmap="Blues", vmin=0.3, vmax=0.7, square=True,
                xticklabels=names, yticklabels=names, cbar_kws={"shrink": 0.7}, ax=ax, annot_kws={"fontsize": 8})
    ax.grid(False)
    ax.tick_params(axis="x", rotation=0)
    ax.tick_params(axis="y", rotation=0)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(tr("similarity_title", lang))
    return ax


def paragraph_map(data, *, labels: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """The topic compass of paragraphs (topic_map.csv): each topic a labelled point on a circle,
    each paragraph placed between its topics by their weights, coloured by its main topic."""
    import math

    from matplotlib.patches import Circle

    _check_lang(lang)
    _ensure_font()
    data, labels = _topic_data(data, "topic_map", labels, "paragraph_map")
    names = _topic_names(labels, lang)
    colors = topic_palette(labels)
    ax = _ax(ax, (9.0, 6.0))
    ax.add_patch(Circle((0, 0), 1.0, fill=False, lw=0.6, color="0.8"))
    ids = list(labels["topic_id"])
    for i, t in enumerate(ids):
        d = data[data["topic_id"] == t]
        ax.scatter(d["x"], d["y"], s=14, color=colors[t], alpha=0.8, label=names[t], lw=0)
        angle = math.pi / 2 - 2 * math.pi * i / len(ids)
        cx, cy = math.cos(angle), math.sin(angle)
        ax.plot([cx], [cy], marker="o", ms=5, color=colors[t], mec="0.2", mew=0.6)
        ax.annotate(t, (cx, cy), xytext=(6 * cx, 6 * cy), textcoords="offset points", fontsize=7,
                    ha="left" if cx > 0.2 else "right" if cx < -0.2 else "center",
                    va="bottom" if cy > 0.2 else "top" if cy < -0.2 else "center")
    ax.set_aspect("equal")
    ax.set_xlim(-1.25, 1.25)
    ax.set_ylim(-1.2, 1.2)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel(textwrap.fill(tr("map_x", lang), 30 if lang == "zh" else 60), fontsize=8, color="0.3")
    ax.set_title(tr("map_title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False, markerscale=1.5)
    return ax


def add_source_note(fig, note: str, width: int = 140) -> None:
    """Put the source note under the figure as a footnote (wrapped)."""
    fig.supxlabel(textwrap.fill(note, width=width), x=0.01, ha="left", fontsize=6.5, color="0.35")
