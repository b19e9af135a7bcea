"""Number the twenty-first batch of prose items and split it into tuning21 and heldout21.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split21.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning21.yaml and heldout21.yaml together hold every item.
Items are numbered c001, c002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(211)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout21.yaml.  Prints counts only.

The twenty-first batch (department annual documents of HR bureaus, where a plan and
a report sit side by side: year-end summaries with the next year's plan, 工作要点,
performance self-evaluations and budget/final-account notes with 指标值 and 实际完成值,
statistics pages of 政府信息公开, city and county bulletins, 目标责任制 assessments and
county work reports' HR sentences) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 211


def main(paths):
    split_batch(paths, "c", SEED, "21",
                ("# Prose material, twenty-first batch (written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split21.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
