"""Number the forty-fourth batch of prose items and split it into tuning44 and heldout44.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split44.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning44.yaml and heldout44.yaml together hold every item.
Items are numbered e501, e502, ... in pool order (the letter e was the nineteenth
batch's, e001…e120, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(441)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout44.yaml.  Prints counts only.

The forty-fourth batch (the 15th five-year plans of 2026—2030 as they are published in
2026 and the documents around them: their 主要目标 paragraphs, their indicator tables
pasted as pipe tables, one cell per line with empty cells and aligned columns under
`指标名称 2025年 2030年 属性`, their 发展基础 reviewing the 14th plan with 2020 bases, 2025
results and five-year totals, 2026 government work reports and 2026 工作要点 and work
plans with this year's targets, a few final evaluations of 14th plans, of provinces,
cities, counties and districts, with web furniture, full-width digits, thousands
separators and a PDF copy) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 441
START = 501  # e001…e120 are the nineteenth batch's ids


def main(paths):
    split_batch(paths, "e", SEED, "44",
                ("# Prose material, forty-fourth batch (the 15th five-year plans of 2026—2030 as published in 2026,\n"
                 "# their 主要目标, indicator tables and 发展基础, 2026 work reports and 工作要点, a few 14th-plan final\n"
                 "# evaluations; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.  Split by split44.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
