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

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pandas as pd

from . import __version__, outputs
from .catalog import CatalogRow, read_catalog, verify_checksum, verify_text
from .config import CATALOG_NAME, DATAPACKAGE_NAME, catalog_path
from .errors import BuildError, PlanError
from .indicators import DECISIONS_NAME, PlanContext, plan_indicators, qa_report, quality_checks, read_decisions
from .schema import check_table, columns, datapackage
from .structure import ParsedPlan, Section, parse_document
from .text import furniture_patterns, read_document, sha256_bytes

#: Order in which the tables are written and listed in datapackage.json.
TABLES = ("plans", "sections", "paragraphs", "lines", "indicators", "topics", "topic_terms", "topic_labels",
          "plan_topic_shares", "plan_similarity", "plan_keyness", "topic_selection", "topic_map")
PLAN_TABLES = TABLES[:5]


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


def _plan_key(row: CatalogRow, data: bytes, decisions: Sequence[dict]) -> str:
    from .cache import key

    mine = [{k: v for k, v in d.items() if not k.startswith("_")} for d in decisions
            if d["plan_id"] == row.plan_id]
    return key("plan", sha256_bytes(data), row.as_record(), mine)


def _valid_plan_result(value) -> bool | str:
    """True when a cached plan result has every table with the right columns and types, else why not."""
    from .schema import records_problem

    if not isinstance(value, dict) or set(value) != {*PLAN_TABLES, "tokens"}:
        return "not the tables of a plan"
    for t in PLAN_TABLES:
        problem = records_problem(t, value[t])
        if problem:
            return problem
    tokens = value["tokens"]
    if not isinstance(tokens, dict) or not all(isinstance(v, str) for v in tokens.values()):
        return "tokens are not text"
    return True


def _valid_topic_tables(value) -> bool | str:
    """True when cached topic tables have the right columns and types, else why not."""
    from .schema import records_problem

    names = TABLES[len(PLAN_TABLES):]
    if not isinstance(value, dict) or set(value) != set(names):
        return "not the topic tables"
    for name in names:
        problem = records_problem(name, value[name])
        if problem:
            return problem
    return True


def _check_plan_keys(row: CatalogRow, raw_dir: Path, tables: dict[str, list[dict]]) -> None:
    """The primary keys of one plan's tables are unique; else a PlanError naming the plan and line.

    Checked in the plan's worker, so that a problem is attributed to its plan (and
    ``--keep-going`` can leave that plan out) instead of failing the corpus as a whole.
    """
    from .schema import load_schema

    for name in PLAN_TABLES:
        key = load_schema()[name].get("primary_key")
        if not key:
            continue
        seen = set()
        for rec in tables[name]:
            k = tuple(rec[c] for c in key)
            if k in seen:
                line = rec.get("source_line") or rec.get("line_start")
                raise PlanError(f"row of {row.plan_id}: internal error: two rows of table '{name}' have the key "
                                f"{dict(zip(key, k))}", file=raw_dir / row.source_file,
                                line=line if isinstance(line, int) else None,
                                hint="please report it with this plan; --keep-going builds the other plans")
            seen.add(k)


def _segment_plan(paragraphs: list[dict], dict_cache: bool = True) -> dict[str, list[str]]:
    """Segmented running text of one plan, {paragraph_id: words} (done in the plan's worker)."""
    from .segment import segment
    from .topics import TOPIC_KINDS

    units = [p for p in paragraphs if p["kind"] in TOPIC_KINDS]
    words = segment([p["text"] for p in units], use_cache=False, dict_cache=dict_cache)
    return {p["paragraph_id"]: " ".join(w) for p, w in zip(units, words)}  # words never hold spaces


def _plan_task(row: CatalogRow, raw_dir: Path, cat_file: Path, decisions: Sequence[dict],
               use_cache: bool) -> tuple[str, object]:
    """Process one plan, using the cache; never raises: returns ("ok", tables) or ("error", message).

    Runs in worker processes, so that a plan's error comes back with its name
    instead of being lost in a pool traceback.
    """
    from .cache import Cache

    try:
        path = raw_dir / row.source_file
        if not path.is_file():
            raise PlanError(f"row of {row.plan_id}: raw file '{row.source_file}' not found in {raw_dir}",
                            file=cat_file, line=row.row,
                            hint="put the file into the raw folder or fix source_file")
        data = path.read_bytes()
        cache = Cache("plans", enabled=use_cache)
        k = _plan_key(row, data, decisions)
        hit = cache.get(k, _valid_plan_result)
        if hit is not None:
            _check_plan_keys(row, raw_dir, hit)
            return "ok", hit
        result = process_plan(row, raw_dir, cat_file, data=data, decisions=decisions).tables
        _check_plan_keys(row, raw_dir, result)
        result["tokens"] = _segment_plan(result["paragraphs"], dict_cache=use_cache)
        cache.put(k, result)
        return "ok", result
    except PlanError as exc:
        return "error", exc
    except Exception as exc:  # a bug: report it with the plan it happened on
        return "error", f"{row.source_file}: internal error while processing {row.plan_id}: {exc!r} " \
                        "(please report it with this plan)"


def _records_frame(name: str, records: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records, columns=columns(name))
    if name == "indicators":
        df["year"] = df["year"].astype("Int64")
        df["value"] = df["value"].astype(float)
        df["cumulative"] = df["cumulative"].astype(bool)
    return df


@dataclass
class BuildResult:
    """What a build produced: the tables, the plans that failed (with --keep-going), whether it
    was skipped because the output was up to date, and where it was written."""

    tables: dict[str, pd.DataFrame] | None
    failures: list[str]
    up_to_date: bool = False
    out_dir: Path | None = None


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes: all cores by default; 0 or negative is an error."""
    if jobs is None:
        return os.cpu_count() or 1
    if not isinstance(jobs, int) or jobs < 1:
        raise PlanError(f"--jobs must be a whole number of 1 or more, not {jobs!r}",
                        hint="leave it out to use every core")
    return jobs


#: below this many plans to process, worker processes cost more than they save
PARALLEL_MIN_PLANS = 8


def build_tables(raw_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
                 progress: bool = False) -> dict[str, pd.DataFrame]:
    """Process every plan of a raw folder (its ``catalog.csv``) into checked DataFrames.

    Plans are processed in parallel (``jobs`` worker processes, default all cores)
    and cached by content. Raises :class:`PlanError` naming file, line and problem
    for the first plan that fails.
    """
    return build_corpus(raw_dir, use_cache, jobs, keep_going=False, progress=progress)[0]


def build_corpus(raw_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
                 keep_going: bool = False, progress: bool = False) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Like :func:`build_tables`, returning ``(tables, failures)``; with ``keep_going`` a plan
    that fails is left out and its error message added to ``failures``."""
    from .cache import check_writable

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
    if n_jobs > 1 and len(rows) >= PARALLEL_MIN_PLANS:
        from .workers import ordered_map

        computed = ordered_map(_plan_task, tasks, n_jobs)
    else:
        computed = (_plan_task(*t) for t in tasks)
    with _stopping_workers(computed, rows, cat_file):
        return _collect(rows, computed, progress, keep_going, cat_file, use_cache)


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


def _collect(rows, computed, progress: bool, keep_going: bool, cat_file: Path,
             use_cache: bool) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Gather the plans' rows as they arrive, then check them and add the corpus topic tables."""
    outcomes = computed
    if progress:
        from tqdm import tqdm

        outcomes = tqdm(computed, total=len(rows), desc="plans", unit="plan")
    # each plan's rows become DataFrames as they arrive (far more compact than dicts)
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in PLAN_TABLES}
    indicator_records: list[dict] = []
    tokens: dict[str, str] = {}
    failures, first_error, n_ok = [], None, 0
    for row, (status, value) in zip(rows, outcomes):  # consume every outcome: workers never raise
        if status != "ok":
            first_error = first_error or value
            failures.append(str(value))
            continue
        n_ok += 1
        for name in PLAN_TABLES:
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
    for name in PLAN_TABLES:
        if name == "indicators":
            quality_checks(indicator_records)
            df = _records_frame(name, indicator_records)
        else:
            df = pd.concat(frames.pop(name), ignore_index=True)
        check_table(name, df)
        tables[name] = df
    for name, df in corpus_topic_tables(tables, use_cache, tokens).items():
        check_table(name, df)
        tables[name] = df
    return tables, failures


def corpus_topic_tables(tables: dict[str, pd.DataFrame], use_cache: bool = True,
                        tokens: dict | None = None) -> dict[str, pd.DataFrame]:
    """The topic tables of the corpus, from the cache when the paragraphs have not changed."""
    from .cache import Cache, key
    from .schema import read_dtypes
    from .topics import TOPIC_KINDS, corpus_topics

    p = tables["paragraphs"]
    units = p[p["kind"].isin(TOPIC_KINDS)]
    sec = tables["sections"]
    k = key("topics", list(units["paragraph_id"]), list(units["text"]), list(units["section_id"]),
            list(sec["section_id"]), list(sec["parent_id"]), list(sec["level"].astype(int)), list(sec["title"]))
    names = TABLES[len(PLAN_TABLES):]
    cache = Cache("topics", enabled=use_cache)
    hit = cache.get(k, _valid_topic_tables)
    if hit is not None:
        out = {}
        for name in names:
            df = pd.DataFrame.from_records(hit[name], columns=columns(name))
            out[name] = df.astype({c: t for c, t in read_dtypes(name).items() if t != "str"})
        return out
    topic_tables = corpus_topics(p, sec, use_cache=use_cache, tokens=tokens)
    out = {name: topic_tables[name].reindex(columns=columns(name)) for name in names}
    cache.put(k, {name: df.to_dict("records") for name, df in out.items()})
    return out


def build_info(raw_dir: str | Path) -> dict:
    """What the processed data was built from: package version, catalog and raw checksums, and a
    build key that changes whenever any input or the code changes."""
    from .cache import code_fingerprint

    raw_dir = Path(raw_dir)
    cat_file = catalog_path(raw_dir)
    rows = read_catalog(cat_file)
    decisions = raw_dir / DECISIONS_NAME
    info = {
        "version": __version__,
        "catalog_sha256": sha256_bytes(cat_file.read_bytes()),
        "decisions_sha256": sha256_bytes(decisions.read_bytes()) if decisions.is_file() else "",
        "raw_files": {r.source_file: r.sha256 for r in sorted(rows, key=lambda r: r.source_file)},
    }
    info["build_key"] = sha256_bytes(json.dumps([info, code_fingerprint()], sort_keys=True).encode())
    return info


def up_to_date(out_dir: str | Path, raw_dir: str | Path, info: dict, formats: Sequence[str]) -> bool:
    """True when ``out_dir`` holds a complete build of exactly these inputs and this code: the
    build key matches, the raw files still have their catalog checksums, and every output file
    has the checksum its descriptor records."""
    out_dir, raw_dir = Path(out_dir), Path(raw_dir)
    try:
        desc = json.loads((out_dir / DATAPACKAGE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    built = desc.get("plancompare", {})
    if built.get("build_key") != info["build_key"] or built.get("failed") or \
            sorted(built.get("formats", [])) != sorted(formats):
        return False
    for name, sha in info["raw_files"].items():
        path = raw_dir / name
        if not path.is_file() or sha256_bytes(path.read_bytes()) != sha:
            return False
    for res in desc.get("resources", []):
        path = out_dir / res.get("path", "")
        if not path.is_file() or "sha256:" + sha256_bytes(path.read_bytes()) != res.get("hash"):
            return False
    return (out_dir / "qa_report.md").is_file()


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    # UTF-8 with BOM so that Excel opens Chinese correctly; "\n" line ends for stable diffs;
    # text cells that a spreadsheet would evaluate get a leading quote (see plancompare.spreadsheet)
    from .spreadsheet import write_csv

    write_csv(df, path)


FORMATS = ("csv", "parquet")


def _write_table(df: pd.DataFrame, path: Path, fmt: str) -> None:
    if fmt == "csv":
        _write_csv(df, path)
    else:
        df.to_parquet(path, index=False, engine="pyarrow", compression="zstd")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, info: dict,
                 formats: Sequence[str] = ("csv",), raw_dirs: Sequence[str | Path] = ()) -> Path:
    """Write tables, qa_report.md and datapackage.json into ``out_dir`` atomically. Returns ``out_dir``.

    ``out_dir`` must be absent, empty or an earlier build (see :mod:`plancompare.outputs`);
    ``raw_dirs`` are folders it may never be, hold or sit in. Files are written
    into a hidden sibling folder that is swapped with ``out_dir`` in one step
    once complete; on any error before the swap ``out_dir`` is left as it was.
    The descriptor records each file's checksum.
    """
    out_dir = outputs.claim(out_dir, "processed", raw_dirs)
    with outputs.OutputLock(out_dir):
        outputs.claim(out_dir, "processed", raw_dirs)  # again, now that no one else can write it
        outputs.clean_stale(out_dir)
        tmp = out_dir.parent / outputs.staging_name(out_dir, "tmp")
        swapped = False
        try:
            tmp.mkdir()
            _write_folder(tables, tmp, info, formats)
            with outputs.signals_held():
                old = outputs.swap_in(tmp, out_dir)
                swapped = True
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except KeyboardInterrupt:
            shutil.rmtree(tmp, ignore_errors=True)
            raise outputs.Interrupted(changed=swapped) from None
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if swapped:
                raise
            raise BuildError(f"cannot write the processed data: {exc.strerror or exc}", file=out_dir,
                             hint="nothing was changed; check the disk and the folder's permissions") from None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return out_dir


def _write_folder(tables: dict[str, pd.DataFrame], folder: Path, info: dict, formats: Sequence[str]) -> None:
    """Write every table, the QA report and the descriptor into the (new, empty) ``folder``."""
    resources = {}
    for fmt in formats:
        for name in TABLES:
            if name not in tables:
                continue
            path = f"{name}.{fmt}"
            _write_table(tables[name], folder / path, fmt)
            resources[name if fmt == "csv" else f"{name}-{fmt}"] = (name, path, fmt,
                                                                   sha256_bytes((folder / path).read_bytes()))
    if "indicators" in tables:
        records = tables["indicators"].astype(object).where(tables["indicators"].notna(), None)
        recs = records.to_dict("records")
        findings = quality_checks([dict(r) for r in recs])
        (folder / "qa_report.md").write_text(qa_report(recs, findings), encoding="utf-8")
    descriptor = datapackage(resources, {**info, "formats": list(formats)})
    (folder / DATAPACKAGE_NAME).write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.chmod(folder, 0o755)


def build(raw_dir: str | Path, out_dir: str | Path, use_cache: bool = True, jobs: int | None = None,
          keep_going: bool = False, progress: bool = False,
          formats: Sequence[str] = ("csv",)) -> BuildResult:
    """Build the processed dataset from ``raw_dir`` into ``out_dir``.

    Skips the work when ``out_dir`` is already an up-to-date build of the same
    inputs and code (and the cache is enabled). With ``keep_going``, plans that
    fail are left out, listed in ``failures`` and in the descriptor.
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
    outputs.claim(out_dir, "processed", [raw_dir])  # before any work: refuse a folder we may not replace
    info = build_info(raw_dir)
    if use_cache and up_to_date(out_dir, raw_dir, info, formats):
        return BuildResult(None, [], True, Path(out_dir))
    tables, failures = build_corpus(raw_dir, use_cache, jobs, keep_going, progress)
    if failures:
        info["failed"] = failures
    write_tables(tables, out_dir, info, formats, raw_dirs=[raw_dir])
    return BuildResult(tables, failures, False, Path(out_dir))
