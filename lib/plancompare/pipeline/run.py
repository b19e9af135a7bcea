"""``plancompare build``: raw folder to processed folder, streamed.

The plans' rows are spilled to a private temporary folder as they arrive
(:mod:`plancompare.pipeline.spill`, :mod:`plancompare.pipeline.collect`), the topic step reads
them back batch by batch (:mod:`plancompare.pipeline.topic_step`), and the final files are
written chunk by chunk into the output's staging folder, which is swapped in (see
:func:`plancompare.pipeline.write.staged`); the spill is removed however the build ends. The
main process holds the small tables (plans, indicators) and one batch of plans at a time, never
the whole corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import pandas as pd

from plancompare.config import CATALOG_NAME, catalog_path
from plancompare.errors import PlanError
from plancompare.pipeline import outputs
from plancompare.pipeline.corpus import resolve_jobs, resolve_topics, run_plans
from plancompare.pipeline.info import build_info, up_to_date
from plancompare.pipeline.spill import spill_folder
from plancompare.pipeline.write import FORMATS, checked, row_chunks, staged, write_folder


@dataclass
class BuildResult:
    """What a build produced: the number of rows of each table, the plans that failed (with
    --keep-going), whether it was skipped because the output was up to date, and where it was
    written. ``tables`` holds the small tables (plans, indicators and the topic tables); the
    others are in the output folder."""

    tables: dict[str, pd.DataFrame] | None
    failures: list[str]
    up_to_date: bool = False
    out_dir: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)


def build(raw_dir: str | Path, out_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
          keep_going: bool = False, progress: bool = False, formats: Sequence[str] = ("csv",),
          n_topics: int | None = None, scheduler: str | None = None) -> BuildResult:
    """Build the processed dataset from ``raw_dir`` into ``out_dir``.

    Skips the work when ``out_dir`` is already an up-to-date build of the same
    inputs, code and ``n_topics`` (and the cache is enabled). With ``keep_going``, plans that
    fail are left out, listed in ``failures`` and in the descriptor. ``n_topics`` fixes the
    number of topics (a whole number of 1 or more; default: chosen from the content).
    ``scheduler`` (a Dask scheduler's address) runs the plans on that cluster (see
    :mod:`plancompare.pipeline.distributed`); ``progress`` shows a progress bar per stage.
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
    target = outputs.claim(out_dir, "processed", [raw_dir])  # before any work: refuse a folder we may not replace
    info = build_info(raw_dir, n_topics)
    if use_cache and up_to_date(out_dir, raw_dir, info, formats):
        return BuildResult(None, [], True, Path(out_dir))
    with spill_folder() as spill_dir:
        tables, counts, failures = _build_into(spill_dir, target, raw_dir, info, formats, use_cache, jobs,
                                               keep_going, progress, n_topics, scheduler)
    return BuildResult(tables, failures, False, Path(out_dir), counts)


def _build_into(spill_dir: Path, target: Path, raw_dir: Path, info: dict, formats: list[str], use_cache: bool,
                jobs, keep_going: bool, progress: bool, n_topics: int | None, scheduler: str | None):
    """Every stage: plans spilled into ``spill_dir``, then ``target`` written and swapped in;
    returns (small tables, row counts, failures)."""
    from plancompare.pipeline.collect import SPILLED
    from plancompare.pipeline.progress import bar
    from plancompare.pipeline.topic_step import spilled_topic_tables

    got = run_plans(raw_dir, spill_dir, use_cache, jobs, keep_going, progress, scheduler)
    topic = spilled_topic_tables(got, use_cache, n_topics, catalog_path(raw_dir), progress)
    if got.failures:
        info["failed"] = got.failures
    small = {"plans": got.plans, "indicators": got.indicators, **topic}
    sources = {name: (lambda df=df: row_chunks(df)) for name, df in small.items()}
    for name in SPILLED:
        sources[name] = lambda name=name: checked(name, got.spill.chunks(name))
    with staged(target, [raw_dir]) as tmp, bar(len(sources) * len(formats), "writing", "file", progress) as b:
        write_folder(sources, tmp, info, formats, got.indicators, got.findings, bar=b)
    counts = {**got.counts(), **{name: len(df) for name, df in topic.items()}}
    return small, counts, got.failures
