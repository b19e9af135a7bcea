"""Stage 5, the dataset: tidy DataFrames for every processed table, read from a processed folder.

Reading never builds: :func:`read_processed` reads what ``plancompare build`` wrote.
``pc.load()`` (:mod:`plancompare.api`) is the convenience that builds when nothing
was built yet.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from plancompare import config
from plancompare.config import DATAPACKAGE_NAME
from plancompare.pipeline.spreadsheet import restore_frame
from plancompare.schema import read_dtypes, table_names


class StaleDataWarning(UserWarning):
    """The processed data was built from other raw files or another catalog."""


@dataclass
class Dataset:
    """The processed tables of a corpus of plans.

    Attributes are tidy DataFrames: ``plans`` (one row per plan), ``sections``
    (the heading trees), ``paragraphs`` (text units), ``lines`` (the ledger
    of every raw line), ``indicators`` (one row per indicator value, with
    provenance) and the topic tables (``topics``, ``topic_terms``,
    ``topic_labels``, ``plan_topic_shares``, ``plan_similarity``,
    ``plan_keyness``, ``topic_selection``, ``topic_map``). ``source``
    says where they came from.
    """

    plans: pd.DataFrame
    sections: pd.DataFrame
    paragraphs: pd.DataFrame
    lines: pd.DataFrame
    indicators: pd.DataFrame
    topics: pd.DataFrame = None
    topic_terms: pd.DataFrame = None
    topic_labels: pd.DataFrame = None
    plan_topic_shares: pd.DataFrame = None
    plan_similarity: pd.DataFrame = None
    plan_keyness: pd.DataFrame = None
    topic_selection: pd.DataFrame = None
    topic_map: pd.DataFrame = None
    source: str = ""
    info: dict = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in table_names()}

    def plan(self, plan_id: str) -> pd.Series:
        """The catalog row of one plan; raises KeyError naming the known plan_ids."""
        hit = self.plans[self.plans["plan_id"] == plan_id]
        if hit.empty:
            raise KeyError(f"unknown plan_id '{plan_id}'; known: {', '.join(self.plans['plan_id'])}")
        return hit.iloc[0]

    def outline(self, plan_id: str, max_level: int = 2) -> pd.DataFrame:
        """The heading tree of one plan down to ``max_level`` (chapters and sections by default)."""
        s = self.sections
        keep = (s["plan_id"] == plan_id) & (s["level"].between(1, max_level)) & \
            s["kind"].isin(["chapter", "section", "heading", "appendix"])
        return s.loc[keep, ["section_id", "level", "number", "title", "kind", "line_start", "line_end"]]

    def subset(self, plan_ids=None) -> "Dataset":
        """A Dataset with only the given plans (all when ``plan_ids`` is None). Does not modify ``self``.

        Raises KeyError naming unknown plan_ids and the known ones. Corpus-level
        tables (topic terms and labels, evaluation) are kept whole.
        """
        if plan_ids is None:
            return self
        plan_ids = list(plan_ids)
        known = list(self.plans["plan_id"])
        unknown = [p for p in plan_ids if p not in known]
        if unknown:
            raise KeyError(f"unknown plan_id(s) {unknown}; known: {', '.join(known)}")
        frames = {}
        for name, df in self.tables().items():
            if df is None:
                frames[name] = df
            elif "plan_id" in df.columns:
                frames[name] = df[df["plan_id"].isin(plan_ids)].reset_index(drop=True)
            elif "plan_id_a" in df.columns:
                frames[name] = df[df["plan_id_a"].isin(plan_ids) & df["plan_id_b"].isin(plan_ids)].reset_index(drop=True)
            else:
                frames[name] = df
        return Dataset(**frames, source=self.source, info=self.info)

    def headline(self, ids=None, prefer: str = "table") -> pd.DataFrame:
        """Headline indicators side by side per plan (see :func:`plancompare.indicators.headline`)."""
        from plancompare.indicators.views import headline

        return headline(self.indicators, ids or None, prefer)

    def coverage(self) -> pd.DataFrame:
        """Which plan reports which indicator, as binding / expected / reported / absent."""
        from plancompare.indicators.views import coverage

        return coverage(self.indicators, self.plans)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k}={len(v)}" for k, v in self.tables().items())
        return f"<Dataset {len(self.plans)} plans ({sizes}) from {_shown_path(self.source)}>"


def _shown_path(source: str) -> str:
    """``source`` relative to the project root when inside it (reprs end up in executed notebooks)."""
    if not source:
        return source
    try:
        return Path(source).resolve().relative_to(config.project_root().resolve()).as_posix()
    except ValueError:
        return source


def read_processed(processed_dir: str | Path) -> Dataset:
    """Read the processed CSVs (or Parquet files) of a folder written by ``plancompare build``.

    Text cells that the build wrote with a leading quote so that no spreadsheet evaluates
    them (see :mod:`plancompare.spreadsheet`) are returned as their original text.
    """
    processed_dir = Path(processed_dir)
    frames = {}
    for name in table_names():
        parquet = processed_dir / f"{name}.parquet"
        if parquet.is_file():  # faster for large corpora; same columns and types
            df = pd.read_parquet(parquet)
            frames[name] = df.astype({c: t for c, t in read_dtypes(name).items() if c in df.columns})
            continue
        df = pd.read_csv(processed_dir / f"{name}.csv", encoding="utf-8-sig",
                         dtype=read_dtypes(name), keep_default_na=False,
                         na_values={c: [""] for c, t in read_dtypes(name).items()
                                    if t != "str"})
        # text cells were written spreadsheet-safe (a quote before "=", "+", "-", "@" …): undo that
        frames[name] = restore_frame(df, [c for c, t in read_dtypes(name).items() if t == "str" and c in df.columns])
    info = {}
    descriptor = processed_dir / DATAPACKAGE_NAME
    if descriptor.is_file():
        info = json.loads(descriptor.read_text(encoding="utf-8")).get("plancompare", {})
    return Dataset(**frames, source=str(processed_dir), info=info)


def _check_fresh(ds: Dataset, raw_dir: Path) -> None:
    """Warn when the raw files or the catalog changed since the processed data was built."""
    from plancompare.errors import PlanError
    from plancompare.pipeline.info import build_info

    try:
        now = build_info(raw_dir)
    except PlanError:
        return
    if ds.info and (now["raw_files"] != ds.info.get("raw_files")
                    or now["catalog_sha256"] != ds.info.get("catalog_sha256")):
        warnings.warn(f"the processed data in {ds.source} was built from other raw files or "
                      f"another catalog than those in {raw_dir}; run `plancompare build` "
                      "to rebuild it", StaleDataWarning, stacklevel=3)
