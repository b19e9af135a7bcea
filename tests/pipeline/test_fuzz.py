"""Fuzzing the build with mutated plan files: flags or a clear error, never a hang or a partial write."""

from __future__ import annotations

import dataclasses
import hashlib
import random
import signal
from contextlib import contextmanager

import pytest

from plancompare.read.catalog import read_catalog
from plancompare.cli import main
from plancompare.errors import PlanError
from plancompare.pipeline.plan import process_plan
from plancompare.structure.tables import find_tables
from plancompare.read.decoding import read_document

from ..conftest import RAW

ROWS = {r.plan_id: r for r in read_catalog(RAW / "catalog.csv")}


@contextmanager
def time_limit(seconds: int):
    def fail(*_):
        raise TimeoutError(f"took over {seconds} s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def truncate_mid_table(data: bytes, rng: random.Random, path) -> bytes:
    doc = read_document(path, data)
    regions = find_tables(doc.lines)
    lines = data.split(b"\n")
    if not regions:
        return b"\n".join(lines[: rng.randrange(1, len(lines))])
    r = rng.choice(regions)
    cut = rng.randrange(r.start, r.end + 1)
    return b"\n".join(lines[:cut])


def delete_lines(data: bytes, rng: random.Random, path) -> bytes:
    lines = data.split(b"\n")
    keep = [ln for ln in lines if rng.random() > 0.15]
    return b"\n".join(keep or lines[:1])


def flip_bytes(data: bytes, rng: random.Random, path) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randrange(1, 40)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def shuffle_lines(data: bytes, rng: random.Random, path) -> bytes:
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randrange(2, 40))
    block = lines[i:j]
    rng.shuffle(block)
    return b"\n".join(lines[:i] + block + lines[j:])


MUTATIONS = [truncate_mid_table, delete_lines, flip_bytes, shuffle_lines]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("plan_id", sorted(ROWS))
def test_mutated_plan_gives_flags_or_a_clear_error(plan_id, mutation, seed):
    rng = random.Random(f"{plan_id}-{mutation.__name__}-{seed}")
    path = RAW / ROWS[plan_id].source_file
    data = mutation(path.read_bytes(), rng, path)
    row = dataclasses.replace(ROWS[plan_id], sha256=hashlib.sha256(data).hexdigest())
    with time_limit(30):
        try:
            result = process_plan(row, RAW, RAW / "catalog.csv", data=data)
        except PlanError as exc:
            text = str(exc)
            assert "\n" not in text and (ROWS[plan_id].source_file in text or "catalog.csv" in text)
            return
    t = result.tables
    assert len(t["lines"]) >= 1
    for rec in t["indicators"]:  # every value still stands on its raw line
        assert rec["alignment"] in ("exact", "inferred", "ambiguous")
        if rec["alignment"] == "inferred" and rec["source"] == "table":
            assert "evidence:" in rec["flags"] or "curated:" in rec["flags"]


@pytest.mark.parametrize("mutation", [delete_lines, flip_bytes], ids=lambda m: m.__name__)
def test_full_build_on_a_mutated_corpus(mutation, raw_copy, tmp_path, capsys):
    """The CLI build on a corpus with one mutated plan: success, or one clear error with nothing written."""
    rng = random.Random(mutation.__name__)
    target = raw_copy / "yingkou_14th.txt"
    data = mutation(target.read_bytes(), rng, target)
    target.write_bytes(data)
    cat = raw_copy / "catalog.csv"
    text = cat.read_text(encoding="utf-8")
    cat.write_text(text.replace(ROWS["yingkou-14"].sha256, hashlib.sha256(data).hexdigest()), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in raw_copy.iterdir()}
    out = tmp_path / "processed"
    with time_limit(120):
        code = main(["build", "--raw", str(raw_copy), "--out", str(out), "--quiet", "--no-cache"])
    assert {p.name: p.read_bytes() for p in raw_copy.iterdir()} == before
    if code == 0:
        assert (out / "indicators.csv").exists() and (out / "datapackage.json").exists()
    else:
        assert code == 1 and not out.exists()
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".processed")]
