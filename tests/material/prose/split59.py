"""Number the fifty-ninth batch of prose items and split it into tuning59 and heldout59.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split59.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning59.yaml and heldout59.yaml together hold every item.
Items are numbered h601, h602, ... in pool order (the letter h was the
sixteenth batch's, h001…h150, and the forty-seventh batch's, h501…h600, so this
batch starts at 601 to keep every id unique); then, for each (family, script) group in sorted order, one
``random.Random(591)`` shuffles the group's items and the first round(n/3) (at
least one) go to heldout59.yaml.  Prints counts only.

The fifty-ninth batch (whole paragraphs of two to six sentences as they stand in
real documents, each stating several indicators and often switching between
years and roles inside the paragraph: a plan's 发展基础 reviewing the last five
years and then naming the new targets, a work report's review of last year
followed by this year's aims, a summary's results followed by next year's plans,
a bulletin's employment, social-insurance and talent paragraphs, an evaluation
comparing results with targets, a release; sometimes with a note line (注：…)
under the paragraph, a heading over it, web furniture, a PDF's broken lines and
page numbers or a pasted table; about a third in Traditional script, converted
with OpenCC s2hk, s2tw and s2t; at every level from the nation to counties,
districts and banners; ordinary phrasing, not edge cases) was written without
reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 591
START = 601  # h001…h150 (sixteenth batch) and h501…h600 (forty-seventh batch) are taken


def main(paths):
    split_batch(paths, "h", SEED, "59",
                ("# Prose material, fifty-ninth batch (whole paragraphs of two to six sentences as they stand in\n"
                 "# plans' 发展基础 and 主要目标, work reports, year-end summaries, bulletins, evaluations and releases,\n"
                 "# each stating several indicators and switching between years and roles, some with a note line,\n"
                 "# a heading, web furniture, PDF breaks or a pasted table; about a third in Traditional script;\n"
                 "# ordinary phrasing; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.\n"
                 "# Split by split59.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
