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
``table``      a table row, cell, caption or note (see :mod:`plancompare.structure.tables`);
``toc``        the table of contents: its 目录 label and entries (one ``toc`` section);
``paragraph``  running text.

Headings nest by their numbering style, in the order the styles first appear
(the way the documents themselves nest them; see :mod:`plancompare.structure.tree`),
so the same code reads 第X章/第X节 plans and 一、/(一)/1./(1) plans. Chapter
headings whose "第X章" prefix was lost in a scrape are recognised from their
place (a short title-like line followed by a 第一节) and numbered after the
previous chapter, with the flag ``number_inferred``. In a body with no numbered
chapters or sections, headings are known by their form and place (a short line
without punctuation followed by text, or by another such line: then a chapter),
flagged ``heading_inferred``; a chapter number that comes twice is flagged
``duplicate_number``.

Parsing is the sequence of passes in :data:`PASSES`, each a function of the
shared :class:`~plancompare.structure.state.ParseState`: the marking passes
(:mod:`~plancompare.structure.marking`) settle what single lines are, the tree
pass (:mod:`~plancompare.structure.building`) places the rest in reading order
by its line and heading rules, the finishing passes
(:mod:`~plancompare.structure.finishing`) make paragraphs and close the
sections. A new rule is a new pass, or a new line or heading rule of the tree pass.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from plancompare.read.catalog import CatalogRow
from plancompare.read.decoding import Document
from plancompare.structure.building import build_tree
from plancompare.structure.finishing import assign_paragraphs, finish_line_ends
from plancompare.structure.marking import (
    find_title,
    mark_between_furniture,
    mark_blank_lines,
    mark_footer,
    mark_furniture,
    mark_preamble,
    mark_tables,
    mark_toc,
    match_headings,
)
from plancompare.structure.model import ParsedPlan
from plancompare.structure.state import ParseState

Pass = Callable[[ParseState], None]

#: the passes, in order (each one's docstring says what it does and why it comes where it does)
PASSES: tuple[Pass, ...] = (
    mark_furniture,     # web-page furniture, claimed before anything else
    mark_tables,        # table regions by shape, before the title and headings
    find_title,         # the title line(s); the body starts after them
    mark_blank_lines,   # empty and pipe-only lines
    mark_preamble,      # metadata and the notice title before the plan title
    mark_toc,           # a table of contents (目录 and its entries), kept out of the headings
    mark_footer,        # unknown lines among the page's footer, once the plan has ended
    mark_between_furniture,  # unknown short lines between two furniture lines
    match_headings,     # numbered headings of the body, split from run-in text
    build_tree,         # the walk: title, tables, preamble, headings, paragraphs into the tree
    assign_paragraphs,  # paragraph objects and kinds (text, box, notice, definition)
    finish_line_ends,   # each section's last line; the root spans the file
)


def parse_document(doc: Document, row: CatalogRow | None = None,
                   furniture: Sequence[re.Pattern] = ()) -> ParsedPlan:
    """Parse a decoded document into sections, paragraphs and a line ledger.

    ``row`` (the catalog row) helps to find the title; ``furniture`` holds the
    compiled furniture patterns. Does not modify ``doc``.
    """
    state = ParseState.start(doc, row, furniture)
    for step in PASSES:
        step(state)
    return state.result()
