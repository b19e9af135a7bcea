"""The topic tables of a corpus too large to model at once: fitted on a sample, applied in batches.

A corpus of at most :data:`TOPIC_SAMPLE` running-text paragraphs is modelled whole, exactly as
:func:`plancompare.topics.corpus.corpus_topics` does. A larger corpus is read twice, a batch of
plans at a time (the batches come from the caller: the build reads them back from disk):

1. the sample: the :data:`TOPIC_SAMPLE` paragraphs whose id hashes lowest (a fixed sample, the
   same whatever the order or the number of workers; see :func:`sample_threshold`). The
   vocabulary, the IDF weights, the number of topics and the topics themselves are learnt on it
   (:class:`~plancompare.topics.model.TopicModel`);
2. every paragraph (the sample's too) gets its topic weights from the fitted model's
   ``transform``, smoothed within its section; the plans' word counts for keyness and
   similarity are gathered as a sparse plans × terms matrix.

So the topic step's memory depends on the sample and on one batch, not on the corpus; only the
per-paragraph output rows and the plans × terms counts grow with it.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import numpy as np

#: the topic model is fitted on at most this many running-text paragraphs
TOPIC_SAMPLE = 40_000


def sample_threshold(hashes: list[int], size: int | None = None) -> int | None:
    """The largest paragraph hash in the sample: the ``size`` (default :data:`TOPIC_SAMPLE`) lowest
    hashes are in it. None when every paragraph is (the corpus is no larger than the sample)."""
    size = TOPIC_SAMPLE if size is None else size
    if len(hashes) <= size:
        return None
    return int(np.partition(np.asarray(hashes, dtype=np.uint64), size - 1)[size - 1])


class _Counts:
    """Plans × terms word counts built plan by plan, as :func:`distinctive.count_matrix` gives them."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.plans: list[str] = []
        self.indices: list[np.ndarray] = []
        self.values: list[np.ndarray] = []

    def add(self, plan_id: str, counter) -> None:
        ids = np.fromiter((self.vocab.setdefault(t, len(self.vocab)) for t in counter), dtype=np.int64,
                          count=len(counter))
        self.plans.append(plan_id)
        self.indices.append(ids)
        self.values.append(np.fromiter(counter.values(), dtype=np.float64, count=len(counter)))

    def matrix(self):
        """(plans, CSR matrix with terms in sorted order, terms)."""
        import scipy.sparse as sp

        terms = np.array(sorted(self.vocab), dtype=object)
        new_index = np.empty(len(self.vocab), dtype=np.int64)
        new_index[[self.vocab[t] for t in terms]] = np.arange(len(terms))
        indptr = np.cumsum([0] + [len(i) for i in self.indices])
        cols = new_index[np.concatenate(self.indices)] if self.indices else np.zeros(0, dtype=np.int64)
        vals = np.concatenate(self.values) if self.values else np.zeros(0)
        M = sp.csr_matrix((vals, cols, indptr), shape=(len(self.plans), len(terms)))
        M.sort_indices()
        return self.plans, M, terms


def _units(batches: Iterable) -> Iterator[tuple]:
    """(units, groups, docs) of each batch with running text; batches are (paragraphs, sections, tokens)."""
    from plancompare.topics.corpus import TOPIC_KINDS, _warn_missing_text, topic_units

    for paragraphs, sections, tokens in batches:
        if not paragraphs["kind"].isin(TOPIC_KINDS).any():
            _warn_missing_text(paragraphs, paragraphs.iloc[:0], [])
            continue
        units, groups, _, _ = topic_units(paragraphs, sections)
        by_id = dict(zip(tokens["paragraph_id"], tokens["tokens"]))
        docs = [by_id[pid] for pid in units["paragraph_id"]]
        _warn_missing_text(paragraphs, units, docs)
        yield units, groups, docs


def streamed_topics(batches: Callable[[], Iterable], threshold: int, hash_of: Callable[[str], int],
                    n_topics: int | None = None, random_state: int = 0, plans=None, bar=None) -> dict:
    """The topic tables (as :func:`corpus_topics` names them) of a corpus larger than the sample.

    ``batches()`` yields (paragraphs, sections, tokens) DataFrames a batch of whole plans at a
    time, in plan order; paragraphs whose ``hash_of(paragraph_id)`` is at most ``threshold`` are
    the sample. ``bar`` (a progress bar or None) is advanced by paragraphs as they are transformed.
    """
    model = fit_sample(batches, threshold, hash_of, n_topics, random_state)
    return apply_model(model, batches, plans, bar)


def fit_sample(batches: Callable[[], Iterable], threshold: int, hash_of: Callable[[str], int],
               n_topics: int | None = None, random_state: int = 0):
    """First pass: the :class:`TopicModel` fitted on the sample (see :func:`streamed_topics`)."""
    from plancompare.topics.corpus import _check_n_topics, _fit
    from plancompare.topics.documents import NoTextError, count_nonempty

    sample_docs, sample_groups, n_nonempty = [], [], 0
    for units, groups, docs in _units(batches()):
        n_nonempty += count_nonempty(docs)
        for pid, g, d in zip(units["paragraph_id"], groups, docs):
            if hash_of(pid) <= threshold:
                sample_docs.append(d)
                sample_groups.append(g)
    if not sample_docs:
        raise NoTextError("no running-text paragraphs to model", hint="build plans with running text first")
    _check_n_topics(n_topics, n_nonempty)
    return _fit(sample_docs, sample_groups, n_topics, random_state)


def apply_model(model, batches: Callable[[], Iterable], plans=None, bar=None) -> dict:
    """Second pass: every paragraph's topic weights, the per-plan tables and the word counts."""
    import pandas as pd
    from threadpoolctl import threadpool_limits

    from plancompare.read.places import catalog_places
    from plancompare.topics.corpus import _plan_shares, _topic_tables, _words_by_plan, topic_compass
    from plancompare.topics.distinctive import keyness_of_counts, similarity_of_counts

    k = model.n_topics_
    topic_ids = [f"T{t + 1:02d}" for t in range(k)]
    parts: dict[str, list] = {"topics": [], "topic_map": [], "plan_topic_shares": []}
    n_per_topic = np.zeros(k, dtype=np.int64)
    counts = _Counts()
    for units, groups, docs in _units(batches()):
        with threadpool_limits(limits=1):  # as the fit: the weights cannot depend on the thread count
            weights = model.transform(docs, groups=groups)
        labels = weights.argmax(axis=1)
        labels[weights.sum(axis=1) == 0] = -1
        view = _Fitted(model, weights, labels)
        tables = _topic_tables(view, units, topic_ids)
        xy = topic_compass(weights)
        parts["topics"].append(tables["topics"])
        parts["topic_map"].append(pd.DataFrame({
            "plan_id": units["plan_id"], "paragraph_id": units["paragraph_id"],
            "topic_id": tables["topics"]["topic_id"], "x": xy[:, 0], "y": xy[:, 1]}))
        parts["plan_topic_shares"].append(_plan_shares(weights, units["plan_id"], topic_ids))
        n_per_topic += np.bincount(labels[labels >= 0], minlength=k)
        for plan_id, counter in _words_by_plan(docs, units["plan_id"].tolist()).items():
            counts.add(plan_id, counter)
        if bar is not None:
            bar.update(len(docs))
    out = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    labels_table = _topic_tables(_Fitted(model, np.zeros((0, k)), np.zeros(0, dtype=int)),
                                 units.iloc[:0], topic_ids)
    out["topic_terms"] = labels_table["topic_terms"]
    out["topic_labels"] = labels_table["topic_labels"].assign(n_paragraphs=n_per_topic)
    out["topic_selection"] = pd.DataFrame([{"n_topics": kk, "coherence": round(s, 4), "chosen": kk == k}
                                           for kk, s in (model.selection_ or [(k, model.coherence_)])])
    plan_ids, M, terms = counts.matrix()
    out["plan_similarity"] = similarity_of_counts(plan_ids, M, categorical=True)
    out["plan_keyness"] = keyness_of_counts(plan_ids, M, terms, places=sorted(catalog_places(plans)))
    order = ("topics", "topic_terms", "topic_labels", "plan_topic_shares", "plan_similarity", "plan_keyness",
             "topic_selection", "topic_map")
    return {name: out[name] for name in order}


class _Fitted:
    """The fitted model's topics with one batch's weights, as :func:`_topic_tables` reads a model."""

    def __init__(self, model, weights: np.ndarray, labels: np.ndarray) -> None:
        self.top_terms_ = model.top_terms_
        self.n_topics_ = model.n_topics_
        self.doc_topic_ = weights
        self.labels_ = labels
