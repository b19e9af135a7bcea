"""Number the twentieth batch of prose items and split it into tuning20 and heldout20.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split20.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning20.yaml and heldout20.yaml together hold every item.
Items are numbered d001, d002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(201)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout20.yaml.  Prints counts only.

The twentieth batch (15th five-year plans of the field, 2026—2030: their 发展基础
reviewing the 14th plan, 主要目标 with 2030 targets and 2025 bases, 专栏 boxes in
prose and 重点任务 paragraphs with yearly targets, and 2026 government work reports)
was written without reading any held-out file, plans/heldout/ or the files of the
nineteenth, twenty-first and twenty-second batches (written at the same time by
other writers).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 201


def main(paths):
    split_batch(paths, "d", SEED, "20",
                ("# Prose material, twentieth batch (15th plans of the field and 2026 work reports;\n"
                 "# written without reading any held-out file, plans/heldout/ or the files of batches\n"
                 "# 19, 21 and 22); format and conventions in tests/material/README.md.\n"
                 "# Split by split20.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
