"""The library's exception hierarchy.

Every error a user can trigger through bad input is a :class:`PlanError`. Each
carries the file, the line (1-based, in the raw file, when known) and what is
wrong, and ``str(error)`` is the one line the command-line tool prints::

    data/raw/x.txt:12: cannot decode ... (what to do)

Catch :class:`PlanError` to handle all of them:

=====================  ====================================================================
DecodingError          a raw file is missing, empty, binary, or not UTF-8, UTF-16 or GB18030
FormatError            a raw file's format cannot be read: a scanned or encrypted PDF, a legacy
                       Word or WPS file, a web page that only links to the plan
CatalogError           catalog.csv is malformed, or a row disagrees with its raw file
IndicatorError         the indicator catalog or a curated decision is invalid
BuildError             an output folder cannot be written
SchemaError            a table does not match the data dictionary (a bug, or edited data)
StructureError         reserved for plans whose structure cannot be read at all
topics.TopicError      the topic step cannot run (no text, more topics than paragraphs …)
notebooks.NotebookError  a notebook cell failed
=====================  ====================================================================

The command-line tool prints ``str(error)`` after ``plancompare: error:`` and
exits with status 1; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

from pathlib import Path


class PlanError(Exception):
    """Base class of every error raised for bad input."""

    def __init__(self, message: str, *, file: str | Path | None = None,
                 line: int | None = None, hint: str | None = None) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        text = where + self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class DecodingError(PlanError):
    """A raw file is empty or not UTF-8, UTF-16 or GB18030 text."""


class FormatError(DecodingError):
    """A raw file is in a form the build cannot read (the message says what to do instead)."""


class CatalogError(PlanError):
    """The catalog is malformed or disagrees with the raw files."""


class StructureError(PlanError):
    """A plan's text cannot be parsed into a usable structure."""


class IndicatorError(PlanError):
    """Indicator extraction met input it cannot interpret safely."""


class BuildError(PlanError):
    """The build could not write its outputs."""


class SchemaError(PlanError):
    """A table does not match its documented schema (a bug or edited data)."""
