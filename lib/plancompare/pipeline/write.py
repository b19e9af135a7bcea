"""Writing the processed folder atomically (see :mod:`plancompare.pipeline.outputs`).

Tables are written a chunk at a time (the build streams the plans' rows back from its spill), so
that writing never needs a table whole in memory; the files are the same bytes as writing each
table at once would give (CSV), or the same table in row groups (Parquet).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pandas as pd

from plancompare.config import DATAPACKAGE_NAME
from plancompare.errors import BuildError
from plancompare.indicators.missed import missed_findings
from plancompare.indicators.qa import qa_report, quality_checks
from plancompare.pipeline import outputs
from plancompare.schema import check_table, columns, datapackage, table_names

FORMATS = ("csv", "parquet")

#: a table's rows, chunk by chunk: called once per format
Chunks = Callable[[], Iterable[pd.DataFrame]]


#: a table held in memory is written this many rows at a time (so is never whole as CSV text)
WRITE_ROWS = 250_000


def row_chunks(df: pd.DataFrame, size: int = WRITE_ROWS) -> Iterator[pd.DataFrame]:
    """``df`` in slices of at most ``size`` rows (``df`` itself when it is small), categorical
    columns (a compact form of large tables) as the text they stand for."""
    for start in range(0, max(len(df), 1), size):
        part = df if len(df) <= size else df.iloc[start:start + size]
        yield decategorised(part)


def decategorised(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its categorical columns as text columns (``df`` itself when it has none)."""
    cats = [c for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)]
    return df.astype({c: "str" for c in cats}) if cats else df


def checked(name: str, chunks: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """The chunks of table ``name``, each checked against the data dictionary as it is read."""
    for df in chunks:
        check_table(name, df)
        yield df


def _write_table(name: str, chunks: Chunks, path: Path, fmt: str) -> None:
    if fmt == "csv":
        # UTF-8 with BOM so that Excel opens Chinese correctly; "\n" line ends for stable diffs;
        # text cells that a spreadsheet would evaluate get a leading quote (see pipeline.spreadsheet)
        from plancompare.pipeline.spreadsheet import write_csv_chunks

        write_csv_chunks(chunks(), path, columns(name))
        return
    _write_parquet(name, chunks, path)


def _write_parquet(name: str, chunks: Chunks, path: Path) -> None:
    """One row group per chunk, with one schema for all (a column all empty in one chunk takes the
    type it has in the others)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pa.Schema.from_pandas(df, preserve_index=False) for df in chunks()]
    if len(schemas) <= 1:
        df = next(iter(chunks()), None)
        df = pd.DataFrame(columns=columns(name)) if df is None else df
        df.to_parquet(path, index=False, engine="pyarrow", compression="zstd")
        return
    schema = pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
    schema = schema.with_metadata(schemas[0].metadata)
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for df in chunks():
            writer.write_table(pa.Table.from_pandas(df, preserve_index=False).cast(schema))


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read a block at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@contextlib.contextmanager
def staged(out_dir: str | Path, raw_dirs: Sequence[str | Path] = ()) -> Iterator[Path]:
    """A new, empty staging folder that replaces ``out_dir`` in one step when the block ends well.

    ``out_dir`` must be absent, empty or an earlier build (see :mod:`plancompare.outputs`);
    ``raw_dirs`` are folders it may never be, hold or sit in. The output lock is held throughout;
    on any error or interrupt the staging folder (and whatever the build spilled into it) is
    removed and ``out_dir`` is left as it was.
    """
    out_dir = outputs.claim(out_dir, "processed", raw_dirs)
    with outputs.OutputLock(out_dir):
        outputs.claim(out_dir, "processed", raw_dirs)  # again, now that no one else can write it
        outputs.clean_stale(out_dir)
        tmp = out_dir.parent / outputs.staging_name(out_dir, "tmp")
        swapped = False
        try:
            tmp.mkdir()
            yield tmp
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


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, info: dict,
                 formats: Sequence[str] = ("csv",), raw_dirs: Sequence[str | Path] = ()) -> Path:
    """Write tables, qa_report.md and datapackage.json into ``out_dir`` atomically. Returns ``out_dir``.

    Files are written into a hidden sibling folder that is swapped with ``out_dir`` in one step
    once complete (see :func:`staged`). The descriptor records each file's checksum.
    """
    target = outputs.claim(out_dir, "processed", raw_dirs)
    with staged(target, raw_dirs) as tmp:
        _write_folder(tables, tmp, info, formats)
    return target


def write_folder(sources: dict[str, Chunks], folder: Path, info: dict, formats: Sequence[str],
                 indicators: pd.DataFrame | None, missed: list[dict] | None, bar=None) -> None:
    """Write every table (``sources``: its chunks), the QA report (from the indicators and the
    missed findings) and the descriptor into the (new, empty) ``folder``."""
    resources = {}
    for fmt in formats:
        for name in table_names():
            if name not in sources:
                continue
            path = f"{name}.{fmt}"
            _write_table(name, sources[name], folder / path, fmt)
            resources[name if fmt == "csv" else f"{name}-{fmt}"] = (name, path, fmt, file_sha256(folder / path))
            if bar is not None:
                bar.update(1)
    if indicators is not None:
        records = indicators.astype(object).where(indicators.notna(), None)
        recs = records.to_dict("records")
        findings = quality_checks([dict(r) for r in recs]) + (missed or [])
        (folder / "qa_report.md").write_text(qa_report(recs, findings), encoding="utf-8")
    descriptor = datapackage(resources, {**info, "formats": list(formats)})
    (folder / DATAPACKAGE_NAME).write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.chmod(folder, 0o755)


def _write_folder(tables: dict[str, pd.DataFrame], folder: Path, info: dict, formats: Sequence[str]) -> None:
    """:func:`write_folder` for tables held whole in memory (the QA report's missed findings are
    computed from ``lines`` and ``indicators``)."""
    findings = None
    if "indicators" in tables and "lines" in tables:
        findings = missed_findings(tables["lines"], tables["indicators"])
    sources = {name: (lambda df=df: row_chunks(df)) for name, df in tables.items()}
    write_folder(sources, folder, info, formats, tables.get("indicators"), findings)
