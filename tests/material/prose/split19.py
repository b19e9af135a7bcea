"""Number the nineteenth batch of prose items and split it into tuning19 and heldout19.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split19.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning19.yaml and heldout19.yaml together hold every item.
Items are numbered e001, e002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(191)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout19.yaml.  Prints counts only.

The nineteenth batch (evaluation and review documents of HR plans: 中期评估 of 14th
plans, 总结评估/实施情况总结 of 13th and 14th plans, annual monitoring reports of a plan,
15th-plan 前期研究 and 编制说明 reviewing the 14th) was written without reading any
heldout file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 191


def main(paths):
    split_batch(paths, "e", SEED, "19",
                ("# Prose material, nineteenth batch (written without reading any heldout file\n"
                 "# or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split19.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
