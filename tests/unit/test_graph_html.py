"""to_html: an offline, self-contained interactive view."""
from __future__ import annotations

import re

import pytest

from dipnlp.graph import build_graph, to_html


@pytest.fixture
def graph():
    return build_graph([{"id": "a", "entities": [
        {"id": "person:ann", "name": "Ann <A&B>", "label": "PERSON", "aliases": ["A"]}],
        "meetings": [{"participants": ["Ann <A&B>", "Bob"], "date": "2019-02"}],
        "travels": [{"traveler": "Bob", "destination": "Oslo"}]}])


def test_page_has_one_circle_per_node_and_one_line_per_edge(graph):
    page = to_html(graph)
    assert page.count("<circle") == graph.number_of_nodes()
    assert page.count("<line") == graph.number_of_edges()


def test_page_loads_nothing_from_the_network(graph):
    page = to_html(graph)
    assert not re.search(r"""(src|href)\s*=|https?://(?!www\.w3\.org/2000/svg)""", page)


def test_labels_are_escaped(graph):
    page = to_html(graph)
    assert "Ann &lt;A&amp;B&gt;" in page and "<A&B>" not in page


def test_same_graph_same_page_and_file_written(graph, tmp_path):
    path = tmp_path / "view.html"
    assert to_html(graph, path) == to_html(graph)
    assert path.read_text(encoding="utf-8") == to_html(graph)


@pytest.mark.parametrize("n", [499, 600])
def test_large_graph_needs_no_scipy(n):
    import networkx as nx

    assert to_html(nx.MultiDiGraph(nx.path_graph(n))).count("<circle") == n
