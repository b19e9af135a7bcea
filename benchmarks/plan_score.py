"""Score the build on the whole plan documents of tests/material/plans/ (issue #16).

    python benchmarks/plan_score.py              # tuning documents: scores and every miss
    python benchmarks/plan_score.py --heldout    # set-aside documents: the numbers only

Each document is built as a one-plan corpus (a catalog row made from its answer
key) and compared with the key: keyed values found (indicator, role, year, value,
and the raw line), wrong values (a placed value on no key row's indicator, role
and year for that value), chapters (the tree's chapter nodes, in order, none
doubled or empty; a notice, table or box at the top level is no chapter, though the
summary also counts the older reading, every level-1 node but the contents), the table of contents kept out of the tree, and furniture
lines (none in paragraphs). The set-aside documents are never printed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "lib") not in sys.path:  # run as a script outside the project's environment
    sys.path.insert(0, str(ROOT / "lib"))
MATERIAL = ROOT / "tests" / "material" / "plans"
LEVEL = {"省": "province", "市": "prefecture-level city", "县": "county", "縣": "county", "区": "district",
         "區": "district"}


def _catalog(raw: Path, name: str, key: dict) -> None:
    from plancompare.read.catalog import COLUMNS

    data = (raw / f"{name}.txt").read_bytes()
    row = {c: "" for c in COLUMNS}
    row.update({"plan_id": name.replace("_", "-"), "region": key["region"], "region_en": name.split("_")[0].title(),
                "level": LEVEL.get(key["region"][-1], "county"), "period_start": key["period"][0],
                "period_end": key["period"][1], "fyp_number": key["plan_number"], "title": key["title"],
                "source_file": f"{name}.txt", "sha256": hashlib.sha256(data).hexdigest()})
    with open(raw / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerow(row)


def _close(a, b) -> bool:
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def score_document(path: Path) -> dict:
    from plancompare.pipeline import build_tables

    key = yaml.safe_load(path.with_name(path.stem + ".key.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        shutil.copy(path, raw / path.name)
        _catalog(raw, path.stem, key)
        try:
            t = build_tables(raw, use_cache=False, jobs=1)
        except Exception as exc:  # a document the build refuses scores nothing
            return {"error": str(exc), "expected": len(key["values"]), "found": 0, "wrong": 0, "missed": key["values"],
                    "wrong_rows": [], "chapters_ok": False, "toc_ok": False, "furniture_in_paragraphs": []}
    ind = t["indicators"]
    placed = ind[(ind["indicator_id"] != "") & ind["value"].notna() & (ind["role"] != "") & ind["year"].notna()]
    rows = placed.to_dict("records")
    used, missed = set(), []
    for e in key["values"]:
        hit = next((i for i, r in enumerate(rows) if i not in used and r["indicator_id"] == e["indicator_id"]
                    and r["role"] == e["role"] and int(r["year"]) == int(e["year"]) and _close(r["value"], e["value"])),
                   None)
        if hit is None:
            missed.append(e)
        else:
            used.add(hit)
    wrong = [r for r in rows if not any(r["indicator_id"] == e["indicator_id"] and r["role"] == e["role"]
                                        and int(r["year"]) == int(e["year"]) and _close(r["value"], e["value"])
                                        for e in key["values"])]
    sec = t["sections"]
    level1 = [(f"{n} {ti}".strip() if n else ti, k) for n, ti, lv, k in
              zip(sec["number"], sec["title"], sec["level"], sec["kind"]) if lv == 1 and k != "toc"]
    chapters = [label for label, k in level1 if k == "chapter"]
    furniture = set(key.get("furniture_lines", []))
    para = t["paragraphs"]
    in_para = sorted(set(para["source_line"]) & furniture)
    return {"expected": len(key["values"]), "found": len(key["values"]) - len(missed), "wrong": len(wrong),
            "missed": missed, "wrong_rows": wrong, "chapters": chapters, "chapters_ok": _same_chapters(
                chapters, key["chapters"]), "level1_ok": _same_chapters([label for label, _ in level1], key["chapters"]), "toc_ok": (not key.get("toc")) or (sec["kind"] == "toc").any(),
            "furniture_in_paragraphs": in_para, "paragraph_texts": list(para["text"])}


def _same_chapters(got: list[str], want: list[str]) -> bool:
    """The tree's chapters are normalised and Simplified; the key writes them as the text does."""
    from plancompare.read.normalization import normalize, to_simplified

    def norm(t: str) -> str:
        return to_simplified(normalize(t)).replace(" ", "")

    return [norm(g) for g in got] == [norm(w) for w in want]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", action="store_true", help="score the set-aside documents (numbers only)")
    args = ap.parse_args(argv)
    folder = MATERIAL / ("heldout" if args.heldout else "tuning")
    total = {"docs": 0, "expected": 0, "found": 0, "wrong": 0, "chapters_ok": 0, "level1_ok": 0, "toc_ok": 0,
             "furniture": 0}
    for path in sorted(folder.glob("*.txt")):
        s = score_document(path)
        total["docs"] += 1
        for k in ("expected", "found", "wrong"):
            total[k] += s[k]
        total["chapters_ok"] += bool(s["chapters_ok"])
        total["level1_ok"] += bool(s.get("level1_ok"))
        total["toc_ok"] += bool(s["toc_ok"])
        total["furniture"] += len(s["furniture_in_paragraphs"])
        for r in s.get("wrong_rows", []):
            total[f"wrong_{r['source']}"] = total.get(f"wrong_{r['source']}", 0) + 1
        if not args.heldout:
            print(f"== {path.name}: {s['found']}/{s['expected']} found, {s['wrong']} wrong, chapters "
                  f"{'ok' if s['chapters_ok'] else 'WRONG'}, toc {'ok' if s['toc_ok'] else 'MISSING'}, "
                  f"furniture in paragraphs {s['furniture_in_paragraphs']}" + (f" ERROR {s['error']}" if 'error' in s else ""))
            if not s["chapters_ok"]:
                print("   chapters:", s.get("chapters"))
            for e in s["missed"]:
                print(f"   missed {e['indicator_id']} {e['role']} {e['year']} {e['value']} (line {e.get('line')})")
            for r in s["wrong_rows"]:
                print(f"   WRONG  {r['indicator_id']} {r['role']} {r['year']} {r['value']} line {r['source_line']} "
                      f"({r['value_raw']}) {r['source']}")
    rate = total["found"] / total["expected"] if total["expected"] else 1.0
    print(f"{'held-out' if args.heldout else 'tuning'}: {total['docs']} documents, {total['found']} of "
          f"{total['expected']} keyed values found ({rate:.1%}), {total['wrong']} wrong "
          f"({total.get('wrong_table', 0)} from tables, {total.get('wrong_prose', 0)} from prose); chapters right in "
          f"{total['chapters_ok']} (counting every level-1 node but the contents, as before: {total['level1_ok']}), "
          f"table of contents kept out in {total['toc_ok']}; "
          f"{total['furniture']} furniture lines in paragraphs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
