"""The plan step on a Dask cluster: the same bytes as a serial build; a failing plan is named; a
worker killed mid-build costs nothing but time, or stops the build cleanly (plancompare.pipeline.distributed)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sys

import pytest

from plancompare.cli import main
from plancompare.pipeline.corpus import PARALLEL_MIN_PLANS

from ..conftest import ROOT

distributed = pytest.importorskip("distributed")

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import make_corpus  # noqa: E402

from .test_scale import _same  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(PARALLEL_MIN_PLANS + 4, tmp_path_factory.mktemp("dask-corpus") / "raw", seed=2)


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("dask-serial") / "processed"
    assert main(["build", "--raw", str(corpus), "--out", str(out), "--jobs", "1", "--no-cache", "--quiet"]) == 0
    return out


def _cluster(**config):
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set(config):
        return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=":0")


@pytest.fixture(scope="module")
def cluster():
    c = _cluster()
    yield c
    c.close()


def _dask_build(corpus, out, address, *extra):
    return main(["build", "--raw", str(corpus), "--out", str(out), "--scheduler", address, "--no-cache", "--quiet",
                 *extra])


def _killing_one_worker(monkeypatch, address):
    """Make the build SIGKILL one of the cluster's workers as soon as its first plan is back."""
    import plancompare.pipeline.distributed as dist

    real = dist.dask_map
    killed = []

    def dask_map(*args, **kwargs):
        results = real(*args, **kwargs)
        yield next(results)
        with distributed.Client(address, set_as_default=False) as client:
            pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        killed.append(victim)
        yield from results

    monkeypatch.setattr(dist, "dask_map", dask_map)
    return killed


def test_dask_build_equals_serial_build(corpus, serial, cluster, tmp_path):
    assert _dask_build(corpus, tmp_path / "dask", cluster.scheduler_address) == 0
    assert _same(tmp_path / "dask", serial)


def test_a_plan_failing_in_a_worker_is_named(corpus, cluster, tmp_path, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    broken = b"\xff\xfe\x00\x00 broken"
    (raw / "synthetic-00003.txt").write_bytes(broken)
    cat = (raw / "catalog.csv").read_text(encoding="utf-8")
    old_sha = hashlib.sha256((corpus / "synthetic-00003.txt").read_bytes()).hexdigest()
    (raw / "catalog.csv").write_text(cat.replace(old_sha, hashlib.sha256(broken).hexdigest()), encoding="utf-8")
    capsys.readouterr()
    assert _dask_build(raw, tmp_path / "out", cluster.scheduler_address) == 1
    err = capsys.readouterr().err
    assert "synthetic-00003.txt" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    assert _dask_build(raw, tmp_path / "out", cluster.scheduler_address, "--keep-going") == 1
    assert "1 plan(s) failed" in capsys.readouterr().err
    plans = (tmp_path / "out" / "plans.csv").read_text(encoding="utf-8-sig")
    assert "synth-00002" in plans and "synth-00003" not in plans


def test_a_worker_killed_mid_build_leaves_the_output_unchanged(corpus, serial, tmp_path, monkeypatch):
    """With the scheduler's default retries, the killed worker's plans run on the other worker
    (the nanny also restarts it): the output is the serial build's, byte for byte."""
    with _cluster() as c:
        killed = _killing_one_worker(monkeypatch, c.scheduler_address)
        assert _dask_build(corpus, tmp_path / "dask", c.scheduler_address) == 0
    assert killed
    assert _same(tmp_path / "dask", serial)


def test_a_worker_killed_with_no_retries_left_stops_the_build_cleanly(corpus, serial, tmp_path, monkeypatch,
                                                                      capsys):
    """A plan whose worker died and that may not be retried: one clear error, the previous output
    untouched, and the next build succeeds."""
    out = tmp_path / "processed"
    shutil.copytree(serial, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with _cluster(**{"distributed.scheduler.allowed-failures": 0}) as c:
        _killing_one_worker(monkeypatch, c.scheduler_address)
        capsys.readouterr()
        rc = _dask_build(corpus, out, c.scheduler_address)
    err = capsys.readouterr().err
    if rc == 0:  # the killed worker had no plan running at that moment: nothing to retry
        pytest.skip("the killed worker was idle")
    assert rc == 1 and "died" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]
    monkeypatch.undo()
    with _cluster() as c:
        assert _dask_build(corpus, out, c.scheduler_address) == 0
    assert _same(out, serial)


def test_an_unreachable_scheduler_is_one_clear_error(corpus, tmp_path, monkeypatch, capsys):
    import plancompare.pipeline.distributed as dist

    monkeypatch.setattr(dist, "CONNECT_TIMEOUT", 2)
    assert _dask_build(corpus, tmp_path / "out", "tcp://127.0.0.1:9") == 1
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
