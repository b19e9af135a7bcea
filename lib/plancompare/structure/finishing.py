"""The passes after the tree is built: paragraphs and their kinds, where sections end."""

from __future__ import annotations

from plancompare.structure.model import Paragraph, Section
from plancompare.structure.state import ParseState


def assign_paragraphs(state: ParseState) -> None:
    """Make the paragraphs the tree pass noted, in line order, each with its kind.

    After the tree, because a paragraph's kind depends only on the sections
    above it, which no longer change; numbered in reading order.
    """
    for ln in state.lines:
        text = state.paragraph_text.get(ln.no)
        if text is None:
            continue
        rec = state.records[ln.no]
        para = Paragraph(len(state.paragraphs), rec.section, ln.no, text, paragraph_kind(rec.section))
        state.paragraphs.append(para)
        rec.paragraph = para


def paragraph_kind(sec: Section) -> str:
    """``notice``, ``box`` or ``definition`` (in an appendix) by the nearest such section above; else ``text``."""
    s: Section | None = sec
    while s is not None:
        if s.kind in ("notice", "box", "appendix"):
            return {"appendix": "definition"}.get(s.kind, s.kind)
        s = s.parent
    return "text"


def finish_line_ends(state: ParseState) -> None:
    """Set each section's last line: the last ledger line in it or below it.

    The root then spans the whole file, notice and furniture included.
    """
    last: dict[int, int] = {}
    for rec in state.records.values():
        s: Section | None = rec.section
        while s is not None:
            if rec.line.no > last.get(s.index, 0):
                last[s.index] = rec.line.no
            s = s.parent
    for sec in state.tree.sections:
        sec.line_end = max(last.get(sec.index, sec.line_start), sec.line_start)
    root, lines = state.tree.root, state.lines
    root.line_start = lines[0].no if lines else 1
    root.line_end = lines[-1].no if lines else 1
