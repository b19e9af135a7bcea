"""plancompare: compare Chinese regions' human-resources-and-social-security five-year plans.

Quick start::

    import plancompare as pc
    ds = pc.load()          # processed tables (plans, sections, paragraphs, lines)
    ds.plans[["plan_id", "region", "period_start", "period_end"]]

Importing the package is cheap: pandas and the parsers are imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["load", "build", "Dataset", "PlanError", "extract_indicators", "__version__"]

_LAZY = {
    "load": ("plancompare.dataset", "load"),
    "Dataset": ("plancompare.dataset", "Dataset"),
    "build": ("plancompare.pipeline", "build"),
    "PlanError": ("plancompare.errors", "PlanError"),
    "extract_indicators": ("plancompare.prose", "extract_indicators"),
}

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import build
    from .dataset import Dataset, load
    from .errors import PlanError
    from .prose import extract_indicators


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(import_module(module), attr)
    raise AttributeError(f"module 'plancompare' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))
