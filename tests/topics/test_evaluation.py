"""The honest topic evaluation: hand labels (data/topic_labels_gold.csv) and the pipelines scored on them."""

import pandas as pd
import pytest

from plancompare.topics import TopicError
from plancompare.topics.evaluation import (PIPELINES, check_gold, evaluate_pipelines, evaluation_summary,
                                           gold_sample, pipeline_contrasts, read_codebook, read_gold)


@pytest.fixture(scope="module")
def gold():
    return read_gold()


@pytest.fixture(scope="module")
def evaluation(tables, gold):
    return evaluate_pipelines(tables["paragraphs"], tables["sections"], gold=gold)


def test_codebook_has_8_to_12_defined_topics():
    book = read_codebook()
    assert 8 <= len(book) <= 12
    assert all(t["zh"] and t["en"] and len(t["definition"]) > 20 for t in book.values())


def test_labels_file_is_valid_and_covers_all_five_plans(tables, gold):
    assert len(gold) >= 200 and gold["paragraph_id"].is_unique
    assert set(gold["label"]) <= set(read_codebook())
    check_gold(gold, tables["paragraphs"])  # every labelled paragraph exists and is running text
    plans = gold["paragraph_id"].str.split(":").str[0]
    assert set(plans) == set(tables["plans"]["plan_id"]) and plans.value_counts().min() >= 15
    assert gold["label"].nunique() == len(read_codebook())  # every topic used


def test_labelled_paragraphs_are_the_documented_sample(tables, gold):
    sample = gold_sample(tables["paragraphs"], tables["sections"])
    assert set(sample["paragraph_id"]) == set(gold["paragraph_id"])


def test_bad_labels_are_refused(tmp_path, tables):
    path = tmp_path / "gold.csv"
    path.write_text("paragraph_id,label,note\nhubei-14:p0002,not-a-topic,\n", encoding="utf-8")
    with pytest.raises(TopicError, match="codebook"):
        read_gold(path)
    with pytest.raises(TopicError, match="not in the paragraphs"):
        check_gold(pd.DataFrame({"paragraph_id": ["hubei-14:p9999"], "label": ["context"]}), tables["paragraphs"])


def test_every_pipeline_is_scored_per_plan_and_pooled(evaluation, gold):
    for name, _, _ in PIPELINES:
        rows = evaluation[evaluation["pipeline"] == name]
        assert {6, 8, 10, 12} <= set(rows["n_topics"]) and rows["k_by_coherence"].any()
        assert set(rows["plan_id"]) == {*gold["paragraph_id"].str.split(":").str[0], "all"}
        assert rows["gold_nmi"].between(0, 1).all() and rows["gold_ari"].between(-1, 1).all()
    pooled = evaluation[evaluation["plan_id"] == "all"]
    assert (pooled["paragraphs"] == len(gold)).all()
    # floors measured on these plans (pooled NMI 0.61-0.72, ARI 0.44-0.57), with a margin
    assert (pooled["gold_nmi"] >= 0.5).all() and (pooled.query("n_topics.notna()")["gold_ari"] >= 0.35).all()


def test_chapter_agreement_only_for_pipelines_that_ignore_the_sections(evaluation):
    smoothed = evaluation["uses_sections"]
    assert evaluation.loc[smoothed, "chapter_nmi"].isna().all()
    assert evaluation.loc[~smoothed, "chapter_nmi"].notna().all()
    summary = evaluation_summary(evaluation)
    assert len(summary) == evaluation[evaluation["plan_id"] == "all"].shape[0]
    assert summary["n_topics"].str.endswith("*").sum() == len(PIPELINES)


def test_contrasts_have_bootstrap_intervals(tables, gold):
    c = pipeline_contrasts(tables["paragraphs"], tables["sections"], gold=gold, k_values=(10,), n_boot=50)
    assert len(c) == 4 and (c["ci_low"] <= c["difference"]).all() and (c["difference"] <= c["ci_high"]).all()
