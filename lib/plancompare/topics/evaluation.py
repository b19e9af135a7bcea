"""Evaluating topic pipelines: against hand labels (NMI, ARI), against chapters, and stability.

The hand labels (``data/topic_labels_gold.csv``, topics of ``data/topic_codebook.yaml``) were
assigned by reading the paragraphs; neither the model's features nor the section structure
produced them, so they can judge pipelines that smooth topics within sections. Chapter
agreement is reported only for pipelines that do not use the sections.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from plancompare.topics.corpus import TOPIC_KINDS, topic_units
from plancompare.topics.documents import TopicError
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


GOLD_NAME, CODEBOOK_NAME = "topic_labels_gold.csv", "topic_codebook.yaml"
#: the pipelines compared: (name, domain dictionary and stopwords, section smoothing)
PIPELINES = (("default jieba + TF-IDF + NMF", False, False),
             ("+ domain dictionary and stopwords", True, False),
             ("+ domain dictionary and stopwords + section smoothing", True, True))
K_VALUES = (6, 8, 10, 12)


def read_codebook(path=None) -> dict:
    """The codebook of policy topics: {topic: {zh, en, definition}} (``data/topic_codebook.yaml``)."""
    import yaml

    from plancompare import config

    path = path or config.project_root() / "data" / CODEBOOK_NAME
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)["topics"]


def read_gold(path=None, codebook: dict | None = None):
    """The hand labels (paragraph_id, label, note), checked: the columns, one label per paragraph,
    every label a codebook topic. Raises TopicError otherwise."""
    import pandas as pd

    from plancompare import config

    path = path or config.project_root() / "data" / GOLD_NAME
    gold = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    topics = set(codebook if codebook is not None else read_codebook())
    if list(gold.columns) != ["paragraph_id", "label", "note"]:
        raise TopicError(f"{path}: columns must be paragraph_id, label, note, not {list(gold.columns)}")
    if gold["paragraph_id"].duplicated().any():
        twice = sorted(gold.loc[gold["paragraph_id"].duplicated(), "paragraph_id"])
        raise TopicError(f"{path}: paragraphs labelled twice: {twice}")
    unknown = sorted(set(gold["label"]) - topics)
    if unknown:
        raise TopicError(f"{path}: labels not in the codebook: {unknown}")
    return gold


def check_gold(gold, paragraphs) -> None:
    """Every labelled paragraph exists and is running text (a topic-model unit); TopicError otherwise."""
    kinds = paragraphs.set_index("paragraph_id")["kind"]
    missing = sorted(set(gold["paragraph_id"]) - set(kinds.index))
    if missing:
        raise TopicError(f"labelled paragraphs not in the paragraphs table: {missing[:10]}")
    wrong = sorted(p for p in gold["paragraph_id"] if kinds[p] not in TOPIC_KINDS)
    if wrong:
        raise TopicError(f"labelled paragraphs that are not running text: {wrong[:10]}")


def gold_sample(paragraphs, sections, frac: float = 0.4, seed: int = 17):
    """The paragraphs drawn for labelling: in every chapter of every plan, ``frac`` of its
    running-text paragraphs (at least one), drawn with ``seed``. The structure only spreads the
    sample over all chapters; the labels come from reading the text."""
    import math

    import pandas as pd

    units, _, chapters, _ = topic_units(paragraphs, sections)
    units = units.assign(chapter=chapters)
    parts = [g.sample(n=max(1, math.ceil(frac * len(g))), random_state=seed)
             for _, g in units.groupby(["plan_id", "chapter"], sort=True)]
    return pd.concat(parts).sort_values("paragraph_id").drop(columns="chapter").reset_index(drop=True)


def score_gold(labels, plan_ids, gold_labels) -> list[dict]:
    """NMI and ARI of ``labels`` against ``gold_labels`` (same order; gold None when unlabelled),
    within each plan and pooled over all labelled paragraphs (plan_id ``all``)."""
    import pandas as pd
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    df = pd.DataFrame({"plan_id": list(plan_ids), "label": list(labels), "gold": list(gold_labels)})
    df = df[df["gold"].notna()]
    rows = []
    for plan, g in [*df.groupby("plan_id", sort=True), ("all", df)]:
        rows.append({"plan_id": plan, "paragraphs": len(g),
                     "gold_nmi": normalized_mutual_info_score(g["gold"], g["label"]),
                     "gold_ari": adjusted_rand_score(g["gold"], g["label"])})
    return rows


def _fits(units, groups, tokens: dict, k_values, random_state: int) -> dict:
    """{(pipeline, k): paragraph labels} for every pipeline at every k and at the k that topic
    coherence picks (the default, ``TopicModel(n_topics=None)``); one BLAS thread."""
    from threadpoolctl import threadpool_limits

    smoothing = TopicModel().smoothing
    out = {}
    with threadpool_limits(limits=1):
        for name, domain, smooth in PIPELINES:
            docs = tokens[domain]
            chosen = TopicModel(random_state=random_state, smoothing=0.0).fit(docs).n_topics_
            for k in sorted({*k_values, chosen}):
                m = TopicModel(n_topics=k, smoothing=smoothing if smooth else 0.0,
                               random_state=random_state).fit(docs, groups=groups)
                out[(name, k, k == chosen)] = m.labels_
    return out


def _prepare(paragraphs, sections, gold, use_cache: bool):
    """The topic units, their sections, chapters, overview flags, hand labels (None where
    unlabelled) and tokens ({domain: segmented paragraphs}) for the evaluation."""
    from plancompare.topics.segmentation import segment

    gold = read_gold() if gold is None else gold
    check_gold(gold, paragraphs)
    units, groups, chapters, excluded = topic_units(paragraphs, sections)
    truth = units["paragraph_id"].map(gold.set_index("paragraph_id")["label"])
    truth = [None if isinstance(t, float) else t for t in truth]
    texts = list(units["text"])
    tokens = {True: segment(texts, use_cache=use_cache), False: segment(texts, use_cache=use_cache, domain=False)}
    return units, groups, chapters, excluded, truth, tokens


def evaluate_pipelines(paragraphs, sections, gold=None, k_values=K_VALUES, random_state: int = 0,
                       use_cache: bool = True):
    """Each pipeline (``PIPELINES``) at each number of topics in ``k_values`` and at the one topic
    coherence picks (``k_by_coherence``), fitted on all running text and scored on the hand-labelled
    paragraphs: NMI and ARI per plan and pooled (``gold_nmi``, ``gold_ari``). ``chapter_nmi`` and
    ``chapter_ari`` (agreement with the plans' chapters, overview chapters left out) are given
    only for pipelines that do not use the sections. The first rows, pipeline ``plans' own
    chapters``, score the chapters themselves against the hand labels, for reference."""
    import pandas as pd

    units, groups, chapters, excluded, truth, tokens = _prepare(paragraphs, sections, gold, use_cache)
    rows = [{"pipeline": "plans' own chapters", "uses_sections": True, "n_topics": None, "k_by_coherence": False,
             **r} for r in score_gold(chapters, units["plan_id"], truth)]
    smoothed = {name for name, _, smooth in PIPELINES if smooth}
    for (name, k, chosen), labels in _fits(units, groups, tokens, k_values, random_state).items():
        chap = {} if name in smoothed else {
            r.plan_id: r for r in evaluate(labels, units["plan_id"], chapters, excluded).itertuples()}
        for r in score_gold(labels, units["plan_id"], truth):
            c = chap.get(r["plan_id"])
            rows.append({"pipeline": name, "uses_sections": name in smoothed, "n_topics": k, "k_by_coherence": chosen,
                         **r, "chapter_nmi": c.nmi if c else None, "chapter_ari": c.ari if c else None})
    out = pd.DataFrame(rows)
    metrics = ["gold_nmi", "gold_ari", "chapter_nmi", "chapter_ari"]
    out[metrics] = out[metrics].astype(float).round(4)
    out["n_topics"] = out["n_topics"].astype("Int64")
    return out


def evaluation_summary(evaluation):
    """The pooled rows of ``evaluate_pipelines`` with the per-plan gold NMI beside them: one row per
    pipeline and number of topics (``*`` marks the number that topic coherence picks)."""
    per_plan = evaluation[evaluation["plan_id"] != "all"].pivot_table(
        index=["pipeline", "n_topics"], columns="plan_id", values="gold_nmi", dropna=False, sort=False)
    per_plan.columns = [f"nmi {c}" for c in per_plan.columns]
    pooled = evaluation[evaluation["plan_id"] == "all"].set_index(["pipeline", "n_topics"])
    cols = ["k_by_coherence", "paragraphs", "gold_nmi", "gold_ari", "chapter_nmi", "chapter_ari"]
    out = pooled[cols].join(per_plan).reset_index()
    out["n_topics"] = [("" if _isna(k) else f"{k}{'*' if c else ''}")
                       for k, c in zip(out["n_topics"], out["k_by_coherence"])]
    return out.drop(columns="k_by_coherence")


def _isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def pipeline_contrasts(paragraphs, sections, gold=None, k_values=K_VALUES, n_boot: int = 500,
                       random_state: int = 0, use_cache: bool = True):
    """What each step adds, pooled over the hand-labelled paragraphs at each number of topics:
    the difference in NMI and ARI against the hand labels of the dictionary and stopwords (over
    the default tokenizer) and of section smoothing (over no smoothing), with a 95 % paired
    bootstrap interval (``n_boot`` resamples of the labelled paragraphs)."""
    import pandas as pd
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    units, groups, _, _, truth, tokens = _prepare(paragraphs, sections, gold, use_cache)
    fits = {(name, k): labels for (name, k, _), labels in _fits(units, groups, tokens, k_values, random_state).items()}
    idx = np.array([i for i, t in enumerate(truth) if t is not None])
    y = np.array(truth, dtype=object)[idx]
    rng = np.random.default_rng(random_state)
    draws = [rng.integers(0, len(idx), len(idx)) for _ in range(n_boot)]
    steps = [("dictionary and stopwords", PIPELINES[0][0], PIPELINES[1][0]),
             ("section smoothing", PIPELINES[1][0], PIPELINES[2][0])]
    rows = []
    for step, before, after in steps:
        for k in k_values:
            a, b = fits[(before, k)][idx], fits[(after, k)][idx]
            for metric, f in (("nmi", normalized_mutual_info_score), ("ari", adjusted_rand_score)):
                boot = [f(y[d], b[d]) - f(y[d], a[d]) for d in draws]
                lo, hi = np.percentile(boot, [2.5, 97.5])
                rows.append({"step": step, "n_topics": k, "metric": metric, "difference": round(f(y, b) - f(y, a), 4),
                             "ci_low": round(float(lo), 4), "ci_high": round(float(hi), 4)})
    return pd.DataFrame(rows)
