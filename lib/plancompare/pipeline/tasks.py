"""A plan's work as a worker runs it: cached, checked, never raising."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from plancompare.errors import PlanError
from plancompare.pipeline.plan import process_plan
from plancompare.read.catalog import CatalogRow
from plancompare.read.decoding import sha256_bytes
from plancompare.schema import columns, table_names


def _plan_key(row: CatalogRow, data: bytes, decisions: Sequence[dict]) -> str:
    from plancompare.cache import key

    mine = [{k: v for k, v in d.items() if not k.startswith("_")} for d in decisions
            if d["plan_id"] == row.plan_id]
    return key("plan", sha256_bytes(data), row.as_record(), mine)


def _valid_plan_result(value) -> bool | str:
    """True when a cached plan result has every table with the right columns and types, else why not."""
    from plancompare.schema import records_problem

    if not isinstance(value, dict) or set(value) != {*table_names("plan"), "tokens"}:
        return "not the tables of a plan"
    for t in table_names("plan"):
        problem = records_problem(t, value[t])
        if problem:
            return problem
    tokens = value["tokens"]
    if not isinstance(tokens, dict) or not all(isinstance(v, str) for v in tokens.values()):
        return "tokens are not text"
    return True


def _valid_topic_tables(value) -> bool | str:
    """True when cached topic tables have the right columns and types, else why not."""
    from plancompare.schema import records_problem

    names = table_names("corpus")
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
    from plancompare.schema import load_schema

    for name in table_names("plan"):
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
    from plancompare.topics.corpus import TOPIC_KINDS
    from plancompare.topics.segmentation import segment

    units = [p for p in paragraphs if p["kind"] in TOPIC_KINDS]
    words = segment([p["text"] for p in units], use_cache=False, dict_cache=dict_cache)
    return {p["paragraph_id"]: " ".join(w) for p, w in zip(units, words)}  # words never hold spaces


def _plan_task(row: CatalogRow, raw_dir: Path, cat_file: Path, decisions: Sequence[dict],
               use_cache: bool) -> tuple[str, object]:
    """Process one plan, using the cache; never raises: returns ("ok", tables) or ("error", message).

    Runs in worker processes, so that a plan's error comes back with its name
    instead of being lost in a pool traceback.
    """
    from plancompare.cache import Cache

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


def _records_frame(name: str, records: list[dict]):
    """One table's records as a DataFrame with the data dictionary's columns (indicators typed)."""
    import pandas as pd

    df = pd.DataFrame.from_records(records, columns=columns(name))
    if name == "indicators":
        df["year"] = df["year"].astype("Int64")
        df["value"] = df["value"].astype(float)
        df["cumulative"] = df["cumulative"].astype(bool)
    return df


def _plan_frames_task(row: CatalogRow, raw_dir: Path, cat_file: Path, decisions: Sequence[dict],
                      use_cache: bool) -> tuple[str, object]:
    """:func:`_plan_task`, with the plan's rows turned into what the build spills and keeps, in the
    worker (so that the build's main process does little per plan): ``("ok", {"frames": {table:
    DataFrame, "tokens": DataFrame}, "indicators": records, "findings": missed findings})`` or
    ``("error", message)``. Never raises."""
    import pandas as pd

    from plancompare.indicators.missed import missed_findings

    status, value = _plan_task(row, raw_dir, cat_file, decisions, use_cache)
    if status != "ok":
        return status, value
    try:
        frames = {name: _records_frame(name, value[name]) for name in table_names("plan") if name != "indicators"}
        indicators = _records_frame("indicators", value["indicators"])
        findings = missed_findings(frames["lines"], indicators)
        tokens = value["tokens"]
        frames["tokens"] = pd.DataFrame({"paragraph_id": list(tokens), "tokens": list(tokens.values())})
        return "ok", {"frames": frames, "indicators": value["indicators"], "findings": findings}
    except Exception as exc:  # a bug: report it with the plan it happened on
        return "error", f"{row.source_file}: internal error while processing {row.plan_id}: {exc!r} " \
                        "(please report it with this plan)"
