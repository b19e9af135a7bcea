"""Number the sixth batch of prose items and split it into tuning6 and heldout6.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split6.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning6.yaml and heldout6.yaml together hold every item.
Items are numbered u001, u002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(61)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout6.yaml.  Prints counts only.

The sixth batch was written without reading heldout.yaml … heldout5.yaml or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 61


def main(paths):
    split_batch(paths, "u", SEED, "6",
                ("# Prose material, sixth batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml, heldout4.yaml or heldout5.yaml); format and\n"
                 "# conventions in tests/material/README.md.  Split by split6.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
