"""A build whose extraction runs on a real Dask distributed cluster (a LocalCluster with two
worker processes) writes the same bytes as a local single-process build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# The README's setup command installs every extra, `cluster` included: no skip here.
import distributed  # noqa: E402
import pytest
from factpack.errors import FactpackError
from factpack.paths import SEEDS
from factpack.pipeline import build
from factpack.tools.corpus import write_corpus


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("cluster") / "seeds"
    write_corpus(seeds, 24, seed=7)
    return seeds


def test_cluster_build_is_byte_identical_to_local(corpus: Path, tmp_path: Path) -> None:
    local, remote = tmp_path / "local", tmp_path / "remote"
    build(corpus, local, workers=1, validation="fast")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        result = build(corpus, remote, validation="fast", scheduler=cluster.scheduler_address)
        with distributed.Client(cluster) as client:
            # both workers took part (the results came from the cluster, not this process)
            assert len(client.scheduler_info()["workers"]) == 2
    assert result.extracted == 24
    assert _files(local) == _files(remote)


def test_cli_build_on_a_cluster(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        r = subprocess.run([sys.executable, "-m", "factpack.cli", "build", "--seeds", str(seeds),
                            "--out", str(tmp_path / "pkg"), "--no-cache",
                            "--scheduler", cluster.scheduler_address],
                           capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Dask cluster" in r.stderr


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    r = subprocess.run([sys.executable, "-m", "factpack.cli", "build", "--seeds", str(seeds),
                        "--out", str(tmp_path / "pkg"), "--no-cache",
                        "--scheduler", "tcp://127.0.0.1:9"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 2, r.stderr[-2000:]
    assert "--scheduler tcp://127.0.0.1:9: cannot connect" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "pkg").exists()


def test_cluster_refuses_custom_reference(corpus: Path, tmp_path: Path) -> None:
    from factpack.extract.reference import load_reference
    from factpack.paths import REFERENCE

    ref = load_reference(REFERENCE)
    with pytest.raises(FactpackError, match="default reference"):
        build(corpus, tmp_path / "pkg", ref=ref, scheduler="tcp://127.0.0.1:9", validation="fast")
