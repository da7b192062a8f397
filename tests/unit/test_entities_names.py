"""dip_names and role links: people by context, coordinations, particles, regnal names, roles."""
from __future__ import annotations

import pytest

import dipnlp
from dipnlp.entities.names import Names
from dipnlp.entities.names_match import name_key, same_person
from dipnlp.entities.places import load_places
from dipnlp.rules import read_package_table
from tests.unit.docs import apply_pipes as run
from tests.unit.docs import make_doc


def people(result):
    return {e["name"]: e["roles"] for e in result.entities if e["label"] == "PERSON"}


@pytest.mark.parametrize("text,name", [
    ("Russian President Vladimir Putin and Ukraine's Volodymyr Zelenskiy held their first talks on Monday.",
     "Volodymyr Zelenskiy"),
    ("Moussa Faki Mahamat, chairman of the AU Commission, also met Guterres.", "Moussa Faki Mahamat"),
    ("Argentina's Alberto Fernandez, Chile's Gabriel Boric and Colombia's Gustavo Petro are among those expected.",
     "Gustavo Petro"),
])
def test_person_shaped_name_in_a_persons_context_is_a_person(nlp, text, name):
    result = dipnlp.extract(text, date="2019-12-09", nlp=nlp)
    assert name in people(result)
    assert name not in {e["name"] for e in result.entities if e["label"] != "PERSON"}


def test_one_word_mention_follows_the_person_found_by_context(nlp):
    text = ("Russian President Vladimir Putin and Ukraine's Volodymyr Zelenskiy met in Paris. "
            "\"It's a draw,\" Zelenskiy told reporters.")
    result = dipnlp.extract(text, date="2019-12-09", nlp=nlp)
    assert "Zelenskiy" not in {e["name"] for e in result.entities if e["label"] == "ORG"}


def test_organisation_after_a_possessive_stays_an_organisation(nlp):
    result = dipnlp.extract("China's Communist Party Central Committee met on Monday.", date="2019-12-09", nlp=nlp)
    assert not [n for n in people(result) if "Committee" in n]


def test_two_people_joined_by_and_are_two(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "Fujimori and Mahuad had met .", pos={"and": "CCONJ", "had": "AUX",
                                                                                  "met": "VERB"},
                                  ents=[("Fujimori and Mahuad", "PERSON")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Fujimori", "PERSON"), ("Mahuad", "PERSON")]


def test_a_name_ends_at_a_colon(rules_nlp):
    # a headline after its source ("Sky News Live: Hollande In Mali"), which the model tags as one name
    doc = run(rules_nlp, make_doc(rules_nlp, "Sky News Live : Hollande arrived .", pos={"arrived": "VERB"},
                                  ents=[("Sky News Live : Hollande", "PERSON")]))
    assert ("Hollande", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert not [e for e in doc.ents if ":" in e.text]


def test_a_person_of_name_particles_alone_is_no_one(rules_nlp):
    doc = run(rules_nlp, make_doc(rules_nlp, "El - Sisi receives Blinken in Cairo .",
                                  pos={"receives": "VERB", "in": "ADP"},
                                  ents=[("El", "PERSON"), ("Blinken", "PERSON"), ("Cairo", "GPE")]))
    assert "El" not in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Blinken" in [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text,name", [
    ("He held talks with Egyptian President Abdel Fattah el-Sissi at the palace.", "Abdel Fattah el-Sissi"),
    ("The ceremony was attended by King Juan Carlos of Spain.", "King Juan Carlos"),
    ("He met Jordan's King Abdullah II in Amman.", "King Abdullah II"),
    # a capitalised "He" inside a sentence, of one noun phrase with the name before it
    ("When Chinese Vice Premier Liu He walked into the Oval Office, the mood was friendly.", "Liu He"),
])
def test_particles_and_regnal_names_stay_in_the_name(nlp, text, name):
    assert name in people(dipnlp.extract(text, date="2023-10-18", nlp=nlp))


def test_capitalised_function_word_ends_a_name(rules_nlp):
    text = "South Korean President Moon Jae In said the talks went well ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"said": "VERB", "went": "VERB", "well": "ADV", "In": "ADP",
                                                        "South": "PROPN", "Korean": "ADJ"},
                                  ents=[("South Korean", "NORP"), ("Moon Jae", "PERSON")]))
    assert ("Moon Jae In", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_in_as_a_preposition_is_not_taken_into_a_name(rules_nlp):
    text = "President Moon Jae met Kim In Seoul ."  # a capitalised function word followed by a name word
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB", "In": "ADP"},
                                  ents=[("Moon Jae", "PERSON"), ("Kim", "PERSON"), ("Seoul", "GPE")]))
    assert "Kim In" not in [e.text for e in doc.ents]


def test_medium_of_a_post_is_no_person(nlp):
    result = dipnlp.extract("Eritrea's Information Minister Yemane Gebremeskel said on Twitter that peace had come.",
                            date="2018-07-09", nlp=nlp)
    assert "Twitter" not in people(result)


def test_name_after_a_travel_verb_and_to_is_a_place(nlp):
    result = dipnlp.extract("Biden left Washington on Sunday and flew to Rzeszow in southeastern Poland.",
                            date="2023-02-20", nlp=nlp)
    assert "Rzeszow" not in people(result)


def test_name_after_the_city_of_is_a_place(nlp):
    result = dipnlp.extract("Gulf leaders gathered in the desert city of Al-Ula for a summit.",
                            date="2021-01-05", nlp=nlp)
    assert ("Al-Ula", "VENUE") in {(e["name"], e["label"]) for e in result.entities}


def test_plural_title_set_off_before_two_people_gives_each_the_core_role(nlp):
    text = ("The presidents of Peru and Ecuador, Alberto Fujimori and Jamil Mahuad, signed a peace treaty "
            "in Brasilia on Monday.")
    found = people(dipnlp.extract(text, date="1998-10-26", nlp=nlp))
    assert found["Alberto Fujimori"] == ["president"] and found["Jamil Mahuad"] == ["president"]


@pytest.mark.parametrize("text,name", [
    ("Pakistan's foreign secretary, Aizaz Ahmad Chaudhry, told reporters that the two leaders agreed.",
     "Aizaz Ahmad Chaudhry"),
    ("Boric is not expected to meet Nicolas Maduro, a Chilean official said.", "Nicolas Maduro"),
])
def test_a_clause_after_a_name_is_no_appositive(nlp, text, name):
    found = people(dipnlp.extract(text, date="2023-05-30", nlp=nlp))
    assert "leader" not in found[name] and "official" not in found[name]


def test_counterpart_is_no_role(nlp):
    found = people(dipnlp.extract("He met his Russian counterpart Sergei Lavrov in Moscow.", date="2017-05-02", nlp=nlp))
    assert found.get("Sergei Lavrov") == []


def test_name_without_its_first_given_name_and_doubled_letters_are_the_same_person():
    assert same_person(name_key("Tayyip Erdogan"), name_key("Recep Tayyip Erdogan"))
    assert same_person(name_key("Abdel Fattah el-Sissi"), name_key("Abdel Fattah al-Sisi"))
    assert not same_person(name_key("Hamad Al Thani"), name_key("Tamim bin Hamad Al Thani"))
    assert not same_person(name_key("Kim Jong Il"), name_key("Kim Jong Un"))


def _parsed(nlp, words, heads, deps, pos, ents):
    from spacy.tokens import Doc
    tags = {"PROPN": "NNP", "CCONJ": "CC", "VERB": "VBD", "ADP": "IN", "PUNCT": "."}
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=[tags[p] for p in pos],
               lemmas=[w.lower() for w in words], ents=ents)


def test_an_untagged_name_coordinated_with_a_person_is_a_person(rules_nlp):
    words = ["Emmanuel", "Macron", "and", "Xi", "Jinping", "travelled", "to", "Guangzhou", "."]
    doc = _parsed(rules_nlp, words, heads=[1, 5, 1, 4, 1, 5, 5, 6, 5],
                  deps=["compound", "nsubj", "cc", "compound", "conj", "ROOT", "prep", "pobj", "punct"],
                  pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                  ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O"])
    doc = run(rules_nlp, doc)
    assert ("Xi Jinping", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_coordinated_name_must_not_be_a_known_place(rules_nlp):
    words = ["Emmanuel", "Macron", "and", "Beijing", "agreed", "."]
    doc = _parsed(rules_nlp, words, heads=[1, 4, 1, 1, 4, 4],
                  deps=["compound", "nsubj", "cc", "conj", "ROOT", "punct"],
                  pos=["PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
                  ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    doc = run(rules_nlp, doc)
    assert "Beijing" not in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_style_of_address_is_no_part_of_a_name_and_no_person(rules_nlp):
    text = "His Royal Highness Prince Faisal met Omar Haddad . His Royal Highness said so ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"His": "PRON", "met": "VERB", "said": "VERB", "so": "ADV"},
                                  ents=[("Royal Highness Prince Faisal", "PERSON"), ("Omar Haddad", "PERSON")]))
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Prince Faisal" in people or "Faisal" in people
    assert not [p for p in people if "Highness" in p or p == "Royal"]


def test_a_malaysian_style_with_an_apostrophe_is_one_style(en_vocab):
    from spacy.tokens import Doc

    from dipnlp.entities.names import honorific_spans
    doc = Doc(en_vocab, words=["YAB", "Dato", "'", "Seri", "Anwar", "Ibrahim", "met", "YB", "Dato", "'", "Zambry"])
    styles = {("yab",), ("yb",), ("dato", "seri"), ("dato",)}  # as Names loads them, without apostrophes
    assert honorific_spans(doc, styles) == [(0, 1), (1, 4), (7, 8), (8, 10)]


def test_a_style_whose_full_stops_the_tokenizer_split_off_is_one_style(en_vocab):
    from spacy.tokens import Doc

    from dipnlp.entities.names import honorific_spans
    # "the Rt. Hon. Prime Minister Mr. Oli", tokenized "Rt", ".", "Hon", "."; "Mr." kept whole
    doc = Doc(en_vocab, words=["the", "Rt", ".", "Hon", ".", "Prime", "Minister", "Mr.", "Oli"],
              spaces=[True, False, True, False, True, True, True, True, False])
    styles = {("rt.", "hon."), ("hon.",), ("mr.",), ("mr",)}
    assert honorific_spans(doc, styles) == [(1, 5), (7, 8)]
    # a full stop after a space is no part of the word before it: "Hon" alone is a style, "Rt" is not
    doc = Doc(en_vocab, words=["Rt", ".", "Hon", "Oli"], spaces=[True, True, True, False])
    assert honorific_spans(doc, styles) == [(2, 3)]
    # a style listed without its full stop takes one the tokenizer split off: "Smt. Sushma Swaraj"
    doc = Doc(en_vocab, words=["Smt", ".", "Sushma", "Swaraj"], spaces=[False, True, True, False])
    assert honorific_spans(doc, {("smt",)}) == [(0, 2)]


def test_m_before_several_names_is_monsieur_not_an_initial(en_vocab):
    from spacy.tokens import Doc

    from dipnlp.entities.names import monsieur_spans
    words = ["M.", "Jean", "Dupont", "met", "M.", "Lefevre", "and", "Mr", "R.", "M.", "Sharma", "."]
    assert monsieur_spans(Doc(en_vocab, words=words)) == [(0, 1), (4, 5)]  # not "M." of "R. M. Sharma"
    # one name after "M.", however often: an initial ("M. Karunanidhi"), as is "M." before another initial
    words = ["M.", "Karunanidhi", "met", "M.", "K.", "Stalin", "and", "M.", "Karunanidhi", "spoke", "."]
    assert monsieur_spans(Doc(en_vocab, words=words)) == []


@pytest.mark.parametrize("text,name,role", [
    ("The Foreign Minister of Belgium, M. Jean Lefevre, received M. Marcel Dupont on Friday. M. Lefevre said the "
     "talks had gone well.", "Jean Lefevre", "Foreign Minister of Belgium"),
    ("The Prime Minister, Ratu Sir Josefa Vakatora, met the Governor on Monday. Ratu Josefa said the talks had gone "
     "well.", "Josefa Vakatora", "Prime Minister"),
])
def test_a_name_after_monsieur_or_a_fijian_style_is_the_persons(nlp, text, name, role):
    found = people(dipnlp.extract(text, date="1965-05-14", nlp=nlp))
    assert found[name] == [role]  # the title set off before the style is still the person's
    assert not [other for other in found if other.startswith(("M. ", "Ratu"))]


@pytest.mark.parametrize("text,names", [
    ("YAB Dato' Seri Anwar Ibrahim, Prime Minister of Malaysia, was accompanied by YB Dato' Seri Diraja Dr. Zambry "
     "Abdul Kadir, Minister of Foreign Affairs.", {"Anwar Ibrahim", "Zambry Abdul Kadir"}),
    ("His Highness Sheikh Hamad bin Rashid received Prime Minister Omar Haddad in Abu Dhabi.",
     {"Hamad bin Rashid", "Omar Haddad"}),
    ("His Majesty King Abdullah II received President Samuel Otieno in Amman.", {"King Abdullah II", "Samuel Otieno"}),
    ("His Excellency President Samuel Otieno met His Excellency Omar Haddad in Kampala.",
     {"Samuel Otieno", "Omar Haddad"}),
])
def test_the_name_after_a_style_and_a_title_is_the_persons(nlp, text, names):
    assert set(people(dipnlp.extract(text, date="2023-10-18", nlp=nlp))) == names


def test_a_given_name_the_model_tagged_apart_joins_the_name(rules_nlp):
    text = "The talks were attended by presidential aide Yury Ushakov ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"The": "DET", "were": "AUX", "attended": "VERB", "by": "ADP",
                                                        "presidential": "ADJ"},
                                  ents=[("Yury", "ORG"), ("Ushakov", "PERSON")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Yury Ushakov", "PERSON")]


def test_a_given_name_after_a_sentences_opening_word_joins_the_name(rules_nlp):
    text = "When Recep Tayyip Erdogan flew to Sochi , he met Putin ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"When": "SCONJ", "flew": "VERB", "to": "ADP", "he": "PRON",
                                                        "met": "VERB"},
                                  ents=[("Tayyip Erdogan", "PERSON"), ("Sochi", "GPE"), ("Putin", "PERSON")]))
    assert "Recep Tayyip Erdogan" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_title_or_a_place_before_a_name_is_not_a_given_name(rules_nlp):
    text = "The talks were attended by Minister Lavrov and Moscow Ushakov ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"The": "DET", "were": "AUX", "attended": "VERB", "by": "ADP",
                                                        "and": "CCONJ"},
                                  ents=[("Lavrov", "PERSON"), ("Moscow", "GPE"), ("Ushakov", "PERSON")]))
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Minister Lavrov" not in people and "Moscow Ushakov" not in people


@pytest.mark.parametrize("text,names", [
    ("External Affairs Minister Dr S Jaishankar called on President Ranil Wickremesinghe in Colombo.",
     {"S Jaishankar", "Ranil Wickremesinghe"}),
    ("The Honorable Enrique A. Manalo, Secretary of Foreign Affairs, met Yoshimasa Hayashi.",
     {"Enrique A. Manalo", "Yoshimasa Hayashi"}),
    ("Kazakh President Kassym-Jomart Tokayev and Tajik President Emomali Rahmon arrived in Xian.",
     {"Kassym-Jomart Tokayev", "Emomali Rahmon"}),
])
def test_styles_and_nationalities_are_not_names(nlp, text, names):
    assert set(people(dipnlp.extract(text, date="2023-05-18", nlp=nlp))) == names


@pytest.mark.parametrize("text,expected", [
    ("Kishida welcomed President Joe Biden and Prime Minister Rishi Sunak. Later Biden, Sunak and Kishida met.",
     {"Joe Biden", "Rishi Sunak"}),
    ("European Commission President Ursula von der Leyen met Fumio Kishida at 11.30 JST on Friday.",
     {"Ursula von der Leyen", "Fumio Kishida"}),
])
def test_names_split_at_commas_run_over_particles_and_time_zones_are_none(nlp, text, expected):
    assert expected <= set(people(dipnlp.extract(text, date="2023-05-20", nlp=nlp)))
    assert not [n for n in people(dipnlp.extract(text, date="2023-05-20", nlp=nlp)) if "," in n or n == "JST"]


def test_a_name_tagged_org_whose_surname_later_speaks_is_a_person(nlp):
    text = ("Volodymyr Zelenskiy is in Hiroshima and has spent the evening working through a list of leaders. "
            "Zelenskiy told reporters he was grateful.")
    assert "Volodymyr Zelenskiy" in people(dipnlp.extract(text, date="2023-05-20", nlp=nlp))


def test_a_known_surname_opening_a_sentence_as_its_subject_is_the_person(nlp):
    text = ("UN Secretary-General Antonio Guterres brokered the deal. Officials praised all parties. Guterres first "
            "floated the idea in April, when he travelled to Moscow.")
    result = dipnlp.extract(text, date="2022-07-22", nlp=nlp)
    [guterres] = [e for e in result.entities if e["name"] == "Antonio Guterres"]
    assert len(guterres["mentions"]) == 2


def test_places_written_with_st_are_known():
    places = load_places(read_package_table("places", Names.SCHEMAS["places"]))
    assert places["St Lucia"]["place"] == "Saint Lucia"
    assert places["St Vincent"]["place"] == "Saint Vincent and the Grenadines"


def test_the_official_vietnamese_spellings_are_the_news_ones():
    places = load_places(read_package_table("places", Names.SCHEMAS["places"]))
    assert places["Viet Nam"]["place"] == "Vietnam"
    assert places["Ha Noi"]["place"] == "Hanoi"


@pytest.mark.parametrize("text,ents,gone", [
    ("He thanked Vice President , Deputy Prime Minister and Chairman Mansour .",
     [("Deputy Prime", "PERSON")], "Deputy Prime"),
    ("He was greeted by S. Korean Amb. to Vietnam Oh Young-ju .", [("S. Korean", "PERSON")], "S. Korean"),
])
def test_a_person_made_only_of_title_words_or_a_nationality_is_no_one(rules_nlp, text, ents, gone):
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"thanked": "VERB", "greeted": "VERB", "and": "CCONJ",
                                                        "to": "ADP", "was": "AUX", "by": "ADP"}, ents=ents))
    assert gone not in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_title_word_before_bin_is_a_given_name(rules_nlp):
    text = "He met Dr. Sultan bin Ahmed Al Jaber , the minister ."
    doc = run(rules_nlp, make_doc(rules_nlp, text, pos={"met": "VERB", "bin": "PROPN", "the": "DET"},
                                  ents=[("Sultan bin Ahmed Al Jaber", "PERSON")]))
    assert ("Sultan bin Ahmed Al Jaber", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_opening_a_bulleted_line_before_a_comma_and_a_title_is_a_person(rules_nlp):
    text = "From the Indonesian side : \n - Pratikno , Minister of State Secretary ;"
    doc = make_doc(rules_nlp, text, pos={"From": "ADP", "the": "DET", "Indonesian": "ADJ", "of": "ADP"})
    doc = run(rules_nlp, doc)
    assert ("Pratikno", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_an_untagged_name_that_is_the_subject_of_a_meeting_verb_is_a_person(rules_nlp):
    from spacy.tokens import Doc

    words = ["Xi", "Jinping", "met", "Vladimir", "Putin", "in", "Beijing", "."]
    doc = Doc(rules_nlp.vocab, words=words, lemmas=["Xi", "Jinping", "meet", "Vladimir", "Putin", "in", "Beijing", "."],
              pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
              tags=["NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP", "."],
              heads=[1, 2, 2, 4, 2, 2, 5, 2], deps=["compound", "nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    doc = run(rules_nlp, doc)
    assert "Xi Jinping" in [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text,date,place", [
    # mostly after locatives, though once after another verb
    ("Thein Sein arrived on Sunday night from Naypyitaw for a state visit. Suu Kyi met Thein Sein in Naypyitaw in "
     "August. He returns to Naypyitaw tomorrow. Singapore kept talking to Naypyitaw through the difficult years.",
     "2012-01-30", "Naypyitaw"),
    # called a place once and a person once by the model, always after "at"
    ("Mr Modi arrived at Don Mueang airport on Saturday afternoon, where he was greeted by Deputy Prime Minister "
     "Somkid Jatusripitak.\n\nMalaysian Prime Minister Mahathir Mohamad, 94, landed at Don Mueang on Sunday morning.",
     "2019-11-03", "Don Mueang"),
    # set off by "the presidential palace" after it
    ("This morning there was the formal welcome ceremony at Rashtrapati Bhavan, the presidential palace, where "
     "President A.P.J. Abdul Kalam received him.", "2006-03-02", "Rashtrapati Bhavan"),
])
def test_a_name_its_contexts_make_a_place_is_no_person_and_meets_nobody(nlp, text, date, place):
    result = dipnlp.extract(text, date=date, nlp=nlp)
    assert place not in people(result)
    assert not [m for m in result.meetings if place in m["participants"]]



def test_two_peoples_surnames_joined_by_a_hyphen_are_those_two_people(en_vocab):
    from spacy.tokens import Doc

    from dipnlp.entities.names import split_name_pairs
    from dipnlp.entities.spans import Candidate

    text = "The Ban-Li talks : Ban Ki-moon met Li Zhaoxing ; Meir Ben-Shabbat and Ben-Shabbat 's aide Ben Smith ."
    words = text.replace("-", " - ").split()
    spaces = [not (w == "-" or words[i + 1:i + 2] == ["-"]) for i, w in enumerate(words)]
    doc = Doc(en_vocab, words=words, spaces=spaces)
    assert doc.text.startswith("The Ban-Li talks")
    people = [(1, 4), (6, 10), (11, 13), (14, 18), (19, 22), (24, 26)]
    cands = [Candidate(start, end, "PERSON") for start, end in people]
    texts = [doc[c.start:c.end].text for c in split_name_pairs(doc, cands)]
    assert texts[:3] == ["Ban", "Li", "Ban Ki-moon"]  # the talks of Ban Ki-moon and Li Zhaoxing
    assert "Ben-Shabbat" in texts  # Meir Ben-Shabbat's surname, though "Ben" starts Ben Smith's name


def test_a_surname_spelled_like_a_nationality_is_the_persons_name(nlp):
    # "Sudani" is also a form of "Sudanese": a full name of the article ending in it makes it a name
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Paris on Sunday. Sudani met French "
            "President Emmanuel Macron at the Elysee Palace on Monday.")
    result = dipnlp.extract(text, date="2023-01-27", nlp=nlp)
    assert {m["participants"][0] for m in result.meetings} | {m["participants"][1] for m in result.meetings} \
        == {"Mohammed Shia al-Sudani", "Emmanuel Macron"}


def test_a_nationality_is_still_no_one_beside_a_name_that_ends_in_another(nlp):
    result = dipnlp.extract("She was greeted by S. Korean Amb. to Vietnam Oh Young-ju and Mohammed Shia al-Sudani.",
                            date="2023-01-27", nlp=nlp)
    assert "S. Korean" not in people(result)
