"""The heading tree as it grows: where a heading goes, and when a 专栏 box ends.

Headings nest by their numbering style, in the order the styles first appear
(the way the documents themselves nest them): a heading closes the open
headings down to its previous sibling of the same style. 第X章 and 第X节 (and
appendices) always close an open 专栏 box; other headings inside a box stay in
it. The role of a node follows its place: top-level numbered headings are the
chapters whatever their numbering (第X章 or 一、), the level below them the
sections.
"""

from __future__ import annotations

import re

from plancompare.structure.headings import _KIND_OF_STYLE, _NUMBER_FORMAT, _STRONG, _Heading
from plancompare.structure.model import Section
from plancompare.structure.numbering import cn_to_int

_UNNUMBERED = {"chapter_unnumbered": "chapter", "section_unnumbered": "section"}


def _number_of(sec: Section) -> int | None:
    """The number of a numbered heading (``(二)`` → 2, ``第三章`` → 3), None without one."""
    token = re.sub(r"[第章节部分()、.专栏\s]", "", sec.number)
    return cn_to_int(token) if token else None


class HeadingTree:
    """The sections made so far and the stack of open ones (the root at the bottom)."""

    def __init__(self, root: Section) -> None:
        self.root = root
        self.sections: list[Section] = [root]
        self.stack: list[Section] = [root]

    @property
    def top(self) -> Section:
        """The innermost open section: where the next paragraph goes."""
        return self.stack[-1]

    def new_section(self, kind: str, style: str, number: str, title: str, line: int,
                    parent: Section, flags: list[str] | None = None) -> Section:
        """Make a section (numbered in order of making); it is not opened."""
        sec = Section(len(self.sections), parent, kind, style, number, title, line, flags or [])
        self.sections.append(sec)
        return sec

    def reopen(self, *sections: Section) -> None:
        """Close every open section, then open ``sections`` above the root."""
        self.stack[:] = [self.root, *sections]

    def open_box(self) -> Section | None:
        """The open 专栏 box, if any."""
        for s in reversed(self.stack):
            if s.kind == "box":
                return s
        return None

    def close_box(self) -> None:
        """Close the open box and everything inside it."""
        box = self.open_box()
        if box is not None:
            del self.stack[self.stack.index(box):]

    def place(self, h: _Heading) -> Section:
        """Put a heading into the tree by its style and return its node.

        Unnumbered headings (``chapter_unnumbered``, ``section_unnumbered``) go where
        a 第X章 or a 第X节 would.
        """
        style = _UNNUMBERED.get(h.style, h.style)
        box = self.open_box()
        if box is not None and self._continues_outside(style, h.number, box):
            self.close_box()
            box = None
        self._close_for(style, box)
        parent = self.top
        kind = self._kind(style, parent)
        number = _NUMBER_FORMAT.get(style, "第{}章").format(h.number) if h.number else ""
        flags = ["number_inferred"] if style == "chapter_inferred" else []
        sec = self.new_section(kind, "chapter" if style == "chapter_inferred" else style,
                               number, h.title, 0, parent, flags)
        if style != "bullet":
            self.stack.append(sec)
        if box is not None and parent is not self.root and self.open_box() is box:
            box.state = "item" if not h.body else "content"
        return sec

    def _continues_outside(self, style: str, number: str, box: Section) -> bool:
        """True when a heading inside an open box is the next sibling of a heading above the box
        (``(三)`` after a box under ``(二)``): the box has ended. A box's own items restart their
        numbering (``(一)``), or use a style the headings above it do not."""
        n = cn_to_int(number) if number else None
        if n is None or style in [s.style for s in self.stack[self.stack.index(box) + 1:]]:
            return False
        outside = [s for s in self.stack[1:self.stack.index(box)] if s.style == style]
        return bool(outside) and _number_of(outside[-1]) == n - 1

    def _close_for(self, style: str, box: Section | None) -> None:
        """Close what a heading of ``style`` ends: a box, the chapter, or a previous sibling."""
        if style in _STRONG or style == "chapter_inferred":
            self.close_box()
        if style in ("chapter", "part", "chapter_inferred", "appendix"):
            del self.stack[1:]
        elif style == "box":
            self.close_box()
        elif style != "bullet":
            # look for a sibling of the same style; inside a box only within the box
            floor = self.stack.index(box) + 1 if (box is not None and style not in _STRONG) else 1
            styles = [s.style for s in self.stack[floor:]]
            if style in styles:
                del self.stack[floor + styles.index(style):]

    @staticmethod
    def _kind(style: str, parent: Section) -> str:
        """The role of a heading of ``style`` placed under ``parent``."""
        kind = _KIND_OF_STYLE.get(style, "chapter")
        if kind in ("heading", "chapter", "section"):
            # the role follows the place: top-level numbered headings are the chapters
            # whatever their numbering (第X章 or 一、), the level below them the sections
            kind = {0: "chapter", 1: "section"}.get(parent.level, "heading")
            if parent.kind in ("box", "appendix", "notice") or (
                    parent.level == 1 and parent.kind != "chapter"):
                kind = "heading"
        return kind

    def paragraph_section(self, text: str) -> Section:
        """The section a running-text line goes to, closing a box the line does not continue.

        A box stays open for the text right after its header or after a title-only
        item, and for pipe-laid lines once it holds text; any other line ends it.
        """
        box = self.open_box()
        if box is not None:
            top = self.top
            if box.state in ("start", "item") or (top is not box and top.state == "item"):
                box.state = "content"
                top.state = "content"
            elif "|" in text and box.state == "content":
                pass  # pipe-laid box text continues the box
            else:
                self.close_box()
        return self.top
