"""Number the fiftieth batch of prose items and split it into tuning50 and heldout50.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split50.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning50.yaml and heldout50.yaml together hold every item.
Items are numbered k501, k502, ... in pool order (the letter k was the fourteenth
batch's, k001…k150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(501)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout50.yaml.  Prints counts only.

The fiftieth batch (a fresh random sample of the genre at every level, province,
city, county and district, and of every kind of document: five-year plans'
主要目标, 发展基础 and indicator tables, statistical bulletins, government work
reports, year-end summaries, news releases, performance self-evaluations, work
plans and mid-term and final evaluations; weighted toward results stated beside
targets (完成…的N%, 超额完成, 目标任务…实际完成, 为年度目标的…) and toward varied
frames (参加…人数为, 共有…, 实现…, 新增…, 发放…张, 持卡人数, 覆盖率); a third in
Traditional script; web furniture, pipe tables, one-cell-per-line and aligned
tables, full-width digits, thousands separators and PDF line breaks where they
belong) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 501
START = 501  # k001…k150 are the fourteenth batch's ids


def main(paths):
    split_batch(paths, "k", SEED, "50",
                ("# Prose material, fiftieth batch (a fresh random sample of the genre at every level and of every kind of\n"
                 "# document, weighted toward results stated beside targets and toward varied frames; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split50.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
