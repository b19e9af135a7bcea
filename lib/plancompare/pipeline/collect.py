"""The plans' rows as they arrive: spilled to disk, with only the small tables kept in memory."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from plancompare.errors import PlanError
from plancompare.indicators.missed import to_check
from plancompare.indicators.qa import quality_checks
from plancompare.pipeline.spill import Spill
from plancompare.pipeline.tasks import _records_frame
from plancompare.schema import check_table, table_names

#: the tables spilled to disk while the plans arrive (plans and indicators stay in memory)
SPILLED = tuple(name for name in table_names("plan") if name not in ("plans", "indicators"))


def unit_hash(paragraph_id: str) -> int:
    """A paragraph's place in the topic model's sample: a hash of its id (the same whatever the
    order in which plans arrive, the number of workers or the scheduler)."""
    return int.from_bytes(hashlib.blake2b(paragraph_id.encode(), digest_size=8).digest(), "big")


@dataclass
class Collected:
    """What the plan step leaves: the spill, the small tables, and what the topic step needs."""

    spill: Spill
    plans: pd.DataFrame
    indicators: pd.DataFrame
    findings: list[dict] = field(default_factory=list)  # missed findings, in plan and line order
    failures: list[str] = field(default_factory=list)
    unit_hashes: list[int] = field(default_factory=list)  # one per running-text paragraph

    def counts(self) -> dict[str, int]:
        """Rows per plan table."""
        return {"plans": len(self.plans), "indicators": len(self.indicators), **self.spill.rows}


def collect(rows, outcomes, spill_dir: Path, keep_going: bool, cat_file: Path, bar=None) -> Collected:
    """Consume every plan outcome (workers never raise), spilling each plan's rows as it arrives."""
    spill = Spill(spill_dir, (*SPILLED, "tokens"))
    plans, indicator_records, findings, hashes = [], [], [], []
    failures, first_error = [], None
    for row, (status, value) in zip(rows, outcomes):
        if bar is not None:
            bar.update(1)
        if status != "ok":
            first_error = first_error or value
            failures.append(str(value))
            continue
        frames = value["frames"]
        plans.append(frames.pop("plans"))
        spill.add(frames)
        indicator_records.extend(value["indicators"])
        findings.extend(value["findings"])
        hashes.extend(unit_hash(pid) for pid in frames["tokens"]["paragraph_id"])
        del value, frames
    if first_error is not None and not keep_going:
        raise first_error if isinstance(first_error, PlanError) else PlanError(str(first_error))
    if not plans:
        raise PlanError("no plan could be built", file=cat_file,
                        hint="; ".join(failures[:3]) if failures else None)
    spill.flush()
    quality_checks(indicator_records)
    indicators = _records_frame("indicators", indicator_records)
    del indicator_records
    check_table("indicators", indicators)
    plans_df = pd.concat(plans, ignore_index=True)
    check_table("plans", plans_df)
    plans_df["to_check"] = to_check(plans_df["plan_id"], findings)
    return Collected(spill, plans_df, indicators, findings, failures, hashes)
