"""Word segmentation with jieba, made fit for these plans.

* A user dictionary of policy terms jieba splits wrongly by default
  (``data/userdict.txt``: 城镇新增就业, 社会保障卡, 劳动人事争议 …) and a stopword list
  (``data/stopwords.txt``: function words and plan boilerplate such as 坚持, 加强,
  推进) are plain files a user can edit.
* Numbers, dates, Latin letters, punctuation and single characters are dropped.
* jieba's prefix-dictionary cache goes to the project's cache folder
  (``PLANCOMPARE_CACHE_DIR``), never to a home directory or jieba's default temp
  location; when that folder cannot be written, jieba simply rebuilds its
  dictionary in memory.
* Segmented paragraphs are cached by the hash of their text and of the
  dictionary and stopwords, so rebuilds do not segment again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import tempfile
import warnings
from pathlib import Path
from typing import Sequence

from . import config

_KEEP = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff+]+$")  # two or more characters: single ones are noise here


class SegmentationWarning(UserWarning):
    """A dictionary line was malformed, or a paragraph segmented to nothing."""


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def read_userdict(path: str | Path = config.USERDICT_FILE) -> list[tuple[str, int | None, str | None]]:
    """(word, frequency, tag) entries; malformed lines are skipped with a warning naming the line."""
    entries = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            word, freq, tag = parts[0], None, None
            ok = 1 <= len(parts) <= 3 and not word.isdigit()
            if ok and len(parts) >= 2:
                if parts[1].isdigit():
                    freq = int(parts[1])
                    tag = parts[2] if len(parts) == 3 else None
                elif len(parts) == 2 and parts[1].isalpha():
                    tag = parts[1]
                else:
                    ok = False
            if not ok:
                warnings.warn(f"{path}:{lineno}: malformed dictionary line {line!r} skipped "
                              "(expected: word [frequency] [tag])", SegmentationWarning, stacklevel=2)
                continue
            entries.append((word, freq, tag))
    return entries


def read_stopwords(path: str | Path = config.STOPWORDS_FILE) -> frozenset[str]:
    with open(path, encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def _base_tokenizer():
    """jieba with its default dictionary, initialised once per process."""
    import jieba

    jieba.setLogLevel(logging.ERROR)
    tk = jieba.Tokenizer()
    cache = config.cache_dir() / "jieba"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=cache, delete=True)
        probe.close()
        tk.tmp_dir = str(cache)
    except OSError:
        # no writable cache: point jieba at a private, throw-away location and keep it quiet
        tk.tmp_dir = tempfile.mkdtemp(prefix="plancompare-jieba-")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # jieba uses pkg_resources-era APIs
        tk.initialize()
    return tk


@functools.lru_cache(maxsize=4)
def tokenizer(userdict: str | None = None, with_dictionary: bool = True):
    """A jieba tokenizer, with the user dictionary loaded unless ``with_dictionary`` is False.

    Both share one initialisation of jieba's prefix dictionary (the slow part):
    the domain tokenizer is a copy of the default one with the user words added.
    """
    import jieba

    base = _base_tokenizer()
    if not with_dictionary:
        return base
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total = dict(base.FREQ), base.total
    tk.initialized = True
    tk.dictionary = base.dictionary
    for word, freq, tag in read_userdict(userdict or config.USERDICT_FILE):
        tk.add_word(word, freq, tag)
    return tk


def cut(text: str, stopwords: frozenset[str], tk) -> list[str]:
    """Content words of one text: Chinese words, no stopwords, numbers or punctuation."""
    return [w for w in tk.lcut(text) if _KEEP.match(w) and w not in stopwords]


class SegmentCache:
    """Segmented paragraphs on disk, keyed by the hash of text, dictionary and stopwords."""

    def __init__(self, key: str, enabled: bool = True) -> None:
        self.path = config.cache_dir() / f"segments-{key[:16]}.json"
        self.enabled = enabled
        self.data: dict[str, list[str]] = {}
        self.dirty = False
        if enabled and self.path.is_file():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict) and all(isinstance(v, list) for v in loaded.values()):
                    self.data = loaded
            except (OSError, ValueError):
                self.data = {}  # a corrupt cache is rebuilt, never trusted

    def save(self) -> None:
        if not (self.enabled and self.dirty):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".segments-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.data, fh, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            pass  # caching is an optimisation only


def segment(texts: Sequence[str], userdict: str | None = None, stopwords: str | None = None,
            use_cache: bool = True, domain: bool = True) -> list[list[str]]:
    """Segment texts into content words (see the module docstring). Pure apart from the cache.

    ``domain=False`` gives the untuned baseline: jieba's default dictionary and no
    stopwords beyond single characters, used to show what the tuning buys.
    """
    ud = str(userdict or config.USERDICT_FILE)
    sw_path = str(stopwords or config.STOPWORDS_FILE)
    stop = read_stopwords(sw_path) if domain else frozenset()
    dict_text = Path(ud).read_text(encoding="utf-8") if domain else ""
    key = _hash("v1", str(domain), dict_text, "\n".join(sorted(stop)))
    cache = SegmentCache(key, enabled=use_cache)
    tk = None
    out: list[list[str]] = []
    for text in texts:
        h = _hash(text)
        hit = cache.data.get(h)
        if hit is None:
            if tk is None:
                tk = tokenizer(ud, with_dictionary=domain)
            hit = cut(text, stop, tk)
            cache.data[h] = hit
            cache.dirty = True
        out.append(hit)
    cache.save()
    return out
