"""The vendored Chart.js is the pinned, unmodified file with its licence."""

from __future__ import annotations

import hashlib

from factpack.publish.site import CHART_JS, VENDOR


def test_vendored_chart_library_is_the_pinned_file() -> None:
    table = (VENDOR / "VENDOR.md").read_text(encoding="utf-8")
    digest = hashlib.sha256((VENDOR / CHART_JS).read_bytes()).hexdigest()
    assert f"`{digest}`" in table, "publish/vendor/VENDOR.md does not record this file's SHA-256"
    assert (VENDOR / "chart.js-LICENSE.md").read_text(encoding="utf-8").startswith("The MIT License")
