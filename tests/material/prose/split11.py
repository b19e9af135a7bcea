"""Number the eleventh batch of prose items and split it into tuning11 and heldout11.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split11.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning11.yaml and heldout11.yaml together hold every item.
Items are numbered z001, z002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(113)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout11.yaml.  Prints counts only.

The eleventh batch was written without reading heldout.yaml … heldout10.yaml,
plans/heldout/ or any file of the twelfth batch (written at the same time by
another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 113


def main(paths):
    split_batch(paths, "z", SEED, "11",
                ("# Prose material, eleventh batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml, heldout4.yaml, heldout5.yaml, heldout6.yaml,\n"
                 "# heldout7.yaml, heldout8.yaml, heldout9.yaml, heldout10.yaml or the twelfth\n"
                 "# batch's files); format and conventions in tests/material/README.md.\n"
                 "# Split by split11.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
