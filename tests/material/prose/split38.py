"""Number the thirty-eighth batch of prose items and split it into tuning38 and heldout38.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split38.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning38.yaml and heldout38.yaml together hold every item.
Items are numbered y501, y502, ... in pool order (the letter y was the tenth
batch's, y001…y150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(381)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout38.yaml.  Prints counts only.

The thirty-eighth batch samples the plan documents users add: the 13th, 14th and 15th
five-year plans of provinces, cities, counties and districts (主要目标 in prose, indicator
tables pasted as pipe tables, one cell per line, aligned by spaces, PDF copies with page
numbers and broken lines, 专栏 and indicator lines; 发展基础 reviewing the previous plan)
and their mid-term and final evaluations and annual monitoring, with a few bulletins, work
reports and year-end summaries; two items are keyed AMBIGUOUS. It was written without
reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 381
START = 501  # y001…y150 are the tenth batch's ids


def main(paths):
    split_batch(paths, "y", SEED, "38",
                ("# Prose material, thirty-eighth batch (the plan documents users add: 13th, 14th and 15th\n"
                 "# five-year plans of provinces, cities, counties and districts, their indicator tables and\n"
                 "# 专栏 in every pasted shape, their 发展基础 and their mid-term and final evaluations; written\n"
                 "# without reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split38.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
