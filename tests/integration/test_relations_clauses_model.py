"""Who is whom, and when and where, across the clauses of one sentence, with the real pipeline: pronouns
and family names, joined clauses, the trip a meeting is the purpose of, a traveller's company."""
from __future__ import annotations

from dipnlp.corpus import Article
from dipnlp.extraction import make_doc


def run(nlp, text, date="2019-06-14"):
    return nlp(make_doc(nlp, Article("test", text, date)))


def names(doc):
    return [e["name"] for e in doc._.dip_entities]


def meetings(doc):
    """Each meeting's people, date, venue and status."""
    named = names(doc)
    return [(frozenset(named[p] for side in m["sides"] for p in side), m["date"],
             named[m["venue"]] if m["venue"] is not None else None, m["status"]) for m in doc._.dip_meetings]


def travels(doc):
    named = names(doc)
    return {(named[t["traveler"]], named[t["destination"]], t["status"]) for t in doc._.dip_travels}


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(nlp):
    doc = run(nlp, "Angela Merkel and Joachim Sauer flew to Lima on Monday, where the mayor, Jorge Munoz, and his "
                   "wife, Ana Rosa Munoz, welcomed them at the airport.", date="2019-06-12")
    people = [m[0] for m in meetings(doc)]
    assert any({"Angela Merkel", "Jorge Munoz"} <= p for p in people)
    assert frozenset({"Jorge Munoz", "Ana Rosa Munoz"}) not in people


def test_people_with_whom_an_unresolved_he_spent_time_did_not_meet_each_other(nlp):
    doc = run(nlp, "The motorcade reached the harbour at noon.\n\nBefore the speech he spent an hour with his "
                   "cousins Maria Lopez and Carmen Lopez at the Hotel Miramar.")
    assert not any({"Maria Lopez", "Carmen Lopez"} <= m[0] for m in meetings(doc))


def test_company_named_with_a_destination_goes_there_not_to_the_latest_stop(nlp):
    doc = run(nlp, "President Emmanuel Macron flew out of Abidjan for Dakar this morning.\n\nTravelling with the "
                   "President to Abidjan were Foreign Minister Jean-Yves Le Drian and Defence Minister Florence "
                   "Parly.")
    trips = travels(doc)
    assert ("Jean-Yves Le Drian", "Abidjan", "occurred") in trips
    assert not any(t[:2] == ("Jean-Yves Le Drian", "Dakar") for t in trips)


def test_a_meeting_that_will_no_longer_take_place_is_negated(nlp):
    doc = run(nlp, "Officials said last night that Benjamin Netanyahu would no longer see Josep Borrell when he "
                   "visits Jerusalem.")
    assert {m[3] for m in meetings(doc) if {"Benjamin Netanyahu", "Josep Borrell"} <= m[0]} == {"negated"}


def test_the_simple_present_with_a_later_time_of_the_day_is_a_timetable(nlp):
    doc = run(nlp, "Josep Borrell flew on from Beirut to Amman last night. He sees King Abdullah this morning.")
    assert [(m[1], m[3]) for m in meetings(doc) if "King Abdullah" in m[0]] == [("2019-06-14", "planned")]


def test_a_trip_earlier_this_month_in_the_present_is_no_timetable(nlp):
    doc = run(nlp, "The visit follows a trip to Islamabad earlier this month by Sushma Swaraj.")
    assert {t[2] for t in travels(doc)} == {"occurred"}


def test_a_dated_caption_in_the_present_is_no_timetable(nlp):
    doc = run(nlp, "Pope Francis meets Grand Ayatollah Ali al-Sistani at his home in Najaf, Iraq, March 6, 2021.",
              date="2021-03-06")
    assert [m[3] for m in meetings(doc)] == ["occurred"]


def test_talks_a_trip_is_for_are_at_its_destination(nlp):
    doc = run(nlp, "Next week President Lula will fly to Luanda for talks with President Joao Lourenco.")
    assert [m[2] for m in meetings(doc)] == ["Luanda"]


def test_places_of_to_phrases_joined_to_a_trip_are_its_destinations_too(nlp):
    doc = run(nlp, "Secretary Antony Blinken will fly to Cairo on Sunday, and then on to Amman.\n\nXi Jinping "
                   "last met Lula in Brasilia in 2019, on a tour that also took him to Santiago, where he met "
                   "Sebastian Pinera, and to Lima and Quito.")
    trips = travels(doc)
    assert {("Antony Blinken", "Cairo", "planned"), ("Antony Blinken", "Amman", "planned")} <= trips
    assert {("Xi Jinping", place, "occurred") for place in ("Santiago", "Lima", "Quito")} <= trips


def test_an_undated_clause_joined_to_a_dated_one_in_the_past_shares_its_date(nlp):
    doc = run(nlp, "The presidential plane landed at Ramstein yesterday, and Joe Biden was greeted at the foot of "
                   "the steps by Chancellor Olaf Scholz.")
    assert [(m[0], m[1]) for m in meetings(doc)] == [(frozenset({"Joe Biden", "Olaf Scholz"}), "2019-06-13")]


def test_a_place_of_a_role_is_no_venue(nlp):
    doc = run(nlp, "Foreign Minister Raychelle Omamo received Dr Peter Rao and the Italian ambassador in Nairobi, "
                   "Luca Bianchi, on Monday.")
    assert [m[2] for m in meetings(doc)] == [None]


def test_a_family_in_the_plural_is_its_members_named_so_far(nlp):
    doc = run(nlp, "Jimmy Carter and Rosalynn Carter landed in New Delhi on Sunday. The Carters had arrived in "
                   "Tehran from Warsaw on Friday.\n\nHis mother, Lillian Carter, served in India as a nurse.")
    assert not any(t[0] == "Lillian Carter" for t in travels(doc))


def test_a_byline_is_nobody_a_role_stands_for(nlp):
    doc = run(nlp, "by Claire Vella\n\nThe papal aircraft landed at Malta International Airport today. The Pope "
                   "was greeted by the President.\n\nPope John Paul II flew in from "
                   "Damascus, where he prayed in the Umayyad Mosque.")
    assert not any("Claire Vella" in m[0] for m in meetings(doc))


def test_people_also_on_the_dais_attend_the_event_just_told(nlp):
    doc = run(nlp, "King Charles unveiled the memorial on Monday and shook hands with Prime Minister Anthony "
                   "Albanese.\n\nAlso on the dais were the Prime Minister of New Zealand, Chris Hipkins, and the "
                   "Governor-General, David Hurley.", date="2023-05-16")
    assert any({"Anthony Albanese", "Chris Hipkins"} <= m[0] for m in meetings(doc))


def test_an_organisation_named_for_a_hill_is_a_place_to_meet_at(nlp):
    doc = run(nlp, "Prince William read the proclamation on Independence Hill on Sunday and then shook hands with "
                   "Prime Minister James Marape.", date="2023-07-03")
    assert [m[2] for m in meetings(doc)] == ["Independence Hill"]


def test_a_name_ending_in_an_elided_particle_is_one_person(nlp):
    doc = run(nlp, "President Valery Giscard d'Estaing received the visitor at the Elysee Palace.")
    people = [e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert people == ["Valery Giscard d'Estaing"]


def test_a_place_named_for_its_patron_in_the_possessive_is_one_venue(nlp):
    doc = run(nlp, "The Pope celebrated Mass in St Stephen's Cathedral in Vienna.")
    assert ("St Stephen's Cathedral", "VENUE") in {(e["name"], e["label"]) for e in doc._.dip_entities}
