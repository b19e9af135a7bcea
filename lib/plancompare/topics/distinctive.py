"""What distinguishes plans: keyness (log-likelihood G²) and cosine similarity of word counts."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

import numpy as np

from plancompare.read.places import is_place, place_names


def keyness(tokens_by_plan: dict[str, Sequence[str] | Counter], top: int = 30, *,
            exclude_places: bool = True, places: Iterable[str] = ()):
    """Terms most distinctive of each plan against the others: Dunning's log-likelihood G².

    Only terms used more in the plan than in the rest are ranked (positive keyness). With
    ``exclude_places`` (the default) place names are not ranked: those of the gazetteer
    (``data/places.txt``), ``places`` (the build gives the catalog's regions), their short forms
    and terms beginning with one (see ``read.places``); the other terms' scores are unchanged.
    Returns a DataFrame (plan_id, rank, term, count, score).
    """
    plans, M, terms = count_matrix(tokens_by_plan)
    return keyness_of_counts(plans, M, terms, top, exclude_places=exclude_places, places=places)


def count_matrix(tokens_by_plan: dict[str, Sequence[str] | Counter]):
    """(plans, plans × terms count matrix (CSR, float), terms in sorted order) of word counts."""
    from sklearn.feature_extraction import DictVectorizer

    plans = list(tokens_by_plan)
    counts = [t if isinstance(t, Counter) else Counter(t) for t in (tokens_by_plan[p] for p in plans)]
    vec = DictVectorizer()  # terms in sorted order: ties are broken by the term, as before
    M = vec.fit_transform(counts).tocsr()
    M.sort_indices()
    return plans, M, vec.get_feature_names_out()


def keyness_of_counts(plans: list[str], M, terms, top: int = 30, *, exclude_places: bool = True,
                      places: Iterable[str] = ()):
    """:func:`keyness` from a count matrix as :func:`count_matrix` gives it."""
    import pandas as pd

    names = place_names(places) if exclude_places else frozenset()
    rankable = np.array([not is_place(str(t), names) for t in terms], dtype=bool) if names else None
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
        if rankable is not None:
            over &= rankable[idx]
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
    plans, M, _ = count_matrix(tokens_by_plan)
    return similarity_of_counts(plans, M)


def similarity_of_counts(plans: list[str], M, categorical: bool = False):
    """:func:`plan_similarity` from a count matrix as :func:`count_matrix` gives it. Built column
    by column (no per-pair records), so that thousands of plans (millions of pairs) stay compact;
    with ``categorical`` the two plan columns are categoricals (two bytes a row instead of a
    string: 3,000 plans make 9 million rows)."""
    import pandas as pd
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.metrics.pairwise import cosine_similarity

    # the same as TfidfVectorizer(sublinear_tf=True) on the word lists, from counts
    X = TfidfTransformer(sublinear_tf=True).fit_transform(M)
    n = len(plans)
    sims = np.empty(n * n)
    for start in range(0, n, 256):  # a block of rows at a time: the full matrix is never held twice
        block = cosine_similarity(X[start:start + 256], X).ravel().tolist()
        sims[start * n:start * n + len(block)] = [round(v, 6) for v in block]
    if categorical:
        codes = np.arange(n, dtype=np.int16 if n < 2**15 else np.int32)
        cats = pd.Index(plans, dtype=object)
        a = pd.Categorical.from_codes(np.repeat(codes, n), categories=cats)
        b = pd.Categorical.from_codes(np.tile(codes, n), categories=cats)
        return pd.DataFrame({"plan_id_a": a, "plan_id_b": b, "similarity": sims})
    ids = np.asarray(plans, dtype=object)
    return pd.DataFrame({"plan_id_a": np.repeat(ids, n), "plan_id_b": np.tile(ids, n), "similarity": sims})
