"""Stage 3a, indicators: values from tables and prose, harmonised and checked.

catalog (``indicators.yaml``) and values (the value grammar) → table_model and table_rows (cells to
rows and columns) → table_records and prose (records) → extract (one plan) →
decisions (curated) → qa (checks, report) → views (comparisons).
"""

from __future__ import annotations

from plancompare.indicators.catalog import Indicator, IndicatorCatalog, load_catalog
from plancompare.indicators.decisions import DECISIONS_NAME, read_decisions
from plancompare.indicators.extract import extract_indicators, plan_indicators
from plancompare.indicators.prose import Mention, find_mentions
from plancompare.indicators.qa import qa_report, quality_checks
from plancompare.indicators.records import PlanContext, mention_records
from plancompare.indicators.table_model import Column, ParsedTable, TableRow, classify_header
from plancompare.indicators.table_rows import parse_table
from plancompare.indicators.values import ParsedValue, canonical_unit, parse_value, unit_from_name
from plancompare.indicators.views import (
    annualise,
    change,
    coverage,
    headline,
    headline_ids,
    new_jobs_data,
    to_five_year_total,
)

__all__ = [
    "Indicator", "IndicatorCatalog", "load_catalog", "ParsedValue", "parse_value", "canonical_unit",
    "unit_from_name", "Column", "TableRow", "ParsedTable", "parse_table", "classify_header",
    "PlanContext", "mention_records", "Mention", "find_mentions", "extract_indicators",
    "plan_indicators", "DECISIONS_NAME", "read_decisions", "quality_checks", "qa_report",
    "headline_ids", "headline", "annualise", "to_five_year_total", "change", "coverage",
    "new_jobs_data",
]
