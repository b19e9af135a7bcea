"""The same plan as .txt, .html, .docx and .pdf gives the same indicator rows.

Except where the text left a value ambiguous (a flattened table that dropped an empty cell):
there the structured formats place it from its own cell, with alignment exact.
"""

from __future__ import annotations

from collections import Counter

import pytest

from plancompare.pipeline.plan import process_plan
from plancompare.read.catalog import read_catalog

from .format_fixtures import FORMATS, PLANS

KEY = ("indicator_id", "indicator_name", "role", "year", "value", "unit", "comparator")


@pytest.fixture(scope="module")
def results(format_folders):
    """{(format, plan_id): indicator records} from process_plan (the build's per-plan step)."""
    out = {}
    for fmt, folder in format_folders.items():
        catalog = folder / "catalog.csv"
        for row in read_catalog(catalog):
            out[fmt, row.plan_id] = process_plan(row, folder, catalog).tables
    return out


def _rows(records, *, ambiguous: bool | None = None) -> Counter:
    return Counter(tuple(r[k] for k in KEY) for r in records
                   if ambiguous is None or (r["alignment"] == "ambiguous") == ambiguous)


@pytest.mark.parametrize("plan_id", [f"plan-{p.key}" for p in PLANS])
def test_structured_formats_give_the_same_rows_as_each_other(results, plan_id):
    html = _rows(results["html", plan_id]["indicators"])
    assert html, "no indicators read"
    for fmt in ("docx", "pdf"):
        assert _rows(results[fmt, plan_id]["indicators"]) == html, fmt


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "txt"])
@pytest.mark.parametrize("plan_id", [f"plan-{p.key}" for p in PLANS])
def test_rows_equal_the_text_form_except_what_it_left_ambiguous(results, plan_id, fmt):
    text = results["txt", plan_id]["indicators"]
    other = results[fmt, plan_id]["indicators"]
    clear, unclear = _rows(text, ambiguous=False), _rows(text, ambiguous=True)
    got = _rows(other)
    assert not _rows(other, ambiguous=True), "a structured table left a value ambiguous"
    assert clear <= got, f"rows of the text form missing: {clear - got}"
    resolved = got - clear
    assert len(resolved) == len(unclear)
    strip = lambda k: (k[0], k[1], k[4], k[5], k[6])  # noqa: E731  (role and year were unknown)
    assert Counter(map(strip, resolved)) == Counter(map(strip, unclear))
    assert all(k[2] and k[3] for k in resolved), "a resolved value has its role and year"


def test_the_ambiguous_value_is_resolved_from_its_own_cell(results):
    """Plan C's flattened text table dropped an empty 2020 cell: 8.5 could be 2020 or 2025."""
    text = [r for r in results["txt", "plan-c"]["indicators"] if r["value_raw"] == "8.5"]
    assert [r["alignment"] for r in text] == ["ambiguous"]
    for fmt in ("html", "docx", "pdf"):
        (rec,) = [r for r in results[fmt, "plan-c"]["indicators"] if r["value_raw"] == "8.5"]
        assert (rec["role"], rec["year"], rec["alignment"]) == ("target", 2025, "exact"), fmt
        assert rec["quote"] == "| 社会保险 | 工伤保险参保人数(万人) | | 8.5 | 预期性 |"


@pytest.mark.parametrize("fmt", FORMATS)
def test_table_values_are_exact_and_notes_and_brackets_survive(results, fmt):
    recs = [r for r in results[fmt, "plan-a"]["indicators"] if r["source"] == "table"]
    assert recs and all(r["alignment"] == "exact" for r in recs)
    jobs = [r for r in recs if r["indicator_id"] == "new_urban_jobs"]
    assert {r["value_raw"] for r in jobs} == {"〔5.2〕", "〔5〕"} and all(r["cumulative"] for r in jobs)
    lines = results[fmt, "plan-a"]["lines"]
    assert any(ln["text"] == "注:〔〕内为五年累计数。" and ln["kind"] == "table" for ln in lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_outline_is_the_same_in_every_format(results, fmt):
    for plan in PLANS:
        pid = f"plan-{plan.key}"
        want = [(s["level"], s["title"]) for s in results["txt", pid]["sections"]]
        assert [(s["level"], s["title"]) for s in results[fmt, pid]["sections"]] == want, pid
