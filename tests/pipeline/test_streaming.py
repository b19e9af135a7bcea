"""The streaming build: plans spilled to disk, the topic model fitted on a sample and applied in
batches, the output independent of batch sizes; faults (a corrupt fragment, a full disk, a
killed build's leftovers) are one clear error and change nothing (plancompare.pipeline.spill)."""

from __future__ import annotations

import errno
import os
import sys
from collections import Counter

import pandas as pd
import pytest

from plancompare.cli import main
from plancompare.errors import BuildError
from plancompare.pipeline import spill as spill_mod
from plancompare.pipeline.corpus import build_corpus
from plancompare.pipeline.spill import Spill, remove_stale_spills
from plancompare.topics import streaming

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(12, tmp_path_factory.mktemp("stream-corpus") / "raw", seed=3)


def _tree(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_streamed_topics_do_not_depend_on_the_batches(corpus, monkeypatch):
    """With a sample smaller than the corpus, the topic tables are the same whatever the size of
    the spill's batches (one plan per batch, or all in one)."""
    monkeypatch.setattr(streaming, "TOPIC_SAMPLE", 400)
    monkeypatch.setattr(spill_mod, "BATCH_ROWS", 1)  # every plan its own batch
    one, _ = build_corpus(corpus, use_cache=False, jobs=1)
    monkeypatch.setattr(spill_mod, "BATCH_ROWS", 10**9)  # one batch
    whole, _ = build_corpus(corpus, use_cache=False, jobs=1)
    assert set(one) == set(whole)
    for name in one:
        pd.testing.assert_frame_equal(one[name], whole[name], obj=name)
    assert len(one["topics"]) > 400 and one["topic_labels"]["n_paragraphs"].sum() <= len(one["topics"])
    shares = one["plan_topic_shares"].groupby("plan_id")["share"].sum()
    assert ((shares - 1).abs() < 1e-4).all()


def test_streamed_build_is_byte_identical_serial_and_parallel(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(streaming, "TOPIC_SAMPLE", 400)
    assert main(["build", "--raw", str(corpus), "--out", str(tmp_path / "serial"), "--jobs", "1", "--no-cache",
                 "--quiet", "--format", "csv,parquet"]) == 0
    assert main(["build", "--raw", str(corpus), "--out", str(tmp_path / "parallel"), "--jobs", "2", "--no-cache",
                 "--quiet", "--format", "csv,parquet"]) == 0
    assert _tree(tmp_path / "serial") == _tree(tmp_path / "parallel")


def test_the_sample_is_fixed_by_the_paragraph_ids():
    hashes = list(range(1000, 0, -1))
    assert streaming.sample_threshold(hashes, 1000) is None
    assert streaming.sample_threshold(hashes, 10) == 10
    assert streaming.sample_threshold(list(reversed(hashes)), 10) == 10


def test_counts_built_plan_by_plan_equal_the_count_matrix():
    from plancompare.topics.distinctive import count_matrix

    by_plan = {"a": Counter({"就业": 3, "创业": 1}), "b": Counter({"社保": 2, "就业": 1}), "c": Counter()}
    counts = streaming._Counts()
    for plan, c in by_plan.items():
        counts.add(plan, c)
    plans, M, terms = counts.matrix()
    plans2, M2, terms2 = count_matrix(by_plan)
    assert plans == plans2 and list(terms) == list(terms2)
    assert (M != M2).nnz == 0


def test_a_corrupt_fragment_is_one_clear_error(tmp_path):
    s = Spill(tmp_path / "spill", ["lines"])
    s.add({"lines": pd.DataFrame({"a": [1, 2]})})
    s.flush()
    fragment = tmp_path / "spill" / "lines-00000.arrow"
    fragment.write_bytes(fragment.read_bytes()[:40])  # cut short, as by an interrupted write
    with pytest.raises(BuildError, match="cannot be read back"):
        list(s.chunks("lines"))


def test_a_full_disk_while_spilling_or_writing_changes_nothing(corpus, tmp_path, monkeypatch, capsys):
    out = tmp_path / "processed"
    assert main(["build", "--raw", str(corpus), "--out", str(out), "--jobs", "1", "--no-cache", "--quiet"]) == 0
    before = _tree(out)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    import plancompare.pipeline.spreadsheet as spreadsheet

    for target, name in ((pd.DataFrame, "to_feather"), (spreadsheet, "write_csv_chunks")):
        with monkeypatch.context() as m:
            m.setattr(target, name, full)
            capsys.readouterr()
            assert main(["build", "--raw", str(corpus), "--out", str(out), "--jobs", "1", "--no-cache"]) == 1
        err = capsys.readouterr().err
        assert "No space left on device" in err and "nothing was changed" in err and "Traceback" not in err
        assert _tree(out) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]
    assert main(["build", "--raw", str(corpus), "--out", str(out), "--jobs", "1", "--no-cache", "--quiet"]) == 0


def test_a_killed_builds_spill_is_removed_by_the_next_build(tmp_path):
    import subprocess

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = tmp_path / f"{spill_mod.PREFIX}{dead}-abc"
    stale.mkdir()
    (stale / "lines-00000.arrow").write_bytes(b"half a fragment")
    mine = tmp_path / f"{spill_mod.PREFIX}{os.getpid()}-def"
    mine.mkdir()
    other = tmp_path / "plancompare-spill-notes"
    other.mkdir()
    remove_stale_spills(tmp_path)
    assert not stale.exists() and mine.exists() and other.exists()
