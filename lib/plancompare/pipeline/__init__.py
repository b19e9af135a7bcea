"""Stage 4, the build: raw folder to processed folder.

plan (one plan's rows, pure) → tasks (as a worker runs it: cached, checked) → corpus (every
plan, by local workers or on a Dask cluster: distributed) → collect (the rows spilled to disk as
they arrive: spill) → topic_step (the corpus topics, streamed when large) → write (the folder,
atomically, chunk by chunk) → run (``plancompare build``); outputs (which folders may be
written, the swap), workers, spreadsheet (cells no spreadsheet evaluates), progress (the bars),
info (what a build was made from).
"""

from __future__ import annotations

from plancompare.pipeline.corpus import PARALLEL_MIN_PLANS, build_corpus, build_tables, resolve_jobs
from plancompare.pipeline.info import build_info, up_to_date
from plancompare.pipeline.plan import LARGE_PLAN_BYTES, LargePlanWarning, PlanResult, process_plan
from plancompare.pipeline.run import BuildResult, build
from plancompare.pipeline.write import FORMATS, write_tables

__all__ = [
    "BuildResult", "build", "build_tables", "build_corpus", "resolve_jobs", "PARALLEL_MIN_PLANS",
    "process_plan", "PlanResult", "LARGE_PLAN_BYTES", "LargePlanWarning", "build_info",
    "up_to_date", "write_tables", "FORMATS",
]
