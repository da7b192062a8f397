"""dip_entity_rules, dip_names and dip_entities on hand-built Docs (no statistical model)."""
from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dipnlp.entities.names import listed_among_people
from dipnlp.entities.spans import Candidate
from tests.unit.docs import apply_pipes as run
from tests.unit.docs import make_doc


def ents(doc, label=None):
    return [(e.text, e.label_) for e in doc.ents if label is None or e.label_ == label]


@pytest.mark.parametrize("text,ents_in,role,qualifier", [
    ("U.S. Secretary of State Mike Pompeo spoke .", [("U.S.", "GPE"), ("Mike Pompeo", "PERSON")],
     "Secretary of State", "U.S."),
    ("The Special Representative for North Korea Stephen Biegun spoke .",
     [("North Korea", "GPE"), ("Stephen Biegun", "PERSON")], "Special Representative for North Korea", None),
    ("State Department deputy spokesperson Robert Palladino spoke .",
     [("State Department", "ORG"), ("Robert Palladino", "PERSON")], "deputy spokesperson", "State Department"),
])
def test_title_before_a_name_is_that_persons_role(rules_nlp, text, ents_in, role, qualifier):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"spoke": "VERB", "The": "DET", "of": "ADP", "for": "ADP"},
                                  ents=ents_in))
    person = next(e for e in doc._.dip_entities if e["label"] == "PERSON")
    assert person["roles"] == [role]
    assert person["role_orgs"][0]["qualifier"] == qualifier


def test_plural_title_in_appositive_gives_singular_role_and_finds_the_name(rules_nlp):
    text = "He met another of the top nuclear negotiators , Choe Son Hui , who arrived ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"He": "PRON", "met": "VERB", "arrived": "VERB"},
                                  plural={"negotiators"}))
    assert ents(doc, "PERSON") == [("Choe Son Hui", "PERSON")]
    assert doc._.dip_entities[0]["roles"] == ["top nuclear negotiator"]


def test_title_is_cut_out_of_a_model_entity_and_the_name_is_a_person(rules_nlp):
    text = "Special Representative Biegun ’s trip to Sweden ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"trip": "NOUN", "to": "ADP"},
                                  ents=[("Special Representative Biegun ’s", "ORG"), ("Sweden", "GPE")]))
    assert ents(doc) == [("Biegun", "PERSON"), ("Sweden", "VENUE")]
    assert [s.text for s in doc.spans["dip_roles"]] == ["Special Representative"]


def test_one_sense_per_article_makes_a_surname_a_person_everywhere(rules_nlp):
    text = "President Donald Trump spoke . Trump left . Later Trump said yes ."
    doc = make_doc(rules_nlp, text, pos={"spoke": "VERB", "left": "VERB", "said": "VERB", "Later": "ADV"},
                   ents=[("Donald Trump", "PERSON"), ("Trump", "ORG")])
    doc = run(rules_nlp, doc)
    assert ents(doc, "PERSON") == [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "PERSON")]
    person = doc._.dip_entities[0]
    assert person["name"] == "Donald Trump" and person["aliases"] == ["Trump"] and person["roles"] == ["President"]


def test_an_inner_word_of_a_name_the_model_tags_alone_as_a_person_is_that_person_everywhere(rules_nlp):
    text = "President Luiz Inacio Lula da Silva spoke . Lula left . Petro invited Lula ."
    doc = make_doc(rules_nlp, text, pos={"spoke": "VERB", "left": "VERB", "invited": "VERB", "da": "ADP"},
                   ents=[("Luiz Inacio Lula da Silva", "PERSON"), ("Lula", "PERSON"), ("Petro", "PERSON")])
    doc = run(rules_nlp, doc)
    assert [e.start for e in doc.ents if e.text == "Lula"] == [8, 13]
    # an inner word never tagged alone stays what it was
    doc = run(rules_nlp, make_doc(rules_nlp, "President Luiz Inacio Lula da Silva spoke . Inacio left .",
                                  pos={"spoke": "VERB", "left": "VERB", "da": "ADP"},
                                  ents=[("Luiz Inacio Lula da Silva", "PERSON")]))
    assert [e.text for e in doc.ents] == ["Luiz Inacio Lula da Silva"]


@pytest.mark.parametrize("text,ents_in,name", [
    ("President Umaru Musa Yar'Adua spoke .", [("Umaru Musa", "PERSON")], "Umaru Musa Yar'Adua"),
    ("Prime Minister Fiame Naomi Mata'afa spoke .", [], "Fiame Naomi Mata'afa"),
    ("Foreign Minister Fekitamoeloa ' Utoikamanu spoke .", [("Fekitamoeloa", "PERSON")], "Fekitamoeloa 'Utoikamanu"),
])
def test_a_name_word_with_an_apostrophe_is_part_of_the_name(rules_nlp, text, ents_in, name):
    doc = make_doc(rules_nlp, text, pos={"spoke": "VERB", "'": "PUNCT"}, ents=ents_in)
    spaces = [t.text != "'" for t in doc]  # "'Utoikamanu": the apostrophe opens the word
    doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces, pos=[t.pos_ for t in doc],
              tags=[t.tag_ for t in doc], lemmas=[t.lemma_ for t in doc],
              ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc])
    doc = run(rules_nlp, doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [name]


def test_a_regnal_number_goes_on_the_name_after_a_title_that_stays_in_it(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Pope Benedict XVI landed .", pos={"landed": "VERB"}))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Pope Benedict XVI"]


def test_a_one_word_name_in_a_list_of_people_is_a_person_unless_a_title_or_the_head_of_a_name():
    vocab = English().vocab
    words = ["Kishida", "welcomed", "Biden", ",", "Sunak", ",", "Scholz", "and", "Meloni", "."]
    doc = Doc(vocab, words=words, pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ",
                                       "PROPN", "PUNCT"],
              heads=[1, 1, 1, 2, 2, 4, 4, 6, 6, 1], deps=["nsubj", "ROOT", "dobj", "punct", "conj", "punct", "conj",
                                                          "cc", "conj", "punct"])
    cands = [Candidate(0, 1, "PERSON"), Candidate(2, 3, "PERSON"), Candidate(4, 5, "PERSON"),
             Candidate(6, 7, "VENUE"), Candidate(8, 9, "PERSON")]
    found = listed_among_people(doc, cands, places=frozenset(), not_names=set(), heads=set())
    assert sorted((c.start, c.label) for c in found if c.start == 6) == [(6, "PERSON")]
    assert [c.label for c in listed_among_people(doc, cands, places={"Scholz"}, not_names=set(), heads=set())
            if c.start == 6] == ["VENUE"]
    assert [c.label for c in listed_among_people(doc, cands, places=frozenset(), not_names={6}, heads=set())
            if c.start == 6] == ["VENUE"]


def test_chief_of_army_staff_is_a_title(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Chief of Army Staff Ashfaq Kayani spoke .",
                                  pos={"of": "ADP", "spoke": "VERB"}, ents=[("Ashfaq Kayani", "PERSON")]))
    assert [s.text for s in doc.spans["dip_roles"]] == ["Chief of Army Staff"]


def test_place_mistaken_for_a_person_becomes_a_venue(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "The summit may be in Danang .", ents=[("Danang", "PERSON")],
                                  pos={"The": "DET", "summit": "NOUN", "may": "AUX", "be": "AUX", "in": "ADP"}))
    assert ents(doc) == [("Danang", "VENUE")]
    assert doc._.dip_entities[0]["name"] == "Da Nang"  # the gazetteer's canonical name


@pytest.mark.parametrize("name", ["Qasr Al Watan", "Istana Negara", "Palazzo Chigi"])
def test_a_name_that_opens_with_a_building_word_the_model_tags_a_person_is_a_venue(rules_nlp, name):
    doc = run(rules_nlp, make_doc(rules_nlp, f"The two leaders held talks at {name} .", ents=[(name, "PERSON")]))
    assert ents(doc) == [(name, "VENUE")]


@pytest.mark.parametrize("text,ents_in,airport", [
    ("He was met at Ciampino airport .", [("Ciampino", "GPE")], "Ciampino airport"),
    ("He landed at the Sunan airfield .", [], "Sunan airfield"),
])
def test_a_place_and_a_lowercase_airport_word_are_the_airport(rules_nlp, text, ents_in, airport):
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=ents_in,
                                  pos={"He": "PRON", "was": "AUX", "at": "ADP", "the": "DET"}))
    assert [e["name"] for e in doc._.dip_entities if e["label"] == "VENUE"] == [airport]


@pytest.mark.parametrize("text,ents_in,expected", [
    # a known city's possessive before an airfield the model ran the city into
    ("He flew into Kano 's Aminu airfield .", [("Kano 's Aminu", "GPE")],
     [("Kano", "VENUE"), ("Aminu airfield", "VENUE")]),
    ("Kenya 's Foreign Ministry said so .", [("Kenya 's Foreign Ministry", "ORG")],
     [("Kenya", "VENUE"), ("Foreign Ministry", "ORG")]),
    # no known place before the possessive: one name
    ("He stayed at Claridge 's Hotel .", [("Claridge 's Hotel", "FAC")], [("Claridge 's Hotel", "VENUE")]),
])
def test_a_known_places_possessive_inside_a_name_separates_two_names(rules_nlp, text, ents_in, expected):
    pos = {"He": "PRON", "into": "ADP", "said": "VERB", "so": "ADV", "at": "ADP", "'s": "PART", "stayed": "VERB",
           "flew": "VERB"}
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=ents_in, pos=pos))
    assert ents(doc) == expected


@pytest.mark.parametrize("text,ents_in,name", [
    # the model leaves the name untagged
    ("Kenya 's High Commissioner in Kampala Joshua Kutuny spoke .", [("Kenya", "GPE")], "Joshua Kutuny"),
    # the model runs the city into the name
    ("The Indian High Commissioner in Dhaka Pranay Verma spoke .", [("Indian", "NORP"), ("Dhaka Pranay Verma", "GPE")],
     "Pranay Verma"),
])
def test_an_envoys_post_after_in_is_no_part_of_the_name_or_the_role(rules_nlp, text, ents_in, name):
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=ents_in,
                                  pos={"spoke": "VERB", "in": "ADP", "'s": "PART", "The": "DET", "Indian": "ADJ"}))
    people = [e for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert [p["name"] for p in people] == [name]
    assert people[0]["roles"] == ["High Commissioner"]


@pytest.mark.parametrize("word,whole", [
    ("Ts.Elbegdorj", True), ("Kh.Bolormaa", True), ("N.Altankhuyag", True),
    ("Mr.Smith", False), ("Dr.Jones", False), ("end.The", False), ("U.S.", False),
])
def test_a_name_after_an_unspaced_initial_is_one_token(word, whole):
    from dipnlp.entities.ruler import INITIAL_AND_NAME
    assert bool(INITIAL_AND_NAME.match(word)) is whole


def test_a_name_after_an_unspaced_initial_is_a_person_and_a_place_after_one_is_not(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "He met Ts.Battulga in N.Korea .", pos={"He": "PRON", "met": "VERB",
                                                                                   "in": "ADP"}))
    assert ents(doc, "PERSON") == [("Ts.Battulga", "PERSON")]


def test_the_tokenizer_keeps_an_unspaced_initial_with_its_name(rules_nlp):
    doc = rules_nlp.make_doc("President Ts.Elbegdorj met Kh.Bolormaa, and Mr.Smith left.")
    words = [t.text for t in doc]
    assert "Ts.Elbegdorj" in words and "Kh.Bolormaa" in words
    assert "Mr.Smith" not in words


def test_a_trailing_lowercase_preposition_is_cut_off_a_model_entity(rules_nlp):
    text = "They met at the Great Hall of the People on Monday ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=[("the Great Hall of the People on", "FAC")],
                                  pos={"They": "PRON", "met": "VERB", "at": "ADP", "the": "DET", "of": "ADP",
                                       "on": "ADP"}))
    assert ents(doc) == [("Great Hall of the People", "VENUE")]


def test_a_model_entity_is_cut_at_a_full_stop_of_its_own(rules_nlp):
    text = "Leaders gather under Prime Minister Naoto Kan . Kan will meet Obama ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=[("Naoto Kan . Kan", "PERSON"), ("Obama", "PERSON")],
                                  pos={"gather": "VERB", "under": "ADP", "will": "AUX", "meet": "VERB"}))
    assert "Naoto Kan . Kan" not in {e.text for e in doc.ents}
    assert "Naoto Kan" in {e.text for e in doc.ents}


def test_a_model_entity_is_cut_at_a_spaced_dash(rules_nlp):
    text = "Kim visited Beijing , met Xi - Xinhua"  # a headline, then its source
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=[("Kim", "PERSON"), ("Beijing", "GPE"), ("Xi - Xinhua", "PERSON")],
                                  pos={"visited": "VERB", "met": "VERB", "-": "PUNCT"}))
    assert "Xi - Xinhua" not in {e.text for e in doc.ents}
    assert "Xi" in {e.text for e in doc.ents}


def test_a_model_entity_is_cut_at_a_lowercase_at(rules_nlp):
    text = "Keir Starmer spoke . Meloni met Starmer at Downing Street on Sunday ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=[("Keir Starmer", "PERSON"),
                                                         ("Starmer at Downing Street", "ORG")],
                                  pos={"spoke": "VERB", "met": "VERB", "at": "ADP", "on": "ADP"}))
    names = {e.text for e in doc.ents}
    assert {"Starmer", "Downing Street"} <= names and "Starmer at Downing Street" not in names


def test_untagged_city_is_found_by_the_gazetteer(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Talks in Stockholm ended .", pos={"Talks": "NOUN", "ended": "VERB"}))
    assert ents(doc) == [("Stockholm", "VENUE")]
    assert doc._.dip_entities[0]["country"] == "Sweden"


def test_shared_surname_resolved_by_title(rules_nlp):
    text = ("Chairman Kim Jong Un met Vice Chairman Kim Yong Chol . Later Vice Chairman Kim left . "
            "Chairman Kim stayed .")
    doc = make_doc(rules_nlp, text, pos={"met": "VERB", "left": "VERB", "stayed": "VERB", "Later": "ADV"})
    doc = run(rules_nlp, doc)
    people = {e["name"]: e for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert set(people) == {"Kim Jong Un", "Kim Yong Chol"}
    assert len(people["Kim Jong Un"]["mentions"]) == 2 and len(people["Kim Yong Chol"]["mentions"]) == 2
    assert people["Kim Jong Un"]["aliases"] == []  # "Kim" could be either: not an alias


def test_spelling_variants_and_nicknames_are_one_person(rules_nlp):
    text = "Envoy Stephen Biegun spoke . Steve Biegun left . Envoy Kim Jong-un spoke . Kim Jong Un left ."
    doc = make_doc(rules_nlp, text, pos={"spoke": "VERB", "left": "VERB"},
                   ents=[("Stephen Biegun", "PERSON"), ("Steve Biegun", "PERSON"), ("Kim Jong-un", "PERSON"),
                         ("Kim Jong Un", "PERSON")])
    doc = run(rules_nlp, doc)
    names = sorted((e["name"], tuple(e["aliases"])) for e in doc._.dip_entities if e["label"] == "PERSON")
    assert names == [("Kim Jong-un", ("Kim Jong Un",)), ("Stephen Biegun", ("Steve Biegun",))]


def test_organisation_cue_patterns(rules_nlp):
    text = "The Swedish Ministry of Foreign Affairs and the TT News Agency said so ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"The": "DET", "of": "ADP", "and": "CCONJ", "the": "DET",
                                                        "said": "VERB", "so": "ADV"}))
    assert ents(doc, "ORG") == [("Swedish Ministry of Foreign Affairs", "ORG"), ("TT News Agency", "ORG")]


def test_rules_round_trip_to_disk(rules_nlp, tmp_path):
    ruler = rules_nlp.get_pipe("dip_entity_rules")
    ruler.add_rules("roles", [{"title": "rapporteur", "takes": ["on"], "before_name": True}])
    ruler.to_disk(tmp_path / "r")
    nlp2 = English()
    again = nlp2.add_pipe("dip_entity_rules").from_disk(tmp_path / "r")
    assert again.tables == ruler.tables
    doc = again(make_doc(nlp2, "Rapporteur Ana Lima spoke .", pos={"spoke": "VERB"}))
    assert [s.text for s in doc.spans["dip_roles"]] == ["Rapporteur"]


def test_a_clause_taken_for_a_name_is_cut_into_its_names(rules_nlp):
    text = "President Joe Biden spoke . Biden met Zelenskyy at Mariinsky Palace ."
    doc = make_doc(rules_nlp, text, pos={"spoke": "VERB", "met": "VERB", "at": "ADP", "Zelenskyy": "NOUN"},
                   ents=[("Joe Biden", "PERSON"), ("Biden met Zelenskyy at Mariinsky Palace", "FAC")])
    doc = run(rules_nlp, doc)
    assert ("Biden met Zelenskyy at Mariinsky Palace", "VENUE") not in ents(doc)
    assert ("Mariinsky Palace", "VENUE") in ents(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Joe Biden", "Biden"]


def test_a_capitalised_surname_tagged_as_a_noun_is_the_person(rules_nlp):
    text = "President Volodymyr Zelenskyy spoke . Later Biden met Zelenskyy ."
    doc = make_doc(rules_nlp, text, pos={"spoke": "VERB", "met": "VERB", "Later": "ADV", "Zelenskyy": "NOUN"},
                   ents=[("Volodymyr Zelenskyy", "PERSON")])
    doc = run(rules_nlp, doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Volodymyr Zelenskyy", "Zelenskyy"]


def test_a_nickname_in_quotes_is_left_out_of_the_name_and_names_the_person_alone(rules_nlp):
    text = 'President Joko " Jokowi " Widodo arrived . Jokowi spoke .'
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"arrived": "VERB", "spoke": "VERB"},
                                  ents=[('Joko " Jokowi " Widodo', "PERSON"), ("Jokowi", "PERSON")]))
    [person] = [e for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert person["name"] == "Joko Widodo" and len(person["mentions"]) == 2


def test_a_nickname_in_quotes_after_a_name_is_left_out_of_it_and_names_the_person_alone(rules_nlp):
    text = "Jaishankar called on Pushpa Kamal Dahal ' Prachanda ' . Prachanda spoke ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"called": "VERB", "spoke": "VERB"},
                                  ents=[("Pushpa Kamal Dahal ' Prachanda", "PERSON"), ("Prachanda", "PERSON")]))
    [person] = [e for e in doc._.dip_entities if e["label"] == "PERSON" and "Dahal" in e["name"]]
    assert person["name"] == "Pushpa Kamal Dahal" and len(person["mentions"]) == 2


def test_a_title_case_headline_verb_the_model_runs_a_name_on_over_is_left_out(rules_nlp):
    text = "Wang Yi Holds Talks with Rex Tillerson"
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"Holds": "VERB"},
                                  ents=[("Wang Yi Holds", "PERSON"), ("Rex Tillerson", "PERSON")]))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Wang Yi", "Rex Tillerson"]


def test_a_surname_the_model_tags_as_a_month_is_the_person_where_it_does_not_read_as_a_date(rules_nlp):
    text = "Theresa May arrived . Merkel and May held talks . They met in May ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"arrived": "VERB", "held": "VERB", "met": "VERB",
                                                        "in": "ADP", "and": "CCONJ", "They": "PRON"},
                                  ents=[("May", "DATE"), ("Merkel", "PERSON"), ("May", "DATE"), ("May", "DATE")]))
    assert ents(doc) == [("Theresa May", "PERSON"), ("Merkel", "PERSON"), ("May", "PERSON"), ("May", "DATE")]


def test_a_title_ends_before_a_name_after_a_known_country_the_model_left_untagged(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Widodo met Chancellor of Germany Olaf Scholz .",
                                  pos={"met": "VERB", "of": "ADP"}, ents=[("Widodo", "PERSON")]))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert people.get("Olaf Scholz") == ["Chancellor of Germany"]


def test_a_title_takes_one_domain_after_another(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Hasina was met by Minister of State for Railways and Textiles "
                                             "Darshana Jardosh .",
                                  pos={"was": "AUX", "met": "VERB", "by": "ADP", "of": "ADP", "for": "ADP",
                                       "and": "CCONJ"},
                                  ents=[("Hasina", "PERSON"), ("Darshana Jardosh", "PERSON")]))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert people.get("Darshana Jardosh") == ["Minister of State for Railways and Textiles"]


def test_a_title_set_off_before_another_title_is_the_role_of_the_name_after_both(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "He met the military leader , Senior General Min Aung Hlaing , today .",
                                  pos={"He": "PRON", "met": "VERB", "the": "DET", "military": "ADJ",
                                       "leader": "NOUN", "today": "NOUN"},
                                  ents=[("Min Aung Hlaing", "PERSON")]))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert list(people) == ["Min Aung Hlaing"]
    assert set(people["Min Aung Hlaing"]) == {"military leader", "Senior General"}


def test_a_persons_initials_in_capitals_are_that_person(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Mohammed bin Salman arrived . MBS spoke .",
                                  pos={"bin": "PROPN", "arrived": "VERB", "spoke": "VERB"},
                                  ents=[("Mohammed bin Salman", "PERSON"), ("MBS", "PERSON")]))
    people = [e for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert [(p["name"], p["aliases"]) for p in people] == [("Mohammed bin Salman", ["MBS"])]


def test_a_second_surname_written_without_its_particle_is_the_same_person(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Marcelo Ebrard Casaubon received them . Marcelo Ebrard spoke .",
                                  pos={"received": "VERB", "them": "PRON", "spoke": "VERB"},
                                  ents=[("Marcelo Ebrard Casaubon", "PERSON"), ("Marcelo Ebrard", "PERSON")]))
    assert [e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"] == ["Marcelo Ebrard Casaubon"]


def test_a_five_word_name_with_a_particle_after_a_countrys_possessive_is_a_person(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Brazil 's Luiz Inacio Lula da Silva received Abbas .",
                                  pos={"'s": "PART", "da": "PROPN", "received": "VERB"},
                                  ents=[("Brazil", "GPE"), ("Luiz Inacio Lula da Silva", "FAC"), ("Abbas", "PERSON")]))
    assert ("Luiz Inacio Lula da Silva", "PERSON") in ents(doc)


def test_a_country_in_a_titles_domain_is_the_roles_country(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Nikos Dendias , Foreign Minister of Greece , spoke .",
                                  pos={"of": "ADP", "spoke": "VERB"},
                                  ents=[("Nikos Dendias", "PERSON"), ("Greece", "GPE")]))
    person = next(e for e in doc._.dip_entities if e["label"] == "PERSON")
    assert person["roles"] == ["Foreign Minister of Greece"]
    assert person["role_orgs"][0]["country"] == "Greece"


def test_a_model_entity_ends_at_a_line_break(rules_nlp):
    text = "- Gertz , Attorney General of the Republic \n - Esteban Moctezuma , Ambassador"
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=[("Gertz", "PERSON"), ("Republic \n - Esteban", "GPE"),
                                                         ("Moctezuma", "PERSON")],
                                  pos={"of": "ADP", "the": "DET", "\n": "SPACE"}))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert "Esteban Moctezuma" in people and people["Gertz"] == ["Attorney General of the Republic"]


def test_a_quoted_nickname_just_after_a_name_joins_the_nickname_to_the_person(rules_nlp):
    text = 'President Mohamed Abdullahi Mohamed " Farmajo " of Somalia arrived . Later President Farmajo spoke .'
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"arrived": "VERB", "spoke": "VERB", "of": "ADP",
                                                        "Later": "ADV", '"': "PUNCT"},
                                  ents=[("Mohamed Abdullahi Mohamed", "PERSON"), ("Somalia", "GPE"),
                                        ("Farmajo", "PERSON")]))
    people = [e for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert [p["name"] for p in people] == ["Mohamed Abdullahi Mohamed"] and len(people[0]["mentions"]) == 2


def test_a_quoted_phrase_after_a_one_word_name_is_no_nickname(rules_nlp):
    text = 'Later Putin " Gladly " said .'
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"said": "VERB", "Later": "ADV", '"': "PUNCT"},
                                  ents=[("Putin", "PERSON")]))
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Putin"]


def test_a_place_run_on_over_for_and_a_form_of_address_ends_before_it(rules_nlp):
    text = "Kaunda gave a luncheon at State House for Dr Soares and Mr Machel ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"gave": "VERB", "for": "ADP", "and": "CCONJ", "at": "ADP"},
                                  ents=[("Kaunda", "PERSON"), ("State House for Dr Soares", "ORG"),
                                        ("Machel", "PERSON")]))
    assert "State House for Dr Soares" not in {e.text for e in doc.ents}
    assert {e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"} >= {"Kaunda", "Soares", "Machel"}


def test_major_before_a_name_is_a_rank_not_a_name_word(rules_nlp):
    text = "Major Ernesto Melo Antunes arrived . Later Major Melo Antunes spoke ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"arrived": "VERB", "spoke": "VERB", "Later": "ADV"},
                                  ents=[("Ernesto Melo Antunes", "PERSON"), ("Major Melo Antunes", "PERSON")]))
    people = [e for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert [p["name"] for p in people] == ["Ernesto Melo Antunes"] and len(people[0]["mentions"]) == 2
    assert people[0]["roles"] == []  # a rank written before a name is how he is addressed, not a post


def test_minister_without_portfolio_is_a_role(rules_nlp):
    text = "Ernesto Melo Antunes , Minister without Portfolio , arrived ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"arrived": "VERB", "without": "ADP"},
                                  ents=[("Ernesto Melo Antunes", "PERSON"), ("Portfolio", "PERSON")]))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert people == {"Ernesto Melo Antunes": ["Minister without Portfolio"]}


def test_a_name_cut_at_the_closing_quote_of_a_nickname_goes_on_to_the_surname(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Uruguay 's José ' Pepe ' Mujica spoke .",
                                  pos={"'s": "PART", "'": "PUNCT", "spoke": "VERB"},
                                  ents=[("Uruguay", "GPE"), ("José ' Pepe", "PERSON"), ("Mujica", "PERSON")]))
    assert [e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"] == ["José Mujica"]


def test_a_country_after_to_in_a_titles_domain_is_not_the_roles_country(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Nicholas Burns , Ambassador to China , spoke .",
                                  pos={"to": "ADP", "spoke": "VERB"},
                                  ents=[("Nicholas Burns", "PERSON"), ("China", "GPE")]))
    person = next(e for e in doc._.dip_entities if e["label"] == "PERSON")
    assert person["roles"] == ["Ambassador to China"] and person["role_orgs"][0]["country"] is None


def test_a_nationality_of_two_words_before_a_title_is_no_person(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "He met Sri Lankan Foreign Minister Ali Sabry .",
                                  pos={"He": "PRON", "met": "VERB"}, ents=[("Sri Lankan", "PERSON"), ("Ali Sabry", "PERSON")]))
    assert [e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"] == ["Ali Sabry"]


def test_a_two_word_military_rank_is_a_title_not_part_of_the_name(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "He met Colonel General Yunus-Bek Yevkurov .",
                                  pos={"He": "PRON", "met": "VERB"}, ents=[("Yunus-Bek Yevkurov", "PERSON")]))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert people == {"Yunus-Bek Yevkurov": ["Colonel General"]}


def test_a_titles_domain_that_runs_into_another_title_stops_before_it(rules_nlp):
    text = "and Leonardo Simao , Special Representative of the United Nations Secretary - General for West Africa ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"and": "CCONJ", "of": "ADP", "the": "DET", "for": "ADP"},
                                  ents=[("Leonardo Simao", "PERSON"), ("United Nations", "ORG"),
                                        ("West Africa", "GPE")]))
    assert [e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"] == ["Leonardo Simao"]
    assert "Special Representative of the United Nations" in [s.text for s in doc.spans["dip_roles"]]


def test_first_lady_is_a_title_not_part_of_the_name(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Jokowi , accompanied by First Lady Iriana , landed .",
                                  pos={"accompanied": "VERB", "by": "ADP", "landed": "VERB"},
                                  ents=[("Jokowi", "PERSON"), ("First Lady Iriana", "PERSON")]))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert people.get("Iriana") == ["First Lady"]


@pytest.mark.parametrize("text,ents_in,name,role", [
    # the model ran the ministry on into the name: one ORG
    ("Abe met Minister of Economy , Trade and Industry Hiroshige Seko .",
     [("Abe", "PERSON"), ("Economy , Trade and Industry Hiroshige Seko", "ORG")],
     "Hiroshige Seko", "Minister of Economy , Trade and Industry"),  # every word of a hand-built Doc is spaced
    # untagged, after a brief of two words joined by "and"
    ("Abe met Minister of Industry and Trade Tran Tuan Anh .", [("Abe", "PERSON")],
     "Tran Tuan Anh", "Minister of Industry and Trade"),
    # a title whose lexicon entry holds its domain goes on over "and" and another brief
    ("Abe met Minister of Foreign Affairs and International Cooperation Aliyu Bala .", [("Abe", "PERSON")],
     "Aliyu Bala", "Minister of Foreign Affairs and International Cooperation"),
])
def test_a_name_after_a_ministers_brief_is_no_part_of_the_titles_domain(rules_nlp, text, ents_in, name, role):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB", "of": "ADP", "and": "CCONJ"}, ents=ents_in))
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert people.get(name) == [role]


def test_a_domain_ending_in_an_organisations_head_word_keeps_it(rules_nlp):
    # "Corporation Rosatom" is no name: a head word of organisations is never a name word
    doc = run(rules_nlp, make_doc(rules_nlp, "Putin met Alexei Likhachev , Director General of the State Atomic "
                                             "Energy Corporation Rosatom .",
                                  pos={"met": "VERB", "of": "ADP", "the": "DET"},
                                  ents=[("Putin", "PERSON"), ("Alexei Likhachev", "PERSON")]))
    assert [s.text for s in doc.spans["dip_roles"]] == ["Director General of the State Atomic Energy Corporation Rosatom"]
    assert not any("Rosatom" in e["name"] for e in doc._.dip_entities if e["label"] == "PERSON")


@pytest.mark.parametrize("text,ents_in,place", [
    ("In St Petersburg , Putin spoke .", [("St Petersburg", "GPE"), ("Putin", "PERSON")], "St Petersburg"),
    ("In St. Petersburg , Putin spoke .", [("St. Petersburg", "GPE"), ("Putin", "PERSON")], "St. Petersburg"),
])
def test_a_saint_city_keeps_its_written_name_and_the_larger_citys_country(rules_nlp, text, ents_in, place):
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=ents_in, pos={"In": "ADP", "spoke": "VERB"}))
    venue = next(e for e in doc._.dip_entities if e["label"] == "VENUE")
    assert (venue["name"], venue["country"]) == (place, "Russia")  # not Saint Petersburg, not Florida's


def test_a_country_whose_parts_the_model_took_for_people_is_one_place(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Antigua and Barbuda 's Prime Minister Baldwin Spencer spoke .",
                                  ents=[("Antigua", "PERSON"), ("Barbuda", "PERSON"), ("Baldwin Spencer", "PERSON")],
                                  pos={"and": "CCONJ", "spoke": "VERB"}))
    assert ents(doc) == [("Antigua and Barbuda", "VENUE"), ("Baldwin Spencer", "PERSON")]


def test_a_name_that_runs_on_past_a_country_keeps_it(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "The Trinidad and Tobago Guardian reported .",
                                  ents=[("Trinidad and Tobago Guardian", "ORG")], pos={"The": "DET", "and": "CCONJ"}))
    assert ents(doc) == [("Trinidad and Tobago Guardian", "ORG")]



def test_a_model_event_named_after_a_building_word_is_a_venue(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "He laid a wreath at the Australian War Memorial .",
                                  ents=[("the Australian War Memorial", "EVENT")],
                                  pos={"He": "PRON", "laid": "VERB", "a": "DET", "at": "ADP", "the": "DET"}))
    assert ents(doc) == [("Australian War Memorial", "VENUE")]


@pytest.mark.parametrize("text,name,label", [
    ("Clinton visited the medieval Boyana Church .", "Boyana Church", "VENUE"),
    ("Clinton met the late Frank Church .", "Frank Church", "PERSON"),
    ("Clinton met Frank Church .", "Frank Church", "PERSON"),
])
def test_a_person_the_model_finds_after_the_whose_head_is_a_venue_word_is_a_venue(rules_nlp, text, name, label):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"visited": "VERB", "met": "VERB", "the": "DET",
                                                        "medieval": "ADJ", "late": "ADJ"},
                                  ents=[("Clinton", "PERSON"), (name, "PERSON")]))
    assert (name, label) in ents(doc)
