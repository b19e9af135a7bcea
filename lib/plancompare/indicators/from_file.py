"""Indicator values stated in a document that is not one of the catalog's plans: a bulletin, a work report, a
year-end summary, another region's plan saved as text, HTML, Word or PDF (``plancompare extract``).

The file is read as raw plans are (encoding detected, web pages and Word files rendered to lines), and every
value keeps the file and the line it stands on, so that a user can check each one against the document.
"""

from __future__ import annotations

import re
from pathlib import Path

from plancompare.errors import PlanError

#: a period as the user writes it: 2024, 2021-2025, 2021—2025, 2021～2025
_PERIOD = re.compile(r"\s*((?:19|20)\d\d)\s*(?:[-–—~～至到]\s*((?:19|20)\d\d))?\s*")


def parse_period(value: str | None) -> tuple[int, int] | None:
    """``"2024"`` → (2024, 2024), ``"2021-2025"`` → (2021, 2025); empty → None. Anything else is refused."""
    if value is None or not str(value).strip():
        return None
    m = _PERIOD.fullmatch(str(value))
    start = int(m.group(1)) if m else 0
    end = int(m.group(2) or start) if m else 0
    if not m or end < start or end - start > 10:
        raise PlanError(f"cannot read the period {value!r}",
                        hint="give one year for a one-year document (2024) or a plan's years (2021-2025)")
    return start, end


def check_kind(kind: str, file: str | Path | None = None) -> str:
    """``kind`` if it is one of ``document_kinds`` in prose.yaml (or empty); else a :class:`PlanError` listing them."""
    from plancompare.indicators.prose_rules import load_rules

    kinds = load_rules().kinds
    if kind and kind not in kinds:
        raise PlanError(f"unknown kind of document {kind!r}", file=file,
                        hint=f"use one of {', '.join(kinds)}, or leave it out when the text says what it is")
    return kind


def extract_file(path: str | Path, period: tuple[int, int] | None = None, section: str = "", kind: str = ""):
    """The indicator values stated in the document at ``path``, as :func:`~plancompare.extract_indicators` reads
    them, with ``source_file`` set to ``path`` and ``source_line`` the line of the file (of its rendering, for a
    web page, Word or PDF file) each value stands on. A file that cannot be read raises a :class:`PlanError`
    naming it."""
    from plancompare.indicators.extract import extract_indicators
    from plancompare.read.decoding import read_document

    path = Path(path)
    check_kind(kind, path)
    if path.is_dir() or not path.exists():
        raise PlanError("this is a folder, not a document" if path.is_dir() else "file not found", file=path,
                        hint="name a .txt, .html, .docx or .pdf file")
    document = read_document(path)
    table = extract_indicators("\n".join(line.raw for line in document.lines), period, section, kind)
    table["source_file"] = str(path)
    return table
