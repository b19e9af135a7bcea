"""Web-page furniture: the patterns (``data/furniture.yaml``) of lines that are not the plan."""

from __future__ import annotations

import functools
import re
from pathlib import Path


@functools.lru_cache(maxsize=4)
def furniture_patterns(path: str | None = None) -> tuple[re.Pattern, ...]:
    """Compiled web-furniture patterns from the package's ``furniture.yaml`` (or ``path``)."""
    import yaml

    from plancompare.config import FURNITURE_FILE
    from plancompare.errors import PlanError

    source = Path(path) if path else FURNITURE_FILE
    with open(source, encoding="utf-8") as fh:
        entries = (yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}).get("furniture", [])
    compiled = []
    for i, pattern in enumerate(entries, 1):
        try:
            compiled.append(re.compile(str(pattern)))
        except re.error as exc:
            raise PlanError(f"furniture pattern {i} is not a valid regular expression: {exc}",
                            file=source) from None
    return tuple(compiled)


def is_furniture(text: str) -> bool:
    """Whether a normalised line is web-page furniture by the package's patterns (【打印本页】, 来源:…, 相关链接:…)."""
    return any(p.match(text) for p in furniture_patterns())
