"""Number the fifty-eighth batch of prose items and split it into tuning58 and heldout58.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split58.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning58.yaml and heldout58.yaml together hold every item.
Items are numbered g601, g602, ... in pool order (the letter g was the
seventeenth and forty-sixth batches', the latter's g501…g600, so this batch
starts at 601 to keep every id unique); then, for each (family, script) group in sorted order, one
``random.Random(581)`` shuffles the group's items and the first round(n/3) (at
least one) go to heldout58.yaml.  Prints counts only.

The fifty-eighth batch (a fresh uniform sample of the genre as a user adding new
regions meets it: every document kind — five-year plans' 主要目标 and 发展基础 of
the 13th, 14th and 15th plans, statistical bulletins, government work reports,
year-end summaries, news releases, mid-term and final evaluations — at every
level from the nation to provinces, cities, counties and districts, 2016–2026;
about a third in Traditional script, converted with OpenCC s2tw, s2hk and s2t;
ordinary phrasing as real documents write it, single sentences and short
paragraphs, some web furniture, PDF breaks, full-width digits, thousands
separators and three pasted tables) was written without reading any held-out
file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 581
START = 601  # g501…g600 (forty-sixth batch) are taken


def main(paths):
    split_batch(paths, "g", SEED, "58",
                ("# Prose material, fifty-eighth batch (a fresh uniform sample of the genre at every level and of\n"
                 "# every document kind, 2016–2026, about a third in Traditional script; ordinary phrasing, some web\n"
                 "# furniture, PDF breaks and pasted tables; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split58.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
