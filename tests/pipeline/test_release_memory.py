"""`pool.release_memory` hands freed heap back to the operating system (glibc), which the
build calls after linking and after story order to lower the peak memory of a large build."""

from __future__ import annotations

import platform
import sys

import pytest
from factpack.pool import _malloc_trim, release_memory

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


def _rss_kb() -> int:
    with open("/proc/self/status") as fh:
        return int(next(ln for ln in fh if ln.startswith("VmRSS:")).split()[1])


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's; elsewhere release_memory only collects")
def test_freed_heap_blocks_go_back_to_the_system() -> None:
    assert _malloc_trim() is not None
    before = _rss_kb()
    # ~100 MB of 4 KB blocks: too large for Python's own allocator, too small for mmap, so
    # they come from the C heap; a block kept after them stops the heap's top from shrinking
    junk = [bytearray(4000) for _ in range(25_000)]
    keep = bytearray(4000)
    grown = _rss_kb()
    assert grown - before > 50_000
    del junk
    release_memory()
    assert _rss_kb() < grown - 50_000  # given back, though the heap still holds `keep`
    assert len(keep) == 4000
