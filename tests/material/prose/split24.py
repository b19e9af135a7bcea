"""Number the twenty-fourth batch of prose items and split it into tuning24 and heldout24.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split24.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning24.yaml and heldout24.yaml together hold every item.
Items are numbered i001, i002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(241)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout24.yaml.  Prints counts only.

The twenty-fourth batch (a random sample of the documents a researcher adds: each
item's document kind, family and script drawn with ``random.Random(241)`` from ten
kinds with equal weights) was written without reading any held-out file,
plans/heldout/ or any file of the twenty-third batch (written at the same time by
another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 241


def main(paths):
    split_batch(paths, "i", SEED, "24",
                ("# Prose material, twenty-fourth batch (a random sample of document kinds; written\n"
                 "# without reading any held-out file, plans/heldout/ or the twenty-third batch's files);\n"
                 "# format and conventions in tests/material/README.md.  Split by split24.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
