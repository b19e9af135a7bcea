"""One record per value, with the columns of ``indicators.csv``: canonical value,
role, year, basis, binding, provenance and flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from plancompare.indicators.catalog import load_catalog
from plancompare.indicators.values import ParsedValue, canonical_unit

if TYPE_CHECKING:  # prose builds on these records; the type is only named here
    from plancompare.indicators.prose import Mention

_GROWTH = re.compile(r"(增长|增速|年均|每年|年招收)")


@dataclass
class PlanContext:
    plan_id: str
    region: str
    source_file: str
    period: tuple[int, int]


def _flags(items: Iterable[str]) -> str:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return "; ".join(seen)


def _binding(attr: str) -> str:
    if attr.startswith("约束"):
        return "binding"
    if attr.startswith("预期"):
        return "expected"
    return ""


def _compatible(role_a: str, year_a, role_b: str, year_b) -> bool:
    """Same observation: equal years, and target↔target or actual/baseline↔actual/baseline."""
    if year_a is None or year_b is None or year_a != year_b:
        return False
    observed = {"actual", "baseline"}
    return role_a == role_b or (role_a in observed and role_b in observed)


def _canonical(pv: ParsedValue, unit: str, catalog_unit: str, flags: list[str],
               indicator_id: str) -> tuple[float | None, str]:
    """The value in canonical units and the unit's name; flags say what was assumed."""
    if pv.value is None:
        return None, catalog_unit if pv.kind != "text" else ""
    if "百分点" in pv.raw:  # 提高2个百分点 in a table's target cell: a change, no level of the rate
        flags.append("change: percentage points, not a level")
        return None, ""
    if unit == "万" and catalog_unit in ("persons", "person-times"):
        flags.append(f"unit_short: '万' without its noun, read as 万 {catalog_unit}")  # (万 cut off; a 12.6万 cell
        return pv.value * 1e4, catalog_unit
    conv = canonical_unit(unit) if unit else None
    if conv is None:
        if unit:
            flags.append(f"unit_unknown: '{unit}'")
            return None, ""
        if catalog_unit == "percent":
            flags.append("unit_inferred: percent (a rate in the catalog)")
            return pv.value, "percent"
        if catalog_unit in ("times", "ratio"):  # 城乡低保标准比例由1.62缩小至1.35: a ratio has no unit
            return pv.value, catalog_unit
        flags.append("unit_missing")
        return None, ""
    cunit, factor = conv
    if cunit == "units" and indicator_id == "new_urban_jobs":
        flags.append("jobs_as_persons: 个 (new job posts) counted as persons, Shanghai's 新增就业岗位")
        cunit = "persons"
    elif catalog_unit and cunit != catalog_unit and catalog_unit != "ratio":
        flags.append(f"unit_mismatch: {cunit} where the catalog expects {catalog_unit}")
    return round(pv.value * factor, 6), cunit


def _basis(kind: str, unit: str, flow: bool, pv: ParsedValue, name: str) -> str:
    if pv.kind in ("text", "missing"):
        return ""
    if unit == "percent" or kind == "rate":
        return "rate"
    if pv.cumulative:
        return "five_year_total"
    if _GROWTH.search(name) or (pv.annual and flow):  # a stock's 全年 (全年…参保人数达到) is still a stock
        return "annual"
    return "annual" if flow else "stock"


def _key_of(rec: dict) -> str:
    return rec["indicator_id"] or rec["indicator_name"]


# ---------------------------------------------------------------------------------------
# Prose
# ---------------------------------------------------------------------------------------

def mention_records(m: Mention, plan: PlanContext | None, source_file: str, line: int) -> dict:
    """The indicators.csv record of one prose mention."""
    catalog = load_catalog()
    ind = catalog.indicators.get(m.indicator_id)
    flags: list[str] = list(m.flags)
    pv = m.value
    if _GROWTH.search(m.name):
        pv.annual = True
    value, cunit = _canonical(pv, pv.unit, ind.unit if ind else "", flags, m.indicator_id)
    if m.time.period_total and ind is not None and ind.flow and not pv.cumulative and not pv.annual:
        pv.cumulative = True
        flags.append("basis_inferred: a flow stated for a whole five-year period")
    basis = _basis(ind.kind if ind else "", cunit, bool(ind and ind.flow), pv, m.name)
    if m.time.part_period and basis in ("five_year_total", "annual") and not pv.annual:  # 前两年…累计: several years
        basis = ""
        flags.append("part_period: a running total over a span other than the five-year period")
    if pv.per_year and ind is not None and not ind.flow and ind.unit in ("persons", "person-times") and m.time.role:
        m.time.role = ""  # 农村劳动力转移就业年均18万人: those transferred in a year, not the transferred labour's number
        flags.append("a count per year of an indicator that is a number of people at a date: not its level")
    if not m.time.role:
        flags.append("role_unknown: the words do not say whether it is a target, a result or a base" if m.time.year
                     else "time_unknown")
    flags.append(f"time: {m.time.evidence}")
    if m.enumeration:
        flags.append("enumeration")
    alignment = "exact" if m.time.explicit or not m.time.role else "inferred"
    return {
        "plan_id": plan.plan_id if plan else "", "region": plan.region if plan else "",
        "indicator_id": m.indicator_id, "indicator_name": m.name,
        "category": catalog.categories.get(ind.category, {}).get("name_zh", "") if ind else "",
        "role": m.time.role, "year": m.time.year, "value": value, "unit": cunit,
        "value_raw": pv.raw.strip(), "comparator": pv.comparator, "cumulative": pv.cumulative,
        "basis": basis, "binding": "", "source": "prose", "source_file": source_file,
        "source_line": line, "quote": m.sentence, "alignment": alignment, "flags": _flags(flags),
    }


#: The columns that identify an indicator record (the table's primary key).
RECORD_KEY = ("plan_id", "source", "source_line", "indicator_name", "value_raw", "role", "year")


def merge_repeated(records: list[dict]) -> list[dict]:
    """One record per key: the same value mentioned again on the same line (a repeated
    sentence, a line pasted twice) is kept once, the first, flagged ``repeated: N mentions``."""
    first: dict[tuple, dict] = {}
    count: dict[tuple, int] = {}
    out = []
    for r in records:
        k = tuple(r[c] for c in RECORD_KEY)
        if k in first:
            count[k] += 1
            continue
        first[k], count[k] = r, 1
        out.append(r)
    for k, n in count.items():
        if n > 1:
            r = first[k]
            r["flags"] = _flags([*r["flags"].split("; "), f"repeated: {n} mentions on this line"])
    return out
