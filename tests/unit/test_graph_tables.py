"""triples_frame and entities_frame: one row per event, one row per entity."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from dipnlp.graph import build_graph, entities_frame, meetings_of, triples_frame

RECORDS = [
    {"id": "a", "date": "2019-01-18",
     "entities": [{"id": "person:ann-lee", "name": "Ann Lee", "label": "PERSON", "aliases": ["Lee"],
                   "roles": ["envoy"], "role_orgs": [{"role": "envoy", "org": "Foreign Ministry"}]},
                  {"id": "venue:oslo", "name": "Oslo", "label": "VENUE", "country": "Norway"}],
     "meetings": [{"participants": ["Ann Lee", "Bob Ma", "Cy Do"],
                   "sides": [["Ann Lee", "Cy Do"], ["Bob Ma"]], "date": "2019-02",
                   "venue": "Oslo", "status": "planned", "rule": "meet_with.v1",
                   "evidence": {"start": 5, "end": 30, "text": "Lee will meet Ma"}}],
     "travels": [{"traveler": "Bob Ma", "destination": "Oslo", "origin": "Rome",
                  "date": "2019-01-17", "status": "occurred", "rule": "travel_to.v1",
                  "evidence": {"start": 40, "end": 60, "text": "Ma flew to Oslo"}}]},
    {"id": "b", "date": "2019-03-01", "meetings": [
        {"participants": ["Bob Ma", "Cy Do", "Ann Lee"], "date": "2019-02-27", "status": "occurred",
         "rule": "talks.v1", "evidence": {"start": 1, "end": 9, "text": "they met"}}]},
]


@pytest.fixture(scope="module")
def G():
    return build_graph(RECORDS)


def test_one_row_per_event_sorted_by_date(G):
    frame = triples_frame(G)
    assert list(frame.index) == ["travel:1", "meeting:1"]
    assert list(frame["predicate"]) == ["travelled_to", "met"]


def test_meeting_row_carries_every_attribute(G):
    row = triples_frame(G).loc["meeting:1"]
    assert (row["subject"], row["object"]) == ("Ann Lee; Cy Do", "Bob Ma")
    assert (row["date"], row["date_start"], row["date_end"]) == (
        "2019-02-27", dt.date(2019, 2, 27), dt.date(2019, 2, 27))
    assert row["status"] == "occurred" and [s["status"] for s in row["statuses"]] == ["planned", "occurred"]
    assert row["venue"] == "Oslo" and row["n_articles"] == 2 and row["articles"] == ["a", "b"]
    assert row["rules"] == ["meet_with.v1", "talks.v1"]
    assert row["evidence"] == "Lee will meet Ma"


def test_travel_row_has_its_places(G):
    row = triples_frame(G).loc["travel:1"]
    assert (row["subject"], row["object"], row["origin"]) == ("Bob Ma", "Oslo", "Rome")


def test_triples_of_chosen_events_only(G):
    assert list(triples_frame(G, meetings_of(G, "lee")).index) == ["meeting:1"]


def test_entities_frame_one_row_per_entity(G):
    frame = entities_frame(G)
    assert sorted(frame.index) == ["org:foreign-ministry", "person:ann-lee", "person:bob-ma",
                                   "person:cy-do", "venue:oslo", "venue:rome"]
    ann = frame.loc["person:ann-lee"]
    assert ann["aliases"] == ["Lee"] and ann["roles"] == ["envoy"] and ann["orgs"] == ["Foreign Ministry"]
    assert (ann["n_meetings"], ann["n_travels"]) == (1, 0)
    assert frame.loc["venue:oslo", "country"] == "Norway"


def test_entities_frame_of_one_kind(G):
    assert set(entities_frame(G, "venue")["kind"]) == {"venue"}


def test_importing_the_graph_package_loads_neither_pandas_nor_spacy():
    code = "import sys, dipnlp.graph; print('pandas' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
