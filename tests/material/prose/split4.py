"""Number the fourth batch of prose items and split it into tuning4 and heldout4.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split4.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning4.yaml and heldout4.yaml together hold every item.
Items are numbered s001, s002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(17)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout4.yaml.  Prints counts only.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 17


def main(paths):
    split_batch(paths, "s", SEED, "4",
                ("# Prose material, fourth batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml or heldout3.yaml); format and conventions in\n"
                 "# tests/material/README.md.  Split by split4.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
