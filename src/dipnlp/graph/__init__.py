"""The dipnlp graph: people, organisations, venues, meetings and travels of a corpus.

Build it from article records, write it for Gephi or yEd, ask it questions,
turn it into pandas tables. Nothing here imports spaCy; pandas is imported only
by the table functions. ``docs/graph.md`` describes the model.

>>> from dipnlp.graph import build_graph, meetings_between
>>> rec = {"id": "a", "date": "2019-01-18", "meetings": [
...     {"participants": ["Donald Trump", "Kim Yong Chol"], "date": "2019-01-18"}]}
>>> G = build_graph([rec, {**rec, "id": "b", "date": "2019-01-22"}])
>>> [G.nodes[m]["articles"] for m in meetings_between(G, "donald trump", "Kim Yong-chol")]
[['a', 'b']]
"""
from dipnlp.graph.build import build_graph
from dipnlp.graph.dates import date_interval, dates_compatible
from dipnlp.graph.events import merge_events
from dipnlp.graph.html import to_html
from dipnlp.graph.io import read_graph, write_graph
from dipnlp.graph.query import (
    ego_network,
    events,
    find_person,
    meetings_between,
    meetings_in,
    meetings_of,
    person_network,
    time_slice,
    travels_in,
)
from dipnlp.graph.tables import entities_frame, triples_frame

__all__ = [
    "build_graph",
    "date_interval",
    "dates_compatible",
    "ego_network",
    "entities_frame",
    "events",
    "find_person",
    "meetings_between",
    "meetings_in",
    "meetings_of",
    "merge_events",
    "person_network",
    "read_graph",
    "time_slice",
    "to_html",
    "travels_in",
    "triples_frame",
    "write_graph",
]
