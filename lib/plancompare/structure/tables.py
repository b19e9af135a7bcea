"""Finding tables in plan texts.

Three shapes occur in scraped plans:

* **pipe tables** — one row per line, cells separated by ``|`` (a web table
  rendered as Markdown-like text); merged cells shift the remaining cells left;
* **flattened tables** — one cell per line, often with blank lines between
  them and with empty cells dropped;
* **row tables** — one row per line with the cells separated by tabs or spaces
  (:mod:`plancompare.structure.rowcells`), with or without a header line, often
  between rows of empty pipe cells (``| | | |``) that belong to the table.

:func:`find_tables` locates both generically, from the shape of the lines, and
returns their line ranges, captions and notes (``注:`` lines). Reading the cells
into indicator values is the job of :mod:`plancompare.indicators`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from plancompare.read.decoding import Line
from plancompare.structure.rowcells import (
    ATTRIBUTE_CELL,
    NUMERIC_CELL,
    header_cells,
    is_empty_pipe_row,
    row_cells,
)

#: Lines that are structural headings are never table cells.
_STRONG_HEADING = re.compile(r"^第[一二三四五六七八九十百零〇\d]+(章|节|部分)")
_BOX = re.compile(r"^专栏\s*\d+")
#: "(二)发展环境": a section heading, never a cell (tables number their categories 一、二、)
_PAREN_HEADING = re.compile(r"^\(?[一二三四五六七八九十]{1,3}\)\s*\S")
_CAPTION_END = re.compile(r"(表|情况|指标|指标体系|一览)\s*(\([^()]{0,40}\))?\s*$")
_NOTE = re.compile(r"^注\s*[:：]?")

#: A flattened table is a run of at least this many short lines ...
FLAT_MIN_CELLS = 8
#: ... of at most this many characters, with at least this many value cells (numbers, short
#: cells with digits such as 期末达到30%, or 约束性/预期性 attributes).
FLAT_MAX_CELL_CHARS = 40
FLAT_MIN_NUMERIC = 3
#: ... or of at least this many when it opens with the name column's header (指标 | 2024年目标 | 2024年完成 |
#: 城镇新增就业(人) | 3000 | 3260: a table of one row), with two value cells.
FLAT_MIN_HEADED = 5
_FLAT_HEADER = re.compile(r"\s*(?:主要)?(?:指标|指标名称|项目|类别)\s*$")


@dataclass
class TableRegion:
    """Where a table sits in a plan. Line numbers are 1-based raw line numbers."""

    shape: str  # "pipe", "flat" or "rows"
    lines: list[int]  # every non-blank line of the table: caption (unless a box header), cells, notes
    caption: str = ""
    caption_line: int | None = None  # may be a 专栏 box header, which belongs to the box
    note_lines: list[int] = field(default_factory=list)
    cells: dict[int, list[str]] = field(default_factory=dict)  # "rows": each row line's cells
    header_line: int | None = None  # "rows": the header line, None when the scrape lost it

    @property
    def start(self) -> int:
        return self.lines[0]

    @property
    def end(self) -> int:
        return self.lines[-1]


def pipe_cells(text: str) -> list[str]:
    """The non-empty cells of a pipe row."""
    return [c.strip() for c in text.split("|") if c.strip()]


def is_numeric_cell(text: str) -> bool:
    """True for a cell holding a number, with brackets, comparators, % or 左右."""
    return bool(NUMERIC_CELL.match(text.replace(" ", "")))


def _is_caption(text: str) -> bool:
    return (0 < len(text) <= 60 and "。" not in text and not _STRONG_HEADING.match(text) and not _NOTE.match(text)
            and (bool(_BOX.match(text)) or bool(_CAPTION_END.search(text))))


def find_tables(lines: Sequence[Line], skip: set[int] | None = None) -> list[TableRegion]:
    """Locate pipe and flattened tables. ``skip`` holds line numbers already claimed (furniture).

    Pipe tables first: their captions and notes are then not read as cells of a
    flattened table. Does not modify its inputs.
    """
    skip = skip or set()
    body = [ln for ln in lines if ln.text and ln.no not in skip]
    claimed: set[int] = set()
    regions = _pipe_tables(body, claimed)
    regions += _row_tables(body, claimed)
    regions += _flat_tables(body, claimed)
    regions.sort(key=lambda r: r.start)
    _notes_before(body, regions, claimed)
    return regions


def _notes_before(body: Sequence[Line], regions: list[TableRegion], claimed: set[int]) -> None:
    """A ``注:`` line right before a table (and after no other table) is a note of that table.

    Some plans state the note (``注:[ ]内为五年累计数``) above the table it explains;
    a note after a table belongs to that table and was claimed with it.
    """
    index = {ln.no: i for i, ln in enumerate(body)}
    for region in regions:
        i = index.get(region.start, 0)
        k = i
        while k > 0 and _NOTE.match(body[k - 1].text) and body[k - 1].no not in claimed:
            k -= 1
        if k == i or (k > 0 and _is_table_like(body[k - 1].text)):
            continue
        notes = [ln.no for ln in body[k:i]]
        region.lines[:0] = notes
        region.note_lines[:0] = notes
        claimed.update(notes)


def _is_table_like(text: str) -> bool:
    """A line that could be the end of a table the finders did not take (a pipe row, a row, a value)."""
    return "|" in text or _is_value_cell(text)


def _runs(body: Sequence[Line], member: Callable[[Line], bool],
          read: Callable[[int, int], tuple[TableRegion | None, int]]) -> list[TableRegion]:
    """Scan ``body`` for maximal runs ``body[i:j]`` of ``member`` lines.

    ``read(i, j)`` makes a run into a region (or None) and says where the scan
    goes on (after the notes that follow a table).
    """
    regions: list[TableRegion] = []
    i = 0
    while i < len(body):
        if not member(body[i]):
            i += 1
            continue
        j = i
        while j < len(body) and member(body[j]):
            j += 1
        region, i = read(i, j)
        if region is not None:
            regions.append(region)
    return regions


def _pipe_tables(body: Sequence[Line], claimed: set[int]) -> list[TableRegion]:
    """Pipe tables: runs of lines containing '|', at least two rows with two or more cells.

    The caption is a one-cell first row or a caption-like line just before the
    run; the ``注:`` lines right after it are its notes. Adds the lines to ``claimed``.
    """
    text_of = {ln.no: ln.text for ln in body}

    def read(i: int, j: int) -> tuple[TableRegion | None, int]:
        run = body[i:j]
        if sum(len(pipe_cells(ln.text)) >= 2 for ln in run) < 2:
            return None, j
        region = TableRegion("pipe", [ln.no for ln in run])
        first_cells = pipe_cells(run[0].text)
        if len(first_cells) == 1 and _is_caption(first_cells[0]):
            region.caption, region.caption_line = first_cells[0], run[0].no
        elif (i > 0 and _is_caption(body[i - 1].text) and "|" not in body[i - 1].text
              and body[i - 1].no not in claimed):
            _caption_before(region, body[i - 1])
        k = j
        while k < len(body) and _NOTE.match(body[k].text):
            region.lines.append(body[k].no)
            k += 1
        region.note_lines = [n for n in region.lines if _NOTE.match(text_of[n])]
        claimed.update(region.lines)
        return region, k

    return _runs(body, lambda ln: "|" in ln.text, read)


def _flat_tables(body: Sequence[Line], claimed: set[int]) -> list[TableRegion]:
    """Flattened tables: runs of short cell-like lines with enough value cells.

    Lines in ``claimed`` (pipe tables, earlier flattened tables) are never taken
    again; the caption is the run's first line or a caption-like line just before
    it; the ``注:`` lines right after it are its notes. Adds the lines to ``claimed``.
    """
    def cell_like(ln: Line) -> bool:
        t = ln.text
        return (ln.no not in claimed and len(t) <= FLAT_MAX_CELL_CHARS and "。" not in t
                and "|" not in t and not _STRONG_HEADING.match(t) and not _NOTE.match(t)
                and not _PAREN_HEADING.match(t))

    def read(i: int, j: int) -> tuple[TableRegion | None, int]:
        run = body[i:j]
        at = next((k for k, ln in enumerate(run[:2]) if _FLAT_HEADER.match(ln.text)), None)  # 指标, or 表1 … then 指标
        headed = at is not None and (at == 0 or _is_caption(run[0].text)) and len(run) - at >= FLAT_MIN_HEADED
        if (len(run) < FLAT_MIN_CELLS and not headed) or \
                sum(_is_value_cell(ln.text) for ln in run) < (FLAT_MIN_NUMERIC if not headed else 2):
            return None, j
        region = TableRegion("flat", [ln.no for ln in run])
        if _is_caption(run[0].text):
            region.caption, region.caption_line = run[0].text, run[0].no
        elif i > 0 and _is_caption(body[i - 1].text) and body[i - 1].no not in claimed:
            _caption_before(region, body[i - 1])
        k = j
        while k < len(body) and _NOTE.match(body[k].text) and body[k].no not in claimed:
            region.lines.append(body[k].no)
            region.note_lines.append(body[k].no)
            k += 1
        claimed.update(region.lines)
        return region, k

    return _runs(body, cell_like, read)


#: A row table has at least this many row lines.
ROWS_MIN = 2


def _row_tables(body: Sequence[Line], claimed: set[int]) -> list[TableRegion]:
    """Row tables: runs of lines that each hold one flattened row (empty pipe rows allowed among them).

    The header is a header-like line just before the first row; the caption a
    caption-like line before that; the ``注:`` lines after the run are its notes
    (empty pipe rows may stand between). Adds the lines to ``claimed``.
    """
    def member(ln: Line) -> bool:
        return ln.no not in claimed and (is_empty_pipe_row(ln.text) or row_cells(ln) is not None)

    def read(i: int, j: int) -> tuple[TableRegion | None, int]:
        run = body[i:j]
        cells = {ln.no: c for ln in run if (c := row_cells(ln)) is not None}
        headed = i > 0 and body[i - 1].no not in claimed and header_cells(body[i - 1]) is not None
        if len(cells) < ROWS_MIN and not (cells and headed):  # one row under its header is a table too
            return None, j
        region = TableRegion("rows", [ln.no for ln in run], cells=cells)
        h = _empty_rows_before(body, i, claimed, region)
        if h > 0 and body[h - 1].no not in claimed and (hc := header_cells(body[h - 1])) is not None:
            h -= 1
            region.lines.insert(0, body[h].no)
            region.header_line, region.cells[body[h].no] = body[h].no, hc
            h = _empty_rows_before(body, h, claimed, region)  # a header between empty pipe rows
        if h > 0 and body[h - 1].no not in claimed and _is_caption(body[h - 1].text):
            _caption_before(region, body[h - 1])
        k = j
        while k < len(body) and body[k].no not in claimed and (
                _NOTE.match(body[k].text) or is_empty_pipe_row(body[k].text)):
            region.lines.append(body[k].no)
            if _NOTE.match(body[k].text):
                region.note_lines.append(body[k].no)
            k += 1
        claimed.update(region.lines)
        return region, k

    return _runs(body, member, read)


def _empty_rows_before(body: Sequence[Line], h: int, claimed: set[int], region: TableRegion) -> int:
    """Take the empty pipe rows right before ``body[h]`` into ``region``; the index of the first taken."""
    while h > 0 and is_empty_pipe_row(body[h - 1].text) and body[h - 1].no not in claimed:
        h -= 1
        region.lines.insert(0, body[h].no)
    return h


def _is_value_cell(text: str) -> bool:
    """A number, a 约束性/预期性 attribute, or a short cell with digits (期末达到30%)."""
    return (is_numeric_cell(text) or ATTRIBUTE_CELL.match(text.replace(" ", "")) is not None
            or (len(text) <= 16 and bool(re.search(r"\d", text))))


def _caption_before(region: TableRegion, ln: Line) -> None:
    """Take the line before a table as its caption (and first line)."""
    region.caption, region.caption_line = ln.text, ln.no
    region.lines.insert(0, ln.no)
