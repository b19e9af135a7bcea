"""What structure parsing produces: the heading tree, paragraphs and the line ledger."""

from __future__ import annotations

from dataclasses import dataclass, field

from plancompare.read.decoding import Line
from plancompare.structure.tables import TableRegion


@dataclass
class Section:
    """A node of the heading tree."""

    index: int
    parent: "Section | None"
    kind: str
    style: str
    number: str
    title: str
    line_start: int
    flags: list[str] = field(default_factory=list)
    line_end: int = 0
    # box bookkeeping: "start" right after the header, "item" after a title-only item,
    # "content" once the box holds text
    state: str = "start"

    @property
    def level(self) -> int:
        return 0 if self.parent is None else self.parent.level + 1

    def label(self) -> str:
        return " ".join(p for p in (self.number, self.title) if p)


@dataclass
class Paragraph:
    index: int
    section: Section
    line: int
    text: str
    kind: str


@dataclass
class LineRecord:
    line: Line
    kind: str
    section: Section | None = None
    paragraph: Paragraph | None = None


@dataclass
class ParsedPlan:
    """The structure of one plan: sections, paragraphs, tables and the line ledger."""

    sections: list[Section]
    paragraphs: list[Paragraph]
    records: list[LineRecord]
    tables: list[tuple[Section, TableRegion]]
    flags: list[str]
