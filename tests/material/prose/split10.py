"""Number the tenth batch of prose items and split it into tuning10 and heldout10.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split10.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning10.yaml and heldout10.yaml together hold every item.
Items are numbered y001, y002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(103)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout10.yaml.  Prints counts only.

The tenth batch was written without reading heldout.yaml … heldout8.yaml,
plans/heldout/ or any file of the ninth batch (written at the same time by
another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 103


def main(paths):
    split_batch(paths, "y", SEED, "10",
                ("# Prose material, tenth batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml, heldout4.yaml, heldout5.yaml, heldout6.yaml,\n"
                 "# heldout7.yaml, heldout8.yaml or any file of the ninth batch); paragraph-length\n"
                 "# items; format and conventions in tests/material/README.md.\n"
                 "# Split by split10.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
