"""Quality checks on the indicator records (conflicts, targets worse than baselines,
rates over 100, missing units) and ``qa_report.md``.
"""

from __future__ import annotations

import itertools
from typing import Sequence

from plancompare.indicators.catalog import load_catalog
from plancompare.indicators.records import _flags, _key_of

# ---------------------------------------------------------------------------------------
# Quality checks
# ---------------------------------------------------------------------------------------

def _latest_baselines(recs: list[dict]):
    """A lookup (source, year) -> the first baseline of that source with the latest year before
    ``year``, or None; built once per group so that the check stays linear in the plan's size."""
    import bisect

    by_source: dict[str, dict[int, dict]] = {}
    for b in recs:
        if b["role"] == "baseline":
            by_source.setdefault(b["source"], {}).setdefault(b["year"], b)
    years = {src: sorted(d) for src, d in by_source.items()}

    def latest(source: str, year: int) -> dict | None:
        ys = years.get(source, [])
        i = bisect.bisect_left(ys, year)
        return by_source[source][ys[i - 1]] if i else None

    return latest


class _Findings(list):
    """Findings of the checks; :meth:`add` also flags the records concerned."""

    def add(self, kind: str, recs: list[dict], detail: str) -> None:
        for r in recs:
            r["flags"] = _flags([*r["flags"].split("; "), f"qa_{kind}"]) if r["flags"] else f"qa_{kind}"
        self.append({"check": kind, "plan_id": recs[0]["plan_id"],
                     "indicator": recs[0]["indicator_id"] or recs[0]["indicator_name"],
                     "lines": ", ".join(str(r["source_line"]) for r in recs), "detail": detail})


def quality_checks(records: list[dict]) -> list[dict]:
    """Add QA flags to ``records`` (mutates them) and return the findings, one dict each."""
    findings = _Findings()
    numeric = [r for r in records if r["value"] is not None and r["role"] and r["year"] is not None]
    groups: dict[tuple, list[dict]] = {}
    for r in numeric:
        groups.setdefault((r["plan_id"], _key_of(r), r["role"], r["year"], r["basis"]), []).append(r)
    _check_conflicts(groups, findings)
    _check_baselines_against_actuals(groups, findings)
    _check_targets_against_baselines(numeric, findings)
    for r in numeric:
        if r["unit"] == "percent" and r["value"] > 100:
            findings.add("rate_over_100", [r], f"{r['value_raw']}%")
    _list_unit_findings(records, findings)
    return list(findings)


def _check_conflicts(groups: dict[tuple, list[dict]], findings: _Findings) -> None:
    """One plan stating different values for the same indicator, role, year and basis."""
    for (plan, ind, role, year, basis), recs in groups.items():
        values = sorted({round(r["value"], 6) for r in recs})
        if len(values) > 1:
            desc = ", ".join(f"{r['value_raw']} ({r['source']} line {r['source_line']})" for r in recs)
            findings.add("conflict", recs, f"{role} {year}: different values {desc}")


def _check_baselines_against_actuals(groups: dict[tuple, list[dict]], findings: _Findings) -> None:
    """A baseline of year Y that differs from the plan's own actual figure for Y."""
    for (plan, ind, role, year, basis), recs in groups.items():
        if role != "baseline":
            continue
        actual = groups.get((plan, ind, "actual", year, basis), [])
        firsts: dict[float, dict] = {}  # the first actual of each value, in order: O(n) per group
        for a in actual:
            firsts.setdefault(round(a["value"], 6), a)
        for b in recs:
            differ = [a for v, a in itertools.islice(firsts.items(), 2) if v != round(b["value"], 6)]
            if differ:
                a = differ[0]
                findings.add("baseline_differs_from_actual", [b, a],
                             f"baseline {year} {b['value_raw']} (line {b['source_line']}) but actual {year} "
                             f"{a['value_raw']} (line {a['source_line']})")


def _check_targets_against_baselines(numeric: list[dict], findings: _Findings) -> None:
    """A point target worse than the latest earlier baseline (by the catalog's ``better``)."""
    catalog = load_catalog()
    by_plan_ind: dict[tuple, list[dict]] = {}
    for r in numeric:
        by_plan_ind.setdefault((r["plan_id"], _key_of(r), r["basis"]), []).append(r)
    for (plan, ind, basis), recs in by_plan_ind.items():
        info = catalog.indicators.get(recs[0]["indicator_id"])
        # flows (annual figures, five-year totals) may plan for less than the last period, and a
        # floor or ceiling is no point target: only stocks and rates stated as a value are checked
        if info is None or info.better == "none" or basis not in ("stock", "rate"):
            continue
        latest = _latest_baselines(recs)
        for t in [r for r in recs if r["role"] == "target" and r["comparator"] in ("=", "~")]:
            b = latest(t["source"], t["year"])
            if b is None:
                continue
            worse = t["value"] < b["value"] if info.better == "higher" else t["value"] > b["value"]
            if worse:
                findings.add("target_worse_than_baseline", [b, t],
                             f"target {t['year']} {t['value_raw']} vs baseline {b['year']} {b['value_raw']} "
                             f"where {info.better} is better")


def _list_unit_findings(records: list[dict], findings: _Findings) -> None:
    """Units that were missing or inferred, once per plan, indicator and quote (no flag added)."""
    seen_units: set[tuple] = set()
    for r in records:
        if ("unit_missing" in r["flags"] or "unit_inferred" in r["flags"]) and \
                (r["plan_id"], _key_of(r), r["quote"]) not in seen_units:
            seen_units.add((r["plan_id"], _key_of(r), r["quote"]))
            findings.append({"check": "unit", "plan_id": r["plan_id"],
                             "indicator": r["indicator_id"] or r["indicator_name"],
                             "lines": str(r["source_line"]), "detail": r["flags"]})


def qa_report(records: Sequence[dict], findings: Sequence[dict]) -> str:
    """The QA report as Markdown: alignment decisions, conflicts and other findings."""
    from collections import Counter

    def esc(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    out = ["# Indicator quality report", "",
           "Written by `plancompare build` from `indicators.csv`. Every value the build could not "
           "place with certainty, and every inconsistency it found, is listed here and flagged in "
           "the `flags` column.", ""]
    counts = Counter((r["source"], r["alignment"]) for r in records)
    out += ["## Summary", "", "| source | exact | inferred | ambiguous |", "| --- | --- | --- | --- |"]
    for source in ("table", "prose"):
        out.append(f"| {source} | {counts[(source, 'exact')]} | {counts[(source, 'inferred')]} | "
                   f"{counts[(source, 'ambiguous')]} |")
    sections = [
        ("ambiguous", "Ambiguous alignments (kept, role and year left empty)",
         [r for r in records if r["alignment"] == "ambiguous"]),
        ("inferred", "Inferred alignments (table values placed from evidence)",
         [r for r in records if r["alignment"] == "inferred" and r["source"] == "table"]),
    ]
    def section(title: str, header: list[str], rows: list[list]) -> None:
        out.extend(["", f"## {title}", ""])
        if not rows:
            out.append("None.")
            return
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + " --- |" * len(header))
        out.extend("| " + " | ".join(esc(c) for c in row) + " |" for row in rows)

    for _, title, rows in sections:
        section(title, ["plan", "indicator", "line", "value", "role", "year", "flags"],
                [[r["plan_id"], r["indicator_id"] or r["indicator_name"], r["source_line"], r["value_raw"],
                  r["role"], "" if r["year"] is None else r["year"], r["flags"]] for r in rows])
    titles = {"conflict": "Conflicting values (same indicator, role, year and basis)",
              "baseline_differs_from_actual": "Baselines that differ from the reported actual of the same year",
              "target_worse_than_baseline": "Point targets worse than their baseline (stocks and rates)",
              "rate_over_100": "Rates over 100", "unit": "Missing or inferred units"}
    for check, title in titles.items():
        section(title, ["plan", "indicator", "lines", "detail"],
                [[f["plan_id"], f["indicator"], f["lines"], f["detail"]] for f in findings if f["check"] == check])
    from plancompare.indicators.missed import TITLES

    out.extend(["", "# What may have been missed", "",
                "Hints for a person adding a plan (see `to_check` in plans.csv): none of these is an error."])
    for check, title in TITLES.items():
        section(title, ["plan", "indicator", "line", "text"],
                [[f["plan_id"], f["indicator"], f["lines"], f["detail"]] for f in findings if f["check"] == check])
    section("Five-year-total markers lost in the scrape", ["plan", "indicator", "line", "value"],
            [[r["plan_id"], r["indicator_id"] or r["indicator_name"], r["source_line"], r["value_raw"]]
             for r in records if "cumulative_unknown" in r["flags"]])
    return "\n".join(out) + "\n"
