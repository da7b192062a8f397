"""join_gatherings and the reference of meeting nouns (``dipnlp.relations.gatherings``)."""
from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dipnlp.extensions import register_extensions
from dipnlp.relations.gatherings import anchor_noun, in_past_perfect, join_gatherings, refers
from tests.unit.docs import parsed_doc

NOUNS = frozenset({"summit", "meeting", "ceremony", "talk"})


def mention(people, lemma=None, how="new", attendance=False, status="occurred", date=None, gathering=None, sent=0):
    return {"sides": [[p] for p in people], "status": status, "date": date, "venue": None,
            "evidence": [{"start": sent, "end": sent + 1}], "rule": "r",
            "_gathering": {"lemma": lemma, "refers": how, "sent": sent, "attendance": attendance,
                           "gathering": lemma in {"summit", "ceremony", "talk"} if gathering is None else gathering}}


def people(events):
    return [sorted(p for side in e["sides"] for p in side) for e in events]


def test_a_definite_noun_joins_the_latest_event_on_the_same_noun():
    events = join_gatherings([mention([0], "summit", attendance=True), mention([1, 2], "meeting"),
                              mention([3], "summit", "same", attendance=True)])
    assert people(events) == [[0, 3], [1, 2]]


def test_a_definite_noun_without_its_own_antecedent_joins_the_lead_event():
    events = join_gatherings([mention([0, 1]), mention([2, 3], "ceremony", "same", attendance=True, sent=3)])
    assert people(events) == [[0, 1, 2, 3]]
    assert events[0]["evidence"] == [{"start": 0, "end": 1}, {"start": 3, "end": 4}]


@pytest.mark.parametrize("guests,sent,expected", [
    ([1, 2, 3], 1, [[0, 1, 2, 3]]),  # "Eighteen leaders sat around the table, among them A, B and C"
    ([1, 2], 1, [[1, 2]]),  # "A met B": a meeting of its own; the host alone is dropped
    ([1, 2, 3], 4, [[1, 2, 3]]),  # too far from the summit to be its guests
])
def test_the_guests_of_a_summit_reported_with_its_host_alone_join_it(guests, sent, expected):
    hosted = mention([0], "summit", date="2025-03-02")
    events = join_gatherings([hosted, mention(guests, how="nearby", sent=sent)])
    assert people(events) == expected
    if len(expected[0]) == 4:
        assert events[0]["date"] == "2025-03-02"


def test_a_meeting_of_two_sides_does_not_fill_a_gathering_told_with_one_person():
    # "Merkel is attending her last summit. The prime minister met Michel and von der Leyen together"
    attended = mention([0], "summit", attendance=True)
    met = mention([1, 2, 3], how="nearby", sent=1)
    met["sides"] = [[1], [2, 3]]
    met["_gathering"]["sided"] = True
    assert people(join_gatherings([attended, met])) == [[1, 2, 3]]


@pytest.mark.parametrize("joined_at,expected", [
    (2, [[0, 1, 3]]),  # "X met Y. They had tea. Z joined the talks": the meeting just reported
    (5, [[0, 1]]),  # three sentences on, "the talks" are no longer that meeting
])
def test_the_talks_joined_are_the_meeting_just_reported_before_a_bare_noun(joined_at, expected):
    events = join_gatherings([mention([0, 1]), mention([], "tea", sent=1),
                              mention([3], "talk", "same", attendance=True, sent=joined_at)])
    assert people(events) == expected


def test_an_attendance_without_noun_joins_the_latest_gathering_not_a_bilateral_meeting():
    events = join_gatherings([mention([0], "summit", attendance=True), mention([1, 2], "meeting", sent=1),
                              mention([3], attendance=True, how="nearby", sent=2)])
    assert people(events) == [[0, 3], [1, 2]]


def test_an_attendance_without_noun_prefers_the_meeting_of_its_own_sentence():
    events = join_gatherings([mention([0, 1], "summit"), mention([2, 3], sent=4), mention([], "summit", sent=4),
                              mention([5], attendance=True, how="nearby", sent=4)])
    assert people(events) == [[0, 1], [2, 3, 5]]


def test_companions_join_the_latest_event_of_their_host_or_nothing():
    companion = mention([0, 4], attendance=True, sent=5)
    companion["_gathering"].update(refers="with", hosts=[0])
    assert people(join_gatherings([mention([0, 1]), mention([2, 3], sent=2), companion])) == [[0, 1, 4], [2, 3]]
    assert people(join_gatherings([mention([2, 3]), companion])) == [[2, 3]]


def test_talks_told_without_their_people_take_each_party_named_in_the_next_sentences():
    # "A met B on Monday. ... The two delegations held talks on Tuesday. Joining A at the table were C and D.
    # B was flanked by E."
    talks = mention([], "talk", date="2023-09-12", sent=5)
    talks["_gathering"]["held"] = True
    joining = {**mention([], attendance=True, sent=6), "sides": [[0], [2], [3]]}
    joining["_gathering"].update(refers="with", hosts=[0])
    flanked = {**mention([], attendance=True, sent=7), "sides": [[1], [4]]}
    flanked["_gathering"].update(refers="with", hosts=[1])
    events = join_gatherings([mention([0, 1], date="2023-09-11"), talks, joining, flanked])
    assert [e["sides"] for e in events] == [[[0], [1]], [[0, 2, 3], [1, 4]]]
    assert events[1]["date"] == "2023-09-12"
    # two sentences on, the talks are no longer the ones just told: A's company joins A's meeting
    later = {**joining, "_gathering": {**joining["_gathering"], "sent": 7}}
    assert people(join_gatherings([mention([0, 1], date="2023-09-11"), talks, later])) == [[0, 1, 2, 3]]


def test_companions_stand_on_the_side_of_whom_they_came_with():
    # "A met B." / "A was accompanied by C and D."
    companion = {**mention([], attendance=True, sent=2), "sides": [[0], [2], [3]]}
    companion["_gathering"].update(refers="with", hosts=[0])
    [event] = join_gatherings([mention([0, 1]), companion])
    assert event["sides"] == [[0, 2, 3], [1]]
    # "A and B were joined by C": C is a party of its own
    joined = {**mention([], attendance=True, sent=2), "sides": [[0], [1], [2]]}
    joined["_gathering"].update(refers="with", hosts=[0, 1], own_event=True)
    [event] = join_gatherings([mention([0, 1]), joined])
    assert event["sides"] == [[0], [1], [2]]
    # "A was joined by C and D" at A's meeting with B: C and D are on A's side
    joined = {**mention([], attendance=True, sent=2), "sides": [[0], [2], [3]]}
    joined["_gathering"].update(refers="with", hosts=[0], own_event=True)
    [event] = join_gatherings([mention([0, 1]), joined])
    assert event["sides"] == [[0, 2, 3], [1]]


def test_a_new_event_stays_apart_and_a_lone_attendee_is_dropped():
    events = join_gatherings([mention([0, 1], "summit"), mention([2], "dinner", "new", attendance=True)])
    assert people(events) == [[0, 1]]


def test_a_named_event_joins_only_the_same_noun():
    assert people(join_gatherings([mention([0, 1]), mention([2], "summit", "named", attendance=True)])) == [[0, 1]]


def test_a_cancelled_event_takes_nobody():
    events = join_gatherings([mention([0, 1], "summit", status="cancelled"),
                              mention([2], "summit", "same", attendance=True)])
    assert people(events) == [[0, 1]]


def test_incompatible_dates_are_different_events():
    events = join_gatherings([mention([0, 1], "summit", date="2019-01-10"),
                              mention([2, 3], "summit", "same", attendance=True, date="2019-03-02")])
    assert people(events) == [[0, 1], [2, 3]]


def test_a_mention_naming_nobody_anchors_later_references():
    events = join_gatherings([mention([0, 1]), mention([], "talk", sent=1),
                              mention([2], "talk", "same", attendance=True, sent=2),
                              mention([3], attendance=True, how="nearby", sent=3)])
    assert people(events) == [[0, 1], [2, 3]]


def test_a_meeting_of_two_sides_that_is_not_an_attendance_is_its_own_event():
    events = join_gatherings([mention([0, 1], "summit"), mention([2, 3], "meeting", "same")])
    assert people(events) == [[0, 1], [2, 3]]


@pytest.fixture(scope="module")
def vocab():
    return English().vocab


def parsed(vocab, words, deps, heads, pos):
    return Doc(vocab, words=words, deps=deps, heads=heads, pos=pos, lemmas=[w.lower() for w in words])


@pytest.mark.parametrize("words,deps,heads,pos,expected", [
    (["the", "summit"], ["det", "ROOT"], [1, 1], ["DET", "NOUN"], "same"),
    (["a", "summit"], ["det", "ROOT"], [1, 1], ["DET", "NOUN"], "new"),
    (["the", "next", "summit"], ["det", "amod", "ROOT"], [2, 2, 2], ["DET", "ADJ", "NOUN"], "new"),
    (["the", "APEC", "summit"], ["det", "compound", "ROOT"], [2, 2, 2], ["DET", "PROPN", "NOUN"], "named"),
    (["their", "summit"], ["poss", "ROOT"], [1, 1], ["PRON", "NOUN"], "same"),
    (["talks"], ["ROOT"], [0], ["NOUN"], "new"),
    (["the", "next", "round", "of", "the", "talks"], ["det", "amod", "ROOT", "prep", "det", "pobj"], [2, 2, 2, 2, 5, 3],
     ["DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"], "new"),
    (["the", "round", "of", "the", "talks"], ["det", "ROOT", "prep", "det", "pobj"], [1, 1, 1, 4, 2],
     ["DET", "NOUN", "ADP", "DET", "NOUN"], "same"),
])
def test_how_a_meeting_noun_refers(vocab, words, deps, heads, pos, expected):
    doc = parsed(vocab, words, deps, heads, pos)
    assert refers(doc[len(words) - 1]) == expected


def test_a_meeting_noun_of_another_year_is_a_new_event(vocab):
    # "the 2022 retreat" is that year's sitting, not the retreat just reported
    doc = Doc(vocab, words=["the", "2022", "retreat"], deps=["det", "nummod", "ROOT"], heads=[2, 2, 2],
              pos=["DET", "NUM", "NOUN"], lemmas=["the", "2022", "retreat"], ents=["O", "B-DATE", "O"])
    assert refers(doc[2]) == "new"


def test_without_a_noun_a_mention_refers_nearby():
    assert refers(None) == "nearby"


def test_the_anchor_of_a_verb_is_the_meeting_noun_it_governs(vocab):
    doc = parsed(vocab, ["Duque", "attended", "the", "summit"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1],
                 ["PROPN", "VERB", "DET", "NOUN"])
    assert anchor_noun(doc[1], NOUNS) == doc[3]
    assert anchor_noun(doc[3], NOUNS) == doc[3]
    doc = parsed(vocab, ["Duque", "is", "taking", "part"], ["nsubj", "aux", "ROOT", "dobj"], [2, 2, 2, 2],
                 ["PROPN", "AUX", "VERB", "NOUN"])
    assert anchor_noun(doc[2], NOUNS) is None


def test_the_anchor_of_a_group_is_the_meeting_it_is_at(vocab):
    # "among the members of the delegation at the talks": the talks, not the meeting told last
    words = ["among", "the", "members", "of", "the", "delegation", "at", "the", "talks"]
    doc = parsed(vocab, words, ["ROOT", "det", "pobj", "prep", "det", "pobj", "prep", "det", "pobj"],
                 [0, 2, 0, 2, 5, 3, 2, 8, 6], ["ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert anchor_noun(doc[5], NOUNS | {"talks"}) == doc[8]
    alone = parsed(vocab, words[:6], ["ROOT", "det", "pobj", "prep", "det", "pobj"], [0, 2, 0, 2, 5, 3],
                   ["ADP", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert anchor_noun(alone[5], NOUNS) == alone[5]


def test_a_later_mention_that_calls_the_event_off_changes_its_status():
    events = join_gatherings([mention([0, 1], "summit", status="planned", sent=3),
                              mention([], "meeting", "named", status="cancelled", sent=4)])
    assert [e["status"] for e in events] == ["cancelled"]
    far = join_gatherings([mention([0, 1], "summit", status="planned", sent=1),
                           mention([], "meeting", "same", status="cancelled", sent=6)])
    assert [e["status"] for e in far] == ["planned"]


def test_a_delegation_joins_the_meeting_just_reported_not_an_empty_anchor():
    # "... after the talks at State House." / "X welcomed Y." / "The Tanzanian side included A and B."
    events = join_gatherings([mention([], "talk", "new", sent=1), mention([0, 1], sent=3),
                              mention([2, 3], how="latest", attendance=True, sent=5)])
    assert people(events) == [[0, 1, 2, 3]]


def test_a_delegation_joins_the_meeting_told_last_not_the_one_that_began_last():
    # "A met B." / "C held a meeting with D." / "E met F." / "The meeting lasted an hour." / "The delegation
    # included G.": G joins C and D, whose meeting was told last
    events = join_gatherings([mention([0, 1], sent=1), mention([2, 3], "meeting", "new", sent=2),
                              mention([4, 5], sent=3), mention([], "meeting", "same", sent=4),
                              mention([6], how="latest", attendance=True, sent=5)])
    assert people(events) == [[0, 1], [2, 3, 6], [4, 5]]


def test_companions_join_an_event_of_their_own_status_not_the_plans_of_whom_they_came_with():
    # "A and B agreed to hold a summit." / "At the opening session, C joined A, D and E."
    planned = mention([0, 1], "summit", "new", status="planned", sent=1)
    joined = mention([0, 3, 4, 2], sent=2)
    joined["_gathering"].update(refers="with", hosts=[0, 3, 4], attendance=True, own_event=True)
    events = join_gatherings([planned, joined])
    assert [(sorted(p for s in e["sides"] for p in s), e["status"]) for e in events] == [
        ([0, 1], "planned"), ([0, 2, 3, 4], "occurred")]


@pytest.mark.parametrize("first_sent,second_sent,merged", [
    (1, 3, True),  # a headline, then the lead that dates it
    (5, 6, False),  # an undated meeting in the body stays apart from a dated one of the same people
    (1, 9, False),  # too far from the headline
])
def test_a_headline_meeting_takes_the_date_of_the_lead_that_tells_it_again(first_sent, second_sent, merged):
    headline = mention([0, 1], sent=first_sent)
    lead = mention([0, 1], date="2024-04-29", sent=second_sent)
    events = join_gatherings([headline, lead])
    assert [e["date"] for e in events] == (["2024-04-29"] if merged else [None, "2024-04-29"])


def roll(people, paragraph, sent):
    """An attendance of three people or more without a meeting noun ("Taking part are A, B and C")."""
    found = mention(people, attendance=True, how="nearby", sent=sent)
    found["_gathering"].update(roll=True, paragraph=paragraph)
    return found


@pytest.mark.parametrize("paragraph,expected", [
    (1, [[0, 1, 2, 3, 4]]),  # the paragraph after the meeting: its roll
    (3, [[0, 1], [2, 3, 4]]),  # a digest's later item: a gathering of its own
])
def test_a_roll_joins_only_an_event_told_in_its_paragraph_or_the_one_before(paragraph, expected):
    lead = mention([0, 1], "summit")
    lead["_gathering"]["paragraph"] = 0
    assert people(join_gatherings([lead, roll([2, 3, 4], paragraph, sent=paragraph * 2)])) == expected


@pytest.mark.parametrize("told_again,joined", [(True, True), (False, False)])
def test_a_bare_noun_told_again_brings_its_event_within_reach_of_a_roll(told_again, joined):
    # "Leaders gather for the summit." ... "The summit opened on Monday. A, B and C attended."
    lead = mention([], "summit")
    lead["_gathering"]["paragraph"] = 0
    again = mention([], "summit", "same", sent=6)
    again["_gathering"]["paragraph"] = 3
    events = join_gatherings([lead] + [again] * told_again + [roll([2, 3, 4], 3, sent=7)])
    assert people(events) == [[2, 3, 4]]
    assert (events[0]["evidence"][0] == {"start": 0, "end": 1}) == joined  # the summit's event, or its own


def test_a_meeting_noun_of_an_attendance_that_joined_an_event_names_that_event():
    # "X hosted a summit on Thursday." / "Taking part in the summit were A, B and C": the frame of "summit"
    # in the second sentence, with A and B, is the same event, not one of its own
    hosted = mention([0], "summit", attendance=True)
    hosted["_gathering"]["noun"] = 13
    taking = mention([1, 2, 3], "summit", "same", attendance=True, sent=1)
    taking["_gathering"]["noun"] = 32
    noun = mention([1, 2], "summit", "same", sent=1)
    noun["_gathering"]["noun"] = 32
    assert people(join_gatherings([hosted, taking, noun])) == [[0, 1, 2, 3]]


def test_a_bare_anchor_takes_the_status_of_the_first_people_who_join_it():
    # "Kallas at JEF summit: Ukraine needs air defense before spring" (read as planned) / "The summit was
    # hosted by A. Also at the table were B and C": the summit took place
    events = join_gatherings([mention([], "summit", status="planned"),
                              mention([1, 2, 3], "summit", "same", attendance=True, sent=3)])
    assert [(people(events), events[0]["status"])] == [([[1, 2, 3]], "occurred")]


def test_a_later_mention_without_people_dates_the_undated_event_it_refers_to():
    # "The TPP meeting, co-chaired by A and B, ... C also took part. ... after the meeting on Sunday"
    events = join_gatherings([mention([0, 1], "meeting", attendance=True),
                              mention([2], how="nearby", attendance=True, sent=1),
                              mention([], "meeting", "same", date="2017-05-21", sent=3)])
    assert people(events) == [[0, 1, 2]] and events[0]["date"] == "2017-05-21"
    # an event with a date of its own keeps it
    events = join_gatherings([mention([0, 1], "meeting", date="2017-05-20"),
                              mention([], "meeting", "same", date="2017-05-21", sent=3)])
    assert events[0]["date"] == "2017-05-20"


def _visited(vocab, aux: bool):
    """ "Mandela (had) visited Havana in July, when Castro received Mandela." """
    rows = [("Mandela", "Mandela", "NNP", "nsubj", 2 if aux else 1)] \
        + ([("had", "have", "VBD", "aux", 2)] if aux else []) \
        + [(w, l, t, d, h + (1 if aux else 0)) for w, l, t, d, h in [
            ("visited", "visit", "VBN" if aux else "VBD", "ROOT", 1), ("Havana", "Havana", "NNP", "dobj", 1),
            ("in", "in", "IN", "prep", 1), ("July", "July", "NNP", "pobj", 3), (",", ",", ",", "punct", 4),
            ("when", "when", "WRB", "advmod", 8), ("Castro", "Castro", "NNP", "nsubj", 8),
            ("received", "receive", "VBD", "relcl", 4), ("Mandela", "Mandela", "NNP", "dobj", 8),
            (".", ".", ".", "punct", 1)]]
    register_extensions()
    return parsed_doc(vocab, rows, [])


def test_a_when_clause_that_dates_a_past_perfect_verb_is_background_too(en_vocab):
    doc = _visited(en_vocab, aux=True)
    received = next(t for t in doc if t.text == "received")
    assert in_past_perfect(doc[2]) and in_past_perfect(received)
    doc = _visited(en_vocab, aux=False)  # "Mandela visited Havana in July, when Castro received him": the story itself
    received = next(t for t in doc if t.text == "received")
    assert not in_past_perfect(doc[1]) and not in_past_perfect(received)


@pytest.mark.parametrize("attends_as,date", [("funeral", "1993-08-07"), (None, None)])
def test_a_roll_of_mourners_out_of_reach_attends_the_funeral_told_before(attends_as, date):
    # "... gather in Brussels for the funeral of the King" (headline) / three paragraphs on: "Among the
    # mourners will be A, B and C": the funeral; a roll of guests with no such noun is a gathering of its own
    funeral = mention([], "funeral", "new", date="1993-08-07")
    roll = mention([1, 2, 3], None, "nearby", attendance=True, status="planned", sent=8)
    roll["_gathering"].update(roll=True, paragraph=4, attends_as=attends_as)
    events = join_gatherings([funeral, roll])
    assert [(people(events), events[0]["date"], events[0]["status"])] == [([[1, 2, 3]], date, "planned")]


def test_an_event_told_without_a_noun_is_named_by_the_noun_that_joins_it_and_a_later_one_dates_it():
    # "A and B sat with X on the dais. Among the guests at the ceremony were ..." / four sentences on:
    # "The road to Saturday's ceremony was agreed in London": that ceremony, on Saturday
    lead = mention([5, 6])  # the article's lead event, told first, undated
    dais = mention([0, 1, 2], sent=2)
    the_ceremony = mention([], "ceremony", "same", sent=3)
    saturdays = mention([], "ceremony", "same", date="1970-10-10", sent=7)
    events = join_gatherings([lead, dais, the_ceremony, saturdays])
    assert [(people([e]), e["date"]) for e in events] == [([[5, 6]], None), ([[0, 1, 2]], "1970-10-10")]


@pytest.mark.parametrize("lead", [False, True])
def test_a_roll_of_its_own_takes_the_date_of_the_sentence_before_but_an_event_it_joins_keeps_its_own(lead):
    # "The council opened its session on Monday. Taking part are A, B, C and D"
    roll = mention([1, 2, 3, 4], None, "nearby", attendance=True, sent=4)
    roll["_gathering"].update(roll=True, paragraph=2, date_before={"value": "2002-10-07", "start": 5, "end": 11})
    summit = mention([0], "summit", attendance=True, date="2002-10-08", sent=3)
    summit["_gathering"]["paragraph"] = 2
    events = join_gatherings([summit, roll] if lead else [roll])
    assert [e["date"] for e in events] == ["2002-10-08" if lead else "2002-10-07"]
