"""The look shared by every chart: theme, CJK font, colours, labels in two languages."""

from __future__ import annotations

import functools
import re

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
    "ceiling": ("目标为上限(<、≤)", "target is a ceiling (<, ≤)"),
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
    "persons_own_scale": ("人(各地刻度不同)", "persons (each region on its own scale)"),
    "ss_title": ("社会保障覆盖", "Social-security coverage"),
}


def tr(key: str, lang: str) -> str:
    """An interface word in ``lang``."""
    check_lang(lang)
    return _T[key][LANGS.index(lang)]


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGS)}")


# ---------------------------------------------------------------------------------------
# Fonts and theme
# ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def cjk_font_path() -> str:
    """The file of the bundled CJK font (Noto Sans SC, OTF)."""
    import importlib.resources as resources

    return str(resources.files("pylopdf_fonts_zh_cn") / "NotoSansSC-Regular.otf")


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
    check_lang(lang)
    row = plans.set_index("plan_id").loc[plan_id]
    return row["region"] if lang == "zh" else row["region_en"]


def indicator_label(indicator_id: str, lang: str) -> str:
    from plancompare.indicators.catalog import load_catalog

    check_lang(lang)
    ind = load_catalog()[indicator_id]
    return ind.name_zh if lang == "zh" else ind.name_en


def _unpack(data, table: str, plans: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(table, plans) from a Dataset or a DataFrame plus plans."""
    if hasattr(data, "tables") and hasattr(data, "plans"):
        return getattr(data, table), data.plans if plans is None else plans
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a DataFrame or a Dataset, not {type(data).__name__}")
    if plans is None:  # plotting never loads or builds data: the caller passes what is drawn
        raise ValueError(f"with a {table} DataFrame, pass plans= (the plans table, for region names), "
                         "or pass the Dataset itself")
    return data, plans


def _ax(ax, figsize=(7, 4)):
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


_COMPARATOR_TEXT = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "~": "≈", "=": ""}


def _fmt(value: float, comparator: str = "", lang: str = "zh") -> str:
    """A value as drawn: counts from ten thousand up with three significant digits in both languages
    (1.14万 / 11.4 k, 70.0万 / 700 k); smaller values as they are, or to three significant digits."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    v = abs(value)
    if v >= 1e4:
        scale, unit = ((1e8, "亿") if v >= 1e8 else (1e4, "万")) if lang == "zh" else \
            ((1e6, " M") if v >= 1e6 else (1e3, " k"))
        s = _sig3(value / scale) + unit
    elif float(value).is_integer():
        s = f"{value:.0f}"
    else:
        s = f"{value:.3g}"
    return _COMPARATOR_TEXT.get(comparator, "") + s


def _sig3(x: float) -> str:
    """Three significant digits, trailing zeros kept, never in exponent notation (6140, 88.4, 1.00)."""
    r = float(f"{x:.3g}")
    digits = int(np.floor(np.log10(abs(r)))) if r else 0
    return f"{r:.{max(0, 2 - digits)}f}"


def relative_luminance(color) -> float:
    """WCAG 2 relative luminance of a colour (any matplotlib colour)."""
    from matplotlib.colors import to_rgb

    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(color)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(a, b) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def label_color(background) -> str:
    """Black or white, whichever contrasts more with ``background`` (always at least 4.58:1)."""
    return "black" if contrast_ratio("black", background) >= contrast_ratio("white", background) else "white"


def wrap_to_width(text: str, width_pt: float, fontsize: float) -> str:
    """Wrap text to a width in points, counting a CJK (full-width) character as one em and any
    other as about half: Chinese and English notes both fit the figure."""
    import unicodedata

    limit = width_pt / fontsize  # in ems
    lines, line, used = [], "", 0.0
    for token in re.findall(r"[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+", text):
        w = sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.56 for c in token)
        if used + w > limit and line.strip():
            lines.append(line.rstrip())
            line, used = token.lstrip(), sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.56
                                             for c in token.lstrip())
        else:
            line, used = line + token, used + w
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


def add_source_note(fig, note: str, fontsize: float = 6.5) -> None:
    """Put the source note under the figure as a footnote, wrapped to the figure's width."""
    width_pt = fig.get_figwidth() * 72 * 0.96
    fig.supxlabel(wrap_to_width(note, width_pt, fontsize), x=0.01, ha="left", fontsize=fontsize, color="0.35")
