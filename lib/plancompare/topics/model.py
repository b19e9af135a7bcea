"""The topic model: TF-IDF + NMF with the number of topics chosen by coherence."""

from __future__ import annotations

import itertools
import math
import warnings
from typing import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from plancompare.topics.documents import (
    NoTextError,
    TopicError,
    as_documents,
    check_groups,
    count_nonempty,
    words,
)

__all__ = ["TopicModel", "TopicError"]  # TopicError lives in documents (light); re-exported here


class TopicModel(TransformerMixin, BaseEstimator):
    """TF-IDF + NMF (or KMeans) topic model over segmented paragraphs, a scikit-learn transformer.

    Documents are segmented paragraphs, each a list of words or its words joined by spaces (see
    :mod:`plancompare.topics.documents`); both give the same model and the same weights.
    ``__init__`` only stores the parameters (scikit-learn's contract: ``clone``, ``get_params``,
    ``set_params`` and grid searches rely on it); they are checked in ``fit``.

    Parameters
    ----------
    n_topics : int or None
        Number of topics (1 or more, at most the paragraphs with content words); None chooses
        it over ``k_range``: the fewest topics whose coherence (mean NPMI of top-term pairs
        over paragraphs) is within ``coherence_tolerance`` of the best (parsimony, as in the
        one-standard-error rule).
    k_range : (int, int)
        Inclusive range searched when ``n_topics`` is None, shrunk for small corpora to what
        the paragraphs support (see :meth:`supported_k_range`): a corpus with fewer than
        ``2 * PARAGRAPHS_PER_TOPIC`` paragraphs with content words gets a single topic.
    coherence_tolerance : float
    method : "nmf" or "kmeans"
    smoothing : float in [0, 1]
        Weight of the section mean in a paragraph's topic weights (0: none).
    min_df, max_df, max_features : TF-IDF vocabulary limits.
    n_top_terms : int
        Terms kept per topic in ``top_terms_``.
    random_state : int

    Attributes (after ``fit``)
    --------------------------
    vectorizer_, model_, components_ (topics × terms), n_topics_, terms_,
    top_terms_ (list of [(term, weight)]), doc_topic_ (smoothed, rows sum to 1),
    labels_, selection_ (coherence per k, when chosen automatically), k_range_ (the numbers of
    topics searched), coherence_.
    """

    def __init__(self, n_topics: int | None = None, k_range: tuple[int, int] = (6, 12),
                 coherence_tolerance: float = 0.015, method: str = "nmf", smoothing: float = 0.7,
                 min_df: int = 2, max_df: float = 0.5, max_features: int | None = 5000,
                 n_top_terms: int = 10, random_state: int = 0) -> None:
        self.n_topics = n_topics
        self.k_range = k_range
        self.coherence_tolerance = coherence_tolerance
        self.method = method
        self.smoothing = smoothing
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.n_top_terms = n_top_terms
        self.random_state = random_state

    def __sklearn_tags__(self):
        """Text in (not a numeric 2-D array), topic weights out (no input dtype to preserve)."""
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.transformer_tags.preserves_dtype = []
        return tags

    def _validate(self, docs: list, groups) -> int:
        """Check the parameters and the input before any work; returns the number of non-empty documents."""
        if self.method not in ("nmf", "kmeans"):
            raise TopicError(f"method must be 'nmf' or 'kmeans', not {self.method!r}")
        if not 0 <= self.smoothing <= 1:
            raise TopicError(f"smoothing must be between 0 and 1, not {self.smoothing}")
        check_groups(docs, groups)
        n_nonempty = count_nonempty(docs)
        if n_nonempty == 0:
            raise NoTextError("no paragraph has any content word: nothing to model",
                             hint="check that the plans have running text")
        if self.n_topics is None:
            lo, hi = self.k_range
            if not 1 <= lo <= hi:
                raise TopicError(f"k_range must be two whole numbers 1 <= low <= high, not {self.k_range}")
            return n_nonempty
        if isinstance(self.n_topics, bool) or not isinstance(self.n_topics, (int, np.integer)) or self.n_topics < 1:
            raise TopicError(f"n_topics must be a whole number of 1 or more, not {self.n_topics!r}",
                             hint="leave it out (None) to choose the number of topics from the content")
        if self.n_topics > n_nonempty:
            raise TopicError(f"{self.n_topics} topics requested but only {n_nonempty} paragraphs have content words",
                             hint=f"ask for at most {n_nonempty} topics, or leave n_topics out to choose it "
                                  "from the content")
        return n_nonempty

    def supported_k_range(self, n_nonempty: int) -> tuple[int, int]:
        """The numbers of topics searched when ``n_topics`` is None: ``k_range``, shrunk to what
        ``n_nonempty`` paragraphs with content support (at least :data:`PARAGRAPHS_PER_TOPIC` per
        topic). Below ``2 * PARAGRAPHS_PER_TOPIC`` paragraphs this is a single topic, (1, 1)."""
        lo, hi = self.k_range
        supported = n_nonempty // PARAGRAPHS_PER_TOPIC
        if supported >= hi:
            return lo, hi
        if supported < 2:
            return 1, 1
        return min(lo, max(2, supported // 2)), supported

    def _vectorize(self, docs: list, n_nonempty: int):
        """TF-IDF of the documents, with vocabulary limits eased for small corpora."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        n = n_nonempty
        vec = TfidfVectorizer(analyzer=words, min_df=min(self.min_df, max(1, n // 10)),
                              max_df=self.max_df if n >= 20 else 1.0, max_features=self.max_features,
                              sublinear_tf=True, dtype=np.float32 if n > LARGE_CORPUS else np.float64)
        X = vec.fit_transform(docs)
        return vec, X

    def _factorize(self, X, k: int, seed: int):
        """(fitted model, document weights, topics × terms) of ``k`` topics: NMF, streaming when large, or KMeans."""
        if self.method == "nmf" and X.shape[0] > LARGE_CORPUS:
            from sklearn.decomposition import MiniBatchNMF

            model = MiniBatchNMF(n_components=k, init="nndsvda", batch_size=4096, random_state=seed,
                                 max_iter=50)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                W = model.fit_transform(X)
            return model, W, model.components_
        if self.method == "nmf":
            from sklearn.decomposition import NMF

            model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=400)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # ConvergenceWarning on tiny corpora
                W = model.fit_transform(X)
            return model, W, model.components_
        from sklearn.cluster import KMeans

        model = KMeans(n_clusters=k, n_init=4, random_state=seed)
        labels = model.fit_predict(X)
        W = np.zeros((X.shape[0], k))
        W[np.arange(X.shape[0]), labels] = 1.0
        return model, W, np.clip(model.cluster_centers_, 0, None)

    def fit(self, docs: Sequence[str | Sequence[str]], y: None = None, *,
            groups: Sequence[str] | None = None) -> "TopicModel":
        """Fit on segmented paragraphs; ``groups`` (one section id per paragraph) enables smoothing.

        ``y`` is ignored (scikit-learn's signature, so that the model can sit in a pipeline);
        ``groups`` is keyword-only so that it cannot be taken for ``y``.
        """
        docs = as_documents(docs)
        n_nonempty = self._validate(docs, groups)
        self.vectorizer_, X = self._vectorize(docs, n_nonempty)
        self.terms_ = np.asarray(self.vectorizer_.get_feature_names_out())
        binary = (X > 0).astype(np.float64).tocsc()
        fits: dict = {}
        if self.n_topics is None:
            self.k_range_ = self.supported_k_range(n_nonempty)
            self.selection_, fits = self._select(X, binary, self.k_range_)
            # parsimony: the fewest topics whose coherence is within the tolerance of the best
            best = max(s for _, s in self.selection_)
            self.n_topics_ = min(k for k, s in self.selection_ if s >= best - self.coherence_tolerance - 1e-12)
        else:
            self.k_range_ = (int(self.n_topics), int(self.n_topics))
            self.selection_ = []
            self.n_topics_ = int(self.n_topics)
        # the search already fitted the chosen k on these very paragraphs (same seed): no second fit
        self.model_, W, self.components_ = fits.get(self.n_topics_) or self._factorize(X, self.n_topics_,
                                                                                       self.random_state)
        del fits
        self.top_terms_ = [[(self.terms_[i], float(row[i])) for i in np.argsort(-row, kind="stable")[: self.n_top_terms]]
                           for row in self.components_]
        self.doc_topic_ = _smooth(W, groups, self.smoothing)
        self.labels_ = _argmax_labels(self.doc_topic_)
        self.coherence_ = _coherence(self.components_, binary, self.n_top_terms)
        return self

    def _select(self, X, binary, k_range: tuple[int, int]) -> tuple[list[tuple[int, float]], dict]:
        """Coherence of each number of topics in ``k_range``, in k order (on a fixed sample when
        large), and the fits made on all of ``X`` ({k: (model, weights, topics × terms)}; none
        when the search ran on a sample), so that the chosen one need not be fitted again."""
        from joblib import Parallel, delayed

        Xs, Bs = X, binary
        sampled = X.shape[0] > SELECTION_SAMPLE
        if sampled:  # choose k on a fixed random sample of paragraphs
            rows = np.sort(np.random.default_rng(self.random_state).choice(X.shape[0], SELECTION_SAMPLE,
                                                                              replace=False))
            Xs, Bs = X[rows], binary[rows]

        def score(k: int) -> tuple[int, float, tuple | None]:
            fit = self._factorize(Xs, k, self.random_state)
            return k, _coherence(fit[2], Bs, self.n_top_terms), None if sampled else fit

        # candidates in threads (NMF's solver and BLAS release the GIL; results are in k order), when
        # the fits are large enough to gain from them: each fit gives the same result either way
        threads = 2 if Xs.shape[0] >= SELECTION_THREADS_MIN else 1
        scored = Parallel(n_jobs=threads, prefer="threads")(
            delayed(score)(k) for k in range(k_range[0], k_range[1] + 1))
        return [(k, s) for k, s, _ in scored], {k: fit for k, _, fit in scored if fit is not None}

    def transform(self, docs: Sequence[str | Sequence[str]], groups: Sequence[str] | None = None) -> np.ndarray:
        """Topic weights of paragraphs (rows sum to 1; zero for empty paragraphs), in either format.

        On the training paragraphs this agrees with ``fit_transform`` up to NMF's solver
        tolerance: NMF's ``transform`` solves for the weights with the topics fixed, where the fit
        found both together (KMeans gives the same labels exactly).
        """
        check_is_fitted(self)
        docs = as_documents(docs)
        check_groups(docs, groups)
        X = self.vectorizer_.transform(docs)
        if self.method == "nmf":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                W = self.model_.transform(X)
        else:
            W = np.zeros((X.shape[0], self.n_topics_))
            nonzero = np.asarray(X.sum(axis=1)).ravel() > 0
            if nonzero.any():
                W[np.flatnonzero(nonzero), self.model_.predict(X[nonzero])] = 1.0
        return _smooth(W, groups, self.smoothing)

    def fit_transform(self, docs: Sequence[str | Sequence[str]], y: None = None, *,
                      groups: Sequence[str] | None = None) -> np.ndarray:
        """Fit, and return the training paragraphs' topic weights from the fit (``doc_topic_``)."""
        return self.fit(docs, groups=groups).doc_topic_

    def fit_predict(self, docs: Sequence[str | Sequence[str]], y: None = None, *,
                    groups: Sequence[str] | None = None) -> np.ndarray:
        """Fit, and return each training paragraph's main topic (``labels_``; -1 when empty)."""
        return self.fit(docs, groups=groups).labels_


def _smooth(W: np.ndarray, groups, alpha: float) -> np.ndarray:
    sums = W.sum(axis=1, keepdims=True)
    P = np.divide(W, sums, out=np.zeros_like(W), where=sums > 0)
    if groups is None or alpha == 0:
        return P
    _, inverse, counts = np.unique(np.asarray(list(groups), dtype=str), return_inverse=True, return_counts=True)
    means = np.zeros((len(counts), P.shape[1]))
    np.add.at(means, inverse, P)
    means /= counts[:, None]
    out = (1 - alpha) * P + alpha * means[inverse]
    sums = out.sum(axis=1, keepdims=True)
    return np.divide(out, sums, out=np.zeros_like(out), where=sums > 0)


def _argmax_labels(P: np.ndarray) -> np.ndarray:
    labels = P.argmax(axis=1)
    labels[P.sum(axis=1) == 0] = -1
    return labels


def _coherence(components: np.ndarray, binary, n_top: int) -> float:
    """Mean NPMI of all pairs of each topic's top terms, over paragraphs (higher is better)."""
    n_docs = binary.shape[0]
    df = np.asarray(binary.sum(axis=0)).ravel()
    scores = []
    for row in components:
        top = np.argsort(-row, kind="stable")[:n_top]
        cols = binary[:, top]
        co = (cols.T @ cols).toarray()
        for i, j in itertools.combinations(range(len(top)), 2):
            pij = co[i, j] / n_docs
            pi, pj = df[top[i]] / n_docs, df[top[j]] / n_docs
            if pij <= 0 or pi <= 0 or pj <= 0:
                scores.append(-1.0)
            elif pij >= 1:
                scores.append(1.0)
            else:
                scores.append(math.log(pij / (pi * pj)) / -math.log(pij))
    return float(np.mean(scores)) if scores else 0.0
#: above this many paragraphs the model streams: MiniBatchNMF, a capped vocabulary, and the
#: number of topics chosen on a sample
LARGE_CORPUS = 20000
#: the number of topics is chosen on at most this many paragraphs (a fixed random sample)
SELECTION_SAMPLE = 4000
#: the candidate fits run in two threads from this many paragraphs on; below, one after the other is
#: faster (BLAS already uses the cores: measured on 2 cores, 517 paragraphs 0.28 s in turn against
#: 0.43 s in threads; 4,000 paragraphs 0.99 s against 0.86 s)
SELECTION_THREADS_MIN = 2000
#: when the number of topics is chosen, each topic needs at least this many paragraphs with content
PARAGRAPHS_PER_TOPIC = 3
