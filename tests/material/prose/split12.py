"""Number the twelfth batch of prose items and split it into tuning12 and heldout12.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split12.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning12.yaml and heldout12.yaml together hold every item.
Items are numbered n001, n002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(123)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout12.yaml.  Prints counts only.

The twelfth batch was written without reading heldout.yaml … heldout10.yaml,
plans/heldout/ or any file of the eleventh batch (written at the same time by
another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 123


def main(paths):
    split_batch(paths, "n", SEED, "12",
                ("# Prose material, twelfth batch (written without reading heldout.yaml …\n"
                 "# heldout10.yaml, plans/heldout/ or the eleventh batch's files); format and\n"
                 "# conventions in tests/material/README.md.  Split by split12.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
