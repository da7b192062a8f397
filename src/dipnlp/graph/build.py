"""Build one networkx graph of people, organisations, venues and events.

The graph is a :class:`networkx.MultiDiGraph` whose meetings and travels are
nodes of their own (``kind`` ``"meeting"`` or ``"travel"``), linked to the
people, venues and origins they involve; ``docs/graph.md`` says why. Attributes
that are unknown are left out rather than set to None.

>>> G = build_graph([{"id": "a", "date": "2019-01-18", "entities": [
...     {"id": "person:ann", "name": "Ann", "label": "PERSON", "roles": ["envoy"]},
...     {"id": "person:bob", "name": "Bob", "label": "PERSON"}],
...     "meetings": [{"participants": ["Ann", "Bob"], "status": "occurred"}]}])
>>> sorted(G.nodes)
['meeting:1', 'person:ann', 'person:bob']
>>> sorted(u for u, _ in G.in_edges("meeting:1"))
['person:ann', 'person:bob']
>>> G.nodes["person:ann"]["roles"]
['envoy']
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from dipnlp.graph.events import Event, merge_events
from dipnlp.graph.names import NameIndex

Record = dict[str, Any]
_KINDS = {"PERSON": "person", "ORG": "org", "VENUE": "venue"}
GRAPH_VERSION = 1


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop None values and empty lists: the graph leaves unknowns out."""
    return {k: v for k, v in attrs.items() if v is not None and v != []}


def _drop_empty(data: dict[str, Any]) -> None:
    """Delete the empty lists of an attribute dict, in place."""
    for key in [k for k, v in data.items() if v == []]:
        del data[key]


def _ensure_node(G: nx.MultiDiGraph, node: str, name: str, kind: str) -> None:
    """Add a bare entity node for a name that no entity record described."""
    if node not in G:
        G.add_node(node, kind=kind, name=name, label=name)


def _add_entity(G: nx.MultiDiGraph, record: Record, ent: Record, index: NameIndex) -> None:
    """Add or update the node of one entity of one article."""
    kind = _KINDS[ent["label"]]
    node = ent.get("id") or index.lookup(kind, ent["name"])
    _ensure_node(G, node, ent["name"], kind)
    data = G.nodes[node]
    aliases = set(data.get("aliases", [])) | set(ent.get("aliases") or [])
    data["aliases"] = sorted(aliases - {data["name"]})
    articles = data.setdefault("articles", [])
    if record.get("id") is not None and record["id"] not in articles:
        articles.append(record["id"])
    data["n_mentions"] = data.get("n_mentions", 0) + len(ent.get("mentions") or [])
    if ent.get("country"):
        data["country"] = ent["country"]
    if kind == "person":
        _add_roles(G, node, record, ent, index)
    _drop_empty(data)


def _add_roles(G: nx.MultiDiGraph, node: str, record: Record, ent: Record, index: NameIndex) -> None:
    """Record a person's roles in an article, and link the organisations named."""
    data = G.nodes[node]
    role_orgs = {r.get("role"): r for r in ent.get("role_orgs") or []}
    for role in dict.fromkeys([*(ent.get("roles") or []), *role_orgs]):
        if not role:
            continue
        if role not in data.setdefault("roles", []):
            data["roles"].append(role)
        link = role_orgs.get(role, {})
        seen = _clean({"role": role, "org": link.get("org"), "country": link.get("country"),
                       "article": record.get("id"), "article_date": record.get("date")})
        data.setdefault("role_history", []).append(seen)
        if link.get("org"):
            _add_role_edge(G, node, index.org(link["org"]), link, record)


def _add_role_edge(G: nx.MultiDiGraph, person: str, org: str, link: Record, record: Record) -> None:
    """Add (or extend) the person -> organisation edge of one role."""
    _ensure_node(G, org, link["org"], "org")
    key = f"role:{link['role']}"
    if not G.has_edge(person, org, key):
        G.add_edge(person, org, key=key, **_clean(
            {"kind": "role", "role": link["role"], "country": link.get("country")}))
    data = G.edges[person, org, key]
    if record.get("id") is not None and record["id"] not in data.setdefault("articles", []):
        data["articles"].append(record["id"])
    if record.get("date") and record["date"] not in data.setdefault("dates", []):
        data["dates"].append(record["date"])
    _drop_empty(data)


def _event_label(event: Event) -> str:
    """Return a short human label for an event node."""
    if event["kind"] == "meeting":
        who = " – ".join(event["participants"])
    else:
        who = f"{event['traveler']} → {event.get('destination') or '?'}"
    return f"{who} ({event['date']})" if event.get("date") else who


def _add_meeting(G: nx.MultiDiGraph, node: str, event: Event, index: NameIndex) -> None:
    """Add a meeting node, its participant edges and its venue edge."""
    attrs = {k: v for k, v in event.items() if k not in {"key", "articles"}}
    G.add_node(node, **_clean({**attrs, "label": _event_label(event),
                               "articles": event["articles"], "n_articles": len(event["articles"])}))
    side_of = {name: i for i, side in enumerate(event["sides"]) for name in side}
    for name in event["participants"]:
        person = index.person(name)
        _ensure_node(G, person, name, "person")
        G.add_edge(person, node, key="participant", **_clean(
            {"kind": "participant", "side": side_of.get(name)}))
    if event.get("venue"):
        venue = index.venue(event["venue"])
        _ensure_node(G, venue, event["venue"], "venue")
        G.add_edge(node, venue, key="venue", kind="venue")


def _add_travel(G: nx.MultiDiGraph, node: str, event: Event, index: NameIndex) -> None:
    """Add a travel node and its traveler, destination and origin edges."""
    attrs = {k: v for k, v in event.items() if k not in {"key", "articles"}}
    G.add_node(node, **_clean({**attrs, "label": _event_label(event),
                               "articles": event["articles"], "n_articles": len(event["articles"])}))
    if event.get("traveler"):
        person = index.person(event["traveler"])
        _ensure_node(G, person, event["traveler"], "person")
        G.add_edge(person, node, key="traveler", kind="traveler")
    for role in ("destination", "origin"):
        if event.get(role):
            venue = index.venue(event[role])
            _ensure_node(G, venue, event[role], "venue")
            G.add_edge(node, venue, key=role, kind=role)


def build_graph(records: Iterable[Record]) -> nx.MultiDiGraph:
    """Build the graph of a corpus from its article records.

    Parameters
    ----------
    records : iterable of dict
        One record per article, as ``dipnlp extract`` writes them
        (``docs/output.md``); optional keys may be missing.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes of ``kind`` ``person``, ``org``, ``venue``, ``meeting`` and
        ``travel``; edges of ``kind`` ``participant``, ``venue``, ``traveler``,
        ``destination``, ``origin`` and ``role``. The same event reported by
        several articles is one node listing every source.

    Examples
    --------
    >>> rec = {"id": "a", "travels": [{"traveler": "Ann", "destination": "Oslo",
    ...        "origin": "Rome", "date": "2019-01-17", "status": "occurred"}]}
    >>> G = build_graph([rec, {**rec, "id": "b"}])
    >>> [(n, d["articles"]) for n, d in G.nodes(data=True) if d["kind"] == "travel"]
    [('travel:1', ['a', 'b'])]
    >>> sorted(k for _, _, k in G.edges(keys=True))
    ['destination', 'origin', 'traveler']
    """
    records = list(records)
    index = NameIndex(records)
    G = nx.MultiDiGraph(dipnlp_graph=GRAPH_VERSION)
    G.graph["articles"] = [_clean({"id": r.get("id"), "source": r.get("source"),
                                   "date": r.get("date")}) for r in records]
    for record in records:
        for ent in record.get("entities") or []:
            if ent.get("label") in _KINDS and ent.get("name"):
                _add_entity(G, record, ent, index)
    events = merge_events(records, index)
    for i, event in enumerate(events["meeting"], start=1):
        _add_meeting(G, f"meeting:{i}", event, index)
    for i, event in enumerate(events["travel"], start=1):
        _add_travel(G, f"travel:{i}", event, index)
    return G
