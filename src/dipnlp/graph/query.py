"""The questions a notebook user asks of a dipnlp graph, as plain functions.

Every function that takes a person accepts the node id, the canonical name or
any alias, in any case (``"pompeo"``, ``"Kim Yong-chol"``). Functions that
return events return node ids sorted by date (undated last).

>>> from dipnlp.graph.build import build_graph
>>> G = build_graph([{"id": "a", "date": "2019-01-18", "entities": [
...     {"id": "person:mike-pompeo", "name": "Mike Pompeo", "label": "PERSON",
...      "aliases": ["Pompeo"]}],
...     "meetings": [{"participants": ["Mike Pompeo", "Kim Yong Chol"], "date": "2019-01-18"}],
...     "travels": [{"traveler": "Kim Yong Chol", "destination": "Washington", "date": "2019-01-17"}]}])
>>> meetings_of(G, "pompeo")
['meeting:1']
>>> travels_in(G, "2019-01", "2019-01", person="kim yong chol")
['travel:1']
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx

from dipnlp.graph.dates import date_interval, overlaps
from dipnlp.graph.names import fold

EVENT_KINDS = ("meeting", "travel")
DateLike = str | dt.date | None


def find_person(G: nx.Graph, person: str) -> str:
    """Return the node id of a person given by id, name or alias.

    Raises
    ------
    KeyError
        When no person has that name.
    ValueError
        When the name is an alias of several people (a bare "Kim").

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person:kim-jong-un", kind="person", name="Kim Jong Un", aliases=["Kim"])
    >>> find_person(G, "KIM JONG-UN"), find_person(G, "kim")
    ('person:kim-jong-un', 'person:kim-jong-un')
    """
    if G.nodes.get(person, {}).get("kind") == "person":
        return person
    wanted = fold(person)
    found = [n for n, d in G.nodes(data=True) if d.get("kind") == "person"
             and wanted in {fold(d.get("name", "")), *map(fold, d.get("aliases", []))}]
    if not found:
        raise KeyError(f"No person called {person!r} in the graph")
    exact = [n for n in found if fold(G.nodes[n].get("name", "")) == wanted]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    raise ValueError(f"{person!r} may be any of {sorted(found)}; give a fuller name")


def _by_date(G: nx.Graph, nodes: Iterable[str]) -> list[str]:
    """Sort event nodes by their first day, undated last, then by id."""
    def key(node: str) -> tuple:
        days = date_interval(G.nodes[node].get("date"))
        return (days is None, days[0] if days else dt.date.min, node)
    return sorted(set(nodes), key=key)


def events(G: nx.Graph, kind: str | None = None) -> list[str]:
    """Return the meeting and travel nodes (or those of one ``kind``), by date."""
    kinds = EVENT_KINDS if kind is None else (kind,)
    return _by_date(G, (n for n, d in G.nodes(data=True) if d.get("kind") in kinds))


def _events_of(G: nx.Graph, node: str, kind: str | None = None) -> list[str]:
    """Return the events a person takes part in (as participant or traveler)."""
    kinds = EVENT_KINDS if kind is None else (kind,)
    return _by_date(G, (n for n in G.successors(node) if G.nodes[n].get("kind") in kinds))


def meetings_of(G: nx.Graph, person: str) -> list[str]:
    """Return the meetings a person takes part in.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("person:ann", "meeting:1")])
    >>> G.nodes["person:ann"].update(kind="person", name="Ann")
    >>> G.nodes["meeting:1"]["kind"] = "meeting"
    >>> meetings_of(G, "ANN")
    ['meeting:1']
    """
    return _events_of(G, find_person(G, person), "meeting")


def meetings_between(G: nx.Graph, a: str, b: str) -> list[str]:
    """Return the meetings in which both people take part."""
    theirs = set(meetings_of(G, b))
    return [m for m in meetings_of(G, a) if m in theirs]


def meetings_in(G: nx.Graph, start: DateLike = None, end: DateLike = None) -> list[str]:
    """Return the meetings whose date shares a day with ``start``..``end``.

    Either bound may be None (open); ISO values count whole: ``end="2019-02"``
    runs to 28 February. Undated meetings are never in a period.
    """
    return [m for m in events(G, "meeting") if overlaps(G.nodes[m].get("date"), start, end)]


def travels_in(G: nx.Graph, start: DateLike = None, end: DateLike = None,
               person: str | None = None) -> list[str]:
    """Return the travels in a period, optionally of one person only."""
    found = events(G, "travel") if person is None else _events_of(G, find_person(G, person), "travel")
    return [t for t in found if overlaps(G.nodes[t].get("date"), start, end)]


def _around(G: nx.Graph, event: str) -> set[str]:
    """Return an event with every node it links: people, venues, origins."""
    return {event, *G.predecessors(event), *G.successors(event)}


def ego_network(G: nx.Graph, person: str, radius: int = 1) -> nx.Graph:
    """Return the subgraph around a person: their events and whom and where these involve.

    ``radius`` counts events: 1 gives the person's meetings and travels with
    their participants and places; 2 adds those people's own events; and so
    on. The organisations of every person kept come with their role edges.
    """
    start = find_person(G, person)
    keep, frontier = {start}, {start}
    for _ in range(radius):
        reached: set[str] = set()
        for node in frontier:
            for event in _events_of(G, node):
                reached |= _around(G, event)
        frontier = {n for n in reached - keep if G.nodes[n].get("kind") == "person"}
        keep |= reached
    orgs = {o for p in keep for o in G.successors(p) if G.nodes[o].get("kind") == "org"}
    return G.subgraph(keep | orgs).copy()


def time_slice(G: nx.Graph, start: DateLike = None, end: DateLike = None,
               undated: bool = False) -> nx.Graph:
    """Return the events of a period with the people, places and organisations they involve.

    Events overlap the period as in :func:`meetings_in`; ``undated=True``
    keeps undated events as well.
    """
    kept = [e for e in events(G) if overlaps(G.nodes[e].get("date"), start, end)
            or (undated and date_interval(G.nodes[e].get("date")) is None)]
    nodes = set().union(*(_around(G, e) for e in kept)) if kept else set()
    orgs = {o for p in nodes for o in G.successors(p) if G.nodes[o].get("kind") == "org"}
    return G.subgraph(nodes | orgs).copy()


def person_network(G: nx.Graph) -> nx.Graph:
    """Project the meetings onto people: who met whom, how often, in which meetings.

    Returns
    -------
    networkx.Graph
        People as nodes (with their attributes); an edge per pair that met,
        with ``weight`` (number of meetings) and ``meetings`` (node ids).
    """
    P = nx.Graph()
    for meeting in events(G, "meeting"):
        people = sorted(p for p in G.predecessors(meeting) if G.nodes[p].get("kind") == "person")
        P.add_nodes_from((p, G.nodes[p]) for p in people)
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                data = P.get_edge_data(a, b) or {"weight": 0, "meetings": []}
                P.add_edge(a, b, weight=data["weight"] + 1, meetings=[*data["meetings"], meeting])
    return P
