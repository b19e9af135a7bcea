"""Topics (plancompare.topics) on the five plans, and the estimator's contract."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.exceptions import NotFittedError

from plancompare.topics.model import TopicError, TopicModel
from plancompare.topics.distinctive import keyness
from plancompare.topics.labels import label_topics

DOCS = [["就业", "创业", "岗位"], ["就业", "岗位", "招聘"], ["参保", "养老保险", "基金"],
        ["参保", "失业保险", "基金"], ["人才", "职称", "博士后"], ["人才", "职称", "引进"]] * 3


def test_topics_cover_every_running_text_paragraph(tables):
    p = tables["paragraphs"]
    running = p[p["kind"].isin(["text", "box"])]
    t = tables["topics"]
    assert list(t["paragraph_id"]) == list(running["paragraph_id"])
    assert set(t["plan_id"]) == set(tables["plans"]["plan_id"])
    assert (t["topic_id"] != "").all()


def test_labels_read_like_the_field(tables):
    labels = tables["topic_labels"].set_index("label_zh")
    # measured on these plans: the model finds these fields, each named by its seed terms
    for label in ("就业创业", "社会保险", "公共服务与信息化", "劳动关系与工资", "人才人事"):
        assert label in labels.index
    assert "参保" in labels.loc["社会保险", "top_terms"]
    assert "就业" in labels.loc["就业创业", "top_terms"]
    shares = tables["plan_topic_shares"]
    assert np.allclose(shares.groupby("plan_id")["share"].sum(), 1.0, atol=1e-4)


def test_keyness_sets_plans_apart(tables):
    k = tables["plan_keyness"]
    top = {p: set(g.nsmallest(5, "rank")["term"]) for p, g in k.groupby("plan_id")}
    assert "农民工" in top["xuyong-14"]     # 叙永县: migrant workers
    assert "救助" in top["yingkou-14"]       # 营口市: social assistance
    sim = tables["plan_similarity"]
    assert len(sim) == 25 and sim["similarity"].between(0, 1.000001).all()


def test_the_tuned_model_is_stable_and_its_k_is_the_one_selected(tables):
    from plancompare.topics.corpus import topic_units
    from plancompare.topics.evaluation import stability
    from plancompare.topics.segmentation import segment

    units, groups, _, _ = topic_units(tables["paragraphs"], tables["sections"])
    sel = tables["topic_selection"]
    k = int(sel.loc[sel["chosen"], "n_topics"].iloc[0])
    assert sel["chosen"].sum() == 1
    assert stability(segment(list(units["text"])), groups, {"n_topics": k, "random_state": 0}) >= 0.75


def test_estimator_contract():
    m = TopicModel(n_topics=3, random_state=0)
    assert m.get_params()["n_topics"] == 3 and not hasattr(m, "components_")
    with pytest.raises(NotFittedError):
        m.transform(DOCS)
    labels = m.fit_predict(DOCS)
    assert m.components_.shape[0] == 3 and len(labels) == len(DOCS)
    assert np.array_equal(labels, TopicModel(n_topics=3, random_state=0).fit(DOCS).labels_)
    W = m.transform(DOCS[:2])
    assert W.shape == (2, 3) and np.allclose(W.sum(axis=1), 1)
    km = TopicModel(n_topics=3, method="kmeans", random_state=0).fit(DOCS)
    assert len(set(km.labels_)) == 3
    auto = TopicModel(k_range=(2, 4)).fit(DOCS)
    assert 2 <= auto.n_topics_ <= 4 and len(auto.selection_) == 3


def test_smoothing_pulls_paragraphs_towards_their_section():
    groups = ["a", "a", "a", "b", "b", "b"] * 3  # doc 0 (employment) shares a section with doc 2 (insurance)
    plain = TopicModel(n_topics=3, smoothing=0).fit(DOCS, groups=groups).doc_topic_
    smooth = TopicModel(n_topics=3, smoothing=1.0).fit(DOCS, groups=groups).doc_topic_
    assert np.allclose(smooth[0], smooth[2]) and not np.allclose(plain[0], plain[2])


@pytest.mark.parametrize("kwargs,docs,message", [
    ({"n_topics": 50}, DOCS, "50 topics requested but only 18 paragraphs"),
    ({"n_topics": 2}, [[], []], "no paragraph has any content word"),
    ({"n_topics": 2, "method": "lda"}, DOCS, "method must be"),
    ({"n_topics": 2, "smoothing": 2}, DOCS, "smoothing must be"),
])
def test_bad_input_gives_clear_errors(kwargs, docs, message):
    with pytest.raises(TopicError, match=message):
        TopicModel(**kwargs).fit(docs)


def test_label_rule():
    names = label_topics([[("参保", 0.5), ("养老保险", 0.3), ("神秘词", 0.2)],
                          [("参保", 0.6), ("基金", 0.4)],
                          [("甲乙", 0.9), ("丙丁", 0.1)]])
    assert names[1][0] == "社会保险"          # the stronger match takes the label
    assert names[0][0] == "参保·养老保险"      # the label is used once; the weaker one is named by its terms
    assert names[2] == ("甲乙·丙丁", "甲乙·丙丁", 0.0)


def test_keyness_statistic():
    k = keyness({"a": ["农民工"] * 10 + ["就业"] * 10, "b": ["救助"] * 10 + ["就业"] * 10})
    top = k[k["rank"] == 1].set_index("plan_id")["term"].to_dict()
    assert top == {"a": "农民工", "b": "救助"}
    assert "就业" not in set(k["term"])


@pytest.mark.parametrize("n_nonempty,expected", [
    (500, (6, 12)), (36, (6, 12)), (20, (3, 6)), (11, (2, 3)), (6, (2, 2)), (5, (1, 1)), (1, (1, 1)),
])
def test_k_range_shrinks_to_what_the_paragraphs_support(n_nonempty, expected):
    assert TopicModel().supported_k_range(n_nonempty) == expected


def test_a_single_topic_and_a_small_automatic_choice():
    one = TopicModel(n_topics=1).fit(DOCS)
    assert one.n_topics_ == 1 and np.allclose(one.doc_topic_, 1.0) and (one.labels_ == 0).all()
    small = TopicModel().fit(DOCS[:4])  # four paragraphs with content: one topic, no error
    assert small.n_topics_ == 1 and small.k_range_ == (1, 1)
    auto = TopicModel().fit(DOCS)  # 18 paragraphs support up to 6 topics
    assert auto.k_range_ == (3, 6) and 3 <= auto.n_topics_ <= 6
    with pytest.raises(TopicError, match="n_topics must be a whole number of 1 or more, not 0"):
        TopicModel(n_topics=0).fit(DOCS)
