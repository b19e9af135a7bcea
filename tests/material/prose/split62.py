"""Number the sixty-second batch of prose items and split it into tuning62 and heldout62.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split62.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning62.yaml and heldout62.yaml together hold every item.
Items are numbered r601, r602, ... in pool order (the letter r was the third
batch's, r001…r120, and the thirty-first batch's, r501…r600, so this batch starts
at 601 to keep every id unique); then, for each (family, script) group in sorted
order, one ``random.Random(621)`` shuffles the group's items and the first
round(n/3) (at least one) go to heldout62.yaml.  Prints counts only.

The sixty-second batch (documents that measure results against targets: mid-term
and final evaluations of 13th and 14th plans, 15th and 14th plans' 发展基础
reviewing the plan before, performance self-evaluations (绩效自评) with their
年度指标值/实际完成值 lines and tables, year-end summaries reporting completion
(完成年度目标的N%), supervision and assessment reports (督查通报, 目标责任书,
考核), releases and the national accounts of the government work reports'
quantified targets; prose and pasted evaluation tables (目标值/实际值/完成情况
columns, flattened one cell per line, in pipes, some with shifted cells, in
aligned columns), web furniture lines, PDF page numbers, full-width digits,
thousands separators and Chinese numerals; about a third in Traditional script,
converted with OpenCC s2tw, s2hk and s2t; ordinary phrasing) was written without
reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 621
START = 601  # r001…r120 (third batch) and r501…r600 (thirty-first batch) are taken


def main(paths):
    split_batch(paths, "r", SEED, "62",
                ("# Prose material, sixty-second batch (documents that measure results against targets:\n"
                 "# mid-term and final evaluations of 13th and 14th plans, performance self-evaluations,\n"
                 "# year-end summaries reporting completion, supervision and assessment reports, prose and\n"
                 "# pasted evaluation tables; about a third in Traditional script; written without reading any\n"
                 "# held-out file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split62.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
