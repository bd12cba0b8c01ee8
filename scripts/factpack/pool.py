"""Process pools for CPU-bound stages: workers that leave Ctrl-C to the parent and die with it.

Generic: imports nothing else of factpack, so every stage may use it.
"""

from __future__ import annotations

import functools
import multiprocessing
import multiprocessing.pool
import os
import signal
import threading
import time
from collections.abc import Callable


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def release_memory() -> None:
    """Collect cyclic garbage and hand the freed heap back to the operating system.

    After a stage that built and dropped millions of small objects (incident linking), the
    C library keeps the freed pages for reuse, and the process holds them through the rest
    of the build: at 10,000 articles about 0.17 GB. `malloc_trim` (glibc only; elsewhere
    nothing) returns them, so the next stages' peak starts lower. The result of the build
    does not depend on it."""
    import gc

    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, looked up among the symbols the process has loaded (no
    `ldconfig` run), or None (not glibc: macOS, musl, Windows)."""
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


def watch_parent(parent: int) -> None:
    """Exit when the parent build dies (a killed build must not leave workers behind)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def guard_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()


def guarded_pool(n: int) -> multiprocessing.pool.Pool:
    """A process pool whose workers leave Ctrl-C to the parent and exit if it dies."""
    return multiprocessing.get_context().Pool(n, initializer=guard_worker,
                                              initargs=(os.getpid(),))


def pid_alive(pid: int) -> bool:
    """Whether a process of that id exists (one of another user's counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


class ForkedChild:
    """A forked child process that answers its parent once over a pipe (`start`: `target(conn,
    parent_pid, *args)`, which sends one `(kind, value)`). `answer()` waits for it: ("failed",
    None) when the child died or could not report. `stop()` kills (if alive) and reaps it."""

    def __init__(self) -> None:
        self.process: multiprocessing.Process | None = None
        self.conn = None

    def start(self, target: Callable, *args: object, duplex: bool = False) -> ForkedChild:
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe(duplex=duplex)
        self.process = ctx.Process(target=target, args=(child, os.getpid(), *args), daemon=True)
        self.process.start()
        child.close()
        return self

    def answer(self) -> tuple[str, object]:
        kind, value = "failed", None
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            pass
        finally:
            self.stop()
        return kind, value

    def stop(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
            self.conn.close()
            self.process = None
