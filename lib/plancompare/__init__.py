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
    "load": ("plancompare.api", "load"),
    "Dataset": ("plancompare.dataset", "Dataset"),
    "build": ("plancompare.pipeline.run", "build"),
    "PlanError": ("plancompare.errors", "PlanError"),
    "extract_indicators": ("plancompare.indicators.extract", "extract_indicators"),
}

if TYPE_CHECKING:  # pragma: no cover
    from plancompare.api import load
    from plancompare.dataset import Dataset
    from plancompare.errors import PlanError
    from plancompare.indicators.extract import extract_indicators
    from plancompare.pipeline.run import build


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(import_module(module), attr)
    raise AttributeError(f"module 'plancompare' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))
