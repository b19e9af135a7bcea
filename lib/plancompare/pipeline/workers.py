"""Worker processes that never outlive the command that started them.

:func:`ordered_map` runs a function over tasks in a pool of fresh (``spawn``)
processes and yields the results in task order. Each worker

* dies with its parent: on Linux the kernel sends it SIGKILL when the parent
  dies (``PR_SET_PDEATHSIG``), even if the parent was killed with SIGKILL;
  elsewhere a watchdog thread exits when the parent is gone;
* ignores SIGINT, so a Ctrl-C in the terminal (sent to the whole process
  group) is handled once, by the parent, which then stops every worker.

When the consumer stops early (an error, an interrupt, a closed generator),
the pending tasks are cancelled and the workers terminated before the
exception propagates.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator


def _die_with_parent(parent: int) -> None:
    """Pool initializer: tie the worker's life to the parent's."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def ordered_map(fn: Callable[..., Any], tasks: Iterable[tuple], n_jobs: int) -> Iterator[Any]:
    """Yield ``fn(*task)`` for every task, in order, computed by ``n_jobs`` worker processes.

    ``fn`` must be importable (a module-level function) and should not raise:
    return errors as values so that they can be reported with their task.
    """
    tasks = list(tasks)
    executor = ProcessPoolExecutor(max_workers=max(1, min(n_jobs, len(tasks))),
                                   mp_context=mp.get_context("spawn"),
                                   initializer=_die_with_parent, initargs=(os.getpid(),))
    finished = False
    try:
        # submitting starts the workers: a Ctrl-C while one is being launched would leave it reading
        # a closed pipe (a traceback on stderr), so signals wait until every worker is started
        from plancompare.pipeline.outputs import signals_held

        with signals_held():
            futures = [executor.submit(fn, *t) for t in tasks]
        for i in range(len(futures)):
            result = futures[i].result()
            futures[i] = None  # a finished future keeps its result: let it go once consumed
            yield result
            del result
        finished = True
    finally:
        if not finished:
            stop(executor)
        executor.shutdown(wait=finished, cancel_futures=not finished)


def stop(executor: ProcessPoolExecutor) -> None:
    """Terminate an executor's workers now (pending work is abandoned)."""
    procs = list((getattr(executor, "_processes", None) or {}).values())
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    for proc in procs:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
