"""``dipnlp extract``: outputs, the summary, bad input and exit codes."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from dipnlp.cli import app
from tests.conftest import CORPUS

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("out")
    res = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "-o", str(out / "s.jsonl"),
                              "-o", str(out / "g.graphml"), "-o", str(out / "g.gexf"), "-o", str(out / "g.json"),
                              "--no-progress"])
    return res, out


def test_jsonl_follows_the_output_contract(seeds_run):
    res, out = seeds_run
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in (out / "s.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["000_36b7a8587dcc54e7", "004_bfd6f74117e2bd74"]
    assert [r["date"] for r in lines] == ["2019-01-18", "2019-01-22"]
    for record in lines:
        assert {"id", "source", "date", "entities", "meetings", "travels", "dates"} <= set(record)
        text = open(record["source"], encoding="utf-8").read()
        for ent in record["entities"]:
            assert {"id", "name", "label", "aliases", "mentions"} <= set(ent)
            for m in ent["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for d in record["dates"]:
            assert text[d["start"]:d["end"]] == d["text"]
    ids = {e["name"]: e["id"] for r in lines for e in r["entities"] if e["label"] == "PERSON"}
    assert ids["Mike Pompeo"] == "person:mike-pompeo"  # "Michael Pompeo" in the second seed joins him


@pytest.mark.parametrize("name,reader", [("g.graphml", nx.read_graphml), ("g.gexf", nx.read_gexf)])
def test_graph_files_read_back_with_networkx(seeds_run, name, reader):
    _, out = seeds_run
    graph = reader(out / name)
    assert graph.number_of_nodes() > 10


def test_summary_on_stderr(seeds_run):
    res, _ = seeds_run
    assert "2 articles extracted, 0 failed" in res.output


def test_bad_input_is_reported_and_the_run_goes_on(tmp_path, nlp):
    (tmp_path / "good.txt").write_text(" date 2020-02-03 x\nPresident Emmanuel Macron met Angela Merkel in Berlin.",
                                       encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00broken")
    res = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--no-progress"])
    assert res.exit_code == 0
    assert "bad.txt: not UTF-8" in res.output and "1 articles extracted, 1 failed" in res.output
    strict = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--strict",
                                 "--no-progress"])
    assert strict.exit_code == 1


def test_nothing_processed_exits_non_zero(tmp_path):
    res = runner.invoke(app, ["extract", str(tmp_path / "missing"), "--no-progress"])
    assert res.exit_code == 1 and "no such file" in res.output


def test_unknown_output_kind_is_refused(tmp_path):
    res = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "-o", str(tmp_path / "x.csv")])
    assert res.exit_code == 2 and "x.csv" in res.output


def test_seed_graph_has_each_shared_event_once_with_both_sources(seeds_run):
    from dipnlp.graph import meetings_between, read_graph

    _, out = seeds_run
    graph = read_graph(out / "g.json")
    for a, b in [("Donald Trump", "Kim Yong Chol"), ("Donald Trump", "Kim Jong Un")]:
        shared = [m for m in meetings_between(graph, a, b) if len(graph.nodes[m]["articles"]) == 2]
        assert len(shared) == 1, (a, b, [graph.nodes[m] for m in meetings_between(graph, a, b)])
    people = [n for n, d in graph.nodes(data=True) if d.get("kind") == "person"]
    assert len(people) == 10 and len(people) == len({graph.nodes[p]["name"] for p in people})
