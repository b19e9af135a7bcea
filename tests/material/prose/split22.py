"""Number the twenty-second batch of prose items and split it into tuning22 and heldout22.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split22.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning22.yaml and heldout22.yaml together hold every item.
Items are numbered b001, b002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(221)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout22.yaml.  Prints counts only.

The twenty-second batch (text pasted from web pages and PDFs of plans, bulletins and
reviews, messy as it comes: indicator tables and 专栏 boxes flattened into lines, rows
run together, a cell per line, PDF line breaks inside numbers, footnote marks, page
furniture, half- and full-width mixes, Traditional conversions with variant characters,
numbered points) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 221


def main(paths):
    split_batch(paths, "b", SEED, "22",
                ("# Prose material, twenty-second batch (pasted web and PDF text; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split22.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
