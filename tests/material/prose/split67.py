"""Number the sixty-seventh batch of prose items and split it into tuning67 and heldout67.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split67.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning67.yaml and heldout67.yaml together hold every item.
Items are numbered w601, w602, ... in pool order (the letter w was used by earlier
batches up to w600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(671)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout67.yaml.  Prints counts only.

The sixty-seventh batch (a fresh, uniform sample of the genre as a researcher adding
regions would collect it, written fresh rather than on the sixty-third or
sixty-fourth batches' frames: plans' 主要目标 and 发展基础 of 13th, 14th and 15th
plans, mid-term and final evaluations, statistical bulletins, government work
reports, bureaus' year-end summaries and work plans, releases and news items and a
performance self-evaluation of 2016—2026 at every level, weighted to cities and
counties; single sentences and short paragraphs in ordinary phrasing, some web
furniture, a pipe table, a table copied one cell per line, a table in aligned
columns, full-width digits, thousands separators and figures in Chinese numerals;
about a third in Traditional script, converted with OpenCC s2tw, s2hk and s2t)
was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 671
START = 601  # w001…w600 are taken by earlier batches


def main(paths):
    split_batch(paths, "w", SEED, "67",
                ("# Prose material, sixty-seventh batch (a fresh, uniform sample of the genre as a researcher\n"
                 "# adding regions would collect it, on new frames: plans, evaluations, bulletins, work reports,\n"
                 "# year-end summaries, work plans and releases of 2016-2026 at every level, weighted to cities\n"
                 "# and counties; about a third in Traditional script; written without reading any held-out\n"
                 "# file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split67.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
