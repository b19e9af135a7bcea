"""The topic tables of a corpus, and the topic compass of its paragraphs."""

from __future__ import annotations

import warnings
from collections import Counter

import numpy as np

from plancompare.read.places import catalog_places
from plancompare.topics.distinctive import keyness, plan_similarity
from plancompare.topics.documents import NoTextError, TopicError, count_nonempty, words
from plancompare.topics.labels import label_topics

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
OVERVIEW_CHAPTER = r"(基础|形势|环境|指导思想|总体要求|主要目标|背景|原则|总体思路|发展目标)"
TOPIC_KINDS = ("text", "box")  # running text: not the notice, not indicator definitions


def topic_units(paragraphs, sections):
    """Running-text paragraphs with their section (level 2), chapter (level 1) and whether the
    chapter is an overview chapter left out of the evaluation. Pure."""
    import re

    units = paragraphs[paragraphs["kind"].isin(TOPIC_KINDS)].reset_index(drop=True)
    if units.empty:
        raise NoTextError("no running-text paragraphs to model", hint="build plans with running text first")
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


def corpus_topics(paragraphs, sections, n_topics: int | None = None, random_state: int = 0,
                  use_cache: bool = True, tokens: dict | None = None, plans=None) -> dict:
    """The topic tables of a corpus: topics, topic_terms, topic_labels, plan_topic_shares,
    plan_similarity, plan_keyness, topic_selection and topic_map (DataFrames). Pure apart from the
    segmentation cache; deterministic for a fixed ``random_state``. ``tokens`` may give the
    segmented paragraphs ({paragraph_id: words}, as the build's workers produce them); ``plans``
    (the catalog) names the plans' places, left out of the keyness with the gazetteer's.
    """
    import pandas as pd

    units, groups, chapters, excluded = topic_units(paragraphs, sections)
    docs = _documents(units, tokens, use_cache)
    _warn_missing_text(paragraphs, units, docs)
    _check_n_topics(n_topics, count_nonempty(docs))
    model = _fit(docs, groups, n_topics, random_state)
    topic_ids = [f"T{t + 1:02d}" for t in range(model.n_topics_)]
    tables = _topic_tables(model, units, topic_ids)
    by_plan = _words_by_plan(docs, units["plan_id"].tolist())
    xy = topic_compass(model.doc_topic_)
    tables["topic_map"] = pd.DataFrame({"plan_id": units["plan_id"], "paragraph_id": units["paragraph_id"],
                                        "topic_id": tables["topics"]["topic_id"], "x": xy[:, 0], "y": xy[:, 1]})
    k = model.n_topics_
    tables["topic_selection"] = pd.DataFrame([{"n_topics": kk, "coherence": round(s, 4), "chosen": kk == k}
                                              for kk, s in (model.selection_ or [(k, model.coherence_)])])
    tables["plan_similarity"] = plan_similarity(by_plan)
    tables["plan_keyness"] = keyness(by_plan, places=sorted(catalog_places(plans)))
    order = ("topics", "topic_terms", "topic_labels", "plan_topic_shares", "plan_similarity", "plan_keyness",
             "topic_selection", "topic_map")
    return {**{name: tables[name] for name in order}, "_model": model, "_tokens": docs}


def _documents(units, tokens: dict | None, use_cache: bool) -> list:
    """The segmented paragraphs of ``units``: the given ``tokens`` when they cover every unit, else
    segmented here (through the segmentation cache)."""
    from plancompare.topics.segmentation import segment

    if tokens is not None and all(pid in tokens for pid in units["paragraph_id"]):
        return [tokens[pid] for pid in units["paragraph_id"]]
    return segment(list(units["text"]), use_cache=use_cache)


def _warn_missing_text(paragraphs, units, docs: list) -> None:
    """Warn, once per plan, of paragraphs without content words and of plans without running text."""
    from plancompare.topics.segmentation import SegmentationWarning

    empty: dict[str, list[str]] = {}
    for plan_id, pid, toks in zip(units["plan_id"], units["paragraph_id"], docs):
        if not len(toks):
            empty.setdefault(plan_id, []).append(pid.rsplit(":", 1)[-1])
    # stacklevel 3: the warnings point at corpus_topics' caller, as before this step had a name
    for plan_id, pids in empty.items():  # one warning per plan, not one per paragraph
        shown = ", ".join(pids[:3]) + (f" and {len(pids) - 3} more" if len(pids) > 3 else "")
        warnings.warn(f"{plan_id}: {len(pids)} paragraph(s) have no content words ({shown}); they take "
                      "their section's topic", SegmentationWarning, stacklevel=3)
    counts = units.groupby("plan_id").size()
    for plan_id in paragraphs["plan_id"].unique():
        if plan_id not in counts.index:
            warnings.warn(f"{plan_id}: no running text, left out of the topic model",
                          SegmentationWarning, stacklevel=3)


def _check_n_topics(n_topics: int | None, n_nonempty: int) -> None:
    """Stop, naming what to change, when more topics are asked for than paragraphs have content
    words; warn when so few have content that the corpus gets a single topic."""
    from plancompare.topics.model import PARAGRAPHS_PER_TOPIC

    if n_topics is not None and n_nonempty and n_topics > n_nonempty:
        raise TopicError(f"{n_topics} topics requested but the corpus has only {n_nonempty} paragraphs "
                         "with content words", hint=f"use --topics {n_nonempty} or fewer, or leave it out "
                         "to choose the number from the content")
    if n_topics is None and 0 < n_nonempty < 2 * PARAGRAPHS_PER_TOPIC:
        from plancompare.topics.segmentation import SegmentationWarning

        warnings.warn(f"only {n_nonempty} paragraph(s) have content words: the corpus gets a single topic",
                      SegmentationWarning, stacklevel=3)


def _fit(docs: list, groups: list[str], n_topics: int | None, random_state: int):
    """The fitted TopicModel, with one BLAS thread: the fit cannot depend on the thread count."""
    from threadpoolctl import threadpool_limits

    from plancompare.topics.model import TopicModel  # here: scikit-learn stays out of the build's workers

    with threadpool_limits(limits=1):
        return TopicModel(n_topics=n_topics, random_state=random_state).fit(docs, groups=groups)


def _topic_tables(model, units, topic_ids: list[str]) -> dict:
    """The tables read off the model: topics (per paragraph), topic_terms, topic_labels, plan_topic_shares."""
    import pandas as pd

    names = label_topics(model.top_terms_)
    weights, labels = model.doc_topic_, model.labels_
    topics = pd.DataFrame({
        "plan_id": units["plan_id"], "paragraph_id": units["paragraph_id"],
        "source_file": units["source_file"], "source_line": units["source_line"],
        "topic_id": [topic_ids[t] if t >= 0 else "" for t in labels],
        "topic_label": [names[t][0] if t >= 0 else "" for t in labels],
        "weight": [round(float(weights[i, t]), 6) if t >= 0 else 0.0 for i, t in enumerate(labels)],
    })
    topic_terms = pd.DataFrame([{"topic_id": topic_ids[t], "rank": r + 1, "term": term, "weight": round(w, 6)}
                                for t, terms in enumerate(model.top_terms_) for r, (term, w) in enumerate(terms)])
    topic_labels = pd.DataFrame([{
        "topic_id": topic_ids[t], "label_zh": names[t][0], "label_en": names[t][1], "label_score": names[t][2],
        "n_paragraphs": int((labels == t).sum()),
        "top_terms": " ".join(term for term, _ in model.top_terms_[t][:8])} for t in range(model.n_topics_)])
    return {"topics": topics, "topic_terms": topic_terms, "topic_labels": topic_labels,
            "plan_topic_shares": _plan_shares(weights, units["plan_id"], topic_ids)}


def _plan_shares(weights: np.ndarray, plan_ids, topic_ids: list[str]):
    """Each plan's mean topic weights over its paragraphs that have any (plans in order of first
    appearance), so that a plan's shares sum to 1.

    A paragraph without content words takes its section's topic weights; it has none when its
    whole section has no content word, and it is then left out of its plan's mean (counting it
    as zero would make the shares sum to less than 1). A plan none of whose paragraphs has
    topic weights is left out of the table, with a warning.
    """
    import pandas as pd

    shares = []
    plan_col = plan_ids.to_numpy()
    weighted = weights.sum(axis=1) > 0
    for plan_id in dict.fromkeys(plan_ids):
        rows = weights[(plan_col == plan_id) & weighted]
        if not len(rows):
            from plancompare.topics.segmentation import SegmentationWarning

            warnings.warn(f"{plan_id}: no paragraph has content words, left out of plan_topic_shares",
                          SegmentationWarning, stacklevel=4)
            continue
        w = rows.mean(axis=0)
        shares += [{"plan_id": plan_id, "topic_id": topic_ids[t], "share": round(float(w[t]), 6)}
                   for t in range(len(topic_ids))]
    return pd.DataFrame(shares)


def _words_by_plan(docs: list, plan_ids: list[str]) -> dict[str, Counter]:
    """Word counts of each plan's running text (for keyness and similarity)."""
    by_plan: dict[str, Counter] = {}
    for toks, plan_id in zip(docs, plan_ids):
        by_plan.setdefault(plan_id, Counter()).update(words(toks))
    return by_plan


def tables_for(ds, n_topics: int | None = None, random_state: int = 0) -> dict:
    """The topic tables for these parameters: the build's own when they are the build's defaults
    (no refit), else a refit on the dataset's paragraphs. Returns a dict of DataFrames."""
    names = ("topics", "topic_terms", "topic_labels", "plan_topic_shares", "plan_similarity",
             "plan_keyness", "topic_selection", "topic_map")
    if n_topics is None and random_state == 0 and getattr(ds, "topics", None) is not None:
        return {name: getattr(ds, name) for name in names}
    result = corpus_topics(ds.paragraphs, ds.sections, n_topics=n_topics, random_state=random_state,
                           plans=getattr(ds, "plans", None))
    return {name: result[name] for name in names}
