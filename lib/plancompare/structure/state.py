"""What the passes of :func:`plancompare.structure.document.parse_document` share.

One :class:`ParseState` is made per document; each pass reads what earlier passes
left in it and adds its own part. The line ledger (``records``) is filled pass by
pass: a line a pass has recorded is settled, and later passes leave it alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from plancompare.read.catalog import CatalogRow
from plancompare.read.decoding import Document, Line
from plancompare.structure.headings import _Heading
from plancompare.structure.model import LineRecord, Paragraph, ParsedPlan, Section
from plancompare.structure.tables import TableRegion
from plancompare.structure.tree import HeadingTree


@dataclass
class ParseState:
    """A document being parsed: its lines, what the passes found so far, and the tree."""

    lines: Sequence[Line]
    row: CatalogRow | None
    furniture: Sequence[re.Pattern]
    tree: HeadingTree
    by_no: dict[int, Line] = field(default_factory=dict)
    records: dict[int, LineRecord] = field(default_factory=dict)  # the ledger, by line number
    flags: list[str] = field(default_factory=list)  # flags of the whole plan
    furniture_lines: set[int] = field(default_factory=set)
    tables: list[TableRegion] = field(default_factory=list)
    table_of: dict[int, TableRegion] = field(default_factory=dict)  # the region of each table line
    table_lines: set[int] = field(default_factory=set)  # every line of every table region
    title_lines: list[int] = field(default_factory=list)
    body_start: int = 1  # first line after the title; the lines before it are the preamble
    notice_line: int | None = None  # the title of the notice a plan is issued with
    toc_lines: list[int] = field(default_factory=list)  # the table of contents: its label, then its entries
    toc_title: str = ""  # the contents' title where the scrape lost its label (else the label's text)
    unnumbered: bool = False  # the body has no numbered chapters or sections: headings are known by form
    body_lines: list[Line] = field(default_factory=list)  # body lines that may be headings
    matches: dict[int, _Heading | None] = field(default_factory=dict)  # numbered-heading matches
    chapters_seen: list[int] = field(default_factory=list)  # numbers of the chapters placed so far
    paragraph_text: dict[int, str] = field(default_factory=dict)  # by line; made into paragraphs later
    paragraphs: list[Paragraph] = field(default_factory=list)
    placed_tables: list[tuple[Section, TableRegion]] = field(default_factory=list)

    @classmethod
    def start(cls, doc: Document, row: CatalogRow | None,
              furniture: Sequence[re.Pattern]) -> "ParseState":
        """The state before any pass: the document's lines and a tree holding only its root."""
        lines = doc.lines
        root = Section(0, None, "document", "root", "", "", lines[0].no if lines else 1)
        return cls(lines, row, furniture, HeadingTree(root), by_no={ln.no: ln for ln in lines})

    def record(self, ln: Line, kind: str, section: Section | None = None) -> LineRecord:
        """Enter a line into the ledger with its kind (and section)."""
        rec = LineRecord(ln, kind, section)
        self.records[ln.no] = rec
        return rec

    def result(self) -> ParsedPlan:
        """The parsed plan; the ledger in the order of the raw lines."""
        ordered = [self.records[ln.no] for ln in self.lines]
        return ParsedPlan(self.tree.sections, self.paragraphs, ordered, self.placed_tables, self.flags)
