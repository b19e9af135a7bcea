"""Plan rows on disk while a build runs, so that the build never holds the whole corpus.

A :class:`Spill` keeps the rows of the plans that have arrived in a small buffer and writes
them, a batch of plans at a time, as one fragment per table into the build's own temporary
folder (:func:`spill_folder`, in the system's temporary folder; ``TMPDIR`` moves it). A build
only reads fragments it wrote itself; its folder is removed when it ends, however it ends
short of SIGKILL, and a folder left by a killed build is removed by the next build. Batch ``i``
of every table holds the same plans, in catalog order, so that a step that needs several
tables of a plan (the topic step: paragraphs and sections) reads them batch by batch.

Fragments are Arrow IPC (Feather) files, never pickle: the plans' frames have the data
dictionary's column types, which come back exactly as they were written (tested), so that the
final files are the same bytes as a build in memory would give. A fragment that cannot be
written or read back is one clear :class:`~plancompare.errors.BuildError`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

import pandas as pd

from plancompare.errors import BuildError

#: a batch is written once it holds this many rows (all tables together)
BATCH_ROWS = 150_000
PREFIX = "plancompare-spill-"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_spills(parent: Path) -> None:
    """Remove the spill folders that builds killed outright (SIGKILL, power cut) left in ``parent``:
    those whose build process is gone."""
    for folder in parent.glob(f"{PREFIX}*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        if folder.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def spill_folder() -> Iterator[Path]:
    """A new private folder for one build's fragments, removed when the block ends."""
    parent = Path(tempfile.gettempdir())
    remove_stale_spills(parent)
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
    except OSError as exc:
        raise BuildError(f"cannot create the build's temporary folder: {exc.strerror or exc}", file=parent,
                         hint="nothing was changed; free some space, or set TMPDIR to a folder with room") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _write_fragment(df: pd.DataFrame, path: Path) -> None:
    """Write one fragment; a frame Arrow cannot hold (a column of mixed types) is a BuildError."""
    import pyarrow as pa

    try:
        df.to_feather(path)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as exc:
        raise BuildError(f"internal error: a table cannot be spilled to disk ({exc})", file=path,
                         hint="please report it with the plans being built") from None


class Spill:
    """Tables written batch by batch into ``folder``; read back with :meth:`chunks`."""

    def __init__(self, folder: str | Path, names: Sequence[str], batch_rows: int | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.names = list(names)
        self.batch_rows = BATCH_ROWS if batch_rows is None else batch_rows
        self.n_batches = 0
        self.rows = {name: 0 for name in self.names}
        self._buffer: dict[str, list[pd.DataFrame]] = {name: [] for name in self.names}
        self._buffered = 0

    def add(self, frames: dict[str, pd.DataFrame]) -> None:
        """Add one plan's frames (every table of ``names``); writes a batch when the buffer is full."""
        for name in self.names:
            df = frames[name]
            self._buffer[name].append(df)
            self.rows[name] += len(df)
            self._buffered += len(df)
        if self._buffered >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Write the buffered plans as batch ``n_batches`` (nothing when the buffer is empty)."""
        if not any(self._buffer.values()):
            return
        for name in self.names:
            parts = self._buffer[name]
            df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
            path = self._path(name, self.n_batches)
            try:
                _write_fragment(df, path)
            except OSError as exc:  # a full disk, most likely
                raise BuildError(f"cannot write the build's temporary files: {exc.strerror or exc}", file=path,
                                 hint="nothing was changed; free some space, or set TMPDIR to a folder with "
                                      "room") from None
            self._buffer[name] = []
        self.n_batches += 1
        self._buffered = 0

    def _path(self, name: str, i: int) -> Path:
        return self.folder / f"{name}-{i:05d}.arrow"

    def chunk(self, name: str, i: int) -> pd.DataFrame:
        """Batch ``i`` of table ``name``; a missing or unreadable fragment is a BuildError."""
        path = self._path(name, i)
        try:
            df = pd.read_feather(path)
        except Exception as exc:  # truncated, overwritten or removed under us
            raise BuildError(f"a fragment of this build cannot be read back ({exc.__class__.__name__})",
                             file=path, hint="nothing was changed; run the build again") from None
        if not isinstance(df, pd.DataFrame):
            raise BuildError("a fragment of this build is not a table", file=path,
                             hint="nothing was changed; run the build again")
        return df

    def chunks(self, name: str, columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
        """Every batch of ``name`` in order (only ``columns`` when given)."""
        self.flush()
        for i in range(self.n_batches):
            df = self.chunk(name, i)
            yield df if columns is None else df[list(columns)]

    def batches(self, names: Sequence[str]) -> Iterator[dict[str, pd.DataFrame]]:
        """Batch by batch, the frames of several tables for the same plans."""
        self.flush()
        for i in range(self.n_batches):
            yield {name: self.chunk(name, i) for name in names}

    def frame(self, name: str) -> pd.DataFrame:
        """The whole table in memory (for small corpora and the library's in-memory API)."""
        parts = list(self.chunks(name))
        if not parts:
            from plancompare.schema import columns

            return pd.DataFrame(columns=columns(name))
        return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
