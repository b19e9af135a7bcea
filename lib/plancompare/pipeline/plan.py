"""One plan: raw bytes and catalog row in, the rows of every table out (a pure function)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from plancompare.errors import PlanError
from plancompare.indicators.extract import plan_indicators
from plancompare.indicators.records import PlanContext
from plancompare.read.catalog import CatalogRow, verify_checksum, verify_text
from plancompare.read.decoding import read_document, sha256_bytes
from plancompare.read.furniture import furniture_patterns
from plancompare.schema import columns
from plancompare.structure.document import parse_document
from plancompare.structure.model import ParsedPlan, Section

#: plans above this size get a warning (measured: about 2 s and 45 MB of memory per MB of text)
LARGE_PLAN_BYTES = 10_000_000


class LargePlanWarning(UserWarning):
    """A raw file far larger than a plan."""


@dataclass
class PlanResult:
    """All rows one plan contributes, as plain records."""

    plan_id: str
    tables: dict[str, list[dict]]


def _join(flags) -> str:
    return ";".join(sorted(set(flags)))


def _section_id(plan_id: str, sec: Section | None) -> str:
    return "" if sec is None else f"{plan_id}:s{sec.index:03d}"


def _path(sec: Section) -> str:
    labels = []
    s: Section | None = sec
    while s is not None and s.parent is not None:
        labels.append(s.label())
        s = s.parent
    return " > ".join(reversed(labels))


def process_plan(row: CatalogRow, raw_dir: Path, catalog_file: Path,
                 data: bytes | None = None, decisions: Sequence[dict] = ()) -> PlanResult:
    """Decode, verify and parse one plan; return its rows for every table. Pure."""
    path = raw_dir / row.source_file
    if data is None:
        if not path.is_file():
            raise PlanError(f"row of {row.plan_id}: raw file '{row.source_file}' not found in {raw_dir}",
                            file=catalog_file, line=row.row,
                            hint="put the file into the raw folder or fix source_file")
        data = path.read_bytes()
    verify_checksum(row, sha256_bytes(data), catalog_file)
    if len(data) > LARGE_PLAN_BYTES:
        import warnings

        warnings.warn(f"{row.source_file} is {len(data) / 1e6:.0f} MB, far more than a plan (under 1 MB): "
                      f"building it takes about {len(data) / 0.5e6:.0f} s and {len(data) * 45 / 1e9:.1f} GB; "
                      "is it several documents in one file?", LargePlanWarning, stacklevel=2)
    doc = read_document(path, data)
    verify_text(row, doc.text, catalog_file)
    parsed: ParsedPlan = parse_document(doc, row, furniture_patterns())
    pid = row.plan_id

    sections = []
    for sec in parsed.sections:
        sections.append({
            "plan_id": pid, "section_id": _section_id(pid, sec),
            "parent_id": _section_id(pid, sec.parent), "level": sec.level,
            "number": sec.number, "title": sec.title, "path": _path(sec), "kind": sec.kind,
            "line_start": sec.line_start, "line_end": sec.line_end, "flags": _join(sec.flags),
        })
    paragraphs = [{
        "plan_id": pid, "paragraph_id": f"{pid}:p{p.index:04d}",
        "section_id": _section_id(pid, p.section), "source_file": row.source_file,
        "source_line": p.line, "kind": p.kind, "text": p.text,
    } for p in parsed.paragraphs]
    lines = [{
        "plan_id": pid, "source_line": rec.line.no, "kind": rec.kind,
        "section_id": _section_id(pid, rec.section),
        "paragraph_id": f"{pid}:p{rec.paragraph.index:04d}" if rec.paragraph else "",
        "text": rec.line.text, "source_locator": rec.line.locator,
    } for rec in parsed.records]
    ctx = PlanContext(pid, row.region, row.source_file, (row.period_start, row.period_end))
    text_units = [(p.line, p.text, _path(p.section)) for p in parsed.paragraphs
                  if p.kind in ("text", "box")]
    indicators = plan_indicators(ctx, {ln.no: ln.text for ln in doc.lines},
                                 [region for _, region in parsed.tables], text_units, decisions)
    plan = row.as_record()
    plan.update({
        "encoding": doc.encoding, "script": doc.script, "raw_lines": len(doc.lines),
        "text_chars": sum(len(p.text) for p in parsed.paragraphs),
        "n_sections": len(parsed.sections), "n_paragraphs": len(parsed.paragraphs),
        "n_tables": len(parsed.tables), "flags": _join(parsed.flags), "to_check": "",  # filled per corpus
    })
    plan = {c: plan[c] for c in columns("plans")}
    return PlanResult(pid, {"plans": [plan], "sections": sections, "paragraphs": paragraphs,
                            "lines": lines, "indicators": indicators})
