"""Write and read dipnlp graphs as GraphML, GEXF or node-link JSON.

GraphML and GEXF (Gephi, yEd, Cytoscape) take scalar attributes only, of one
type per key. Before writing, lists and dicts become JSON strings, None values
are left out, dates become ISO strings, and any key whose values are of mixed
types is JSON-encoded as a whole; the graph attribute ``dipnlp_json`` lists the
encoded keys, so that :func:`read_graph` decodes them again. Node-link JSON
keeps everything as it is.

>>> import tempfile, pathlib
>>> G = nx.MultiDiGraph()
>>> G.add_node("person:ann", kind="person", aliases=["A."], label="Ann")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> write_graph(G, path)
>>> nx.read_graphml(path).nodes["person:ann"]["aliases"]
'["A."]'
>>> read_graph(path).nodes["person:ann"]["aliases"]
['A.']
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

FORMATS = (".graphml", ".gexf", ".json")
JSON_KEYS = "dipnlp_json"
GEXF_KEY = "dipnlp_key"
# GEXF has no graph attributes to list the encoded keys in: these are the
# JSON-encoded keys of the graphs that build_graph makes.
GEXF_JSON_KEYS = {
    "node": ["aliases", "articles", "dates", "origins", "participants", "role_history",
             "roles", "rules", "sides", "sources", "statuses", "venues"],
    "edge": ["articles", "dates"],
}


def _scalar(value: Any) -> Any:
    """Return a GraphML/GEXF-safe form of one value (dates as ISO strings)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _keys_to_encode(dicts: Iterable[dict[str, Any]]) -> set[str]:
    """Return the keys whose values are lists/dicts or of mixed types."""
    types: dict[str, set[type]] = {}
    for data in dicts:
        for key, value in data.items():
            if value is not None:
                types.setdefault(key, set()).add(type(_scalar(value)))
    return {k for k, seen in types.items() if len(seen) > 1 or seen & {list, dict, tuple, set}}


def _encode_dict(data: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    """Return the scalar version of one attribute dict."""
    out = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        out[key] = json.dumps(value, ensure_ascii=False, default=str) if key in keys else _scalar(value)
    return out


def encode_graph(G: nx.Graph) -> nx.Graph:
    """Return a copy of ``G`` whose attributes GraphML and GEXF accept.

    Examples
    --------
    >>> G = nx.Graph(tags=["x"]); G.add_node(1, side=0); G.add_node(2, side="a")
    >>> H = encode_graph(G)
    >>> H.nodes[1]["side"], H.graph["tags"], H.graph[JSON_KEYS]
    ('0', '["x"]', '{"graph": ["tags"], "node": ["side"], "edge": []}')
    """
    node_keys = _keys_to_encode(d for _, d in G.nodes(data=True))
    edge_keys = _keys_to_encode(d for *_, d in G.edges(data=True))
    graph_data = {k: v for k, v in G.graph.items() if k != JSON_KEYS}
    graph_keys = _keys_to_encode([graph_data])
    H = G.__class__()
    H.graph.update(_encode_dict(graph_data, graph_keys))
    H.graph[JSON_KEYS] = json.dumps({"graph": sorted(graph_keys), "node": sorted(node_keys),
                                     "edge": sorted(edge_keys)})
    H.add_nodes_from((n, _encode_dict(d, node_keys)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((u, v, k, _encode_dict(d, edge_keys))
                         for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((u, v, _encode_dict(d, edge_keys)) for u, v, d in G.edges(data=True))
    return H


def decode_graph(G: nx.Graph) -> nx.Graph:
    """Decode, in place, the attributes that :func:`encode_graph` JSON-encoded.

    Examples
    --------
    >>> decode_graph(encode_graph(nx.Graph(tags=["x"]))).graph
    {'tags': ['x']}
    """
    keys = json.loads(G.graph.pop(JSON_KEYS, "{}"))
    for key in keys.get("graph", []):
        if key in G.graph:
            G.graph[key] = json.loads(G.graph[key])
    dicts = {"node": [d for _, d in G.nodes(data=True)], "edge": [d for *_, d in G.edges(data=True)]}
    for where, found in dicts.items():
        for data in found:
            for key in keys.get(where, []):
                if key in data:
                    data[key] = json.loads(data[key])
    return G


def _suffix(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Unknown graph format {suffix!r} for {path}: use one of {', '.join(FORMATS)}")
    return suffix


def write_graph(G: nx.Graph, path: str | Path) -> None:
    """Write a graph to ``path`` in the format its suffix names.

    Parameters
    ----------
    G : networkx.Graph
        Usually the result of :func:`dipnlp.graph.build_graph`.
    path : str or pathlib.Path
        Ends in ``.graphml``, ``.gexf`` or ``.json`` (node-link, lossless).

    Raises
    ------
    ValueError
        For any other suffix.
    """
    suffix = _suffix(path)
    if suffix == ".json":
        data = nx.node_link_data(G, edges="edges")
        Path(path).write_text(json.dumps(data, ensure_ascii=False, default=_scalar, indent=1),
                              encoding="utf-8")
    elif suffix == ".graphml":
        nx.write_graphml(encode_graph(G), path)
    else:
        H = encode_graph(G)
        if H.is_multigraph():
            for *_, key, data in H.edges(keys=True, data=True):
                data[GEXF_KEY] = str(key)
        nx.write_gexf(H, path)


def _read_gexf(path: str | Path) -> nx.Graph:
    """Read a GEXF file written by :func:`write_graph`, restoring edge keys."""
    G = nx.read_gexf(path)
    H = nx.MultiDiGraph() if G.is_directed() else nx.MultiGraph()
    H.add_nodes_from(G.nodes(data=True))
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    for u, v, *rest in edges:
        data = dict(rest[-1])
        data.pop("id", None)
        H.add_edge(u, v, key=data.pop(GEXF_KEY, rest[0] if len(rest) > 1 else None), **data)
    H.graph[JSON_KEYS] = json.dumps(GEXF_JSON_KEYS)
    return H


def read_graph(path: str | Path) -> nx.Graph:
    """Read a graph written by :func:`write_graph`, decoding its attributes.

    Parameters
    ----------
    path : str or pathlib.Path
        A ``.graphml``, ``.gexf`` or ``.json`` file.

    Returns
    -------
    networkx.Graph
        For node-link JSON, a graph equal to the one written. For GraphML, the
        same up to the None values that were left out. GEXF keeps no graph
        attributes, so ``G.graph`` comes back empty.
    """
    suffix = _suffix(path)
    if suffix == ".json":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return nx.node_link_graph(data, edges="edges")
    G = nx.read_graphml(path, force_multigraph=True) if suffix == ".graphml" else _read_gexf(path)
    for key in ("node_default", "edge_default", "mode"):
        G.graph.pop(key, None)
    return decode_graph(G)
