"""The same plan in the shapes real scrapes come in gives the same results (issue: robustness)."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from plancompare.read.catalog import read_catalog
from plancompare.pipeline.plan import process_plan

from ..conftest import RAW
from ..variants import VARIANTS, signature

ROWS = {r.plan_id: r for r in read_catalog(RAW / "catalog.csv")}


def run(plan_id: str, data: bytes):
    row = dataclasses.replace(ROWS[plan_id], sha256=hashlib.sha256(data).hexdigest())
    return process_plan(row, RAW, RAW / "catalog.csv", data=data)


@pytest.fixture(scope="module")
def originals():
    return {pid: signature(run(pid, (RAW / r.source_file).read_bytes())) for pid, r in ROWS.items()}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("plan_id", sorted(ROWS))
def test_variant_gives_the_same_structure_and_indicators(plan_id, variant, originals):
    data = VARIANTS[variant]((RAW / ROWS[plan_id].source_file).read_bytes())
    got = signature(run(plan_id, data))
    want = originals[plan_id]
    assert got["tree"] == want["tree"]
    assert got["paragraphs"] == want["paragraphs"]
    assert got["tables"] == want["tables"]
    assert got["indicators"] == want["indicators"]
