"""Variants of a plan text, as other sites and reposts serve the same plan (used by the tests only)."""

from __future__ import annotations

import re

from plancompare.structure.tables import find_tables, pipe_cells
from plancompare.indicators.table_rows import parse_table
from plancompare.read.decoding import Line, decode, split_lines
from plancompare.read.normalization import normalize

_ASCII_TO_FULL = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}


def _text(data: bytes) -> str:
    return decode(data)[0]


def gb18030(data: bytes) -> bytes:
    return _text(data).encode("gb18030")


def utf8_bom(data: bytes) -> bytes:
    return b"\xef\xbb\xbf" + _text(data).encode("utf-8")


def crlf(data: bytes) -> bytes:
    return "\r\n".join(split_lines(_text(data))).encode("utf-8")


def traditional(data: bytes) -> bytes:
    import opencc

    return opencc.OpenCC("s2t").convert(_text(data)).encode("utf-8")


def fullwidth(data: bytes) -> bytes:
    return _text(data).translate(_ASCII_TO_FULL).encode("utf-8")


def blank_lines_removed(data: bytes) -> bytes:
    return "\n".join(ln for ln in split_lines(_text(data)) if normalize(ln)).encode("utf-8")


def blank_lines_doubled(data: bytes) -> bytes:
    return "\n".join(ln + "\n" for ln in split_lines(_text(data))).encode("utf-8")


def whitespace(data: bytes) -> bytes:
    return "\n".join(f" \u3000{ln}\u00a0 \t" if ln.strip() else ln for ln in split_lines(_text(data))).encode("utf-8")


def _lines(text: str) -> list[Line]:
    return [Line(i + 1, raw, normalize(raw)) for i, raw in enumerate(split_lines(text))]


def pipe_to_flat(data: bytes) -> bytes:
    """Pipe tables re-rendered one cell per line, empty cells dropped (as flattening scrapes do)."""
    text = _text(data)
    lines = _lines(text)
    out = [ln.raw for ln in lines]
    for region in find_tables(lines):
        if region.shape != "pipe":
            continue
        for n in region.lines:
            cells = pipe_cells(lines[n - 1].text)
            out[n - 1] = "\n\n".join(cells)
    return "\n".join(out).encode("utf-8")


def flat_to_pipe(data: bytes) -> bytes:
    """Flattened tables re-rendered as pipe rows: one row per indicator, cells as the scrape left them."""
    text = _text(data)
    lines = _lines(text)
    by_no = {ln.no: ln.text for ln in lines}
    out = [ln.raw for ln in lines]
    for region in find_tables(lines):
        if region.shape != "flat":
            continue
        table = parse_table(region, by_no)
        rendered = []
        header = [c.label for c in table.columns]
        if not any(c.field == "name" for c in table.columns):
            header = ["指标"] + header
        rendered.append(" | ".join(header) + " |")
        category = None
        for row in table.rows:
            if row.category != category:
                rendered.append(f"{row.category} | |")
                category = row.category
            cells = [("*" if row.starred else "") + (f"{row.seq}." if row.seq else "") + row.name]
            cells += [v.text for v in row.values if v]
            if row.attr:
                cells.append(row.attr)
            rendered.append(" | ".join(cells) + " |")
        keep = [n for n in region.lines if n == region.caption_line or n in region.note_lines]
        first = min(n for n in region.lines if n not in keep)
        for n in region.lines:
            if n not in keep:
                out[n - 1] = None
        out[first - 1] = "\n".join(rendered)
    return "\n".join(x for x in out if x is not None).encode("utf-8")


VARIANTS = {
    "gb18030": gb18030, "utf8_bom": utf8_bom, "crlf": crlf, "traditional": traditional,
    "fullwidth": fullwidth, "blank_lines_removed": blank_lines_removed,
    "blank_lines_doubled": blank_lines_doubled, "whitespace": whitespace,
    "pipe_to_flat": pipe_to_flat, "flat_to_pipe": flat_to_pipe,
}


def signature(result) -> dict:
    """What must not change between variants: heading tree, paragraph count, indicator values."""
    t = result.tables
    tree = [(s["level"], s["number"], s["title"], s["kind"]) for s in t["sections"]
            if s["kind"] not in ("table", "document")]
    values = sorted((r["indicator_id"] or r["indicator_name"], r["role"], str(r["year"]), repr(r["value"]),
                     r["comparator"], r["cumulative"], r["basis"], r["source"], r["alignment"])
                    for r in t["indicators"])
    return {"tree": tree, "paragraphs": len(t["paragraphs"]), "indicators": values,
            "tables": sum(1 for s in t["sections"] if s["kind"] == "table")}


def strip_pipes(text: str) -> str:
    return re.sub(r"\s*\|\s*", " ", text)
