"""An interactive view of a dipnlp graph that works offline: one HTML string.

The page is self-contained (inline SVG, a few lines of inline JavaScript, no
CDN): hover a node for its attributes, click it to highlight its neighbours,
drag to pan, scroll to zoom. In Jupyter, ``IPython.display.HTML(to_html(G))``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person:ann", kind="person", label="Ann")
>>> G.add_node("meeting:1", kind="meeting", label="Ann – Bob", date="2019-02")
>>> _ = G.add_edge("person:ann", "meeting:1", key="participant")
>>> page = to_html(G)
>>> "<svg" in page and "http" not in page.replace("http://www.w3.org", "")
True
"""
from __future__ import annotations

import html
import json
import zlib
from pathlib import Path
from typing import Any

import networkx as nx

COLORS = {"person": "#4e79a7", "org": "#59a14f", "venue": "#b07aa1",
          "meeting": "#f28e2b", "travel": "#e15759"}
SIZE, MARGIN = 800, 40
MAX_SPRING = 499  # networkx needs scipy (not a dependency) for spring layouts of 500+ nodes

_SCRIPT = """
(function(){
 const svg=document.getElementById('%(id)s'), g=svg.querySelector('g.view');
 let s=1,x=0,y=0,drag=null;
 const apply=()=>g.setAttribute('transform',`translate(${x},${y}) scale(${s})`);
 svg.addEventListener('wheel',e=>{e.preventDefault();s*=e.deltaY<0?1.1:0.9;apply();});
 svg.addEventListener('mousedown',e=>{drag=[e.clientX-x,e.clientY-y];});
 svg.addEventListener('mousemove',e=>{if(drag){x=e.clientX-drag[0];y=e.clientY-drag[1];apply();}});
 svg.addEventListener('mouseup',()=>{drag=null;});
 const nbrs=%(nbrs)s;
 svg.querySelectorAll('g.node').forEach(n=>n.addEventListener('click',e=>{
  e.stopPropagation(); const keep=new Set([n.id,...(nbrs[n.id]||[])]);
  svg.querySelectorAll('g.node').forEach(m=>m.style.opacity=keep.has(m.id)?1:0.15);
  svg.querySelectorAll('line').forEach(l=>l.style.opacity=
    keep.has(l.dataset.u)&&keep.has(l.dataset.v)?1:0.05);}));
 svg.addEventListener('dblclick',()=>svg.querySelectorAll('g.node,line')
  .forEach(m=>m.style.opacity=1));
})();
"""


def _tooltip(node: str, data: dict[str, Any]) -> str:
    """Return the hover text of a node: its id and scalar or short attributes."""
    lines = [str(node)]
    for key, value in data.items():
        if key in {"sources", "role_history", "statuses"}:
            value = f"{len(value)} entries"
        elif isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


def _default_layout(G: nx.Graph, seed: int) -> dict[Any, Any]:
    """Return a seeded spring layout (numpy only: no scipy), circular for huge graphs."""
    H = nx.Graph(G)
    if len(H) > MAX_SPRING:
        return nx.circular_layout(H)
    return nx.spring_layout(H, seed=seed, method="force")


def _positions(G: nx.Graph, layout: dict | None, seed: int) -> dict[Any, tuple[float, float]]:
    """Return pixel positions, from ``layout`` or the default layout."""
    pos = layout or _default_layout(G, seed)
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = (SIZE - 2 * MARGIN) / span
    return {n: (MARGIN + (p[0] - min(xs)) * scale, MARGIN + (p[1] - min(ys)) * scale)
            for n, p in pos.items()}


def _node_svg(i: int, node: str, data: dict[str, Any], xy: tuple[float, float]) -> str:
    """Return the SVG group of one node: a circle, its label and its tooltip."""
    color = COLORS.get(data.get("kind"), "#999999")
    radius = 9 if data.get("kind") in {"meeting", "travel"} else 7
    label = html.escape(str(data.get("label", node)))
    return (f'<g class="node" id="n{i}" style="cursor:pointer">'
            f'<title>{html.escape(_tooltip(node, data))}</title>'
            f'<circle cx="{xy[0]:.1f}" cy="{xy[1]:.1f}" r="{radius}" fill="{color}"/>'
            f'<text x="{xy[0] + radius + 2:.1f}" y="{xy[1] + 4:.1f}" font-size="10">{label}</text></g>')


def to_html(G: nx.Graph, path: str | Path | None = None, layout: dict | None = None,
            seed: int = 7) -> str:
    """Return (and optionally write) a self-contained interactive HTML view of ``G``.

    Parameters
    ----------
    G : networkx.Graph
        A dipnlp graph, or any subgraph of one (``ego_network``, ``time_slice``).
    path : str or pathlib.Path, optional
        Also write the page there.
    layout : dict, optional
        Node positions (``{node: (x, y)}``); by default a spring layout, or a
        circle beyond ``MAX_SPRING`` nodes.
    seed : int
        Seed of the default layout, so that the view is the same every time.

    Returns
    -------
    str
        An HTML fragment (a ``<div>`` with SVG and script) that also works as
        a page on its own.
    """
    pos = _positions(G, layout, seed)
    ids = {n: f"n{i}" for i, n in enumerate(G.nodes)}
    view_id = f"dipnlp-{zlib.crc32(json.dumps(list(ids.values()) + [str(n) for n in ids]).encode())}"
    lines = [f'<line data-u="{ids[u]}" data-v="{ids[v]}" x1="{pos[u][0]:.1f}" y1="{pos[u][1]:.1f}" '
             f'x2="{pos[v][0]:.1f}" y2="{pos[v][1]:.1f}" stroke="#bbbbbb"/>' for u, v in G.edges()]
    nodes = [_node_svg(i, n, d, pos[n]) for i, (n, d) in enumerate(G.nodes(data=True))]
    nbrs = {ids[n]: sorted({ids[m] for m in nx.all_neighbors(G, n)}) for n in G.nodes}
    legend = " ".join(f'<span style="color:{c}">&#9679; {k}</span>' for k, c in COLORS.items())
    page = (f'<div class="dipnlp-graph"><div style="font:12px sans-serif">{legend} '
            f'&mdash; hover: attributes, click: neighbours, double-click: all, scroll: zoom</div>'
            f'<svg id="{view_id}" xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
            f'style="border:1px solid #ddd;font-family:sans-serif"><g class="view">'
            f'{"".join(lines)}{"".join(nodes)}</g></svg>'
            f'<script>{_SCRIPT % {"id": view_id, "nbrs": json.dumps(nbrs)}}</script></div>')
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page
