"""The release site: static HTML pages to browse a package, working offline from file://.

`index.html` holds a timeline of dated events by type (inline SVG drawn here, no JavaScript
library), the events and claims with their evidence, filters by actor, type and source (a
few lines of inline JavaScript that only hide rows), and `actors/<actor_id>.html` one page per
actor. Nothing is fetched from the network; every row is in the HTML, so the pages read
without JavaScript too. Output is deterministic (no build time in it).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

import pandas as pd

from factpack.contract.files import read_descriptor, read_table
from factpack.publish.citation import citation_text, licence

QUAD_COLOURS = {
    "verbal_cooperation": "#4e79a7",
    "material_cooperation": "#59a14f",
    "verbal_conflict": "#f28e2b",
    "material_conflict": "#e15759",
}

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:1200px;padding:0 1em;
color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4;position:sticky;top:0}
.evidence{font-style:italic;color:#444}.muted{color:#777}.code{font-family:monospace}
.filters{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0;padding:.6em;background:#f8f8f8}
.legend span{display:inline-block;margin-right:1em}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
svg text{font:11px system-ui,sans-serif;fill:#333}
""".strip()

FILTER_JS = """
(function(){
  var sel = {actor: document.getElementById('f-actor'), type: document.getElementById('f-type'),
             source: document.getElementById('f-source')};
  function keep(el){
    var a = sel.actor.value, t = sel.type.value, s = sel.source.value;
    if (a && (' ' + el.getAttribute('data-actors') + ' ').indexOf(' ' + a + ' ') < 0) return false;
    if (t && el.hasAttribute('data-type') && el.getAttribute('data-type') !== t) return false;
    if (s && el.getAttribute('data-source') !== s) return false;
    return true;
  }
  function apply(){
    ['events', 'claims'].forEach(function(id){
      var rows = document.querySelectorAll('#' + id + ' tbody tr'), n = 0;
      rows.forEach(function(r){ var k = keep(r); r.hidden = !k; if (k) n++; });
      document.getElementById(id + '-count').textContent = n + ' of ' + rows.length;
      document.body.setAttribute('data-' + id + '-shown', n);
    });
    document.querySelectorAll('#timeline .mark').forEach(function(m){
      m.style.display = keep(m) ? '' : 'none';
    });
  }
  var q = new URLSearchParams(window.location.search);
  Object.keys(sel).forEach(function(k){
    if (q.get(k)) sel[k].value = q.get(k);
    sel[k].addEventListener('change', apply);
  });
  apply();
})();
""".strip()


EVENT_COLUMNS = ("date", "type", "actor", "target", "modality", "evidence", "source")
CLAIM_COLUMNS = ("claimant", "cue", "quote", "claim", "about", "evidence", "source")


def esc(v: Any) -> str:
    """HTML-escaped text of a cell; empty for a null."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    return html.escape(str(v))


def page(title: str, body: str, script: str = "") -> bytes:
    js = f"<script>\n{script}\n</script>\n" if script else ""
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n{body}\n{js}"
        f"</body>\n</html>\n"
    ).encode()


def _dates(v: Any) -> dt.date | None:
    return v if isinstance(v, dt.date) else None


def timeline_svg(events: pd.DataFrame, event_types: pd.DataFrame, width: int = 1100) -> str:
    """Events with a date as bars from date_start to date_end, one lane per event type."""
    dated = events[[_dates(v) is not None for v in events["date_start"]]]
    if dated.empty:
        return '<p class="muted" id="timeline">No event in this package has a date.</p>'
    quad = dict(zip(event_types["event_type"], event_types["quad_class"], strict=True))
    label = dict(zip(event_types["event_type"], event_types["label"], strict=True))
    lanes = [t for t in event_types["event_type"] if t in set(dated["event_type"])]
    lo = min(dated["date_start"])
    hi = max(e or s for s, e in zip(dated["date_start"], dated["date_end"], strict=True))
    lo, hi = lo.replace(day=1), hi + dt.timedelta(days=1)
    left, lane_h, top = 110, 26, 24
    plot_w = width - left - 20
    span = max((hi - lo).days, 1)

    def x(d: dt.date) -> float:
        return left + plot_w * (d - lo).days / span

    height = top + lane_h * len(lanes) + 30
    parts = [
        f'<svg id="timeline" role="img" aria-label="Timeline of dated events by type" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, t in enumerate(lanes):
        y = top + i * lane_h
        parts.append(f'<rect x="{left}" y="{y}" width="{plot_w}" height="{lane_h - 4}" fill="#f6f6f6"/>')
        parts.append(
            f'<text x="{left - 6}" y="{y + lane_h / 2 + 2}" text-anchor="end">{esc(label[t])}</text>'
        )
    for d in month_ticks(lo, hi):
        parts.append(
            f'<line x1="{x(d):.1f}" x2="{x(d):.1f}" y1="{top - 4}" y2="{height - 24}" stroke="#ccc"/>'
        )
        parts.append(f'<text x="{x(d):.1f}" y="{height - 10}" text-anchor="middle">{d:%Y-%m}</text>')
    for r in dated.itertuples(index=False):
        y = top + lanes.index(r.event_type) * lane_h + 3
        end = (r.date_end or r.date_start) + dt.timedelta(days=1)
        x0, w = x(r.date_start), max(x(end) - x(r.date_start), 4)
        actors = " ".join(a for a in (r.actor_id, r.target_actor_id) if isinstance(a, str))
        tip = f"{r.event_type} {r.date_start}..{r.date_end}: {r.evidence}"
        parts.append(
            f'<rect class="mark" data-type="{esc(r.event_type)}" data-actors="{esc(actors)}" '
            f'data-source="{esc(r.source_id)}" x="{x0:.1f}" y="{y}" width="{w:.1f}" '
            f'height="{lane_h - 10}" fill="{QUAD_COLOURS.get(quad[r.event_type], "#999")}" '
            f'fill-opacity="0.75"><title>{esc(tip)}</title></rect>'
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{c}"></i>{esc(q.replace("_", " "))}</span>'
        for q, c in QUAD_COLOURS.items()
    )
    return "\n".join(parts) + f'\n<p class="legend">{legend}</p>'


def month_ticks(lo: dt.date, hi: dt.date, most: int = 12) -> list[dt.date]:
    """First days of months between lo and hi, thinned to at most `most`."""
    months, d = [], lo.replace(day=1)
    while d <= hi:
        months.append(d)
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    step = max(1, -(-len(months) // most))
    return months[::step]


def _options(pairs: list[tuple[str, str]], label: str, ident: str) -> str:
    opts = "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for v, t in pairs)
    return f'<label>{label} <select id="{ident}"><option value="">all</option>{opts}</select></label>'


def _actor_link(aid: Any, names: dict[str, str], prefix: str) -> str:
    if not isinstance(aid, str):
        return ""
    return f'<a href="{prefix}actors/{esc(aid)}.html">{esc(names.get(aid, aid))}</a>'


def short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _source_link(sid: str, sources: dict[str, dict]) -> str:
    s = sources.get(sid, {})
    full = str(s.get("title") or s.get("seed_file") or sid)
    title = f'<span title="{esc(full)}">{esc(short(full))}</span>'
    return f'<a href="{esc(s["url"])}">{title}</a>' if isinstance(s.get("url"), str) else title


def events_table(
    ev: pd.DataFrame,
    names: dict[str, str],
    labels: dict[str, str],
    sources: dict[str, dict],
    prefix: str = "",
) -> str:
    rows = []
    for r in ev.itertuples(index=False):
        actors = " ".join(a for a in (r.actor_id, r.target_actor_id) if isinstance(a, str))
        date = esc(r.date_start) + (
            "" if r.date_end == r.date_start or r.date_end is None else " – " + esc(r.date_end)
        )
        rows.append(
            f'<tr data-type="{esc(r.event_type)}" data-actors="{esc(actors)}" '
            f'data-source="{esc(r.source_id)}">'
            f"<td>{date}</td><td>{esc(labels.get(r.event_type, r.event_type))}</td>"
            f"<td>{_actor_link(r.actor_id, names, prefix)}</td>"
            f"<td>{_actor_link(r.target_actor_id, names, prefix)}</td><td>{esc(r.modality)}</td>"
            f'<td class="evidence">{esc(r.evidence)}</td><td>{_source_link(r.source_id, sources)}</td></tr>'
        )
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in EVENT_COLUMNS) + "</tr>"
    return f'<table id="events"><thead>{head}</thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"


def claims_table(cl: pd.DataFrame, names: dict[str, str], sources: dict[str, dict], prefix: str = "") -> str:
    rows = []
    for r in cl.itertuples(index=False):
        actors = " ".join(a for a in (r.claimant_actor_id, r.subject_actor_id) if isinstance(a, str))
        claimant = _actor_link(r.claimant_actor_id, names, prefix) or esc(r.claimant_text)
        rows.append(
            f'<tr data-actors="{esc(actors)}" data-source="{esc(r.source_id)}">'
            f"<td>{claimant}</td><td>{esc(r.cue)}</td><td>{esc(r.quote_type)}</td>"
            f"<td>{esc(r.claim_text)}</td><td>{_actor_link(r.subject_actor_id, names, prefix)}</td>"
            f'<td class="evidence">{esc(r.evidence)}</td><td>{_source_link(r.source_id, sources)}</td></tr>'
        )
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in CLAIM_COLUMNS) + "</tr>"
    return f'<table id="claims"><thead>{head}</thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"


def _header(desc: dict[str, Any], prefix: str) -> str:
    lic = licence(desc)
    return (
        f'<p class="muted"><a href="{prefix}index.html">{esc(desc["title"])}</a> · version '
        f"{esc(desc['version'])} · created {esc(str(desc['created'])[:10])} · data licence "
        f"{esc(lic)}</p>"
    )


def index_page(desc: dict[str, Any], t: dict[str, pd.DataFrame]) -> bytes:
    names = dict(zip(t["actors"]["actor_id"], t["actors"]["name"], strict=True))
    labels = dict(zip(t["event_types"]["event_type"], t["event_types"]["label"], strict=True))
    sources = {r["source_id"]: r for r in t["sources"].to_dict("records")}
    ev, cl = t["events"], t["claims"]
    involved = (
        set(ev["actor_id"].dropna())
        | set(ev["target_actor_id"].dropna())
        | set(cl["claimant_actor_id"].dropna())
        | set(cl["subject_actor_id"].dropna())
    )
    actor_opts = sorted(((a, names[a]) for a in involved if a in names), key=lambda p: p[1].casefold())
    type_opts = [(k, v) for k, v in labels.items() if k in set(ev["event_type"])]
    source_opts = [(s, short(str(r.get("title") or r["seed_file"]))) for s, r in sources.items()]
    actor_list = "".join(
        f'<li><a href="actors/{esc(a)}.html">{esc(n)}</a></li>'
        for a, n in sorted(names.items(), key=lambda p: p[1].casefold())
    )
    body = f"""<h1>{esc(desc["title"])}</h1>
{_header(desc, "")}
<p>{len(t["sources"])} sources · {len(t["actors"])} actors · {len(ev)} events · {len(cl)} claims.
Every event and claim quotes its evidence from the source text.</p>
<h2>Timeline of dated events</h2>
{timeline_svg(ev, t["event_types"])}
<div class="filters">{_options(actor_opts, "Actor", "f-actor")}
{_options(type_opts, "Event type", "f-type")}
{_options(source_opts, "Source", "f-source")}</div>
<h2>Events (<span id="events-count">{len(ev)}</span>)</h2>
{events_table(ev, names, labels, sources)}
<h2>Claims (<span id="claims-count">{len(cl)}</span>)</h2>
{claims_table(cl, names, sources)}
<h2>Actors</h2>
<ul>{actor_list}</ul>
<h2>How to cite</h2>
<p>{esc(citation_text(desc))}</p>
<p class="muted">Quoted evidence remains the copyright of its publishers. Generated by factpack.</p>"""
    return page(desc["title"], body, FILTER_JS)


def actor_page(desc: dict[str, Any], t: dict[str, pd.DataFrame], actor: dict[str, Any]) -> bytes:
    aid = actor["actor_id"]
    names = dict(zip(t["actors"]["actor_id"], t["actors"]["name"], strict=True))
    labels = dict(zip(t["event_types"]["event_type"], t["event_types"]["label"], strict=True))
    sources = {r["source_id"]: r for r in t["sources"].to_dict("records")}
    ev, cl = t["events"], t["claims"]
    ev = ev[(ev["actor_id"] == aid).fillna(False) | (ev["target_actor_id"] == aid).fillna(False)]
    cl = cl[(cl["claimant_actor_id"] == aid).fillna(False) | (cl["subject_actor_id"] == aid).fillna(False)]
    n_mentions = int((t["mentions"]["actor_id"] == aid).sum())
    facts = " · ".join(
        esc(v) for v in (actor["actor_type"], actor.get("country_code"), actor.get("description")) if esc(v)
    )
    body = f"""<h1>{esc(actor["name"])}</h1>
{_header(desc, "../")}
<p>{facts} · <span class="code">{esc(aid)}</span> · {n_mentions} mentions</p>
<h2>Events ({len(ev)})</h2>
{events_table(ev, names, labels, sources, "../")}
<h2>Claims ({len(cl)})</h2>
{claims_table(cl, names, sources, "../")}"""
    return page(f"{actor['name']} — {desc['title']}", body)


def site_files(package_dir: Path) -> dict[str, bytes]:
    """Every file of the site (relative path -> bytes) for the package in `package_dir`."""
    package_dir = Path(package_dir)
    desc = read_descriptor(package_dir)
    need = ("sources", "actors", "mentions", "events", "claims", "event_types")
    t = {n: read_table(package_dir, n, "parquet") for n in need}
    out = {"index.html": index_page(desc, t)}
    for actor in t["actors"].to_dict("records"):
        out[f"actors/{actor['actor_id']}.html"] = actor_page(desc, t, actor)
    return out
