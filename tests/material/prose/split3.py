"""Number the third batch of prose items and split it into tuning3 and heldout3.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split3.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning3.yaml and heldout3.yaml together hold every item.
Items are numbered r001, r002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(11)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout3.yaml.  Prints counts only.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 11


def main(paths):
    split_batch(paths, "r", SEED, "3",
                ("# Prose material, third batch (written without reading heldout.yaml or\n"
                 "# heldout2.yaml); format and conventions in tests/material/README.md.\n"
                 "# Split by split3.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
