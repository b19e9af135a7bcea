"""Number the twenty-ninth batch of prose items and split it into tuning29 and heldout29.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split29.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning29.yaml and heldout29.yaml together hold every item.
Items are numbered p501, p502, ... in pool order (the letter p was the first
batch's, p001…p211, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(291)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout29.yaml.  Prints counts only.

The twenty-ninth batch (a fresh random sample of the genre, as a user adding their
own regions would meet it: 14th and 15th plans with their 发展基础 and 主要目标 and
indicator tables pasted in several layouts, a 13th plan, mid-term and final
evaluations, statistical bulletins, news releases and press conferences, government
work reports, year-end summaries, 工作要点 and 目标责任制 self-assessments, speeches,
performance self-evaluations, web and PDF furniture; two items keyed AMBIGUOUS) was
written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 291
START = 501  # p001…p211 are the first batch's ids


def main(paths):
    split_batch(paths, "p", SEED, "29",
                ("# Prose material, twenty-ninth batch (a fresh random sample of the genre; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split29.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
