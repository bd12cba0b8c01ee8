"""Release: build, validate, then archive the package as a zip and a DuckDB file in dist/."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import zipfile
from pathlib import Path

from factpack.contract.checks import validate_package
from factpack.contract.files import read_descriptor
from factpack.contract.validate import ValidationError
from factpack.errors import FactpackError
from factpack.pipeline import (
    Progress,
    _quiet,
    build_unlocked,
    check_out_dir,
    check_writable,
    folder_lock,
    recover,
)
from factpack.publish.citation import CFF_MARKER
from factpack.publish.database import write_duckdb
from factpack.release.bundle import SITE_DIR, bundle_files
from factpack.release.catalog import INDEX, catalog, catalog_bytes, check_created
from factpack.release.changelog import changelog_entry, release_notes, write_changelog
from factpack.release.commit import Transaction, recover_release
from factpack.release.diff import diff_packages, open_package
from factpack.release.versions import check_rebuild, check_version, parse_version, previous_release

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def zip_bytes(package_dir: Path, root: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A byte-reproducible zip of a folder: sorted entries, fixed times and permissions.

    `extra` adds files that are not in the folder (relative path -> bytes), such as the
    release notes.
    """
    entries: dict[Path, bytes | None] = {
        p: None
        for p in package_dir.rglob("*")
        if p.is_file() and not any(s.startswith(".") for s in p.relative_to(package_dir).parts)
    }
    entries.update({package_dir / rel: data for rel, data in (extra or {}).items()})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in sorted(entries):
            data = entries[p]
            info = zipfile.ZipInfo(f"{root}/{p.relative_to(package_dir).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, p.read_bytes() if data is None else data, compresslevel=9)
    return buf.getvalue()


def sha256sums(dist: Path, pending: dict[str, Path] | None = None) -> bytes:
    """SHA256SUMS of the archives in `dist`; `pending` maps names not yet renamed into place
    (final name -> temporary file) so the sums can be written before anything is published."""
    files = {
        p.name: p
        for p in dist.iterdir()
        if p.is_file() and p.suffix in {".zip", ".duckdb"} and not p.name.startswith(".")
    }
    files.update({n: p for n, p in (pending or {}).items() if Path(n).suffix in {".zip", ".duckdb"}})
    lines = [f"{hashlib.sha256(files[n].read_bytes()).hexdigest()}  {n}\n" for n in sorted(files)]
    return "".join(lines).encode()


def dist_files(desc: dict, stem: str, archive: bytes, database: Path) -> dict[str, bytes | Path]:
    """The new files of dist/ for a release, by name (bytes, or a file or folder to move in).

    Add a file here (a catalogue, a site folder) and it is staged and committed with the others.
    SHA256SUMS is computed afterwards over every archive, old and new.
    """
    return {f"{stem}.zip": archive, f"{stem}.duckdb": database}


def write_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Write `files` (relative path -> bytes) into a new folder."""
    shutil.rmtree(folder, ignore_errors=True)
    for rel, data in sorted(files.items()):
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        os.chmod(p, 0o644)


def check_citation_file(path: Path) -> None:
    """`release` writes CITATION.cff beside the changelog: refuse to replace one it did not write."""
    if not path.exists():
        return
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[: len(CFF_MARKER)]
    except OSError as e:
        raise FactpackError(f"{path}: cannot be read ({e.strerror})") from None
    if head != CFF_MARKER:
        raise FactpackError(f"{path}: exists and was not written by factpack release; move it, or "
                            "release with --changelog pointing to another folder")


def release(
    seeds: Path, out: Path, dist: Path, progress: Progress = _quiet, changelog: Path | None = None
) -> list[Path]:
    """Build + validate the package, check its version against the releases in `dist`, then
    publish the archive (with RELEASE_NOTES.md), the database, SHA256SUMS, the changelog entry
    and the package folder `out` together (release/commit.py: staged, then committed under a
    journal, so a kill leaves all old or, after the next run, all new).

    The version must not understate the change against the previous release (the highest
    version in `dist` below it), and re-releasing a version already in `dist` must leave its
    data unchanged; otherwise a VersionError is raised and nothing is written (neither `out`
    nor `dist` nor the changelog). `changelog` defaults to CHANGELOG.md beside `dist`.
    A second release of the same `out` or `dist` waits for the first (OS file locks).
    """
    out, dist = Path(os.path.abspath(out)), Path(os.path.abspath(dist))
    changelog = Path(os.path.abspath(changelog)) if changelog else dist.parent / "CHANGELOG.md"
    check_out_dir(out, Path(seeds))  # `out` is replaced at the end: it must be a package folder
    check_writable(dist, "--dist")
    check_citation_file(changelog.parent / "CITATION.cff")
    with folder_lock(out, progress), folder_lock(dist, progress):
        return _release_locked(seeds, out, dist, progress, changelog)


def _release_locked(seeds: Path, out: Path, dist: Path, progress: Progress, changelog: Path) -> list[Path]:
    recover(out)
    done = recover_release(dist, [out.parent, changelog.parent])
    if done:
        progress(done)
    check_out_dir(out, Path(seeds))
    txn = Transaction(dist)
    staging = out.parent / f".{out.name}.release-{txn.tag}"
    database: Path | None = None
    try:
        build_unlocked(seeds, staging, progress)
        progress("validating the built package in full: Frictionless on every CSV and Parquet resource, "
                 "pandera, cross-table checks, hashes and row counts")
        problems = validate_package(staging)
        if problems:
            raise ValidationError(problems)
        desc = read_descriptor(staging)
        stem = f"{desc['name']}-{desc['version']}"
        version = parse_version(desc["version"])
        prev = previous_release(dist, desc["name"], version)
        diff = None
        if prev is not None:
            progress(f"comparing with the previous release {prev[1].name}")
            with open_package(prev[1]) as old:
                diff = diff_packages(old, staging, prev[1].name, stem)
            check_version(diff, prev[0], version)
            check_created(desc, prev)
        zpath = dist / f"{stem}.zip"
        if zpath.exists():
            progress(f"{zpath.name} exists: checking that this rebuild leaves its data unchanged")
            with open_package(zpath) as old:
                check_rebuild(diff_packages(old, staging), version, zpath)
        notes = release_notes(desc, prev and prev[0], diff)
        extras = bundle_files(staging, desc, notes)
        archive = zip_bytes(staging, stem, extras)
        entry = changelog_entry(desc, prev and prev[0], diff)
        log = write_changelog(changelog, desc["version"], entry)
        progress(f"staging the release files of {dist}")
        dist.mkdir(parents=True, exist_ok=True)
        database = txn.staged_name(dist / f"{stem}.duckdb")
        write_duckdb(staging, database)
        os.chmod(database, 0o644)
        new_files = dist_files(desc, stem, archive, database)
        for name, content in new_files.items():
            if isinstance(content, bytes):
                txn.add_bytes(dist / name, content)
            else:
                txn.add_path(dist / name, content)
        site = txn.staged_name(dist / f"{stem}-site", "build")
        write_folder(site, {k.removeprefix(f"{SITE_DIR}/"): v for k, v in extras.items()
                            if k.startswith(f"{SITE_DIR}/")})
        txn.add_path(dist / f"{stem}-site", site)
        txn.add_bytes(dist / "SHA256SUMS", sha256sums(dist, txn.staged()))
        txn.add_bytes(dist / INDEX, catalog_bytes(catalog(dist, desc["name"], txn.staged())))
        txn.add_bytes(changelog, log)
        txn.add_bytes(changelog.parent / "CITATION.cff", extras["CITATION.cff"])
        txn.add_path(out, staging)
        progress(f"publishing {zpath.name}, the database, the site, SHA256SUMS, {INDEX}, "
                 f"{changelog.name}, CITATION.cff and {out.name}/")
    except BaseException:
        txn.abort()
        shutil.rmtree(staging, ignore_errors=True)
        if database is not None:
            for p in (database, Path(f"{database}.wal")):
                p.unlink(missing_ok=True)
        raise
    txn.commit()
    return [dist / n for n in new_files] + [dist / "SHA256SUMS", dist / INDEX, dist / f"{stem}-site",
                                            changelog, changelog.parent / "CITATION.cff"]
