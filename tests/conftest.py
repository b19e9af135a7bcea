"""Shared fixtures: the project's raw folder, the dataset built from it, scratch copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plancompare.pipeline import build_tables

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
