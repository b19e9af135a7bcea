"""Stage 2, structure: lines to a heading tree, paragraphs and table regions.

numbering, headings (numbering styles, title) and tables (table regions by
shape) read single lines; :func:`parse_document` (document) runs its passes over
one ParseState (state): marking (furniture, tables, title, blanks, preamble,
heading matches), building (the walk that grows the tree of :mod:`.tree`), and
finishing (paragraphs and their kinds, section ends); model holds what it returns.
"""

from __future__ import annotations

from plancompare.structure.document import parse_document
from plancompare.structure.headings import match_heading, split_runin
from plancompare.structure.model import LineRecord, Paragraph, ParsedPlan, Section
from plancompare.structure.numbering import cn_to_int, int_to_cn
from plancompare.structure.tables import TableRegion, find_tables, is_numeric_cell, pipe_cells

__all__ = [
    "Section", "Paragraph", "LineRecord", "ParsedPlan", "TableRegion", "find_tables", "pipe_cells",
    "is_numeric_cell", "match_heading", "split_runin", "cn_to_int", "int_to_cn", "parse_document",
]
