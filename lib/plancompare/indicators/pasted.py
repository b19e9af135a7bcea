"""Text a user pastes (from a web page or a PDF) rather than a plan the build reads: the indicator tables in
it, found and read as a plan's tables are but placed by the kind of text around them, and the headings and
titles on lines of their own that head the lines below them."""

from __future__ import annotations

import dataclasses
import re

from plancompare.indicators.catalog import load_catalog
from plancompare.indicators.prose_rules import load_rules
from plancompare.indicators.prose_sections import from_section, reviewing
from plancompare.indicators.records import PlanContext
from plancompare.indicators.table_model import Column, ParsedTable, TableRow, classify_header
from plancompare.indicators.table_records import _Evidence, table_records
from plancompare.indicators.table_rows import parse_table
from plancompare.read.decoding import Line
from plancompare.read.furniture import is_furniture
from plancompare.read.normalization import normalize, to_simplified
from plancompare.structure.tables import find_tables

__all__ = ["HEADING", "TITLE", "pasted_tables"]

#: a pasted line that only heads the lines below it (2024年主要目标:, 二、2023年工作回顾:)
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十]+\s*\)|\d{1,2}\s*[.、])?\s*"
                     r"([^,;。:\d]{0,6}(?:(?:19|20)\d\d\s*年度?)?[^,;。:\d]{2,16})\s*:\s*$")

#: a pasted line that is a document's or section's title (“十四五”规划中期评估报告, 2024年工作总结和2025年工作计划,
#: …实施情况总结(附表));
#: the years and months it names are its only figures
TITLE = re.compile(r"^\s*((?:[^,;。:!?\d]|(?:19|20)\d\d\s*年度?|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月){2,48}?"
                   r"(?:报告|评估|总结|回顾|要点|计划|安排|打算|思路|目标|目标任务|主要成就|发展基础|实施方案|工作方案|行动方案|统计公报))\s*"
                   r"(?:\((?:附表|摘要|节选|全文|草案|征求意见稿)\)\s*)?$")

#: a title that gives the years of the pairs below it (“十四五”主要指标完成情况(2020年→2025年):)
ARROW_TITLE = re.compile(r"^\s*([^,;。:]{0,40}\(\s*(?:19|20)\d\d\s*年?\s*(?:→|->|—>)\s*(?:19|20)\d\d\s*年?\s*\)"
                         r"[^,;。:\d]{0,10})\s*:?\s*$")


def pasted_tables(raw_lines: list[str], period: tuple[int, int] | None, section: str):
    """The tables in pasted text (an indicator table copied one row per line, as pipe rows or cells per
    line), found and read as a plan's tables are: the line numbers they hold, and a function that gives
    their records once the prose records (which may settle a flattened cell's column) are known."""
    lines = [Line(no, raw, to_simplified(normalize(raw))) for no, raw in enumerate(raw_lines, 1)]
    furniture = {ln.no for ln in lines if is_furniture(ln.text)}  # 【关闭窗口】 after a table
    regions = find_tables(lines, skip=furniture) if period is not None and len(lines) > 1 else []
    text_of = {ln.no: ln.text for ln in lines}
    tables = [_transposed(t, period) for t in (parse_table(r, text_of, period) for r in regions)]
    tables = [t for t in tables if t.value_columns and t.rows]
    if not tables:
        return set(), None
    heads, heading = {}, ""
    for ln in lines:  # the heading or title in force at each line (2025年工作要点 above a table)
        title = HEADING.match(ln.text) or TITLE.match(ln.text)
        heading = title.group(1).strip() if title else heading
        heads[ln.no] = heading
    for t in tables:
        _columns_by_kind(t, period, " > ".join(s for s in (section, heads.get(t.region.start, "")) if s))
    ctx = PlanContext("", "", "", period)
    catalog = load_catalog()

    def records(prose: list[dict]) -> list[dict]:
        exact = [(t, table_records(t, ctx, catalog, None, text_of)) for t in tables]
        evidence = _Evidence(prose, exact)
        return [rec for t in tables for rec in table_records(t, ctx, catalog, evidence, text_of)]

    return {n for r in regions for n in r.lines}, records


def _transposed(table: ParsedTable, period: tuple[int, int] | None) -> ParsedTable:
    """A table whose rows are years and whose columns name indicators (年份 | 城镇新增就业(人) | 城镇登记失业率(%);
    2021 | 3 860 | 3.2), turned as an indicator table is laid out: a row per indicator, a column per year."""
    years = [re.fullmatch(r"\s*((?:19|20)\d\d)\s*年?(?:度|末|底)?\s*", r.name) for r in table.rows]
    if period is None or len(table.rows) < 2 or not all(years) or not all(r.complete for r in table.rows):
        return table
    kept = [(j, c) for j, c in enumerate(table.value_columns) if not re.fullmatch(r"\s*年份?度?\s*", c.label)]
    columns = [Column("指标", "name")] + [classify_header(f"{m.group(1)}年", period, table.fyp_end) for m in years]
    rows = [TableRow(name=c.label, name_line=table.rows[0].name_line, values=[r.values[j] for r in table.rows],
                     line_text=" | ".join([c.label] + [r.values[j].text if r.values[j] else "" for r in table.rows]))
            for j, c in kept]
    return dataclasses.replace(table, columns=columns, rows=rows)


_BARE_YEAR = re.compile(r"\s*(?:规划)?(?:基期|期末)?\s*\(?\s*((?:19|20)\d\d)\s*年(?:底|末)?\s*\)?\s*")  # 2024年, 规划期末(2025年)


def _columns_by_kind(table: ParsedTable, period: tuple[int, int], section: str) -> None:
    """Roles a pasted table's bare year columns (2023年, 2024年) take from the kind of text it sits in, which a
    plan's own table does not need: in a one-year text the year's column reports it (a bulletin) unless the
    section plans it, and an earlier year's is a base or a result, unsaid; under 发展基础 the previous plan's
    last year is its result and earlier years its base; in a review of the plan its years so far are results,
    and its last year only where the caption says the plan is done (完成情况, 总结) or every year is there. A
    year its note calls a forecast (注:2025年为预计数) and a table whose header was lost leave their values
    unplaced."""
    rules = load_rules()
    context = " > ".join(s for s in (section, table.region.caption) if s)
    notes = " ".join(n.text for n in table.notes)
    forecast = {int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年[^,;。]{0,8}?为?预计", notes)}  # 注:2025年为预计数
    years = {int(b.group(1)) for c in table.value_columns if (b := _BARE_YEAR.fullmatch(c.label))}
    plan_like = from_section(period, section, rules)
    every_before = set(range(period[0] - 5, period[0])) <= years  # every year of the plan before
    based = any(c.role == "baseline" for c in table.value_columns)
    for col in table.value_columns:
        bare = _BARE_YEAR.fullmatch(col.label)
        if col.year in forecast:
            col.role = ""
        elif re.fullmatch(r"\s*(?:目前|当前|现状)(?:值|水平)?\s*", col.label):  # 目前: a plan's base unless a base is given
            col.role, col.year = ("baseline", period[0] - 1) if plan_like.role == "target" and not based and \
                period[0] != period[1] else ("", None)
        elif col.role == "actual" and period[0] != period[1] and not re.search(r"\d{4}|十.五", col.label) and not col.span and \
                not (plan_like.year == period[0] - 1 and table.fyp_end):
            col.year = None  # 完成值 of a review: up to a date the table does not give
        elif col.inferred:
            col.role, col.year = "", None
        elif col.span == "five_year" and every_before and not re.search(r"十.五|\d{4}", col.label) and \
                from_section(period, section, rules).year == period[0] - 1:
            col.role, col.year, col.period_column = "actual", period[0] - 1, False  # 五年累计 beside 2021年…2025年
        elif col.measure and col.year is not None and period[0] == period[1]:
            col.role = "target" if plan_like.role == "target" else "actual"  # 参保人数: this year's, as a bare year
        elif bare and period[0] == period[1]:
            year = int(bare.group(1))
            named = {int(y): w for y, w in re.findall(r"((?:19|20)\d\d)\s*年[^,;。>]{0,6}?(计划|要点|目标|安排|打算|思路|"
                                                       r"总结|回顾|完成情况)", section)}  # 2024年工作总结和2025年工作计划
            if year in named:
                col.role = "actual" if named[year] in ("总结", "回顾", "完成情况") else "target"
            else:
                col.role = ("target" if plan_like.role == "target" else "actual") \
                    if year == period[0] else ("target" if year > period[0] else "")
        elif bare and from_section(period, section, rules).year == period[0] - 1 and int(bare.group(1)) < period[0]:
            col.role = "actual" if int(bare.group(1)) == period[0] - 1 or every_before else "baseline"  # 发展基础: 2015年
            # 2020年; 2021年 … 2025年 of a 15th plan: a record of each year
        elif bare and period[0] <= int(bare.group(1)) < period[1] and reviewing(period, section, rules):
            col.role = "actual"  # 2021年 2022年 … in a review of the plan: what each year did
        elif (bare and int(bare.group(1)) == period[1] or col.period_column and col.year == period[1] and
              not re.search(r"目标|规划|计划", col.label)) and (reviewing(period, section, rules) or
                                                           re.search(r"完成|评估|回顾|总结|进展", context)):
            every_year = {y for y in range(period[0], period[1] + 1)} <= years and \
                not re.search(r"中期", context)  # 2021年…2025年: a record kept, not in a mid-term review
            col.role = "actual" if re.search(r"完成情况|总结|终期", context) or every_year else ""
    _caption_year(table, period, context)


def _caption_year(table: ParsedTable, period: tuple[int, int], context: str) -> None:
    """In a one-year text, columns that name no year (计划 | 完成) under a caption or heading that names one
    (2023年主要指标完成情况 in a 2024 report) are that year's."""
    named = {int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", context)}
    if period[0] != period[1] or len(named) != 1:
        return
    for col in table.value_columns:
        if col.role and col.year == period[0] and not re.search(r"\d{4}|上年|去年|明年|本年|今年", col.label):
            col.year = next(iter(named))

