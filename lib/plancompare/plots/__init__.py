"""Stage 6, plots: tidy DataFrames (or a Dataset) in, matplotlib Axes out.

Functions never load or compute data; pass what is drawn. theme (look, CJK font,
labels) → indicators (indicator charts) → topics (topic charts). Importing changes no
global state; :func:`set_theme` applies the theme when asked.
"""

from __future__ import annotations

from plancompare.plots.indicators import (
    coverage_matrix,
    dumbbell,
    marker_handles,
    new_jobs,
    social_security,
    unemployment,
)
from plancompare.plots.theme import (
    LANGS,
    add_source_note,
    check_lang,
    cjk_font,
    cjk_font_path,
    contrast_ratio,
    indicator_label,
    label_color,
    region_colors,
    region_label,
    set_theme,
    theme_rc,
    tr,
)
from plancompare.plots.topics import (
    keyness,
    paragraph_map,
    similarity,
    topic_palette,
    topic_shares,
    topic_terms,
)

__all__ = [
    "LANGS", "tr", "check_lang", "cjk_font", "cjk_font_path", "theme_rc", "set_theme", "region_colors",
    "region_label", "indicator_label", "add_source_note", "contrast_ratio", "label_color", "dumbbell", "marker_handles", "new_jobs",
    "unemployment", "social_security", "coverage_matrix", "topic_palette", "topic_shares",
    "topic_terms", "keyness", "similarity", "paragraph_map",
]
