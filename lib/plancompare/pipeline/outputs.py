"""Writing output folders safely: ownership, locking, atomic swap, stale clean-up.

Every command that writes a folder (``build``, ``figures``, ``notebooks``) goes
through this module, so that one rule holds everywhere: **plancompare only
replaces or writes into a folder that is absent, empty, or that it wrote
itself**, and never a folder that holds (or is) the raw data, the project,
the current folder, the home folder or ``/``.

A folder "written by plancompare" is recognised by what is in it:

* processed data: a ``datapackage.json`` with a ``plancompare`` section, and
  nothing else but the files that descriptor lists (and ``qa_report.md``);
* figures and executed notebooks: a marker file :data:`MARKER` naming the
  command that wrote the folder.

The processed folder is replaced in one step: the new build is written into a
hidden sibling folder, which is exchanged with the old one by
``renameat2(RENAME_EXCHANGE)`` on Linux (two renames elsewhere, with recovery
of an interrupted swap on the next run). SIGINT and SIGTERM are held back for
the instant of the swap, so an interrupt either leaves the old data or the new
data in place, never neither, and the caller knows which.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import re
import shutil
import signal
import sys
from pathlib import Path
from typing import Iterator, Sequence

from plancompare import config
from plancompare.errors import BuildError
from plancompare.files import atomic_write_text

#: marker file written into folders of figures and executed notebooks
MARKER = ".plancompare-output.json"

#: the files a folder written by plancompare 0.1 (before the marker) holds: such a folder is
#: recognised as ours when every file in it matches
LEGACY = {"figures": re.compile(r"(?:zh|en)/(?:\d\d-[\w-]+\.(?:png|svg|pdf|csv|txt)|tables/[\w-]+\.(?:csv|xlsx))"),
          "notebooks": re.compile(r"\d\d-[\w-]+\.(?:ipynb|html)|(?:output|figures)/.+")}


class Interrupted(KeyboardInterrupt):
    """An interrupt (Ctrl-C, SIGTERM) that arrived while an output folder was being written;
    ``changed`` tells whether the new output had already been swapped in."""

    def __init__(self, changed: bool) -> None:
        super().__init__("interrupted")
        self.changed = changed


def _is_within(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or inside it (both resolved)."""
    return path == folder or folder in path.parents


def _protected(raw_dirs: Sequence[Path]) -> list[tuple[Path, str]]:
    """Folders that an output folder must never be, nor contain."""
    places = [(Path("/"), "the root folder"), (Path.home().resolve(), "your home folder"),
              (Path.cwd().resolve(), "the current folder"), (config.project_root(), "the project folder")]
    places += [(Path(r).resolve(), "the raw folder") for r in raw_dirs]
    return places


def refusal(out: Path, raw_dirs: Sequence[Path] = ()) -> str | None:
    """Why ``out`` may never be an output folder (whatever it holds), or None."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        return "is an existing file, not a folder" if not out.is_dir() else "is a symbolic link"
    real = out.resolve()
    for place, what in _protected(raw_dirs):
        if _is_within(place, real):
            return f"is {what}" if place == real else f"contains {what} ({place})"
    for r in raw_dirs:
        if _is_within(real, Path(r).resolve()):
            return f"is inside the raw folder {Path(r).resolve()}"
    if any(part == ".git" for part in real.parts):
        return "is inside a git repository's .git folder"
    return None


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def foreign_entries(out: Path, kind: str, targets: Sequence[str] | None = None) -> list[str] | None:
    """What in ``out`` plancompare would lose or overwrite without having written it.

    For ``processed`` (a folder replaced as a whole, recognised by its
    descriptor): the entries the descriptor does not list, or None when the
    folder is not a processed-data folder at all. For commands that write
    given files into a folder (``figures``, ``notebooks``): the ``targets``
    that already exist, unless the folder carries :data:`MARKER` or holds only
    what an older plancompare wrote there.
    """
    names = _listing(out)
    if not names:
        return []
    if kind == "processed":
        try:
            desc = json.loads((out / config.DATAPACKAGE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(desc, dict) or not isinstance(desc.get("plancompare"), dict):
            return None
        ours = {config.DATAPACKAGE_NAME, "qa_report.md"}
        ours |= {r.get("path") for r in desc.get("resources", []) if isinstance(r, dict)}
        return [n for n in names if n not in ours]
    if has_marker(out) or _legacy(out, kind):
        return []
    return sorted(t for t in (targets or ()) if (out / t).exists() or (out / t).is_symlink())


def _legacy(out: Path, kind: str) -> bool:
    """True when every file in ``out`` is one plancompare 0.1 wrote there (our hidden staging
    folders aside)."""
    pattern = LEGACY.get(kind)
    if pattern is None:
        return False
    files = [p.relative_to(out).as_posix() for p in out.rglob("*") if not p.is_dir()]
    return all(pattern.fullmatch(f) or f.startswith(".export-") for f in files)


def has_marker(out: Path) -> bool:
    """True when ``out`` carries the marker of a folder plancompare writes into."""
    try:
        marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and str(marker.get("written_by", "")).startswith("plancompare")


def claim(out: str | Path, kind: str, raw_dirs: Sequence[str | Path] = (),
          targets: Sequence[str] | None = None) -> Path:
    """Check that the command ``kind`` may write ``out``; return it resolved.

    ``processed`` replaces the whole folder; other kinds write the files
    ``targets`` (paths relative to ``out``; None: not known yet) into it.
    Raises :class:`BuildError` (one line: the folder and why) when ``out`` is
    protected, is a file, or holds something plancompare would replace without
    having written it. Nothing is created or changed.
    """
    out = Path(out)
    raw = [Path(r) for r in raw_dirs]
    why = refusal(out, raw)
    hint = "choose another --out folder"
    if why:
        raise BuildError(f"refusing to write output here: the folder {why}", file=out, hint=hint)
    out = out.resolve()
    if not out.exists():
        return out
    try:
        foreign = foreign_entries(out, kind, targets)
    except OSError as exc:
        raise BuildError(f"cannot read the output folder: {exc.strerror}", file=out, hint=hint) from None
    if foreign is None:
        raise BuildError("refusing to replace the output folder: it is not empty and was not written by "
                         "plancompare build", file=out, hint=f"{hint}, or empty it yourself")
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        verb = "replace the output folder: it holds" if kind == "processed" else "overwrite"
        raise BuildError(f"refusing to {verb} {shown}, which plancompare did not write", file=out,
                         hint="move those files elsewhere or choose another --out folder")
    return out


def write_marker(out: Path, kind: str) -> None:
    """Mark ``out`` as written by the command ``kind`` (figures, notebooks)."""
    atomic_write_text(out / MARKER, json.dumps({"written_by": f"plancompare {kind}",
                                                "note": "plancompare may overwrite files in this folder"},
                                               indent=2) + "\n")


# --- swapping folders --------------------------------------------------------------------------

def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold back SIGINT and SIGTERM during a short critical section; act on them after it.

    Python runs signal handlers in the main thread whichever thread the signal reached, so the
    handlers themselves are swapped for ones that only take note (blocking the signal in one
    thread would not stop it reaching another).
    """
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []

    def note(signum, frame) -> None:
        pending.append(signum)

    previous = {s: signal.signal(s, note) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if pending:
            handler = previous[pending[0]]
            if callable(handler):
                handler(pending[0], None)  # e.g. Python's default SIGINT handler: KeyboardInterrupt
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), pending[0])


def staging_name(out: Path, what: str) -> str:
    return f".{out.name}.{what}-{os.getpid()}"


def swap_in(tmp: Path, out: Path) -> Path | None:
    """Put the complete folder ``tmp`` in the place of ``out`` in one step.

    Returns the folder that now holds the previous contents (to be removed by
    the caller), or None when ``out`` did not exist. Call it inside
    :func:`signals_held`.
    """
    with signals_held():
        if not out.exists():
            os.replace(tmp, out)
            return None
        if _exchange(tmp, out):
            return tmp
        old = out.parent / staging_name(out, "old")
        os.replace(out, old)
        os.replace(tmp, out)
        return old


def clean_stale(out: Path) -> None:
    """Remove hidden staging folders that interrupted runs left beside ``out``; if an interrupted
    two-rename swap left ``out`` missing, put the previous output back first.

    Called with the output lock held, so no other build is using them.
    """
    parent = out.parent
    if not parent.is_dir():
        return
    olds = sorted(p for p in parent.glob(f".{out.name}.old-*") if p.is_dir())
    if not out.exists() and olds:
        os.replace(olds[-1], out)
        olds = olds[:-1]
    for p in olds + sorted(parent.glob(f".{out.name}.tmp-*")):
        shutil.rmtree(p, ignore_errors=True)


class OutputLock:
    """An exclusive lock on writing ``out``: a second writer fails at once with a clear message.

    The lock is ``.<name>.lock`` beside ``out`` (flock; released when the
    process ends, however it ends).
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out.parent / f".{out.name}.lock"
        self._fd: int | None = None

    def __enter__(self) -> "OutputLock":
        import fcntl

        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BuildError(f"cannot write to {self.out.parent}: {exc.strerror}", file=self.out.parent,
                             hint="choose another --out folder") from None
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise BuildError(f"cannot write to {self.out.parent}: {exc.strerror}", file=self.out.parent,
                                 hint="choose another --out folder") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise BuildError("another plancompare command is writing this folder", file=self.out,
                                 hint="wait for it to finish, then run again") from None
            try:  # the holder before us may have removed the file between our open and flock
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return self
            os.close(fd)

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)  # while still holding the lock, so no one else holds this inode
            os.close(self._fd)
            self._fd = None
