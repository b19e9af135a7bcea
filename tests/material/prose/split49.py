"""Number the forty-ninth batch of prose items and split it into tuning49 and heldout49.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split49.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning49.yaml and heldout49.yaml together hold every item.
Items are numbered j501, j502, ... in pool order (the letter j was the fifteenth
batch's, j001…j150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(491)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout49.yaml.  Prints counts only.

The forty-ninth batch (the plan documents users add: the 14th and 15th five-year
plans' 主要目标 and 发展基础 of provinces, cities, counties and districts and their
indicator tables as pasted from web pages and PDFs (pipe tables, tables copied one
cell per line with and without empty cells, aligned columns, 2020/2025 bases and
2025/2030 targets, 〔〕 five-year totals, 约束性/预期性 columns, notes), mid-term and
final evaluations of the 14th plan, and the special plans of the field
(就业促进规划, 技能人才发展规划, 社会保障规划); a third in Traditional script) was
written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 491
START = 501  # j001…j150 are the fifteenth batch's ids


def main(paths):
    split_batch(paths, "j", SEED, "49",
                ("# Prose material, forty-ninth batch (the plan documents users add: 14th and 15th five-year plans'\n"
                 "# 主要目标 and 发展基础 and their indicator tables in every pasted shape, mid-term and final evaluations\n"
                 "# of the 14th plan, and special plans of the field; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split49.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
