"""Indicator values from tables and prose: harmonised, aligned, checked.

For each plan, :func:`plan_indicators` reads every indicator table (see
:mod:`plancompare.tables`) and every paragraph (see :mod:`plancompare.prose`)
and returns one record per value with the columns of ``indicators.csv``:
canonical units, the role and year of the column it belongs to, its time basis,
and how it was placed (``alignment``):

``exact``      the row had a cell for every column, or the sentence said when;
``inferred``   a flattened row had fewer values than columns and the column was
               decided from evidence, named in ``flags``: a five-year-total marker
               and the table's 年均/累计 column, the same figure in the plan's prose,
               the same figure in the plan's other table, or the indicator's absence
               from the previous plan's table;
``ambiguous``  the evidence does not decide: the value is kept with ``role`` and
               ``year`` empty and the candidate columns in ``flags``.

A curated decisions file (``data/raw/alignment_decisions.csv``) may settle an
ambiguous value with a written reason; every curated value must occur on the raw
line it cites.

:func:`quality_checks` adds QA flags (conflicting values, targets below
baselines where higher is better, rates over 100, missing units) and
:func:`qa_report` writes them up. The comparison helpers at the end turn the
tidy table into the views the notebooks use.
"""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .errors import IndicatorError, PlanError
from .indicator_catalog import IndicatorCatalog, load_catalog
from .prose import Mention, find_mentions
from .tables import Column, ParsedTable, TableRow, parse_table
from .values import ParsedValue, canonical_unit, parse_value, unit_from_name

COLUMNS = ["plan_id", "region", "indicator_id", "indicator_name", "category", "role", "year",
           "value", "unit", "value_raw", "comparator", "cumulative", "basis", "binding", "source",
           "source_file", "source_line", "quote", "alignment", "flags"]
DECISIONS_NAME = "alignment_decisions.csv"
_GROWTH = re.compile(r"(增长|增速|年均|每年)")


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
    if unit == "万" and catalog_unit in ("persons", "person-times"):
        flags.append(f"unit_truncated: '(万' read as 万 {catalog_unit}")
        return pv.value * 1e4, catalog_unit
    conv = canonical_unit(unit) if unit else None
    if conv is None:
        if unit:
            flags.append(f"unit_unknown: '{unit}'")
            return None, ""
        if catalog_unit == "percent":
            flags.append("unit_inferred: percent (a rate in the catalog)")
            return pv.value, "percent"
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
    if pv.annual or _GROWTH.search(name):
        return "annual"
    return "annual" if flow else "stock"


# ---------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------

@dataclass
class _Evidence:
    """What a plan says elsewhere, to place values of incomplete rows."""

    prose: list[dict]  # prose records of the plan
    tables: list[tuple[ParsedTable, list[dict]]]  # other tables and their exact records

    def __post_init__(self) -> None:
        # indexed by indicator, so that placing a row costs the same however long the plan is
        self._prose: dict[str, list[dict]] = {}
        for rec in self.prose:
            self._prose.setdefault(_key_of(rec), []).append(rec)
        self._tables: dict[str, list[tuple[ParsedTable, dict]]] = {}
        self._keys: dict[int, set[str]] = {}
        for other, records in self.tables:
            for rec in records:
                self._tables.setdefault(_key_of(rec), []).append((other, rec))
            self._keys[id(other)] = {_key_of(r) for r in records}

    def prose_matches(self, key: str, value: float | None, role: str, year) -> list[str]:
        if value is None:
            return []
        out = []
        for rec in self._prose.get(key, ()):
            if rec["value"] is not None and abs(rec["value"] - value) < 1e-6 \
                    and _compatible(rec["role"], rec["year"], role, year):
                out.append(f"prose line {rec['source_line']}: {rec['quote'][:60]}")
        return out

    def table_matches(self, key: str, value: float | None, role: str, year, table: ParsedTable) -> list[str]:
        if value is None:
            return []
        out = []
        for other, rec in self._tables.get(key, ()):
            if other is table:
                continue
            if rec["value"] is not None and abs(rec["value"] - value) < 1e-6 \
                    and rec["alignment"] == "exact" and _compatible(rec["role"], rec["year"], role, year):
                out.append(f"table '{other.region.caption}' line {rec['source_line']}")
        return out

    def previous_table_lacks(self, key: str, column: Column, period: tuple[int, int],
                             table: ParsedTable) -> str:
        """Name the previous plan's table when this target column's indicator is absent from it."""
        if column.role != "target" or column.year is None or column.year >= period[0] \
                or table.fyp_end == column.year:
            return ""
        for other, records in self.tables:
            if other is not table and other.fyp_end == column.year and any(c.role == "actual" for c in other.columns):
                if key not in self._keys[id(other)]:
                    return (f"not in the {column.year} completion table '{other.region.caption}', "
                            f"so no target in column '{column.label}'")
        return ""


def _key_of(rec: dict) -> str:
    return rec["indicator_id"] or rec["indicator_name"]


def _row_unit(row: TableRow, table: ParsedTable, cat_unit: str) -> tuple[str, list[str]]:
    """The unit written for a row (unit column, name), or one inferred from sibling rows."""
    name, unit = unit_from_name(row.name)
    if row.unit and row.unit not in ("—", "-"):
        return row.unit, []
    if unit:
        return unit, []
    # a row without a unit: take the unit of sibling rows of the same kind (…参保人数)
    tail = re.sub(r"\(.*$", "", name)[-4:]
    for other in table.rows:
        if other is row:
            continue
        oname, ounit = unit_from_name(other.name)
        if ounit and oname.endswith(tail) and len(tail) >= 3:
            return ounit, [f"unit_inferred: {ounit} as in '{other.name}' (line {other.name_line})"]
    if cat_unit == "percent" and name.endswith("率"):
        return "%", ["unit_inferred: % (a rate)"]
    return "", []


def table_records(table: ParsedTable, ctx: PlanContext, catalog: IndicatorCatalog,
                  evidence: _Evidence | None, cell_text: dict[int, str]) -> list[dict]:
    """Records for every value of one parsed table. ``evidence`` None gives exact rows only."""
    records: list[dict] = []
    value_cols = table.value_columns
    has_period_col = any(c.period_column for c in value_cols)
    marker_used = any(parse_value(v.text).cumulative for r in table.rows for v in r.values if v)
    marker_lost = bool(table.cumulative_marker) and not marker_used
    for row in table.rows:
        ind_id = catalog.match(row.name)
        ind = catalog.indicators.get(ind_id)
        name = unit_from_name(row.name)[0]
        cat_unit = ind.unit if ind else ""
        unit, unit_flags = _row_unit(row, table, cat_unit)
        key = ind_id or name
        parsed = [parse_value(v.text) if v else None for v in row.values]
        # --- which column does each value belong to ----------------------------------------
        placements: list[tuple[int | None, str, list[str]]] = []  # (column index, alignment, flags)
        if row.complete:
            for j, v in enumerate(row.values):
                placements.append((j, "exact", ["realigned_merged_cells"] if row.realigned else []))
        elif evidence is None:
            continue
        else:
            placements = _align(row, parsed, value_cols, has_period_col, key, ctx, evidence, table,
                                cat_unit, unit)
        row_cumulative_evidence = []
        if marker_lost and ind is not None and ind.flow:
            for (j, _, _), pv in zip(placements, parsed):
                if j is None or pv is None or pv.value is None:
                    continue
                col = value_cols[j]
                conv = canonical_unit(unit) or ("", 1.0)
                hits = [e for e in evidence.prose_matches(key, pv.value * conv[1], col.role, col.year)
                        if "累计" in e] if evidence else []
                row_cumulative_evidence += hits
        for (j, alignment, aflags), cell, pv in zip(placements, row.values, parsed):
            if cell is None or pv is None:
                continue
            flags = list(aflags) + (list(unit_flags) if not pv.unit else [])
            if pv.kind == "missing":
                flags.append("not_available")
            if row.starred:
                flags.append("starred: " + _star_note(table))
            if row.name.startswith("其中:"):
                flags.append("subset_of_previous_row")
            if marker_lost and ind is not None and ind.flow and pv.value is not None:
                if row_cumulative_evidence:
                    pv.cumulative = True
                    flags.append("cumulative_inferred: the note's 〔〕 were lost in the scrape; "
                                 + row_cumulative_evidence[0])
                else:
                    flags.append("cumulative_unknown: the note marks five-year totals with "
                                 f"{table.cumulative_marker} but the scrape lost the marks")
            if ind is not None and ind.kind == "ratio" and pv.kind == "number" and ind.unit == "ratio":
                flags.append("ratio_separators_lost: a ratio written without its colons")
                pv = ParsedValue(raw=pv.raw, kind="text")
            value, cunit = _canonical(pv, pv.unit or unit, cat_unit, flags, ind_id)
            col = value_cols[j] if j is not None else None
            if col is not None and col.period_column and not pv.cumulative:
                pv.annual = True
            basis = _basis(ind.kind if ind else "", cunit, bool(ind and ind.flow), pv, name)
            if any(f.startswith("cumulative_unknown") for f in flags):
                basis = ""
            if ind is not None and ind_id == "new_urban_jobs" and "年均" in name:
                basis = "annual"
            if col is not None and col.role == "" and alignment != "ambiguous":
                flags.append(f"role_unknown: column '{col.label}'")
            quote = row.line_text if table.region.shape == "pipe" else f"{row.name} | {cell.text}"
            records.append({
                "plan_id": ctx.plan_id, "region": ctx.region, "indicator_id": ind_id,
                "indicator_name": name, "category": row.category,
                "role": col.role if col is not None else "",
                "year": col.year if col is not None else None,
                "value": value, "unit": cunit, "value_raw": cell.text,
                "comparator": pv.comparator if pv.kind in ("number", "ratio") else "",
                "cumulative": pv.cumulative, "basis": basis, "binding": _binding(row.attr),
                "source": "table", "source_file": ctx.source_file, "source_line": cell.line,
                "quote": quote, "alignment": alignment, "flags": _flags(flags),
            })
    return records


def _star_note(table: ParsedTable) -> str:
    for note in table.notes:
        m = re.search(r"(带\s*“?\*”?[^;。,]*)", note.text)
        if m:
            return m.group(1)
    return "marked with *"


def _align(row: TableRow, parsed: list[ParsedValue | None], cols: Sequence[Column], has_period_col: bool,
           key: str, ctx: PlanContext, evidence: _Evidence, table: ParsedTable, cat_unit: str,
           unit: str) -> list[tuple[int | None, str, list[str]]]:
    """Place the values of a row that has fewer values than value columns."""
    m, k = len(parsed), len(cols)
    if m > k:
        return [(None, "ambiguous", [f"ambiguous: {m} values for {k} columns"])] * m
    conv = canonical_unit(unit) or ("", 1.0)
    growth = bool(_GROWTH.search(row.name))
    survivors = []
    rules: set[str] = set()
    for cand in itertools.combinations(range(k), m):
        ok = True
        for vi, cj in enumerate(cand):
            col, pv = cols[cj], parsed[vi]
            if pv is None:
                continue
            if has_period_col and pv.cumulative and not col.period_column:
                ok = False
                rules.add("〔〕 marks a five-year total, which this table keeps in its 年均/累计 column")
            if col.period_column and not pv.cumulative and not (growth or pv.annual):
                ok = False
                rules.add("the 年均/累计 column holds only five-year totals and annual growth rates")
            lack = evidence.previous_table_lacks(key, col, ctx.period, table)
            if lack:
                ok = False
                rules.add(lack)
        if ok:
            survivors.append(cand)
    scored = []
    for cand in survivors:
        found: list[str] = []
        for vi, cj in enumerate(cand):
            pv, col = parsed[vi], cols[cj]
            if pv is None or pv.value is None:
                continue
            v = pv.value * conv[1]
            found += evidence.prose_matches(key, v, col.role, col.year)
            found += evidence.table_matches(key, v, col.role, col.year, table)
        scored.append((len(found), cand, found))
    labels = "|".join(c.label for c in cols)
    if not scored:
        return [(None, "ambiguous", [f"ambiguous: no column fits; columns {labels}"])] * m
    best = max(s for s, _, _ in scored)
    best_cands = [(c, f) for s, c, f in scored if s == best]
    out = []
    for vi in range(m):
        options = sorted({c[vi] for c, _ in best_cands})
        if len(options) == 1:
            why = sorted(rules) + sorted({e for _, f in best_cands for e in f})
            out.append((options[0], "inferred", ["evidence: " + " / ".join(why)] if why else []))
        else:
            cand_labels = "|".join(cols[j].label for j in options)
            out.append((None, "ambiguous", [f"ambiguous: one of {cand_labels}"]))
    return out


# ---------------------------------------------------------------------------------------
# Prose
# ---------------------------------------------------------------------------------------

def mention_records(m: Mention, plan: PlanContext | None, source_file: str, line: int) -> dict:
    """The indicators.csv record of one prose mention."""
    catalog = load_catalog()
    ind = catalog.indicators.get(m.indicator_id)
    flags: list[str] = []
    pv = m.value
    if _GROWTH.search(m.name):
        pv.annual = True
    value, cunit = _canonical(pv, pv.unit, ind.unit if ind else "", flags, m.indicator_id)
    if m.time.period_total and ind is not None and ind.flow and not pv.cumulative and not pv.annual:
        pv.cumulative = True
        flags.append("basis_inferred: a flow stated for a whole five-year period")
    basis = _basis(ind.kind if ind else "", cunit, bool(ind and ind.flow), pv, m.name)
    if not m.time.role:
        flags.append("role_unknown: no plan period to tell past from future" if m.time.year
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


# ---------------------------------------------------------------------------------------
# One plan
# ---------------------------------------------------------------------------------------

def plan_indicators(ctx: PlanContext, lines: dict[int, str], regions, paragraphs: Sequence[tuple[int, str, str]],
                    decisions: Sequence[dict] = ()) -> list[dict]:
    """All indicator records of one plan.

    ``lines`` maps raw line numbers to normalised text, ``regions`` are the plan's
    table regions, ``paragraphs`` are (source_line, text, section path) of its
    running text (notice and indicator definitions excluded). Pure.
    """
    catalog = load_catalog()
    prose: list[dict] = []
    for line, text, path in paragraphs:
        try:
            for m in find_mentions(text, period=ctx.period, section=path, catalog=catalog):
                prose.append(mention_records(m, ctx, ctx.source_file, line))
        except PlanError:
            raise
        except Exception as exc:  # a bug: name the plan and the line it happened on
            raise IndicatorError(f"{ctx.plan_id}: internal error while reading the indicators of this line: "
                                 f"{exc!r}", file=ctx.source_file, line=line,
                                 hint="please report it with this plan; --keep-going builds the other plans") from exc
    tables = [parse_table(r, lines, ctx.period) for r in regions]
    tables = [t for t in tables if t.value_columns and t.rows]  # project boxes are not indicator tables
    exact = [(t, table_records(t, ctx, catalog, None, lines)) for t in tables]
    evidence = _Evidence(prose, exact)
    records: list[dict] = []
    for t in tables:
        records += table_records(t, ctx, catalog, evidence, lines)
    records += prose
    _apply_decisions(records, decisions, ctx, lines)
    return merge_repeated(records)


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


def _apply_decisions(records: list[dict], decisions: Sequence[dict], ctx: PlanContext,
                     lines: dict[int, str]) -> None:
    for d in decisions:
        if d["plan_id"] != ctx.plan_id:
            continue
        line = int(d["source_line"])
        if d["value_raw"] not in lines.get(line, ""):
            raise IndicatorError(
                f"curated decision for {ctx.plan_id}: '{d['value_raw']}' does not occur on raw line {line}",
                file=d.get("_file"), line=d.get("_row"),
                hint="a decision must cite the raw line its value stands on")
        hits = [r for r in records if r["source_line"] == line and r["value_raw"] == d["value_raw"]
                and r["source"] == "table"]
        if not hits:
            raise IndicatorError(f"curated decision for {ctx.plan_id} line {line}: no table value "
                                 f"'{d['value_raw']}' there", file=d.get("_file"), line=d.get("_row"))
        for r in hits:
            r["role"], r["year"] = d["role"], int(d["year"])
            r["alignment"] = "inferred"
            kept = [f for f in r["flags"].split("; ") if f and not f.startswith("ambiguous")]
            r["flags"] = _flags(kept + [f"curated: {d['reason']}"])


def read_decisions(raw_dir: Path) -> list[dict]:
    """Curated alignment decisions (optional file in the raw folder)."""
    path = Path(raw_dir) / DECISIONS_NAME
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"plan_id", "source_line", "value_raw", "role", "year", "reason"}
        if not need <= set(reader.fieldnames or []):
            raise IndicatorError(f"needs the columns {', '.join(sorted(need))}", file=path, line=1)
        out = []
        for row in reader:
            if row["role"] not in ("baseline", "target", "actual") or not row["year"].isdigit() \
                    or not row["reason"].strip():
                raise IndicatorError("role must be baseline/target/actual, year a number and the "
                                     "reason written out", file=path, line=reader.line_num)
            out.append({**row, "_file": str(path), "_row": reader.line_num})
    return out


# ---------------------------------------------------------------------------------------
# Quality checks
# ---------------------------------------------------------------------------------------

def _latest_baselines(recs: list[dict]):
    """A lookup (source, year) -> the first baseline of that source with the latest year before
    ``year``, or None; built once per group so that the check stays linear in the plan's size."""
    import bisect

    by_source: dict[str, dict[int, dict]] = {}
    for b in recs:
        if b["role"] == "baseline":
            by_source.setdefault(b["source"], {}).setdefault(b["year"], b)
    years = {src: sorted(d) for src, d in by_source.items()}

    def latest(source: str, year: int) -> dict | None:
        ys = years.get(source, [])
        i = bisect.bisect_left(ys, year)
        return by_source[source][ys[i - 1]] if i else None

    return latest


def quality_checks(records: list[dict]) -> list[dict]:
    """Add QA flags to ``records`` (mutates them) and return the findings, one dict each."""
    catalog = load_catalog()
    findings: list[dict] = []

    def add(kind: str, recs: list[dict], detail: str) -> None:
        for r in recs:
            r["flags"] = _flags([*r["flags"].split("; "), f"qa_{kind}"]) if r["flags"] else f"qa_{kind}"
        findings.append({"check": kind, "plan_id": recs[0]["plan_id"],
                         "indicator": recs[0]["indicator_id"] or recs[0]["indicator_name"],
                         "lines": ", ".join(str(r["source_line"]) for r in recs), "detail": detail})

    numeric = [r for r in records if r["value"] is not None and r["role"] and r["year"] is not None]
    groups: dict[tuple, list[dict]] = {}
    for r in numeric:
        groups.setdefault((r["plan_id"], _key_of(r), r["role"], r["year"], r["basis"]), []).append(r)
    for (plan, ind, role, year, basis), recs in groups.items():
        values = sorted({round(r["value"], 6) for r in recs})
        if len(values) > 1:
            desc = ", ".join(f"{r['value_raw']} ({r['source']} line {r['source_line']})" for r in recs)
            add("conflict", recs, f"{role} {year}: different values {desc}")
    for (plan, ind, role, year, basis), recs in groups.items():
        if role != "baseline":
            continue
        actual = groups.get((plan, ind, "actual", year, basis), [])
        firsts: dict[float, dict] = {}  # the first actual of each value, in order: O(n) per group
        for a in actual:
            firsts.setdefault(round(a["value"], 6), a)
        for b in recs:
            differ = [a for v, a in itertools.islice(firsts.items(), 2) if v != round(b["value"], 6)]
            if differ:
                a = differ[0]
                add("baseline_differs_from_actual", [b, a],
                    f"baseline {year} {b['value_raw']} (line {b['source_line']}) but actual {year} "
                    f"{a['value_raw']} (line {a['source_line']})")
    by_plan_ind: dict[tuple, list[dict]] = {}
    for r in numeric:
        by_plan_ind.setdefault((r["plan_id"], _key_of(r), r["basis"]), []).append(r)
    for (plan, ind, basis), recs in by_plan_ind.items():
        info = catalog.indicators.get(recs[0]["indicator_id"])
        # flows (annual figures, five-year totals) may plan for less than the last period, and a
        # floor or ceiling is no point target: only stocks and rates stated as a value are checked
        if info is None or info.better == "none" or basis not in ("stock", "rate"):
            continue
        latest = _latest_baselines(recs)
        for t in [r for r in recs if r["role"] == "target" and r["comparator"] in ("=", "~")]:
            b = latest(t["source"], t["year"])
            if b is None:
                continue
            worse = t["value"] < b["value"] if info.better == "higher" else t["value"] > b["value"]
            if worse:
                add("target_worse_than_baseline", [b, t],
                    f"target {t['year']} {t['value_raw']} vs baseline {b['year']} {b['value_raw']} "
                    f"where {info.better} is better")
    for r in numeric:
        if r["unit"] == "percent" and r["value"] > 100:
            add("rate_over_100", [r], f"{r['value_raw']}%")
    seen_units: set[tuple] = set()
    for r in records:
        if ("unit_missing" in r["flags"] or "unit_inferred" in r["flags"]) and \
                (r["plan_id"], _key_of(r), r["quote"]) not in seen_units:
            seen_units.add((r["plan_id"], _key_of(r), r["quote"]))
            findings.append({"check": "unit", "plan_id": r["plan_id"],
                             "indicator": r["indicator_id"] or r["indicator_name"],
                             "lines": str(r["source_line"]), "detail": r["flags"]})
    return findings


def qa_report(records: Sequence[dict], findings: Sequence[dict]) -> str:
    """The QA report as Markdown: alignment decisions, conflicts and other findings."""
    from collections import Counter

    def esc(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    out = ["# Indicator quality report", "",
           "Written by `plancompare build` from `indicators.csv`. Every value the build could not "
           "place with certainty, and every inconsistency it found, is listed here and flagged in "
           "the `flags` column.", ""]
    counts = Counter((r["source"], r["alignment"]) for r in records)
    out += ["## Summary", "", "| source | exact | inferred | ambiguous |", "| --- | --- | --- | --- |"]
    for source in ("table", "prose"):
        out.append(f"| {source} | {counts[(source, 'exact')]} | {counts[(source, 'inferred')]} | "
                   f"{counts[(source, 'ambiguous')]} |")
    sections = [
        ("ambiguous", "Ambiguous alignments (kept, role and year left empty)",
         [r for r in records if r["alignment"] == "ambiguous"]),
        ("inferred", "Inferred alignments (table values placed from evidence)",
         [r for r in records if r["alignment"] == "inferred" and r["source"] == "table"]),
    ]
    def section(title: str, header: list[str], rows: list[list]) -> None:
        out.extend(["", f"## {title}", ""])
        if not rows:
            out.append("None.")
            return
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + " --- |" * len(header))
        out.extend("| " + " | ".join(esc(c) for c in row) + " |" for row in rows)

    for _, title, rows in sections:
        section(title, ["plan", "indicator", "line", "value", "role", "year", "flags"],
                [[r["plan_id"], r["indicator_id"] or r["indicator_name"], r["source_line"], r["value_raw"],
                  r["role"], "" if r["year"] is None else r["year"], r["flags"]] for r in rows])
    titles = {"conflict": "Conflicting values (same indicator, role, year and basis)",
              "baseline_differs_from_actual": "Baselines that differ from the reported actual of the same year",
              "target_worse_than_baseline": "Point targets worse than their baseline (stocks and rates)",
              "rate_over_100": "Rates over 100", "unit": "Missing or inferred units"}
    for check, title in titles.items():
        section(title, ["plan", "indicator", "lines", "detail"],
                [[f["plan_id"], f["indicator"], f["lines"], f["detail"]] for f in findings if f["check"] == check])
    section("Five-year-total markers lost in the scrape", ["plan", "indicator", "line", "value"],
            [[r["plan_id"], r["indicator_id"] or r["indicator_name"], r["source_line"], r["value_raw"]]
             for r in records if "cumulative_unknown" in r["flags"]])
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# Comparison helpers
# ---------------------------------------------------------------------------------------

HEADLINE = ("new_urban_jobs", "registered_unemployment_rate", "surveyed_unemployment_rate",
            "pension_coverage_rate", "pension_insured", "ss_card_holders", "ss_card_coverage_rate")


def _usable(indicators, ids: Sequence[str] | None = None):
    df = indicators[(indicators["indicator_id"] != "") & indicators["value"].notna()
                    & (indicators["role"] != "")]
    if ids is not None:
        unknown = sorted(set(ids) - set(load_catalog().indicators))
        if unknown:
            raise KeyError(f"unknown indicator id(s) {unknown}; see lib/plancompare/data/indicators.yaml")
        df = df[df["indicator_id"].isin(ids)]
    return df


def headline(indicators, ids: Sequence[str] = HEADLINE, prefer: str = "table"):
    """The headline indicators side by side: one row per plan and indicator, baseline, target and actual.

    For each role the latest year is taken (a 14th-plan table's 2025 target, not the
    13th plan's 2020 target it also lists). Where a plan states that value in several
    places, the ``prefer`` source (table or prose) and then the exact alignment win;
    the chosen value's line is given.
    Returns a new DataFrame; ``indicators`` is not modified.
    """
    import pandas as pd

    df = _usable(indicators, ids).copy()
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
