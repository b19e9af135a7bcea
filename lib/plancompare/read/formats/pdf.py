"""A text-based PDF (``.pdf``) as ledger lines (pdfplumber).

* **Tables** drawn with ruling lines are found by pdfplumber; a merged cell (one rectangle over
  several grid positions) stands in each position it covers, and each row is one pipe row
  (:mod:`plancompare.read.formats.grid`), located ``page P table T row R``.
* **Text** outside the tables is read line by line in reading order (top to bottom), located
  ``page P line L`` (L counts the page's text lines). A gap of about a character or more inside a
  line (columns aligned without ruling lines) is written as a tab, which the row-table reader
  splits cells at. A line that runs to the right margin continues on the next line that starts
  at the left margin (a paragraph wrapped by the page), across a page break too; the joined
  line is located ``page P lines L-M``. Page numbers alone on the first or last line of a page
  are left out, and so are running headers and footers (a first or last line that recurs,
  digits aside, on half the pages or more).
* **Refused**: a PDF that needs a password (encrypted), and one without a text layer (a scan),
  each with what to do.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from plancompare.errors import DecodingError, FormatError
from plancompare.read.formats.grid import GridCell, join_parts, table_lines

_PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$")
#: a gap wider than this many character widths inside a line separates two cells (text set in
#: a paragraph has none: its characters stand next to each other, its words a space apart)
_CELL_GAP = 0.9
#: a line ending within this many character widths of the right margin is wrapped
_WRAP_SLACK = 1.5
#: a line ending a sentence ends its paragraph (one that ends a sentence at the margin and goes on
#: is split in two, which loses nothing; a heading joined to the paragraph before would be lost)
_SENTENCE_END = ("。", "！", "？", "!", "?", "；", ";", ":", "：")


@dataclass
class _TextLine:
    page: int
    no: int
    text: str
    x0: float
    x1: float
    size: float
    top: float
    last: int = 0  # the number of the page's last text line


def _open(data: bytes, path: str | Path):
    import pdfplumber

    if not data.startswith(b"%PDF"):
        raise DecodingError("is not a PDF file (it does not start with %PDF)", file=path,
                            hint="check the file; a saved web page is .html, a Word file .docx")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018  (reads the page tree: fails here on an encrypted file)
        return pdf
    except Exception as exc:  # pdfminer's password and syntax errors, wrapped by pdfplumber
        chain = " ".join(repr(e) for e in (exc, *exc.args, exc.__cause__, exc.__context__) if e is not None)
        if re.search(r"password|encrypt", chain, re.I):
            raise FormatError("is an encrypted PDF that needs a password", file=path,
                              hint="open it with its password and save or print it to a PDF without "
                                   "one, or ask the publisher for an open copy") from None
        raise DecodingError(f"cannot be read as a PDF ({type(exc).__name__})", file=path,
                            hint="open it in a PDF reader and save it again") from None


def _cell_text(text: str | None) -> str:
    return join_parts((text or "").split("\n"))


def _table(table, p: int, t: int) -> list[tuple[str, str]]:
    """One ruled table: every grid position takes the text of the cell rectangle covering it."""
    rows = table.rows
    xs = sorted({round(c[0], 1) for r in rows for c in r.cells if c} | {round(table.bbox[2], 1)})
    texts = {}
    for r, values in zip(rows, table.extract()):
        for bbox, value in zip(r.cells, values):
            if bbox is not None:
                texts[bbox] = _cell_text(value)
    grid, locators = [], []
    for i, r in enumerate(rows):
        top, bottom = r.bbox[1], r.bbox[3]
        row = []
        for x0, x1 in zip(xs, xs[1:]):
            mx, my = (x0 + x1) / 2, (top + bottom) / 2
            bbox = next((b for b in texts if b[0] <= mx <= b[2] and b[1] <= my <= b[3]), None)
            row.append(GridCell(texts[bbox], bbox) if bbox else GridCell("", (i, x0)))
        grid.append(row)
        locators.append(f"page {p} table {t} row {i + 1}")
    return table_lines(grid, locators)


def _line_text(chars: list[dict], size: float) -> str:
    """A line's characters, with a space where the PDF has one or a gap wider than the line's
    usual spacing between characters (justified text spreads them evenly), and a tab at a
    cell-wide gap."""
    glyphs = [ch for ch in chars if ch["text"].strip()]
    gaps = [b["x0"] - a["x1"] for a, b in zip(glyphs, glyphs[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
    out, last, space = "", None, False
    for ch in chars:
        if not ch["text"].strip():
            space = True
            continue
        if last is not None:
            gap = ch["x0"] - last
            out += "\t" if gap > _CELL_GAP * size else " " if space or gap > usual + 0.15 * size else ""
        out += ch["text"]
        last, space = ch["x1"], False
    return out


def _page_items(page, p: int) -> list[tuple[float, object]]:
    """The page's text lines and tables, each with its top, in reading order."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        mx, my = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= mx <= b[2] and b[1] <= my <= b[3] for b in boxes)

    items: list[tuple[float, object]] = [(t.bbox[1], ("table", t, p)) for t in tables]
    text_lines = page.filter(outside).extract_text_lines(strip=True, return_chars=True)
    kept = [ln for ln in text_lines if ln["text"].strip()]
    for k, ln in enumerate(kept, start=1):
        if k in (1, len(kept)) and _PAGE_NUMBER.match(ln["text"].strip()):
            continue
        size = statistics.median(c["size"] for c in ln["chars"]) if ln["chars"] else 10.0
        items.append((ln["top"], _TextLine(p, k, _line_text(ln["chars"], size), ln["x0"], ln["x1"], size,
                                                 ln["top"], len(kept))))
    items.sort(key=lambda it: it[0])
    return items


def _wraps(prev: _TextLine, line: _TextLine, left: float, right: float, pitch: float) -> bool:
    """Whether ``line`` goes on with the paragraph ``prev`` ended: ``prev`` runs to the right margin
    without ending a sentence, ``line`` starts at the left margin, no wider gap than between the
    lines of a paragraph (or a new page) between them, and neither is a row of aligned cells."""
    return (prev.x1 >= right - _WRAP_SLACK * prev.size and line.x0 <= left + line.size / 2
            and not prev.text.endswith(_SENTENCE_END) and "\t" not in prev.text + line.text
            and (line.page != prev.page or line.top - prev.top <= pitch * 1.2))


def _join_wrapped(items: list[object]) -> list[tuple[str, str]]:
    """Text lines joined where the page wrapped a paragraph; tables already rendered."""
    text_lines = [it for it in items if isinstance(it, _TextLine)]
    right = max((ln.x1 for ln in text_lines), default=0.0)
    left = min((ln.x0 for ln in text_lines), default=0.0)
    steps = [b.top - a.top for a, b in zip(text_lines, text_lines[1:]) if a.page == b.page and b.top > a.top]
    pitch = min(steps) if steps else 0.0  # the line spacing inside a paragraph
    out: list[tuple[str, str]] = []
    run: list[_TextLine] = []

    def close() -> None:
        if run:
            out.append((join_parts([ln.text for ln in run]), _span_locator(run)))
            run.clear()

    for it in items:
        if not isinstance(it, _TextLine):
            close()
            out.extend(it)
            continue
        if run and not _wraps(run[-1], it, left, right, pitch):
            close()
        run.append(it)
    close()
    return out


def _span_locator(run: list[_TextLine]) -> str:
    first, last = run[0], run[-1]
    if len(run) == 1:
        return f"page {first.page} line {first.no}"
    if first.page == last.page:
        return f"page {first.page} lines {first.no}-{last.no}"
    return f"page {first.page} line {first.no} to page {last.page} line {last.no}"


def render_pdf(data: bytes, path: str | Path) -> list[tuple[str, str]]:
    """The PDF as ledger lines ``(text, locator)``; refuses encrypted and scanned PDFs."""
    with _open(data, path) as pdf:
        if not any(page.chars for page in pdf.pages):
            raise FormatError("has no text layer (a scanned PDF)", file=path,
                              hint="run OCR on it (for example ocrmypdf -l chi_sim) or get the text "
                                   "version (a web page, .docx or text PDF) from the publisher")
        pages = [_page_items(page, p) for p, page in enumerate(pdf.pages, start=1)]
        running = _running_lines(pages)
        items: list[object] = []
        for page_items in pages:
            t = 0
            for _, item in page_items:
                if isinstance(item, tuple):
                    t += 1
                    items.append(_table(item[1], item[2], t))
                elif _digitless(item.text) not in running or item.no not in (1, item.last):
                    items.append(item)
    return _join_wrapped(items)


def _digitless(text: str) -> str:
    return re.sub(r"\d+", "#", text.replace(" ", ""))


def _running_lines(pages: list[list[tuple[float, object]]]) -> set[str]:
    """The running headers and footers: a first or last line of a page that stands (digits
    aside: 第3页) first or last on at least half of the pages, and on two at least."""
    seen: dict[str, int] = {}
    for items in pages:
        lines = [it for _, it in items if isinstance(it, _TextLine)]
        ends = {_digitless(ln.text) for ln in lines if ln.no in (1, ln.last)}
        for text in ends:
            seen[text] = seen.get(text, 0) + 1
    return {text for text, n in seen.items() if n >= 2 and n * 2 >= len(pages)}
