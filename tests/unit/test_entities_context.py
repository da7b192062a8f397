"""Entity types from context (dip_entity_rules): sources, datelines, cue nouns, cue heads, acronyms.

Hand-built Docs where the rule needs no parse; the real model (``nlp`` fixture) for
rules that read the dependency parse.
"""
from __future__ import annotations

import pytest

from dipnlp.entities.cues import demonym_forms, head_label, load_cues
from tests.unit.docs import apply_pipes, make_doc


def run(nlp, doc, header_end=0):
    doc._.dip_header_end = header_end
    return apply_pipes(nlp, doc)


def ents(doc, label=None):
    return [(e.text, e.label_) for e in doc.ents if label is None or e.label_ == label]


def entity(doc, name):
    return next(e for e in doc._.dip_entities if e["name"] == name)


def test_header_source_and_dateline_source_are_orgs_and_dateline_city_is_a_venue(nlp):
    import dipnlp

    text = " date 2017-05-02 AFP\n\nNAIROBI (AFP) - Merkel met Putin in Sochi on Tuesday.\n"
    result = dipnlp.extract(text, nlp=nlp)
    labels = {(e["name"], e["label"]) for e in result.entities}
    assert ("AFP", "ORG") in labels
    assert len(next(e for e in result.entities if e["name"] == "AFP")["mentions"]) == 2
    assert "ORG" not in {e.label_ for e in result.doc.ents if e.text == "NAIROBI"}
    assert ("Nairobi", "VENUE") in labels


def test_a_header_source_named_alone_on_a_body_line_ends_there(nlp):
    import dipnlp

    text = (" date 2008-09-07 Today's Zaman Gül makes history with Yerevan trip\n\nTODAY'S ZAMAN\n"
            "Sunday, September 7, 2008\n\nGül makes history in Yerevan\n\n"
            "President Abdullah Gül flew to Yerevan yesterday. Gül met President Serzh Sargsyan.\n")
    result = dipnlp.extract(text, nlp=nlp)
    labels = {(e["name"], e["label"]) for e in result.entities}
    assert ("Today's Zaman", "ORG") in labels
    assert {e["name"] for e in result.entities if e["label"] == "PERSON"} == {"Abdullah Gül", "Serzh Sargsyan"}


def test_the_agency_of_a_dateline_below_a_headline_is_an_org(nlp):
    import dipnlp

    text = ("ZAMBIA NEWS AGENCY\nZANA 214/74 -- FOR IMMEDIATE RELEASE\n\nLEADERS SIGN ACCORD IN LUSAKA\n\n"
            "LUSAKA, September 7, 1974 (ZANA) -- President Kenneth Kaunda met Julius Nyerere at State House today.\n")
    result = dipnlp.extract(text, nlp=nlp)
    labels = {(e["name"], e["label"]) for e in result.entities}
    assert ("ZANA", "ORG") in labels and ("ZANA", "PERSON") not in labels


def test_the_source_in_capitals_on_a_line_of_its_own_is_no_dateline_and_the_city_below_is(nlp):
    import dipnlp

    text = (" date 2023-11-04 Kyodo News\n\nKishida addresses Congress\n\nKYODO NEWS - Nov 4, 2023 - 15:21\n\n"
            "MANILA - Japanese Prime Minister Fumio Kishida spoke on Saturday. Kishida flew in from Tokyo on "
            "Friday.\n")
    result = dipnlp.extract(text, nlp=nlp)
    assert ("Manila", "VENUE") in {(e["name"], e["label"]) for e in result.entities}
    assert {(t["destination"], t["origin"]) for t in result.to_dict()["travels"]} == {("Manila", "Tokyo")}


def test_the_source_in_capitals_with_its_article_is_no_dateline_place(nlp):
    import dipnlp

    text = (" date 1998-03-26 New Vision Leaders sign declaration\n\nLeaders sign declaration\n\n"
            "THE NEW VISION, Kampala, Thursday\n\nPresident Benjamin Mkapa arrived yesterday from Dar es Salaam.\n")
    result = dipnlp.extract(text, nlp=nlp)
    assert "NEW VISION" not in {e["name"] for e in result.entities if e["label"] == "VENUE"}
    assert "NEW VISION" not in {t["destination"] for t in result.to_dict()["travels"]}


def test_a_known_place_in_capitals_after_a_byline_and_a_date_line_is_the_dateline(nlp):
    import dipnlp

    text = (" date 2018-02-24 TOI\n\nModi hugs Trudeau\n\nA firm message on trade\n\nBy Rita Menon\n"
            "Feb 24, 2018, 04:12 IST\n\nNEW DELHI: Prime Minister Narendra Modi on Friday greeted Justin Trudeau. "
            "Trudeau arrived from Ottawa on Thursday.\n\nPUBLISHED: Feb 24, 2018\n")
    result = dipnlp.extract(text, nlp=nlp)
    venues = {e["name"] for e in result.entities if e["label"] == "VENUE"}
    assert "New Delhi" in venues and "PUBLISHED" not in venues
    assert {(t["destination"], t["origin"]) for t in result.to_dict()["travels"]} == {("New Delhi", "Ottawa")}


def test_source_named_again_in_the_text_keeps_its_type(nlp):
    import dipnlp

    text = " date 2019-06-29 Bloomberg\n\nOSAKA, Japan (Bloomberg) -- Trump met Xi, Bloomberg reported.\n"
    doc = dipnlp.extract(text, nlp=nlp).doc
    assert {e.label_ for e in doc.ents if e.text == "Bloomberg"} == {"ORG"}


@pytest.mark.parametrize("text,name", [
    ("They met at the InterContinental hotel in Geneva .", "InterContinental"),
    ("He was received at his Bocharov Ruchei residence .", "Bocharov Ruchei"),
    ("They met at the Intex Osaka convention center .", "Intex Osaka"),
])
def test_name_before_a_venue_noun_is_a_venue(rules_nlp, text, name):
    doc = make_doc(rules_nlp, text, pos={"met": "VERB", "was": "AUX", "received": "VERB", "his": "PRON"},
                   ents=[(name, "PERSON" if "Ruchei" in name else "ORG")])
    doc = run(rules_nlp, doc)
    assert (name, "VENUE") in ents(doc)


@pytest.mark.parametrize("text,name,label", [
    ("This afternoon the president visited Cidade de Deus, the west-zone community made famous by a film.",
     "Cidade de Deus", "VENUE"),
    ("Jared Kushner, the real-estate developer, met Mahmoud Abbas in Ramallah.", "Jared Kushner", "PERSON"),
])
def test_a_name_set_off_by_a_place_or_settlement_noun_is_a_venue(nlp, text, name, label):
    import dipnlp

    result = dipnlp.extract(text, date="2011-03-20", nlp=nlp)
    assert {e["name"]: e["label"] for e in result.entities}.get(name) == label
    assert all(name not in m["participants"] for m in result.meetings) == (label == "VENUE")


@pytest.mark.parametrize("text,name,label", [
    ("On May 22 the cardinals met the Pope and concelebrated Mass with him in St Peter's; the Vatican confirmed "
     "the visit.", "St Peter", "VENUE"),
    ("The Pope received St Peter's successor.", None, None),  # a possessive before its noun: no place
])
def test_a_possessive_name_with_no_noun_after_a_preposition_of_place_is_a_venue(nlp, text, name, label):
    import dipnlp

    result = dipnlp.extract(text, date="1982-05-30", nlp=nlp)
    labels = {e["name"]: e["label"] for e in result.entities}
    if name:
        assert labels.get(name) == label
    else:
        assert "VENUE" not in {labels[n] for n in labels if "Peter" in n}


@pytest.mark.parametrize("text,ent_in,expected", [
    ("leaders of the Gulf Cooperation Council met .", ("Gulf Cooperation Council", "GPE"),
     ("Gulf Cooperation Council", "ORG")),
    ("They met at the Palais des Nations .", ("Palais des Nations", "ORG"), ("Palais des Nations", "VENUE")),
    ("He left Joint Base Andrews on Sunday .", ("Joint Base Andrews", "PERSON"), ("Joint Base Andrews", "VENUE")),
])
def test_head_word_cue_gives_the_type(rules_nlp, text, ent_in, expected):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB", "left": "VERB", "of": "ADP", "des": "ADP",
                                                        "on": "ADP"}, ents=[ent_in]))
    assert expected in ents(doc)


def test_nationality_adjective_is_no_entity(rules_nlp):
    text = "They met in the Kazakh capital Astana ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB", "in": "ADP", "the": "DET", "Kazakh": "ADJ"},
                                  ents=[("Kazakh", "GPE"), ("Astana", "GPE")]))
    assert ents(doc) == [("Kazakh", "NORP"), ("Astana", "VENUE")]
    assert [e["name"] for e in doc._.dip_entities] == ["Astana"]


def test_acronym_before_an_org_noun_is_an_org(rules_nlp):
    text = "a summit of the BRICS emerging economies in Ufa ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"emerging": "ADJ", "of": "ADP", "in": "ADP"},
                                  ents=[("Ufa", "GPE")]))
    assert ("BRICS", "ORG") in ents(doc)


def test_group_acronyms_and_group_of_n_are_orgs(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "the G8 and the Group of Seven summit .",
                                  pos={"the": "DET", "and": "CCONJ", "of": "ADP", "Seven": "NUM"},
                                  ents=[("G8", "PERSON")]))
    assert ("G8", "ORG") in ents(doc) and ("Group of Seven", "ORG") in ents(doc)


def test_org_cut_at_parenthesis(rules_nlp):
    text = "the Shanghai Cooperation Organisation ( SCO ) met"
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB"},
                                  ents=[("Shanghai Cooperation Organisation ( SCO", "ORG")]))
    assert [t for t, _ in ents(doc, "ORG")] == ["Shanghai Cooperation Organisation", "SCO"]


def test_two_orgs_joined_by_a_hyphen_are_two(nlp):
    import dipnlp

    text = "Lakhdar Brahimi, the joint United Nations-Arab League envoy for Syria, met Kerry in Geneva."
    doc = dipnlp.extract(text, date="2013-09-14", nlp=nlp).doc
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "United Nations" in orgs and "Arab League" in orgs


def test_lower_case_words_are_no_entity(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "NATO 's eastern flank members", pos={"eastern": "ADJ"},
                                  ents=[("NATO", "ORG"), ("flank", "ORG")]))
    assert ents(doc) == [("NATO", "ORG")]


def test_title_word_before_an_org_head_is_no_title(rules_nlp):
    text = "on the sidelines of the U.N. General Assembly ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"on": "ADP", "of": "ADP", "sidelines": "NOUN"},
                                  ents=[("U.N. General Assembly", "ORG")]))
    assert ents(doc) == [("U.N. General Assembly", "ORG")]
    assert doc._.dip_titles == []


def test_possessive_saint_and_building_are_one_venue(rules_nlp):
    text = "a wreath outside St. Michael 's Golden-Domed Monastery ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, ents=[("St. Michael", "GPE"), ("Golden-Domed Monastery", "FAC")]))
    assert ents(doc) == [("St. Michael 's Golden-Domed Monastery", "VENUE")]


@pytest.mark.parametrize("text,label", [
    ("Biden will meet Netanyahu , the White House said .", "ORG"),
    ("White House spokeswoman Sarah Sanders said the talks went well .", "ORG"),
    ("Merkel met Trump at the White House in March .", "VENUE"),
])
def test_building_used_as_its_institution_is_an_org(nlp, text, label):
    import dipnlp

    doc = dipnlp.extract(text, date="2019-01-01", nlp=nlp).doc
    assert [e.label_ for e in doc.ents if e.text == "White House"] == [label]


def test_cue_helpers():
    cues = load_cues([{"class": "org_head", "words": ["Council"]}, {"class": "venue_head", "words": ["palace"]}])
    assert head_label(["Palace", "of", "the", "Revolution"], cues) == "VENUE"
    assert head_label(["Gulf", "Cooperation", "Council"], cues) == "ORG"
    assert head_label(["Tampa", "Bay"], cues) is None
    forms = demonym_forms(["Kuwait", "Kazakhstan", "India", "Germany", "China"])
    assert {"Kuwaiti", "Kazakh", "Indian", "German", "Chinese"} <= forms
    assert "India" not in forms


#: Parts of speech of the function words in the sentences of the tests on names run on from a country.
FUNCTION_WORDS = {"met": "VERB", "with": "ADP", "of": "ADP", "the": "DET", "'s": "PART", "It": "PRON", "was": "AUX",
                  "attended": "VERB", "by": "ADP", "He": "PRON", "spoke": "VERB", "The": "DET", "hosted": "VERB",
                  "signing": "NOUN", "Taking": "VERB", "part": "NOUN", "are": "AUX", "and": "CCONJ"}


@pytest.mark.parametrize("text,tagged,country,person", [
    ("Putin met President of the Islamic Republic of Iran Masoud Pezeshkian .",
     ("Islamic Republic of Iran Masoud Pezeshkian", "GPE"), "Islamic Republic of Iran", "Masoud Pezeshkian"),
    ("Xi met with President of the Lao People's Democratic Republic Thongloun Sisoulith .",
     ("Lao People's Democratic Republic Thongloun Sisoulith", "GPE"), "Lao People's Democratic Republic",
     "Thongloun Sisoulith"),
    ("It was attended by President of Turkmenistan Serdar Berdimuhamedov .",  # all tagged a PERSON
     ("Turkmenistan Serdar Berdimuhamedov", "PERSON"), "Turkmenistan", "Serdar Berdimuhamedov"),
])
def test_a_name_the_model_ran_on_from_a_country_after_of_is_a_person(rules_nlp, text, tagged, country, person):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos=FUNCTION_WORDS,
                                  ents=[("Putin", "PERSON"), ("Xi", "PERSON"), tagged]))
    assert (person, "PERSON") in ents(doc)
    assert (country, "VENUE") in ents(doc)


def test_a_name_the_model_ran_on_from_a_country_after_a_spaced_dash_is_a_person(rules_nlp):
    text = "Taking part are the presidents of Azerbaijan - Heydar Aliyev , Armenia - Robert Kocharyan and Russia - NATO ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos=FUNCTION_WORDS,
                                  ents=[("Azerbaijan - Heydar Aliyev", "ORG"), ("Armenia - Robert Kocharyan", "ORG"),
                                        ("Russia - NATO", "ORG")]))
    assert {("Heydar Aliyev", "PERSON"), ("Robert Kocharyan", "PERSON"), ("Armenia", "VENUE")} <= set(ents(doc))
    assert ("Azerbaijan", "PERSON") not in ents(doc)
    assert not ents(doc, "PERSON")[2:]  # "NATO" after "Russia -" is one word: no person's name


@pytest.mark.parametrize("text,tagged", [
    ("He spoke of the China-Pakistan Economic Corridor .", "China-Pakistan Economic Corridor"),
    ("The King hosted the signing of the Jeddah Peace Agreement .", "Jeddah Peace Agreement"),  # a document's head
])
def test_an_organisation_or_a_deal_after_of_keeps_its_name(rules_nlp, text, tagged):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos=FUNCTION_WORDS, ents=[(tagged, "ORG")]))
    assert not ents(doc, "PERSON")


def test_an_untagged_name_after_a_title_of_a_country_is_not_part_of_the_title(rules_nlp):
    text = "Li met with President of the Republic of Korea Yoon Suk Yeol on Saturday ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB", "with": "ADP", "of": "ADP", "the": "DET",
                                                        "on": "ADP"},
                                  ents=[("Li", "PERSON"), ("Republic of Korea", "GPE"), ("Saturday", "DATE")]))
    assert ("Yoon Suk Yeol", "PERSON") in ents(doc)


def test_an_organisation_pattern_does_not_run_on_into_the_name_after_it(rules_nlp):
    text = "Also there was Secretary-General of the League of Arab States Ahmed Aboul Gheit ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"Also": "ADV", "there": "ADV", "was": "AUX", "of": "ADP",
                                                        "the": "DET"},
                                  ents=[("League of Arab States", "ORG")]))
    assert ("Ahmed Aboul Gheit", "PERSON") in ents(doc)
    assert ("League of Arab States", "ORG") in ents(doc)


def test_a_place_the_model_cut_before_its_head_word_takes_it_in(rules_nlp):
    from spacy.tokens import Doc

    words = ["Lula", "went", "to", "Santa", "Cruz", "de", "la", "Sierra", "."]
    doc = Doc(rules_nlp.vocab, words=words, pos=["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN",
                                                 "PUNCT"],
              tags=["NNP", "VBD", "IN", "NNP", "NNP", "NNP", "NNP", "NNP", "."],
              heads=[1, 1, 1, 7, 7, 7, 7, 2, 1],
              deps=["nsubj", "ROOT", "prep", "compound", "compound", "compound", "compound", "pobj", "punct"],
              ents=["B-PERSON", "O", "O", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "O", "O"])
    assert ("Santa Cruz de la Sierra", "VENUE") in ents(run(rules_nlp, doc))


class _Text:
    """Just the text of a Doc, for the header-line helpers that read nothing else."""

    def __init__(self, text):
        self.text = text


@pytest.mark.parametrize("header,body_line,source", [
    # the body repeats the headline in title case and goes on longer
    ("Yonhap Moon, Trump agree to resume talks at Panmunjom", "Moon, Trump Agree To Resume Talks At Panmunjom; Kim "
     "Joins", "Yonhap"),
    # the exact repeat, as before
    ("Newsroom Panama Rubio heads for the canal", "Rubio heads for the canal", "Newsroom Panama"),
    # no body line opens like the rest of the header: the whole line
    ("Yonhap Moon meets Trump", "SEOUL - President Moon Jae-in met Trump", "Yonhap Moon meets Trump"),
])
def test_the_source_on_the_header_line_ends_where_a_headline_repeated_below_starts(header, body_line, source):
    from dipnlp.entities.context import _before_repeated_headline, _header_line_end

    text = f" date 2019-06-30 {header}\n\n{body_line}\n\nMore text here.\n"
    doc, start = _Text(text), len(" date 2019-06-30 ")
    end = _before_repeated_headline(doc, start, _header_line_end(doc, start))
    assert text[start:end].strip() == source


def test_the_source_before_a_headline_the_body_repeats_otherwise_is_an_organisation(nlp):
    import dipnlp

    text = (" date 2019-06-30 Yonhap Moon, Trump agree to resume talks at Panmunjom\n\nMoon, Trump Agree To Resume "
            "Talks At Panmunjom\n\nSEOUL - President Moon Jae-in met US President Donald Trump on Sunday.\n")
    labels = {(e["name"], e["label"]) for e in dipnlp.extract(text, nlp=nlp).entities}
    assert ("Yonhap", "ORG") in labels
