"""The library's entry points for notebooks: ``pc.load()``.

Unlike :mod:`plancompare.dataset` (which only reads), :func:`load` may build: it
reads ``data/processed/`` when it is there and builds from ``data/raw/`` in memory
otherwise; ``load(raw_dir=...)`` builds a user's own corpus without writing anything.
"""

from __future__ import annotations

from pathlib import Path

from plancompare import config
from plancompare.dataset import Dataset, _check_fresh, read_processed


def load(processed_dir: str | Path | None = None, raw_dir: str | Path | None = None) -> Dataset:
    """Load the dataset.

    * ``load()`` reads the project's ``data/processed/`` (warning if it is stale) or,
      when it has not been built, builds from ``data/raw/`` in memory;
    * ``load(raw_dir=...)`` builds the plans of another raw folder in memory;
    * ``load(processed_dir=...)`` reads another processed folder.

    Raises :class:`plancompare.errors.PlanError` on bad raw input.
    """
    if raw_dir is not None and processed_dir is None:
        from plancompare.pipeline import build_info, build_tables

        tables = build_tables(raw_dir)
        return Dataset(**tables, source=str(raw_dir), info=build_info(raw_dir))
    proc = Path(processed_dir) if processed_dir is not None else config.processed_dir()
    if (proc / "plans.csv").is_file() or (proc / "plans.parquet").is_file():
        ds = read_processed(proc)
        _check_fresh(ds, Path(raw_dir) if raw_dir is not None else config.raw_dir())
        return ds
    if processed_dir is not None:
        from plancompare.errors import PlanError

        raise PlanError("no processed data here", file=proc, hint="run `plancompare build --out` first")
    return load(raw_dir=config.raw_dir())
