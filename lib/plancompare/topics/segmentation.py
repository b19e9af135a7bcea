"""Word segmentation with jieba, made fit for these plans.

* A user dictionary of policy terms jieba splits wrongly by default
  (``data/userdict.txt``: 城镇新增就业, 社会保障卡, 劳动人事争议 …) and a stopword list
  (``data/stopwords.txt``: function words and plan boilerplate such as 坚持, 加强,
  推进) are plain files a user can edit.
* Numbers, dates, Latin letters, punctuation and single characters are dropped.
* jieba's prefix dictionary is built by this module, not by jieba's
  ``initialize`` (which reads and writes a marshal file ``jieba.cache`` in the
  system temp folder). Its cache is a JSON file in the project's cache folder
  (``PLANCOMPARE_CACHE_DIR``/``jieba/``) with a SHA-256 sidecar recording the
  key it was stored under (jieba's version and dictionary) and the file's digest;
  a file that fails the check is deleted and rebuilt with a one-line notice.
  ``use_cache=False`` (``--no-cache``) reads and writes no file at all; when the
  cache folder cannot be written, the dictionary is simply built in memory.
* Segmented paragraphs are cached by the hash of their text and of the
  dictionary and stopwords (verified like every cache entry), so rebuilds do not
  segment again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import warnings
from pathlib import Path
from typing import Sequence

from plancompare import config
from plancompare.files import atomic_write_bytes

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


DICT_CACHE_NAME = "dictionary.json"


def _load_prefix_dict(tk, use_cache: bool) -> None:
    """Give ``tk`` jieba's prefix dictionary: from the verified cache, or built and cached."""
    import io

    import jieba

    from plancompare.cache import notice

    with tk.get_dict_file() as fh:
        source = fh.read()
    k = _hash("jieba-prefix-dict-v2", jieba.__version__, hashlib.sha256(source).hexdigest())
    folder = config.cache_dir() / "jieba"
    path, sidecar = folder / DICT_CACHE_NAME, folder / (DICT_CACHE_NAME + ".sha256")
    if use_cache and (path.exists() or sidecar.exists()):
        problem = None
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            data = path.read_bytes()
            if not isinstance(meta, dict) or meta.get("key") != k:
                problem = "stored for another jieba dictionary"
            elif meta.get("sha256") != hashlib.sha256(data).hexdigest():
                problem = "its content does not match its digest"
            else:
                freq, total = _prefix_dict_of(json.loads(data.decode("utf-8")))
                if freq is not None:
                    tk.FREQ, tk.total, tk.initialized = freq, total, True
                    return
                problem = "fields of the wrong type"
        except (OSError, ValueError, TypeError, RecursionError) as exc:
            problem = f"unreadable: {exc.__class__.__name__}"
        notice(path, problem)
        for stale in (path, sidecar):
            try:
                stale.unlink()
            except OSError:
                pass
    freq, total = tk.gen_pfdict(io.BytesIO(source))
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    if not use_cache:
        return
    try:  # the dictionary first, its sidecar last: a sidecar always describes a complete file
        folder.mkdir(parents=True, exist_ok=True)
        # words and frequencies as two lists: half the time of a JSON object, to write and to read
        data = json.dumps([list(freq), list(freq.values()), total], ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        for target, content in ((path, data),
                                (sidecar, json.dumps({"key": k, "sha256": hashlib.sha256(data).hexdigest()})
                                 .encode())):
            atomic_write_bytes(target, content)
    except OSError:
        pass  # no writable cache: the dictionary stays in memory


def _prefix_dict_of(value) -> tuple[dict[str, int] | None, int]:
    """(prefix dictionary, total) from the cached ``[words, frequencies, total]``; (None, 0) when the
    value is not of that shape and type."""
    if not (isinstance(value, list) and len(value) == 3):
        return None, 0
    words, freqs, total = value
    if not (isinstance(words, list) and isinstance(freqs, list) and len(words) == len(freqs)
            and type(total) is int and all(type(w) is str for w in words) and all(type(v) is int for v in freqs)):
        return None, 0
    freq = dict(zip(words, freqs))
    return (freq, total) if len(freq) == len(words) else (None, 0)


@functools.lru_cache(maxsize=2)
def _base_tokenizer(use_cache: bool = True):
    """jieba with its default dictionary, initialised once per process (and cache setting)."""
    import jieba

    jieba.setLogLevel(logging.ERROR)
    tk = jieba.Tokenizer()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # jieba uses pkg_resources-era APIs
        _load_prefix_dict(tk, use_cache)
    return tk


@functools.lru_cache(maxsize=4)
def tokenizer(userdict: str | None = None, with_dictionary: bool = True, use_cache: bool = True):
    """A jieba tokenizer, with the user dictionary loaded unless ``with_dictionary`` is False.

    Both share one initialisation of jieba's prefix dictionary (the slow part):
    the domain tokenizer is a copy of the default one with the user words added.
    ``use_cache=False`` neither reads nor writes the dictionary cache.
    """
    import jieba

    base = _base_tokenizer(use_cache)
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


def _valid_segments(value) -> bool | str:
    if isinstance(value, dict) and all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                       for v in value.values()):
        return True
    return "segments are not lists of words"


class SegmentCache:
    """Segmented paragraphs on disk, keyed by the hash of text, dictionary and stopwords."""

    def __init__(self, key: str, enabled: bool = True) -> None:
        from plancompare.cache import read_entry

        self.path = config.cache_dir() / f"segments-{key[:16]}.json"
        self.key = key
        self.enabled = enabled
        self.data: dict[str, list[str]] = {}
        self.dirty = False
        if enabled:
            # a corrupt, edited or mistyped cache is rebuilt, never trusted
            self.data = read_entry(self.path, key, _valid_segments) or {}

    def save(self) -> None:
        from plancompare.cache import write_entry

        if not (self.enabled and self.dirty):
            return
        write_entry(self.path, self.key, self.data)  # caching is an optimisation only


def segment(texts: Sequence[str], userdict: str | None = None, stopwords: str | None = None,
            use_cache: bool = True, domain: bool = True, dict_cache: bool | None = None) -> list[list[str]]:
    """Segment texts into content words (see the module docstring). Pure apart from the cache.

    ``use_cache`` governs the cache of segmented paragraphs and, unless ``dict_cache``
    says otherwise, jieba's dictionary cache.

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
                tk = tokenizer(ud, with_dictionary=domain,
                               use_cache=use_cache if dict_cache is None else dict_cache)
            hit = cut(text, stop, tk)
            cache.data[h] = hit
            cache.dirty = True
        out.append(hit)
    cache.save()
    return out
