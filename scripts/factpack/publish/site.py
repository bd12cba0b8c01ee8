"""The release site: static HTML pages to browse a package, working offline from file://.

`index.html` holds a timeline of dated events by type (drawn by Chart.js, vendored in
`publish/vendor/` and copied beside the page; the events are embedded as JSON, since
file:// pages cannot fetch), the events and claims with their evidence, filters by actor,
type and source (inline JavaScript that hides rows and timeline bars), and
`actors/<actor_id>.html` one page per actor. Nothing is fetched from the network; every row
is in the HTML, so the tables read without JavaScript too. Output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import pandas as pd

from factpack.contract.files import read_descriptor, read_table
from factpack.publish.citation import citation_text, licence

VENDOR = Path(__file__).parent / "vendor"
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
  function keepVals(actors, type, source){
    var a = sel.actor.value, t = sel.type.value, s = sel.source.value;
    if (a && (' ' + actors + ' ').indexOf(' ' + a + ' ') < 0) return false;
    if (t && type !== null && type !== t) return false;
    if (s && source !== s) return false;
    return true;
  }
  function keep(el){
    return keepVals(el.getAttribute('data-actors'), el.getAttribute('data-type'),
                    el.getAttribute('data-source'));
  }
  var timeline = (function(){
    var el = document.getElementById('timeline-data');
    if (!el || typeof Chart === 'undefined') return null;
    var d = JSON.parse(el.textContent), DAY = 86400000;
    function day(s){ return Date.parse(s + 'T00:00:00Z') / DAY; }
    function iso(v){ return new Date(Math.round(v) * DAY).toISOString().slice(0, 10); }
    var all = d.quads.map(function(q){
      return d.events.filter(function(e){ return e.quad === q.code; }).map(function(e){
        return {x: [day(e.start), day(e.end) + 1], y: e.type_label, ev: e};
      });
    });
    var chart = new Chart(document.getElementById('timeline-chart'), {
      type: 'bar',
      data: {labels: d.lanes, datasets: d.quads.map(function(q, i){
        return {label: q.label, backgroundColor: q.colour, data: all[i], grouped: false,
                minBarLength: 4, borderSkipped: false};
      })},
      options: {indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        scales: {x: {type: 'linear', min: day(d.min), max: day(d.max) + 1,
                     ticks: {maxTicksLimit: 12, callback: function(v){ return iso(v); }}}},
        plugins: {tooltip: {callbacks: {label: function(c){
          var e = c.raw.ev; return e.start + ' to ' + e.end + ': ' + e.evidence; }}}}}
    });
    return {chart: chart, all: all};
  })();
  function apply(){
    ['events', 'claims'].forEach(function(id){
      var rows = document.querySelectorAll('#' + id + ' tbody tr'), n = 0;
      rows.forEach(function(r){ var k = keep(r); r.hidden = !k; if (k) n++; });
      document.getElementById(id + '-count').textContent = n + ' of ' + rows.length;
      document.body.setAttribute('data-' + id + '-shown', n);
    });
    if (timeline) {
      var marks = 0;
      timeline.chart.data.datasets.forEach(function(ds, i){
        ds.data = timeline.all[i].filter(function(p){
          return keepVals(p.ev.actors, p.ev.type, p.ev.source); });
        marks += ds.data.length;
      });
      timeline.chart.update('none');
      document.body.setAttribute('data-timeline-marks', marks);
    }
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


def page(title: str, body: str, script: str = "", scripts: tuple[str, ...] = ()) -> bytes:
    """An HTML page; `scripts` are local script files (relative paths), loaded before `script`."""
    js = "".join(f'<script src="{esc(src)}"></script>\n' for src in scripts)
    js += f"<script>\n{script}\n</script>\n" if script else ""
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n{body}\n{js}"
        f"</body>\n</html>\n"
    ).encode()


def _dates(v: Any) -> dt.date | None:
    return v if isinstance(v, dt.date) else None


CHART_JS = "chart.umd.min.js"  # Chart.js, vendored (publish/vendor/VENDOR.md)


def timeline_data(events: pd.DataFrame, event_types: pd.DataFrame) -> dict[str, Any] | None:
    """What the timeline chart draws: dated events as spans, one lane per event type."""
    dated = events[[isinstance(v, dt.date) for v in events["date_start"]]]
    if dated.empty:
        return None
    quad = dict(zip(event_types["event_type"], event_types["quad_class"], strict=True))
    label = dict(zip(event_types["event_type"], event_types["label"], strict=True))
    present = set(dated["event_type"])
    rows = []
    for r in dated.itertuples(index=False):
        end = r.date_end if isinstance(r.date_end, dt.date) else r.date_start
        actors = " ".join(a for a in (r.actor_id, r.target_actor_id) if isinstance(a, str))
        rows.append({"start": r.date_start.isoformat(), "end": end.isoformat(), "type": r.event_type,
                     "type_label": label[r.event_type], "quad": quad[r.event_type],
                     "actors": actors, "source": r.source_id, "evidence": r.evidence})
    return {
        "lanes": [label[t] for t in event_types["event_type"] if t in present],
        "quads": [{"code": q, "label": q.replace("_", " "), "colour": c} for q, c in QUAD_COLOURS.items()],
        "min": min(e["start"] for e in rows)[:8] + "01",
        "max": max(e["end"] for e in rows),
        "events": rows,
    }


def timeline_html(events: pd.DataFrame, event_types: pd.DataFrame) -> str:
    """A canvas drawn by Chart.js from the events embedded as JSON (no fetch: works from file://)."""
    data = timeline_data(events, event_types)
    if data is None:
        return '<p class="muted">No event in this package has a date.</p>'
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    height = 60 + 34 * len(data["lanes"])
    return (f'<div style="position:relative;height:{height}px"><canvas id="timeline-chart" '
            f'role="img" aria-label="Timeline of dated events by type"></canvas></div>\n'
            f"<noscript><p>The timeline needs JavaScript; the tables below do not.</p></noscript>\n"
            f'<script type="application/json" id="timeline-data">{text}</script>')


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
{timeline_html(ev, t["event_types"])}
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
    return page(desc["title"], body, FILTER_JS, scripts=(CHART_JS,))


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
    out.update({name: (VENDOR / name).read_bytes() for name in (CHART_JS, "chart.js-LICENSE.md")})
    for actor in t["actors"].to_dict("records"):
        out[f"actors/{actor['actor_id']}.html"] = actor_page(desc, t, actor)
    return out
