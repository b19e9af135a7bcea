"""Reading a table region into rows: pipe rows (re-aligned where merged cells shifted them) and
flattened cells (read with the header as a template, else cell by cell)."""

from __future__ import annotations

import itertools
import re

# ---------------------------------------------------------------------------------------
# Reading a table's cells into rows and columns
# ---------------------------------------------------------------------------------------
from plancompare.indicators.table_model import (
    _BARE_PERIOD,
    _CN_CATEGORY,
    _HEADER_WORDS,
    _ROW_NUMBER,
    STATUS_CELL,
    Column,
    ParsedTable,
    TableCell,
    TableRow,
    _category_label,
    _clean_name,
    _compact,
    _is_value_cell,
    _merge_header_fragments,
    _table_context,
    classify_header,
    worded_columns,
)
from plancompare.structure.rowcells import ATTRIBUTE_CELL as _ATTR
from plancompare.structure.rowcells import NUMERIC_CELL
from plancompare.structure.tables import TableRegion


def parse_table(region: TableRegion, lines: dict[int, str],
                period: tuple[int, int] | None = None) -> ParsedTable:
    """Read a table's header and rows. ``lines`` maps raw line numbers to normalised text.

    Pure: does not modify its inputs. Handles pipe rows whose merged cells shifted
    the rest left (re-aligned on the 属性 column, or on the right edge when the
    table has none) and flattened tables (rows assembled from name, value and
    attribute cells; ``complete`` is False where cells were dropped).
    """
    notes, marker, fyp_end = _table_context(region, lines)
    body_lines = [n for n in region.lines if n not in region.note_lines and n != region.caption_line]
    if region.shape == "pipe":
        columns, rows = _parse_pipe(body_lines, lines, period, fyp_end, caption=region.caption)
    elif region.shape == "rows":
        columns, rows = _parse_rows(region, body_lines, period, fyp_end)
    else:
        columns, rows = _parse_flat(body_lines, lines, period, fyp_end)
    # a 完成 column without a year takes the year of the table's target column
    target_years = [c.year for c in columns if c.role == "target" and c.year]
    for c in columns:
        if c.role == "actual" and c.year is None and target_years:
            c.year = target_years[0]
    return ParsedTable(region, columns, rows, notes, marker, fyp_end)


def _split_pipe(text: str, keep_empty_end: bool = False) -> list[str]:
    """A pipe row's cells; empty cells at its end are dropped unless ``keep_empty_end`` (then only
    the nothing after a closing ``|`` is)."""
    cells = [c.strip() for c in text.split("|")]
    if keep_empty_end:
        if text.rstrip().endswith("|") and cells and cells[-1] == "":
            cells.pop()
    while cells and cells[-1] == "" and not keep_empty_end:
        cells.pop()
    if text.lstrip().startswith("|") and cells and cells[0] == "":
        cells.pop(0)
    return cells


def _parse_rows(region: TableRegion, body: list[int], period, fyp_end):
    """A row table: its rows' cells joined as pipe rows, read by the header line, or by the
    header inferred from the rows and the caption (:func:`inferred_header`) where it was lost."""
    cells = region.cells
    rows = [n for n in body if n in cells and n != region.header_line]
    as_pipe = {n: " | ".join(cells[n]) for n in rows}
    if region.header_line is not None:
        header = [classify_header(h, period, fyp_end) for h in cells[region.header_line] if h]
    else:
        header = inferred_header([cells[n] for n in rows], region.caption, period, fyp_end)
    return _parse_pipe(rows, as_pipe, period, fyp_end, header)


def inferred_header(rows: list[list[str]], caption: str, period, fyp_end) -> list[Column]:
    """The columns of a row table whose header line was lost, from its rows, caption and period.

    The layout (number, name, unit, values, attribute) is read off the rows. The
    value columns are named by the caption's parenthesis where it names as many
    (``主要指标(2020年基数、2025年目标)``); else two value columns before a 约束性/
    预期性 column are the plan's targets table (the year before the period as
    baseline, the last year as target); else they stay ambiguous. Every such
    column carries the flag saying how it was decided.
    """
    from plancompare.indicators.values import UNITS

    lengths = [len(r) for r in rows]
    width = max(set(lengths), key=lengths.count)
    sample = next(r for r in rows if len(r) == width)
    fields = []
    for j, c in enumerate(sample):
        compact = c.replace(" ", "")
        if _ATTR.match(compact):
            fields.append("attr")
        elif compact in UNITS and "name" in fields:
            fields.append("unit")
        elif _is_value_cell(compact) and "name" in fields:
            fields.append("value")
        else:
            fields.append("seq" if re.fullmatch(r"\*?\d{1,3}[.、]?", compact) and not fields else "name")
    k = fields.count("value")
    named = _caption_columns(caption, k, period, fyp_end)
    if named:
        values = [Column(c.label, "value", c.role, c.year, c.period_column,
                         f"header_inferred: columns named by the caption '{caption}'") for c in named]
    elif k == 2 and "attr" in fields and period is not None:
        why = (f"header_inferred: header lost; two value columns before 属性 read as "
               f"{period[0] - 1} baseline and {period[1]} target of the plan period")
        values = [Column(f"{period[0] - 1}年", "value", "baseline", period[0] - 1, inferred=why),
                  Column(f"{period[1]}年", "value", "target", period[1], inferred=why)]
    else:
        why = f"ambiguous: header lost; {k} value columns cannot be told apart"
        values = [Column(f"column {i + 1}", "value", inferred=why) for i in range(k)]
    it = iter(values)
    return [next(it) if f == "value" else Column(f, f) for f in fields]


def _caption_columns(caption: str, k: int, period, fyp_end) -> list[Column]:
    """The value columns a caption names in its last parenthesis, when it names exactly ``k``."""
    m = re.search(r"\(([^()]+)\)\s*$", caption)
    if not m or k == 0:
        return []
    parts = [p for p in re.split(r"[、,,;;和及]", m.group(1)) if p.strip()]
    cols = [classify_header(p, period, fyp_end) for p in parts]
    if len(cols) != k or any(c.field != "value" or not c.role or c.year is None for c in cols):
        return []
    return cols


def _parse_pipe(body: list[int], lines: dict[int, str], period, fyp_end, header: list[Column] | None = None,
                caption: str = ""):
    """Pipe rows read by the header (the first non-empty line, unless ``header`` is given: then every line
    is a row). A table whose first non-empty line is already a row of values lost its header: the columns
    are inferred from the rows and the caption (:func:`inferred_header`), and flagged."""
    if header is None:
        header, body = _pipe_header(body, lines, period, fyp_end, caption)
    fields = [c.field for c in header]
    h_attr = fields.index("attr") if "attr" in fields else None
    h_name = fields.index("name") if "name" in fields else 0
    value_idx = [j for j, c in enumerate(header) if c.field == "value"]
    rows: list[TableRow] = []
    category = ""
    for n in body:
        cells = _split_pipe(lines[n])
        if len(cells) < len(header) == len(full := _split_pipe(lines[n], keep_empty_end=True)):
            cells = full  # a whole row whose last cells are empty (a web page's, a Word or PDF table's)
        nonempty = [c for c in cells if c]
        if not nonempty or all(re.fullmatch(r":?-{2,}:?", c) for c in nonempty):
            continue  # |---|:--:| under a Markdown table's header: no row
        if len(nonempty) == 1:  # a category row ("一、就业 | ||||")
            category = _category_label(nonempty[0])
            continue
        r_attr = next((i for i, c in enumerate(cells) if _ATTR.match(c.replace(" ", ""))), None)
        attr = ""
        if h_attr is None and r_attr is not None:  # rows carry an attribute the header does not name
            attr = cells.pop(r_attr)
            r_attr = None
        if h_attr is not None and r_attr is not None:
            shift = r_attr - h_attr
        else:
            shift = len(cells) - len(header)
        name_i = h_name + shift
        aligned = 0 <= name_i < len(cells) and len(cells) - name_i == len(header) - h_name
        if not aligned:
            rows.append(_incomplete_pipe_row(cells, n, lines[n], category, "seq" in fields, attr))
            category = rows[-1].category
            continue
        lead = cells[:name_i]
        seq = ""
        if lead and "seq" in fields and re.fullmatch(r"\*?\d{1,3}[.、]?", lead[0]):
            seq = lead.pop(0).lstrip("*").rstrip(".、")
        if lead:
            category = _category_label(" ".join(c for c in lead if c))
        name, seq2, starred = _clean_name(cells[name_i])
        row = TableRow(name=name, name_line=n, category=category, seq=seq or seq2,
                       line_text=lines[n], starred=starred, realigned=shift != 0, attr=attr)
        for j, col in enumerate(header):
            i = j + shift
            cell = cells[i] if 0 <= i < len(cells) and j > h_name else None
            if col.field == "value":
                row.values.append(TableCell(cell, n) if cell else None)
            elif col.field == "attr" and cell:
                row.attr = cell
            elif col.field == "unit" and cell:
                row.unit = cell
        row.complete = len(value_idx) == len(row.values)
        rows.append(row)
    return header, rows


def _pipe_header(body: list[int], lines: dict[int, str], period, fyp_end,
                 caption: str) -> tuple[list[Column], list[int]]:
    """A pipe table's columns and its row lines: the first non-empty line is the header, unless it
    is already a row of values (then the header was lost and is inferred from the rows)."""
    body = list(itertools.dropwhile(lambda n: not any(_split_pipe(lines[n])), body))
    if not body:
        return [], []
    first = [h for h in _split_pipe(lines[body[0]]) if h]
    if _is_data_row(first):
        return inferred_header([_split_pipe(lines[n]) for n in body if any(_split_pipe(lines[n]))],
                               caption, period, fyp_end), body
    return [classify_header(h, period, fyp_end) for h in first], body[1:]


def _is_data_row(cells: list[str]) -> bool:
    """A row of values, not a header: a cell holds a plain number (a bare year such as 2020 is a header)."""
    return any(NUMERIC_CELL.match(c.replace(" ", "")) and not re.fullmatch(r"(19|20)\d\d", c.strip())
               for c in cells)


def _incomplete_pipe_row(cells: list[str], n: int, text: str, category: str, has_seq: bool,
                         attr: str) -> TableRow:
    """A pipe row with fewer cells than the header: kept in order, placed later from evidence."""
    from plancompare.indicators.values import UNITS

    rest = list(cells)
    seq = ""
    if rest and has_seq and re.fullmatch(r"\*?\d{1,3}", rest[0]):
        seq = rest.pop(0).lstrip("*")
    name_at = next((i for i, c in enumerate(rest) if c and not _is_value_cell(c.replace(" ", ""))
                    and not _ATTR.match(c.replace(" ", ""))), 0)
    if name_at > 0:
        category = _category_label(" ".join(c for c in rest[:name_at] if c))
    name, seq2, starred = _clean_name(rest[name_at] if rest else "")
    row = TableRow(name=name, name_line=n, category=category, seq=seq or seq2, line_text=text,
                   starred=starred, attr=attr, complete=False)
    for c in rest[name_at + 1:]:
        compact = c.replace(" ", "")
        if not compact:
            continue
        if _ATTR.match(compact):
            row.attr = compact
        elif compact in UNITS:
            row.unit = compact
        else:
            row.values.append(TableCell(c, n))
    return row


def _template_rows(cells: list[TableCell], header: list[Column]) -> list[TableRow] | None:
    """Rows of a flattened table read with the header as a template, anchored on the 属性 cells.

    Works when every row has its attribute cell and no other cell was dropped (a
    merged category cell may be missing or present). Returns None when the cells
    do not fit the template, so that the caller falls back to reading cell by cell.
    """
    fields = [c.field for c in header]
    if "attr" not in fields or "name" not in fields:
        return None
    a_at = fields.index("attr")
    before, after = fields[:a_at], fields[a_at + 1:]
    if "name" not in before:
        return None
    has_cat = "category" in before
    attrs = [i for i, c in enumerate(cells) if _ATTR.match(c.text.replace(" ", ""))]
    if len(attrs) < 2:
        return None
    rows: list[TableRow] = []
    category = ""
    pos = 0
    for ai in attrs:
        seg = cells[pos:ai]
        row = _template_row_before(seg, cells[ai].line, before, has_cat, category)
        if row is None:
            return None
        category = row.category
        row.attr = cells[ai].text.replace(" ", "")
        tail = cells[ai + 1: ai + 1 + len(after)]
        if len(tail) < len(after) or not _template_row_after(row, tail, after):
            return None
        if not row.name or _ATTR.match(row.name) or _is_value_cell(row.name.replace(" ", "")):
            return None
        row.line_text = " | ".join(c.text for c in seg + [cells[ai]] + tail)
        rows.append(row)
        pos = ai + 1 + len(after)
    if pos != len(cells):
        return None
    return rows


def _template_row_before(seg: list[TableCell], attr_line: int, before: list[str], has_cat: bool,
                         category: str) -> TableRow | None:
    """A row from the cells before its 属性 cell: number?, category (merged away, or present though
    the header lacks it), name, values; None when the cells do not fit."""
    n_min = len(before) - (1 if has_cat else 0)
    n_max = len(before) + (0 if has_cat else 1)
    if not n_min <= len(seg) <= n_max:
        return None
    extra = len(seg) - n_min  # 1 when a category cell is present
    layout = [f for f in before if f != "category"]
    if extra:
        insert_at = before.index("category") if has_cat else (1 if layout and layout[0] == "seq" else 0)
        layout = layout[:insert_at] + ["category"] + layout[insert_at:]
    row = TableRow(name="", name_line=seg[layout.index("name")].line if seg else attr_line,
                   category=category, line_text="")
    for f, cell in zip(layout, seg):
        if f == "category":
            row.category = _category_label(cell.text)
        elif f == "name":
            row.name, seq, row.starred = _clean_name(cell.text)
            row.seq = row.seq or seq
        elif f == "seq":
            row.seq = cell.text.lstrip("*")
        elif f == "value":
            row.values.append(cell)
        elif f == "unit":
            row.unit = cell.text
    return row


def _template_row_after(row: TableRow, tail: list[TableCell], after: list[str]) -> bool:
    """Add the cells after the 属性 cell (values, unit) to ``row``; False when they do not fit."""
    for f, cell in zip(after, tail):
        if f == "value":
            row.values.append(cell)
        elif f == "unit":
            row.unit = cell.text
        elif f == "name" or f == "attr":
            return False
    return True


_UNIT_CELL = re.compile(r"(?:万|亿|千)?(?:人次|人|户|个|元|家|项|名)|%|‰|个百分点|年")


def _parse_flat(body: list[int], lines: dict[int, str], period, fyp_end):
    cells = [TableCell(lines[n], n) for n in body]
    # header: the cells before the first category or row name
    k = 0
    while k < len(cells):
        t = _compact(cells[k].text)
        if (_CN_CATEGORY.match(t) or _ROW_NUMBER.match(t) or not _HEADER_WORDS.search(t)) \
                and not _BARE_PERIOD.match(t):
            break
        if re.fullmatch(r"[^级]{2,8}指标", t) and any(re.fullmatch(r"[一二三四]级指标", _compact(c.text)) for c in cells[:k]):
            break  # 一级指标 二级指标 三级指标 … then 产出指标 数量指标: a performance table's first row
        if k == 0 and len(t) >= 10 and re.search(r"(?:数据|情况|指标|统计|一览)$", t):
            break  # 2023年全市人社事业主要数据: a title above names and values, not a column
        k += 1
    merged = _merge_header_fragments(cells[:k])
    header, rows = _flat_rows(cells[k:], [classify_header(c.text, period, fyp_end) for c in merged])
    if len(merged) < k and rows and not any(r.complete for r in rows):  # 2023年 目标值: two columns, not one
        plain = _flat_rows(cells[k:], [classify_header(c.text, period, fyp_end) for c in cells[:k]])
        if all(r.complete for r in plain[1]):
            return plain
    return header, rows


def _flat_rows(body_cells: list[TableCell], header: list[Column], worded: bool = False) -> tuple[list[Column], list[TableRow]]:
    """The rows of a flattened table's cells after its header, read by the header's columns; when no row fits, a
    column of words (完成情况 holding 超额完成, 基本完成) is tried as a remark, whose cells are no values."""
    n_values = sum(c.field == "value" for c in header)
    units = any(c.field == "unit" for c in header)  # a unit column: 人, %, 万人 cells are units, not names
    seqs, numbered_next = any(c.field == "seq" for c in header), ""  # a number column: 1, 2, 3 before the names
    templated = _template_rows(body_cells, header)
    if templated is not None:
        return header, templated
    rows: list[TableRow] = []
    category = ""
    current: TableRow | None = None
    for idx, cell in enumerate(body_cells):
        t = cell.text.strip()
        compact = t.replace(" ", "")
        nxt = body_cells[idx + 1].text.replace(" ", "") if idx + 1 < len(body_cells) else ""
        if _ATTR.match(compact):
            if current is not None:
                current.attr = compact
            continue
        if STATUS_CELL.fullmatch(compact) and current is not None and current.values:
            current.line_text += " | " + t  # 超额完成 under 完成情况: said of the row, no value
            continue
        if re.fullmatch(r"\([^()]{1,8}\)?", compact) and current is not None and not current.values:
            current.name += compact  # a unit the scrape put on its own line: "(亿元)"
            current.line_text += compact
            continue
        if seqs and re.fullmatch(r"\d{1,2}", compact) and nxt and not _is_value_cell(nxt) and not _ATTR.match(nxt):
            current, numbered_next = None, compact  # 序号 | 指标 | …: a row's number before its name, not a value
            continue
        if units and _UNIT_CELL.fullmatch(compact) and current is not None and not current.values and not current.unit:
            current.unit = compact  # 城镇新增就业人数 | 人 | 3260: the unit column's cell
            current.line_text += " | " + t
            continue
        if _is_value_cell(compact) and current is not None:
            current.values.append(TableCell(t, cell.line))
            current.line_text += " | " + t
            continue
        # a name cell: a category unless it is numbered or followed by a value
        numbered, numbered_next = bool(_ROW_NUMBER.match(compact)) or bool(numbered_next), ""
        follows_value = _is_value_cell(nxt) or _ATTR.match(nxt) or re.fullmatch(r"\([^()]{1,8}\)?", nxt) or (
            units and _UNIT_CELL.fullmatch(nxt))
        if _CN_CATEGORY.match(compact) or (not numbered and not follows_value):
            category = _category_label(t)
            current = None
            continue
        name, seq, starred = _clean_name(t)
        current = TableRow(name=name, name_line=cell.line, category=category, seq=seq,
                           line_text=t, starred=starred)
        rows.append(current)
    kinds = [c.field for c in header if c.field in ("value", "remark")]
    for row in rows:
        if len(kinds) > n_values and len(row.values) == len(kinds):  # 2023年末 | 比上年末增长(%): no level in the second
            row.values = [v for v, k in zip(row.values, kinds) if k == "value"]
        row.complete = len(row.values) == n_values
    if worded or any(r.complete for r in rows) or (alt := worded_columns(header, body_cells)) is header:
        return header, rows
    tried = _flat_rows(body_cells, alt, True)
    return tried if all(r.complete for r in tried[1]) else (header, rows)
