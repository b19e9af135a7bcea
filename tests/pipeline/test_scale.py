"""Corpus scale: parallel and cached builds equal serial and cold ones; bad options (plancompare.pipeline)."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import pytest

from plancompare.cli import main
from plancompare.pipeline.corpus import PARALLEL_MIN_PLANS

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import make_corpus  # noqa: E402


def _same(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(PARALLEL_MIN_PLANS + 2, tmp_path_factory.mktemp("corpus") / "raw", seed=1)


def _build(raw, out, cache, *extra):
    return subprocess.run([sys.executable, "-m", "plancompare", "build", "--raw", str(raw), "--out", str(out),
                           *extra], capture_output=True, text=True, timeout=600,
                          env={"PLANCOMPARE_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"})


def test_synthetic_corpus_is_in_the_users_format(corpus):
    from plancompare.read.catalog import read_catalog

    rows = read_catalog(corpus / "catalog.csv")
    assert len(rows) == PARALLEL_MIN_PLANS + 2
    assert {r.level for r in rows} == {"province", "prefecture-level city", "county", "district"}


def test_parallel_equals_serial_and_cached_equals_cold(corpus, tmp_path):
    cold = _build(corpus, tmp_path / "parallel", tmp_path / "cache", "--jobs", "2")
    assert cold.returncode == 0, cold.stderr
    assert cold.stderr == ""  # no progress bar when stderr is not a terminal
    serial = _build(corpus, tmp_path / "serial", tmp_path / "cache-serial", "--jobs", "1")
    assert serial.returncode == 0, serial.stderr
    assert _same(tmp_path / "parallel", tmp_path / "serial")
    # every plan and the topics now come from the cache, into a new folder
    cached = _build(corpus, tmp_path / "cached", tmp_path / "cache", "--jobs", "2")
    assert cached.returncode == 0 and _same(tmp_path / "parallel", tmp_path / "cached")
    # a corrupt cache entry is rebuilt, not trusted
    entries = sorted((tmp_path / "cache" / "plans").glob("*.json"))
    entries[0].write_text('{"key": "x", "value": {}}', encoding="utf-8")
    entries[1].write_text("garbage", encoding="utf-8")
    again = _build(corpus, tmp_path / "again", tmp_path / "cache", "--jobs", "2")
    assert again.returncode == 0 and _same(tmp_path / "parallel", tmp_path / "again")
    assert json.loads(entries[1].read_text(encoding="utf-8"))["key"] == entries[1].stem


def test_a_failing_plan_is_named_and_keep_going_builds_the_rest(corpus, tmp_path):
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (raw / "synthetic-00003.txt").write_bytes(b"\xff\xfe\x00\x00 broken")
    cat = (raw / "catalog.csv").read_text(encoding="utf-8")
    import hashlib

    sha = hashlib.sha256(b"\xff\xfe\x00\x00 broken").hexdigest()
    lines = [(ln[: ln.index(",synthetic-00003.txt,")] + f",synthetic-00003.txt,{sha}," + ln.split(",", 16)[16]
              if ",synthetic-00003.txt," in ln else ln) for ln in cat.splitlines()]
    (raw / "catalog.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stop = _build(raw, tmp_path / "out", tmp_path / "cache", "--jobs", "2")
    assert stop.returncode == 1 and "synthetic-00003.txt" in stop.stderr and "Traceback" not in stop.stderr
    assert not (tmp_path / "out").exists()
    going = _build(raw, tmp_path / "out", tmp_path / "cache", "--jobs", "2", "--keep-going")
    assert going.returncode == 1
    assert "1 plan(s) failed" in going.stderr and "synthetic-00003.txt" in going.stderr
    plans = (tmp_path / "out" / "plans.csv").read_text(encoding="utf-8-sig")
    assert "synth-00002" in plans and "synth-00003" not in plans


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_bad_jobs(jobs, capsys, tmp_path):
    assert main(["build", "--jobs", jobs, "--out", str(tmp_path / "o")]) == 1
    assert "--jobs must be a whole number of 1 or more" in capsys.readouterr().err


def test_unwritable_cache_folder(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PLANCOMPARE_CACHE_DIR", "/proc/plancompare-cache")
    assert main(["build", "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "the cache folder cannot be written" in err and "--no-cache" in err
    assert main(["build", "--out", str(tmp_path / "o"), "--no-cache", "--quiet"]) == 0


def test_parquet_output_loads_like_csv(tmp_path):
    import pandas as pd

    import plancompare as pc

    assert main(["build", "--out", str(tmp_path / "pq"), "--format", "csv,parquet", "--quiet"]) == 0
    assert (tmp_path / "pq" / "indicators.parquet").exists()
    a = pc.load(processed_dir=tmp_path / "pq")
    b = pc.load(processed_dir=ROOT / "data" / "processed")
    for name in ("plans", "indicators", "topics"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_dtype=False)
