"""All indicator records of one plan (its tables and its running text), and of any text a user pastes."""

from __future__ import annotations

import re
from typing import Sequence

from plancompare.errors import IndicatorError, PlanError
from plancompare.indicators.catalog import load_catalog
from plancompare.indicators.decisions import _apply_decisions
from plancompare.indicators.prose import CAPTION, find_mentions
from plancompare.indicators.prose_when import TimeContext
from plancompare.indicators.records import PlanContext, mention_records, merge_repeated
from plancompare.indicators.table_records import _Evidence, table_records
from plancompare.indicators.table_rows import parse_table
from plancompare.read.decoding import Line
from plancompare.read.normalization import normalize, to_simplified
from plancompare.structure.rowcells import row_cells

#: a pasted line that only heads the lines below it (2024年主要目标:, 二、2023年工作回顾:)
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十]+\s*\)|\d{1,2}\s*[.、])?\s*"
                      r"((?:(?:19|20)\d\d\s*年度?)?[^,;。:\d]{2,16})\s*:\s*$")

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


def extract_indicators(text: str, period: tuple[int, int] | None = None, section: str = ""):
    """Indicator targets and results stated in ``text``, as a DataFrame.

    Works on any text a user pastes (Traditional Chinese and full-width forms
    included: the text is normalised and converted to Simplified for matching,
    and the quote is taken from the original). Columns are those of
    ``indicators.csv``; the plan columns (plan_id, region, source_file,
    source_line) are empty, and ``source_line`` counts lines of ``text``.
    ``period`` (start, end) places statements without explicit years; ``section``,
    the heading the text sits under (主要目标, 发展基础 …), says whether unmarked
    statements are targets or results. A one-year ``period`` is a yearly document
    (a work report, a bulletin): 今年 is that year.
    """
    import pandas as pd

    from plancompare.indicators.records import mention_records, merge_repeated
    from plancompare.schema import columns

    raw_lines = str(text).splitlines() or [str(text)]
    tabled, table_rows = _pasted_tables(raw_lines, period, to_simplified(normalize(section)))
    records, caption, heading = [], "", ""
    given = to_simplified(normalize(section))
    for lineno, raw_line in enumerate(raw_lines, 1):
        norm = normalize(raw_line)
        simple = to_simplified(norm)
        if lineno in tabled:
            continue  # a table's row, read as a table below
        units = re.findall(CAPTION, simple)  # 表3 2024年末社会保险参保情况(单位:万人): the rows below
        caption = units[-1] if units else (caption if simple.strip() else "")
        title = _HEADING.match(simple)
        if title:  # 2024年主要目标: on a line of its own heads the lines below it
            heading = title.group(1).strip()
            continue
        under = " > ".join(s for s in (given, heading) if s)
        headless = row_cells(Line(lineno, raw_line, simple)) is not None  # 城镇调查失业率(%) 5.4 5.2 5.3
        for m in find_mentions(simple, period=period, section=under, caption_unit=caption):
            if headless:
                m.time = TimeContext("", None, False, "a table row without its header: which value is which "
                                     "year's is unknown", True)
            rec = mention_records(m, plan=None, source_file="", line=lineno)
            if len(simple) == len(norm):  # quote the original wording, not the conversion
                i = simple.find(m.sentence)
                if i >= 0:
                    rec["quote"] = norm[i:i + len(m.sentence)]
            records.append(rec)
    if table_rows:
        records = table_rows(records) + records
    return pd.DataFrame.from_records(merge_repeated(records), columns=columns("indicators"))


def _pasted_tables(raw_lines: list[str], period: tuple[int, int] | None, section: str):
    """The tables in pasted text (an indicator table copied one row per line, as pipe rows or cells per
    line), found and read as a plan's tables are: the line numbers they hold, and a function that gives
    their records once the prose records (which may settle a flattened cell's column) are known."""
    from plancompare.structure.tables import find_tables

    lines = [Line(no, raw, to_simplified(normalize(raw))) for no, raw in enumerate(raw_lines, 1)]
    regions = find_tables(lines) if period is not None and len(lines) > 1 else []
    text_of = {ln.no: ln.text for ln in lines}
    tables = [t for t in (parse_table(r, text_of, period) for r in regions) if t.value_columns and t.rows]
    if not tables:
        return set(), None
    for t in tables:
        _columns_by_kind(t, period, section)
    ctx = PlanContext("", "", "", period)
    catalog = load_catalog()

    def records(prose: list[dict]) -> list[dict]:
        exact = [(t, table_records(t, ctx, catalog, None, text_of)) for t in tables]
        evidence = _Evidence(prose, exact)
        return [rec for t in tables for rec in table_records(t, ctx, catalog, evidence, text_of)]

    return {n for r in regions for n in r.lines}, records


_BARE_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*年(?:底|末)?\s*")


def _columns_by_kind(table, period: tuple[int, int], section: str) -> None:
    """Roles a pasted table's bare year columns (2023年, 2024年) take from the kind of text it sits in, which a
    plan's own table does not need: in a one-year text the year's column reports it (a bulletin) unless the
    section plans it, and an earlier year's is a base or a result, unsaid; in a review the plan's last year is
    a result only where the caption says the plan is done (完成情况, 总结). A year its note calls a forecast
    (注:2025年为预计数) and a table whose header was lost leave their values unplaced."""
    from plancompare.indicators.prose_rules import load_rules
    from plancompare.indicators.prose_sections import from_section, reviewing

    rules = load_rules()
    context = " > ".join(s for s in (section, table.region.caption) if s)
    notes = " ".join(n.text for n in table.notes)
    forecast = {int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年[^,;。]{0,8}?为?预计", notes)}  # 注:2025年为预计数
    for col in table.value_columns:
        bare = _BARE_YEAR.fullmatch(col.label)
        if col.year in forecast:
            col.role = ""
        elif col.inferred:
            col.role, col.year = "", None
        elif bare and period[0] == period[1]:
            year = int(bare.group(1))
            col.role = ("target" if from_section(period, section, rules).role == "target" else "actual") \
                if year == period[0] else ("target" if year > period[0] else "")
        elif bare and int(bare.group(1)) == period[1] and (reviewing(period, section, rules) or
                                                           re.search(r"完成|评估|回顾|总结|进展", context)):
            col.role = "actual" if re.search(r"完成情况|总结|终期", context) else ""

