"""Raw plans in, processed tables out.

:func:`process_plan` turns one raw file and its catalog row into the rows of
every table; it is a pure function of (raw bytes, catalog row, package
version), so plans can be processed independently. :func:`build_tables`
processes a whole raw folder in memory, and :func:`write_tables` writes the
result atomically: into a temporary folder beside the target, swapped in only
when every file is written, so a failure leaves the previous processed data as
it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pandas as pd

from . import __version__
from .catalog import CatalogRow, read_catalog, verify_checksum, verify_text
from .config import CATALOG_NAME, DATAPACKAGE_NAME, catalog_path
from .errors import BuildError, PlanError
from .indicators import DECISIONS_NAME, PlanContext, plan_indicators, qa_report, quality_checks, read_decisions
from .schema import check_table, columns, datapackage
from .structure import ParsedPlan, Section, parse_document
from .text import furniture_patterns, read_document, sha256_bytes

#: Order in which the tables are written and listed in datapackage.json.
TABLES = ("plans", "sections", "paragraphs", "lines", "indicators", "topics", "topic_terms", "topic_labels",
          "plan_topic_shares", "plan_similarity", "plan_keyness", "topic_evaluation", "topic_selection", "topic_map")
PLAN_TABLES = TABLES[:5]


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
        "text": rec.line.text,
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
        "n_tables": len(parsed.tables), "flags": _join(parsed.flags),
    })
    plan = {c: plan[c] for c in columns("plans")}
    return PlanResult(pid, {"plans": [plan], "sections": sections, "paragraphs": paragraphs,
                            "lines": lines, "indicators": indicators})


def build_tables(raw_dir: str | Path, use_cache: bool = True) -> dict[str, pd.DataFrame]:
    """Process every plan of a raw folder (its ``catalog.csv``) into checked DataFrames.

    Raises :class:`PlanError` (naming file, line and problem) on bad input.
    """
    raw_dir = Path(raw_dir)
    cat_file = catalog_path(raw_dir)
    rows = read_catalog(cat_file)
    decisions = read_decisions(raw_dir)
    unknown = sorted({d["plan_id"] for d in decisions} - {r.plan_id for r in rows})
    if unknown:
        raise PlanError(f"decisions name unknown plan_id(s) {unknown}", file=raw_dir / DECISIONS_NAME)
    results = [process_plan(row, raw_dir, cat_file, decisions=decisions) for row in rows]
    tables: dict[str, pd.DataFrame] = {}
    for name in PLAN_TABLES:
        records = [r for res in results for r in res.tables[name]]
        if name == "indicators":
            quality_checks(records)
        df = pd.DataFrame.from_records(records, columns=columns(name))
        if name == "indicators":
            df["year"] = df["year"].astype("Int64")
            df["value"] = df["value"].astype(float)
            df["cumulative"] = df["cumulative"].astype(bool)
        check_table(name, df)
        tables[name] = df
    from .topics import corpus_topics

    topic_tables = corpus_topics(tables["paragraphs"], tables["sections"], use_cache=use_cache)
    for name in TABLES[len(PLAN_TABLES):]:
        df = topic_tables[name].reindex(columns=columns(name))
        check_table(name, df)
        tables[name] = df
    return tables


def build_info(raw_dir: str | Path) -> dict:
    """What the processed data was built from: package version and raw checksums."""
    raw_dir = Path(raw_dir)
    cat_file = catalog_path(raw_dir)
    rows = read_catalog(cat_file)
    return {
        "version": __version__,
        "catalog_sha256": sha256_bytes(cat_file.read_bytes()),
        "raw_files": {r.source_file: r.sha256 for r in sorted(rows, key=lambda r: r.source_file)},
    }


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    # UTF-8 with BOM so that Excel opens Chinese correctly; "\n" line ends for stable diffs
    df.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, info: dict) -> Path:
    """Write tables and datapackage.json into ``out_dir`` atomically. Returns ``out_dir``.

    Files are written into a temporary sibling folder that replaces ``out_dir``
    only once complete; on any error the temporary folder is removed and
    ``out_dir`` is left as it was.
    """
    out_dir = Path(out_dir).resolve()
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=parent))
    except OSError as exc:
        raise BuildError(f"cannot write to {parent}: {exc.strerror}", file=parent,
                         hint="choose another --out folder") from None
    old: Path | None = None
    try:
        resources = {}
        for name in TABLES:
            if name not in tables:
                continue
            _write_csv(tables[name], tmp / f"{name}.csv")
            resources[name] = f"{name}.csv"
        if "indicators" in tables:
            records = tables["indicators"].astype(object).where(tables["indicators"].notna(), None)
            recs = records.to_dict("records")
            findings = quality_checks([dict(r) for r in recs])
            (tmp / "qa_report.md").write_text(qa_report(recs, findings), encoding="utf-8")
        descriptor = datapackage(resources, info)
        (tmp / DATAPACKAGE_NAME).write_text(
            json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.chmod(tmp, 0o755)
        if out_dir.exists():
            old = parent / f".{out_dir.name}.old-{os.getpid()}"
            os.replace(out_dir, old)
        os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not out_dir.exists():
            os.replace(old, out_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return out_dir


def build(raw_dir: str | Path, out_dir: str | Path, use_cache: bool = True) -> dict[str, pd.DataFrame]:
    """Build the processed dataset from ``raw_dir`` into ``out_dir``; return the tables."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise PlanError("raw folder not found", file=raw_dir,
                        hint=f"pass --raw with a folder holding the plan texts and {CATALOG_NAME}")
    tables = build_tables(raw_dir, use_cache=use_cache)
    write_tables(tables, out_dir, build_info(raw_dir))
    return tables
