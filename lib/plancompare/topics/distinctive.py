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
    import pandas as pd
    from sklearn.feature_extraction import DictVectorizer

    plans = list(tokens_by_plan)
    counts = [t if isinstance(t, Counter) else Counter(t) for t in (tokens_by_plan[p] for p in plans)]
    vec = DictVectorizer()  # terms in sorted order: ties are broken by the term, as before
    M = vec.fit_transform(counts).tocsr()
    terms = vec.get_feature_names_out()
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
    import pandas as pd
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.metrics.pairwise import cosine_similarity

    plans = list(tokens_by_plan)
    counts = [t if isinstance(t, Counter) else Counter(t) for t in (tokens_by_plan[p] for p in plans)]
    # the same as TfidfVectorizer(sublinear_tf=True) on the word lists, from counts
    X = TfidfTransformer(sublinear_tf=True).fit_transform(DictVectorizer().fit_transform(counts))
    S = cosine_similarity(X)
    return pd.DataFrame([{"plan_id_a": a, "plan_id_b": b, "similarity": round(float(S[i, j]), 6)}
                         for i, a in enumerate(plans) for j, b in enumerate(plans)])
