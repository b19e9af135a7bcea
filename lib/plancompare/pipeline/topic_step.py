"""The build's topic step over the spilled plans: whole when the corpus is small, else streamed.

Up to :data:`~plancompare.topics.streaming.TOPIC_SAMPLE` running-text paragraphs the topic tables
are those of :func:`corpus_topic_tables` (fitted on every paragraph,
cached); above it the model is fitted on the fixed sample and applied batch by batch (see
:mod:`plancompare.topics.streaming`; not cached: the plans are, and the step is then a small part
of a build).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from plancompare.pipeline.collect import Collected, unit_hash
from plancompare.pipeline.progress import bar as progress_bar
from plancompare.pipeline.tasks import _valid_topic_tables
from plancompare.schema import check_table, columns, table_names


def spilled_topic_tables(got: Collected, use_cache: bool, n_topics: int | None, cat_file: Path,
                         progress: bool = False) -> dict[str, pd.DataFrame]:
    """The checked topic tables of the collected plans."""
    from plancompare.topics.streaming import apply_model, fit_sample, sample_threshold

    threshold = sample_threshold(got.unit_hashes)
    spill = got.spill
    if threshold is None:  # the sample is the whole corpus: the model of every paragraph
        with progress_bar(1, "topic fit", "model", progress) as bar:
            tables = {"paragraphs": spill.frame("paragraphs"), "sections": spill.frame("sections"),
                      "plans": got.plans}
            tokens = spill.frame("tokens")
            out = _checked_topic_tables(tables, use_cache, dict(zip(tokens["paragraph_id"], tokens["tokens"])),
                                        n_topics, cat_file)
            bar.update(1)
        return out

    def batches():
        for part in spill.batches(("paragraphs", "sections", "tokens")):
            yield part["paragraphs"], part["sections"], part["tokens"]

    from plancompare.topics.documents import TopicError

    try:
        with progress_bar(1, "topic fit", "model", progress) as bar:
            model = fit_sample(batches, threshold, unit_hash, n_topics=n_topics)
            bar.update(1)
        with progress_bar(len(got.unit_hashes), "topic transform", "paragraph", progress) as bar:
            tables = apply_model(model, batches, plans=got.plans, bar=bar)
    except TopicError as exc:
        if exc.file is not None:
            raise
        raise type(exc)(exc.message, file=cat_file, hint=exc.hint) from None
    out = {name: tables[name].reindex(columns=columns(name)) for name in table_names("corpus")}
    for name, df in out.items():
        check_table(name, df)
    return out


def _checked_topic_tables(tables: dict[str, pd.DataFrame], use_cache: bool, tokens: dict,
                          n_topics: int | None, cat_file: Path) -> dict[str, pd.DataFrame]:
    """The corpus topic tables, checked; a topic error names the catalog of the corpus."""
    from plancompare.topics.documents import TopicError

    try:
        out = corpus_topic_tables(tables, use_cache, tokens, n_topics=n_topics)
    except TopicError as exc:
        if exc.file is not None:
            raise
        raise type(exc)(exc.message, file=cat_file, hint=exc.hint) from None
    for name, df in out.items():
        check_table(name, df)
    return out


def _typed_frames(records: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """The corpus tables from their records, with the data dictionary's columns and types."""
    from plancompare.schema import read_dtypes

    out = {}
    for name in table_names("corpus"):
        df = pd.DataFrame.from_records(records.get(name, []), columns=columns(name))
        out[name] = df.astype({c: t for c, t in read_dtypes(name).items() if t != "str"})
    return out


def corpus_topic_tables(tables: dict[str, pd.DataFrame], use_cache: bool = True,
                        tokens: dict | None = None, n_topics: int | None = None) -> dict[str, pd.DataFrame]:
    """The topic tables of the corpus, from the cache when the paragraphs and ``n_topics`` have
    not changed. With no running text, or none with content words, the tables are empty and a
    warning says so (the rest of the build is still useful)."""
    import warnings

    from plancompare.cache import Cache, key
    from plancompare.read.places import catalog_places, place_names
    from plancompare.topics.corpus import TOPIC_KINDS, corpus_topics
    from plancompare.topics.documents import NoTextError
    from plancompare.topics.segmentation import SegmentationWarning

    p = tables["paragraphs"]
    units = p[p["kind"].isin(TOPIC_KINDS)]
    sec = tables["sections"]
    parts = [list(units["paragraph_id"]), list(units["text"]), list(units["section_id"]),
             list(sec["section_id"]), list(sec["parent_id"]), list(sec["level"].astype(int)), list(sec["title"])]
    # the places left out of the keyness (the gazetteer's and the catalog's) are part of the key
    places = sorted(place_names(catalog_places(tables.get("plans"))))
    parts.append({"keyness_places": places})
    k = key("topics", *parts) if n_topics is None else key("topics", *parts, {"n_topics": n_topics})
    cache = Cache("topics", enabled=use_cache)
    hit = cache.get(k, _valid_topic_tables)
    if hit is not None:
        return _typed_frames(hit)
    try:
        topic_tables = corpus_topics(p, sec, n_topics=n_topics, use_cache=use_cache, tokens=tokens,
                                     plans=tables.get("plans"))
    except NoTextError as exc:
        warnings.warn(f"topic tables left empty: {exc.message}", SegmentationWarning, stacklevel=2)
        return _typed_frames({})
    out = {name: topic_tables[name].reindex(columns=columns(name)) for name in table_names("corpus")}
    cache.put(k, {name: df.to_dict("records") for name, df in out.items()})
    return out
