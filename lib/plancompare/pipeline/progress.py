"""Progress bars of a build's stages (plans, topic fit, topic transform, writing), on stderr.

A bar shows its count, its total and its rate (tqdm). The command line turns them on when
stderr is a terminal (or with ``--progress``) and off with ``--quiet``; a disabled bar is a
no-op, so that a build run by ``make`` or a notebook writes nothing to stderr.
"""

from __future__ import annotations

import contextlib
from typing import Iterator


class _Silent:
    """A bar that shows nothing."""

    def update(self, n: int = 1) -> None:
        """Ignore progress."""


@contextlib.contextmanager
def bar(total: int, desc: str, unit: str, enabled: bool) -> Iterator:
    """A progress bar of ``total`` ``unit``s named ``desc`` (a silent one unless ``enabled``)."""
    if not enabled:
        yield _Silent()
        return
    import sys

    from tqdm import tqdm

    with tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True, leave=True) as t:
        yield t
