"""A raw folder in, checked DataFrames out: plans in parallel, then the corpus topics."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pandas as pd

from plancompare.config import catalog_path
from plancompare.errors import BuildError, PlanError
from plancompare.indicators.decisions import DECISIONS_NAME, read_decisions
from plancompare.read.catalog import CatalogRow, read_catalog
from plancompare.schema import table_names


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes: all cores by default; 0 or negative is an error."""
    if jobs is None:
        return os.cpu_count() or 1
    if not isinstance(jobs, int) or jobs < 1:
        raise PlanError(f"--jobs must be a whole number of 1 or more, not {jobs!r}",
                        hint="leave it out to use every core")
    return jobs


def resolve_topics(n_topics) -> int | None:
    """The number of topics asked for: None (chosen from the content), a whole number of 1 or
    more, or its digits as text (as the command line gives it); anything else is an error."""
    if n_topics is None:
        return None
    if isinstance(n_topics, str) and n_topics.strip().isdigit():
        n_topics = int(n_topics.strip())
    if isinstance(n_topics, bool) or not isinstance(n_topics, int) or n_topics < 1:
        raise PlanError(f"--topics must be a whole number of 1 or more, not {n_topics!r}",
                        hint="leave it out to choose the number of topics from the content")
    return n_topics


#: below this many plans to process, worker processes cost more than they save
PARALLEL_MIN_PLANS = 8


def build_tables(raw_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
                 progress: bool = False, n_topics: int | None = None) -> dict[str, pd.DataFrame]:
    """Process every plan of a raw folder (its ``catalog.csv``) into checked DataFrames.

    Plans are processed in parallel (``jobs`` worker processes, default all cores)
    and cached by content. Raises :class:`PlanError` naming file, line and problem
    for the first plan that fails. ``n_topics`` fixes the number of topics (default: chosen
    from the content).
    """
    return build_corpus(raw_dir, use_cache, jobs, keep_going=False, progress=progress, n_topics=n_topics)[0]


def build_corpus(raw_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
                 keep_going: bool = False, progress: bool = False, n_topics: int | None = None,
                 scheduler: str | None = None) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Like :func:`build_tables`, returning ``(tables, failures)``; with ``keep_going`` a plan
    that fails is left out and its error message added to ``failures``. The whole corpus in
    memory: ``plancompare build`` streams it to disk instead (:mod:`plancompare.pipeline.run`)."""
    from plancompare.pipeline.collect import SPILLED
    from plancompare.pipeline.spill import spill_folder
    from plancompare.pipeline.topic_step import spilled_topic_tables
    from plancompare.pipeline.write import decategorised

    n_topics = resolve_topics(n_topics)
    with spill_folder() as spill_dir:
        got = run_plans(raw_dir, spill_dir, use_cache, jobs, keep_going, progress, scheduler)
        tables = {"plans": got.plans, "indicators": got.indicators}
        tables.update({name: got.spill.frame(name) for name in SPILLED})
        topic = spilled_topic_tables(got, use_cache, n_topics, catalog_path(Path(raw_dir)), progress)
        tables.update({name: decategorised(df) for name, df in topic.items()})
    return {name: tables[name] for name in table_names() if name in tables}, got.failures


def run_plans(raw_dir: str | Path, spill_dir: Path, use_cache: bool = True, jobs: int | None = None,
              keep_going: bool = False, progress: bool = False, scheduler: str | None = None):
    """The plan step: every plan of the catalog processed (by local worker processes, or on the
    Dask cluster at ``scheduler``), its rows spilled into ``spill_dir`` as they arrive. Returns
    the :class:`~plancompare.pipeline.collect.Collected` plans."""
    from plancompare.cache import check_writable
    from plancompare.pipeline.collect import collect
    from plancompare.pipeline.progress import bar
    from plancompare.pipeline.tasks import _plan_frames_task

    raw_dir = Path(raw_dir)
    n_jobs = resolve_jobs(jobs)
    check_writable(use_cache)
    cat_file = catalog_path(raw_dir)
    rows = read_catalog(cat_file)
    decisions = read_decisions(raw_dir)
    unknown = sorted({d["plan_id"] for d in decisions} - {r.plan_id for r in rows})
    if unknown:
        raise PlanError(f"decisions name unknown plan_id(s) {unknown}", file=raw_dir / DECISIONS_NAME)
    tasks = [(row, raw_dir, cat_file, decisions, use_cache) for row in rows]
    if scheduler:
        from plancompare.pipeline.distributed import dask_map

        computed = dask_map(_plan_frames_task, tasks, scheduler, cat_file)
    elif n_jobs > 1 and len(rows) >= PARALLEL_MIN_PLANS:
        from plancompare.pipeline.workers import ordered_map

        computed = ordered_map(_plan_frames_task, tasks, n_jobs)
    else:
        computed = (_plan_frames_task(*t) for t in tasks)
    with _stopping_workers(computed, rows, cat_file), bar(len(rows), "plans", "plan", progress) as b:
        return collect(rows, computed, spill_dir, keep_going, cat_file, b)


@contextlib.contextmanager
def _stopping_workers(computed, rows: list[CatalogRow], cat_file: Path):
    """Close the plan generator however the build ends (its workers stop with it), and turn a
    worker that died (killed, out of memory) into one clear error."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except BrokenProcessPool:
        raise BuildError("a worker process stopped unexpectedly (killed, or out of memory)", file=cat_file,
                         hint="nothing was changed; run again, or with --jobs 1 to use less memory") from None
    finally:
        computed.close()
