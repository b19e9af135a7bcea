"""Number the ninth batch of prose items and split it into tuning9 and heldout9.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split9.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning9.yaml and heldout9.yaml together hold every item.
Items are numbered x001, x002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(93)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout9.yaml.  Prints counts only.

The ninth batch was written without reading heldout.yaml … heldout8.yaml or
plans/heldout/ (nor the tenth batch's files, written at the same time).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 93


def main(paths):
    split_batch(paths, "x", SEED, "9",
                ("# Prose material, ninth batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml, heldout4.yaml, heldout5.yaml, heldout6.yaml,\n"
                 "# heldout7.yaml or heldout8.yaml); format and conventions in tests/material/README.md.\n"
                 "# Split by split9.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
