"""The build cache: per-plan results and topic tables, keyed by what they depend on.

A plan's rows are a pure function of its raw bytes, its catalog row, the curated
decisions for it and the code (package version plus a fingerprint of the
package's source and data files), so they are cached under the hash of those.
Entries are JSON (never pickle), written atomically, and checked when read: a
corrupt or stale entry is rebuilt, never trusted.

The cache lives in ``.cache/plancompare/`` at the project root;
``PLANCOMPARE_CACHE_DIR`` moves it and ``--no-cache`` bypasses it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import tempfile
from typing import Any

from . import __version__, config


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package version and every source and data file of the package."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yaml", ".txt") and "__pycache__" not in path.parts:
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


class Cache:
    """A folder of JSON entries. ``enabled=False`` reads and writes nothing."""

    def __init__(self, kind: str, enabled: bool = True) -> None:
        self.folder = config.cache_dir() / kind
        self.enabled = enabled

    def get(self, k: str, validate=None):
        """The cached value for key ``k``, or None (missing, unreadable, corrupt, or failing ``validate``)."""
        if not self.enabled:
            return None
        path = self.folder / f"{k}.json"
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != k or "value" not in entry:
            return None
        value = entry["value"]
        if validate is not None and not validate(value):
            return None
        return value

    def put(self, k: str, value) -> None:
        """Store ``value`` atomically; a cache that cannot be written is skipped silently."""
        if not self.enabled:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".entry-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": k, "value": _clean(value)}, fh, ensure_ascii=False)
            os.replace(tmp, self.folder / f"{k}.json")
        except OSError:
            pass


def check_writable(enabled: bool) -> None:
    """Raise a clear error when the cache folder cannot be written (before any work is done)."""
    from .errors import BuildError

    if not enabled:
        return
    folder = config.cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.NamedTemporaryFile(dir=folder).close()
    except OSError as exc:
        raise BuildError(f"the cache folder cannot be written: {exc.strerror}", file=folder,
                         hint="set PLANCOMPARE_CACHE_DIR to a writable folder, or pass --no-cache") from None
