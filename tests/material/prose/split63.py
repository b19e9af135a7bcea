"""Number the sixty-third batch of prose items and split it into tuning63 and heldout63.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split63.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning63.yaml and heldout63.yaml together hold every item.
Items are numbered s601, s602, ... in pool order (the letter s was used by earlier
batches up to s600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(631)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout63.yaml.  Prints counts only.

The sixty-third batch (a fresh, uniform sample of the genre as a researcher adding
regions would collect it: plans' 主要目标 and 发展基础, mid-term and final
evaluations, statistical bulletins, government work reports, year-end summaries,
releases and performance self-evaluations of 2016—2026 at every level, weighted
to cities and counties; single sentences and short paragraphs, some web
furniture, pipe tables, tables copied one cell per line or in aligned columns,
full-width digits, thousands separators and a PDF page number; about a third in
Traditional script, converted with OpenCC s2tw, s2hk and s2t; ordinary phrasing)
was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 631
START = 601  # s001…s600 are taken by earlier batches


def main(paths):
    split_batch(paths, "s", SEED, "63",
                ("# Prose material, sixty-third batch (a fresh, uniform sample of the genre as a researcher\n"
                 "# adding regions would collect it: plans, evaluations, bulletins, work reports, year-end\n"
                 "# summaries and releases of 2016-2026 at every level, weighted to cities and counties;\n"
                 "# about a third in Traditional script; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split63.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
