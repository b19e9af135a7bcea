"""Curated alignment decisions (``alignment_decisions.csv``): a curator settles an
ambiguous value with a written reason; every value must stand on the cited line.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Sequence

from plancompare.errors import IndicatorError
from plancompare.indicators.records import PlanContext, _flags

DECISIONS_NAME = "alignment_decisions.csv"


def _apply_decisions(records: list[dict], decisions: Sequence[dict], ctx: PlanContext,
                     lines: dict[int, str]) -> None:
    for d in decisions:
        if d["plan_id"] != ctx.plan_id:
            continue
        line = int(d["source_line"])
        if d["value_raw"] not in lines.get(line, ""):
            raise IndicatorError(
                f"curated decision for {ctx.plan_id}: '{d['value_raw']}' does not occur on raw line {line}",
                file=d.get("_file"), line=d.get("_row"),
                hint="a decision must cite the raw line its value stands on")
        hits = [r for r in records if r["source_line"] == line and r["value_raw"] == d["value_raw"]
                and r["source"] == "table"]
        if not hits:
            raise IndicatorError(f"curated decision for {ctx.plan_id} line {line}: no table value "
                                 f"'{d['value_raw']}' there", file=d.get("_file"), line=d.get("_row"))
        for r in hits:
            r["role"], r["year"] = d["role"], int(d["year"])
            r["alignment"] = "inferred"
            kept = [f for f in r["flags"].split("; ") if f and not f.startswith("ambiguous")]
            r["flags"] = _flags(kept + [f"curated: {d['reason']}"])


def read_decisions(raw_dir: Path) -> list[dict]:
    """Curated alignment decisions (optional file in the raw folder)."""
    path = Path(raw_dir) / DECISIONS_NAME
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"plan_id", "source_line", "value_raw", "role", "year", "reason"}
        if not need <= set(reader.fieldnames or []):
            raise IndicatorError(f"needs the columns {', '.join(sorted(need))}", file=path, line=1)
        out = []
        for row in reader:
            if row["role"] not in ("baseline", "target", "actual") or not row["year"].isdigit() \
                    or not row["reason"].strip():
                raise IndicatorError("role must be baseline/target/actual, year a number and the "
                                     "reason written out", file=path, line=reader.line_num)
            out.append({**row, "_file": str(path), "_row": reader.line_num})
    return out
