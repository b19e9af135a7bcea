"""Number the thirteenth batch of prose items and split it into tuning13 and heldout13.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split13.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning13.yaml and heldout13.yaml together hold every item.
Items are numbered m001, m002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(131)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout13.yaml.  Prints counts only.

The thirteenth batch was written without reading heldout.yaml … heldout12.yaml,
plans/heldout/ or any file of the fourteenth batch (written at the same time by
another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 131


def main(paths):
    split_batch(paths, "m", SEED, "13",
                ("# Prose material, thirteenth batch (written without reading heldout.yaml …\n"
                 "# heldout12.yaml, plans/heldout/ or the fourteenth batch's files); format and\n"
                 "# conventions in tests/material/README.md.  Split by split13.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
