"""Topics of the plans' running text, and how plans differ in what they talk about.

:class:`TopicModel` is a small scikit-learn-style estimator: TF-IDF on segmented
paragraphs followed by NMF (or KMeans). Unless the user sets it, the number of
topics is chosen over a range by topic coherence (mean NPMI of each topic's top
terms over paragraphs): the fewest topics within a tolerance of the best. The
plans' structure is information too: a paragraph's topic weights are smoothed
towards the mean of its section (``smoothing``), which measurably improves
agreement with the plans' own chapters (:func:`evaluate`).

Topics are named by a documented rule (:func:`label_topics`) from the seed terms
in ``data/topic_labels.yaml``. :func:`keyness` ranks the terms most distinctive
of each plan (Dunning's log-likelihood G²) and :func:`plan_similarity` compares
whole plans (cosine of TF-IDF vectors).
"""

from __future__ import annotations

import itertools
import math
import warnings
from collections import Counter
from typing import Sequence

import numpy as np
import yaml

from . import config
from .errors import PlanError


class TopicError(PlanError):
    """The topic step cannot run on the given input."""


def _identity(tokens):
    """The analyzer: documents are lists of words, or words joined by spaces (compact for large corpora)."""
    return tokens.split() if isinstance(tokens, str) else tokens


class TopicModel:
    """TF-IDF + NMF (or KMeans) topic model over segmented paragraphs.

    Parameters
    ----------
    n_topics : int or None
        Number of topics; None chooses it over ``k_range``: the fewest topics whose
        coherence (mean NPMI of top-term pairs over paragraphs) is within
        ``coherence_tolerance`` of the best (parsimony, as in the one-standard-error rule).
    k_range : (int, int)
        Inclusive range searched when ``n_topics`` is None.
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
    labels_, selection_ (coherence per k, when chosen automatically).
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

    # -- scikit-learn protocol ------------------------------------------------------------
    def get_params(self, deep: bool = True) -> dict:
        return {k: getattr(self, k) for k in ("n_topics", "k_range", "coherence_tolerance", "method",
                                               "smoothing", "min_df", "max_df", "max_features",
                                               "n_top_terms", "random_state")}

    def set_params(self, **params) -> "TopicModel":
        for k, v in params.items():
            if k not in self.get_params():
                raise ValueError(f"unknown parameter '{k}'")
            setattr(self, k, v)
        return self

    def _validate(self, docs: Sequence[Sequence[str]], groups) -> None:
        if self.method not in ("nmf", "kmeans"):
            raise TopicError(f"method must be 'nmf' or 'kmeans', not {self.method!r}")
        if not 0 <= self.smoothing <= 1:
            raise TopicError(f"smoothing must be between 0 and 1, not {self.smoothing}")
        n_nonempty = sum(1 for d in docs if d and len(_identity(d)))
        if n_nonempty == 0:
            raise TopicError("no paragraph has any content word: nothing to model",
                             hint="check that the plans have running text")
        ks = [self.n_topics] if self.n_topics is not None else list(range(self.k_range[0], self.k_range[1] + 1))
        if min(ks) < 2:
            raise TopicError(f"need at least 2 topics, not {min(ks)}")
        if max(ks) > n_nonempty:
            raise TopicError(f"{max(ks)} topics requested but only {n_nonempty} paragraphs have content",
                             hint="ask for fewer topics")
        if groups is not None and len(groups) != len(docs):
            raise TopicError("groups must give one section per paragraph")

    def _vectorize(self, docs):
        from sklearn.feature_extraction.text import TfidfVectorizer

        n = sum(1 for d in docs if d and len(_identity(d)))
        vec = TfidfVectorizer(analyzer=_identity, min_df=min(self.min_df, max(1, n // 10)),
                              max_df=self.max_df if n >= 20 else 1.0, max_features=self.max_features,
                              sublinear_tf=True, dtype=np.float32 if n > LARGE_CORPUS else np.float64)
        X = vec.fit_transform(docs)
        return vec, X

    def _factorize(self, X, k: int, seed: int):
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

    def fit(self, docs: Sequence[Sequence[str]], groups: Sequence[str] | None = None) -> "TopicModel":
        """Fit on segmented paragraphs; ``groups`` (one section id per paragraph) enables smoothing."""
        docs = [d if isinstance(d, str) else list(d) for d in docs]
        self._validate(docs, groups)
        self.vectorizer_, X = self._vectorize(docs)
        self.terms_ = np.asarray(self.vectorizer_.get_feature_names_out())
        binary = (X > 0).astype(np.float64).tocsc()
        if self.n_topics is None:
            from joblib import Parallel, delayed

            Xs, Bs = X, binary
            if X.shape[0] > SELECTION_SAMPLE:  # choose k on a fixed random sample of paragraphs
                rows = np.sort(np.random.default_rng(self.random_state).choice(X.shape[0], SELECTION_SAMPLE,
                                                                                  replace=False))
                Xs, Bs = X[rows], binary[rows]

            def score(k: int) -> tuple[int, float]:
                _, _, comps = self._factorize(Xs, k, self.random_state)
                return k, _coherence(comps, Bs, self.n_top_terms)

            # candidates in threads: NMF's solver and BLAS release the GIL; results are in k order
            scores = Parallel(n_jobs=2, prefer="threads")(
                delayed(score)(k) for k in range(self.k_range[0], self.k_range[1] + 1))
            self.selection_ = scores

            # parsimony: the fewest topics whose coherence is within the tolerance of the best
            best = max(s for _, s in scores)
            self.n_topics_ = min(k for k, s in scores if s >= best - self.coherence_tolerance - 1e-12)
        else:
            self.selection_ = []
            self.n_topics_ = int(self.n_topics)
        self.model_, W, self.components_ = self._factorize(X, self.n_topics_, self.random_state)
        self.top_terms_ = [[(self.terms_[i], float(row[i])) for i in np.argsort(-row, kind="stable")[: self.n_top_terms]]
                           for row in self.components_]
        self.doc_topic_ = _smooth(W, groups, self.smoothing)
        self.labels_ = _argmax_labels(self.doc_topic_)
        self.coherence_ = _coherence(self.components_, binary, self.n_top_terms)
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("this TopicModel is not fitted yet; call fit() first")

    def transform(self, docs: Sequence[Sequence[str]], groups: Sequence[str] | None = None) -> np.ndarray:
        """Topic weights of new paragraphs (rows sum to 1; zero for empty paragraphs)."""
        self._check_fitted()
        X = self.vectorizer_.transform([list(d) for d in docs])
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

    def fit_predict(self, docs: Sequence[Sequence[str]], groups: Sequence[str] | None = None) -> np.ndarray:
        return self.fit(docs, groups).labels_


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


def label_topics(top_terms: Sequence[Sequence[tuple[str, float]]], lexicon: str | None = None
                 ) -> list[tuple[str, str, float]]:
    """Name topics by the rule in ``topic_labels.yaml``: (label_zh, label_en, score) per topic.

    A topic's score for a label is the share of its top-term weight carried by the
    label's seed terms (a seed matches a term equal to it or containing it). Labels
    are assigned greedily, best score first, each label at most once; a topic left
    without a label, or scoring 0, is named after its two top terms.
    """
    path = lexicon or config.TOPIC_LABELS_FILE
    with open(path, encoding="utf-8") as fh:
        labels = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["labels"]
    scores = []
    for t, terms in enumerate(top_terms):
        total = sum(w for _, w in terms) or 1.0
        for li, lab in enumerate(labels):
            s = sum(w for term, w in terms if any(seed in term for seed in lab["seeds"])) / total
            scores.append((s, t, li))
    out: list[tuple[str, str, float] | None] = [None] * len(top_terms)
    used: set[int] = set()
    for s, t, li in sorted(scores, key=lambda x: (-x[0], x[1], x[2])):
        if s <= 0 or out[t] is not None or li in used:
            continue
        out[t] = (labels[li]["zh"], labels[li]["en"], round(s, 4))
        used.add(li)
    for t, terms in enumerate(top_terms):
        if out[t] is None:
            words = "·".join(term for term, _ in terms[:2])
            out[t] = (words, words, 0.0)
    return out  # type: ignore[return-value]


def evaluate(labels: Sequence[int], plan_ids: Sequence[str], chapters: Sequence[str],
             exclude: Sequence[bool] | None = None):
    """Agreement of topic labels with the plans' own chapters: NMI and ARI per plan and overall.

    Scored within each plan (chapters are a plan's own topic labels), on
    paragraphs not excluded (overview chapters whose paragraphs span all topics).
    The overall figure weights plans by their number of scored paragraphs.
    """
    import pandas as pd
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    df = pd.DataFrame({"plan_id": list(plan_ids), "label": list(labels), "chapter": list(chapters),
                       "excluded": list(exclude) if exclude is not None else False})
    df = df[~df["excluded"] & (df["label"] >= 0)]
    rows = []
    for plan, g in df.groupby("plan_id", sort=False):
        if g["chapter"].nunique() < 2:
            continue
        rows.append({"plan_id": plan, "paragraphs": len(g), "chapters": g["chapter"].nunique(),
                     "nmi": normalized_mutual_info_score(g["chapter"], g["label"]),
                     "ari": adjusted_rand_score(g["chapter"], g["label"])})
    out = pd.DataFrame(rows)
    if not out.empty:
        w = out["paragraphs"]
        out = pd.concat([out, pd.DataFrame([{
            "plan_id": "all", "paragraphs": int(w.sum()), "chapters": int(out["chapters"].sum()),
            "nmi": float((out["nmi"] * w).sum() / w.sum()), "ari": float((out["ari"] * w).sum() / w.sum())}])],
            ignore_index=True)
    return out


def keyness(tokens_by_plan: dict[str, Sequence[str] | Counter], top: int = 30):
    """Terms most distinctive of each plan against the others: Dunning's log-likelihood G².

    Only terms used more in the plan than in the rest are ranked (positive keyness).
    Returns a DataFrame (plan_id, rank, term, count, score).
    """
    import pandas as pd

    from sklearn.feature_extraction import DictVectorizer

    plans = list(tokens_by_plan)
    counts = [t if isinstance(t, Counter) else Counter(t) for t in (tokens_by_plan[p] for p in plans)]
    vec = DictVectorizer()  # terms in sorted order: ties are broken by the term, as before
    M = vec.fit_transform(counts).tocsr()
    terms = vec.get_feature_names_out()
    total = np.asarray(M.sum(axis=0)).ravel()
    n_all = total.sum()
    rows = []
    for i, plan in enumerate(plans):
        row = M.getrow(i)
        idx, a = row.indices, row.data.astype(float)
        n_p = a.sum()
        n_r = n_all - n_p
        if n_r == 0 or n_p == 0:
            continue
        b = total[idx] - a
        over = a / n_p > b / n_r
        idx, a, b = idx[over], a[over], b[over]
        e1 = n_p * (a + b) / n_all
        e2 = n_r * (a + b) / n_all
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 = 2 * (a * np.log(a / e1) + np.where(b > 0, b * np.log(np.where(b > 0, b, 1) / e2), 0.0))
        order = np.lexsort((idx, -g2))[:top]
        for rank, j in enumerate(order, 1):
            rows.append({"plan_id": plan, "rank": rank, "term": str(terms[idx[j]]), "count": int(a[j]),
                         "score": round(float(g2[j]), 4)})
    return pd.DataFrame(rows, columns=["plan_id", "rank", "term", "count", "score"])


def plan_similarity(tokens_by_plan: dict[str, Sequence[str] | Counter]):
    """Cosine similarity of the plans' TF-IDF vectors (all ordered pairs, diagonal included)."""
    import pandas as pd
    from sklearn.metrics.pairwise import cosine_similarity

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer

    plans = list(tokens_by_plan)
    counts = [t if isinstance(t, Counter) else Counter(t) for t in (tokens_by_plan[p] for p in plans)]
    # the same as TfidfVectorizer(sublinear_tf=True) on the word lists, from counts
    X = TfidfTransformer(sublinear_tf=True).fit_transform(DictVectorizer().fit_transform(counts))
    S = cosine_similarity(X)
    return pd.DataFrame([{"plan_id_a": a, "plan_id_b": b, "similarity": round(float(S[i, j]), 6)}
                         for i, a in enumerate(plans) for j, b in enumerate(plans)])


#: decimals kept of the topic weights that place a paragraph on the map, and of its coordinates
MAP_WEIGHT_DECIMALS, MAP_DECIMALS = 6, 4


def topic_compass(weights: np.ndarray) -> np.ndarray:
    """A 2-D map of paragraphs, the same on every machine: each topic is a point on the unit circle
    (T01 at the top, then clockwise), each paragraph the mean of its topics' points weighted by
    its (rounded) topic weights; a paragraph without weight sits at the centre.

    A paragraph near a topic's point is mostly about that topic; mixtures lie between. Only
    elementwise arithmetic in a fixed order is used (no BLAS, no iterative method), so CPUs,
    BLAS kernels and thread counts cannot change the result.
    """
    import math

    W = np.round(np.asarray(weights, dtype=np.float64), MAP_WEIGHT_DECIMALS)
    n, k = W.shape
    x, y, total = np.zeros(n), np.zeros(n), np.zeros(n)
    for t in range(k):
        angle = math.pi / 2 - 2 * math.pi * t / k
        vx, vy = round(math.cos(angle), 12), round(math.sin(angle), 12)
        x = x + W[:, t] * vx
        y = y + W[:, t] * vy
        total = total + W[:, t]
    safe = np.where(total > 0, total, 1.0)
    xy = np.column_stack([np.where(total > 0, x / safe, 0.0), np.where(total > 0, y / safe, 0.0)])
    return np.round(xy, MAP_DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0
#: above this many paragraphs the model streams: MiniBatchNMF, a capped vocabulary, and the
#: number of topics chosen on a sample
LARGE_CORPUS = 20000
#: the number of topics is chosen on at most this many paragraphs (a fixed random sample)
SELECTION_SAMPLE = 4000
OVERVIEW_CHAPTER = r"(基础|形势|环境|指导思想|总体要求|主要目标|背景|原则|总体思路|发展目标)"
TOPIC_KINDS = ("text", "box")  # running text: not the notice, not indicator definitions


def stability(docs, groups, params: dict, n_runs: int = 5, frac: float = 0.9, random_state: int = 0) -> float:
    """Mean ARI between the labels of the full model and of models refitted on random 90 % subsamples.

    Each refit uses another seed, so this measures sensitivity to both the data
    and the seed (NMF's nndsvda start alone is deterministic).
    """
    from sklearn.metrics import adjusted_rand_score

    full = TopicModel(**params).fit(docs, groups).labels_
    rng = np.random.default_rng(random_state)
    n = len(docs)
    scores = []
    for run in range(n_runs):
        idx = np.sort(rng.choice(n, size=max(2, int(n * frac)), replace=False))
        sub = TopicModel(**{**params, "random_state": params.get("random_state", 0) + run + 1}).fit(
            [docs[i] for i in idx], [groups[i] for i in idx] if groups is not None else None)
        scores.append(adjusted_rand_score(full[idx], sub.labels_))
    return float(np.mean(scores))


def topic_units(paragraphs, sections):
    """Running-text paragraphs with their section (level 2), chapter (level 1) and whether the
    chapter is an overview chapter left out of the evaluation. Pure."""
    import re

    units = paragraphs[paragraphs["kind"].isin(TOPIC_KINDS)].reset_index(drop=True)
    if units.empty:
        raise TopicError("no running-text paragraphs to model", hint="build plans with running text first")
    sec = sections.set_index("section_id")
    parent = sec["parent_id"].to_dict()
    level = sec["level"].to_dict()

    def ancestor(sid: str, lvl: int) -> str:
        for _ in range(64):  # bounded: trees are shallow
            if level[sid] <= lvl or not parent[sid]:
                return sid
            sid = parent[sid]
        return sid

    section_ids = units["section_id"].tolist()
    groups = [ancestor(s, 2) for s in section_ids]
    chapters = [ancestor(s, 1) for s in section_ids]
    overview = re.compile(OVERVIEW_CHAPTER)
    title = sec["title"].to_dict()
    is_overview = {c: level[c] == 0 or bool(overview.search(str(title[c]))) for c in set(chapters)}
    excluded = [is_overview[c] for c in chapters]
    return units, groups, chapters, excluded


def evaluate_pipelines(paragraphs, sections, n_topics: int | None = None, random_state: int = 0,
                       use_cache: bool = True):
    """Agreement with the plans' own chapters (NMI, ARI within each plan, overview chapters left
    out) of the untuned baseline (raw jieba + TF-IDF + NMF), the domain segmentation alone and the
    tuned pipeline (with section smoothing), all at the tuned model's number of topics, plus the
    tuned model's stability (mean ARI against refits on 90 % subsamples with other seeds)."""
    import pandas as pd

    from .segment import segment

    units, groups, chapters, excluded = topic_units(paragraphs, sections)
    tokens = segment(list(units["text"]), use_cache=use_cache)
    raw_tokens = segment(list(units["text"]), use_cache=use_cache, domain=False)
    tuned = TopicModel(n_topics=n_topics, random_state=random_state).fit(tokens, groups)
    k = tuned.n_topics_
    rows = []
    for pipeline, toks, smoothing in [("raw jieba + TF-IDF + NMF", raw_tokens, 0.0),
                                      ("domain dictionary + stopwords", tokens, 0.0),
                                      ("domain dictionary + stopwords + section smoothing", tokens, tuned.smoothing)]:
        m = TopicModel(n_topics=k, smoothing=smoothing, random_state=random_state).fit(toks, groups)
        for r in evaluate(m.labels_, units["plan_id"], chapters, excluded).itertuples():
            rows.append({"pipeline": pipeline, "n_topics": k, "plan_id": r.plan_id, "paragraphs": r.paragraphs,
                         "nmi": round(r.nmi, 4), "ari": round(r.ari, 4)})
    stab = stability(tokens, groups, {"n_topics": k, "random_state": random_state})
    rows.append({"pipeline": "tuned: stability (ARI, 90% subsamples, 5 seeds)", "n_topics": k, "plan_id": "all",
                 "paragraphs": len(units), "nmi": None, "ari": round(stab, 4)})
    return pd.DataFrame(rows)


def corpus_topics(paragraphs, sections, n_topics: int | None = None, random_state: int = 0,
                  use_cache: bool = True, tokens: dict | None = None) -> dict:
    """The topic tables of a corpus: topics, topic_terms, topic_labels, plan_topic_shares,
    plan_similarity, plan_keyness, topic_selection and topic_map (DataFrames). Pure apart from the
    segmentation cache; deterministic for a fixed ``random_state``. ``tokens`` may give the
    segmented paragraphs ({paragraph_id: words}, as the build's workers produce them).
    """

    import pandas as pd

    from .segment import SegmentationWarning, segment

    units, groups, chapters, excluded = topic_units(paragraphs, sections)
    if tokens is not None and all(pid in tokens for pid in units["paragraph_id"]):
        tokens = [tokens[pid] for pid in units["paragraph_id"]]
    else:
        tokens = segment(list(units["text"]), use_cache=use_cache)
    empty: dict[str, list[str]] = {}
    for plan_id, pid, toks in zip(units["plan_id"], units["paragraph_id"], tokens):
        if not len(toks):
            empty.setdefault(plan_id, []).append(pid.rsplit(":", 1)[-1])
    for plan_id, pids in empty.items():  # one warning per plan, not one per paragraph
        shown = ", ".join(pids[:3]) + (f" and {len(pids) - 3} more" if len(pids) > 3 else "")
        warnings.warn(f"{plan_id}: {len(pids)} paragraph(s) have no content words ({shown}); they take "
                      "their section's topic", SegmentationWarning, stacklevel=2)
    counts = units.groupby("plan_id").size()
    for plan_id in paragraphs["plan_id"].unique():
        if plan_id not in counts.index:
            warnings.warn(f"{plan_id}: no running text, left out of the topic model",
                          SegmentationWarning, stacklevel=2)

    params = {"n_topics": n_topics, "random_state": random_state}
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # one BLAS thread: the fit cannot depend on the thread count
        model = TopicModel(**params).fit(tokens, groups)
    names = label_topics(model.top_terms_)
    topic_ids = [f"T{t + 1:02d}" for t in range(model.n_topics_)]
    weights = model.doc_topic_
    topics = pd.DataFrame({
        "plan_id": units["plan_id"], "paragraph_id": units["paragraph_id"],
        "source_file": units["source_file"], "source_line": units["source_line"],
        "topic_id": [topic_ids[t] if t >= 0 else "" for t in model.labels_],
        "topic_label": [names[t][0] if t >= 0 else "" for t in model.labels_],
        "weight": [round(float(weights[i, t]), 6) if t >= 0 else 0.0 for i, t in enumerate(model.labels_)],
    })
    topic_terms = pd.DataFrame([{"topic_id": topic_ids[t], "rank": r + 1, "term": term, "weight": round(w, 6)}
                                for t, terms in enumerate(model.top_terms_) for r, (term, w) in enumerate(terms)])
    topic_labels = pd.DataFrame([{
        "topic_id": topic_ids[t], "label_zh": names[t][0], "label_en": names[t][1], "label_score": names[t][2],
        "n_paragraphs": int((model.labels_ == t).sum()),
        "top_terms": " ".join(term for term, _ in model.top_terms_[t][:8])} for t in range(model.n_topics_)])
    shares = []
    plan_col = units["plan_id"].to_numpy()
    for plan_id in dict.fromkeys(units["plan_id"]):
        w = weights[plan_col == plan_id].mean(axis=0)
        shares += [{"plan_id": plan_id, "topic_id": topic_ids[t], "share": round(float(w[t]), 6)}
                   for t in range(model.n_topics_)]
    by_plan: dict[str, Counter] = {}
    for toks, plan_id in zip(tokens, units["plan_id"].tolist()):
        by_plan.setdefault(plan_id, Counter()).update(_identity(toks))

    xy = topic_compass(weights)
    topic_map = pd.DataFrame({"plan_id": units["plan_id"], "paragraph_id": units["paragraph_id"],
                              "topic_id": topics["topic_id"], "x": xy[:, 0], "y": xy[:, 1]})
    k = model.n_topics_
    selection = pd.DataFrame([{"n_topics": kk, "coherence": round(s, 4), "chosen": kk == k}
                              for kk, s in (model.selection_ or [(k, model.coherence_)])])
    return {"topics": topics, "topic_terms": topic_terms, "topic_labels": topic_labels,
            "plan_topic_shares": pd.DataFrame(shares), "plan_similarity": plan_similarity(by_plan),
            "plan_keyness": keyness(by_plan), "topic_selection": selection, "topic_map": topic_map,
            "_model": model, "_tokens": tokens}


def tables_for(ds, n_topics: int | None = None, random_state: int = 0) -> dict:
    """The topic tables for these parameters: the build's own when they are the build's defaults
    (no refit), else a refit on the dataset's paragraphs. Returns a dict of DataFrames."""
    names = ("topics", "topic_terms", "topic_labels", "plan_topic_shares", "plan_similarity",
             "plan_keyness", "topic_selection", "topic_map")
    if n_topics is None and random_state == 0 and getattr(ds, "topics", None) is not None:
        return {name: getattr(ds, name) for name in names}
    result = corpus_topics(ds.paragraphs, ds.sections, n_topics=n_topics, random_state=random_state)
    return {name: result[name] for name in names}
