"""Number the fifty-fifth batch of prose items and split it into tuning55 and heldout55.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split55.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning55.yaml and heldout55.yaml together hold every item.
Items are numbered c601, c602, ... in pool order (the letter c was the
twenty-first batch's, c001…c120, and the forty-second batch's, c501…c600, so
this batch starts at 601 to keep every id unique); then, for each (family, script) group in sorted order, one
``random.Random(551)`` shuffles the group's items and the first round(n/3) (at
least one) go to heldout55.yaml.  Prints counts only.

The fifty-fifth batch (reviews of five-year plans: mid-term evaluations of the
14th plans written in 2023—2024, their final evaluations written in 2025—2026
and the 15th plans' 发展基础 chapters that review the 14th, at the levels of
provinces, cities, counties, districts, a banner and an autonomous prefecture:
targets stated beside results, completion rates, 提前/超额完成, shortfalls and
gaps, progress to date (截至…底, 前三年累计, 序时进度), five-year totals and
annual averages, indicator tables with 目标值/实际值/完成情况 columns as pipe
tables, one cell per line and aligned columns; a third in Traditional script)
was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 551
START = 601  # c001…c120 (twenty-first batch) and c501…c600 (forty-second batch) are taken


def main(paths):
    split_batch(paths, "c", SEED, "55",
                ("# Prose material, fifty-fifth batch (reviews of five-year plans: 14th plans' mid-term evaluations\n"
                 "# of 2023—2024 and final evaluations of 2025—2026, and the 15th plans' 发展基础 reviewing the 14th:\n"
                 "# targets beside results, completion and pace, five-year totals and annual averages, indicator\n"
                 "# tables with 目标值/实际值/完成情况 columns; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split55.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
