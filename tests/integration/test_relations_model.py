"""dip_relations with the real pipeline: sentences of each construction, and no crash on any text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dipnlp.corpus import Article
from dipnlp.extraction import make_doc


def run(nlp, text, date="2019-01-18"):
    return nlp(make_doc(nlp, Article("test", text, date)))


def meetings(doc):
    names = [e["name"] for e in doc._.dip_entities]
    return [({frozenset(names[p] for p in side) for side in m["sides"]}, m["status"]) for m in doc._.dip_meetings]


def travels(doc):
    names = [e["name"] for e in doc._.dip_entities]
    return [(names[t["traveler"]], names[t["destination"]], t["status"]) for t in doc._.dip_travels]


@pytest.mark.parametrize("text,sides,status", [
    ("Angela Merkel met with Vladimir Putin in Sochi on Friday.",
     {frozenset({"Angela Merkel"}), frozenset({"Vladimir Putin"})}, "occurred"),
    ("Angela Merkel will meet Vladimir Putin in Sochi next month.",
     {frozenset({"Angela Merkel"}), frozenset({"Vladimir Putin"})}, "planned"),
    ("John Kerry and Wendy Sherman held talks with Sergei Lavrov in Geneva.",
     {frozenset({"John Kerry", "Wendy Sherman"}), frozenset({"Sergei Lavrov"})}, "occurred"),
])
def test_meeting_sides_and_status(nlp, text, sides, status):
    assert (sides, status) in meetings(run(nlp, text))


@pytest.mark.parametrize("text", [
    "Angela Merkel spoke with Vladimir Putin by telephone on Friday.",
    "Angela Merkel wrote a letter to Vladimir Putin.",
])
def test_calls_and_letters_are_not_meetings(nlp, text):
    assert meetings(run(nlp, text)) == []


def test_what_leaders_called_a_step_is_no_phone_call(nlp):
    doc = run(nlp, "Nikol Pashinyan and Ilham Aliyev signed a joint declaration at the White House on Friday in the "
                   "presence of Donald Trump, in what all three leaders called a historic step toward peace.",
              date="2025-08-09")
    assert ({frozenset({"Nikol Pashinyan"}), frozenset({"Ilham Aliyev"}), frozenset({"Donald Trump"})},
            "occurred") in meetings(doc)


def test_travel_with_origin(nlp):
    doc = run(nlp, "Sergei Lavrov flew to Geneva from Moscow on Thursday.")
    assert ("Sergei Lavrov", "Geneva", "occurred") in travels(doc)
    assert [doc._.dip_entities[t["origin"]]["name"] for t in doc._.dip_travels] == ["Moscow"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_never_crashes_on_any_text(nlp, text):
    doc = run(nlp, text)
    assert isinstance(doc._.dip_meetings, list) and isinstance(doc._.dip_travels, list)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["Angela Merkel", "met", "with", "Putin", "in", "Sochi", "he", "their", "summit",
                                 "travelled", "to", "from", "will", "not", ",", ".", "and", "talks", "the"]),
                max_size=40))
def test_never_crashes_on_diplomatic_word_salad(nlp, words):
    doc = run(nlp, " ".join(words))
    assert isinstance(doc._.dip_meetings, list)


def test_a_trip_to_two_countries_gives_two_travels(nlp):
    doc = run(nlp, "Angela Merkel returned on Monday from a trip to Saudi Arabia and the United Arab Emirates.")
    destinations = {d for _, d, _ in travels(doc)}
    assert {"Saudi Arabia"} <= destinations and len(destinations) == 2


def test_the_talks_in_a_next_sentence_date_the_last_meeting(nlp):
    doc = run(nlp, "Angela Merkel and Vladimir Putin attended talks hosted by the Swiss government.\n\n"
                   "The talks entered a second day on Sunday.", date="2019-01-22")
    assert [m["date"] for m in doc._.dip_meetings] == ["2019-01-20"]


@pytest.mark.parametrize("text,people,status", [
    ("Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov, meeting in Geneva, agreed on a "
     "framework.", {"John Kerry", "Sergei Lavrov"}, "occurred"),
    ("German Chancellor Olaf Scholz is in Washington for talks with President Joe Biden.",
     {"Olaf Scholz", "Joe Biden"}, "occurred"),
    ("President Ronald Reagan and Soviet leader Mikhail Gorbachev conferred for two hours.",
     {"Ronald Reagan", "Mikhail Gorbachev"}, "occurred"),
])
def test_meetings_named_beside_their_people(nlp, text, people, status):
    found = [({p for side in sides for p in side}, st) for sides, st in meetings(run(nlp, text))]
    assert (people, status) in found


@pytest.mark.parametrize("text,date", [
    ("Russian President Vladimir Putin will meet Chinese President Xi Jinping in Beijing next week.",
     "2019-06-17/2019-06-23"),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing last summer.", "2018-06/2018-08"),
])
def test_weeks_and_seasons_become_calendar_intervals_on_events(nlp, text, date):
    doc = run(nlp, text, date="2019-06-14")
    assert [m["date"] for m in doc._.dip_meetings] == [date]


@pytest.mark.parametrize("text,date,venue", [
    ("Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky and UN chief Antonio "
     "Guterres for talks in Lviv on Thursday.", "2019-06-13", "Lviv"),
    ("German Chancellor Olaf Scholz will host French President Emmanuel Macron for dinner in Berlin on Tuesday.",
     "2019-06-18", "Berlin"),
    ("As prime minister, David Cameron hosted Chinese President Xi Jinping in London on a state visit in 2015.",
     "2015", "London"),
])
def test_the_meal_talks_or_visit_a_host_receives_for_date_and_place_the_hosting(nlp, text, date, venue):
    doc = run(nlp, text, date="2019-06-14")
    names = [e["name"] for e in doc._.dip_entities]
    assert [(m["date"], names[m["venue"]]) for m in doc._.dip_meetings] == [(date, venue)]


@pytest.mark.parametrize("text,date,venue", [
    ("Australian Prime Minister Anthony Albanese flew to Beijing on Monday, where he met Chinese President "
     "Xi Jinping.", "2019-06-10", "Beijing"),
    ("Australian Prime Minister Anthony Albanese flew to Beijing on Monday from Jakarta, where he had met "
     "Indonesian President Joko Widodo.", None, "Jakarta"),
    ("US Secretary of State Mike Pompeo began his four-nation swing through Asia on Saturday in Tokyo, where he met "
     "Japanese Prime Minister Shinzo Abe.", "2019-06-08", "Tokyo"),
    ("IAEA chief Rafael Grossi is expected to travel to Tehran next week, where he is due to meet Iranian Foreign "
     "Minister Abbas Araghchi.", "2019-06-17/2019-06-23", "Tehran"),
])
def test_a_meeting_in_a_where_clause_is_at_that_place_and_in_its_clauses_time(nlp, text, date, venue):
    doc = run(nlp, text, date="2019-06-14")
    names = [e["name"] for e in doc._.dip_entities]
    assert [(m["date"], names[m["venue"]]) for m in doc._.dip_meetings] == [(date, venue)]


@pytest.mark.parametrize("text,date", [
    ("Chinese Foreign Minister Wang Yi also visited Washington in late October, when he met US President Joe Biden "
     "at the White House.", "2018-10"),
    ("On Monday, EU envoy Miroslav Lajcak traveled to Belgrade with envoys, and the group met Serbian President "
     "Aleksandar Vucic.", "2019-06-10"),
    ("Argentine President Javier Milei had flown to Brazil for a conference at the weekend, and met former president "
     "Jair Bolsonaro there.", "2019-06-08/2019-06-09"),
])
def test_a_meeting_told_beside_a_dated_trip_takes_the_trips_date(nlp, text, date):
    doc = run(nlp, text, date="2019-06-14")
    assert [m["date"] for m in doc._.dip_meetings] == [date]


def test_a_coordinated_passive_takes_its_subject_from_the_first_verb(nlp):
    doc = run(nlp, "Kenyan President William Ruto arrived in Addis Ababa on Sunday and was welcomed by Prime Minister "
                   "Abiy Ahmed.")
    assert ({frozenset({"Abiy Ahmed"}), frozenset({"William Ruto"})}, "occurred") in meetings(doc)


def test_a_call_for_a_meeting_plans_it(nlp):
    doc = run(nlp, "Ukraine renewed its call for a meeting between President Volodymyr Zelenskyy and Russian President "
                   "Vladimir Putin.")
    assert meetings(doc) == [({frozenset({"Volodymyr Zelenskyy"}), frozenset({"Vladimir Putin"})}, "planned")]


def test_the_heir_is_the_crown_prince_named_before(nlp):
    doc = run(nlp, "Bahrain's Crown Prince Salman bin Hamad Al Khalifa arrived in Kuwait on Monday. The Bahraini heir "
                   "held talks with Emir Sheikh Sabah Al-Ahmad at Bayan Palace on Tuesday.", date="2016-03-09")
    assert ({frozenset({"Salman bin Hamad Al Khalifa"}), frozenset({"Sabah Al-Ahmad"})}, "occurred") in meetings(doc)


def test_companions_of_someone_the_text_does_not_name_did_not_meet_each_other(nlp):
    doc = run(nlp, "The visiting dignitary was accompanied by Foreign Minister Khalid bin Ahmed and Finance Minister "
                   "Ahmed bin Mohammed.", date="2016-03-09")
    assert meetings(doc) == []


def test_the_three_leaders_are_the_three_leaders_the_article_has_named(nlp):
    doc = run(nlp, "On 12 May, President of Kazakhstan Kassym-Jomart Tokayev arrived in the city of Osh to take part "
                   "in a summit.\n\nAt the airport, he was welcomed by President of Kyrgyzstan Sadyr Japarov.\n\n"
                   "President of Turkmenistan Serdar Berdimuhamedov arrived in Osh this morning.\n\n"
                   "The meeting of the three leaders took place at the Ala-Too Residence.", date="2024-05-12")
    three = {frozenset({"Kassym-Jomart Tokayev"}), frozenset({"Sadyr Japarov"}), frozenset({"Serdar Berdimuhamedov"})}
    assert (three, "occurred") in meetings(doc)


def test_the_two_leaders_are_not_the_two_ministers_named_just_before(nlp):
    doc = run(nlp, "President Emmerson Mnangagwa arrived in Lusaka on Monday. Foreign Minister Frederick Shava and "
                   "Finance Minister Mthuli Ncube were also in the delegation.\n\nThe two leaders held talks at State "
                   "House.", date="2024-05-14")
    names = [e["name"] for e in doc._.dip_entities]
    assert not [m for m in doc._.dip_meetings if m["venue"] is not None and names[m["venue"]] == "State House"]


@pytest.mark.parametrize("second", [
    "Mr Blinken was accompanied by Assistant Secretary Brian Nichols, while Mr Arevalo had at his side Foreign "
    "Minister Carlos Ramiro Martinez and Minister of Defence Henry Saenz.",
    "With Mr Arevalo at the table were Foreign Minister Carlos Ramiro Martinez and Minister of Defence Henry Saenz, "
    "while Mr Blinken was accompanied by Assistant Secretary Brian Nichols.",
    "Mr Blinken was accompanied by Assistant Secretary Brian Nichols. Mr Arevalo had with him Foreign Minister "
    "Carlos Ramiro Martinez and the Minister of Defence, Henry Saenz.",
])
def test_who_sat_at_a_leaders_side_joins_that_side_of_the_meeting(nlp, second):
    doc = run(nlp, "US Secretary of State Antony Blinken met President Bernardo Arevalo in Guatemala City on "
                   "Monday. " + second, date="2024-02-06")
    assert ({frozenset({"Antony Blinken", "Brian Nichols"}),
             frozenset({"Bernardo Arevalo", "Carlos Ramiro Martinez", "Henry Saenz"})}, "occurred") in meetings(doc)


def test_who_was_at_the_table_of_a_meeting_told_with_was_attends_it(nlp):
    doc = run(nlp, "President Joe Biden spoke to reporters on Friday. The last time Biden and President Vladimir "
                   "Putin met was in Geneva, in June 2021, with Secretary of State Antony Blinken at the table.",
              date="2022-02-18")
    people = {p for sides, status in meetings(doc) for side in sides for p in side}
    assert {"Joe Biden", "Vladimir Putin", "Antony Blinken"} <= people


def test_a_courtesy_call_by_someone_on_someone_is_their_meeting(nlp):
    doc = run(nlp, "Prime Minister Philip Davis spoke on Friday. The remarks came during a courtesy call by Prince "
                   "Edward and Sophie on the prime minister at the Cabinet Office in Nassau.", date="2022-04-23")
    assert any(frozenset({"Philip Davis"}) in sides and any("Edward" in p for side in sides for p in side)
               for sides, _ in meetings(doc))


def test_a_roll_of_the_group_that_just_met_brings_them_together(nlp):
    doc = run(nlp, "The four foreign ministers met in Lima on Tuesday to prepare the declaration. The ministers were "
                   "Celso Amorim of Brazil, Jorge Taiana of Argentina, Reinaldo Gargano of Uruguay and Ruben Ramirez "
                   "of Paraguay.", date="2005-06-09")
    ministers = {"Jorge Taiana", "Reinaldo Gargano", "Ruben Ramirez"}  # the model tags "Celso Amorim" an ORG here
    names = [e["name"] for e in doc._.dip_entities]
    [roll] = [m for m in doc._.dip_meetings if {names[p] for side in m["sides"] for p in side} >= ministers]
    assert len(roll["sides"]) >= 3
    assert roll["date"] == "2005-06-07"  # the Tuesday of the meeting the sentence before tells


def test_each_item_of_a_list_of_titled_names_the_parse_breaks_joins_the_side(nlp):
    doc = run(nlp, "Prime Minister Pierre Trudeau met President Gerald Ford in Washington on Monday. Mr. Trudeau was "
                   "joined by the Secretary of State for External Affairs, Allan MacEachen, the Minister of National "
                   "Defence, James Richardson, and the Minister of Finance, John Turner.", date="1974-12-05")
    assert ({frozenset({"Pierre Trudeau", "Allan MacEachen", "James Richardson", "John Turner"}),
             frozenset({"Gerald Ford"})}, "occurred") in meetings(doc)


def test_the_roll_of_ministers_who_prepared_a_summit_is_their_own_meeting_not_the_presidents(nlp):
    doc = run(nlp, "The summit at the Palacio San Martin brought together the host, Argentine President Nestor "
                   "Kirchner, with Luiz Inacio Lula da Silva of Brazil, Tabare Vazquez of Uruguay and Nicanor Duarte "
                   "of Paraguay.\n\nWhen the four foreign ministers met at the Foreign Ministry on Tuesday to prepare "
                   "the summit, the delegations were still divided.\n\nThe ministers were Jorge Taiana of Argentina, "
                   "Reinaldo Gargano of Uruguay and Leila Rachid of Paraguay.\n\nThe presidents sat down together "
                   "on Thursday.", date="2005-06-09")
    names = [e["name"] for e in doc._.dip_entities]
    people = [{names[p] for side in m["sides"] for p in side} for m in doc._.dip_meetings]
    ministers = {"Jorge Taiana", "Reinaldo Gargano", "Leila Rachid"}
    assert not any(p & ministers and p - ministers for p in people)  # no president meets a minister
    [roll] = [m for m in doc._.dip_meetings if {names[p] for side in m["sides"] for p in side} == ministers]
    assert roll["date"] == "2005-06-07"
    assert any({"Nestor Kirchner", "Luiz Inacio Lula da Silva", "Nicanor Duarte"} <= p for p in people)


def test_a_meeting_at_a_place_between_two_people_when_the_parse_hangs_between_on_the_place(nlp):
    doc = run(nlp, "The high point of the day was a meeting at the Elysee Palace between President Emmanuel Macron "
                   "and Chancellor Olaf Scholz.", date="2023-03-07")
    assert meetings(doc) == [({frozenset({"Emmanuel Macron"}), frozenset({"Olaf Scholz"})}, "occurred")]


def test_a_hyphenated_title_that_the_parse_splits_into_three_subjects_is_its_holder(nlp):
    import dipnlp
    result = dipnlp.extract("Vice-Premier Teng Hsiao-ping arrived in Tokyo on Sunday. Later on Monday the Vice-Premier "
                            "called on Emperor Hirohito at the Imperial Palace.", date="1978-10-24", nlp=nlp)
    assert {tuple(sorted(m["participants"])) for m in result.meetings} == {("Emperor Hirohito", "Teng Hsiao-ping")}


def test_the_two_prime_ministers_are_the_prime_ministers_of_the_talks_not_their_foreign_ministers(nlp):
    import dipnlp
    result = dipnlp.extract("Australian Prime Minister Bob Hawke and his Foreign Minister Bill Hayden held talks with "
                            "Japanese Prime Minister Yasuhiro Nakasone and Foreign Minister Shintaro Abe in Tokyo on "
                            "Monday.\n\nOn Tuesday the two prime ministers had breakfast together at the Akasaka "
                            "Palace.", date="1985-01-16", nlp=nlp)
    breakfast = [m for m in result.meetings if m["date"] == "1985-01-15"]
    assert [sorted(m["participants"]) for m in breakfast] == [["Bob Hawke", "Yasuhiro Nakasone"]]


def test_people_met_after_a_sentence_that_tells_of_separate_meetings_are_met_one_by_one(nlp):
    import dipnlp
    result = dipnlp.extract("Over yesterday and today, President Xi Jinping is holding separate bilateral meetings at "
                            "the Hyatt Regency with Caribbean heads of government.\n\nYesterday afternoon he met "
                            "Guyana's President Donald Ramotar, Barbados Prime Minister Freundel Stuart and Jamaica's "
                            "Prime Minister Portia Simpson Miller.", date="2013-06-02", nlp=nlp)
    assert sorted(sorted(m["participants"]) for m in result.meetings) == [
        ["Donald Ramotar", "Xi Jinping"], ["Freundel Stuart", "Xi Jinping"], ["Portia Simpson Miller", "Xi Jinping"]]


def test_a_single_separate_meeting_said_before_does_not_split_the_next_meeting(nlp):
    import dipnlp
    result = dipnlp.extract("Officials said there were no plans for Secretary Hillary Clinton to hold a separate meeting "
                            "with Mr Cui. Later she sat down with President Christopher Loeak and President Johnson "
                            "Toribiong.", date="2012-08-31", nlp=nlp)
    assert [sorted(m["participants"]) for m in result.meetings if m["status"] == "occurred"] == [
        ["Christopher Loeak", "Hillary Clinton", "Johnson Toribiong"]]


@pytest.mark.parametrize("text,venue", [
    ("Upon arrival at Jomo Kenyatta International Airport, Prime Minister Narendra Modi was welcomed by President "
     "Uhuru Kenyatta.", "Jomo Kenyatta International Airport"),
    ("On his arrival in Hanoi on Sunday, Emmanuel Macron was greeted by Nguyen Xuan Phuc.", "Hanoi"),
])
def test_a_reception_on_arrival_is_where_the_traveller_arrives(nlp, text, venue):
    doc = run(nlp, text, date="2019-06-14")
    names = [e["name"] for e in doc._.dip_entities]
    assert [names[m["venue"]] for m in doc._.dip_meetings if m["venue"] is not None] == [venue]


@pytest.mark.parametrize("text,venue", [
    ("Emmanuel Macron flew to Nairobi on Sunday, and his plane landed at Jomo Kenyatta International Airport in the "
     "evening. At the airport he was welcomed by Uhuru Kenyatta.", "Jomo Kenyatta International Airport"),
    ("Emmanuel Macron arrived in Nairobi on Sunday and was greeted at the airport by Uhuru Kenyatta.", "Nairobi"),
])
def test_a_meeting_at_the_airport_is_at_the_airport_or_city_just_reached(nlp, text, venue):
    doc = run(nlp, text, date="2019-06-14")
    names = [e["name"] for e in doc._.dip_entities]
    found = [(people, names[m["venue"]] if m["venue"] is not None else None)
             for (people, _), m in zip(meetings(doc), doc._.dip_meetings)]
    assert ({frozenset({"Emmanuel Macron"}), frozenset({"Uhuru Kenyatta"})}, venue) in found


def test_the_airport_with_no_arrival_in_reach_is_no_venue(nlp):
    doc = run(nlp, "Emmanuel Macron flew to Nairobi on Sunday. He toured a market. He gave a speech on trade. He "
                   "then visited a school. At the airport he was seen off by Uhuru Kenyatta.", date="2019-06-14")
    assert [m["venue"] for m in doc._.dip_meetings] in ([], [None])


LIVE_BLOG = ("LIVE: The Chancellor in Lisbon\n\nBy Ana Reis, news desk\n\n"
             "18:20\nChancellor Olaf Scholz is now holding talks with Prime Minister Antonio Costa at the Sao Bento "
             "Palace.\n\n"
             "14:05 - Scholz has landed at Lisbon airport, where he was greeted by Foreign Minister Augusto Santos "
             "Silva. Accompanying the Chancellor on the trip is Economy Minister Robert Habeck.\n\n"
             "11:00\nScholz last met Costa in Berlin on March 3. Santos Silva had visited Porto before the talks.")


def dated_events(doc):
    """(people, date) of each meeting and (traveller, place, date) of each travel."""
    names = [e["name"] for e in doc._.dip_entities]
    found = {(frozenset(names[p] for side in m["sides"] for p in side), m["date"]) for m in doc._.dip_meetings}
    return found | {(names[t["traveler"]], names[t["destination"]], t["date"]) for t in doc._.dip_travels}


def test_what_a_live_blogs_entries_tell_without_a_date_is_of_the_blogs_day(nlp):
    found = dated_events(run(nlp, LIVE_BLOG, date="2022-06-20"))
    assert (frozenset({"Olaf Scholz", "Antonio Costa"}), "2022-06-20") in found  # "is now holding talks"
    assert (frozenset({"Olaf Scholz", "Augusto Santos Silva"}), "2022-06-20") in found  # "was greeted"
    assert ("Olaf Scholz", "Lisbon airport", "2022-06-20") in found  # "has landed"
    assert ("Robert Habeck", "Lisbon airport", "2022-06-20") in found  # his company on the trip
    assert (frozenset({"Olaf Scholz", "Antonio Costa"}), "2022-03-03") in found  # an entry's own date stays
    assert (frozenset({"Olaf Scholz", "Antonio Costa"}), "2022-06-20/2022-06-20") not in found


def test_without_clock_times_an_undated_present_meeting_stays_undated(nlp):
    text = LIVE_BLOG.replace("18:20\n", "").replace("14:05 - ", "").replace("11:00\n", "")
    found = dated_events(run(nlp, text, date="2022-06-20"))
    assert (frozenset({"Olaf Scholz", "Augusto Santos Silva"}), None) in found
    assert ("Olaf Scholz", "Lisbon airport", None) in found


def test_a_past_perfect_in_a_live_blog_is_background_of_no_date(nlp):
    found = dated_events(run(nlp, LIVE_BLOG, date="2022-06-20"))
    assert ("Augusto Santos Silva", "Porto", None) in found


def test_a_live_blog_entry_that_goes_on_about_the_meeting_just_told_keeps_its_date(nlp):
    text = ("LIVE: Leaders in Tokyo\n\n16:05\nKing Carl met Prime Minister Ito for an hour on Monday evening. A "
            "spokesman said the two leaders discussed trade.\n\n14:00 - The King has left the palace.")
    found = dated_events(run(nlp, text, date="2022-09-27"))
    assert (frozenset({"King Carl", "Ito"}), "2022-09-26") in found
    assert not any(len(event) == 2 and event[1] == "2022-09-27" for event in found)  # no second meeting today


def test_the_company_of_an_arrival_travels_and_does_not_join_the_travellers_talks(nlp):
    doc = run(nlp, "Prime Minister Ana Lopes met President Rui Matos on Monday. Ms Lopes, accompanied by Paulo Dias "
                   "and Sofia Vaz, has arrived in Osaka.", date="2022-09-27")
    assert not any("Paulo Dias" in people for people, _ in
                   [(frozenset().union(*sides), status) for sides, status in meetings(doc)])
    assert {("Paulo Dias", "Osaka", "occurred"), ("Sofia Vaz", "Osaka", "occurred")} <= set(travels(doc))
