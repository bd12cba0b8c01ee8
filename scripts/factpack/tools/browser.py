"""Headless Chromium for the release site: load a page, collect console messages, dump the DOM
after scripts ran, take a screenshot. Used by the site test and to make the README's PNG:

    python -m factpack.tools.browser dist/<name>-<version>-site/index.html docs/timeline.png

Offline by construction: every host name resolves to nothing, so a page that tried to fetch
anything from the network would fail visibly.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"]
CONSOLE = re.compile(r":CONSOLE[^\]]*\] (.*)")


@dataclass
class PageResult:
    dom: str
    console: list[str]


def chromium() -> str | None:
    """The Chromium executable, or None when it is not installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


def _run(url: str, extra: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    exe = chromium()
    if exe is None:
        raise FileNotFoundError("chromium is not installed (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="factpack-chromium-") as profile:
        return subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=timeout)


def open_page(url: str, timeout: float = 90) -> PageResult:
    """The DOM after the page's scripts ran, and every console message it logged."""
    r = _run(url, ["--dump-dom"], timeout)
    return PageResult(r.stdout, [m[1] for m in CONSOLE.finditer(r.stderr)])


def screenshot(url: str, png: Path, width: int = 1200, height: int = 900, timeout: float = 90) -> Path:
    """A PNG of the top `height` pixels of the page at `width` pixels wide."""
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    _run(url, [f"--window-size={width},{height}", f"--screenshot={png}", "--hide-scrollbars"], timeout)
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot to {png}")
    return png


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Screenshot a page with headless Chromium.")
    ap.add_argument("page", help="an HTML file, e.g. dist/<name>-<version>-site/index.html")
    ap.add_argument("png", help="the PNG to write")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=430)
    args = ap.parse_args(argv)
    page = Path(args.page).resolve()
    print(screenshot(page.as_uri(), Path(args.png), args.width, args.height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
