"""Number the sixty-sixth batch of prose items and split it into tuning66 and heldout66.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split66.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning66.yaml and heldout66.yaml together hold every item.
Items are numbered v601, v602, ... in pool order (the letter v was used by earlier
batches up to v600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(661)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout66.yaml.  Prints counts only.

The sixty-sixth batch (where two plans meet: 15th five-year plans of 2026—2030
reviewing the 14th in 发展基础 and setting 2030 targets in 主要目标, 14th plans
reviewing the 13th, final evaluations of the 14th plan, 2026 work reports and the
15th plan's first-year summaries, 2021 work reports and 13th-plan final summaries;
figures that are one plan's result and the next plan's base, old targets quoted
beside results, five-year totals beside annual figures, `“十四五”期间`, `“十五五”期间`,
`到2030年`, `规划期末`, `年均`; indicator tables with 2020/2025/2030 columns as pipe
tables, one cell per line and aligned columns, `〔 〕` totals and `<` ceilings;
provinces, cities, counties, districts and banners; about a third in Traditional
script, converted with OpenCC s2tw, s2hk and s2t) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 661
START = 601  # v001…v600 are taken by earlier batches


def main(paths):
    split_batch(paths, "v", SEED, "66",
                ("# Prose material, sixty-sixth batch (where two plans meet: 15th plans reviewing the 14th\n"
                 "# and setting 2030 targets, 14th plans reviewing the 13th, final evaluations of the 14th plan,\n"
                 "# 2026 work reports and first-year summaries of the 15th plan; tables with 2020/2025/2030\n"
                 "# columns; about a third in Traditional script; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split66.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
