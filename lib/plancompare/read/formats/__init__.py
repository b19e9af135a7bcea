"""Published formats of a plan, rendered to the lines a text plan has.

A raw file is read by its extension: ``.html``/``.htm`` (a saved web page), ``.docx`` (Word)
and ``.pdf`` (with a text layer) are rendered to lines, each with a locator saying where it is
in the original (an element path, ``paragraph 12``, ``page 3 line 7``), and tables are
written as pipe rows with merged cells expanded; any other file is a plain text, decoded as
before (:func:`plancompare.read.decoding.decode`). Legacy Word and WPS files are refused with
what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plancompare.errors import DecodingError, FormatError, PlanError

#: extensions rendered from a structured format
STRUCTURED = (".html", ".htm", ".docx", ".pdf")
#: extensions refused, with the name of the format for the message
LEGACY = {".doc": "a legacy Word .doc file", ".wps": "a WPS Writer file", ".ofd": "an OFD document"}


@dataclass(frozen=True)
class Rendering:
    """A document rendered to lines: each line's text and locator, and how it was read."""

    lines: tuple[tuple[str, str], ...]
    encoding: str


def render(path: str | Path, data: bytes) -> Rendering | None:
    """Render a structured document to lines; None for a plain text file (read as text)."""
    suffix = Path(path).suffix.lower()
    if suffix in LEGACY:
        to = "PDF (print it to PDF)" if suffix == ".ofd" else ".docx"
        raise FormatError(f"is {LEGACY[suffix]}, which the build cannot read", file=path,
                          hint=f"convert it to {to}, e.g. with LibreOffice: soffice --headless "
                               f"--convert-to {'pdf' if suffix == '.ofd' else 'docx'} FILE; "
                               "then update source_file and sha256 in the catalog")
    try:
        return _render(suffix, path, data)
    except PlanError:
        raise
    except Exception as exc:  # a parser's own error on a damaged file: one line, not a traceback
        raise DecodingError(f"cannot be read as a {suffix[1:]} file ({type(exc).__name__}: {str(exc)[:80]})",
                            file=path, hint="open it and save it again, or check that the extension "
                                            "says what the file is") from None


def _render(suffix: str, path: str | Path, data: bytes) -> Rendering | None:
    if suffix in (".html", ".htm"):
        from plancompare.read.formats.html import render_html

        lines, encoding = render_html(data, path)
        return Rendering(tuple(lines), encoding)
    if suffix == ".docx":
        from plancompare.read.formats.docx import render_docx

        return Rendering(tuple(render_docx(data, path)), "docx")
    if suffix == ".pdf":
        from plancompare.read.formats.pdf import render_pdf

        return Rendering(tuple(render_pdf(data, path)), "pdf")
    return None
