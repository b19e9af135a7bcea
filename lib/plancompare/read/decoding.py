"""Decoding raw plan files into numbered, normalised lines (UTF-8, GB18030, UTF-16).

Saved web pages, Word and PDF files are first rendered to lines by
:mod:`plancompare.read.formats`; from there on every format is read alike."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from plancompare.errors import DecodingError
from plancompare.read.normalization import normalize, to_simplified

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Line:
    """One raw line: its 1-based number, the raw text and the normalised text.

    ``locator`` says where the line is in the original file: ``line 12`` in a text file, the
    element path in a web page, ``paragraph 12`` or ``table 1 row 3`` in a Word file, ``page 2
    line 7`` in a PDF (see :mod:`plancompare.read.formats`). For a rendered document ``raw``
    is the rendered line (a table row written as a pipe row).
    """

    no: int
    raw: str
    text: str
    locator: str = ""


@dataclass(frozen=True)
class Document:
    """A decoded, normalised plan text."""

    path: Path
    encoding: str
    sha256: str
    lines: tuple[Line, ...]
    traditional_chars: int  # characters changed by the Traditional→Simplified step
    cjk_chars: int

    @property
    def script(self) -> str:
        """``"traditional"`` when over 1 % of CJK characters were converted."""
        if self.cjk_chars and self.traditional_chars / self.cjk_chars > 0.01:
            return "traditional"
        return "simplified"

    @property
    def text(self) -> str:
        """The normalised text, one line per raw line."""
        return "\n".join(line.text for line in self.lines)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _utf16_encoding(data: bytes) -> str | None:
    """The UTF-16 codec ``data`` may be in: ``utf-16`` when it starts with a UTF-16 byte-order
    mark; ``utf-16-le``/``utf-16-be`` when, without one, it has an even length and NUL bytes
    (the high bytes of ASCII line ends and digits) in the odd or the even positions only."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(data) < 2 or len(data) % 2 or b"\x00" not in data:
        return None
    zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
    return "utf-16-le" if zeros_odd and not zeros_even else "utf-16-be" if zeros_even and not zeros_odd else None


def _as_utf16(data: bytes, enc: str) -> str | None:
    """The text of ``data`` in UTF-16 codec ``enc`` when it reads as a text file: valid UTF-16,
    more than one line, no control characters besides line ends and tabs; else None."""
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(text) or not ("\n" in text or "\r" in text):
        return None
    return text


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes as UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognisably
    UTF-16 without one), falling back to GB18030 (which includes GBK).

    Returns ``(text, encoding)``. Raises :class:`DecodingError` naming the file
    and the line of the first undecodable byte when no encoding fits, and
    for empty or whitespace-only files.
    """
    utf16 = _utf16_encoding(data)
    text = _as_utf16(data, utf16) if utf16 else None
    if text is not None:
        candidates = [utf16]
    elif data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    else:
        candidates = ["utf-8", "gb18030"]
    first_error: UnicodeDecodeError | None = None
    for enc in candidates:
        if text is None:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                first_error = first_error or exc
                continue
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise DecodingError("contains NUL bytes: this looks like a binary file, "
                                "not a plan text", file=path, line=line,
                                hint="save the plan as UTF-8 or GB18030 plain text")
        if not text.strip():
            raise DecodingError("the file is empty", file=path,
                                hint="put the plan's text in it or remove it and its catalog row")
        return text, enc
    assert first_error is not None
    line = data.count(b"\n", 0, first_error.start) + 1
    if utf16 == "utf-16":
        why = "; it starts with a UTF-16 byte-order mark but is not valid UTF-16 text either"
    elif utf16:
        why = "; its NUL bytes suggest UTF-16 without a byte-order mark, but it is not valid UTF-16 text either"
    else:
        why = " (nor is it UTF-16)"
    raise DecodingError(
        f"cannot decode byte 0x{data[first_error.start]:02x} as UTF-8 or GB18030{why}",
        file=path, line=line,
        hint="save the file as UTF-8 plain text; GB18030 and UTF-16 with a byte-order mark also work")


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF; a final line break does not make an empty line."""
    parts = _LINE_BREAK.split(text)
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    return parts


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read and normalise a raw plan file. ``data`` may pass the bytes already read."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DecodingError("raw file not found", file=path,
                                hint="check source_file in the catalog") from None
    from plancompare.read.formats import render

    rendering = render(path, data)
    if rendering is None:
        text, encoding = decode(data, path)
        raw_lines = split_lines(text)
        locators = [f"line {i}" for i in range(1, len(raw_lines) + 1)]
    else:
        raw_lines = [text for text, _ in rendering.lines]
        locators = [loc for _, loc in rendering.lines]
        encoding = rendering.encoding
    normalised = [normalize(s) for s in raw_lines]
    joined = "\n".join(normalised)
    simplified = to_simplified(joined)
    changed = 0
    if simplified != joined:
        changed = sum(a != b for a, b in zip(joined, simplified))
        normalised = simplified.split("\n")
    lines = tuple(Line(i + 1, raw, norm, loc)
                  for i, (raw, norm, loc) in enumerate(zip(raw_lines, normalised, locators)))
    return Document(path=path, encoding=encoding, sha256=sha256_bytes(data), lines=lines,
                    traditional_chars=changed, cjk_chars=len(_CJK.findall(joined)))
