"""Number the fifth batch of prose items and split it into tuning5 and heldout5.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split5.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning5.yaml and heldout5.yaml together hold every item.
Items are numbered t001, t002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(23)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout5.yaml.  Prints counts only.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 23


def main(paths):
    split_batch(paths, "t", SEED, "5",
                ("# Prose material, fifth batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml or heldout4.yaml); format and conventions in\n"
                 "# tests/material/README.md.  Split by split5.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
