"""Naming topics from their top terms (``topic_labels.yaml``)."""

from __future__ import annotations

from typing import Sequence

import yaml

from plancompare import config


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
