"""Parsing a plan's lines into a heading tree, paragraphs and a line ledger.

Every non-blank raw line ends up with exactly one ``kind`` in the line ledger:

``furniture``  web-page furniture (breadcrumbs, share buttons, site footer);
``meta``       document metadata before the plan title (document number, dates,
               issuer, index number, disclosure note);
``title``      the plan's title line(s);
``heading``    a heading (第X章, 第X节, 一、, (一), 1., (1), 专栏N, ——lead-in,
               an appendix such as 指标解释, a notice title); when the heading
               runs into its text on the same line ("(一)发展基础。“十二五”期间…")
               the line also holds a paragraph with the text after the title;
``table``      a table row, cell, caption or note (see :mod:`plancompare.tables`);
``paragraph``  running text.

Headings nest by their numbering style, in the order the styles first appear
(the way the documents themselves nest them), so the same code reads
第X章/第X节 plans and 一、/(一)/1./(1) plans. Chapter headings whose "第X章"
prefix was lost in a scrape are recognised from their place (a short
title-like line followed by a 第一节) and numbered after the previous chapter,
with the flag ``number_inferred``.
"""

from __future__ import annotations

import re
from typing import Sequence

from plancompare.read.catalog import CatalogRow
from plancompare.read.decoding import Document, Line
from plancompare.structure.headings import (
    _KIND_OF_STYLE,
    _META,
    _NOTICE_TITLE,
    _NUMBER_FORMAT,
    _STRONG,
    _find_title,
    _Heading,
    _is_title_like,
    match_heading,
)
from plancompare.structure.model import LineRecord, Paragraph, ParsedPlan, Section
from plancompare.structure.numbering import cn_to_int, int_to_cn
from plancompare.structure.tables import TableRegion, find_tables, pipe_cells


def parse_document(doc: Document, row: CatalogRow | None = None,
                   furniture: Sequence[re.Pattern] = ()) -> ParsedPlan:
    """Parse a decoded document into sections, paragraphs and a line ledger.

    ``row`` (the catalog row) helps to find the title; ``furniture`` holds the
    compiled furniture patterns. Does not modify ``doc``.
    """
    lines = doc.lines
    by_no = {ln.no: ln for ln in lines}
    records: dict[int, LineRecord] = {}
    plan_flags: list[str] = []

    furn = {ln.no for ln in lines if ln.text and any(p.match(ln.text) for p in furniture)}
    for n in furn:
        records[n] = LineRecord(by_no[n], "furniture")
    tables = find_tables(lines, skip=furn)
    table_start = {t.start: t for t in tables}
    table_lines = {n for t in tables for n in t.lines}

    title_lines = _find_title(lines, furn | table_lines, row)
    if not title_lines:
        plan_flags.append("title_not_found")
    body_start = (title_lines[-1] + 1) if title_lines else 1

    root = Section(0, None, "document", "root", "", "", lines[0].no if lines else 1)
    if title_lines:
        root.title = "".join(by_no[n].text for n in title_lines)
        root.line_start = title_lines[0]
    elif row is not None:
        root.title = row.title
    sections: list[Section] = [root]
    paragraphs: list[Paragraph] = []
    stack: list[Section] = [root]
    chapters_seen: list[int] = []

    def new_section(kind: str, style: str, number: str, title: str, line: int,
                    parent: Section, flags: list[str] | None = None) -> Section:
        sec = Section(len(sections), parent, kind, style, number, title, line, flags or [])
        sections.append(sec)
        return sec

    def add_paragraph(sec: Section, ln: Line, text: str, kind: str) -> Paragraph:
        para = Paragraph(len(paragraphs), sec, ln.no, text, kind)
        paragraphs.append(para)
        return para

    def paragraph_kind(sec: Section) -> str:
        s: Section | None = sec
        while s is not None:
            if s.kind in ("notice", "box", "appendix"):
                return {"appendix": "definition"}.get(s.kind, s.kind)
            s = s.parent
        return "text"

    def open_box() -> Section | None:
        for s in reversed(stack):
            if s.kind == "box":
                return s
        return None

    def close_box() -> None:
        box = open_box()
        if box is not None:
            del stack[stack.index(box):]

    def place(h: _Heading) -> Section:
        """Put a heading into the tree by its style and return its node."""
        style = h.style
        box = open_box()
        if style in _STRONG or style == "chapter_inferred":
            close_box()
        if style in ("chapter", "chapter_inferred", "appendix"):
            del stack[1:]
        elif style == "box":
            close_box()
        elif style != "bullet":
            # look for a sibling of the same style; inside a box only within the box
            floor = stack.index(box) + 1 if (box is not None and style not in _STRONG) else 1
            styles = [s.style for s in stack[floor:]]
            if style in styles:
                del stack[floor + styles.index(style):]
        parent = stack[-1]
        kind = _KIND_OF_STYLE.get(style, "chapter")
        if kind in ("heading", "chapter", "section"):
            # the role follows the place: top-level numbered headings are the chapters
            # whatever their numbering (第X章 or 一、), the level below them the sections
            kind = {0: "chapter", 1: "section"}.get(parent.level, "heading")
            if parent.kind in ("box", "appendix", "notice") or (
                    parent.level == 1 and parent.kind != "chapter"):
                kind = "heading"
        number = _NUMBER_FORMAT.get(style, "第{}章").format(h.number) if h.number else ""
        flags = ["number_inferred"] if style == "chapter_inferred" else []
        sec = new_section(kind, "chapter" if style == "chapter_inferred" else style,
                          number, h.title, 0, parent, flags)
        if style != "bullet":
            stack.append(sec)
        if box is not None and parent is not root and open_box() is box:
            box.state = "item" if not h.body else "content"
        return sec

    # Pre-compute heading matches for the look-ahead of prefix-less chapters.
    body_lines = [ln for ln in lines if ln.no >= body_start and ln.text
                  and ln.no not in furn and ln.no not in table_lines]
    matches = {ln.no: match_heading(_strip_pipes(ln.text)) for ln in body_lines}

    notice: Section | None = None
    tables_out: list[tuple[Section, TableRegion]] = []
    for ln in lines:
        if ln.no in records:
            continue
        text = ln.text
        if not text or not text.strip("| "):
            records[ln.no] = LineRecord(ln, "blank")
            continue
        # ---- preamble: metadata, notice, title -------------------------------------------
        if ln.no in title_lines:
            stack[:] = [root]
            records[ln.no] = LineRecord(ln, "title", root)
            continue
        if ln.no < body_start:
            if ln.no in table_lines:
                pass  # handled below with the body
            elif any(p.search(text) for p in _META) and len(text) <= 60:
                records[ln.no] = LineRecord(ln, "meta")
                continue
            elif _NOTICE_TITLE.search(text) and notice is None:
                notice = new_section("notice", "notice", "", text, ln.no, root)
                stack[:] = [root, notice]
                records[ln.no] = LineRecord(ln, "heading", notice)
                continue
            else:
                sec = stack[-1]
                para = add_paragraph(sec, ln, _strip_pipes(text), paragraph_kind(sec))
                records[ln.no] = LineRecord(ln, "paragraph", sec, para)
                continue
        # ---- tables --------------------------------------------------------------------------
        if ln.no in table_lines:
            region = table_start.get(ln.no)
            if region is None:
                continue  # recorded when the table started
            parent_for_table = stack[-1]
            cap_is_box = region.caption_line is not None and bool(
                re.match(r"^专栏\s*\d+", region.caption))
            if cap_is_box:
                h = match_heading(region.caption) or _Heading("box", "", region.caption, "")
                box = place(h)
                box.line_start = region.caption_line
                records[region.caption_line] = LineRecord(by_no[region.caption_line], "heading", box)
                parent_for_table = box
            table = new_section("table", "table", "", region.caption if not cap_is_box else
                                (box.title or region.caption), 0, parent_for_table)
            cells = [n for n in region.lines if not (cap_is_box and n == region.caption_line)]
            table.line_start = cells[0] if cells else region.start
            for n in cells:
                records[n] = LineRecord(by_no[n], "table", table)
            if cap_is_box:
                box.state = "content"
            tables_out.append((table, region))
            continue
        # ---- headings ------------------------------------------------------------------------
        clean = _strip_pipes(text)
        h = matches.get(ln.no)
        if h is None and _is_title_like(clean) and chapters_seen and _next_is_first_section(
                ln.no, body_lines, matches):
            h = _Heading("chapter_inferred", int_to_cn(chapters_seen[-1] + 1), clean, "")
        if h is not None:
            sec = place(h)
            sec.line_start = ln.no
            if sec.kind == "chapter":
                n = cn_to_int(h.number) if h.number else None
                if n is not None:
                    chapters_seen.append(n)
            rec = LineRecord(ln, "heading", sec)
            if h.body:
                rec.paragraph = add_paragraph(sec, ln, h.body, paragraph_kind(sec))
            records[ln.no] = rec
            continue
        # ---- paragraphs ----------------------------------------------------------------------
        box = open_box()
        if box is not None:
            top = stack[-1]
            if box.state in ("start", "item") or (top is not box and top.state == "item"):
                box.state = "content"
                top.state = "content"
            elif "|" in text and box.state == "content":
                pass  # pipe-laid box text continues the box
            else:
                close_box()
        sec = stack[-1]
        para = add_paragraph(sec, ln, clean, paragraph_kind(sec))
        records[ln.no] = LineRecord(ln, "paragraph", sec, para)

    _finish_line_ends(sections, records)
    # the root spans the whole file, notice and furniture included
    root.line_start = lines[0].no if lines else 1
    root.line_end = lines[-1].no if lines else 1
    ordered = [records[ln.no] for ln in lines]
    return ParsedPlan(sections, paragraphs, ordered, tables_out, plan_flags)


def _strip_pipes(text: str) -> str:
    """Text of a line laid out with pipes but holding one cell ("专栏3 促进就业项目 |")."""
    if "|" not in text:
        return text
    cells = pipe_cells(text)
    return " ".join(cells) if len(cells) <= 1 else text


def _next_is_first_section(no: int, body_lines: Sequence[Line], matches: dict) -> bool:
    """True when the next heading after line ``no`` is 第一节 (within a few lines)."""
    import bisect
    import itertools

    seen = 0
    start = bisect.bisect_right(body_lines, no, key=lambda ln: ln.no)  # body lines are in raw order
    for ln in itertools.islice(body_lines, start, None):
        h = matches.get(ln.no)
        if h is not None and h.style in ("section", "chapter"):
            return h.style == "section" and cn_to_int(h.number) == 1
        seen += 1
        if seen > 6:
            return False
    return False


def _finish_line_ends(sections: list[Section], records: dict[int, LineRecord]) -> None:
    last: dict[int, int] = {}
    for rec in records.values():
        if rec.section is not None:
            s: Section | None = rec.section
            while s is not None:
                if rec.line.no > last.get(s.index, 0):
                    last[s.index] = rec.line.no
                s = s.parent
    for sec in sections:
        sec.line_end = max(last.get(sec.index, sec.line_start), sec.line_start)
