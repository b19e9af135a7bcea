"""Number the sixty-fourth batch of prose items and split it into tuning64 and heldout64.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split64.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning64.yaml and heldout64.yaml together hold every item.
Items are numbered t601, t602, ... in pool order (the letter t was used by earlier
batches up to t600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(641)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout64.yaml.  Prints counts only.

The sixty-fourth batch (a fresh, uniform sample of the genre as a researcher adding
regions would collect it, written fresh rather than on the sixty-third batch's
frames: plans' 主要目标 and 发展基础 of 13th, 14th and 15th plans, mid-term and final
evaluations, statistical bulletins, government work reports, bureaus' year-end
summaries, releases and news items and performance self-evaluations of 2016—2026
at every level, weighted to cities and counties; single sentences and short
paragraphs in ordinary phrasing, some web furniture, pipe tables, a table copied
one cell per line, one in aligned columns, a PDF page number, full-width digits
and thousands separators; about a third in Traditional script, converted with
OpenCC s2tw, s2hk and s2t) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 641
START = 601  # t001…t600 are taken by earlier batches


def main(paths):
    split_batch(paths, "t", SEED, "64",
                ("# Prose material, sixty-fourth batch (a fresh, uniform sample of the genre as a researcher\n"
                 "# adding regions would collect it: plans, evaluations, bulletins, work reports, year-end\n"
                 "# summaries, releases and performance self-evaluations of 2016-2026 at every level,\n"
                 "# weighted to cities and counties; about a third in Traditional script; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split64.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
