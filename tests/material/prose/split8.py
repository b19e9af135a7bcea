"""Number the eighth batch of prose items and split it into tuning8 and heldout8.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split8.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning8.yaml and heldout8.yaml together hold every item.
Items are numbered w001, w002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(83)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout8.yaml.  Prints counts only.

The eighth batch was written without reading heldout.yaml … heldout7.yaml or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 83


def main(paths):
    split_batch(paths, "w", SEED, "8",
                ("# Prose material, eighth batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml, heldout4.yaml, heldout5.yaml, heldout6.yaml\n"
                 "# or heldout7.yaml); format and conventions in tests/material/README.md.\n"
                 "# Split by split8.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
