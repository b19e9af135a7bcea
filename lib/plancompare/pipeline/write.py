"""Writing the processed folder atomically (see :mod:`plancompare.pipeline.outputs`)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Sequence

import pandas as pd

from plancompare.config import DATAPACKAGE_NAME
from plancompare.errors import BuildError
from plancompare.indicators.missed import missed_findings
from plancompare.indicators.qa import qa_report, quality_checks
from plancompare.pipeline import outputs
from plancompare.read.decoding import sha256_bytes
from plancompare.schema import datapackage, table_names


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    # UTF-8 with BOM so that Excel opens Chinese correctly; "\n" line ends for stable diffs;
    # text cells that a spreadsheet would evaluate get a leading quote (see plancompare.spreadsheet)
    from plancompare.pipeline.spreadsheet import write_csv

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
        for name in table_names():
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
        if "lines" in tables:
            findings += missed_findings(tables["lines"], tables["indicators"])
        (folder / "qa_report.md").write_text(qa_report(recs, findings), encoding="utf-8")
    descriptor = datapackage(resources, {**info, "formats": list(formats)})
    (folder / DATAPACKAGE_NAME).write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.chmod(folder, 0o755)
