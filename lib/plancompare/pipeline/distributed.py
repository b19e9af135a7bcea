"""The per-plan step on a Dask distributed cluster (``plancompare build --scheduler ADDRESS``).

:func:`dask_map` sends one task per plan to the cluster's scheduler and yields the results in
task order, as :func:`plancompare.pipeline.workers.ordered_map` does for local processes. The
workers must see the raw folder (and the cache folder, unless ``--no-cache``) at the same paths
as the command (a shared file system) and have the same plancompare installed
(``pip install plancompare[dask]``). ``dask.distributed`` is imported only here, when asked for.

A plan that fails comes back as an error value with its name, as from local workers. A worker
that dies (killed, out of memory) has its plans run again on the others by the scheduler; a plan
that kills every worker it is given (the scheduler gives up after a few tries), or a cluster that
cannot be reached, stops the build with one clear :class:`~plancompare.errors.BuildError`;
nothing is written.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from plancompare.errors import BuildError

#: seconds to wait for the scheduler to answer
CONNECT_TIMEOUT = 30


def _client(address: str, cat_file: Path):
    try:
        from distributed import Client
    except ImportError:
        raise BuildError("--scheduler needs dask.distributed, which is not installed", file=cat_file,
                         hint="pip install 'plancompare[dask]', or leave --scheduler out") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {exc}", file=cat_file,
                         hint="start the cluster first (dask scheduler / dask worker), or leave --scheduler "
                              "out to build on this machine") from None


def dask_map(fn: Callable[..., Any], tasks: Iterable[tuple], address: str, cat_file: Path) -> Iterator[Any]:
    """Yield ``fn(*task)`` for every task, in order, computed on the cluster at ``address``."""
    from distributed import KilledWorker

    tasks = list(tasks)
    client = _client(address, cat_file)
    run = uuid.uuid4().hex[:8]
    futures = []
    try:
        futures = [client.submit(fn, *t, key=f"plancompare-plan-{run}-{i:06d}", pure=False)
                   for i, t in enumerate(tasks)]
        for i in range(len(futures)):
            try:
                result = futures[i].result()
            except KilledWorker:
                name = getattr(tasks[i][0], "source_file", f"task {i}")
                raise BuildError(f"the Dask workers running {name} died each time (killed, or out of memory)",
                                 file=cat_file, hint="nothing was changed; give the workers more memory, or "
                                 "build without --scheduler") from None
            except OSError as exc:  # the scheduler went away
                raise BuildError(f"lost the Dask scheduler at {address}: {exc}", file=cat_file,
                                 hint="nothing was changed; run again when the cluster is back") from None
            futures[i] = None  # release the result on the cluster and here
            yield result
    finally:
        pending = [f for f in futures if f is not None]
        if pending:
            client.cancel(pending)
        client.close()
