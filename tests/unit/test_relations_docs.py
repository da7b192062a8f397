"""dip_relations on hand-built Docs (no statistical model): sides, status, date, venue, travel."""
from __future__ import annotations

import pytest
from spacy.lang.en import English

from dipnlp.extensions import register_extensions
from dipnlp.relations.component import RelationExtractor
from tests.unit.docs import parsed_doc as make_doc

@pytest.fixture(scope="module")
def component():
    register_extensions()
    nlp = English()
    pipe = RelationExtractor(nlp)
    pipe.initialize(nlp=nlp)
    return pipe


MET = [("Trump", "Trump", "NNP", "nsubj", 1), ("met", "meet", "VBD", "ROOT", 1), ("with", "with", "IN", "prep", 1),
       ("Kim", "Kim", "NNP", "pobj", 2), ("in", "in", "IN", "prep", 1), ("Hanoi", "Hanoi", "NNP", "pobj", 4),
       ("on", "on", "IN", "prep", 1), ("Friday", "Friday", "NNP", "pobj", 6), (".", ".", ".", "punct", 1)]
PEOPLE = [("Donald Trump", "PERSON", 0, 1), ("Kim Jong Un", "PERSON", 3, 4)]


def test_met_with_gives_two_sides_date_venue_and_occurred(component):
    doc = make_doc(component.nlp.vocab, MET, PEOPLE + [("Hanoi", "VENUE", 5, 6)], [(7, 8, "2019-01-18")])
    [meeting] = component(doc)._.dip_meetings
    assert meeting["sides"] == [[0], [1]]
    assert (meeting["date"], meeting["venue"], meeting["status"]) == ("2019-01-18", 2, "occurred")
    assert meeting["date_span"] == [doc[7].idx, doc[7].idx + 6]
    assert "meet_verb_with" in meeting["rule"]
    assert meeting["evidence"] == [{"start": 0, "end": len(doc.text.rstrip())}]


@pytest.mark.parametrize("aux,tag,status", [("will", "MD", "planned"), ("not", "RB", "negated")])
def test_status_from_auxiliary_and_negation(component, aux, tag, status):
    rows = [("Trump", "Trump", "NNP", "nsubj", 2), (aux, aux, tag, "aux" if tag == "MD" else "neg", 2),
            ("meet", "meet", "VB", "ROOT", 2), ("Kim", "Kim", "NNP", "dobj", 2), (".", ".", ".", "punct", 2)]
    doc = make_doc(component.nlp.vocab, rows, [("Donald Trump", "PERSON", 0, 1), ("Kim Jong Un", "PERSON", 3, 4)])
    [meeting] = component(doc)._.dip_meetings
    assert meeting["status"] == status


def test_a_meeting_asked_about_with_whether_is_uncertain(component):
    # "Asked whether Lavrov would meet Khan , officials said nothing ."
    rows = [("Asked", "ask", "VBN", "advcl", 8), ("whether", "whether", "IN", "mark", 4), ("Lavrov", "Lavrov", "NNP", "nsubj", 4),
            ("would", "would", "MD", "aux", 4), ("meet", "meet", "VB", "ccomp", 0), ("Khan", "Khan", "NNP", "dobj", 4),
            (",", ",", ",", "punct", 8), ("officials", "official", "NNS", "nsubj", 8), ("said", "say", "VBD", "ROOT", 8),
            ("nothing", "nothing", "NN", "dobj", 8), (".", ".", ".", "punct", 8)]
    doc = make_doc(component.nlp.vocab, rows, [("Sergei Lavrov", "PERSON", 2, 3), ("Imran Khan", "PERSON", 5, 6)])
    [meeting] = component(doc)._.dip_meetings
    assert meeting["status"] == "uncertain"


def test_a_subject_of_neither_nor_negates_the_meeting(component):
    # "Neither Trump nor Moon will meet Kim."
    rows = [("Neither", "neither", "DT", "preconj", 1), ("Trump", "Trump", "NNP", "nsubj", 5),
            ("nor", "nor", "CC", "cc", 1), ("Moon", "Moon", "NNP", "conj", 1), ("will", "will", "MD", "aux", 5),
            ("meet", "meet", "VB", "ROOT", 5), ("Kim", "Kim", "NNP", "dobj", 5), (".", ".", ".", "punct", 5)]
    doc = make_doc(component.nlp.vocab, rows, [("Donald Trump", "PERSON", 1, 2), ("Moon Jae-in", "PERSON", 3, 4),
                                               ("Kim Jong Un", "PERSON", 6, 7)])
    assert {m["status"] for m in component(doc)._.dip_meetings} == {"negated"}


def test_a_future_date_makes_a_meeting_planned(component):
    doc = make_doc(component.nlp.vocab, MET, PEOPLE, [(7, 8, "2019-02-01")])
    assert component(doc)._.dip_meetings[0]["status"] == "planned"


def test_phone_talks_are_not_a_meeting(component):
    rows = [("Trump", "Trump", "NNP", "nsubj", 1), ("held", "hold", "VBD", "ROOT", 1),
            ("phone", "phone", "NN", "compound", 3), ("talks", "talk", "NNS", "dobj", 1),
            ("with", "with", "IN", "prep", 1), ("Kim", "Kim", "NNP", "pobj", 4), (".", ".", ".", "punct", 1)]
    doc = make_doc(component.nlp.vocab, rows, [("Donald Trump", "PERSON", 0, 1), ("Kim Jong Un", "PERSON", 5, 6)])
    assert component(doc)._.dip_meetings == []


def test_travel_with_destination_and_origin(component):
    rows = [("Choe", "Choe", "NNP", "nsubj", 1), ("flew", "fly", "VBD", "ROOT", 1), ("to", "to", "IN", "prep", 1),
            ("Sweden", "Sweden", "NNP", "pobj", 2), ("from", "from", "IN", "prep", 1),
            ("Beijing", "Beijing", "NNP", "pobj", 4), (".", ".", ".", "punct", 1)]
    entities = [("Choe Son Hui", "PERSON", 0, 1), ("Sweden", "VENUE", 3, 4), ("Beijing", "VENUE", 5, 6)]
    doc = component(make_doc(component.nlp.vocab, rows, entities))
    assert doc._.dip_meetings == []
    [travel] = doc._.dip_travels
    assert (travel["traveler"], travel["destination"], travel["origin"], travel["status"]) == (0, 1, 2, "occurred")


def test_a_document_without_entities_gives_nothing(component):
    doc = make_doc(component.nlp.vocab, MET, [])
    doc._.dip_entities = None
    doc = component(doc)
    assert (doc._.dip_meetings, doc._.dip_travels) == ([], [])


def test_a_delegation_is_led_by_the_leader_the_parse_hangs_on_its_of_phrase(component):
    # "Jaishankar received a delegation of the Alliance led by Sampanthan ."
    rows = [("Jaishankar", "Jaishankar", "NNP", "nsubj", 1), ("received", "receive", "VBD", "ROOT", 1),
            ("a", "a", "DT", "det", 3), ("delegation", "delegation", "NN", "dobj", 1), ("of", "of", "IN", "prep", 3),
            ("the", "the", "DT", "det", 6), ("Alliance", "Alliance", "NNP", "pobj", 4),
            ("led", "lead", "VBN", "acl", 6), ("by", "by", "IN", "agent", 7), ("Sampanthan", "Sampanthan", "NNP", "pobj", 8),
            (".", ".", ".", "punct", 1)]
    doc = make_doc(component.nlp.vocab, rows, [("Jaishankar", "PERSON", 0, 1), ("Sampanthan", "PERSON", 9, 10),
                                               ("Alliance", "ORG", 6, 7)])
    [meeting] = component(doc)._.dip_meetings
    assert sorted(p for side in meeting["sides"] for p in side) == [0, 1]


def _meeting_dates(component, rows, entities, dates):
    doc = component(make_doc(component.nlp.vocab, rows, entities, dates))
    return [m["date"] for m in doc._.dip_meetings]


def test_a_meeting_in_a_when_clause_takes_the_date_of_the_clause_it_hangs_on(component):
    # "Wang visited Washington in October , when he met Biden ." ("when" as the parse's advmod)
    rows = [("Wang", "Wang", "NNP", "nsubj", 1), ("visited", "visit", "VBD", "ROOT", 1),
            ("Washington", "Washington", "NNP", "dobj", 1), ("in", "in", "IN", "prep", 1),
            ("October", "October", "NNP", "pobj", 3), (",", ",", ",", "punct", 1), ("when", "when", "WRB", "advmod", 8),
            ("Wang", "Wang", "NNP", "nsubj", 8), ("met", "meet", "VBD", "advcl", 1), ("Biden", "Biden", "NNP", "dobj", 8),
            (".", ".", ".", "punct", 1)]
    entities = [("Wang Yi", "PERSON", 0, 1), ("Washington", "VENUE", 2, 3), ("Joe Biden", "PERSON", 9, 10)]
    assert _meeting_dates(component, rows, entities, [(4, 5, "2018-10")]) == ["2018-10"]


def test_a_date_opening_the_sentence_dates_its_later_coordinated_clause(component):
    # "On Monday Lajcak traveled to Belgrade , and Escobar met Vucic ."
    rows = [("On", "on", "IN", "prep", 3), ("Monday", "Monday", "NNP", "pobj", 0), ("Lajcak", "Lajcak", "NNP", "nsubj", 3),
            ("traveled", "travel", "VBD", "ROOT", 3), ("to", "to", "IN", "prep", 3), ("Belgrade", "Belgrade", "NNP", "pobj", 4),
            (",", ",", ",", "punct", 3), ("and", "and", "CC", "cc", 3), ("Escobar", "Escobar", "NNP", "nsubj", 9),
            ("met", "meet", "VBD", "conj", 3), ("Vucic", "Vucic", "NNP", "dobj", 9), (".", ".", ".", "punct", 3)]
    entities = [("Miroslav Lajcak", "PERSON", 2, 3), ("Belgrade", "VENUE", 5, 6), ("Gabriel Escobar", "PERSON", 8, 9),
                ("Aleksandar Vucic", "PERSON", 10, 11)]
    assert _meeting_dates(component, rows, entities, [(1, 2, "2019-01-14")]) == ["2019-01-14"]
    # "Lajcak traveled on Monday to Belgrade , and Escobar met Vucic .": the date is the first clause's alone
    inside = [("Lajcak", "Lajcak", "NNP", "nsubj", 1), ("traveled", "travel", "VBD", "ROOT", 1), ("on", "on", "IN", "prep", 1),
              ("Monday", "Monday", "NNP", "pobj", 2)] + [(w, lem, tag, dep, 1 if head == 3 else head)
                                                         for w, lem, tag, dep, head in rows[4:]]
    entities[0] = ("Miroslav Lajcak", "PERSON", 0, 1)
    assert _meeting_dates(component, inside, entities, [(3, 4, "2019-01-14")]) == [None]


def test_a_meeting_in_a_during_which_clause_takes_the_date_before_it(component):
    # "Deby visited Niamey on Monday , during which Deby met Tchiani ."
    rows = [("Deby", "Deby", "NNP", "nsubj", 1), ("visited", "visit", "VBD", "ROOT", 1), ("Niamey", "Niamey", "NNP", "dobj", 1),
            ("on", "on", "IN", "prep", 1), ("Monday", "Monday", "NNP", "pobj", 3), (",", ",", ",", "punct", 1),
            ("during", "during", "IN", "prep", 9), ("which", "which", "WDT", "pobj", 6), ("Deby", "Deby", "NNP", "nsubj", 9),
            ("met", "meet", "VBD", "advcl", 1), ("Tchiani", "Tchiani", "NNP", "dobj", 9), (".", ".", ".", "punct", 1)]
    entities = [("Mahamat Deby", "PERSON", 0, 1), ("Niamey", "VENUE", 2, 3), ("Abdourahamane Tchiani", "PERSON", 10, 11)]
    assert _meeting_dates(component, rows, entities, [(4, 5, "2019-01-14")]) == ["2019-01-14"]


def test_a_where_clause_on_a_trips_place_takes_the_trips_date(component):
    # "Pompeo began his tour on Saturday in Tokyo , where Pompeo met Abe ." (date and place hang on "tour")
    rows = [("Pompeo", "Pompeo", "NNP", "nsubj", 1), ("began", "begin", "VBD", "ROOT", 1), ("his", "his", "DT", "poss", 3),
            ("tour", "tour", "NN", "dobj", 1), ("on", "on", "IN", "prep", 3), ("Saturday", "Saturday", "NNP", "pobj", 4),
            ("in", "in", "IN", "prep", 3), ("Tokyo", "Tokyo", "NNP", "pobj", 6), (",", ",", ",", "punct", 7),
            ("where", "where", "WRB", "advmod", 11), ("Pompeo", "Pompeo", "NNP", "nsubj", 11),
            ("met", "meet", "VBD", "relcl", 7), ("Abe", "Abe", "NNP", "dobj", 11), (".", ".", ".", "punct", 1)]
    entities = [("Mike Pompeo", "PERSON", 0, 1), ("Tokyo", "VENUE", 7, 8), ("Shinzo Abe", "PERSON", 12, 13)]
    doc = make_doc(component.nlp.vocab, rows, entities, [(5, 6, "2019-01-19")])
    doc._.dip_entities[0]["mentions"].append([10, 11])
    [meeting] = component(doc)._.dip_meetings
    assert (meeting["date"], meeting["venue"]) == ("2019-01-19", 1)


def test_a_where_clause_hung_on_the_verb_is_at_the_place_before_it_and_in_that_verbs_time(component):
    # "Grossi will travel to Tehran next week , where Grossi will meet Araghchi ." ("where" clause as advcl)
    rows = [("Grossi", "Grossi", "NNP", "nsubj", 2), ("will", "will", "MD", "aux", 2), ("travel", "travel", "VB", "ROOT", 2),
            ("to", "to", "IN", "prep", 2), ("Tehran", "Tehran", "NNP", "pobj", 3), ("next", "next", "JJ", "amod", 6),
            ("week", "week", "NN", "npadvmod", 2), (",", ",", ",", "punct", 2), ("where", "where", "WRB", "advmod", 11),
            ("Grossi", "Grossi", "NNP", "nsubj", 11), ("will", "will", "MD", "aux", 11), ("meet", "meet", "VB", "advcl", 2),
            ("Araghchi", "Araghchi", "NNP", "dobj", 11), (".", ".", ".", "punct", 2)]
    entities = [("Rafael Grossi", "PERSON", 0, 1), ("Tehran", "VENUE", 4, 5), ("Abbas Araghchi", "PERSON", 12, 13)]
    doc = make_doc(component.nlp.vocab, rows, entities, [(5, 7, "2019-01-21/2019-01-27")])
    doc._.dip_entities[0]["mentions"].append([9, 10])
    [meeting] = component(doc)._.dip_meetings
    assert (meeting["date"], meeting["venue"], meeting["status"]) == ("2019-01-21/2019-01-27", 1, "planned")


def test_a_companion_along_with_the_subject_travels_too(component):
    # "Mnuchin , along with Navarro , flew to Beijing ."
    rows = [("Mnuchin", "Mnuchin", "NNP", "nsubj", 6), (",", ",", ",", "punct", 0), ("along", "along", "IN", "prep", 0),
            ("with", "with", "IN", "prep", 2), ("Navarro", "Navarro", "NNP", "pobj", 3), (",", ",", ",", "punct", 0),
            ("flew", "fly", "VBD", "ROOT", 6), ("to", "to", "IN", "prep", 6), ("Beijing", "Beijing", "NNP", "pobj", 7),
            (".", ".", ".", "punct", 6)]
    entities = [("Steven Mnuchin", "PERSON", 0, 1), ("Peter Navarro", "PERSON", 4, 5), ("Beijing", "VENUE", 8, 9)]
    doc = component(make_doc(component.nlp.vocab, rows, entities))
    assert sorted((t["traveler"], t["destination"]) for t in doc._.dip_travels) == [(0, 2), (1, 2)]


def test_a_delegation_is_led_by_the_leader_the_parse_hangs_on_its_from_phrase(component):
    # "A delegation from the companies , led by Ishige , arrived in Hanoi ."
    rows = [("A", "a", "DT", "det", 1), ("delegation", "delegation", "NN", "nsubj", 10), ("from", "from", "IN", "prep", 1),
            ("the", "the", "DT", "det", 4), ("companies", "company", "NNS", "pobj", 2), (",", ",", ",", "punct", 4),
            ("led", "lead", "VBN", "acl", 4), ("by", "by", "IN", "agent", 6), ("Ishige", "Ishige", "NNP", "pobj", 7),
            (",", ",", ",", "punct", 4), ("arrived", "arrive", "VBD", "ROOT", 10), ("in", "in", "IN", "prep", 10),
            ("Hanoi", "Hanoi", "NNP", "pobj", 11), (".", ".", ".", "punct", 10)]
    doc = component(make_doc(component.nlp.vocab, rows, [("Hiroyuki Ishige", "PERSON", 8, 9), ("Hanoi", "VENUE", 12, 13)]))
    assert [(t["traveler"], t["destination"]) for t in doc._.dip_travels] == [(0, 1)]


def test_who_accompanies_a_trip_travels_too(component):
    # "Bush flew to Kyiv , accompanied by Rice ."
    rows = [("Bush", "Bush", "NNP", "nsubj", 1), ("flew", "fly", "VBD", "ROOT", 1), ("to", "to", "IN", "prep", 1),
            ("Kyiv", "Kyiv", "NNP", "pobj", 2), (",", ",", ",", "punct", 1), ("accompanied", "accompany", "VBN", "advcl", 1),
            ("by", "by", "IN", "agent", 5), ("Rice", "Rice", "NNP", "pobj", 6), (".", ".", ".", "punct", 1)]
    entities = [("George W. Bush", "PERSON", 0, 1), ("Kyiv", "VENUE", 3, 4), ("Condoleezza Rice", "PERSON", 7, 8)]
    doc = component(make_doc(component.nlp.vocab, rows, entities))
    assert sorted((t["traveler"], t["destination"]) for t in doc._.dip_travels) == [(0, 1), (2, 1)]
    assert doc._.dip_meetings == []



def _held_attended_by(subject):
    """Rows of "<subject> was held in Islamabad in September , attended by Qureshi , Wang and Rabbani .",
    the subject's last row its head noun."""
    n = len(subject)
    rest = [("was", "be", "VBD", "auxpass", 1), ("held", "hold", "VBN", "ROOT", 1), ("in", "in", "IN", "prep", 1),
            ("Islamabad", "Islamabad", "NNP", "pobj", 2), ("in", "in", "IN", "prep", 1),
            ("September", "September", "NNP", "pobj", 4), (",", ",", ",", "punct", 1),
            ("attended", "attend", "VBN", "advcl", 1), ("by", "by", "IN", "agent", 7),
            ("Qureshi", "Qureshi", "NNP", "pobj", 8), (",", ",", ",", "punct", 9), ("Wang", "Wang", "NNP", "conj", 9),
            ("and", "and", "CC", "cc", 11), ("Rabbani", "Rabbani", "NNP", "conj", 11), (".", ".", ".", "punct", 1)]
    return subject + [(w, lem, tag, dep, head + n) for w, lem, tag, dep, head in rest], n


@pytest.mark.parametrize("subject", [
    [("The", "the", "DT", "det", 1), ("summit", "summit", "NN", "nsubjpass", 3)],
    [("The", "the", "DT", "det", 1), ("first", "first", "JJ", "amod", 2), ("round", "round", "NN", "nsubjpass", 7),
     ("of", "of", "IN", "prep", 2), ("the", "the", "DT", "det", 5), ("talks", "talk", "NNS", "pobj", 3)],
])
def test_attendees_in_a_participle_on_the_clause_of_the_meeting_attend_it(component, subject):
    # "The summit was held in Islamabad in September , attended by Qureshi , Wang and Rabbani .";
    # "The first round of the talks was held ...": one sitting of the talks, attended by them
    rows, n = _held_attended_by(subject)
    entities = [("Islamabad", "VENUE", n + 3, n + 4), ("Shah Mahmood Qureshi", "PERSON", n + 9, n + 10),
                ("Wang Yi", "PERSON", n + 11, n + 12), ("Salahuddin Rabbani", "PERSON", n + 13, n + 14)]
    doc = component(make_doc(component.nlp.vocab, rows, entities, [(n + 5, n + 6, "2019-09")], "2023-05-06"))
    [meeting] = doc._.dip_meetings
    assert sorted(meeting["sides"]) == [[1], [2], [3]]
    assert (meeting["date"], meeting["venue"], meeting["status"]) == ("2019-09", 0, "occurred")


def test_an_event_the_parse_hangs_on_a_time_noun_is_in_the_time_of_its_verb(component):
    # "Christofias will fly to Athens on Thursday , the day , for talks with Papandreou ." ("for talks" hung on "day")
    rows = [("Christofias", "Christofias", "NNP", "nsubj", 2), ("will", "will", "MD", "aux", 2),
            ("fly", "fly", "VB", "ROOT", 2), ("to", "to", "IN", "prep", 2), ("Athens", "Athens", "NNP", "pobj", 3),
            ("on", "on", "IN", "prep", 2), ("Thursday", "Thursday", "NNP", "pobj", 5), (",", ",", ",", "punct", 2),
            ("the", "the", "DT", "det", 9), ("day", "day", "NN", "npadvmod", 2), ("for", "for", "IN", "prep", 9),
            ("talks", "talk", "NNS", "pobj", 10), ("with", "with", "IN", "prep", 11),
            ("Papandreou", "Papandreou", "NNP", "pobj", 12), (".", ".", ".", "punct", 2)]
    entities = [("Demetris Christofias", "PERSON", 0, 1), ("Athens", "VENUE", 4, 5), ("George Papandreou", "PERSON", 13, 14)]
    doc = component(make_doc(component.nlp.vocab, rows, entities, [(6, 7, "2010-01-28")], "2010-01-22"))
    [meeting] = doc._.dip_meetings
    assert (meeting["date"], meeting["status"]) == ("2010-01-28", "planned")


@pytest.mark.parametrize("verb,status", [
    ([("is", "be", "VBZ", "ROOT", 1)], "occurred"),
    ([("was", "be", "VBD", "ROOT", 1)], "occurred"),
    ([("will", "will", "MD", "aux", 2), ("be", "be", "VB", "ROOT", 2)], "planned"),
])
def test_a_to_clause_that_makes_someone_the_first_to_go_is_as_done_as_its_verb(component, verb, status):
    # "Sarkozy is/was/will be the first president to visit Kigali ."
    n = len(verb)
    rows = [("Sarkozy", "Sarkozy", "NNP", "nsubj", n)] + [(w, lem, t, d, h) for w, lem, t, d, h in verb] + [
        ("the", "the", "DT", "det", n + 3), ("first", "first", "JJ", "amod", n + 3),
        ("president", "president", "NN", "attr", n), ("to", "to", "TO", "aux", n + 5),
        ("visit", "visit", "VB", "relcl", n + 3), ("Kigali", "Kigali", "NNP", "dobj", n + 5), (".", ".", ".", "punct", n)]
    entities = [("Nicolas Sarkozy", "PERSON", 0, 1), ("Kigali", "VENUE", n + 6, n + 7)]
    doc = component(make_doc(component.nlp.vocab, rows, entities, article_date="2010-02-25"))
    assert [(t["traveler"], t["destination"], t["status"]) for t in doc._.dip_travels] == [(0, 1, status)]


def test_a_to_clause_of_purpose_stays_planned(component):
    # "Sarkozy named a president to visit Kigali .": no record, a plan
    rows = [("Sarkozy", "Sarkozy", "NNP", "nsubj", 1), ("named", "name", "VBD", "ROOT", 1), ("a", "a", "DT", "det", 3),
            ("president", "president", "NN", "dobj", 1), ("to", "to", "TO", "aux", 5), ("visit", "visit", "VB", "relcl", 3),
            ("Kigali", "Kigali", "NNP", "dobj", 5), (".", ".", ".", "punct", 1)]
    entities = [("Nicolas Sarkozy", "PERSON", 0, 1), ("Kigali", "VENUE", 6, 7)]
    doc = component(make_doc(component.nlp.vocab, rows, entities, article_date="2010-02-25"))
    assert [t["status"] for t in doc._.dip_travels] in ([], ["planned"])


def test_the_subject_of_a_clause_of_time_read_as_an_object_lower_in_the_clause_before_travels(component):
    # "Obama is the first to visit Hanoi since his predecessor , Clinton , came to Hanoi ." ("since" hangs on
    # "visit", "came" is a ccomp of "is" without a subject): Clinton came, not Obama
    rows = [("Obama", "Obama", "NNP", "nsubj", 1), ("is", "be", "VBZ", "ROOT", 1), ("the", "the", "DT", "det", 3),
            ("first", "first", "JJ", "attr", 1), ("to", "to", "TO", "aux", 5), ("visit", "visit", "VB", "relcl", 3),
            ("Hue", "Hue", "NNP", "dobj", 5), ("since", "since", "IN", "prep", 5), ("his", "his", "PRP$", "poss", 9),
            ("predecessor", "predecessor", "NN", "pobj", 7), (",", ",", ",", "punct", 9),
            ("Clinton", "Clinton", "NNP", "appos", 9), (",", ",", ",", "punct", 9), ("came", "come", "VBD", "ccomp", 1),
            ("to", "to", "IN", "prep", 13), ("Hanoi", "Hanoi", "NNP", "pobj", 14), (".", ".", ".", "punct", 1)]
    entities = [("Barack Obama", "PERSON", 0, 1), ("Hue", "VENUE", 6, 7), ("Bill Clinton", "PERSON", 11, 12),
                ("Hanoi", "VENUE", 15, 16)]
    doc = component(make_doc(component.nlp.vocab, rows, entities, article_date="2016-05-23"))
    assert (2, 3) in [(t["traveler"], t["destination"]) for t in doc._.dip_travels]
    assert (0, 3) not in [(t["traveler"], t["destination"]) for t in doc._.dip_travels]


def test_a_destination_the_parse_hangs_on_from_is_the_trips(component):
    # "Motta arrived , flying from Rawalpindi to Lahore ." ("to" a child of "from")
    rows = [("Motta", "Motta", "NNP", "nsubj", 1), ("arrived", "arrive", "VBD", "ROOT", 1), (",", ",", ",", "punct", 1),
            ("flying", "fly", "VBG", "advcl", 1), ("from", "from", "IN", "prep", 3), ("Rawalpindi", "Rawalpindi", "NNP", "pobj", 4),
            ("to", "to", "IN", "prep", 4), ("Lahore", "Lahore", "NNP", "pobj", 6), (".", ".", ".", "punct", 1)]
    entities = [("Ana Motta", "PERSON", 0, 1), ("Rawalpindi", "VENUE", 5, 6), ("Lahore", "VENUE", 7, 8)]
    doc = component(make_doc(component.nlp.vocab, rows, entities))
    assert [(t["traveler"], t["destination"], t["origin"]) for t in doc._.dip_travels] == [(0, 2, 1)]


@pytest.mark.parametrize("verb,lemma", [("driven", "drive"), ("taken", "take"), ("escorted", "escort")])
def test_who_is_carried_somewhere_travels_there(component, verb, lemma):
    # "Motta was driven / taken / escorted to Lahore ."
    rows = [("Motta", "Motta", "NNP", "nsubjpass", 2), ("was", "be", "VBD", "auxpass", 2), (verb, lemma, "VBN", "ROOT", 2),
            ("to", "to", "IN", "prep", 2), ("Lahore", "Lahore", "NNP", "pobj", 3), (".", ".", ".", "punct", 2)]
    entities = [("Ana Motta", "PERSON", 0, 1), ("Lahore", "VENUE", 4, 5)]
    doc = component(make_doc(component.nlp.vocab, rows, entities))
    assert [(t["traveler"], t["destination"], t["status"]) for t in doc._.dip_travels] == [(0, 1, "occurred")]


def test_who_takes_someone_somewhere_is_no_traveller_by_that_verb(component):
    # "Motta took the papers to Lahore ." (active "take" is no trip of its subject)
    rows = [("Motta", "Motta", "NNP", "nsubj", 1), ("took", "take", "VBD", "ROOT", 1), ("the", "the", "DT", "det", 3),
            ("papers", "paper", "NNS", "dobj", 1), ("to", "to", "IN", "prep", 1), ("Lahore", "Lahore", "NNP", "pobj", 4),
            (".", ".", ".", "punct", 1)]
    entities = [("Ana Motta", "PERSON", 0, 1), ("Lahore", "VENUE", 5, 6)]
    doc = component(make_doc(component.nlp.vocab, rows, entities))
    assert doc._.dip_travels == []


def test_a_planned_meeting_on_a_bare_day_read_in_the_past_is_on_the_coming_day(component):
    # "Brandt and Stoph agreed to hold a meeting on May 21 ." in an article of 1970-03-20
    rows = [("Brandt", "Brandt", "NNP", "nsubj", 3), ("and", "and", "CC", "cc", 0), ("Stoph", "Stoph", "NNP", "conj", 0),
            ("agreed", "agree", "VBD", "ROOT", 3), ("to", "to", "TO", "aux", 5), ("hold", "hold", "VB", "xcomp", 3),
            ("a", "a", "DT", "det", 7), ("meeting", "meeting", "NN", "dobj", 5), ("on", "on", "IN", "prep", 7),
            ("May", "May", "NNP", "pobj", 8), ("21", "21", "CD", "nummod", 9), (".", ".", ".", "punct", 3)]
    entities = [("Willy Brandt", "PERSON", 0, 1), ("Willi Stoph", "PERSON", 2, 3)]
    doc = make_doc(component.nlp.vocab, rows, entities, [(9, 11, "1969-05-21")], "1970-03-20")
    doc._.dip_dates[0]["ahead"] = "1970-05-21"
    [meeting] = component(doc)._.dip_meetings
    assert (meeting["date"], meeting["status"]) == ("1970-05-21", "planned")
    # "Brandt and Stoph met on May 21 .": what happened keeps the day as read
    met = rows[:3] + [("met", "meet", "VBD", "ROOT", 3), ("on", "on", "IN", "prep", 3), ("May", "May", "NNP", "pobj", 4),
                      ("21", "21", "CD", "nummod", 5), (".", ".", ".", "punct", 3)]
    doc = make_doc(component.nlp.vocab, met, entities, [(5, 7, "1969-05-21")], "1970-03-20")
    doc._.dip_dates[0]["ahead"] = "1970-05-21"
    assert [(m["date"], m["status"]) for m in component(doc)._.dip_meetings] == [("1969-05-21", "occurred")]


@pytest.mark.parametrize("second,tag,status", [("returned", "VBD", "occurred"), ("return", "VB", "negated")])
def test_a_finite_verb_joined_to_a_negated_one_keeps_its_own_polarity(component, second, tag, status):
    # "Kouchner did not travel to Tbilisi and returned to Paris ." / "... and return to Paris ."
    rows = [("Kouchner", "Kouchner", "NNP", "nsubj", 3), ("did", "do", "VBD", "aux", 3), ("not", "not", "RB", "neg", 3),
            ("travel", "travel", "VB", "ROOT", 3), ("to", "to", "IN", "prep", 3), ("Tbilisi", "Tbilisi", "NNP", "pobj", 4),
            ("and", "and", "CC", "cc", 3), (second, "return", tag, "conj", 3), ("to", "to", "IN", "prep", 7),
            ("Paris", "Paris", "NNP", "pobj", 8), (".", ".", ".", "punct", 3)]
    doc = make_doc(component.nlp.vocab, rows, [("Bernard Kouchner", "PERSON", 0, 1), ("Tbilisi", "VENUE", 5, 6),
                                               ("Paris", "VENUE", 9, 10)])
    statuses = {t["destination"]: t["status"] for t in component(doc)._.dip_travels}
    assert statuses == {1: "negated", 2: status}


@pytest.mark.parametrize("verb,status", [
    ([("was", "be", "VBD", "ROOT", 7)], "occurred"),
    ([("will", "will", "MD", "aux", 8), ("be", "be", "VB", "ROOT", 8)], "planned"),
])
def test_a_to_clause_that_makes_the_subject_the_last_to_meet_is_as_done_as_its_verb(component, verb, status):
    # "The last secretary to meet Lukashenko was/will be Pompeo ."
    n = 5 + len(verb)  # the index of the verb "be"
    rows = [("The", "the", "DT", "det", 2), ("last", "last", "JJ", "amod", 2), ("secretary", "secretary", "NN", "nsubj", n),
            ("to", "to", "TO", "aux", 4), ("meet", "meet", "VB", "relcl", 2), ("Lukashenko", "Lukashenko", "NNP", "dobj", 4)]
    rows += [(w, lem, t, d, n) for w, lem, t, d, _ in verb]
    rows += [("Pompeo", "Pompeo", "NNP", "attr", n), (".", ".", ".", "punct", n)]
    doc = component(make_doc(component.nlp.vocab, rows, [("Alexander Lukashenko", "PERSON", 5, 6),
                                                         ("Mike Pompeo", "PERSON", n + 1, n + 2)]))
    assert [m["status"] for m in doc._.dip_meetings] == [status]
