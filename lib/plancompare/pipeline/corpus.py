"""A raw folder in, checked DataFrames out: plans in parallel, then the corpus topics."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pandas as pd

from plancompare.config import catalog_path
from plancompare.errors import BuildError, PlanError
from plancompare.indicators.decisions import DECISIONS_NAME, read_decisions
from plancompare.indicators.missed import missed_findings, to_check
from plancompare.indicators.qa import quality_checks
from plancompare.pipeline.tasks import _plan_task, _valid_topic_tables
from plancompare.read.catalog import CatalogRow, read_catalog
from plancompare.schema import check_table, columns, table_names

#: Order in which the tables are written and listed in datapackage.json.


def _records_frame(name: str, records: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records, columns=columns(name))
    if name == "indicators":
        df["year"] = df["year"].astype("Int64")
        df["value"] = df["value"].astype(float)
        df["cumulative"] = df["cumulative"].astype(bool)
    return df


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
                 keep_going: bool = False, progress: bool = False,
                 n_topics: int | None = None) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Like :func:`build_tables`, returning ``(tables, failures)``; with ``keep_going`` a plan
    that fails is left out and its error message added to ``failures``."""
    from plancompare.cache import check_writable

    raw_dir = Path(raw_dir)
    n_jobs = resolve_jobs(jobs)
    n_topics = resolve_topics(n_topics)
    check_writable(use_cache)
    cat_file = catalog_path(raw_dir)
    rows = read_catalog(cat_file)
    decisions = read_decisions(raw_dir)
    unknown = sorted({d["plan_id"] for d in decisions} - {r.plan_id for r in rows})
    if unknown:
        raise PlanError(f"decisions name unknown plan_id(s) {unknown}", file=raw_dir / DECISIONS_NAME)
    tasks = [(row, raw_dir, cat_file, decisions, use_cache) for row in rows]
    if n_jobs > 1 and len(rows) >= PARALLEL_MIN_PLANS:
        from plancompare.pipeline.workers import ordered_map

        computed = ordered_map(_plan_task, tasks, n_jobs)
    else:
        computed = (_plan_task(*t) for t in tasks)
    with _stopping_workers(computed, rows, cat_file):
        tables, failures, tokens = _collect(rows, computed, progress, keep_going, cat_file)
    tables.update(_checked_topic_tables(tables, use_cache, tokens, n_topics, cat_file))
    return tables, failures


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


def _collect(rows, computed, progress: bool, keep_going: bool,
             cat_file: Path) -> tuple[dict[str, pd.DataFrame], list[str], dict[str, str]]:
    """Gather the plans' rows as they arrive and check them; returns (tables, failures, tokens)."""
    outcomes = computed
    if progress:
        from tqdm import tqdm

        outcomes = tqdm(computed, total=len(rows), desc="plans", unit="plan")
    # each plan's rows become DataFrames as they arrive (far more compact than dicts)
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in table_names("plan")}
    indicator_records: list[dict] = []
    tokens: dict[str, str] = {}
    failures, first_error, n_ok = [], None, 0
    for row, (status, value) in zip(rows, outcomes):  # consume every outcome: workers never raise
        if status != "ok":
            first_error = first_error or value
            failures.append(str(value))
            continue
        n_ok += 1
        for name in table_names("plan"):
            if name == "indicators":
                indicator_records.extend(value[name])
            else:
                frames[name].append(_records_frame(name, value[name]))
        tokens.update(value["tokens"])
        del value
    if first_error is not None and not keep_going:
        raise first_error if isinstance(first_error, PlanError) else PlanError(str(first_error))
    if not n_ok:
        raise PlanError("no plan could be built", file=cat_file,
                        hint="; ".join(failures[:3]) if failures else None)
    tables: dict[str, pd.DataFrame] = {}
    for name in table_names("plan"):
        if name == "indicators":
            quality_checks(indicator_records)
            df = _records_frame(name, indicator_records)
        else:
            df = pd.concat(frames.pop(name), ignore_index=True)
        check_table(name, df)
        tables[name] = df
    findings = missed_findings(tables["lines"], tables["indicators"])
    tables["plans"]["to_check"] = to_check(tables["plans"]["plan_id"], findings)
    return tables, failures, tokens


def _checked_topic_tables(tables: dict[str, pd.DataFrame], use_cache: bool, tokens: dict,
                          n_topics: int | None, cat_file: Path) -> dict[str, pd.DataFrame]:
    """The corpus topic tables, checked; a topic error names the catalog of the corpus."""
    from plancompare.topics.documents import TopicError

    try:
        out = corpus_topic_tables(tables, use_cache, tokens, n_topics=n_topics)
    except TopicError as exc:
        if exc.file is not None:
            raise
        raise type(exc)(exc.message, file=cat_file, hint=exc.hint) from None
    for name, df in out.items():
        check_table(name, df)
    return out


def _typed_frames(records: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """The corpus tables from their records, with the data dictionary's columns and types."""
    from plancompare.schema import read_dtypes

    out = {}
    for name in table_names("corpus"):
        df = pd.DataFrame.from_records(records.get(name, []), columns=columns(name))
        out[name] = df.astype({c: t for c, t in read_dtypes(name).items() if t != "str"})
    return out


def corpus_topic_tables(tables: dict[str, pd.DataFrame], use_cache: bool = True,
                        tokens: dict | None = None, n_topics: int | None = None) -> dict[str, pd.DataFrame]:
    """The topic tables of the corpus, from the cache when the paragraphs and ``n_topics`` have
    not changed. With no running text, or none with content words, the tables are empty and a
    warning says so (the rest of the build is still useful)."""
    import warnings

    from plancompare.cache import Cache, key
    from plancompare.topics.corpus import TOPIC_KINDS, corpus_topics
    from plancompare.topics.documents import NoTextError
    from plancompare.read.places import catalog_places, place_names
    from plancompare.topics.segmentation import SegmentationWarning

    p = tables["paragraphs"]
    units = p[p["kind"].isin(TOPIC_KINDS)]
    sec = tables["sections"]
    parts = [list(units["paragraph_id"]), list(units["text"]), list(units["section_id"]),
             list(sec["section_id"]), list(sec["parent_id"]), list(sec["level"].astype(int)), list(sec["title"])]
    # the places left out of the keyness (the gazetteer's and the catalog's) are part of the key
    places = sorted(place_names(catalog_places(tables.get("plans"))))
    parts.append({"keyness_places": places})
    k = key("topics", *parts) if n_topics is None else key("topics", *parts, {"n_topics": n_topics})
    cache = Cache("topics", enabled=use_cache)
    hit = cache.get(k, _valid_topic_tables)
    if hit is not None:
        return _typed_frames(hit)
    try:
        topic_tables = corpus_topics(p, sec, n_topics=n_topics, use_cache=use_cache, tokens=tokens,
                                     plans=tables.get("plans"))
    except NoTextError as exc:
        warnings.warn(f"topic tables left empty: {exc.message}", SegmentationWarning, stacklevel=2)
        return _typed_frames({})
    out = {name: topic_tables[name].reindex(columns=columns(name)) for name in table_names("corpus")}
    cache.put(k, {name: df.to_dict("records") for name, df in out.items()})
    return out
