"""TopicModel keeps scikit-learn's estimator contract, and reads both document formats alike."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError, SkipTestWarning
from sklearn.utils.estimator_checks import check_estimator
from sklearn.utils.validation import check_is_fitted

from plancompare.topics.documents import TopicError
from plancompare.topics.model import TopicModel

DOCS = [["就业", "创业", "岗位"], ["就业", "岗位", "招聘"], ["参保", "养老保险", "基金"],
        ["参保", "失业保险", "基金"], ["人才", "职称", "博士后"], ["人才", "职称", "引进"]] * 3
GROUPS = ["a", "a", "a", "b", "b", "b"] * 3


class _AsIfNumeric(TopicModel):
    """TopicModel claiming numeric 2-D input, only so that scikit-learn generates its checks.

    With the model's true tags (text in: ``input_tags.two_d_array=False``, ``string=True``)
    ``check_estimator`` runs only ``check_estimator_cloneable`` and skips every other check,
    as it does for scikit-learn's own text vectorizers.
    """

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = True
        return tags


#: scikit-learn 1.9's checks that feed random numeric arrays to ``fit``: they cannot apply to a
#: model of segmented text, which rejects numbers with a TopicError (tested below: each of these
#: fails on exactly that). What they check is tested on text in this file instead.
NUMERIC = "feeds a numeric array; TopicModel reads segmented text and rejects numbers"
NUMERIC_INPUT = {name: NUMERIC for name in [
    "check_fit_score_takes_y",              # signature: tested below (fit(docs, y=None, *, groups))
    "check_estimators_overwrite_params",    # tested below on text
    "check_dont_overwrite_parameters",      # tested below on text
    "check_estimators_fit_returns_self",    # tested below on text
    "check_readonly_memmap_input",
    "check_n_features_in_after_fitting",    # text has no n_features_in_ (as in TfidfVectorizer)
    "check_estimators_dtypes",
    "check_dtype_object",
    "check_pipeline_consistency",
    "check_estimators_pickle",              # tested below on text
    "check_f_contiguous_array_estimator",
    "check_transformer_general",            # fit_transform vs transform: tested below, per format
    "check_methods_sample_order_invariance",
    "check_methods_subset_invariance",      # tested below (without groups: smoothing mixes rows)
    "check_dict_unchanged",
    "check_fit_idempotent",                 # tested below on text
    "check_fit_check_is_fitted",            # tested below on text
    "check_n_features_in",
    "check_fit2d_predict1d",
]} | {
    # these ask for numeric validation's exact wording (check_array's), or for numeric properties
    "check_positive_only_tag_during_fit": "negative numbers: a text model has no positivity to declare",
    "check_complex_data": "wants 'Complex data not supported'; the model says a number is not a word",
    "check_estimators_empty_data_messages": "wants check_array's '0 feature(s)' message for a (n, 0) array; "
                                            "empty documents get 'no paragraph has any content word'",
    "check_estimators_nan_inf": "NaN and inf are numbers: rejected as not words, not as NaN",
    "check_fit2d_1sample": "wants an 'n_samples=1' message for a numeric row",
    "check_fit2d_1feature": "wants an 'n_features=1' message for a numeric column",
    "check_transformer_data_not_an_array": "_NotAnArray wraps a numeric array; it is rejected as not a "
                                           "sequence of documents",
}
#: checks scikit-learn itself skips here
SKIPPED_BY_SKLEARN = {"check_array_api_input"}  # needs SCIPY_ARRAY_API; array API input is numeric anyway


def _names(results, status=None) -> set[str]:
    return {r["check_name"] for r in results if status is None or r["status"] == status}


def test_check_estimator_with_the_true_tags_runs_the_clone_check_only():
    with pytest.warns(SkipTestWarning, match="Can't test estimator TopicModel"):
        results = check_estimator(TopicModel(n_topics=2), on_skip=None)
    assert [(r["check_name"], r["status"]) for r in results] == [("check_estimator_cloneable", "passed")]


def test_check_estimator_passes_every_check_that_applies_to_text():
    """Every check runs; those that apply to text pass (``on_fail="raise"`` would raise otherwise),
    and each of those expected to fail fails only because it fed numbers."""
    results = check_estimator(_AsIfNumeric(n_topics=2), expected_failed_checks=NUMERIC_INPUT,
                              on_skip=None, on_fail="raise")
    assert _names(results, "skipped") == SKIPPED_BY_SKLEARN
    assert _names(results, "xfail") == set(NUMERIC_INPUT), "a check expected to fail passes: move it"
    applicable = _names(results, "passed")
    assert applicable == {  # the API checks: clone, repr, tags, params, __init__, unfitted errors
        "check_estimator_cloneable", "check_estimator_tags_renamed", "check_valid_tag_types",
        "check_estimator_repr", "check_no_attributes_set_in_init", "check_estimators_unfitted",
        "check_do_not_raise_errors_in_init_or_set_params", "check_mixin_order", "check_estimator_sparse_tag",
        "check_estimator_sparse_array", "check_estimator_sparse_matrix", "check_transformers_unfitted",
        "check_transformer_n_iter", "check_parameters_default_constructible", "check_get_params_invariance",
        "check_set_params", "check_fit1d"}
    for r in results:
        if r["status"] == "xfail":  # failed on numeric input, not on something else
            error = r["exception"]
            chain = [error, error.__cause__, error.__context__]
            assert any(isinstance(e, TopicError) for e in chain), (r["check_name"], error)


def test_contract_on_text():
    """What the numeric checks check, on segmented text."""
    m = TopicModel(n_topics=3, random_state=0)
    assert repr(m) == "TopicModel(n_topics=3)"
    with pytest.raises(NotFittedError):
        check_is_fitted(m)
    with pytest.raises(NotFittedError):
        m.transform(DOCS)
    params = clone(m).get_params()
    before = set(vars(m))
    assert m.fit(DOCS, groups=GROUPS) is m
    check_is_fitted(m)
    assert m.get_params() == params                                  # fit overwrote no parameter
    added = set(vars(m)) - before
    assert added and all(a.endswith("_") and not a.startswith("_") for a in added)
    fresh = clone(m)
    assert fresh.get_params() == params and not hasattr(fresh, "components_")
    again = TopicModel(n_topics=3, random_state=0).fit(DOCS, groups=GROUPS)
    assert np.array_equal(again.doc_topic_, m.doc_topic_)           # idempotent
    assert np.array_equal(m.fit(DOCS, groups=GROUPS).doc_topic_, again.doc_topic_)
    restored = pickle.loads(pickle.dumps(m))
    assert np.array_equal(restored.transform(DOCS), m.transform(DOCS))
    W = m.transform(DOCS)                                            # rows are independent without groups
    assert np.allclose(m.transform(DOCS[3:9]), W[3:9], atol=1e-6)
    assert np.allclose(m.transform(DOCS[::-1]), W[::-1], atol=1e-6)
    assert list(TopicModel.fit.__code__.co_varnames[:3]) == ["self", "docs", "y"]


@pytest.mark.parametrize("method", ["nmf", "kmeans"])
@pytest.mark.parametrize("fmt", ["lists of words", "space-joined strings", "tuples of words"])
def test_transform_agrees_with_fit_transform_in_every_format(fmt, method):
    as_fmt = {"lists of words": list, "space-joined strings": " ".join, "tuples of words": tuple}[fmt]
    docs = [as_fmt(d) for d in DOCS]
    m = TopicModel(n_topics=3, method=method, random_state=0)
    fitted = m.fit_transform(docs, groups=GROUPS)
    assert np.array_equal(fitted, m.doc_topic_)
    W = m.transform(docs, groups=GROUPS)
    assert W.shape == (len(DOCS), 3) and np.allclose(W.sum(axis=1), 1)   # the bug: strings gave all zeros
    assert np.allclose(W, fitted, atol=1e-6) and np.array_equal(W.argmax(axis=1), m.labels_)
    # the format changes nothing: the same model, the same weights, whatever format transform is given
    reference = TopicModel(n_topics=3, method=method, random_state=0).fit(DOCS, groups=GROUPS)
    assert np.array_equal(m.components_, reference.components_)
    assert np.array_equal(fitted, reference.doc_topic_)
    for other in (DOCS, [" ".join(d) for d in DOCS]):
        assert np.array_equal(m.transform(other, groups=GROUPS), W)


def test_transform_agrees_with_the_fit_on_the_plans(tables):
    """On the real corpus NMF's transform (topics fixed) matches the fit up to its solver tolerance."""
    from plancompare.topics.corpus import topic_units
    from plancompare.topics.segmentation import segment

    units, groups, _, _ = topic_units(tables["paragraphs"], tables["sections"])
    words = segment(list(units["text"]))
    k = int(tables["topic_selection"].query("chosen")["n_topics"].iloc[0])
    for docs in (words, [" ".join(w) for w in words]):
        m = TopicModel(n_topics=k, random_state=0)
        fitted = m.fit_transform(docs, groups=groups)
        W = m.transform(docs, groups=groups)
        assert np.abs(W - fitted).max() < 1e-3 and np.array_equal(W.argmax(axis=1), m.labels_)


@pytest.mark.parametrize("docs,message", [
    ("就业 创业 岗位", "not one string"),
    (np.random.default_rng(0).random((5, 3)), "holds float64"),
    ([["就业", 3]], "document 0 holds int 3, not a word"),
    ([["就业"], None], "document 1 is NoneType"),
    ([["就业"], 4.5], "document 1 is float"),
    ([b"bytes"], "document 0 is bytes"),
    (5, "not int"),
])
def test_bad_documents_are_named(docs, message):
    with pytest.raises(TopicError, match=message):
        TopicModel(n_topics=2).fit(docs)
    fitted = TopicModel(n_topics=2).fit(DOCS)
    with pytest.raises(TopicError, match=message):
        fitted.transform(docs)


def test_sparse_and_tables_are_refused_clearly():
    import pandas as pd
    from scipy import sparse

    with pytest.raises(TopicError, match="not a sparse matrix"):
        TopicModel(n_topics=2).fit(sparse.csr_matrix(np.ones((4, 3))))
    with pytest.raises(TopicError, match="not a DataFrame"):
        TopicModel(n_topics=2).fit(pd.DataFrame({"text": [" ".join(d) for d in DOCS]}))
    assert TopicModel(n_topics=2).fit(pd.Series([" ".join(d) for d in DOCS])).n_topics_ == 2


def test_groups_must_match_the_documents():
    with pytest.raises(TopicError, match="3 for 18 paragraphs"):
        TopicModel(n_topics=2).fit(DOCS, groups=["a", "b", "c"])
    with pytest.raises(TopicError, match="3 for 18 paragraphs"):
        TopicModel(n_topics=2).fit(DOCS).transform(DOCS, groups=["a", "b", "c"])
    with pytest.raises(TypeError):
        TopicModel(n_topics=2).fit(DOCS, None, GROUPS)  # groups is keyword-only: never taken for y
