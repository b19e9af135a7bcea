"""``plancompare build``: raw folder to processed folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pandas as pd

from plancompare.config import CATALOG_NAME
from plancompare.errors import PlanError
from plancompare.pipeline import outputs
from plancompare.pipeline.corpus import build_corpus, resolve_jobs, resolve_topics
from plancompare.pipeline.info import build_info, up_to_date
from plancompare.pipeline.write import FORMATS, write_tables


@dataclass
class BuildResult:
    """What a build produced: the tables, the plans that failed (with --keep-going), whether it
    was skipped because the output was up to date, and where it was written."""

    tables: dict[str, pd.DataFrame] | None
    failures: list[str]
    up_to_date: bool = False
    out_dir: Path | None = None


def build(raw_dir: str | Path, out_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
          keep_going: bool = False, progress: bool = False,
          formats: Sequence[str] = ("csv",), n_topics: int | None = None) -> BuildResult:
    """Build the processed dataset from ``raw_dir`` into ``out_dir``.

    Skips the work when ``out_dir`` is already an up-to-date build of the same
    inputs, code and ``n_topics`` (and the cache is enabled). With ``keep_going``, plans that
    fail are left out, listed in ``failures`` and in the descriptor. ``n_topics`` fixes the
    number of topics (a whole number of 1 or more; default: chosen from the content).
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise PlanError("raw folder not found", file=raw_dir,
                        hint=f"pass --raw with a folder holding the plan texts and {CATALOG_NAME}")
    formats = list(dict.fromkeys(formats))
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise PlanError(f"unsupported format {', '.join(bad) or '(none)'}", hint="use csv, parquet or csv,parquet")
    resolve_jobs(jobs)
    n_topics = resolve_topics(n_topics)
    outputs.claim(out_dir, "processed", [raw_dir])  # before any work: refuse a folder we may not replace
    info = build_info(raw_dir, n_topics)
    if use_cache and up_to_date(out_dir, raw_dir, info, formats):
        return BuildResult(None, [], True, Path(out_dir))
    tables, failures = build_corpus(raw_dir, use_cache, jobs, keep_going, progress, n_topics)
    if failures:
        info["failed"] = failures
    write_tables(tables, out_dir, info, formats, raw_dirs=[raw_dir])
    return BuildResult(tables, failures, False, Path(out_dir))
