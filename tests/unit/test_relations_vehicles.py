"""Who a vehicle carries (relations/vehicles.py), on hand-built parses."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dipnlp.relations.rulebook import Rules
from dipnlp.relations.triggers import TRIGGER_SCHEMA, word_classes
from dipnlp.relations.vehicles import is_vehicle, passenger_slots
from dipnlp.rules import read_package_table


@pytest.fixture(scope="module")
def rules():
    return Rules(None, {}, word_classes(read_package_table("relations_triggers", TRIGGER_SCHEMA)))


def parse(vocab, words, heads, deps, lemmas=None):
    pos = ["PUNCT" if w in ",." else "PRON" if w in ("His", "his") else "VERB" if d in ("ROOT", "acl")
           else "ADP" if d == "prep" else "PROPN" if w[0].isupper() else "NOUN" for w, d in zip(words, deps)]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words])


def test_a_vehicle_noun_and_a_named_vehicle_are_vehicles_but_an_envoy_is_not(en_vocab, rules):
    # "His special aircraft landed ." / "His special envoy landed ." / "Air Force One landed ."
    heads, deps = [2, 2, 3, 3, 3], ["poss", "amod", "nsubj", "ROOT", "punct"]
    assert is_vehicle(parse(en_vocab, ["His", "special", "aircraft", "landed", "."], heads, deps)[2], rules)
    assert not is_vehicle(parse(en_vocab, ["His", "special", "envoy", "landed", "."], heads, deps)[2], rules)
    named = parse(en_vocab, ["Air", "Force", "One", "landed", "."], [1, 2, 3, 3, 3],
                  ["compound", "compound", "nsubj", "ROOT", "punct"])
    assert is_vehicle(named[2], rules)
    assert not is_vehicle(named[1], rules)  # "Air Force" alone is no vehicle


def test_the_passengers_are_the_possessor_the_carried_and_who_is_aboard(en_vocab, rules):
    doc = parse(en_vocab, ["His", "aircraft", "landed", "."], [1, 2, 2, 2], ["poss", "nsubj", "ROOT", "punct"])
    assert [t.text for t in passenger_slots(doc[1], rules)] == ["His"]
    # "The jet , carrying Obama , landed ."
    doc = parse(en_vocab, ["The", "jet", ",", "carrying", "Obama", ",", "landed", "."], [1, 6, 1, 1, 3, 1, 6, 6],
                ["det", "nsubj", "punct", "acl", "dobj", "punct", "ROOT", "punct"],
                ["the", "jet", ",", "carry", "Obama", ",", "land", "."])
    assert [t.text for t in passenger_slots(doc[1], rules)] == ["Obama"]
    # "The plane , with Modi aboard , landed ." against "The plane , with a crew of ten , landed ."
    aboard = parse(en_vocab, ["The", "plane", ",", "with", "Modi", "aboard", ",", "landed", "."],
                   [1, 7, 1, 1, 3, 4, 1, 7, 7],
                   ["det", "nsubj", "punct", "prep", "pobj", "advmod", "punct", "ROOT", "punct"])
    assert [t.text for t in passenger_slots(aboard[1], rules)] == ["Modi"]
    crew = parse(en_vocab, ["The", "plane", ",", "with", "Modi", "'s", "crew", ",", "landed", "."],
                 [1, 8, 1, 1, 6, 4, 3, 1, 8, 8],
                 ["det", "nsubj", "punct", "prep", "poss", "case", "pobj", "punct", "ROOT", "punct"])
    assert passenger_slots(crew[1], rules) == []
