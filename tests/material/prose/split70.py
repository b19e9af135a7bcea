"""Number the seventieth batch of prose items and split it into tuning70 and heldout70.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split70.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning70.yaml and heldout70.yaml together hold every item.
Items are numbered z601, z602, ... in pool order (the letter z was used by earlier
batches up to z600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(701)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout70.yaml.  Prints counts only.

The seventieth batch (the 15th five-year plans of 2026—2030 that users are adding
now: human-resources-and-social-security 15th plans of provinces, cities, counties,
districts and a banner, and the employment and social-security chapters, sections
and indicator tables of general 15th plans (国民经济和社会发展第十五个五年规划纲要);
their 主要目标 paragraphs, indicator tables (pipe tables, one cell per line, aligned
columns; 2025 base and 2030 target columns, 〔 〕 five-year totals, < ceilings,
属性 columns, a 年均/累计 column, a 2035 column, non-catalog indicators among the
catalog's), 发展基础 paragraphs reviewing the 14th plan with 2020 and 2025 figures,
专栏 boxes, chapter texts stating single targets in passing, the 2035 远景目标 beside
the 2030 targets, and 2026 government work reports; about a third in Traditional
script, converted with OpenCC s2tw, s2hk and s2t) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 701
START = 601  # z001…z600 are taken by earlier batches


def main(paths):
    split_batch(paths, "z", SEED, "70",
                ("# Prose material, seventieth batch (the 15th five-year plans of 2026-2030 users are adding now:\n"
                 "# human-resources-and-social-security 15th plans and the employment and social-security chapters\n"
                 "# and tables of general 15th plans, their targets, indicator tables, reviews of the 14th plan,\n"
                 "# 专栏 boxes and 2035 visions, and 2026 government work reports; about a third in Traditional\n"
                 "# script; written without reading any held-out file or plans/heldout/); format and conventions\n"
                 "# in tests/material/README.md.  Split by split70.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
