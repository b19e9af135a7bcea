"""Number the second batch of prose items and split it into tuning2 and heldout2.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split2.py POOL.yaml

Same draft format as split.py (short keys, units left to the catalog); the draft is
not kept, because tuning2.yaml and heldout2.yaml together hold every item.  Items
are numbered q001, q002, ... in pool order; then, for each (family, script) group
in sorted order, one ``random.Random(7)`` shuffles the group's items and the first
round(n/3) (at least one) go to heldout2.yaml.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 7


def main(paths):
    split_batch(paths, "q", SEED, "2",
                ("# Prose material, second batch (written without reading heldout.yaml); format\n"
                 "# and conventions in tests/material/README.md.  Split by split2.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
