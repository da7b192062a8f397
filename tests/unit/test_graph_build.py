"""build_graph and merge_events on hand-built records shaped like the two seeds."""
from __future__ import annotations

import copy

import pytest

from dipnlp.graph import build_graph, events, merge_events


def person(name, roles=(), aliases=(), role_orgs=None):
    slug = name.lower().replace(" ", "-")
    ent = {"id": f"person:{slug}", "name": name, "label": "PERSON", "aliases": list(aliases),
           "roles": list(roles), "mentions": [{"start": 0, "end": len(name), "text": name}]}
    if role_orgs is not None:
        ent["role_orgs"] = role_orgs
    return ent


def meeting(participants, date, status, venue=None, start=0, rule="meet_with.v1"):
    return {"participants": participants, "sides": [[p] for p in participants], "date": date,
            "venue": venue, "status": status, "rule": rule,
            "evidence": {"start": start, "end": start + 10, "text": "evidence"}}


def travel(traveler, destination, date, status, origin=None, start=0):
    return {"traveler": traveler, "destination": destination, "origin": origin, "date": date,
            "status": status, "rule": "travel_to.v1",
            "evidence": {"start": start, "end": start + 10, "text": "evidence"}}


SEED_000 = {
    "id": "000_36b7a8587dcc54e7", "source": "corpus/seeds/000_36b7a8587dcc54e7.txt",
    "date": "2019-01-18",
    "entities": [
        person("Donald Trump", ["President"], ["Trump", "President Trump"]),
        person("Kim Jong Un", ["leader"], ["Kim Jong-un", "Chairman Kim"]),
        person("Kim Yong Chol", ["Vice Chairman"], ["Kim Yong-chol"]),
        person("Mike Pompeo", ["Secretary of State"], ["Pompeo"], role_orgs=[
            {"role": "Secretary of State", "org": "State Department", "country": "United States"}]),
        person("Stephen Biegun", ["Special Representative for North Korea"], ["Biegun"]),
        {"id": "org:state-department", "name": "State Department", "label": "ORG",
         "aliases": ["Department of State"], "mentions": []},
        {"id": "venue:white-house", "name": "White House", "label": "VENUE",
         "country": "United States", "mentions": []},
        {"id": "venue:sweden", "name": "Sweden", "label": "VENUE", "mentions": []},
    ],
    "meetings": [
        meeting(["Donald Trump", "Kim Jong Un"], "2019-02", "planned", start=100),
        meeting(["Donald Trump", "Kim Jong Un"], "2018-06-12", "occurred", "Singapore", start=900),
        meeting(["Donald Trump", "Kim Yong Chol"], "2019-01-18", "occurred", "White House", start=300),
        meeting(["Kim Yong Chol", "Donald Trump"], None, "occurred", start=500),
    ],
    "travels": [travel("Stephen Biegun", "Sweden", "2019-01-19/2019-01-22", "planned", start=2400)],
    "dates": [],
}
SEED_004 = {
    "id": "004_bfd6f74117e2bd74", "source": "corpus/seeds/004_bfd6f74117e2bd74.txt",
    "date": "2019-01-22",
    "entities": [
        person("Donald Trump", ["President"], ["Trump"]),
        person("Kim Jong Un", ["leader"], ["Kim Jong-un"]),
        person("Kim Yong Chol", [], ["Kim Yong-chol"]),
        person("Mike Pompeo", ["Secretary of State"], ["Michael Pompeo"]),
        {"id": "venue:hanoi", "name": "Hanoi", "label": "VENUE", "country": "Vietnam", "mentions": []},
    ],
    "meetings": [
        meeting(["Donald Trump", "Kim Jong Un"], "2019-02", "planned", "Hanoi", start=40),
        meeting(["Donald Trump", "Kim Yong Chol"], "2019-01-18", "occurred", start=700),
    ],
    "travels": [travel("Stephen Biegun", "Sweden", "2019-01-20", "occurred", start=50)],
}


@pytest.fixture
def seeds():
    return [copy.deepcopy(SEED_000), copy.deepcopy(SEED_004)]


def _meetings_of_pair(G, a, b):
    return [m for m in events(G, "meeting") if sorted(G.nodes[m]["participants"]) == sorted([a, b])]


def test_seed_meeting_of_trump_and_kim_yong_chol_is_one_event_with_two_sources(seeds):
    G = build_graph(seeds)
    [node] = _meetings_of_pair(G, "Donald Trump", "Kim Yong Chol")
    data = G.nodes[node]
    assert data["articles"] == ["000_36b7a8587dcc54e7", "004_bfd6f74117e2bd74"]
    assert [len(s["mentions"]) for s in data["sources"]] == [2, 1]
    assert data["date"] == "2019-01-18" and data["venue"] == "White House"


def test_planned_summit_is_one_event_with_two_sources_and_latest_venue(seeds):
    G = build_graph(seeds)
    summits = [m for m in _meetings_of_pair(G, "Donald Trump", "Kim Jong Un")
               if G.nodes[m]["date"] == "2019-02"]
    [node] = summits
    assert G.nodes[node]["n_articles"] == 2
    assert G.nodes[node]["venue"] == "Hanoi"
    assert G.nodes[node]["status"] == "planned"


def test_singapore_summit_stays_apart_from_the_planned_one(seeds):
    G = build_graph(seeds)
    dates = sorted(G.nodes[m].get("date") for m in _meetings_of_pair(G, "Donald Trump", "Kim Jong Un"))
    assert dates == ["2018-06-12", "2019-02"]


def test_no_person_is_two_nodes(seeds):
    G = build_graph(seeds)
    people = [d["name"] for _, d in G.nodes(data=True) if d["kind"] == "person"]
    assert sorted(people) == ["Donald Trump", "Kim Jong Un", "Kim Yong Chol", "Mike Pompeo",
                              "Stephen Biegun"]


def test_person_node_gathers_aliases_roles_and_articles(seeds):
    G = build_graph(seeds)
    pompeo = G.nodes["person:mike-pompeo"]
    assert pompeo["aliases"] == ["Michael Pompeo", "Pompeo"]
    assert pompeo["roles"] == ["Secretary of State"]
    assert [(r["article"], r["article_date"]) for r in pompeo["role_history"]] == [
        ("000_36b7a8587dcc54e7", "2019-01-18"), ("004_bfd6f74117e2bd74", "2019-01-22")]
    assert pompeo["n_mentions"] == 2


def test_role_org_becomes_a_role_edge(seeds):
    G = build_graph(seeds)
    edge = G.edges["person:mike-pompeo", "org:state-department", "role:Secretary of State"]
    assert edge["kind"] == "role" and edge["country"] == "United States"
    assert edge["articles"] == ["000_36b7a8587dcc54e7"]


def test_planned_then_occurred_keeps_both_statuses_latest_on_top(seeds):
    G = build_graph(seeds)
    [node] = events(G, "travel")
    data = G.nodes[node]
    assert data["status"] == "occurred"
    assert [s["status"] for s in data["statuses"]] == ["planned", "occurred"]
    assert data["date"] == "2019-01-20"
    assert data["dates"] == ["2019-01-19/2019-01-22", "2019-01-20"]


def test_latest_article_wins_whatever_the_input_order(seeds):
    G = build_graph(list(reversed(seeds)))
    [node] = events(G, "travel")
    assert G.nodes[node]["status"] == "occurred"


@pytest.mark.parametrize("other_date", ["2019-03-01", "2018-06-12"])
def test_incompatible_dates_make_two_events(other_date):
    record = {"id": "a", "meetings": [meeting(["Ann", "Bob"], "2019-02", "planned"),
                                      meeting(["Bob", "Ann"], other_date, "occurred")]}
    assert len(merge_events([record])["meeting"]) == 2


def test_different_participant_sets_make_two_events():
    record = {"id": "a", "meetings": [meeting(["Ann", "Bob"], "2019-02", "occurred"),
                                      meeting(["Ann", "Bob", "Cy"], "2019-02", "occurred")]}
    assert len(merge_events([record])["meeting"]) == 2


def test_undated_report_fitting_two_events_equally_stays_apart():
    record = {"id": "a", "meetings": [meeting(["Ann", "Bob"], "2019-02", "planned"),
                                      meeting(["Ann", "Bob"], "2019-05", "planned"),
                                      meeting(["Ann", "Bob"], None, "occurred")]}
    assert len(merge_events([record])["meeting"]) == 3


def test_undated_report_joins_the_event_with_its_status():
    record = {"id": "a", "meetings": [meeting(["Ann", "Bob"], "2019-02", "planned"),
                                      meeting(["Ann", "Bob"], "2018-06-12", "occurred"),
                                      meeting(["Ann", "Bob"], None, "occurred")]}
    found = merge_events([record])["meeting"]
    assert [len(e["sources"][0]["mentions"]) for e in found] == [1, 2]


def test_participant_edges_carry_sides():
    record = {"id": "a", "meetings": [{
        "participants": ["Mike Pompeo", "Stephen Biegun", "Kim Yong Chol"],
        "sides": [["Mike Pompeo", "Stephen Biegun"], ["Kim Yong Chol"]], "date": "2019-01-18"}]}
    G = build_graph([record])
    sides = {u: d["side"] for u, _, d in G.in_edges("meeting:1", data=True)}
    assert sides == {"person:mike-pompeo": 0, "person:stephen-biegun": 0, "person:kim-yong-chol": 1}


def test_sparse_records_are_tolerated():
    G = build_graph([{"id": "a"}, {"id": "b", "meetings": [{"participants": ["Ann", "Bob"]}],
                                   "travels": [{"traveler": "Ann"}]}])
    assert {d["kind"] for _, d in G.nodes(data=True)} == {"meeting", "travel", "person"}
    assert all(v is not None for _, d in G.nodes(data=True) for v in d.values())


def test_venue_country_and_event_edges(seeds):
    G = build_graph(seeds)
    assert G.nodes["venue:hanoi"]["country"] == "Vietnam"
    [trip] = events(G, "travel")
    assert list(G.out_edges(trip, keys=True)) == [(trip, "venue:sweden", "destination")]
    assert list(G.in_edges(trip, keys=True)) == [("person:stephen-biegun", trip, "traveler")]


@pytest.mark.parametrize("article_date,status,expected", [
    ("2018-04-27", "planned", "2018-06-12"),   # planned before Singapore: the nearest event to come
    ("2019-01-22", "occurred", "2018-06-12"),  # "the first summit": February 2019 has not begun
    ("2019-01-22", "planned", "2019-02"),      # Singapore is over: it cannot be planned any more
])
def test_undated_report_joins_an_event_plausible_for_its_article_date(article_date, status, expected):
    dated = {"id": "dated", "date": "2019-01-18", "meetings": [
        meeting(["Ann", "Bob"], "2018-06-12", "occurred"), meeting(["Ann", "Bob"], "2019-02", "planned")]}
    undated = {"id": "undated", "date": article_date,
               "meetings": [meeting(["Bob", "Ann"], None, status)]}
    found = merge_events([undated, dated])["meeting"]
    assert len(found) == 2
    [joined] = [e for e in found if "undated" in e["articles"]]
    assert joined["date"] == expected


def test_history_follows_article_dates_not_merge_order():
    early = {"id": "early", "date": "2019-01-10", "travels": [travel("Ann", "Oslo", None, "planned")]}
    late = {"id": "late", "date": "2019-01-20", "travels": [travel("Ann", "Oslo", "2019-01-19", "occurred")]}
    [event] = merge_events([late, early])["travel"]
    assert event["articles"] == ["early", "late"]
    assert [s["status"] for s in event["statuses"]] == ["planned", "occurred"]
    assert event["status"] == "occurred"


def test_rules_of_merged_mentions_are_listed_one_by_one():
    record = {"id": "a", "meetings": [meeting(["Ann", "Bob"], "2019-02", "planned", rule="noun+between|verb+with"),
                                      meeting(["Ann", "Bob"], "2019-02", "planned", rule="verb+with")]}
    [event] = merge_events([record])["meeting"]
    assert event["rules"] == ["noun+between", "verb+with"]


def test_all_evidence_of_a_report_becomes_its_mentions():
    report = meeting(["Ann", "Bob"], "2019-02", "planned")
    report["all_evidence"] = [{"start": 0, "end": 5, "text": "first"}, {"start": 9, "end": 15, "text": "second"}]
    [event] = merge_events([{"id": "a", "meetings": [report]}])["meeting"]
    assert [m["text"] for m in event["sources"][0]["mentions"]] == ["first", "second"]
    assert event["sources"][0]["mentions"][1]["rule"] == "meet_with.v1"
