"""Stage 3b, topics: segmented running text to topics, keyness and similarity.

segmentation (jieba with the domain dictionary) → documents (the two formats of a segmented
paragraph) → model (TF-IDF + NMF, a scikit-learn transformer) → labels → distinctive (keyness,
similarity) → corpus (the topic tables of a corpus) → evaluation.

The model and the evaluation are imported on first use: they import scikit-learn, which the
build's workers (they only segment, through this package) do not need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from plancompare.topics.corpus import TOPIC_KINDS, corpus_topics, tables_for, topic_compass, topic_units
from plancompare.topics.distinctive import keyness, plan_similarity
from plancompare.topics.documents import TopicError
from plancompare.topics.labels import label_topics
from plancompare.topics.segmentation import SegmentationWarning, segment, tokenizer

__all__ = [
    "segment", "tokenizer", "SegmentationWarning", "TopicModel", "TopicError", "label_topics",
    "keyness", "plan_similarity", "TOPIC_KINDS", "topic_units", "topic_compass", "corpus_topics",
    "tables_for", "evaluate", "stability", "evaluate_pipelines", "evaluation_summary", "pipeline_contrasts",
    "read_gold", "read_codebook", "gold_sample",
]

_LAZY = {
    "TopicModel": "plancompare.topics.model",
    "evaluate": "plancompare.topics.evaluation",
    "stability": "plancompare.topics.evaluation",
    "evaluate_pipelines": "plancompare.topics.evaluation",
    "evaluation_summary": "plancompare.topics.evaluation",
    "pipeline_contrasts": "plancompare.topics.evaluation",
    "read_gold": "plancompare.topics.evaluation",
    "read_codebook": "plancompare.topics.evaluation",
    "gold_sample": "plancompare.topics.evaluation",
}

if TYPE_CHECKING:  # pragma: no cover
    from plancompare.topics.evaluation import (
        evaluate,
        evaluate_pipelines,
        evaluation_summary,
        gold_sample,
        pipeline_contrasts,
        read_codebook,
        read_gold,
        stability,
    )
    from plancompare.topics.model import TopicModel


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'plancompare.topics' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))
