"""Ingest: read source documents and their sidecars into `Document`s and the `sources` table."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from factpack.errors import InputError, Warning_
from factpack.ingest.layout import SkippedLine, analyse_layout
from factpack.ingest.memo import IngestMemo, flat_mapping, layout_from_json, layout_to_json

SIDECAR_KEYS = {"published_date", "outlet", "url", "language", "agency", "title"}
# Extraction time grows faster than linearly with a document's length (measured in issue 5
# on news text: 100 kB ~2 s, 400 kB ~10-25 s, 512 kB ~20-40 s, 1 MB ~40-190 s), and a news
# article is a few tens of kB: larger files are refused rather than left to run for hours.
MAX_BYTES = 512 * 1024
URL_RE = re.compile(r"https?://[^\s/$.?#][^\s]*")  # used with fullmatch: no trailing newline


@dataclass(frozen=True)
class Document:
    """A source document as stored: offsets in every table refer to `text`."""

    source_id: str
    seed_file: str
    text: str
    title: str | None
    dateline: str | None
    agency: str | None
    outlet: str | None
    url: str | None
    language: str
    published_date: dt.date | None
    body_start: int
    warnings: tuple[Warning_, ...] = field(default_factory=tuple)
    # body paragraphs (hard wraps joined) and the lines that are not body (see ingest/layout.py);
    # None: not analysed (extraction then analyses the text itself)
    paragraphs: tuple[tuple[int, int], ...] | None = None
    skipped: tuple[SkippedLine, ...] = ()


@dataclass(frozen=True)
class SkippedSource(Warning_):
    """A warning that a document was left out of the package, and which one it duplicates."""

    duplicate_of: str = ""


@dataclass(frozen=True)
class FailedSource(SkippedSource):
    """A document left out by `build --keep-going` because its extraction raised."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


BOMS = [(b"\xff\xfe\x00\x00", "UTF-32LE"), (b"\x00\x00\xfe\xff", "UTF-32BE"),
        (b"\xff\xfe", "UTF-16LE"), (b"\xfe\xff", "UTF-16BE")]


def wide_encoding(raw: bytes) -> str | None:
    """'UTF-16LE', 'UTF-32BE', … when the bytes are UTF-16 or UTF-32 text (by byte-order mark,
    or by the NUL bytes of mostly-ASCII text: one in two for UTF-16, three in four for UTF-32)."""
    for bom, name in BOMS:
        if raw.startswith(bom):
            return f"{name} (byte-order mark)"
    head = raw[:4096]
    if b"\0" not in head:
        return None  # every wide pattern below needs NUL bytes
    n = len(head) - len(head) % 4
    if n < 8:
        return None
    quads = [head[i:i + 4] for i in range(0, n, 4)]

    def share(test: object) -> float:
        return sum(1 for q in quads if test(q)) / len(quads)  # type: ignore[operator]

    if share(lambda q: q[1:] == b"\0\0\0" and q[0]) > 0.9:
        return "UTF-32LE"
    if share(lambda q: q[:3] == b"\0\0\0" and q[3]) > 0.9:
        return "UTF-32BE"
    if share(lambda q: q[1] == 0 and q[3] == 0 and q[0] and q[2]) > 0.9:
        return "UTF-16LE"
    if share(lambda q: q[0] == 0 and q[2] == 0 and q[1] and q[3]) > 0.9:
        return "UTF-16BE"
    return None


def decode_text(raw: bytes, path: Path) -> tuple[str, list[Warning_]]:
    """Decode UTF-8 text, normalising BOM and CRLF; refuse binary and non-UTF-8 input."""
    warnings: list[Warning_] = []
    wide = wide_encoding(raw)
    if wide is not None:
        raise InputError(path, f"{wide} text, not UTF-8; re-save the file as UTF-8 "
                         f"(e.g. iconv -f {wide.split(' ')[0]} -t UTF-8 {path.name} > {path.stem}.utf8.txt)")
    if b"\x00" in raw:
        raise InputError(path, "binary file (contains NUL bytes); expected UTF-8 text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        warnings.append(Warning_(str(path), "UTF-8 byte-order mark removed"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            path,
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); re-save the file as UTF-8",
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        warnings.append(Warning_(str(path), "CRLF/CR line endings normalised to LF"))
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        text = nfc
        warnings.append(Warning_(str(path), "text normalised to Unicode NFC"))
    return text, warnings


class _SidecarLoader(yaml.SafeLoader):
    """A safe YAML loader that leaves dates as strings, so a bad date is reported as one."""


def _mapping_without_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[arg-type]
        try:
            hash(key)
        except TypeError:
            continue  # reported as a bad key by the caller's checks
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_SidecarLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                               lambda loader, node: _mapping_without_duplicates(loader, node, deep=True))
_SidecarLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml_problem(e: yaml.YAMLError) -> str:
    mark = getattr(e, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    problem = getattr(e, "problem", None) or str(e).splitlines()[0]
    return f"{problem}{where}"


def read_sidecar(path: Path, memo: IngestMemo | None = None) -> dict:
    """Parse and check a metadata sidecar (`<stem>.yaml`); `memo` remembers the parsed YAML
    of sidecars seen before (the checks below run every time)."""
    if not path.exists() and not path.is_symlink():
        return {}
    try:
        data = path.read_bytes()
        key = hashlib.sha256(data).hexdigest() if memo is not None else ""
        meta = memo.get("sidecar", key) if memo is not None else None
        if meta is None:
            meta = yaml.load(data.decode("utf-8"), Loader=_SidecarLoader)
            if memo is not None and flat_mapping(meta):
                memo.put("sidecar", key, meta)
        meta = dict(meta) if isinstance(meta, dict) else meta
    except yaml.YAMLError as e:
        raise InputError(path, f"sidecar is not valid YAML: {_yaml_problem(e)}") from None
    except UnicodeDecodeError:
        raise InputError(path, "sidecar is not valid UTF-8; re-save it as UTF-8") from None
    except OSError as e:
        raise InputError(path, f"cannot read sidecar ({e.strerror})") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(path, "sidecar must be a YAML mapping of keys to values")
    unknown = sorted(set(map(str, meta)) - SIDECAR_KEYS)
    if unknown:
        raise InputError(
            path, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(SIDECAR_KEYS))}"
        )
    check_strings(path, meta)
    pub = meta.get("published_date")
    if pub is not None:
        pub = strict_date(path, "published_date", pub)
        if pub > dt.date.today():
            raise InputError(path, f"published_date {pub.isoformat()} lies in the future")
        meta["published_date"] = pub
    url = meta.get("url")
    if url is not None and not (isinstance(url, str) and URL_RE.fullmatch(url)):
        raise InputError(path, f"url {url!r} is not an http(s) URL")
    lang = meta.get("language", "en")
    if lang != "en":
        raise InputError(path, f"language {lang!r} is not supported (only 'en')")
    for key in ("outlet", "agency", "title"):
        v = meta.get(key)
        if v is not None and (not isinstance(v, str) or not v.strip()):
            raise InputError(path, f"{key} must be a non-empty string")
    return meta


ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def strict_date(path: Path, key: str, value: object) -> dt.date:
    """A `YYYY-MM-DD` date, quoted or not (not `20251128`, not a date and time)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    text = value.strip() if isinstance(value, str) else None
    if text is None or not ISO_DATE_RE.fullmatch(text):
        raise InputError(path, f"{key} {value!r} is not a valid ISO date (YYYY-MM-DD)")
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(path, f"{key} {value!r} is not a valid ISO date (YYYY-MM-DD): no such day") from None
    if d.year < 1800:
        raise InputError(path, f"{key} {value!r}: year {d.year} is not the date of a news report")
    return d


def check_strings(path: Path, value: object, key: str = "") -> None:
    """Refuse strings that cannot be stored as UTF-8 (lone surrogates from YAML escapes)."""
    if isinstance(value, dict):
        for k, v in value.items():
            check_strings(path, k, key)
            check_strings(path, v, str(k))
    elif isinstance(value, list):
        for v in value:
            check_strings(path, v, key)
    elif isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            where = f"{key}: " if key else ""
            raise InputError(path, f"{where}invalid character U+{ord(value[e.start]):04X} (a lone "
                             "surrogate, from an escape such as \\ud800); use the character itself") from None


def parse_layout(text: str, title: str | None = None) -> tuple[str | None, int, str | None, str | None]:
    """Headline, body start offset, dateline place and agency as the text itself shows them."""
    lay = analyse_layout(text, title)
    return lay.headline, lay.body_start, lay.dateline, lay.agency


def _refuse_outside_link(path: Path, seeds_dir: Path) -> None:
    """A symlink may point to another file in the seeds folder, never outside it."""
    if path.is_symlink():
        try:
            target = path.resolve()
        except (OSError, RuntimeError):
            raise InputError(path, "symlink loop") from None
        if not target.is_relative_to(seeds_dir.resolve()):
            raise InputError(path, f"symlink points outside the seeds folder ({target}); copy the file in")


SIDECAR_SUFFIXES = (".yaml", ".yml")


def sidecar_path(text_path: Path) -> Path:
    """`<stem>.yaml`, or `<stem>.yml` when only that exists; both at once is an error."""
    yaml_, yml = (text_path.with_suffix(s) for s in SIDECAR_SUFFIXES)
    has_yml = yml.exists() or yml.is_symlink()
    if has_yml and (yaml_.exists() or yaml_.is_symlink()):
        raise InputError(yml, f"two sidecars for {text_path.name}: {yaml_.name} and {yml.name}; keep one")
    return yml if has_yml else yaml_


def _stopwords() -> dict[str, tuple[str, frozenset[str]]]:
    """language code -> (name, stop words), from schemas/reference/stopwords.csv."""
    import csv

    from factpack.paths import REFERENCE

    with open(REFERENCE / "stopwords.csv", encoding="utf-8", newline="") as fh:
        return {r["language"]: (r["name"], frozenset(r["words"].split())) for r in csv.DictReader(fh)}


_STOPWORDS: dict[str, tuple[str, frozenset[str]]] = {}
WORD_RE = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> tuple[str, str] | None:
    """(code, name) of the language a text looks written in when that is not English, by the
    share of each language's most frequent function words among its words; None for English
    or when too short to tell (a cheap heuristic: it only has to notice a whole other language)."""
    if not _STOPWORDS:
        _STOPWORDS.update(_stopwords())
    words = [w.lower() for w in WORD_RE.findall(text[:20000])]
    if len(words) < 20:
        return None
    counts = Counter(words)  # each distinct word looked up once per language
    shares = {code: sum(n for w, n in counts.items() if w in sw) / len(words)
              for code, (_, sw) in _STOPWORDS.items()}
    best = max(sorted(shares), key=lambda c: shares[c])
    if best == "en" or shares[best] < 0.15 or shares[best] < 2 * shares.get("en", 0.0):
        return None
    return best, _STOPWORDS[best][0]


def text_key(digest: str, title: str | None) -> str:
    """The ingest memo's key of a text's layout and language (they read the title too)."""
    return f"{digest} {title!r}"


def analysis(text: str, title: str | None) -> list:
    """A text's language guess and layout, as the ingest memo stores them."""
    return [detect_language(text), layout_to_json(analyse_layout(text, title))]


def _analysis_task(args: tuple[str, str | None]) -> list | None:
    try:
        return analysis(*args)
    except Exception:  # noqa: BLE001 - read_document analyses it again and reports the problem
        return None


PARALLEL_MIN_DOCS = 200  # texts to analyse before a pool of processes pays for itself


def prefill_memo(files: list[Path], seeds_dir: Path, memo: IngestMemo, workers: int) -> None:
    """Analyse the layout and language of the texts the memo does not know yet in `workers`
    processes and put them in the memo (so read_document finds them there): the same
    values, computed in parallel. A file that does not read is left to read_document, which
    reports it."""
    todo: dict[str, tuple[str, str | None]] = {}
    for path in files:
        try:
            _refuse_outside_link(path, seeds_dir)
            text, _ = decode_text(path.read_bytes(), path)
            title = read_sidecar(sidecar_path(path), memo).get("title")
        except (InputError, OSError):
            continue
        key = text_key(sha256_text(text), title)
        if key not in todo and memo.get("text", key) is None:
            todo[key] = (text, title)
    if len(todo) < PARALLEL_MIN_DOCS or workers < 2:
        return
    from factpack.pool import guarded_pool

    with guarded_pool(workers) as pool:
        results = pool.map(_analysis_task, list(todo.values()), chunksize=32)
    for key, value in zip(todo, results, strict=True):
        if value is not None:
            memo.put("text", key, value)


def read_document(path: Path, seeds_dir: Path, memo: IngestMemo | None = None) -> Document:
    """Read one source document and its sidecar; raise InputError naming the file on bad input.
    `memo` remembers the layout and language of texts seen before (ingest/memo.py)."""
    _refuse_outside_link(path, seeds_dir)
    if not path.is_file():
        raise InputError(path, "broken symlink" if path.is_symlink() else "not a regular file")
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(path, "file name is not valid UTF-8; rename the file") from None
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                path,
                f"file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes "
                f"({MAX_BYTES // 1024} KiB) per document, far above a news article: split the "
                "file into one file per article",
            )
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read file ({e.strerror})") from None
    text, warnings = decode_text(raw, path)
    if not text.strip():
        raise InputError(path, "empty document (no text, or whitespace only)")
    sidecar = sidecar_path(path)
    _refuse_outside_link(sidecar, seeds_dir)
    meta = read_sidecar(sidecar, memo)
    digest = sha256_text(text)
    key = text_key(digest, meta.get("title"))
    known = memo.get("text", key) if memo is not None else None
    if known is not None:
        language, lay = (tuple(known[0]) if known[0] else None), layout_from_json(known[1])
    else:
        language, lay = detect_language(text), analyse_layout(text, meta.get("title"))
        if memo is not None:
            memo.put("text", key, [language, layout_to_json(lay)])
    if language is not None:
        warnings.append(Warning_(str(path), f"text looks {language[1]} ({language[0]}), not English; "
                                 "extraction reads English only, so expect few or no rows"))
    headline, body_start, dateline, agency = lay.headline, lay.body_start, lay.dateline, lay.agency
    if headline is None:
        warnings.append(Warning_(str(path), "no headline line found; title is null"))
    if meta.get("published_date") is None:
        warnings.append(Warning_(str(path), "no published_date in sidecar; relative dates stay unresolved"))
    return Document(
        source_id=f"src_{digest[:12]}",
        seed_file=path.name,
        text=text,
        title=meta.get("title") or headline,
        dateline=dateline,
        agency=meta.get("agency") or agency,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        language=meta.get("language", "en"),
        published_date=meta.get("published_date"),
        body_start=body_start,
        warnings=tuple(warnings),
        paragraphs=lay.paragraphs,
        skipped=lay.skipped,
    )


def list_seed_files(seeds_dir: Path) -> list[Path]:
    """The source documents (`*.txt`) in a seeds folder, sorted by name."""
    if not seeds_dir.exists():
        raise InputError(seeds_dir, "seeds folder does not exist")
    if not seeds_dir.is_dir():
        raise InputError(seeds_dir, "not a folder")
    files = sorted((p for p in seeds_dir.iterdir() if p.suffix == ".txt" and not p.name.startswith(".")),
                   key=lambda p: p.name)  # one folder: the order of the paths
    if not files:
        raise InputError(seeds_dir, "no source documents (*.txt) in the seeds folder")
    return files


def folder_warnings(seeds_dir: Path, files: list[Path]) -> list[Warning_]:
    """Subfolders (not read) and sidecars without a document."""
    out = []
    stems = {p.stem for p in files}
    with os.scandir(seeds_dir) as it:  # an entry knows whether it is a folder: no stat per file
        entries = sorted(((e.name, e) for e in it if not e.name.startswith(".")), key=lambda x: x[0])
    for name, entry in entries:
        stem, suffix = os.path.splitext(name)
        if entry.is_dir() and suffix != ".txt":
            p = seeds_dir / name
            n = sum(1 for _ in p.rglob("*.txt"))
            if n:
                out.append(Warning_(str(p), f"subfolder not read ({n} *.txt inside); only documents "
                                    "directly in the seeds folder are built"))
        elif suffix in SIDECAR_SUFFIXES and name not in ("package.yaml", "package.yml") \
                and stem not in stems:
            out.append(Warning_(str(seeds_dir / name),
                                f"sidecar without a document ({stem}.txt does not exist); ignored"))
    return out


def whitespace_key(text: str) -> str:
    return sha256_text(" ".join(text.split()))


def read_documents(seeds_dir: Path, memo_dir: Path | None = None,
                   workers: int = 1) -> tuple[list[Document], list[Warning_]]:
    """Read every document; duplicates (same text up to whitespace) are skipped with a warning.
    `memo_dir`: keep the ingest memo (ingest/memo.py) there; None: analyse every document.
    `workers` > 1: analyse the layout and language of texts not in the memo in that many
    processes (the same documents)."""
    docs: list[Document] = []
    warnings: list[Warning_] = []
    seen: dict[str, str] = {}
    files = list_seed_files(seeds_dir)
    warnings.extend(folder_warnings(seeds_dir, files))
    memo = IngestMemo(memo_dir) if memo_dir is not None else None
    known = len(memo.old["text"]) if memo is not None else 0
    if workers > 1 and len(files) - known >= PARALLEL_MIN_DOCS:  # many texts new to the memo
        memo = memo if memo is not None else IngestMemo(None)  # held for this call only
        prefill_memo(files, seeds_dir, memo, workers)
    for path in files:
        doc = read_document(path, seeds_dir, memo)
        key = whitespace_key(doc.text)
        if key in seen:
            warnings.append(
                SkippedSource(str(path), f"same text as {seen[key]} (up to whitespace); skipped", seen[key])
            )
            continue
        warnings.extend(doc.warnings)
        seen[key] = path.name
        docs.append(doc)
    if memo is not None:
        memo.save()
    return docs, warnings


def build_sources(docs: list[Document]) -> pd.DataFrame:
    """The `sources` table."""
    return pd.DataFrame(
        [
            {
                "source_id": d.source_id,
                "title": d.title,
                "dateline": d.dateline,
                "agency": d.agency,
                "outlet": d.outlet,
                "url": d.url,
                "language": d.language,
                "published_date": d.published_date,
                "seed_file": d.seed_file,
                "content_sha256": sha256_text(d.text),
                "char_count": len(d.text),
            }
            for d in docs
        ],
        columns=[
            "source_id",
            "title",
            "dateline",
            "agency",
            "outlet",
            "url",
            "language",
            "published_date",
            "seed_file",
            "content_sha256",
            "char_count",
        ],
    )
