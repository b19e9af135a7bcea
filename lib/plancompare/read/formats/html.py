"""A saved web page (``.html``/``.htm``) as ledger lines.

* **Encoding**: a byte-order mark, else the page's ``<meta charset>`` or HTTP-equiv
  ``content="text/html; charset=…"`` (GB2312 and GBK are read as GB18030, their superset, as
  browsers do), else UTF-8, else detection (charset-normalizer), else GB18030.
* **Furniture by structure**: scripts, styles, forms, ``<nav>``/``<footer>``/``<aside>`` and
  elements whose class, id or role names navigation, breadcrumbs, share bars, headers or
  footers are dropped before anything is read, unless they hold a heading or a table or a
  large part of the page's text (a wrapper misnamed ``menu`` must not take the plan with it).
  Lines the structure does not give away are left to the text patterns downstream.
* **Blocks**: every block element (``p``, ``div``, ``h1``, ``li``, a layout table's cells …)
  and every ``<br>`` ends a line; each line's locator is the element path (``/html/body/div[2]/p[3]``).
* **Tables**: a data table (no table inside it, at least two rows of two cells, short cells)
  has its ``rowspan``/``colspan`` expanded and is written as pipe rows
  (:mod:`plancompare.read.formats.grid`), one per ``<tr>``.
* **A page that only links to the plan** (little text, a link to a ``.pdf``/``.doc``/… file)
  is refused, naming the attachment to save instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from plancompare.errors import DecodingError, FormatError
from plancompare.read.formats.grid import GridCell, join_parts, table_lines

_META = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)"""
                   rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "euc-cn": "gb18030", "utf8": "utf-8"}
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
#: never part of the text (a <form> is not among them: some sites wrap the whole page in one)
_DROP_TAGS = ("script", "style", "noscript", "template", "head", "iframe", "object", "embed",
              "svg", "button", "select", "textarea", "input")
#: class/id words of page furniture (whole words of the attribute, split at spaces, '-' and '_')
_FURNITURE_WORDS = frozenset(
    "nav navbar navigation menu submenu breadcrumb breadcrumbs crumb crumbs bread position location dqwz "
    "share sharebar bdshare social fx footer foot bottom copyright header topbar banner "
    "sidebar side related comment comments toolbar print pagination pager search login".split())
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article main blockquote pre center address "
    "figure figcaption caption body hr table tbody thead tfoot tr td th header footer".split())
_ATTACHMENT = re.compile(r"\.(pdf|docx?|wps|ofd|xlsx?|et|zip|rar|7z)(\?.*)?$", re.I)
#: a page with fewer Chinese characters than this beside an attachment link holds no plan
_MIN_PLAN_CJK = 500
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BREAK = "\u2028"  # <br> while a block's text is gathered
_SOFT_WRAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\f]*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])")
_SPACE = re.compile(r"[ \t\r\n\f]+")
_MAX_CELL = 200


def decode_html(data: bytes, path: str | Path) -> tuple[str, str]:
    """The page's text and encoding: BOM, else meta charset, else UTF-8, else detection."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _decoded(data, enc, path), enc
    m = _META.search(data[:8192])
    tried = []
    if m:
        declared = (m.group(1) or m.group(2)).decode("ascii").lower()
        enc = _ALIASES.get(declared, declared)
        tried.append(enc)
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        tried.append("utf-8")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in tried:
        enc = _ALIASES.get(best.encoding.replace("_", "-"), best.encoding)
        return _decoded(data, enc, path), enc
    return _decoded(data, "gb18030", path), "gb18030"


def _decoded(data: bytes, enc: str, path: str | Path) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DecodingError(f"cannot decode byte 0x{data[exc.start]:02x} of the page as {enc}",
                            file=path, line=line,
                            hint="save the page again from the browser (as UTF-8 if it offers it)") from None


def _words(el) -> set[str]:
    attrs = " ".join(el.get(a, "") for a in ("class", "id")).lower()
    return set(re.split(r"[\s_\-]+", attrs)) - {""}


def _is_furniture(el) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    return (tag in ("nav", "footer", "aside", "header") or bool(_words(el) & _FURNITURE_WORDS)
            or el.get("role", "").lower() in _FURNITURE_ROLES
            or re.search(r"display\s*:\s*none", el.get("style", "")) is not None)


def _remove(el) -> None:
    """Drop an element but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def strip_furniture(root) -> None:
    """Remove the page furniture that the page's structure gives away (see the module docstring)."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            _remove(el)
    total = len(root.text_content()) or 1
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag.lower() in ("html", "body"):
            continue
        if not _is_furniture(el):
            continue
        if any(el.find(f".//{t}") is not None for t in ("table", "h1", "h2")):
            continue
        if len(el.text_content()) > 0.3 * total:
            continue
        _remove(el)


def _is_data_table(table) -> bool:
    if table.find(".//table") is not None:
        return False
    rows = [tr for tr in table.iter("tr") if len(tr.findall("td") + tr.findall("th")) >= 2]
    if len(rows) < 2:
        return False
    return all(len(c.text_content().strip()) <= _MAX_CELL for tr in table.iter("tr") for c in tr
               if isinstance(c.tag, str))


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(re.sub(r"\D", "", cell.get(name, "1")) or 1), 100))
    except ValueError:
        return 1


def _cell_text(cell) -> str:
    """A cell's text: its lines (``<br>``, paragraphs) joined, whitespace collapsed."""
    parts: list[str] = []

    def visit(el) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                if child.tag.lower() in ("br", "p", "div", "li"):
                    parts.append(_BREAK)
                visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(cell)
    text = _SOFT_WRAP.sub("", "".join(parts))
    return join_parts([_SPACE.sub(" ", p) for p in text.split(_BREAK)])


def expand_table(table) -> tuple[list[list[GridCell]], list[str]]:
    """The table's rows with ``rowspan``/``colspan`` expanded, and each row's element path."""
    tree = table.getroottree()
    grid: list[list[GridCell]] = []
    locators: list[str] = []
    pending: dict[tuple[int, int], GridCell] = {}  # cells spanning down into later rows
    trs = [tr for tr in table.iter("tr")]
    for i, tr in enumerate(trs):
        row: list[GridCell] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        j = 0
        for cell in cells:
            while (i, j) in pending:
                row.append(pending.pop((i, j)))
                j += 1
            gc = GridCell(_cell_text(cell), (i, j))
            for dj in range(_span(cell, "colspan")):
                row.append(gc)
                for di in range(1, _span(cell, "rowspan")):
                    if i + di < len(trs):
                        pending[(i + di, j + dj)] = gc
            j += _span(cell, "colspan")
        while (i, j) in pending:
            row.append(pending.pop((i, j)))
            j += 1
        grid.append(row)
        locators.append(tree.getpath(tr))
    width = max((len(r) for r in grid), default=0)
    for i, r in enumerate(grid):  # short rows (a page's sloppy markup) are padded with empty cells
        r.extend(GridCell("", (i, k)) for k in range(len(r), width))
    return grid, locators


class _Renderer:
    """Walks the page's body and gathers (text, locator) lines."""

    def __init__(self, tree) -> None:
        self.tree = tree
        self.lines: list[tuple[str, str]] = []
        self.parts: list[str] = []
        self.owner = None

    def flush(self) -> None:
        text = _SOFT_WRAP.sub("", "".join(self.parts))
        self.parts = []
        where = self.tree.getpath(self.owner) if self.owner is not None else "/html/body"
        for piece in _SPACE.sub(" ", text).split(_BREAK):
            if piece.strip():
                self.lines.append((piece.strip(), where))

    def walk(self, el) -> None:
        if not isinstance(el.tag, str):
            return
        tag = el.tag.lower()
        if tag == "br":
            self.parts.append(_BREAK)
            return
        if tag == "table" and _is_data_table(el):
            self.flush()
            caption = el.find("caption")
            if caption is not None and caption.text_content().strip():
                self.lines.append((_cell_text(caption), self.tree.getpath(caption)))
            self.lines.extend(table_lines(*expand_table(el)))
            return
        block = tag in _BLOCK
        saved = self.owner
        if block:
            self.flush()
            self.owner = el
        if el.text:
            self.parts.append(el.text)
        for child in el:
            self.walk(child)
            if child.tail:
                self.parts.append(child.tail)
        if block:
            self.flush()
            self.owner = saved


def _refuse_attachment_page(root, path: str | Path) -> None:
    """A page whose text is a notice and a link to the plan's file: name the file to save."""
    if len(_CJK.findall(root.text_content())) >= _MIN_PLAN_CJK:
        return
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if _ATTACHMENT.search(href):
            name = href.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
            label = a.text_content().strip()
            shown = f"'{label}' ({name})" if label and label != name else f"'{name}'"
            raise FormatError(f"the page holds only a link to the attachment {shown}, not the plan's text",
                              file=path, hint=f"save the attachment {name} into the raw folder and "
                                              "catalog it instead of the page")


def render_html(data: bytes, path: str | Path) -> tuple[list[tuple[str, str]], str]:
    """The page as ledger lines ``(text, element path)`` and the encoding it was read in."""
    import lxml.html

    text, encoding = decode_html(data, path)
    text = _XML_DECL.sub("", text.lstrip("\ufeff"), count=1)
    if not text.strip():
        raise DecodingError("the file is empty", file=path,
                            hint="save the page again, or remove it and its catalog row")
    root = lxml.html.document_fromstring(text)
    strip_furniture(root)
    body = root.find("body")
    body = body if body is not None else root
    _refuse_attachment_page(body, path)
    renderer = _Renderer(root.getroottree())
    renderer.walk(body)
    renderer.flush()
    if not renderer.lines:
        raise DecodingError("the page holds no text", file=path,
                            hint="save the page with its content (\"Web page, complete\"), or its attachment")
    return renderer.lines, encoding
