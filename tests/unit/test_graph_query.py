"""Query functions: people by alias, meetings by person, pair and period, travels, slices."""
from __future__ import annotations

import pytest

from dipnlp.graph import (
    build_graph,
    ego_network,
    find_person,
    meetings_between,
    meetings_in,
    meetings_of,
    person_network,
    time_slice,
    travels_in,
)


def ent(name, aliases=()):
    return {"id": "person:" + name.lower().replace(" ", "-"), "name": name, "label": "PERSON",
            "aliases": list(aliases)}


RECORD = {
    "id": "a", "date": "2019-01-22",
    "entities": [ent("Donald Trump", ["Trump"]), ent("Kim Jong Un", ["Kim Jong-un", "Kim"]),
                 ent("Kim Yong Chol", ["Kim Yong-chol", "Kim"]), ent("Mike Pompeo", ["Pompeo"]),
                 ent("Choe Son Hui"),
                 {"id": "org:state-department", "name": "State Department", "label": "ORG"}],
    "meetings": [
        {"participants": ["Donald Trump", "Kim Jong Un"], "date": "2018-06-12", "venue": "Singapore"},
        {"participants": ["Donald Trump", "Kim Jong Un"], "date": "2019-02", "status": "planned"},
        {"participants": ["Donald Trump", "Kim Yong Chol"], "date": "2019-01-18"},
        {"participants": ["Mike Pompeo", "Kim Yong Chol"], "date": "2019-01-18"},
        {"participants": ["Mike Pompeo", "Donald Trump"]},
    ],
    "travels": [
        {"traveler": "Kim Yong Chol", "destination": "Washington", "date": "2019-01-17"},
        {"traveler": "Choe Son Hui", "destination": "Sweden", "origin": "Beijing", "date": "2019-01-17"},
        {"traveler": "Choe Son Hui", "destination": "Beijing", "date": "2019-01-15"},
    ],
}
RECORD["entities"][3]["role_orgs"] = [{"role": "Secretary of State", "org": "State Department"}]
RECORD["entities"][3]["roles"] = ["Secretary of State"]


@pytest.fixture(scope="module")
def G():
    return build_graph([RECORD])


def _dates(G, nodes):
    return [G.nodes[n].get("date") for n in nodes]


@pytest.mark.parametrize("name", ["Mike Pompeo", "pompeo", "POMPEO", "person:mike-pompeo"])
def test_find_person_by_any_alias_any_case(G, name):
    assert find_person(G, name) == "person:mike-pompeo"


def test_find_person_by_spelling_variant(G):
    assert find_person(G, "kim yong-chol") == "person:kim-yong-chol"


def test_ambiguous_alias_is_an_error(G):
    with pytest.raises(ValueError, match="fuller name"):
        find_person(G, "Kim")


def test_unknown_person_is_a_key_error(G):
    with pytest.raises(KeyError):
        find_person(G, "Nobody")


def test_meetings_of_a_person_by_date_undated_last(G):
    assert _dates(G, meetings_of(G, "trump")) == ["2018-06-12", "2019-01-18", "2019-02", None]


def test_meetings_between_two_people(G):
    assert _dates(G, meetings_between(G, "Kim Jong-un", "Trump")) == ["2018-06-12", "2019-02"]
    assert meetings_between(G, "Choe Son Hui", "Trump") == []


def test_meetings_in_a_period(G):
    assert _dates(G, meetings_in(G, "2019-01", "2019-01-31")) == ["2019-01-18", "2019-01-18"]
    assert _dates(G, meetings_in(G, "2019-02-25")) == ["2019-02"]


def test_travels_in_a_period_of_a_person(G):
    assert [G.nodes[t]["destination"] for t in travels_in(G, "2019-01-16", person="Choe Son Hui")] == ["Sweden"]
    assert len(travels_in(G, "2019-01")) == 3


def test_ego_network_of_one_event_radius(G):
    ego = ego_network(G, "Pompeo")
    people = {d["name"] for _, d in ego.nodes(data=True) if d["kind"] == "person"}
    assert people == {"Mike Pompeo", "Kim Yong Chol", "Donald Trump"}
    assert "org:state-department" in ego
    assert not any(d["kind"] == "travel" for _, d in ego.nodes(data=True))


def test_ego_network_radius_two_reaches_further(G):
    ego = ego_network(G, "Pompeo", radius=2)
    assert "person:kim-jong-un" in ego and "travel:1" in ego


def test_time_slice_keeps_events_of_the_period_and_their_people(G):
    S = time_slice(G, "2019-01-17", "2019-01-17")
    assert sorted(n for n, d in S.nodes(data=True) if d["kind"] in ("meeting", "travel")) == [
        "travel:1", "travel:2"]
    assert {"person:kim-yong-chol", "person:choe-son-hui", "venue:beijing"} <= set(S)
    assert "person:donald-trump" not in S


def test_time_slice_can_keep_undated_events(G):
    assert "meeting:5" in time_slice(G, "2030", undated=True)
    assert "meeting:5" not in time_slice(G, "2030")


def test_person_network_counts_meetings(G):
    P = person_network(G)
    assert P.edges["person:donald-trump", "person:kim-jong-un"]["weight"] == 2
    assert P.number_of_edges() == 4
