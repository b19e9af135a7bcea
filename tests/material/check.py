"""Check the material: YAML loads, ids exist in the catalog, rows are complete,
plan keys point at real lines.  Prints counts only (never held-out text).

    python3 tests/material/check.py
"""
import collections
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parents[1] / "lib" / "plancompare" / "data" / "indicators.yaml"
FAMILIES = ["coordinated", "frames", "baseline_result_pairs", "result_and_target",
            "change", "time_basis", "comparators", "longest_name", "numbers",
            "distractor"]
SECTIONS = {"主要目标", "发展基础", "主要成就", "工作回顾", ""}
ROLES = {"baseline", "target", "actual"}
COMPARATORS = {"=", "<", "<=", ">", ">=", "~"}
BASES = {"annual", "five_year_total"}
ROW_KEYS = ["indicator_id", "role", "year", "value", "unit", "comparator"]

cat = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))
IND = {i["id"]: i for i in cat["indicators"]}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_row(where, row):
    for k in ROW_KEYS:
        if k not in row:
            err(where, f"missing {k}")
    iid = row.get("indicator_id")
    if iid not in IND:
        err(where, f"unknown indicator_id {iid}")
        return
    if row.get("unit") != IND[iid]["unit"]:
        err(where, f"unit {row.get('unit')} is not the catalog's {IND[iid]['unit']}")
    if row.get("role") not in ROLES:
        err(where, f"role {row.get('role')}")
    if row.get("comparator") not in COMPARATORS:
        err(where, f"comparator {row.get('comparator')}")
    if not isinstance(row.get("value"), (int, float)):
        err(where, "value not a number")
    if not isinstance(row.get("year"), int) or not 2010 <= row["year"] <= 2030:
        err(where, f"year {row.get('year')}")
    if "basis" in row:
        if row["basis"] not in BASES:
            err(where, f"basis {row['basis']}")
        if not IND[iid]["flow"]:
            err(where, "basis given for a non-flow indicator")


def _batches() -> list[tuple[str, str, str]]:
    """Every batch present: ``tuning.yaml``/``heldout.yaml`` is the first, ``tuningN``/``heldoutN`` the N-th."""
    nums = sorted(int(m.group(1) or 1) for f in (HERE / "prose").glob("tuning*.yaml")
                  if (m := re.fullmatch(r"tuning(\d*)\.yaml", f.name)))
    return [(f"batch {n}", f"tuning{n if n > 1 else ''}", f"heldout{n if n > 1 else ''}") for n in nums]


BATCHES = _batches()


def check_prose():
    seen = set()
    for label, tun, held in BATCHES:
        check_batch(label, tun, held, seen)


def check_batch(label, tun, held, seen):
    counts = collections.Counter()
    for fname, split in [(tun, "tuning"), (held, "heldout")]:
        items = yaml.safe_load((HERE / "prose" / f"{fname}.yaml").read_text(encoding="utf-8"))
        for it in items:
            w = f"prose/{fname}/{it.get('id')}"
            if it["id"] in seen:
                err(w, "duplicate id")
            seen.add(it["id"])
            if it["family"] not in FAMILIES:
                err(w, f"family {it['family']}")
            if it["script"] not in ("simplified", "traditional"):
                err(w, f"script {it['script']}")
            if it["section"] not in SECTIONS:
                err(w, f"section {it['section']}")
            if not (isinstance(it["period"], list) and len(it["period"]) == 2):
                err(w, "period")
            for k in ("text", "source"):
                if not it.get(k):
                    err(w, f"missing {k}")
            if not isinstance(it.get("expect"), list):
                err(w, "expect is not a list")
            for r in it.get("expect") or []:
                check_row(w, r)
            for r in it.get("forbid") or []:
                if r.get("indicator_id") not in IND:
                    err(w, f"forbid: unknown id {r.get('indicator_id')}")
            if it["family"] == "distractor" and it["expect"]:
                err(w, "distractor with expected rows")
            counts[(it["family"], it["script"], split)] += 1
    print(f"prose items per family x script x split, {label} ({tun}.yaml, {held}.yaml)")
    print(f"{'family':24}{'simp/tun':>9}{'simp/held':>10}{'trad/tun':>9}{'trad/held':>10}{'total':>7}")
    tot = collections.Counter()
    for f in FAMILIES:
        cells = [counts[(f, s, sp)] for s in ("simplified", "traditional")
                 for sp in ("tuning", "heldout")]
        for k, c in zip(range(4), cells):
            tot[k] += c
        print(f"{f:24}" + "".join(f"{c:>9}" if i % 2 == 0 else f"{c:>10}"
                                  for i, c in enumerate(cells)) + f"{sum(cells):>7}")
        if counts[(f, "simplified", "heldout")] + counts[(f, "traditional", "heldout")] == 0:
            err(f"{label}/{f}", "family missing from heldout")
        if counts[(f, "simplified", "tuning")] + counts[(f, "traditional", "tuning")] == 0:
            err(f"{label}/{f}", "family missing from tuning")
    print(f"{'total':24}" + "".join(f"{tot[i]:>9}" if i % 2 == 0 else f"{tot[i]:>10}"
                                    for i in range(4)) + f"{sum(tot.values()):>7}")


def _compact(line: str) -> str:
    """A line without spaces (ideographic ones too) or a contents entry's dot leader and page number."""
    line = re.sub(r"[\s\u3000]", "", line)
    return re.sub(r"(?:[.…·_]{2,}|[-—]{3,})\d*$", "", line)


def _in_toc(line: str, chapter: str) -> bool:
    """The line names the chapter: the same text, or (a contents entry with a short title) its number."""
    c = _compact(chapter)
    m = re.match(r"^(第[^章部]{1,3}(章|部分)|[一二三四五六七八九十]{1,3}、)", c)
    return line == c or bool(m and line.startswith(m.group(1)))


def check_plans():
    n = collections.Counter()
    for split in ["tuning", "heldout"]:
        for txt in sorted((HERE / "plans" / split).glob("*.txt")):
            key = txt.with_name(txt.stem + ".key.yaml")
            w = f"plans/{split}/{txt.name}"
            if not key.exists():
                err(w, "no key")
                continue
            lines = txt.read_text(encoding="utf-8").split("\n")
            if lines and lines[-1] == "":
                lines = lines[:-1]
            if not 20 <= len(lines) <= 150:
                err(w, f"{len(lines)} lines")
            k = yaml.safe_load(key.read_text(encoding="utf-8"))
            for f in ("region", "period", "plan_number", "title", "chapters", "toc",
                      "furniture_lines", "values"):
                if f not in k:
                    err(w, f"key lacks {f}")
            if k["title"] not in lines:
                err(w, "title is not a line of the text")
            body_start = 0
            compact = [_compact(l) for l in lines]
            for c in k["chapters"]:
                hits = [i for i, l in enumerate(compact) if l == _compact(c) and i >= body_start]
                if not hits:
                    err(w, f"chapter {c!r} not found in order")
                    continue
                if k["toc"] and len([i for i, l in enumerate(compact) if _in_toc(l, c)]) < 2:
                    err(w, f"toc: chapter {c!r} appears once")
                body_start = hits[-1] + 1 if k["toc"] else hits[0] + 1
            for ln in k["furniture_lines"]:
                if not 1 <= ln <= len(lines):
                    err(w, f"furniture line {ln} out of range")
            for r in k["values"]:
                check_row(w, r)
                ln = r.get("line")
                if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                    err(w, f"value line {ln}")
                elif ln in k["furniture_lines"]:
                    err(w, f"value on furniture line {ln}")
            n[split] += 1
            print(f"{split:8}{txt.name:28}{len(lines):4} lines {len(k['values']):3} values")
    print("plan documents:", dict(n))


check_prose()
check_plans()
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
