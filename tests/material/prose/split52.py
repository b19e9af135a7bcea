"""Number the fifty-second batch of prose items and split it into tuning52 and heldout52.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split52.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning52.yaml and heldout52.yaml together hold every item.
Items are numbered b601, b602, ... in pool order (the letter b was the
twenty-second batch's, b001…b080, and the forty-first batch's, b501…b599, so this
batch starts at 601 to keep every id unique); then, for each (family, script)
group in sorted order, one ``random.Random(521)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout52.yaml.  Prints counts only.

The fifty-second batch (the 15th five-year plans of 2026—2030 and their drafts as
published in 2026 at every level: their 发展基础 reviewing the 14th plan (2020
bases, 2025 results, five-year totals), their 主要目标 with 2030 targets, their
indicator tables with 2025 base and 2030 target columns (pipe tables, one cell per
line, aligned columns, 〔〕 totals, 属性 columns, notes under tables), and the 2025
statistical bulletins and 2026 government work reports that cite the 14th and
15th plans; a third in Traditional script) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 521
START = 601  # b001…b080 (twenty-second batch) and b501…b599 (forty-first batch) are taken


def main(paths):
    split_batch(paths, "b", SEED, "52",
                ("# Prose material, fifty-second batch (the 15th five-year plans of 2026—2030 and their drafts as\n"
                 "# published in 2026 at every level: 发展基础 reviews of the 14th plan, 主要目标 with 2030 targets,\n"
                 "# indicator tables with 2025 and 2030 columns, and the 2025 bulletins and 2026 government work\n"
                 "# reports that cite both plans; written without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.\n"
                 "# Split by split52.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
