"""Number the third batch of prose items and split it into tuning3 and heldout3.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split3.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning3.yaml and heldout3.yaml together hold every item.
Items are numbered r001, r002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(11)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout3.yaml.  Prints counts only.
"""
import random
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import INVENTED, dump, expand, units  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 11


def main(paths):
    unit_of = units()
    pool = []
    for p in paths:
        pool += yaml.safe_load(Path(p).read_text(encoding="utf-8"))
    items = []
    for n, raw in enumerate(pool, 1):
        it = {"id": f"r{n:03d}", "family": raw["f"], "script": raw["s"],
              "period": raw["p"]}
        if "doc_year" in raw:
            it["doc_year"] = raw["doc_year"]
        it["section"] = raw["sec"]
        it["text"] = raw["t"]
        it["source"] = INVENTED if raw["src"] == "inv" else raw["src"]
        it["expect"] = [expand(r, unit_of, True) for r in raw["e"]]
        if raw.get("fb"):
            it["forbid"] = [expand(r, unit_of, False) for r in raw["fb"]]
        if raw.get("n"):
            it["note"] = raw["n"]
        items.append(it)
    groups = {}
    for it in items:
        groups.setdefault((it["family"], it["script"]), []).append(it["id"])
    rng = random.Random(SEED)
    held = set()
    for key in sorted(groups):
        ids = list(groups[key])
        rng.shuffle(ids)
        held.update(ids[:max(1, round(len(ids) / 3))])
    header = ("# Prose material, third batch (written without reading heldout.yaml or\n"
              "# heldout2.yaml); format and conventions in tests/material/README.md.\n"
              "# Split by split3.py, seed %d.\n" % SEED)
    warn = "# HELD-OUT: never read this file while tuning the extractor.\n"
    (HERE / "tuning3.yaml").write_text(
        header + dump([i for i in items if i["id"] not in held]), encoding="utf-8")
    (HERE / "heldout3.yaml").write_text(
        header + warn + dump([i for i in items if i["id"] in held]), encoding="utf-8")
    print(f"{len(items)} items: {len(items) - len(held)} tuning, {len(held)} heldout")


if __name__ == "__main__":
    main(sys.argv[1:])
