"""Stage 1, reading: raw bytes to numbered, normalised lines; the plan catalog.

formats (saved web pages, Word and PDF files rendered to lines, tables as pipe rows) or
decoding (UTF-8, GB18030, UTF-16) → normalization (spaces, full-width forms, Traditional
script) → furniture (web-page lines that are not the plan); catalog (the hand-written
metadata of each raw file, checked against it).
"""

from __future__ import annotations

from plancompare.read.catalog import LEVELS, CatalogRow, add_plan, read_catalog, verify_checksum, verify_text
from plancompare.read.decoding import Document, Line, decode, read_document, sha256_bytes, split_lines
from plancompare.read.furniture import furniture_patterns
from plancompare.read.normalization import normalize, to_simplified

__all__ = [
    "Line", "Document", "decode", "read_document", "split_lines", "sha256_bytes", "normalize",
    "to_simplified", "furniture_patterns", "CatalogRow", "read_catalog", "verify_checksum",
    "verify_text", "add_plan", "LEVELS",
]
