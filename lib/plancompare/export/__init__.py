"""Stage 7, export: the standard figures and report tables, as files.

registry (which chart, from which tables, computed how) → notes (source notes) → figures
(PNG, SVG, PDF with data and notes) and tables (CSV, XLSX).
"""

from __future__ import annotations

from plancompare.export.figures import FORMATS, export_figures
from plancompare.export.notes import METHODS, indicator_note, method_note, topic_note
from plancompare.export.registry import FIGURES, Figure, FigureResult, render
from plancompare.export.tables import export_tables, report_tables

__all__ = [
    "Figure", "FigureResult", "FIGURES", "render", "indicator_note", "topic_note", "method_note", "METHODS", "FORMATS", "export_figures",
    "report_tables", "export_tables",
]
