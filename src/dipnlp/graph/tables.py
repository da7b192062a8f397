"""pandas tables of a dipnlp graph: one row per event, one row per entity.

pandas is imported inside the functions, so that ``import dipnlp`` stays cheap.

>>> from dipnlp.graph.build import build_graph
>>> G = build_graph([{"id": "a", "meetings": [
...     {"participants": ["Ann", "Bob"], "date": "2019-02", "status": "planned"}]}])
>>> row = triples_frame(G).loc["meeting:1"]
>>> row["subject"], row["predicate"], row["object"], row["date_start"]
('Ann', 'met', 'Bob', datetime.date(2019, 2, 1))
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from dipnlp.graph.dates import date_interval
from dipnlp.graph.query import events

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

TRIPLE_COLUMNS = [
    "id", "kind", "subject", "predicate", "object", "date", "date_start", "date_end",
    "status", "venue", "traveler", "destination", "origin", "participants", "sides",
    "n_articles", "articles", "rules", "evidence", "statuses", "dates", "venues", "origins",
    "sources", "label",
]
ENTITY_COLUMNS = [
    "id", "kind", "name", "aliases", "roles", "orgs", "country", "n_articles", "articles",
    "n_mentions", "n_meetings", "n_travels", "role_history",
]


def _triple(data: dict[str, Any]) -> tuple[str | None, str, str | None]:
    """Return subject, predicate and object of an event's attributes."""
    if data.get("kind") == "travel":
        return data.get("traveler"), "travelled_to", data.get("destination")
    sides = data.get("sides") or [[p] for p in data.get("participants", [])]
    first, others = (sides[0], sides[1:]) if sides else ([], [])
    return "; ".join(first), "met", "; ".join(p for side in others for p in side) or None


def _event_row(G: nx.Graph, node: str) -> dict[str, Any]:
    """Return the table row of one event node."""
    data = G.nodes[node]
    subject, predicate, obj = _triple(data)
    days = date_interval(data.get("date"))
    mentions = [m for s in data.get("sources", []) for m in s.get("mentions", [])]
    return {**data, "id": node, "subject": subject, "predicate": predicate, "object": obj,
            "date_start": days[0] if days else None, "date_end": days[1] if days else None,
            "evidence": mentions[0].get("text") if mentions else None}


def triples_frame(G: nx.Graph, nodes: Iterable[str] | None = None) -> pd.DataFrame:
    """Return one row per meeting or travel, with every attribute, indexed by node id.

    Parameters
    ----------
    G : networkx.Graph
        A graph from :func:`dipnlp.graph.build_graph` (or a subgraph of one).
    nodes : iterable of str, optional
        The events to list (as returned by the query functions); all by default.

    Returns
    -------
    pandas.DataFrame
        Columns ``subject``, ``predicate`` (``met`` or ``travelled_to``) and
        ``object``; ``date`` as reported and its first and last day
        (``date_start``, ``date_end``, :class:`datetime.date`); ``status``;
        places; ``evidence`` (the first mention's text); and the node's list
        attributes (``sources``, ``statuses``, ...). Rows are sorted by date.
    """
    import pandas as pd

    chosen = events(G) if nodes is None else list(nodes)
    rows = [_event_row(G, n) for n in chosen]
    extra = sorted({k for row in rows for k in row} - set(TRIPLE_COLUMNS))
    frame = pd.DataFrame(rows, columns=TRIPLE_COLUMNS + extra)
    return frame.set_index("id")


def _entity_row(G: nx.Graph, node: str) -> dict[str, Any]:
    """Return the table row of one entity node."""
    data = G.nodes[node]
    kinds = [G.nodes[n].get("kind") for n in G.successors(node)] if G.is_directed() else []
    orgs = sorted({G.nodes[n].get("name", n) for n in G.successors(node)
                   if G.nodes[n].get("kind") == "org"}) if G.is_directed() else []
    return {**data, "id": node, "orgs": orgs, "n_articles": len(data.get("articles", [])),
            "n_meetings": kinds.count("meeting"), "n_travels": kinds.count("travel")}


def entities_frame(G: nx.Graph, kind: str | None = None) -> pd.DataFrame:
    """Return one row per person, organisation and venue, indexed by node id.

    Parameters
    ----------
    G : networkx.Graph
        A dipnlp graph.
    kind : {"person", "org", "venue"}, optional
        Keep only the entities of this kind.

    Examples
    --------
    >>> from dipnlp.graph.build import build_graph
    >>> G = build_graph([{"id": "a", "travels": [{"traveler": "Ann", "destination": "Oslo"}]}])
    >>> entities_frame(G)["n_travels"].to_dict()
    {'person:ann': 1, 'venue:oslo': 0}
    """
    import pandas as pd

    kinds = ("person", "org", "venue") if kind is None else (kind,)
    nodes = sorted(n for n, d in G.nodes(data=True) if d.get("kind") in kinds)
    rows = [_entity_row(G, n) for n in nodes]
    extra = sorted({k for row in rows for k in row} - set(ENTITY_COLUMNS) - {"label"})
    frame = pd.DataFrame(rows, columns=ENTITY_COLUMNS + extra)
    return frame.set_index("id")
