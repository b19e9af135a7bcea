"""Number the twenty-fifth batch of prose items and split it into tuning25 and heldout25.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split25.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning25.yaml and heldout25.yaml together hold every item.
Items are numbered o001, o002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(251)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout25.yaml.  Prints counts only.

The twenty-fifth batch (paragraphs where the kind of document decides a value's
role: year-end summaries closing with next year's plan, work reports reviewing
last year and setting this year's targets, mid-term and final evaluations quoting
the plan's targets, 15th plans' 发展基础 quoting the 14th plan, bulletins quoting the
year's target, speeches mixing 去年/今年/明年) was written without reading any
held-out file, plans/heldout/ or any file of the batches written at the same time.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 251


def main(paths):
    split_batch(paths, "o", SEED, "25",
                ("# Prose material, twenty-fifth batch (written without reading any held-out file,\n"
                 "# plans/heldout/ or the files of batches written at the same time);\n"
                 "# format and conventions in tests/material/README.md.  Split by split25.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
