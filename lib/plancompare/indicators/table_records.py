"""Records from parsed tables; rows with dropped cells placed only on evidence.

``exact``: the row had a cell for every column. ``inferred``: a flattened row had
fewer values than columns and the column was decided from evidence named in
``flags`` (a five-year-total marker and the 年均/累计 column, the same figure in
the plan's prose or other table, the indicator's absence from the previous
plan's table). ``ambiguous``: the evidence does not decide; role and year stay
empty.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import Sequence

from plancompare.indicators.catalog import IndicatorCatalog
from plancompare.indicators.records import (
    _GROWTH,
    PlanContext,
    _basis,
    _binding,
    _canonical,
    _compatible,
    _flags,
    _key_of,
)
from plancompare.indicators.table_model import Column, ParsedTable, TableCell, TableRow
from plancompare.indicators.values import (
    RANGE_FLAG,
    ParsedValue,
    bounds,
    canonical_unit,
    parse_value,
    unit_from_name,
)

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
    for col in table.columns:  # 指标(万人次) | 2020年 | 2025年: the name column's header gives every row's unit
        if col.field == "name" and unit_from_name(col.label)[1]:
            return unit_from_name(col.label)[1], [f"unit from the header '{col.label}'"]
    listed = re.search(r"单位\s*:\s*([^()]{1,24})\)", table.region.caption)
    counts = [u for u in re.split(r"\s*[、,/和及]\s*", listed.group(1).strip())
              if u in ("万人次", "万人", "亿人", "人次", "人", "万元", "亿元", "元", "个", "户")] if listed else []
    if len(counts) == 1 and cat_unit != "percent":  # 表1 2022年末社会保险参保情况(单位:万人); (单位:万人、%): its counts'
        return counts[0], [f"unit from the caption '{table.region.caption}'"]
    return "", []


@dataclass
class _RowContext:
    """What every row of one table shares, and what is known about the row being read."""

    table: ParsedTable
    ctx: PlanContext
    evidence: _Evidence | None
    marker_lost: bool  # the note marks five-year totals with 〔〕 but the scrape lost the marks
    row: TableRow
    ind_id: str
    ind: object | None
    name: str
    unit: str
    unit_flags: list[str]


def table_records(table: ParsedTable, ctx: PlanContext, catalog: IndicatorCatalog,
                  evidence: _Evidence | None, cell_text: dict[int, str]) -> list[dict]:
    """Records for every value of one parsed table. ``evidence`` None gives exact rows only."""
    records: list[dict] = []
    value_cols = table.value_columns
    has_period_col = any(c.period_column for c in value_cols)
    marker_used = any(parse_value(v.text).cumulative for r in table.rows for v in r.values if v)
    marker_lost = bool(table.cumulative_marker) and not marker_used
    shifted = _cells_shifted(table, value_cols)
    for row in (r for whole in table.rows for m in _measured_rows(whole, value_cols, catalog, table.region.caption)
                for r in _coordinated_rows(m, catalog)):
        if not row.complete and evidence is None:
            continue
        ind_id = _row_indicator(row, catalog)
        ind = catalog.indicators.get(ind_id)
        unit, unit_flags = _row_unit(row, table, ind.unit if ind else "")
        rc = _RowContext(table, ctx, evidence, marker_lost, row, ind_id, ind, unit_from_name(row.name)[0],
                         unit, unit_flags)
        parsed = [parse_value(v.text) if v else None for v in row.values]
        # which column each value belongs to: (column index, alignment, flags)
        if shifted:
            placements = [(None, "ambiguous", [shifted])] * len(row.values)
        elif row.complete:
            placements = [(j, "exact", ["realigned_merged_cells"] if row.realigned else [])
                          for j in range(len(row.values))]
        else:
            placements = _align(row, parsed, value_cols, has_period_col, ind_id or rc.name, ctx, evidence,
                                table, ind.unit if ind else "", unit)
        total_evidence = _cumulative_evidence(rc, placements, parsed)
        for (j, alignment, aflags), cell, pv in zip(placements, row.values, parsed):
            if cell is not None and pv is not None:
                col = value_cols[j] if j is not None else None
                for bound, flag in bounds(pv):
                    records.append(_cell_record(rc, cell, bound, col, alignment, list(aflags) + flag, total_evidence))
    return records


def _cells_shifted(table: ParsedTable, value_cols: list) -> str:
    """The flag of a table whose rows lost a cell: its one target column is empty in every row while a bound
    (＜5.5, ≥95) stands in a column of results or bases, where a target moved left would be; which cell was
    lost cannot be told, so no value of the table is placed ("" for a table without that sign)."""
    targets = [j for j, c in enumerate(value_cols) if c.role == "target"]
    rows = [r for r in table.rows if any(v is not None and v.text.strip() for v in r.values)]
    if len(targets) != 1 or not rows or any(len(r.values) > targets[0] and r.values[targets[0]] is not None
                                            and r.values[targets[0]].text.strip() for r in rows):
        return ""
    bound = any(j != targets[0] and v is not None and (pv := parse_value(v.text)) is not None and
                pv.comparator in ("<", "<=", ">", ">=") for r in rows for j, v in enumerate(r.values))
    return (f"cells_shifted: column '{value_cols[targets[0]].label}' is empty in every row while a bound stands "
            "in another column: a cell was lost, which one is unknown") if bound else ""


def _row_indicator(row: TableRow, catalog: IndicatorCatalog) -> str:
    """The indicator a row names: its name as a plan's table writes it (城镇新增就业人数(万人)); else the name
    a row without values above began (乡镇(街道)、社区(村)就业社保 | | + 服务机构标准化率(%) | 82 |); else the
    name as running text would write it (参加城镇职工基本养老保险的人数)."""
    from plancompare.indicators.prose_subject import match_name

    found = catalog.match(row.name)
    if found:
        return found
    name = re.sub(r"\((?:五年累计|“?十[一二三四五六七八九]五”?累计|累计|年均|年度|每年|期末|年末)\)", "", unit_from_name(row.name)[0]).strip()
    if row.category and not name.startswith("其中"):  # 补贴性职业技能培训(五年累计): the name without its basis
        found = catalog.match(row.category + name)
    if not found and " " in name and not name.startswith("其中"):  # 产出指标 数量指标 城镇新增就业人数: the category
        found = catalog.match(name.rsplit(" ", 1)[1])  # cells of a performance table, spaced, before its name
    return found or (match_name(name, catalog) if not name.startswith("其中") else "")


#: what a caption says a table's values measure of the schemes its rows name
_MEASURE_WORD = re.compile(r"参保人数|持卡人数|参保率")


def _measured_rows(row: TableRow, columns: list[Column], catalog: IndicatorCatalog, caption: str = "") -> list[TableRow]:
    """A row naming a scheme under columns naming what is measured of it (基本养老保险 | 412.6 | 95.3 under
    参保人数(万人) | 参保率(%)): one row per measure, named scheme + measure with the column's unit (基本养老保险
    参保人数(万人)), holding that column's cell only; under a caption that names the measure (…参保人数目标完成情况),
    the row named scheme + measure. A row that names an indicator itself is itself."""
    if not row.complete or catalog.match(row.name):
        return [row]
    name = unit_from_name(row.name)[0].strip()
    titled = _MEASURE_WORD.search(caption)  # 2023年末社会保险参保人数目标完成情况: what every row's values measure
    if not any(c.measure for c in columns):
        return [dataclasses.replace(row, name=name + titled.group(0))] if titled and \
            catalog.match(name + titled.group(0)) else [row]
    out = []
    for j, col in enumerate(columns):
        unit = unit_from_name(col.label)[1]
        measure = col.measure if col.measure != "人数" else "参保人数" if "参保" in caption else ""  # 年末人数 under
        if measure and j < len(row.values) and row.values[j] is not None:  # …社会保险参保情况: insured persons
            values = [v if k == j else None for k, v in enumerate(row.values)]
            out.append(dataclasses.replace(row, name=name + measure + (f"({unit})" if unit else ""), values=values))
    return out or [row]


_MEMBERS = re.compile(r"\s*[、/]\s*|(?<=[^\d\s])\s*(?:和|及)\s*(?=[^\d\s])")
_MANY = re.compile(r"\s*[、/]\s*")


def _coordinated_rows(row: TableRow, catalog: IndicatorCatalog) -> list[TableRow]:
    """A row naming several indicators with one head and holding as many values in each cell, in order
    (基本养老、失业、工伤保险参保人数(万人) | 186.2、52.4、61.8 | 198、56、66): one row per indicator. Any
    other row is itself; so is a row where one cell holds another number of values, or a member names no
    indicator, since which value is whose would be a guess."""
    from plancompare.indicators.prose_subject import _distribute

    cells = [v for v in row.values if v is not None and v.text.strip()]
    if not row.complete or not cells or not any(_MANY.search(v.text) for v in cells) or catalog.match(row.name):
        return [row]
    name, unit = unit_from_name(row.name)
    items = [i for i in _MEMBERS.split(re.sub(r"\([^()]*\)$", "", name).strip()) if i]
    members = _distribute(items, catalog) if len(items) > 1 else []
    ids = [i for i, _ in members]
    parts = [_MANY.split(v.text.strip()) for v in cells]
    if len(ids) < 2 or not all(ids) or len(set(ids)) != len(ids) or any(len(p) != len(ids) for p in parts):
        return [row]
    out = []
    for k, (_, member) in enumerate(members):
        values = [None if v is None else TableCell(_MANY.split(v.text.strip())[k], v.line) if v.text.strip() else v
                  for v in row.values]
        out.append(dataclasses.replace(row, name=member + (f"({unit})" if unit else ""), values=values))
    return out


def _cumulative_evidence(rc: _RowContext, placements, parsed: list[ParsedValue | None]) -> list[str]:
    """Where the note's five-year-total marks were lost: the plan's prose stating the same figures
    as 累计 (then the values are five-year totals)."""
    if not (rc.marker_lost and rc.ind is not None and rc.ind.flow) or rc.evidence is None:
        return []
    hits = []
    for (j, _, _), pv in zip(placements, parsed):
        if j is None or pv is None or pv.value is None:
            continue
        col = rc.table.value_columns[j]
        conv = canonical_unit(rc.unit) or ("", 1.0)
        hits += [e for e in rc.evidence.prose_matches(rc.ind_id or rc.name, pv.value * conv[1], col.role,
                                                      col.year) if "累计" in e]
    return hits


def _cell_flags(rc: _RowContext, pv: ParsedValue, flags: list[str], total_evidence: list[str]) -> ParsedValue:
    """Add the flags of one cell's value (mutates ``flags``); return the value, re-read as text where
    it cannot be what the indicator is (a ratio without its colons)."""
    row, ind = rc.row, rc.ind
    flags += list(rc.unit_flags) if not pv.unit else []
    if pv.kind == "missing":
        flags.append("not_available")
    if row.starred:
        flags.append("starred: " + _star_note(rc.table))
    if row.name.startswith("其中:"):
        flags.append("subset_of_previous_row")
    if rc.marker_lost and ind is not None and ind.flow and pv.value is not None:
        if total_evidence:
            pv.cumulative = True
            flags.append("cumulative_inferred: the note's 〔〕 were lost in the scrape; " + total_evidence[0])
        else:
            flags.append("cumulative_unknown: the note marks five-year totals with "
                         f"{rc.table.cumulative_marker} but the scrape lost the marks")
    if ind is not None and ind.kind == "ratio" and pv.kind == "number" and ind.unit == "ratio":
        flags.append("ratio_separators_lost: a ratio written without its colons")
        pv = ParsedValue(raw=pv.raw, kind="text")
    return pv


def _cell_record(rc: _RowContext, cell, pv: ParsedValue, col, alignment: str, flags: list[str],
                 total_evidence: list[str]) -> dict:
    """The indicators.csv record of one table cell."""
    ind, ind_id, row = rc.ind, rc.ind_id, rc.row
    pv = _cell_flags(rc, pv, flags, total_evidence)
    value, cunit = _canonical(pv, pv.unit or rc.unit, ind.unit if ind else "", flags, ind_id)
    if col is not None and col.span == "five_year" and ind is not None and ind.flow:
        pv.cumulative = True  # 五年累计, “十三五”累计: a total over the plan's five years
    elif col is not None and col.period_column and not pv.cumulative:
        pv.annual = True
    basis = _basis(ind.kind if ind else "", cunit, bool(ind and ind.flow), pv, rc.name)
    if col is not None and col.span == "part" and basis not in ("rate", "stock"):
        basis = ""
        flags.append(f"part_period: column '{col.label}' totals some years of a period")
    if any(f.startswith("cumulative_unknown") for f in flags):
        basis = ""
    if ind is not None and ind_id == "new_urban_jobs" and "年均" in rc.name:
        basis = "annual"
    if col is not None and col.inferred:  # a row table whose header was lost
        flags.append(col.inferred)
        alignment = alignment if col.role else "ambiguous"
    if col is not None and col.role == "" and alignment != "ambiguous":
        flags.append(f"role_unknown: column '{col.label}'")
    quote = row.line_text if rc.table.region.shape in ("pipe", "rows") else f"{row.name} | {cell.text}"
    return {
        "plan_id": rc.ctx.plan_id, "region": rc.ctx.region, "indicator_id": ind_id,
        "indicator_name": rc.name, "category": row.category,
        "role": col.role if col is not None else "",
        "year": col.year if col is not None else None,
        "value": value, "unit": cunit, "value_raw": pv.raw if RANGE_FLAG in flags else cell.text,
        "comparator": pv.comparator if pv.kind in ("number", "ratio") else "",
        "cumulative": pv.cumulative, "basis": basis, "binding": _binding(row.attr),
        "source": "table", "source_file": rc.ctx.source_file, "source_line": cell.line,
        "quote": quote, "alignment": alignment, "flags": _flags(flags),
    }


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
