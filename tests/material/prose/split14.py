"""Number the fourteenth batch of prose items and split it into tuning14 and heldout14.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split14.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning14.yaml and heldout14.yaml together hold every item.
Items are numbered k001, k002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(141)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout14.yaml.  Prints counts only.

The fourteenth batch (plans of other periods: 15th plans, 14th-plan mid-term and
final evaluations, 13th and 12th plans) was written without reading heldout.yaml …
heldout12.yaml, plans/heldout/ or any file of the thirteenth batch (written at the
same time by another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 141


def main(paths):
    split_batch(paths, "k", SEED, "14",
                ("# Prose material, fourteenth batch (written without reading heldout.yaml …\n"
                 "# heldout12.yaml, plans/heldout/ or the thirteenth batch's files); format and\n"
                 "# conventions in tests/material/README.md.  Split by split14.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
