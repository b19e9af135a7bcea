"""Evaluating topic pipelines: agreement with chapters (NMI, ARI) and stability."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from plancompare.topics.corpus import topic_units
from plancompare.topics.model import TopicModel


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


def stability(docs, groups, params: dict, n_runs: int = 5, frac: float = 0.9, random_state: int = 0) -> float:
    """Mean ARI between the labels of the full model and of models refitted on random 90 % subsamples.

    Each refit uses another seed, so this measures sensitivity to both the data
    and the seed (NMF's nndsvda start alone is deterministic).
    """
    from sklearn.metrics import adjusted_rand_score

    full = TopicModel(**params).fit(docs, groups=groups).labels_
    rng = np.random.default_rng(random_state)
    n = len(docs)
    scores = []
    for run in range(n_runs):
        idx = np.sort(rng.choice(n, size=max(2, int(n * frac)), replace=False))
        sub = TopicModel(**{**params, "random_state": params.get("random_state", 0) + run + 1}).fit(
            [docs[i] for i in idx], groups=[groups[i] for i in idx] if groups is not None else None)
        scores.append(adjusted_rand_score(full[idx], sub.labels_))
    return float(np.mean(scores))


def evaluate_pipelines(paragraphs, sections, n_topics: int | None = None, random_state: int = 0,
                       use_cache: bool = True):
    """Agreement with the plans' own chapters (NMI, ARI within each plan, overview chapters left
    out) of the untuned baseline (raw jieba + TF-IDF + NMF), the domain segmentation alone and the
    tuned pipeline (with section smoothing), all at the tuned model's number of topics, plus the
    tuned model's stability (mean ARI against refits on 90 % subsamples with other seeds)."""
    import pandas as pd

    from plancompare.topics.segmentation import segment

    units, groups, chapters, excluded = topic_units(paragraphs, sections)
    tokens = segment(list(units["text"]), use_cache=use_cache)
    raw_tokens = segment(list(units["text"]), use_cache=use_cache, domain=False)
    tuned = TopicModel(n_topics=n_topics, random_state=random_state).fit(tokens, groups=groups)
    k = tuned.n_topics_
    rows = []
    for pipeline, toks, smoothing in [("raw jieba + TF-IDF + NMF", raw_tokens, 0.0),
                                      ("domain dictionary + stopwords", tokens, 0.0),
                                      ("domain dictionary + stopwords + section smoothing", tokens, tuned.smoothing)]:
        m = TopicModel(n_topics=k, smoothing=smoothing, random_state=random_state).fit(toks, groups=groups)
        for r in evaluate(m.labels_, units["plan_id"], chapters, excluded).itertuples():
            rows.append({"pipeline": pipeline, "n_topics": k, "plan_id": r.plan_id, "paragraphs": r.paragraphs,
                         "nmi": round(r.nmi, 4), "ari": round(r.ari, 4)})
    stab = stability(tokens, groups, {"n_topics": k, "random_state": random_state})
    rows.append({"pipeline": "tuned: stability (ARI, 90% subsamples, 5 seeds)", "n_topics": k, "plan_id": "all",
                 "paragraphs": len(units), "nmi": None, "ari": round(stab, 4)})
    return pd.DataFrame(rows)
