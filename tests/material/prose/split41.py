"""Number the forty-first batch of prose items and split it into tuning41 and heldout41.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split41.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning41.yaml and heldout41.yaml together hold every item.
Items are numbered b501, b502, ... in pool order (the letter b was the twenty-second
batch's, b001…b120, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(411)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout41.yaml.  Prints counts only.

The forty-first batch (a fresh sample of the genre weighted toward long paragraphs as they
stand in real documents: whole paragraphs of three to eight sentences from plans, evaluations,
bulletins, work reports, summaries and releases, where several years, targets and results,
other regions' figures (全省, 全国, 全市), parts of the year and changes stand side by side,
with some shorter items, pasted tables and 专栏, PDF line breaks, web furniture and Traditional
reposts) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 411
START = 501  # b001…b120 are the twenty-second batch's ids


def main(paths):
    split_batch(paths, "b", SEED, "41",
                ("# Prose material, forty-first batch (a fresh sample of the genre weighted toward long paragraphs\n"
                 "# of plans, evaluations, bulletins, work reports and summaries, where years, targets, results, other\n"
                 "# regions' figures, parts of the year and changes stand side by side; written without reading any\n"
                 "# held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split41.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
