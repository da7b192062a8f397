"""dip_relations rule data: the files ship, follow their schema, compile, save and load."""
from __future__ import annotations

from importlib import resources

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dipnlp.errors import RulesError
from dipnlp.relations.component import RelationExtractor
from dipnlp.relations.triggers import (PATTERN_SCHEMA, TRIGGER_SCHEMA, build_matcher, find_frames, keep_whole,
                                      word_classes)
from dipnlp.rules import read_package_table


@pytest.mark.parametrize("name", ["relations_triggers", "relations_patterns"])
def test_rule_files_ship_inside_the_package(name):
    assert resources.files("dipnlp").joinpath("data", f"{name}.jsonl").is_file()


@pytest.mark.parametrize("name,schema", [("relations_triggers", TRIGGER_SCHEMA),
                                         ("relations_patterns", PATTERN_SCHEMA)])
def test_rule_files_follow_their_schema(name, schema):
    assert read_package_table(name, schema)


def test_package_patterns_compile_and_name_known_classes(en_vocab):
    classes = word_classes(read_package_table("relations_triggers", TRIGGER_SCHEMA))
    patterns = read_package_table("relations_patterns", PATTERN_SCHEMA)
    matcher = build_matcher(en_vocab, patterns, classes)
    assert len(matcher) == len(patterns)


@pytest.mark.parametrize("pattern,message", [
    ({"id": "x", "kind": "meeting", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["@nope"]}}}]},
     "unknown word class"),
    ({"id": "x", "kind": "party", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "meet"}}]},
     "kind must be"),
    ({"id": "x", "kind": "meeting", "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "meet"}}]},
     "with a 'trigger'"),
])
def test_bad_patterns_are_rejected(en_vocab, pattern, message):
    with pytest.raises(RulesError, match=message):
        build_matcher(en_vocab, [pattern], {"meet_verb": {"meet"}})


def test_a_pattern_id_used_twice_is_rejected(en_vocab):
    pattern = {"id": "x", "kind": "meeting", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "meet"}}]}
    with pytest.raises(RulesError, match="used twice"):
        build_matcher(en_vocab, [pattern, dict(pattern)], {})


def test_a_word_class_matches_a_proper_nouns_capitalised_lemma(en_vocab):
    pattern = {"id": "summit", "kind": "meeting",
               "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["@gathering_noun"]}}}]}
    matcher = build_matcher(en_vocab, [pattern], {"gathering_noun": {"summit"}})
    doc = Doc(en_vocab, words=["the", "Arab", "Summit", "and", "a", "summit"], lemmas=["the", "Arab", "Summit", "and",
                                                                                       "a", "summit"],
              heads=[2, 2, 2, 2, 5, 2], deps=["det", "compound", "ROOT", "cc", "det", "conj"])
    frames = find_frames(doc, matcher, {"summit": pattern})
    assert [f.trigger.text for f in frames] == ["Summit", "summit"]


def test_word_classes_merge_records_of_one_class():
    records = [{"class": "a", "words": ["Meet"]}, {"class": "a", "words": ["confer"]}]
    assert word_classes(records) == {"a": {"meet", "confer"}}


def test_rules_round_trip_through_disk(tmp_path):
    nlp = English()
    component = RelationExtractor(nlp)
    component.initialize(nlp=nlp)
    component.add_rules("relations_triggers", [{"class": "meet_verb", "words": ["rendezvous"]}])
    component.to_disk(tmp_path)
    loaded = RelationExtractor(nlp).from_disk(tmp_path)
    assert "rendezvous" in loaded.rules.classes["meet_verb"]
    assert loaded.tables == component.tables


def test_bytes_round_trip_keeps_the_patterns():
    nlp = English()
    component = RelationExtractor(nlp)
    component.initialize(nlp=nlp)
    loaded = RelationExtractor(nlp).from_bytes(component.to_bytes())
    assert set(loaded.rules.patterns) == set(component.rules.patterns)


def test_add_rules_is_all_or_nothing():
    nlp = English()
    component = RelationExtractor(nlp)
    component.initialize(nlp=nlp)
    before = {table: list(records) for table, records in component.tables.items()}
    good = {"id": "x_ok", "kind": "meeting", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "meet"}}]}
    bad = {"id": "x_bad", "kind": "meeting",
           "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["@no_such_class"]}}}]}
    with pytest.raises(RulesError, match="no_such_class"):
        component.add_rules("relations_patterns", [good, bad])
    assert component.tables == before
    assert "x_ok" not in component.rules.patterns
    with pytest.raises(RulesError):
        component.add_rules("relations_patterns", [good, {"id": "x_no_pattern", "kind": "meeting"}])
    assert component.tables == before


def test_a_host_verb_parsed_as_a_modifier_of_the_guests_name_still_pairs_host_and_guest(en_vocab):
    """"... after Merkel hosted Russian President Vladimir Putin at ...", misparsed: "hosted" modifies
    "President", with Merkel its subject; the package pattern still finds host and guest."""
    classes = word_classes(read_package_table("relations_triggers", TRIGGER_SCHEMA))
    patterns = read_package_table("relations_patterns", PATTERN_SCHEMA)
    words = ["days", "after", "Merkel", "hosted", "Russian", "President", "Vladimir", "Putin", "at", "Meseberg"]
    doc = Doc(en_vocab, words=words, lemmas=["day", "after", "Merkel", "host", "russian", "President", "Vladimir",
                                             "Putin", "at", "Meseberg"],
              tags=["NNS", "IN", "NNP", "VBN", "JJ", "NNP", "NNP", "NNP", "IN", "NNP"],
              pos=["NOUN", "ADP", "PROPN", "VERB", "ADJ", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"],
              heads=[1, 1, 3, 5, 5, 7, 7, 1, 7, 8],
              deps=["npadvmod", "ROOT", "nsubj", "amod", "amod", "compound", "compound", "pobj", "prep", "pobj"])
    frames = find_frames(doc, build_matcher(en_vocab, patterns, classes), {p["id"]: p for p in patterns})
    [frame] = [f for f in frames if f.trigger.text == "hosted"]
    assert [t.text for t in frame.tokens("side_a")] == ["Merkel"]
    assert [t.text for t in frame.tokens("side_b")] == ["Putin"]


def test_an_arrival_verb_tagged_as_a_plural_noun_after_and_is_still_a_trip(en_vocab):
    """"Obama leaves Washington and lands in Mumbai", with "lands" read as a noun joined to "leaves"."""
    classes = word_classes(read_package_table("relations_triggers", TRIGGER_SCHEMA))
    patterns = read_package_table("relations_patterns", PATTERN_SCHEMA)
    words = ["Obama", "leaves", "Washington", "and", "lands", "in", "Mumbai"]
    doc = Doc(en_vocab, words=words, lemmas=["Obama", "leave", "Washington", "and", "land", "in", "Mumbai"],
              tags=["NNP", "VBZ", "NNP", "CC", "NNS", "IN", "NNP"],
              pos=["PROPN", "VERB", "PROPN", "CCONJ", "NOUN", "ADP", "PROPN"],
              heads=[1, 1, 1, 1, 1, 4, 5], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "prep", "pobj"])
    frames = find_frames(doc, build_matcher(en_vocab, patterns, classes), {p["id"]: p for p in patterns})
    [frame] = [f for f in frames if f.trigger.text == "lands"]
    assert frame.kind == "travel"
    assert [t.text for t in frame.tokens("traveler")] == ["Obama"]
    assert [t.text for t in frame.tokens("destination")] == ["Mumbai"]


def test_a_component_whose_patterns_use_an_id_twice_fails_to_initialize():
    nlp = English()
    component = RelationExtractor(nlp)
    component.initialize(nlp=nlp)
    twice = {"id": "twice", "kind": "meeting", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "meet"}}]}
    with pytest.raises(RulesError, match="used twice"):
        component.add_rules("relations_patterns", [twice, dict(twice)])


def test_a_passive_hosts_agent_hung_on_the_place_is_still_the_host(en_vocab):
    """"He was received at the parliament by Alami", with "by Alami" parsed under "parliament"."""
    classes = word_classes(read_package_table("relations_triggers", TRIGGER_SCHEMA))
    patterns = read_package_table("relations_patterns", PATTERN_SCHEMA)
    words = ["He", "was", "received", "at", "the", "parliament", "by", "Alami"]
    doc = Doc(en_vocab, words=words, lemmas=["he", "be", "receive", "at", "the", "parliament", "by", "Alami"],
              tags=["PRP", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP"],
              pos=["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
              heads=[2, 2, 2, 2, 5, 3, 5, 6], deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "pobj"])
    frames = find_frames(doc, build_matcher(en_vocab, patterns, classes), {p["id"]: p for p in patterns})
    [frame] = [f for f in frames if f.trigger.text == "received" and f.kind == "meeting"]
    assert [t.text for t in frame.tokens("side_a")] == ["Alami"]
    assert [t.text for t in frame.tokens("side_b")] == ["He"]


def test_hyphenated_meeting_nouns_stay_one_token_and_other_words_still_split():
    nlp = English()
    keep_whole(nlp.tokenizer, {"meeting_noun": {"tête-à-tête", "meeting"}, "role_noun_chief": {"secretary-general"}})
    words = [t.text for t in nlp("Tête-à-tête first, then a tête-à-tête with the secretary-general.")]
    assert words[0] == "Tête-à-tête" and "tête-à-tête" in words
    assert "secretary-general" not in words and "general" in words


def test_the_component_keeps_its_meeting_nouns_whole_in_the_pipeline_tokenizer():
    nlp = English()
    nlp.add_pipe("dip_relations").initialize(lambda: [], nlp=nlp)
    assert "get-together" in [t.text for t in nlp.make_doc("They had a get-together and a tete-a-tete.")]
    assert "tete-a-tete" in [t.text for t in nlp.make_doc("They had a tete-a-tete.")]
