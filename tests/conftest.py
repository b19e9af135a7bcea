"""Shared fixtures: the project's raw folder, the dataset built from it, scratch copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plancompare.pipeline.corpus import build_tables

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"


@pytest.fixture(scope="session")
def tables():
    """The tables built in memory from the project's raw plans."""
    return build_tables(RAW)


@pytest.fixture()
def raw_copy(tmp_path) -> Path:
    """A scratch copy of data/raw/ that a test may break."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst


def plan_sections(tables, plan_id: str):
    s = tables["sections"]
    return s[s["plan_id"] == plan_id]


def line_of(tables, plan_id: str, line: int):
    ledger = tables["lines"]
    return ledger[(ledger["plan_id"] == plan_id) & (ledger["source_line"] == line)].iloc[0]


def small_raw(dst: Path, plan_ids=("qingpu-14", "xuyong-14")) -> Path:
    """A raw folder with a few of the project's plans (fast to build), for tests that need real builds."""
    dst.mkdir(parents=True, exist_ok=True)
    lines = (RAW / "catalog.csv").read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",", 1)[0] in plan_ids]
    for ln in keep[1:]:
        name = next(f for f in ln.split(",") if f.endswith(".txt"))
        shutil.copyfile(RAW / name, dst / name)
    (dst / "catalog.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    return dst
