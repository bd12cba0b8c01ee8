"""factpack: news reports in, a versioned, validated data package of events, actors, claims out.

The stages, in pipeline order (each folder's docstring says what it owns and may import):
ingest -> extract -> contract -> publish -> release; `pipeline` runs a build, `cli` is the
command line, `tools` holds the benchmark, corpus generator and evaluator.

    import factpack
    tables = factpack.load("datapackage")   # dict of typed DataFrames; also a release zip or its URL
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # Loaded on first use so that `factpack --help` does not pay for pandas.
    if name == "load_package":
        from factpack.publish.loaders import load_package

        return load_package
    if name == "load":
        from factpack.release.get import load

        return load
    raise AttributeError(name)
