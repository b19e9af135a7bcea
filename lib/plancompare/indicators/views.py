"""Comparison views of the tidy indicator table: headline values per plan, coverage,
conversions between annual figures and five-year totals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from plancompare.indicators.catalog import load_catalog

if TYPE_CHECKING:  # pandas is imported where it is used: importing plancompare stays cheap
    import pandas as pd

# ---------------------------------------------------------------------------------------
# Comparison helpers
# ---------------------------------------------------------------------------------------

def headline_ids() -> tuple[str, ...]:
    """The indicators compared by default: those marked ``headline`` in ``indicators.yaml``."""
    return load_catalog().headline_ids


def _usable(indicators, ids: Sequence[str] | None = None):
    df = indicators[(indicators["indicator_id"] != "") & indicators["value"].notna()
                    & (indicators["role"] != "")]
    if ids is not None:
        unknown = sorted(set(ids) - set(load_catalog().indicators))
        if unknown:
            raise KeyError(f"unknown indicator id(s) {unknown}; see lib/plancompare/data/indicators.yaml")
        df = df[df["indicator_id"].isin(ids)]
    return df


def headline(indicators, ids: Sequence[str] | None = None, prefer: str = "table"):
    """The headline indicators side by side: one row per plan and indicator, baseline, target and actual.

    For each role the latest year is taken (a 14th-plan table's 2025 target, not the
    13th plan's 2020 target it also lists). Where a plan states that value in several
    places, the ``prefer`` source (table or prose) and then the exact alignment win;
    the chosen value's line is given. ``ids`` None: the catalog's :func:`headline_ids`.
    Returns a new DataFrame; ``indicators`` is not modified.
    """
    import pandas as pd

    df = _usable(indicators, headline_ids() if ids is None else ids).copy()
    df["_rank"] = (df["source"] != prefer).astype(int) * 2 + (df["alignment"] != "exact").astype(int)
    # the latest year of each role (the plan's own target, its base year), then the preferred source
    df = df.sort_values(["plan_id", "indicator_id", "role", "year", "_rank", "source_line"],
                        ascending=[True, True, True, False, True, True])
    first = df.groupby(["plan_id", "indicator_id", "role"], sort=False).head(1)
    rows = []
    for (plan, ind), g in first.groupby(["plan_id", "indicator_id"], sort=False):
        rec = {"plan_id": plan, "region": g["region"].iloc[0], "indicator_id": ind}
        for role in ("baseline", "target", "actual"):
            hit = g[g["role"] == role]
            if hit.empty:
                rec.update({role: None, f"{role}_year": None, f"{role}_comparator": "",
                            f"{role}_basis": "", f"{role}_line": None})
            else:
                h = hit.iloc[0]
                rec.update({role: h["value"], f"{role}_year": h["year"], f"{role}_comparator": h["comparator"],
                            f"{role}_basis": h["basis"], f"{role}_line": h["source_line"]})
        rec["unit"] = g["unit"].iloc[0]
        rows.append(rec)
    return pd.DataFrame(rows)


def annualise(indicators):
    """Add ``annual_value`` (five-year totals ÷ 5, annual values as they are) and ``conversion``.

    Only flow indicators with a known basis are converted; the conversion is stated
    per row. Returns a new DataFrame.
    """
    return _convert(indicators, "annual_value", {
        "five_year_total": (1, 5, "five-year total ÷ 5 (annual average)"),
        "annual": (1, 1, "annual as stated")})


def to_five_year_total(indicators):
    """Add ``total_value`` (annual values × 5, totals as they are) and ``conversion``. New DataFrame."""
    return _convert(indicators, "total_value", {
        "annual": (5, 1, "annual × 5 (assumes a constant annual figure)"),
        "five_year_total": (1, 1, "five-year total as stated")})


def _convert(indicators, column: str, rules: dict[str, tuple[int, int, str]]):
    """A copy of ``indicators`` with ``column`` = value × numerator ÷ denominator and ``conversion``
    per basis."""
    df = indicators.copy()
    df[column] = float("nan")
    df["conversion"] = ""
    for basis, (num, den, text) in rules.items():
        rows = df["basis"] == basis
        df.loc[rows, column] = df.loc[rows, "value"] * num / den
        df.loc[rows, "conversion"] = text
    df[column] = df[column].astype(float)
    return df


def change(indicators, ids: Sequence[str] | None = None):
    """Target over baseline per plan and indicator (same basis): absolute and relative change."""
    import pandas as pd

    df = _usable(indicators, ids)
    rows = []
    for (plan, ind, basis), g in df.groupby(["plan_id", "indicator_id", "basis"], sort=False):
        t = g[g["role"] == "target"].sort_values("year")
        b = g[g["role"] == "baseline"].sort_values("year")
        if t.empty or b.empty:
            continue
        t, b = t.iloc[-1], b.iloc[-1]
        if b["year"] >= t["year"]:
            continue
        rows.append({"plan_id": plan, "region": t["region"], "indicator_id": ind, "basis": basis,
                     "baseline_year": b["year"], "baseline": b["value"], "target_year": t["year"],
                     "target": t["value"], "change": t["value"] - b["value"],
                     "change_pct": (t["value"] / b["value"] - 1) * 100 if b["value"] else None,
                     "unit": t["unit"]})
    return pd.DataFrame(rows)


def coverage(indicators, plans=None):
    """Which plan reports which indicator: binding, expected, reported or absent ("").

    binding / expected is the attribute (约束性 / 预期性) of the plan's own target for
    the indicator; reported means the plan gives values without such an attribute
    (prose, or only the previous plan's figures).

    One row per plan (in catalog order when ``plans`` is given), one column per indicator id.
    """
    df = indicators[indicators["indicator_id"] != ""]
    order = list(plans["plan_id"]) if plans is not None else list(dict.fromkeys(df["plan_id"]))
    ids = [i.id for i in load_catalog() if i.id in set(df["indicator_id"])]
    # the attribute of the plan's own targets (its latest target year), not of the previous
    # plan's targets that a completion table repeats
    own_year = df[df["role"] == "target"].groupby("plan_id")["year"].max()

    def status(g) -> str:
        plan = g.name[0]
        own = g[(g["role"] == "target") & (g["year"] == own_year.get(plan))]
        b = set(own["binding"])
        if "binding" in b:
            return "binding"
        if "expected" in b:
            return "expected"
        return "reported"

    out = df.groupby(["plan_id", "indicator_id"]).apply(status, include_groups=False).unstack(fill_value="")
    return out.reindex(index=order, columns=ids, fill_value="").fillna("")


def new_jobs_data(ind: pd.DataFrame) -> pd.DataFrame:
    """New urban jobs per year for each plan: the previous period's result and the plan's target.

    Five-year totals are divided by five (``conversion`` says so); annual figures
    are kept. Values whose basis is unknown are left out.
    """
    import pandas as pd

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
