"""A Word document (``.docx``) as ledger lines.

Paragraphs and tables are read in the body's order (python-docx). Each paragraph gives one
line (a soft line break inside it, more), located ``paragraph N`` (the N-th paragraph of the
body, counting empty ones). Each table row gives one pipe row located ``table T row R``;
python-docx repeats a merged cell (``gridSpan``, ``vMerge``) in every grid position it
covers, which is what :mod:`plancompare.read.formats.grid` expects. Headers, footers,
footnotes and comments are not part of the plan's text and are not read. Automatic list
numbering (a heading numbered by Word's numbering, not typed) is not in the text and is lost.

A legacy Word or WPS file (an OLE compound file, also what a password-protected ``.docx`` is)
is refused with what to do.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from plancompare.errors import DecodingError, FormatError
from plancompare.read.formats.grid import GridCell, join_parts, table_lines

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _open(data: bytes, path: str | Path):
    import docx

    if data.startswith(OLE_MAGIC):
        raise FormatError("is a legacy Word/WPS file or a password-protected document, not a .docx",
                          file=path, hint="remove the password, or convert it with LibreOffice: "
                                          "soffice --headless --convert-to docx FILE")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DecodingError("is not a Word .docx file (not a zip package)", file=path,
                            hint="save it from Word or LibreOffice as .docx")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise DecodingError(f"cannot be read as a .docx file ({type(exc).__name__}: {exc})", file=path,
                            hint="open it in Word or LibreOffice and save it again as .docx") from None


def _table(table, t: int) -> list[tuple[str, str]]:
    grid, locators = [], []
    for r, row in enumerate(table.rows, start=1):
        cells = row.cells
        grid.append([GridCell(join_parts([p.text for p in c.paragraphs]), id(c._tc)) for c in cells])
        locators.append(f"table {t} row {r}")
    width = max((len(r) for r in grid), default=0)
    for i, row in enumerate(grid):
        row.extend(GridCell("", (i, k)) for k in range(len(row), width))
    return table_lines(grid, locators)


def render_docx(data: bytes, path: str | Path) -> list[tuple[str, str]]:
    """The document as ledger lines ``(text, locator)``: paragraphs and table rows in body order."""
    from docx.table import Table

    document = _open(data, path)
    lines: list[tuple[str, str]] = []
    n_par = n_tab = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            n_tab += 1
            lines.extend(_table(block, n_tab))
            continue
        n_par += 1
        for piece in block.text.split("\n"):
            lines.append((piece.strip(), f"paragraph {n_par}"))
    if not any(text for text, _ in lines):
        raise DecodingError("the document holds no text", file=path,
                            hint="a scanned document needs OCR; or put the plan's text in it")
    return lines
