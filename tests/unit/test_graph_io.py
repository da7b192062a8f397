"""write_graph / read_graph: GraphML, GEXF and node-link JSON round-trips."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from dipnlp.graph import build_graph, read_graph, write_graph
from dipnlp.graph.io import encode_graph

RECORDS = [
    {"id": "a", "source": "a.txt", "date": "2019-01-18",
     "entities": [{"id": "person:ann", "name": "Ann Lee", "label": "PERSON", "aliases": ["Lee"],
                   "roles": ["envoy"], "role_orgs": [{"role": "envoy", "org": "Foreign Ministry",
                                                      "country": "Sweden"}],
                   "mentions": [{"start": 0, "end": 7, "text": "Ann Lee"}]},
                  {"id": "venue:oslo", "name": "Oslo", "label": "VENUE", "country": "Norway"}],
     "meetings": [{"participants": ["Ann Lee", "Bob Ma"], "sides": [["Ann Lee"], ["Bob Ma"]],
                   "date": "2019-01-18", "venue": "Oslo", "status": "occurred", "rule": "meet_with.v1",
                   "evidence": {"start": 10, "end": 40, "text": "Ann Lee met Bob Ma in Oslo"}}],
     "travels": [{"traveler": "Bob Ma", "destination": "Oslo", "origin": "Beijing",
                  "date": "2019-01-17", "status": "occurred", "rule": "travel_to.v1",
                  "evidence": {"start": 50, "end": 70, "text": "Ma flew to Oslo"}}]},
    {"id": "b", "date": "2019-01", "meetings": [
        {"participants": ["Bob Ma", "Ann Lee"], "date": None, "venue": None, "status": "occurred",
         "evidence": {"start": 1, "end": 2, "text": "ü"}}]},
]


@pytest.fixture
def graph():
    return build_graph(RECORDS)


def _same_content(G, H):
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True)) == sorted(H.edges(keys=True, data=True))


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_read_graph_gives_back_what_write_graph_wrote(graph, tmp_path, suffix):
    path = tmp_path / f"g{suffix}"
    write_graph(graph, path)
    H = read_graph(path)
    assert H.is_multigraph() and H.is_directed()
    _same_content(graph, H)


@pytest.mark.parametrize("suffix", [".graphml", ".json"])
def test_graph_attributes_survive(graph, tmp_path, suffix):
    write_graph(graph, tmp_path / f"g{suffix}")
    assert read_graph(tmp_path / f"g{suffix}").graph == graph.graph


def test_node_link_json_is_lossless(graph, tmp_path):
    write_graph(graph, tmp_path / "g.json")
    assert nx.utils.graphs_equal(graph, read_graph(tmp_path / "g.json"))


@pytest.mark.parametrize("reader,suffix", [(nx.read_graphml, ".graphml"), (nx.read_gexf, ".gexf")])
def test_plain_networkx_readers_see_scalar_attributes(graph, tmp_path, reader, suffix):
    write_graph(graph, tmp_path / f"g{suffix}")
    H = reader(tmp_path / f"g{suffix}")
    assert set(H.nodes) == set(graph.nodes)
    values = [v for _, d in H.nodes(data=True) for v in d.values()]
    assert all(isinstance(v, (str, int, float)) for v in values)
    assert H.nodes["meeting:1"]["date"] == "2019-01-18"
    assert sorted(json.loads(H.nodes["meeting:1"]["articles"])) == ["a", "b"]


def test_encoded_graph_has_one_type_per_key(graph):
    graph.add_node("person:odd", kind="person", name="Odd", n_mentions="many", country=None)
    H = encode_graph(graph)
    types = {}
    for _, data in H.nodes(data=True):
        for key, value in data.items():
            types.setdefault(key, set()).add(type(value))
    assert all(len(seen) == 1 for seen in types.values())
    assert "country" not in H.nodes["person:odd"]


def test_mixed_type_key_comes_back_with_its_types(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", side=0)
    G.add_node("b", side="left")
    write_graph(G, tmp_path / "g.graphml")
    H = read_graph(tmp_path / "g.graphml")
    assert (H.nodes["a"]["side"], H.nodes["b"]["side"]) == (0, "left")


def test_parallel_edges_keep_their_keys_in_gexf(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("travel:1", "venue:oslo", key="destination", kind="destination")
    G.add_edge("travel:1", "venue:oslo", key="origin", kind="origin")
    write_graph(G, tmp_path / "g.gexf")
    assert sorted(read_graph(tmp_path / "g.gexf").edges(keys=True)) == sorted(G.edges(keys=True))


def test_unknown_suffix_is_refused(graph, tmp_path):
    with pytest.raises(ValueError, match=".graphml"):
        write_graph(graph, tmp_path / "g.csv")
