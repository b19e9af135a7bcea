"""The documents the topic model reads, their validation, and the topic stage's error.

A document is one segmented paragraph, given either as a list of words or as its words joined by
spaces (compact for large corpora, and what the build's workers produce; segmented words never
hold spaces). Both formats must mean the same thing everywhere, so every reader of documents goes
through :func:`as_documents` and :func:`words`. The module imports no scikit-learn, so that the
build's workers, which only segment, stay quick to start.
"""

from __future__ import annotations

from typing import Iterable, Sequence, Sized

from plancompare.errors import PlanError

#: what a document may be, for error messages
FORMATS = "each document a string of space-joined words or a list of words"


class TopicError(PlanError, ValueError):
    """The topic step cannot run on the given input.

    Also a ValueError, as scikit-learn expects of an estimator's bad input.
    """


class NoTextError(TopicError):
    """There is nothing to model: no running-text paragraph, or none with a content word.

    The build leaves the topic tables empty (with a warning) instead of failing.
    """


def words(doc: str | Sequence[str]) -> Sequence[str]:
    """The words of a document: a string is split on whitespace, a list of words is returned as is.

    Also the model's TF-IDF analyzer, so that fitting and transforming read a document alike.
    """
    return doc.split() if isinstance(doc, str) else doc


def count_nonempty(docs: Iterable[str | Sequence[str]]) -> int:
    """The number of documents with at least one word."""
    return sum(1 for d in docs if len(words(d)))


def as_documents(docs) -> list[str | list[str]]:
    """The documents as a list, each a string (kept: compact) or a list of words; checked first.

    Raises :class:`TopicError`, naming the first bad document, for input that would otherwise be
    read wrongly in silence: a single string (one document per character), a sparse or pandas
    table, a document that is neither a string nor a sequence of strings (numbers, for example).
    """
    if isinstance(docs, (str, bytes)):
        raise TopicError("docs must be a sequence of documents, not one string", hint="wrap it in a list")
    if hasattr(docs, "tocsr"):
        raise TopicError(f"docs must be segmented text ({FORMATS}), not a sparse matrix "
                         f"({type(docs).__name__}): the model makes its own TF-IDF matrix")
    if hasattr(docs, "columns"):
        raise TopicError(f"docs must be segmented text ({FORMATS}), not a {type(docs).__name__}",
                         hint="pass one column")
    try:
        items = list(docs)
    except TypeError:
        raise TopicError(f"docs must be a sequence of documents, not {type(docs).__name__}") from None
    return [_document(d, i) for i, d in enumerate(items)]


def _document(doc, i: int) -> str | list[str]:
    """One document, checked: a string as is, else its words as a list of strings."""
    if isinstance(doc, str):
        return doc
    if doc is None or isinstance(doc, bytes) or not hasattr(doc, "__iter__"):
        raise TopicError(f"document {i} is {type(doc).__name__}, not segmented text ({FORMATS})")
    doc = list(doc)
    for word in doc:
        if not isinstance(word, str):
            raise TopicError(f"document {i} holds {type(word).__name__} {word!r}, not a word ({FORMATS})",
                             hint="TopicModel reads segmented text, not numbers")
    return doc


def check_groups(docs: Sized, groups: Sequence[str] | None) -> None:
    """Check that ``groups`` gives one section per document (when given)."""
    if groups is None:
        return
    if isinstance(groups, str):
        raise TopicError("groups must give one section per paragraph, not one string")
    if len(groups) != len(docs):
        raise TopicError(f"groups must give one section per paragraph: {len(groups)} for {len(docs)} paragraphs")
