"""The release site in a real browser (headless Chromium): it opens from file:// with no
console message, its scripts run, the rows shown equal the package's, the filters work, and
nothing is loaded from the network. Skips when Chromium is missing, unless
FACTPACK_REQUIRE_BROWSER=1 (CI), which turns a missing Chromium into a failure. The screenshot
is kept in $FACTPACK_ARTIFACTS (default: the test's temporary folder)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest
from factpack.publish.site import site_files
from factpack.tools.browser import chromium, open_page, screenshot

if chromium() is None:
    if os.environ.get("FACTPACK_REQUIRE_BROWSER") == "1":
        pytest.fail("FACTPACK_REQUIRE_BROWSER=1 but chromium is not installed", pytrace=False)
    pytest.skip("chromium is not installed (Debian: apt-get install chromium); "
                "set FACTPACK_REQUIRE_BROWSER=1 to make this a failure", allow_module_level=True)


@pytest.fixture(scope="module")
def site(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    for rel, data in site_files(seed_package).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def _shown(dom: str, table: str) -> int:
    m = re.search(rf'data-{table}-shown="(\d+)"', dom)
    assert m, f"the page's script did not run (no data-{table}-shown)"
    return int(m[1])


def test_site_shows_every_row_without_console_errors(site: Path, seed_package: Path) -> None:
    page = open_page((site / "index.html").as_uri())
    assert page.console == [], page.console
    events = pd.read_parquet(seed_package / "data" / "events.parquet")
    claims = pd.read_parquet(seed_package / "data" / "claims.parquet")
    assert _shown(page.dom, "events") == len(events) > 0
    assert _shown(page.dom, "claims") == len(claims) > 0
    assert f"{len(events)} of {len(events)}" in page.dom
    dated = int(events["date_start"].notna().sum())
    m = re.search(r'data-timeline-marks="(\d+)"', page.dom)
    assert m and int(m[1]) == dated > 0, "timeline bars != dated events (or Chart.js did not run)"
    out = Path(os.environ.get("FACTPACK_ARTIFACTS") or site)
    png = screenshot((site / "index.html").as_uri(), out / "site-index.png")
    assert png.stat().st_size > 10_000


def test_actor_filter_from_the_address(site: Path, seed_package: Path) -> None:
    events = pd.read_parquet(seed_package / "data" / "events.parquet")
    aid = events["actor_id"].value_counts().index[0]
    expected = int(((events["actor_id"] == aid) | (events["target_actor_id"] == aid)).sum())
    page = open_page((site / "index.html").as_uri() + f"?actor={aid}")
    assert page.console == []
    assert _shown(page.dom, "events") == expected < len(events)


def test_every_actor_has_a_page_and_nothing_is_fetched(site: Path, seed_package: Path) -> None:
    actors = pd.read_parquet(seed_package / "data" / "actors.parquet")
    assert sorted(p.stem for p in (site / "actors").glob("*.html")) == sorted(actors["actor_id"])
    for p in site.rglob("*.html"):
        text = p.read_text(encoding="utf-8")
        for src in re.findall(r"<(?:script|img|link|iframe)[^>]+(?:src|href)=\"([^\"]+)\"", text):
            assert "://" not in src and (p.parent / src).is_file(), f"{p}: loads {src}"
        for link in re.findall(r'href="([^"]+)"', text):
            if not link.startswith(("http://", "https://")):
                assert (p.parent / link.split("?")[0]).resolve().is_file(), f"{p}: broken link {link}"
    page = open_page((site / "actors" / f"{actors['actor_id'][0]}.html").as_uri())
    assert page.console == [] and actors["name"][0] in page.dom


def test_type_filter_applies_to_events_only(site: Path, seed_package: Path) -> None:
    events = pd.read_parquet(seed_package / "data" / "events.parquet")
    claims = pd.read_parquet(seed_package / "data" / "claims.parquet")
    etype = events["event_type"].value_counts().index[0]
    page = open_page((site / "index.html").as_uri() + f"?type={etype}")
    assert page.console == []
    assert _shown(page.dom, "events") == int((events["event_type"] == etype).sum())
    dated = int((events["date_start"].notna() & (events["event_type"] == etype)).sum())
    assert f'data-timeline-marks="{dated}"' in page.dom
    assert _shown(page.dom, "claims") == len(claims)

