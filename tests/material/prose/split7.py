"""Number the seventh batch of prose items and split it into tuning7 and heldout7.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split7.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning7.yaml and heldout7.yaml together hold every item.
Items are numbered v001, v002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(71)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout7.yaml.  Prints counts only.

The seventh batch was written without reading heldout.yaml … heldout6.yaml or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 71


def main(paths):
    split_batch(paths, "v", SEED, "7",
                ("# Prose material, seventh batch (written without reading heldout.yaml,\n"
                 "# heldout2.yaml, heldout3.yaml, heldout4.yaml, heldout5.yaml or heldout6.yaml);\n"
                 "# format and conventions in tests/material/README.md.  Split by split7.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
