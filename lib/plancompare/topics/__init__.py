"""Stage 3b, topics: segmented running text to topics, keyness and similarity.

segmentation (jieba with the domain dictionary) → model (TF-IDF + NMF) → labels →
distinctive (keyness, similarity) → corpus (the topic tables of a corpus) → evaluation.
"""

from __future__ import annotations

from plancompare.topics.corpus import TOPIC_KINDS, corpus_topics, tables_for, topic_compass, topic_units
from plancompare.topics.distinctive import keyness, plan_similarity
from plancompare.topics.evaluation import evaluate, evaluate_pipelines, stability
from plancompare.topics.labels import label_topics
from plancompare.topics.model import TopicError, TopicModel
from plancompare.topics.segmentation import SegmentationWarning, segment, tokenizer

__all__ = [
    "segment", "tokenizer", "SegmentationWarning", "TopicModel", "TopicError", "label_topics",
    "keyness", "plan_similarity", "TOPIC_KINDS", "topic_units", "topic_compass", "corpus_topics",
    "tables_for", "evaluate", "stability", "evaluate_pipelines",
]
