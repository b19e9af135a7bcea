"""Table rows flattened onto one line: splitting a line into cells, and telling row lines by shape.

A scrape may lay a web table out one row per line with its cells separated by
tabs (``序号\\t指标\\t单位\\t2020年\\t2025年\\t属性``) or by spaces
(``1.城镇新增就业人数(万人) 3.6 〔18〕 预期性``). Tabs separate cells exactly; with
spaces, the words before the first value, unit or attribute are the row's name
(a name may hold a space: ``1. 城镇新增就业人数``). Pure functions of a line.
"""

from __future__ import annotations

import re

from plancompare.read.decoding import Line
from plancompare.read.normalization import normalize, to_simplified

#: a value cell (spaces removed): 12.5, [45], 〔6.5〕, <5.5, ≥90%, 10:40:50, 5左右; the one definition
_NUMBER = (r"[\[〔(<>≤≥=~约+\-]*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)*(?:[万亿](?:人次|人|户|名)?|人次|人|户|名)?"
           r"(?:左右|以上|以下|以内)?[\]〕)%‰]*(?:[万亿]?(?:人次|人|户|名))?(?:左右|以上|以下|以内)?")  # ≥2600人, 〔8.6〕万人次, 12.6万
NUMERIC_CELL = re.compile(rf"^{_NUMBER}$")
#: a cell holding the values of several indicators its row names together (23.6/31.2, 186.2、52.4、61.8)
NUMBERS_CELL = re.compile(rf"^{_NUMBER}(?:[、/]{_NUMBER})+$")
#: a cell holding a range (5%—5.5%, 〔12—13〕, 3.5~4): a target given by its two bounds
RANGE_CELL = re.compile(rf"^{_NUMBER}(?:—{{1,2}}|–|~|～|至|到|-(?=[\d〔\[]))(?![<>≤≥=]){_NUMBER}$")
#: the 属性 cell of an indicator table (binding or expected); the one definition
ATTRIBUTE_CELL = re.compile(r"^(约束性?|预期性?)$")
_DASH = re.compile(r"^(—+|-+|/|/|无)$")
_UNIT = re.compile(r"^(%|‰|(万|亿|千|百)?(人次|人|元|户|家|个|岁|年|项|所|张|天|小时)|个百分点|比例|人/万人)$")
_SEQ = re.compile(r"^\*?\d{1,2}[.、]?$")
_COMPARATOR = re.compile(r"^[<>≤≥=~约]$")
_SUFFIX = re.compile(r"^(左右|以上|以下|以内)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADER_CELL = re.compile(
    r"(序号|编号|类别|领域|指标|名称|项目|单位|属性|性质|基数|基期|基准|目标|完成|预计|规划|累计|年均|"
    r"十[一二三四五六七八九]?五|\d{4}\s*年?|本年|上年|目前|现状|评价|备注|说明|情况|计划|实际|本期|同比|增减|增量|年末|年底|全年|"
    r"^(?:年末|年底|期末)?(?:参保人数|参保率|持卡人数|人数)(?:\(.{1,6}\))?$)")  # 项目 参保人数(万人) 比上年末增长(%)
#: longest row line taken (a sentence is longer, and has sentence punctuation)
ROW_MAX_CHARS = 100


def is_value(cell: str) -> bool:
    """A number (with brackets, comparators, %), a dash for an empty cell, or an attribute."""
    c = cell.replace(" ", "")
    return bool(NUMERIC_CELL.match(c) or NUMBERS_CELL.match(c) or RANGE_CELL.match(c) or _DASH.match(c)
                or ATTRIBUTE_CELL.match(c))


def _is_tail(cell: str) -> bool:
    c = cell.replace(" ", "")
    return is_value(c) or bool(_UNIT.match(c)) or bool(_COMPARATOR.match(c))


def split_row(ln: Line) -> list[str]:
    """The cells of a line laid out as one table row (tabs, else spaces); [] for a one-cell line."""
    raw = ln.raw.strip()
    if "\t" in raw:
        cells = [to_simplified(normalize(c)) for c in raw.split("\t")]  # as Line.text is
        while cells and not cells[-1]:
            cells.pop()
        return cells if len(cells) >= 2 else []
    tokens = _ungrouped(ln).split(" ")
    if len(tokens) < 2:
        return []
    cells: list[str] = []
    if _SEQ.match(tokens[0]) and len(tokens) > 2 and not _is_tail(tokens[1]):
        cells.append(tokens.pop(0))
    k = 1
    while k < len(tokens) and not _is_tail(tokens[k]):
        k += 1
    cells.append(" ".join(tokens[:k]))
    for tok in tokens[k:]:
        if cells and _SUFFIX.match(tok):
            cells[-1] += tok
        elif cells and _COMPARATOR.match(cells[-1]):
            cells[-1] += tok
        else:
            cells.append(tok)
    return cells


_GROUP_SPACE = "[ \u00a0\u2009\u202f]"
_GROUPED = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?![\d.])")


def _ungrouped(ln: Line) -> str:
    """The line's text with digit groups joined (8 000 → 8000) where its cells are set apart by wider gaps
    (full-width spaces, two spaces or more): there one space inside a number only groups its digits. In a row
    whose cells are one space apart the spaces cannot be told apart, and the line is left as it is."""
    raw = ln.raw.strip()
    if not re.search(r"\u3000| {2,}", raw) or not _GROUPED.search(raw):
        return ln.text
    return to_simplified(normalize(_GROUPED.sub(lambda m: re.sub(_GROUP_SPACE, "", m.group()), raw)))


def row_cells(ln: Line) -> list[str] | None:
    """The cells of a table row flattened onto one line, or None when the line is not one.

    A row: no sentence punctuation, a name cell with Chinese text, then at least
    two value cells (numbers, dashes, 约束性/预期性) of which one is a number, and no
    other name with a value after them (that is a list of names and their values).
    """
    t = ln.text
    if not t or len(t) > ROW_MAX_CHARS or re.search(r"[。;;!?！？]|,(?!\d{3}(?!\d))", t) or "|" in t:
        return None  # a comma that groups digits (862,350) is no sentence's
    cells = split_row(ln)
    if len(cells) < 3:
        return None
    names = [c for c in cells if c and not _is_tail(c) and not _SEQ.match(c)]
    values = [c for c in cells if c and is_value(c)]
    numbers = [c for c in values if any(p.match(c.replace(" ", "")) for p in (NUMERIC_CELL, NUMBERS_CELL, RANGE_CELL))]
    if not names or not _CJK.search(names[0]) or len(values) < 2 or not numbers:
        return None
    first = next(i for i, c in enumerate(cells) if c and is_value(c))
    if any(_CJK.search(c) and not re.search(r"\d", c) and not _is_tail(c) and is_value(cells[i + 1])  # 失业率 <5.5% 参保率 ≥96%: name, value, …
           for i, c in enumerate(cells[first:-1], first)):
        return None
    return cells


def header_cells(ln: Line) -> list[str] | None:
    """The cells of a header row laid out on one line (序号 指标 单位 2020年 2025年 属性), or None."""
    t = ln.text
    if not t or len(t) > ROW_MAX_CHARS or re.search(r"[。;;,]", t) or "|" in t:
        return None
    cells = [c for c in split_header(ln) if c]
    if len(cells) < 3 or not all(len(c) <= 20 and _HEADER_CELL.search(c) for c in cells):
        return None
    if not any(re.search(r"(\d{4}|目标|基数|完成|十[一二三四五六七八九]?五|本年|上年|目前|现状|计划|实际|本期|年末|年底|全年)", c) for c in cells):
        return None
    return cells


def split_header(ln: Line) -> list[str]:
    """A header line's cells: by tabs, else by spaces (header cells hold no spaces)."""
    raw = ln.raw.strip()
    if "\t" in raw:
        return [to_simplified(normalize(c)) for c in raw.split("\t")]
    return ln.text.split(" ")


def is_empty_pipe_row(text: str) -> bool:
    """``| | | |``: a row of empty cells that scrapes put around flattened rows."""
    return "|" in text and not text.strip("| ")
