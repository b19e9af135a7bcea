"""Readable tables for notebooks: any table as a pandas ``Styler`` that a researcher can read
(whole years, numbers with their units, blank empty cells, wrapped text, percentages as
``66.7 %``), and the headline comparison as one compact table per indicator.

Stage ``tables``, just above ``dataset``: it formats tables, never builds or loads them.
"""

from __future__ import annotations

import html
import math

import pandas as pd

#: columns holding a year or a raw line number: whole numbers without thousands separators
_PLAIN_INT = ("year", "period_start", "period_end", "fyp_number", "level", "rank")
#: columns holding an indicator's value, formatted by the row's ``unit``
VALUE_COLUMNS = ("value", "value_raw_number", "baseline", "target", "actual", "change", "annual_value")
#: columns holding a share between 0 and 1, shown as a percentage
SHARE_COLUMNS = ("share",)
#: the longest text (characters) before a cell wraps, in em (a Chinese character is about 1 em)
WRAP_EM = 28

_HEAD = {
    "region": ("地区", "Region"), "baseline": ("基期", "Baseline"), "target": ("目标", "Target"),
    "actual": ("实际", "Actual"), "basis": ("口径", "Basis"), "lines": ("原文行号", "Source lines"),
}
_COMPARATOR = {"=": "", "<": "<", "<=": "≤", "≤": "≤", ">": ">", ">=": "≥", "≥": "≥"}


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def number(value, unit: str = "", lang: str = "zh") -> str:
    """A value with its unit: ``3.35 %``, ``4,420,000`` persons (``442万`` in Chinese), blank when missing."""
    if _missing(value):
        return ""
    value = float(value)
    if unit == "percent":
        return f"{_trim(f'{value:,.2f}')} %"
    if unit == "points":  # a difference of two percentages
        return f"{_trim(f'{value:,.2f}')} " + ("个百分点" if lang == "zh" else "pp")
    if unit == "persons" and lang == "zh" and abs(value) >= 10_000:
        return f"{_trim(f'{value / 10_000:,.2f}')}万"
    if value == int(value):
        return f"{int(value):,}"
    return _trim(f"{value:,.2f}")


def percent(value, scale: float = 1.0) -> str:
    """A percentage with one decimal: ``66.7 %`` (``scale`` 100 for shares between 0 and 1)."""
    return "" if _missing(value) else f"{float(value) * scale:.1f} %"


def _whole(value, sep: bool) -> str:
    if _missing(value):
        return ""
    return f"{int(round(float(value))):,}" if sep else str(int(round(float(value))))


def _column_text(df: pd.DataFrame, col: str, lang: str, decimals: int = 2) -> pd.Series:
    """The cells of one column as display text."""
    s = df[col]
    name = str(col)
    if name in VALUE_COLUMNS and "unit" in df.columns and pd.api.types.is_numeric_dtype(s):
        units = ["points" if name == "change" and u == "percent" else u for u in df["unit"]]
        return pd.Series([number(v, u, lang) for v, u in zip(s, units)], index=df.index)
    if name.endswith("_pct") or name == "pct":
        return s.map(percent)
    if name in SHARE_COLUMNS:
        return s.map(lambda v: percent(v, 100))
    if pd.api.types.is_bool_dtype(s) or not pd.api.types.is_numeric_dtype(s):
        return s.map(lambda v: "" if _missing(v) else str(v))
    plain = name in _PLAIN_INT or name.endswith(("_year", "_line", "line_start", "line_end")) or name == "source_line"
    whole = s.dropna().map(lambda v: float(v) == int(v)).all()
    if plain or whole:
        return s.map(lambda v: _whole(v, sep=not plain))
    return s.map(lambda v: "" if _missing(v) else _trim(f"{float(v):,.{decimals}f}"))


def display_frame(df: pd.DataFrame, lang: str = "zh", decimals: int = 2) -> pd.DataFrame:
    """``df`` as text, cell by cell, the way :func:`styled` shows it (plain numbers without a unit to
    ``decimals`` places). Returns a new DataFrame."""
    return pd.DataFrame({col: _column_text(df, col, lang, decimals) for col in df.columns}, index=df.index)


def styled(df: pd.DataFrame, lang: str = "zh", caption: str | None = None, wrap_em: int = WRAP_EM,
           decimals: int = 2):
    """``df`` as a pandas ``Styler`` for a notebook: whole years (no ``2020.0``), numbers with their
    units, empty cells blank, long text wrapped (at ``wrap_em``), percentages as ``66.7 %``, plain
    numbers to ``decimals`` places, no index. Headers wrap at spaces, so a table of many columns
    stays as wide as the page."""
    text = display_frame(df, lang, decimals)
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]
    words = [c for c in df.columns if c not in numeric]
    # headers may break after an underscore (``chapter_<wbr>nmi``) so many columns still fit the page
    st = text.style.hide(axis="index").format_index(lambda c: html.escape(str(c)).replace("_", "_<wbr>"), axis=1)
    if words:
        st = st.set_properties(subset=words, **{"text-align": "left", "white-space": "normal",
                                                "max-width": f"{wrap_em}em", "word-break": "break-word"})
    if numeric:
        st = st.set_properties(subset=numeric, **{"text-align": "right", "white-space": "nowrap"})
    st = st.set_table_styles([{"selector": "th", "props": [("text-align", "left"), ("white-space", "normal")]},
                              {"selector": "caption", "props": [("text-align", "left"), ("font-weight", "bold")]}])
    return st.set_caption(caption) if caption else st


def _cell(row: pd.Series, role: str, lang: str) -> str:
    """``≤4.5 % (2025)``: the comparator, the value with its unit, the year."""
    value = row[role]
    if _missing(value):
        return ""
    comparator = _COMPARATOR.get(str(row.get(f"{role}_comparator") or "="), str(row.get(f"{role}_comparator")))
    year = row.get(f"{role}_year")
    return f"{comparator}{number(value, row['unit'], lang)}" + ("" if _missing(year) else f" ({int(year)})")


def headline_frame(head: pd.DataFrame, indicator_id: str, lang: str = "zh", regions: dict | None = None):
    """One indicator of a headline table (``Dataset.headline``) as a compact text table: region,
    baseline, target, actual (each ``comparator value unit (year)``), basis and source lines."""
    rows = head[head["indicator_id"] == indicator_id]
    i = 0 if lang == "zh" else 1
    out = []
    for _, r in rows.iterrows():
        lines = " · ".join(_whole(r[f"{role}_line"], sep=False) for role in ("baseline", "target", "actual")
                           if not _missing(r[f"{role}_line"]))
        basis = next((r[f"{role}_basis"] for role in ("target", "baseline", "actual") if r[f"{role}_basis"]), "")
        out.append({_HEAD["region"][i]: (regions or {}).get(r["plan_id"], r["region"]),
                    **{_HEAD[role][i]: _cell(r, role, lang) for role in ("baseline", "target", "actual")},
                    _HEAD["basis"][i]: basis, _HEAD["lines"][i]: lines})
    return pd.DataFrame(out, columns=[_HEAD[k][i] for k in ("region", "baseline", "target", "actual", "basis", "lines")])


def headline_tables(ds, ids=None, lang: str = "zh", prefer: str = "table") -> dict:
    """The headline comparison of a ``Dataset`` as one compact ``Styler`` per indicator
    ({indicator_id: Styler}, in the catalog's order), each captioned with the indicator's name."""
    from plancompare.indicators.catalog import load_catalog

    head = ds.headline(ids, prefer)
    catalog = load_catalog().indicators
    regions = dict(zip(ds.plans["plan_id"], ds.plans["region_en"])) if lang == "en" else None
    out = {}
    for ind in [i for i in catalog if i in set(head["indicator_id"])]:
        meta = catalog[ind]
        caption = meta.name_zh if lang == "zh" else meta.name_en
        out[ind] = styled(headline_frame(head, ind, lang, regions), lang, caption=f"{caption} · {ind}")
    return out
