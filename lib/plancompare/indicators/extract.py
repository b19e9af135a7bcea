"""All indicator records of one plan: its tables and its running text."""

from __future__ import annotations

from typing import Sequence

from plancompare.errors import IndicatorError, PlanError
from plancompare.indicators.catalog import load_catalog
from plancompare.indicators.decisions import _apply_decisions
from plancompare.indicators.prose import find_mentions
from plancompare.indicators.records import PlanContext, mention_records, merge_repeated
from plancompare.indicators.table_records import _Evidence, table_records
from plancompare.indicators.table_rows import parse_table

# ---------------------------------------------------------------------------------------
# One plan
# ---------------------------------------------------------------------------------------

def plan_indicators(ctx: PlanContext, lines: dict[int, str], regions, paragraphs: Sequence[tuple[int, str, str]],
                    decisions: Sequence[dict] = ()) -> list[dict]:
    """All indicator records of one plan.

    ``lines`` maps raw line numbers to normalised text, ``regions`` are the plan's
    table regions, ``paragraphs`` are (source_line, text, section path) of its
    running text (notice and indicator definitions excluded). Pure.
    """
    catalog = load_catalog()
    prose: list[dict] = []
    for line, text, path in paragraphs:
        try:
            for m in find_mentions(text, period=ctx.period, section=path, catalog=catalog):
                prose.append(mention_records(m, ctx, ctx.source_file, line))
        except PlanError:
            raise
        except Exception as exc:  # a bug: name the plan and the line it happened on
            raise IndicatorError(f"{ctx.plan_id}: internal error while reading the indicators of this line: "
                                 f"{exc!r}", file=ctx.source_file, line=line,
                                 hint="please report it with this plan; --keep-going builds the other plans") from exc
    tables = [parse_table(r, lines, ctx.period) for r in regions]
    tables = [t for t in tables if t.value_columns and t.rows]  # project boxes are not indicator tables
    exact = [(t, table_records(t, ctx, catalog, None, lines)) for t in tables]
    evidence = _Evidence(prose, exact)
    records: list[dict] = []
    for t in tables:
        records += table_records(t, ctx, catalog, evidence, lines)
    records += prose
    _apply_decisions(records, decisions, ctx, lines)
    return merge_repeated(records)
