"""Reading a table region's cells into rows and columns with roles and years.

A header cell gives a column's role (baseline, target, actual) and year
(``2015年基数``, ``“十三五”规划目标``); pipe rows shifted by merged cells are
re-aligned on the 属性 column; flattened rows are read by the header template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from plancompare.structure.numbering import fyp_end as fyp_end_year
from plancompare.structure.tables import TableRegion, is_numeric_cell

# ---------------------------------------------------------------------------------------
# Reading a table's cells into rows and columns
# ---------------------------------------------------------------------------------------

_FYP = re.compile(r"(十[一二三四五六七八九]?五)")
_CN_CATEGORY = re.compile(r"^\*?[一二三四五六七八九十]+\s*[、.]\s*")
_ROW_NUMBER = re.compile(r"^\*?\s*(\d{1,2})(?:\s*[.、](?!\d)\s*|(?=[^\d,.]))")  # 3. or 3城镇…, not 2.5 or 2,684
_YEAR = re.compile(r"(\d{4})\s*年?")
_HEADER_WORDS = re.compile(r"(指标|年|基数|基期|基准|目标|完成|计划|实际|预计|属性|累计|年均|序号|类别|单位|十[一二三四五]五|规划)")
_ROLE_FRAGMENT = re.compile(r"^(基数|基期|基准值?|目标值?|规划目标|主要目标|完成数|完成值|完成情况|预计完成值?|实际)$")
_BARE_PERIOD = re.compile(r"^(\d{4}\s*年?|十[一二三四五六七八九]?五(时期|期间)?)$")


@dataclass
class Column:
    """A table column as its header describes it."""

    label: str
    field: str  # name, value, attr, unit, seq, category or remark
    role: str = ""  # baseline, target or actual (value columns)
    year: int | None = None
    period_column: bool = False  # 年均/累计: a target for the whole plan period
    inferred: str = ""  # the flag of a column whose header was lost and inferred (or left ambiguous)
    span: str = ""  # a column of totals over a span (五年累计): "five_year" for a plan's whole period, else "part"
    measure: str = ""  # what a column measures of the schemes its rows name (参保人数 of 失业保险): the name's end


@dataclass
class TableCell:
    text: str
    line: int


@dataclass
class TableRow:
    """One indicator row: its name, category, unit, attribute and value cells.

    For pipe tables ``values`` holds one cell per value column (``None`` where the
    row has no cell); for flattened tables it holds the value cells in order,
    which may be fewer than the value columns (see ``complete``).
    """

    name: str
    name_line: int
    category: str = ""
    seq: str = ""
    unit: str = ""  # from a unit column
    attr: str = ""
    values: list[TableCell | None] = field(default_factory=list)
    complete: bool = True
    line_text: str = ""  # the pipe row, or the cells joined with " | "
    starred: bool = False
    realigned: bool = False  # cells shifted by merged cells were re-aligned on the anchor column


@dataclass
class ParsedTable:
    region: TableRegion
    columns: list[Column]
    rows: list[TableRow]
    notes: list[TableCell]
    cumulative_marker: str = ""  # the marker the note declares for five-year totals ("[ ]", "〔〕")
    fyp_end: int | None = None  # end year of the five-year plan the caption names

    @property
    def value_columns(self) -> list[Column]:
        return [c for c in self.columns if c.field == "value"]


def _compact(text: str) -> str:
    return re.sub(r"[\s“”\"'‘’]", "", text)


def classify_header(label: str, period: tuple[int, int] | None, fyp_end: int | None) -> Column:
    """What a header cell says: which field, and for value columns the role and year (and, for 规划目标(五年累计),
    that its values are five-year totals)."""
    col = _classify(label, period, fyp_end)
    if col.field == "value" and not col.span and re.search(r"\((?:五年|十[一二三四五六七八九]?五)?累计(?:数|值)?\)", _compact(label)):
        col.span = "five_year"
    return col


def _classify(label: str, period: tuple[int, int] | None, fyp_end: int | None) -> Column:
    c = _compact(label)
    if c in ("序号", "编号"):
        return Column(label, "seq")
    if c in ("类别", "类型", "领域", "一级指标", "二级指标"):  # 一级指标 | 二级指标 | 三级指标 of a performance table
        return Column(label, "category")
    if c == "三级指标":
        return Column(label, "name")
    if c in ("属性", "指标属性", "性质"):
        return Column(label, "attr")
    if c in ("单位", "计量单位"):
        return Column(label, "unit")
    if re.fullmatch(r"(评价|备注|说明|完成评价|评估结论)", c):
        return Column(label, "remark")  # 超额完成, 已完成: words about the values, no value
    if re.fullmatch(r"(指标|指标名称|项目|主要指标|指标项|险种|类别名称)(?:\([^()]{1,8}\))?", c):
        return Column(label, "name")
    span = re.fullmatch(r"(?:(\d{4})年?[-—–~至到])?(?:(\d{4})年?)?(五年|十[一二三四五六七八九]?五(?:时期|期间)?)?(?:累计|合计)"
                        r"(?:数|值)?(完成|实现|实际)?(?:数|值)?", c)
    span = span if span and any(span.groups()) else re.fullmatch(  # 2021—2025年 | 2026—2030年: a plan's five years
        r"((?:19|20)\d\d)\s*年?\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年?(五年)?(完成)?(?:期间|时期)?", c)
    if span and any(span.groups()):
        return _span_column(label, span, period)
    if re.fullmatch(r"(年均/累计|年均或累计|累计/年均|年均|累计)", c):
        return Column(label, "value", "target", period[1] if period else None, period_column=True)
    year_m = _YEAR.search(c)
    year = int(year_m.group(1)) if year_m else None
    fyp_m = _FYP.search(c)
    fyp_year = fyp_end_year(fyp_m.group(1)) if fyp_m else None
    if re.search(r"完成率|完成进度|进度|完成比例|增减|增量|增幅|增速|增长|同比|比上年|百分点|差距|差值|^占|占比|比重\(%\)", c):
        return Column(label, "remark")  # 完成率, 比上年增减: how a value compares, no level
    if re.search(r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|上半年|前三季度|季度|本月|当月|\d{1,2}\s*月(?:末|底)?(?:完成)?$", c):
        return Column(label, "value", "", None)  # 2025年1-6月: part of a year, no year's value
    relative = re.fullmatch(r"(本年|今年|本期|上年|去年|下年|明年)(度)?(末|底)?(目标|计划|完成|实际|完成数|完成值)?(数|值)?", c)
    if period is not None and period[0] == period[1] and relative:  # 本年末 上年末, 上年目标 本年完成 in a one-year text
        shift = {"本年": 0, "今年": 0, "本期": 0, "上年": -1, "去年": -1, "下年": 1, "明年": 1}[relative.group(1)]
        what = relative.group(4) or ""
        role = "target" if what in ("目标", "计划") else "actual" if what else ("actual" if shift == 0 else "")
        # a bare 上年 column: last year's result or this year's base, as batches key it either way: left open
        return Column(label, "value", role, period[0] + shift)
    if re.fullmatch(r"(目前|当前|现状)(值|水平)?", c):
        return Column(label, "value", "", None)  # 目前: a plan's base or a review's latest, as the text says
    if re.search(r"(基数|基期|基准)", c):  # 基准值(2020年预计完成值): the base; 基期值: the plan's
        base = period[0] - 1 if period and period[0] != period[1] and not fyp_end else None
        return Column(label, "value", "baseline", year or fyp_year or base)
    if re.search(r"预计|预测|估计|预期完成|可完成|力争|争取", c):
        return Column(label, "value", "", year or fyp_year)  # 2025年预计: a forecast, neither target nor result
    one_year = period[0] if period is not None and period[0] == period[1] else None
    measure = _MEASURE.fullmatch(re.sub(r"\([^()]*\)$", "", c))
    if measure:  # 项目 | 参保人数(万人) | 参保率(%): rows name the schemes; a one-year text's levels of its year
        return Column(label, "value", "", one_year, measure=measure.group(1))
    if re.fullmatch(r"截[至止]\d{4}年(?:底|末)?", c) and year is not None:
        return Column(label, "value", "actual", year)  # 截至2023年底: the level then
    if re.search(r"(完成|实际|实现值|监测值)", c) or one_year and re.fullmatch(r"(全年|年末|年底)(数|值)?(\(.{1,6}\))?", c):
        return Column(label, "value", "actual", year or fyp_year or fyp_end or one_year)
    if "目标" in c or re.fullmatch(r"(?:(?:19|20)\d\d年度?)?(?:(年度)?计划(数|值)?|(年度|全年)?指标值|(年度)?任务(数|值)?)", c):
        # 计划 实际: a year's plan and its result; 2023年计划 in a 2024 text: still that year's plan
        return Column(label, "value", "target", year or fyp_year or fyp_end or (period[1] if period else None))
    if year is not None and period is not None:
        if year < period[0]:
            return Column(label, "value", "baseline", year)
        if year == period[1]:
            return Column(label, "value", "target", year)
        return Column(label, "value", "", year)
    return Column(label, "value", "", year or fyp_year)


#: a column that names what is measured of the schemes or groups its rows name (年末参保人数, 参保率, 持卡人数)
_MEASURE = re.compile(r"(?:年末|年底|期末)?(参保人数|参保人次|参保率|持卡人数|覆盖率|领取待遇人数|待遇领取人数|人数)")


def _span_column(label: str, span: re.Match, period: tuple[int, int] | None) -> Column:
    """A column of totals over a span (五年累计, “十二五”累计, 2021—2023年累计): the plan's own span is its
    period's target (a review may read it as done), an earlier plan's its base, the plan's first years so
    far a result."""
    first, last, plan, done = span.groups()
    end = int(last) if last else fyp_end_year(plan) if plan and plan != "五年" else (period[1] if period else None)
    whole = "five_year" if first is None or end is not None and int(first) == end - 4 else "part"
    if period is None or end is None:
        return Column(label, "value", "", end, span=whole)
    if end < period[0]:
        return Column(label, "value", "baseline", end, span=whole)
    if end == period[1] and (first is None or int(first) == period[0]):  # 五年累计完成: what the five years did
        return Column(label, "value", "actual" if done else "target", end, period_column=not done, span=whole)
    if first is not None and int(first) == period[0] and end < period[1]:
        return Column(label, "value", "actual", end, span=whole)
    return Column(label, "value", "", end, span=whole)


def _merge_header_fragments(cells: list[TableCell]) -> list[TableCell]:
    """Join header fragments a flattened scrape split over lines: "十三五" + "规划目标"."""
    out: list[TableCell] = []
    i = 0
    while i < len(cells):
        c = cells[i]
        if (i + 1 < len(cells) and _BARE_PERIOD.match(_compact(c.text))
                and _ROLE_FRAGMENT.match(_compact(cells[i + 1].text))):
            out.append(TableCell(c.text + cells[i + 1].text, c.line))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _clean_name(text: str) -> tuple[str, str, bool]:
    """(name without numbering, the row number, starred) of a row-name cell."""
    s = text.strip()
    starred = s.startswith("*")
    s = s.lstrip("*").strip()
    seq = ""
    m = _ROW_NUMBER.match(s)
    if m:
        seq = m.group(1)
        s = s[m.end():].strip()
    s = re.sub(r"^其中\s*[:：]\s*", "其中:", s)
    return s, seq, starred


def _category_label(text: str) -> str:
    return _CN_CATEGORY.sub("", text.strip().lstrip("*")).strip()


def _table_context(region: TableRegion, lines: dict[int, str]) -> tuple[list[TableCell], str, int | None]:
    notes = [TableCell(lines[n], n) for n in region.note_lines]
    marker = ""
    for note in notes:
        t = note.text
        if re.search(r"\[\s*\]", t):
            marker = "[]"
        elif re.search(r"〔\s*〕", t):
            marker = "〔〕"
        elif "累计" in t and not marker:
            marker = "?"
    fyp_m = _FYP.search(_compact(region.caption))
    return notes, marker, (fyp_end_year(fyp_m.group(1)) if fyp_m else None)


def _is_value_cell(text: str) -> bool:
    s = text.replace(" ", "")
    if s in ("—", "-", "--", "/"):
        return True
    return bool(re.search(r"\d", s)) and not _ROW_NUMBER.match(s) or is_numeric_cell(s)


#: a cell that says how a row's target went, in words (完成情况: 超额完成, 基本完成, 未完成; 进度: 顺利, 滞后)
STATUS_CELL = re.compile(r"(?:已|已经|全面|基本|超额|提前|如期|未|尚未|没有)?(?:完成|达到|实现|达标)(?:目标)?|未达到|未达标|顺利|滞后|"
                         r"正常|符合预期|好于预期|低于预期|超出预期|进度正常|进度滞后")


def worded_columns(header: list[Column], cells: list[TableCell]) -> list[Column]:
    """The header with a 完成情况 (or 进度, 评价) column made a remark when the body holds such words (超额完成):
    a column of words, which holds no values, so the values of a row are read by the other columns."""
    if not any(STATUS_CELL.fullmatch(c.text.replace(" ", "")) for c in cells):
        return header
    return [replace(c, field="remark", role="", year=None) if c.field == "value" and re.fullmatch(
        r"完成情况|完成进度|实施情况|进展情况|评价|评估结果", c.label.replace(" ", "")) else c for c in header]

