"""Number the seventy-first batch of prose items and split it into tuning71 and heldout71.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split71.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning71.yaml and heldout71.yaml together hold every item.
Items are numbered a701, a702, ... in pool order (the letter a was used by earlier
batches up to a600, so this batch starts at 701 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(711)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout71.yaml.  Prints counts only.

The seventy-first batch (a fresh, uniform sample of the genre as a researcher
adding regions would collect it from government websites: year-end summaries and
work plans of bureaus, statistical bulletins, government work reports, news items
and releases, answers to deputies' suggestions and CPPCC proposals, performance
self-evaluations, the 主要目标 of 13th, 14th and 15th five-year plans, their
发展基础 reviews, and mid-term and final evaluations, of provinces, cities,
counties and districts; written on new frames; about a third in Traditional
script, converted with OpenCC s2tw, s2hk and s2t) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 711
START = 701  # a001…a600 are taken by earlier batches


def main(paths):
    split_batch(paths, "a", SEED, "71",
                ("# Prose material, seventy-first batch (a fresh, uniform sample of the genre as a researcher adding\n"
                 "# regions would collect it: summaries, work plans, bulletins, work reports, releases, answers to\n"
                 "# deputies' suggestions, self-evaluations, 13th/14th/15th plans' targets and reviews, mid-term and\n"
                 "# final evaluations, at every level; about a third in Traditional script; written without reading\n"
                 "# any held-out file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split71.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
