"""Small corpora build: the number of topics adapts to the content, ``--topics`` fixes it (issue 16)."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest

from plancompare.cli import main
from plancompare.pipeline.run import build

from .small_plans import ONE_CHAPTER, one_chapter_raw, three_plans_raw, write_raw


def _shares_sum(out) -> pd.Series:
    return pd.read_csv(out / "plan_topic_shares.csv").groupby("plan_id")["share"].sum()


def test_one_plan_of_one_short_chapter_builds(tmp_path):
    raw = one_chapter_raw(tmp_path / "raw")
    result = build(raw, tmp_path / "out", use_cache=False)
    t = result.tables
    assert len(t["plans"]) == 1 and len(t["topics"]) == 20 and (t["topics"]["topic_id"] != "").all()
    sel = t["topic_selection"]
    assert sel["n_topics"].max() <= 20 // 3 and sel["chosen"].sum() == 1
    assert np.allclose(_shares_sum(tmp_path / "out"), 1.0, atol=1e-5)


def test_three_short_plans_build_with_shares_summing_to_one(tmp_path):
    raw = three_plans_raw(tmp_path / "raw")
    result = build(raw, tmp_path / "out", use_cache=False)
    assert set(result.tables["plans"]["plan_id"]) == {"anhe-14", "ping-14", "chang-14"}
    sums = _shares_sum(tmp_path / "out")
    assert len(sums) == 3 and np.allclose(sums, 1.0, atol=1e-5)


def test_a_few_paragraphs_give_a_single_topic_with_a_warning(tmp_path):
    text = "\n".join(ONE_CHAPTER.splitlines()[:5]) + "\n"  # title, chapter and three paragraphs
    raw = write_raw(tmp_path / "raw", {"anhe-14": ("安和县", "安和县规划", text)})
    with pytest.warns(UserWarning, match="3 paragraph\\(s\\) have content words: the corpus gets a single topic"):
        t = build(raw, tmp_path / "out", use_cache=False).tables
    assert list(t["topic_labels"]["topic_id"]) == ["T01"] and (t["topics"]["topic_id"] == "T01").all()
    assert t["plan_topic_shares"]["share"].tolist() == [1.0]


def test_no_running_text_leaves_the_topic_tables_empty_with_a_warning(tmp_path):
    text = "\n".join(ONE_CHAPTER.splitlines()[:2]) + "\n"  # title and a chapter heading only
    raw = write_raw(tmp_path / "raw", {"anhe-14": ("安和县", "安和县规划", text)})
    with pytest.warns(UserWarning, match="topic tables left empty"):
        t = build(raw, tmp_path / "out", use_cache=False).tables
    assert len(t["plans"]) == 1 and t["topics"].empty and t["plan_topic_shares"].empty


def test_shares_leave_out_paragraphs_without_any_weight():
    from plancompare.topics.corpus import _plan_shares

    # plan a: one paragraph whose whole section has no content word (a zero row)
    weights = np.array([[0.25, 0.75], [0.0, 0.0], [0.5, 0.5], [1.0, 0.0]])
    shares = _plan_shares(weights, pd.Series(["a", "a", "a", "b"]), ["T01", "T02"])
    assert shares.groupby("plan_id")["share"].sum().tolist() == [1.0, 1.0]
    assert shares["share"].tolist() == [0.375, 0.625, 1.0, 0.0]
    with pytest.warns(UserWarning, match="c: no paragraph has content words"):
        shares = _plan_shares(np.zeros((1, 2)), pd.Series(["c"]), ["T01", "T02"])
    assert shares.empty


def test_topics_option_fixes_the_number_of_topics_and_the_build_key(tmp_path, capsys):
    raw = three_plans_raw(tmp_path / "raw")
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "a"), "--quiet", "--topics", "2"]) == 0
    labels = pd.read_csv(tmp_path / "a" / "topic_labels.csv")
    assert list(labels["topic_id"]) == ["T01", "T02"]
    assert np.allclose(_shares_sum(tmp_path / "a"), 1.0, atol=1e-5)
    info = json.loads((tmp_path / "a" / "datapackage.json").read_text(encoding="utf-8"))["plancompare"]
    assert info["n_topics"] == 2
    # another number of topics is another build (not "up to date"), and the library takes it too
    result = build(raw, tmp_path / "a", n_topics=3)
    assert not result.up_to_date and len(result.tables["topic_labels"]) == 3
    assert build(raw, tmp_path / "a", n_topics=3).up_to_date


@pytest.mark.parametrize("value,words", [
    ("0", "--topics must be a whole number of 1 or more, not 0"),
    ("-2", "--topics must be a whole number of 1 or more, not '-2'"),
    ("abc", "--topics must be a whole number of 1 or more, not 'abc'"),
    ("2.5", "--topics must be a whole number of 1 or more, not '2.5'"),
    ("500", "catalog.csv: 500 topics requested but the corpus has only 27 paragraphs with content words "
            "(use --topics 27 or fewer"),
])
def test_bad_topics_values_give_one_line_and_exit_1(value, words, tmp_path, capsys):
    raw = three_plans_raw(tmp_path / "raw")
    capsys.readouterr()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # and no warning besides the error
        code = main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), f"--topics={value}"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and err[0].startswith("plancompare: error: "), err
    assert words in err[0], err[0]
    assert not (tmp_path / "out").exists()


def test_library_build_checks_n_topics_before_any_work(tmp_path):
    from plancompare.errors import PlanError

    raw = three_plans_raw(tmp_path / "raw")
    for bad in (0, True, 2.0, "x"):
        with pytest.raises(PlanError, match="whole number of 1 or more"):
            build(raw, tmp_path / "out", n_topics=bad)
    assert not (tmp_path / "out").exists()
