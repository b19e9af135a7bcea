"""Number the thirty-sixth batch of prose items and split it into tuning36 and heldout36.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split36.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning36.yaml and heldout36.yaml together hold every item.
Items are numbered w501, w502, ... in pool order (the letter w was the eighth
batch's, w001…w153, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(361)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout36.yaml.  Prints counts only.

The thirty-sixth batch (a fresh random sample of the genre in the proportions a
researcher comparing regions meets it: regions' 14th and 15th five-year plans with their
主要目标 in prose and tables and their 发展基础, mid-term and final evaluations, statistical
bulletins, government work reports, year-end summaries and 工作要点, news releases; provinces,
cities, counties and districts, 2016—2026, with pasted tables, 专栏, PDF line breaks, web
furniture and Traditional reposts) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 361
START = 501  # w001…w153 are the eighth batch's ids


def main(paths):
    split_batch(paths, "w", SEED, "36",
                ("# Prose material, thirty-sixth batch (a fresh random sample of the genre: regions' 14th and\n"
                 "# 15th plans, their evaluations, bulletins, work reports, summaries, 工作要点 and releases,\n"
                 "# 2016—2026, provinces, cities, counties and districts; written without reading any held-out\n"
                 "# file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split36.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
