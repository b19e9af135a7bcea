"""The build cache: per-plan results and topic tables, keyed by what they depend on.

A plan's rows are a pure function of its raw bytes, its catalog row, the curated
decisions for it and the code (package version plus a fingerprint of the
package's source and data files), so they are cached under the hash of those.
Entries are JSON (never pickle), written atomically, and checked when read.
Each entry records the key it was stored under and the SHA-256 digest of its
value (as canonical JSON); on read the file name, the key, the digest and the
types of every field must agree. An entry that fails any check (edited,
truncated, stored under another key, a field of the wrong type or missing) is
not used: it is rebuilt, and a one-line notice is logged at warning level on the
``plancompare.cache`` logger (printed to stderr when logging is not configured).

The cache lives in ``.cache/plancompare/`` at the project root;
``PLANCOMPARE_CACHE_DIR`` moves it and ``--no-cache`` bypasses it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import tempfile
from pathlib import Path
from typing import Any, Callable

from plancompare import __version__, config
from plancompare.files import atomic_write_text

log = logging.getLogger("plancompare.cache")


#: the parts of the package that decide the processed data; the stages drawn from it (the dataset
#: reader, tables, plots, export) and the entry points do not, so changing a chart leaves builds
#: and their cache valid
BUILD_PARTS = ("read", "structure", "indicators", "topics", "pipeline", "data", "errors.py", "config.py",
               "schema.py", "files.py", "cache.py", "__init__.py")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package version and every source and data file the build's output depends on."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        part = path.relative_to(config.PACKAGE_DIR).parts[0]
        if path.is_file() and path.suffix in (".py", ".yaml", ".txt") and "__pycache__" not in path.parts \
                and part in BUILD_PARTS:
            h.update(str(path.relative_to(config.PACKAGE_DIR)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def key(*parts: Any) -> str:
    """A cache key: the hash of the parts (JSON-serialised) and the code fingerprint."""
    h = hashlib.sha256(code_fingerprint().encode())
    for p in parts:
        h.update(json.dumps(p, sort_keys=True, ensure_ascii=False, default=str).encode())
        h.update(b"\0")
    return h.hexdigest()


def _clean(obj):
    """JSON-safe copy: NaN and missing values become None."""
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):  # numpy scalars
        return _clean(obj.item())
    return obj


def digest(value) -> str:
    """SHA-256 of a JSON value in canonical form (sorted keys, no spaces)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def notice(path: str | Path, reason: str) -> None:
    """The one-line notice that a cache file was not trusted and is being rebuilt."""
    shown = Path(path)
    try:  # inside the project: a relative path (notebooks' outputs must not show this machine's paths)
        shown = shown.resolve().relative_to(config.project_root())
    except ValueError:
        pass
    log.warning("plancompare: cache file %s not used (%s); rebuilding it", shown, reason)


def read_entry(path: Path, k: str, validate: Callable[[Any], Any] | None = None):
    """The value of the entry in ``path`` stored under key ``k``, or None.

    A missing file is a plain miss. A file that cannot be parsed, was stored
    under another key, whose value does not match its digest, or whose value
    ``validate`` rejects (returns False or a reason string) gives a notice and
    None; it never raises. ``validate`` returning True (or None) accepts.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        notice(path, f"unreadable: {exc.__class__.__name__}")
        return None
    try:
        entry = json.loads(text)
    except (ValueError, RecursionError):
        notice(path, "not valid JSON")
        return None
    if not isinstance(entry, dict) or set(entry) != {"key", "sha256", "value"}:
        notice(path, "not a plancompare cache entry")
        return None
    if entry["key"] != k:
        notice(path, "stored under another key")
        return None
    value = entry["value"]
    try:
        ok = entry["sha256"] == digest(value)
    except (ValueError, TypeError, RecursionError):
        ok = False
    if not ok:
        notice(path, "its content does not match its digest")
        return None
    if validate is not None:
        try:
            verdict = validate(value)
        except Exception as exc:  # a validator must never turn a bad entry into a traceback
            verdict = f"{exc.__class__.__name__}: {exc}"
        if verdict is not True and verdict is not None:
            notice(path, verdict if isinstance(verdict, str) else "fields of the wrong type or missing")
            return None
    return value


def write_entry(path: Path, k: str, value) -> None:
    """Store ``value`` under key ``k`` atomically, with its digest; a failure to write is skipped
    silently (the cache is an optimisation only)."""
    value = _clean(value)
    try:
        entry = {"key": k, "sha256": digest(value), "value": value}
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(entry, ensure_ascii=False))
    except (OSError, ValueError, TypeError):
        pass


class Cache:
    """A folder of JSON entries. ``enabled=False`` reads and writes nothing."""

    def __init__(self, kind: str, enabled: bool = True) -> None:
        self.folder = config.cache_dir() / kind
        self.enabled = enabled

    def get(self, k: str, validate=None):
        """The cached value for key ``k``, or None (missing, or failing a check: see :func:`read_entry`)."""
        if not self.enabled:
            return None
        return read_entry(self.folder / f"{k}.json", k, validate)

    def put(self, k: str, value) -> None:
        """Store ``value`` atomically; a cache that cannot be written is skipped silently."""
        if not self.enabled:
            return
        write_entry(self.folder / f"{k}.json", k, value)


def check_writable(enabled: bool) -> None:
    """Raise a clear error when the cache folder cannot be written (before any work is done)."""
    from plancompare.errors import BuildError

    if not enabled:
        return
    folder = config.cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.NamedTemporaryFile(dir=folder).close()
    except OSError as exc:
        raise BuildError(f"the cache folder cannot be written: {exc.strerror}", file=folder,
                         hint="set PLANCOMPARE_CACHE_DIR to a writable folder, or pass --no-cache") from None
