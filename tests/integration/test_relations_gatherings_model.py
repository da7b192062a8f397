"""Attendance across sentences with the real pipeline: everyone at one gathering is in one meeting."""
from __future__ import annotations

import itertools

import pytest

from dipnlp.corpus import Article
from dipnlp.extraction import make_doc


def run(nlp, text, date="2019-06-14"):
    return nlp(make_doc(nlp, Article("test", text, date)))


def pairs(doc):
    """The (unordered) pairs of people who meet, with the status of their meeting."""
    names = [e["name"] for e in doc._.dip_entities]
    found = set()
    for meeting in doc._.dip_meetings:
        people = sorted({names[p] for side in meeting["sides"] for p in side})
        found |= {(a, b, meeting["status"]) for a, b in itertools.combinations(people, 2)}
    return found


def all_pairs(people, status):
    return {(a, b, status) for a, b in itertools.combinations(sorted(people), 2)}


def meeting_people(doc):
    """The people of each meeting, as sets of names."""
    names = [e["name"] for e in doc._.dip_entities]
    return [{names[p] for side in meeting["sides"] for p in side} for meeting in doc._.dip_meetings]


@pytest.mark.parametrize("text,people,status", [
    ("Chilean President Sebastian Pinera hosted the summit in Santiago on Monday. Colombian President Ivan "
     "Duque and Peruvian President Martin Vizcarra also attended the summit.",
     {"Sebastian Pinera", "Ivan Duque", "Martin Vizcarra"}, "occurred"),
    ("Brazilian President Jair Bolsonaro will host a summit of regional leaders in Brasilia on Tuesday. "
     "Argentina's Mauricio Macri and Paraguay's Mario Abdo Benitez are among those expected.",
     {"Jair Bolsonaro", "Mauricio Macri", "Mario Abdo Benitez"}, "planned"),
    ("Foreign Minister Heiko Maas opened the conference in Berlin with Secretary of State Mike Pompeo on "
     "Thursday. Russian Foreign Minister Sergei Lavrov is also taking part.",
     {"Heiko Maas", "Mike Pompeo", "Sergei Lavrov"}, "occurred"),
    ("Prime Minister Abiy Ahmed and President Isaias Afwerki signed the declaration in Asmara on Monday. "
     "The ceremony was also attended by Somali President Mohamed Abdullahi Mohamed.",
     {"Abiy Ahmed", "Isaias Afwerki", "Mohamed Abdullahi Mohamed"}, "occurred"),
    ("President Bola Tinubu hosted the ECOWAS summit at the State House in Abuja on Sunday. President Julius "
     "Maada Bio of Sierra Leone had arrived in Abuja on Saturday for the summit.",
     {"Bola Tinubu", "Julius Maada Bio"}, "occurred"),
    ("President Julius Maada Bio of Sierra Leone arrived in Abuja on Saturday for the ECOWAS summit hosted by "
     "President Bola Tinubu.", {"Bola Tinubu", "Julius Maada Bio"}, "occurred"),
])
def test_attendees_named_in_several_sentences_are_one_meeting(nlp, text, people, status):
    assert all_pairs(people, status) <= pairs(run(nlp, text))


def test_the_guests_at_a_summit_reported_with_its_host_alone_join_the_host_and_its_date(nlp):
    doc = run(nlp, "German Chancellor Olaf Scholz hosted an emergency summit on energy in Berlin on Sunday. "
                   "French President Emmanuel Macron, Italian Prime Minister Giorgia Meloni and Polish Prime "
                   "Minister Donald Tusk sat around the table at the Chancellery.")
    people = {"Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Donald Tusk"}
    assert all_pairs(people, "occurred") <= pairs(doc)
    assert [m["date"] for m in doc._.dip_meetings] == ["2019-06-09"]


def test_among_them_lists_the_group_from_the_end_of_its_sentence(nlp):
    doc = run(nlp, "Twelve leaders sat around the table at the Chancellery, among them France's Emmanuel Macron, "
                   "Italy's Giorgia Meloni and Poland's Donald Tusk.")
    assert all_pairs({"Emmanuel Macron", "Giorgia Meloni", "Donald Tusk"}, "occurred") <= pairs(doc)


def test_talks_that_followed_a_meeting_are_its_peoples_and_take_who_joins_them(nlp):
    doc = run(nlp, "Najib Razak held a one-on-one meeting with Lee Hsien Loong at the Istana on Thursday, followed "
                   "by delegation-level talks and a working lunch hosted by Mr Lee. Foreign Minister George Yeo and "
                   "Raymond Lim later joined the delegation-level talks.")
    joined = next(m for m in doc._.dip_meetings if len(m["sides"]) > 2)
    names = [e["name"] for e in doc._.dip_entities]
    assert {names[p] for side in joined["sides"] for p in side} == {
        "Najib Razak", "Lee Hsien Loong", "George Yeo", "Raymond Lim"}
    assert joined["date"] == "2019-06-13"


def test_a_trip_planned_for_a_summit_told_nowhere_else_joins_no_gathering(nlp):
    doc = run(nlp, "Foreign Minister Sergei Lavrov held talks with Wang Yi on Monday in Moscow. Wang said President "
                   "Xi Jinping will travel to Kazan for the summit in October.")
    assert not any("Xi Jinping" in people for people in meeting_people(doc))


def test_people_at_separate_indefinite_events_do_not_meet(nlp):
    doc = run(nlp, "Indonesian President Joko Widodo attended a dinner in Jakarta on Monday. "
                   "Australian Prime Minister Scott Morrison attended a conference in Sydney on Tuesday.")
    assert pairs(doc) == set()


def test_a_named_event_does_not_join_the_lead_meeting(nlp):
    doc = run(nlp, "Singapore's Prime Minister Lee Hsien Loong met Japanese Prime Minister Shinzo Abe in Tokyo "
                   "on Monday. Indonesian President Joko Widodo will attend the APEC summit in Lima next month.")
    assert {(a, b) for a, b, _ in pairs(doc)} == {("Lee Hsien Loong", "Shinzo Abe")}


def test_joining_a_delegation_is_not_attending_a_meeting(nlp):
    doc = run(nlp, "President Barack Obama held talks with President Raul Castro in Havana on Monday. "
                   "Secretary of State John Kerry joined the delegation.")
    assert {(a, b) for a, b, _ in pairs(doc)} == {("Barack Obama", "Raul Castro")}


def test_a_person_named_to_describe_an_appositive_is_not_a_participant(nlp):
    doc = run(nlp, "Jared Kushner, senior adviser to President Donald Trump, met Crown Prince Mohammed bin Salman "
                   "in Riyadh on Monday.")
    assert {(a, b) for a, b, _ in pairs(doc)} == {("Jared Kushner", "Mohammed bin Salman")}


@pytest.mark.parametrize("text,people", [
    ("Narendra Modi and Chinese President Xi Jinping shook hands in Wuhan on Friday.",
     {"Narendra Modi", "Xi Jinping"}),
    ("Vladimir Putin shook hands with Recep Tayyip Erdogan in Sochi on Friday.",
     {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("Juan Manuel Santos and Rodrigo Londono shook hands in Havana, flanked by Raul Castro.",
     {"Juan Manuel Santos", "Rodrigo Londono", "Raul Castro"}),
    ("Vladimir Putin and Recep Tayyip Erdogan signed an agreement in Sochi on Friday.",
     {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("President Ana Ruiz handed the rotating chairmanship to President Luis Vega in Quito on Saturday.",
     {"Ana Ruiz", "Luis Vega"}),
    ("Prince Charles handed the instruments of independence to the Prime Minister, Carlos Medina, on Saturday.",
     {"Prince Charles", "Carlos Medina"}),
])
def test_things_done_together_face_to_face_are_meetings(nlp, text, people):
    assert {(a, b) for a, b, _ in pairs(run(nlp, text))} == {(a, b) for a, b, _ in all_pairs(people, "")}


def test_signing_alone_is_not_a_meeting(nlp):
    assert pairs(run(nlp, "President Donald Trump signed the bill in Washington on Friday.")) == set()


def test_handing_over_without_a_thing_handed_is_no_meeting(nlp):
    assert pairs(run(nlp, "Secretary-General Ana Ruiz hands over to Luis Vega in October.")) == set()


def test_joined_by_wherever_the_parse_hangs_it_joins_the_meeting_of_the_sentence(nlp):
    doc = run(nlp, "Donald Trump and Xi Jinping met for about 80 minutes at the convention center, the summit venue, "
                   "joined by Treasury Secretary Steven Mnuchin and Chinese Vice Premier Liu He.")
    assert all_pairs({"Donald Trump", "Xi Jinping", "Steven Mnuchin", "Liu He"}, "occurred") <= pairs(doc)


def test_companions_join_the_meeting_of_the_person_they_came_with(nlp):
    doc = run(nlp, "North Korean leader Kim Jong Un met South Korean President Moon Jae-in at Panmunjom on Friday. "
                   "Kim was accompanied by his sister Kim Yo Jong. Moon's delegation included National Security "
                   "Adviser Chung Eui-yong.")
    found = pairs(doc)
    assert ("Kim Yo Jong", "Moon Jae-in", "occurred") in found
    assert ("Chung Eui-yong", "Kim Jong Un", "occurred") in found


def test_companions_of_someone_who_meets_nobody_are_not_a_meeting(nlp):
    doc = run(nlp, "Kim Jong Un inspected a factory in Wonsan on Friday. He was accompanied by his sister Kim Yo Jong.")
    assert pairs(doc) == set()


def test_a_meeting_takes_the_only_date_of_its_sentence(nlp):
    doc = run(nlp, "Crown Prince Mohammed bin Salman embraced Emir Tamim bin Hamad Al Thani on Tuesday as Gulf leaders "
                   "gathered in Al-Ula for a summit with Bahrain's Crown Prince Salman bin Hamad Al Khalifa.",
              date="2021-01-05")
    assert {m["date"] for m in doc._.dip_meetings} == {"2021-01-05"}


@pytest.mark.parametrize("text", [
    "Donald Trump met with Kim Yong Chol for an hour to discuss a second summit, which will take place near "
    "the end of February.",
    "Mike Pompeo and Stephen Biegun had a good discussion this morning with Kim Yong Chol on the commitments "
    "Donald Trump and Kim Jong Un made at their summit in Singapore.",
])
def test_a_date_that_belongs_to_another_event_is_not_taken(nlp, text):
    doc = run(nlp, text, date="2019-01-18")
    names = [e["name"] for e in doc._.dip_entities]
    dates = [m["date"] for m in doc._.dip_meetings
             if {names[p] for side in m["sides"] for p in side} in ({"Donald Trump", "Kim Yong Chol"},
                                                                     {"Donald Trump", "Kim Jong Un"})]
    assert dates and all(date is None for date in dates)


def test_a_date_in_a_relative_clause_about_a_participant_is_not_the_meetings(nlp):
    doc = run(nlp, "Vladimir Putin met French President Emmanuel Macron and German Chancellor Angela Merkel, who have "
                   "mediated in the conflict since 2014.")
    assert doc._.dip_meetings and all(m["date"] is None for m in doc._.dip_meetings)


def test_a_later_mention_calls_off_the_planned_meeting(nlp):
    doc = run(nlp, "President Joe Biden was scheduled to meet King Abdullah in Amman on Wednesday. But the Amman "
                   "meeting was called off.")
    assert [m["status"] for m in doc._.dip_meetings] == ["cancelled"]


@pytest.mark.parametrize("text,people,absent", [
    ("Leaders of the bloc, including Vladimir Putin and Xi Jinping, gathered in Astana on Monday for the summit. "
     "India sent External Affairs Minister Subrahmanyam Jaishankar to the summit.",
     {"Vladimir Putin", "Xi Jinping", "Subrahmanyam Jaishankar"}, "India"),
    ("Leaders of the bloc, including Vladimir Putin and Xi Jinping, gathered in Astana on Monday for the summit. "
     "Indian Prime Minister Narendra Modi skipped the gathering, sending External Affairs Minister "
     "Subrahmanyam Jaishankar instead.",
     {"Vladimir Putin", "Xi Jinping", "Subrahmanyam Jaishankar"}, "Narendra Modi"),
])
def test_someone_sent_to_a_summit_attends_it_and_the_sender_does_not(nlp, text, people, absent):
    doc = run(nlp, text)
    assert all_pairs(people, "occurred") <= pairs(doc)
    assert not [p for p in pairs(doc) if absent in p[:2]]


def test_gathering_for_a_summit_and_the_summit_are_one_event(nlp):
    doc = run(nlp, "Leaders of the bloc, including Vladimir Putin and Xi Jinping, gathered in Astana on Monday for "
                   "the summit. India sent External Affairs Minister Subrahmanyam Jaishankar to the summit.")
    assert len(doc._.dip_meetings) == 1


def test_guests_brought_together_along_with_members_attend(nlp):
    doc = run(nlp, "The two-day summit, hosted by Kazakh President Kassym-Jomart Tokayev, brought together the heads "
                   "of member states, including Pakistan's Prime Minister Shehbaz Sharif, along with guests such as "
                   "Turkey's Recep Tayyip Erdogan and U.N. Secretary-General Antonio Guterres.")
    assert all_pairs({"Kassym-Jomart Tokayev", "Shehbaz Sharif", "Recep Tayyip Erdogan", "Antonio Guterres"},
                     "occurred") <= pairs(doc)


@pytest.mark.parametrize("text", [
    "Kim Jong Un received Russian Defence Minister Sergei Shoigu in Pyongyang on Wednesday. Present at the meeting "
    "were Foreign Minister Choe Son Hui and Defence Minister Kang Sun Nam.",
    "Kim Jong Un received Russian Defence Minister Sergei Shoigu in Pyongyang on Wednesday. Also present were "
    "Foreign Minister Choe Son Hui and Defence Minister Kang Sun Nam.",
])
def test_everyone_named_after_present_were_attends(nlp, text):
    assert all_pairs({"Kim Jong Un", "Sergei Shoigu", "Choe Son Hui", "Kang Sun Nam"}, "occurred") <= pairs(run(nlp, text))


def test_people_listed_after_a_colon_attend(nlp):
    doc = run(nlp, "The summit was held in Abuja on Thursday under the chairmanship of H.E. Bola Ahmed Tinubu.\n\n"
                   "The following Heads of State and Government attended the Summit:\n"
                   "- H.E. Patrice Talon, President of the Republic of Benin;\n"
                   "- H.E. Macky Sall, President of the Republic of Senegal.\n\n"
                   "The following also attended: H.E. Dr Omar Alieu Touray, President of the ECOWAS Commission; and "
                   "H.E. Ambassador Bankole Adeoye, Commissioner for Political Affairs, Peace and Security.")
    people = {"Bola Ahmed Tinubu", "Patrice Talon", "Macky Sall", "Omar Alieu Touray", "Bankole Adeoye"}
    assert all_pairs(people, "occurred") <= pairs(doc)
    names = {e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert names == people


def test_the_broker_of_talks_at_a_place_attends_them(nlp):
    doc = run(nlp, "Guyana's Irfaan Ali and Venezuela's Nicolas Maduro agreed on Thursday to avoid force, after three "
                   "hours of talks at Argyle International Airport brokered by Prime Minister Ralph Gonsalves.")
    assert any({"Ralph Gonsalves"} <= set(p[:2]) for p in pairs(doc))


def test_a_delegation_which_included_people_joins_the_meeting(nlp):
    doc = run(nlp, "President Joe Biden met Chinese President Xi Jinping for four hours at Filoli on Wednesday. Around "
                   "the table sat the American delegation, which included Antony Blinken and Janet Yellen.")
    assert all_pairs({"Joe Biden", "Xi Jinping", "Antony Blinken", "Janet Yellen"}, "occurred") - pairs(doc) \
        <= all_pairs({"Joe Biden", "Antony Blinken", "Janet Yellen"}, "occurred")


def test_everyone_named_after_took_his_seat_alongside_attends(nlp):
    doc = run(nlp, "Prime Minister Brigadier (Ret'd) Mark Phillips took his seat at the Hangar Convention Centre "
                   "alongside the host, Brazil's President Luiz Inacio Lula da Silva, Colombia's President Gustavo "
                   "Petro and Bolivia's President Luis Arce.")
    assert all_pairs({"Mark Phillips", "Luiz Inacio Lula da Silva", "Gustavo Petro", "Luis Arce"}, "occurred") \
        <= pairs(doc)
    assert not [p for p in pairs(doc) if "Brigadier" in p[:2]]


@pytest.mark.parametrize("second", [
    "Also attending were Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
    "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi were also in attendance.",
    "Leaders attending included Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
    "Participants included Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
    "The guest list included Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
])
def test_ways_of_saying_who_attended_a_summit(nlp, second):
    doc = run(nlp, "South African President Cyril Ramaphosa opened the summit in Johannesburg on Tuesday. " + second)
    assert all_pairs({"Cyril Ramaphosa", "Xi Jinping", "Narendra Modi"}, "occurred") <= pairs(doc)


def test_a_summit_drew_people(nlp):
    doc = run(nlp, "The summit in Johannesburg drew Chinese President Xi Jinping, Indian Prime Minister Narendra Modi "
                   "and Brazilian President Luiz Inacio Lula da Silva.")
    assert all_pairs({"Luiz Inacio Lula da Silva", "Xi Jinping", "Narendra Modi"}, "occurred") <= pairs(doc)


@pytest.mark.parametrize("text,people", [
    ("Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed the deal on Thursday. The two rivals put "
     "pen to paper on the steps of Harambee House, watched by Kofi Annan and Tanzanian President Jakaya Kikwete.",
     {"Mwai Kibaki", "Raila Odinga", "Kofi Annan", "Jakaya Kikwete"}),
    ("Foreign Minister Sergei Lavrov sat beside President Vladimir Putin, facing his counterpart Ri Yong Ho.",
     {"Sergei Lavrov", "Ri Yong Ho"}),
])
def test_watched_by_and_sat_facing(nlp, text, people):
    assert all_pairs(people, "occurred") <= pairs(run(nlp, text))


def test_watching_a_parade_together_with_others_is_meeting_them(nlp):
    doc = run(nlp, "On the evening of July 27, Kim Jong Un watched the grand military parade at Kim Il Sung Square "
                   "together with Sergei Shoigu and Li Hongzhong.", date="2023-07-28")
    assert all_pairs({"Kim Jong Un", "Sergei Shoigu", "Li Hongzhong"}, "occurred") <= pairs(doc)


def test_being_joined_by_others_on_another_day_is_a_meeting_of_its_own(nlp):
    doc = run(nlp, "On Tuesday, Brazilian President Luiz Inacio Lula da Silva hosted Colombian President Gustavo Petro "
                   "at the Amazon summit. On Wednesday, Lula and Petro were joined at the Hangar Convention Centre by "
                   "President Denis Sassou Nguesso of the Republic of Congo and Prime Minister Ralph Gonsalves.")
    assert all_pairs({"Luiz Inacio Lula da Silva", "Gustavo Petro", "Denis Sassou Nguesso", "Ralph Gonsalves"},
                     "occurred") <= pairs(doc)


def test_people_listed_below_among_those_around_the_table_attend_the_summit(nlp):
    text = ("The ASEAN-Japan summit was held in Jakarta on Wednesday and chaired by President Joko Widodo.\n\n"
            "Among those around the table:\n\n"
            "- Japanese Prime Minister Fumio Kishida\n"
            "- Malaysian Prime Minister Anwar Ibrahim\n"
            "- Philippine President Ferdinand Marcos Jr.\n\n"
            "The leaders adopted a joint statement.\n")
    people = meeting_people(run(nlp, text, date="2023-09-07"))
    assert any({"Fumio Kishida", "Anwar Ibrahim", "Ferdinand Marcos Jr."} <= found for found in people), people


def test_who_addresses_the_summit_attends_it_unless_by_video(nlp):
    text = ("President Cyril Ramaphosa opened the BRICS summit in Johannesburg on Tuesday. Chinese President Xi Jinping "
            "also addressed the summit. President Vladimir Putin addressed the summit by video link.")
    people = meeting_people(run(nlp, text, date="2023-08-23"))
    assert {"Cyril Ramaphosa", "Xi Jinping"} in people
    assert not any("Vladimir Putin" in found for found in people)


def test_a_group_that_sat_together_right_after_an_attendance_list_is_at_that_gathering(nlp):
    doc = run(nlp, "Keir Starmer hosted an emergency summit on Ukraine in London on Sunday.\n\n"
                   "Also present were Mark Rutte, the Nato secretary general, and Ursula von der Leyen. The Nordic "
                   "leaders Mette Frederiksen, Jonas Gahr Store, Alexander Stubb and Ulf Kristersson sat together at "
                   "one end of the room.", date="2025-03-02")
    assert any({"Keir Starmer", "Mark Rutte", "Mette Frederiksen", "Ulf Kristersson"} <= group
               for group in meeting_people(doc))



def test_a_meeting_with_several_ministers_right_after_an_attendance_list_is_a_meeting_of_its_own(nlp):
    doc = run(nlp, "King Salman received Secretary of State Rex Tillerson in Jeddah on Wednesday. The audience was "
                   "attended by Foreign Minister Adel al-Jubeir. On the American side, it was attended by Brian Hook. "
                   "Tillerson later met in Jeddah with the foreign ministers of the four countries: Jubeir, UAE "
                   "Foreign Minister Abdullah bin Zayed, Bahrain's Foreign Minister Khalid bin Ahmed Al Khalifa and "
                   "Egyptian Foreign Minister Sameh Shoukry.", date="2017-07-12")
    groups = meeting_people(doc)
    assert not any({"King Salman", "Sameh Shoukry"} <= group for group in groups)
    assert any({"Rex Tillerson", "Sameh Shoukry", "Abdullah bin Zayed"} <= group for group in groups)


def test_the_chair_of_a_meeting_and_those_with_them_at_the_table_attend_it(nlp):
    doc = run(nlp, "Mercosur leaders met in Mendoza on Friday. The decision was taken at a closed meeting chaired by "
                   "Argentine president Cristina Fernandez de Kirchner, with Brazil's Dilma Rousseff and Uruguay's "
                   "Jose Mujica at the table.", date="2012-06-29")
    assert any({"Cristina Fernandez de Kirchner", "Dilma Rousseff", "Jose Mujica"} <= group
               for group in meeting_people(doc))


def test_the_members_of_a_delegation_named_by_its_country_join_the_meeting_just_reported(nlp):
    doc = run(nlp, "In a communique issued after the talks at State House, the two countries agreed to build a gas "
                   "pipeline. President Uhuru Kenyatta welcomed President Samia Suluhu Hassan with a 21-gun salute on "
                   "Tuesday. The Tanzanian side included Foreign Minister Liberata Mulamula and Energy Minister "
                   "Medard Kalemani.")
    assert {("Liberata Mulamula", "Uhuru Kenyatta", "occurred"), ("Medard Kalemani", "Uhuru Kenyatta", "occurred")} \
        <= pairs(doc)


def test_a_leader_who_led_a_delegation_to_the_talks_brings_the_people_listed_after_the_colon(nlp):
    doc = run(nlp, "President Uhuru Kenyatta welcomed President Samia Suluhu Hassan at State House on Tuesday. "
                   "Mr Kenyatta led a delegation of ministers to the bilateral talks: Raychelle Omamo, Betty Maina "
                   "and James Macharia.")
    assert {("Raychelle Omamo", "Samia Suluhu Hassan"), ("Betty Maina", "Samia Suluhu Hassan"),
            ("James Macharia", "Samia Suluhu Hassan")} <= {p[:2] for p in pairs(doc)}


def test_the_members_of_a_delegation_listed_on_bulleted_lines_join_the_reception(nlp):
    doc = run(nlp, "Foreign Secretary Marcelo Ebrard received the delegation of the United States on Friday.\n\n"
                   "The U.S. delegation was composed of:\n\n- Antony Blinken, Secretary of State\n"
                   "- Merrick Garland, Attorney General\n")
    assert {("Antony Blinken", "Marcelo Ebrard"), ("Marcelo Ebrard", "Merrick Garland")} <= {p[:2] for p in pairs(doc)}


@pytest.mark.parametrize("text,late", [
    ("President Joe Biden met Prime Minister Rishi Sunak in London on Monday. Foreign Secretary James Cleverly later "
     "joined the meeting, as did the US ambassador, Jane Hartley.", "Jane Hartley"),
    ("President Emmanuel Macron hosted Crown Prince Mohammed bin Salman for a working dinner at the Elysee on "
     "Thursday. Foreign Minister Catherine Colonna took part in the dinner, as did her Saudi counterpart, Prince "
     "Faisal bin Farhan.", "Faisal bin Farhan"),
])
def test_who_did_as_the_attendee_did_attends_too(nlp, text, late):
    people = meeting_people(run(nlp, text))
    assert len(people) == 1 and late in people[0] and len(people[0]) == 4


@pytest.mark.parametrize("text,host,guests", [
    ("President Joko Widodo welcomed Prime Minister Lee Hsien Loong at Bogor Palace on Monday. On the Indonesian "
     "side were Foreign Minister Retno LP Marsudi, Coordinating Economic Minister Airlangga Hartarto and State "
     "Secretary Pratikno.", "Lee Hsien Loong", {"Retno LP Marsudi", "Airlangga Hartarto", "Pratikno"}),
    ("Prime Minister Ismail Sabri Yaakob paid a courtesy call on General Prayut Chan-o-cha at Government House "
     "today. Accompanying the Prime Minister were Foreign Minister Saifuddin Abdullah and Trade Minister Azmin Ali.",
     "Prayut Chan-o-cha", {"Saifuddin Abdullah", "Azmin Ali"}),
    # "were" read as a passive auxiliary, or the gerund as a modifier of the subject
    ("Prime Minister Rajiv Gandhi held talks with President Ronald Reagan at the White House on Tuesday. "
     "Accompanying Mr Gandhi were Foreign Secretary K.P.S. Menon and Finance Minister V.P. Singh.",
     "Ronald Reagan", {"K.P.S. Menon", "V.P. Singh"}),
    ("Prime Minister Rajiv Gandhi held talks with President Ronald Reagan at the White House on Tuesday. "
     "Accompanying the Prime Minister at the talks was Foreign Secretary Romesh Bhandari.",
     "Ronald Reagan", {"Romesh Bhandari"}),
    ("President Jimmy Carter held talks with President Anwar Sadat in Aswan. Accompanying the President at the talks "
     "was Secretary of State Cyrus Vance.", "Anwar Sadat", {"Cyrus Vance"}),  # the gerund as the subject of "was"
    ("Chancellor Helmut Kohl held talks with President Mikhail Gorbachev in the Kremlin on Tuesday. Travelling "
     "with the Chancellor were Foreign Minister Hans-Dietrich Genscher and Theo Waigel, who sat in on the talks.",
     "Mikhail Gorbachev", {"Hans-Dietrich Genscher", "Theo Waigel"}),
    ("Prime Minister Rajiv Gandhi held talks with President Ronald Reagan at the White House on Tuesday. "
     "With Mr Gandhi were Natwar Singh and Romesh Bhandari.", "Ronald Reagan", {"Natwar Singh", "Romesh Bhandari"}),
    ("Prime Minister Rajiv Gandhi held talks with President Ronald Reagan at the White House on Tuesday. "
     "With him were Natwar Singh and Romesh Bhandari.", "Ronald Reagan", {"Natwar Singh", "Romesh Bhandari"}),
    # a seat at someone's side
    ("Prime Minister Rajiv Gandhi held talks with President Ronald Reagan at the White House on Tuesday. "
     "Secretary of State George Shultz sat at the President's side.", "Rajiv Gandhi", {"George Shultz"}),
])
def test_people_listed_after_an_inverted_side_or_company_join_the_meeting(nlp, text, host, guests):
    found = {p[:2] for p in pairs(run(nlp, text))}
    assert {tuple(sorted((host, guest))) for guest in guests} <= found


def test_being_among_the_leaders_who_flew_somewhere_is_a_trip_not_an_attendance(nlp):
    doc = run(nlp, "Lebanese leaders met in Doha on Friday for talks. Saad Hariri, Michel Aoun and Amin Gemayel were "
                   "among 14 leaders who flew from Beirut to Doha on two Qatari aircraft.")
    assert not [m for m in meeting_people(doc) if "Amin Gemayel" in m]
    names = [e["name"] for e in doc._.dip_entities]
    trips = {(names[t["traveler"]], names[t["destination"]]) for t in doc._.dip_travels}
    assert {("Saad Hariri", "Doha"), ("Michel Aoun", "Doha"), ("Amin Gemayel", "Doha")} <= trips


@pytest.mark.parametrize("text,date,pair,apart", [
    # those attending the talks do not join talks told as background in the past perfect
    ("Mohamed bin Zayed received Luiz Inacio Lula da Silva at Qasr Al Watan in Abu Dhabi on Saturday.\n\n"
     "Lula da Silva flew into the capital on Saturday afternoon from Beijing, where he had held talks with Xi "
     "Jinping at the Great Hall of the People on Friday.\n\nThe talks at the palace were attended by "
     "Sheikh Mansour bin Zayed Al Nahyan, Vice President.", "2023-04-15",
     ("Luiz Inacio Lula da Silva", "Xi Jinping"), {"Xi Jinping", "Mansour bin Zayed Al Nahyan"}),
    # people present at "the meeting" join the one told with the verb "meet", not the talks before it
    ("Chinese Premier Li Qiang held talks with Anwar Ibrahim at the Great Hall of the People on Friday. "
     "Li hosted a welcome ceremony for Anwar prior to the talks.\n\n"
     "On the same day, Xi Jinping met with Anwar in Beijing.\n\n"
     "Xi said that China and Malaysia have enjoyed a long history of friendly exchanges.\n\n"
     "Anwar said that he was honored to visit China shortly after taking office.\n\n"
     "Wang Yi, director of the Office of the Central Foreign Affairs Commission, was present at the "
     "meeting.", "2023-03-31", ("Anwar Ibrahim", "Wang Yi"), {"Li Qiang", "Wang Yi"}),
])
def test_an_attendance_joins_the_event_it_names_not_another_told_nearby(nlp, text, date, pair, apart):
    found = pairs(run(nlp, text, date=date))
    assert (*pair, "occurred") in found
    assert not any(apart <= {a, b} for a, b, _ in found)


def test_those_who_join_a_host_at_a_named_gathering_meet_there_not_at_his_earlier_talks(nlp):
    doc = run(nlp, "Prime Minister Prayut Chan-o-cha held talks with his Indian counterpart Narendra Modi on Sunday."
                   "\n\nIndonesian President Joko Widodo and Myanmar State Counsellor Aung San Suu Kyi were among the "
                   "first to arrive on Saturday.\n\nAt the opening plenary on Sunday, Gen Prayut was joined by the "
                   "leaders of the nine other member states: Mr Widodo, Ms Suu Kyi, Singapore's Lee Hsien Loong and "
                   "Cambodia's Hun Sen.", date="2019-11-03")
    found = pairs(doc)
    assert ("Joko Widodo", "Lee Hsien Loong", "occurred") in found
    assert ("Aung San Suu Kyi", "Prayut Chan-o-cha", "occurred") in found
    assert not any("Narendra Modi" in (a, b) and "Joko Widodo" in (a, b) for a, b, _ in found)


def test_a_roll_of_leaders_by_country_is_one_gathering(nlp):
    doc = run(nlp, "The CIS Council of Heads of State opened its session in Chisinau on Monday morning. Taking part "
                   "are the presidents of Azerbaijan - Heydar Aliyev, Armenia - Robert Kocharyan, Belarus - Alexander "
                   "Lukashenko, Georgia - Eduard Shevardnadze and Uzbekistan - Islam Karimov.")
    leaders = {"Heydar Aliyev", "Robert Kocharyan", "Alexander Lukashenko", "Eduard Shevardnadze", "Islam Karimov"}
    assert all_pairs(leaders, "occurred") <= pairs(doc)


def test_those_taking_part_in_a_hosted_summit_join_its_host_and_date(nlp):
    doc = run(nlp, "President Abdel-Fattah El-Sisi hosted in Cairo on Thursday a summit of Sudan's neighbouring "
                   "countries to discuss ways to end the war.\n\nTaking part in the summit were Chadian President "
                   "Mahamat Idriss Deby, Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed, in "
                   "addition to African Union Commission Chairperson Moussa Faki Mahamat.", date="2023-07-13")
    everyone = {"Abdel-Fattah El-Sisi", "Mahamat Idriss Deby", "Isaias Afwerki", "Abiy Ahmed", "Moussa Faki Mahamat"}
    assert meeting_people(doc) == [everyone]
    assert doc._.dip_meetings[0]["date"] == "2023-07-13"


def test_a_digests_later_roll_is_not_its_first_meeting(nlp):
    doc = run(nlp, "MOSCOW, Oct 7 - Russian President Vladimir Putin and Georgian President Eduard Shevardnadze held "
                   "a meeting in Chisinau late on Sunday. Foreign Ministers Igor Ivanov and Irakli Menagarishvili "
                   "took part.\n\nMOSCOW, Oct 7 - Putin arrived in Chisinau on Sunday afternoon from Moscow.\n\n"
                   "MOSCOW, Oct 7 - The ministers agreed the draft documents.\n\nMOSCOW, Oct 7 - The session opened "
                   "on Monday. Taking part are Ukrainian President Leonid Kuchma, Kazakh President Nursultan "
                   "Nazarbayev and Putin.", date="2002-10-07")
    assert {"Leonid Kuchma", "Nursultan Nazarbayev", "Vladimir Putin"} in meeting_people(doc)
    assert ("Igor Ivanov", "Leonid Kuchma", "occurred") not in pairs(doc)


def test_one_side_of_the_table_is_the_meeting_just_reported(nlp):
    doc = run(nlp, "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday."
                   "\n\n\"We are close friends,\" Widodo said.\n\nWidodo later hosted Singapore Prime Minister Lee "
                   "Hsien Loong at a lunch at the palace.\n\nOn the Indonesian side were Foreign Minister Retno "
                   "Marsudi, Coordinating Economic Minister Airlangga Hartarto and State Secretary Pratikno.")
    assert all_pairs({"Retno Marsudi", "Airlangga Hartarto", "Pratikno", "Lee Hsien Loong"}, "occurred") <= pairs(doc)
    assert not any("Anwar Ibrahim" in people and "Pratikno" in people for people in meeting_people(doc))


def test_who_was_at_the_summit_alongside_others_attends_it(nlp):
    doc = run(nlp, "President Bola Tinubu hosted an ECOWAS summit in Abuja on Sunday. Togo's President, Faure "
                   "Gnassingbe, and the President of Benin, Patrice Talon, were also at the summit, alongside the "
                   "President of the ECOWAS Commission, Omar Touray.", date="2023-12-10")
    assert all_pairs({"Bola Tinubu", "Faure Gnassingbe", "Patrice Talon", "Omar Touray"}, "occurred") <= pairs(doc)


def test_those_listed_below_an_attended_by_with_a_colon_attend(nlp):
    doc = run(nlp, "President Kassym-Jomart Tokayev held talks with Chancellor Olaf Scholz in Astana on Tuesday.\n\n"
                   "The talks were attended by:\n\n- Prime Minister Olzhas Bektenov;\n- Minister of Energy Almasadam "
                   "Satkaliyev.", date="2024-09-17")
    people = {"Kassym-Jomart Tokayev", "Olaf Scholz", "Olzhas Bektenov", "Almasadam Satkaliyev"}
    assert all_pairs(people, "occurred") <= pairs(doc)


def test_everyone_named_after_attended_by_attends_whatever_the_parse(nlp):
    doc = run(nlp, "President Kassym-Jomart Tokayev held talks with Chancellor Olaf Scholz in Astana on Tuesday. From "
                   "the German side, the talks were attended by Foreign and Security Policy Adviser to the Federal "
                   "Chancellor Jens Plotner and Ambassador of Germany to Kazakhstan Monika Iwersen.", date="2024-09-17")
    assert {("Jens Plotner", "Olaf Scholz", "occurred"), ("Kassym-Jomart Tokayev", "Monika Iwersen", "occurred")} \
        <= pairs(doc)


def test_who_attended_a_meeting_the_main_verb_was_done_at_attend_it_and_it_happened(nlp):
    doc = run(nlp, "The communique was agreed on Friday 10 March at a meeting of defence ministers hosted by Spain's "
                   "Margarita Robles and attended by Lloyd Austin (United States), Ben Wallace (Britain), Boris "
                   "Pistorius (Germany) and Sebastien Lecornu (France).", date="2023-03-12")
    names = [e["name"] for e in doc._.dip_entities]
    found = [({names[p] for side in m["sides"] for p in side}, m["status"], m["date"]) for m in doc._.dip_meetings]
    assert ({"Margarita Robles", "Lloyd Austin", "Ben Wallace", "Boris Pistorius", "Sebastien Lecornu"},
            "occurred", "2023-03-10") in found


def test_the_heads_and_members_of_two_delegations_join_the_meeting_just_reported(nlp):
    doc = run(nlp, "The meeting, chaired by Foreign Minister Hakan Fidan, lasted a little over an hour on Monday. The "
                   "Russian delegation was headed by presidential aide Vladimir Medinsky and included Deputy Foreign "
                   "Minister Mikhail Galuzin, while Defense Minister Rustem Umerov led the Ukrainian team, which "
                   "included First Deputy Foreign Minister Sergiy Kyslytsya.", date="2025-06-02")
    assert meeting_people(doc) == [{"Hakan Fidan", "Vladimir Medinsky", "Mikhail Galuzin", "Rustem Umerov",
                                    "Sergiy Kyslytsya"}]


def test_a_delegation_named_long_after_the_last_meeting_joins_none(nlp):
    doc = run(nlp, "Vladimir Medinsky met Rustem Umerov in Istanbul on Monday. The talks lasted two hours. The two "
                   "sides agreed to swap prisoners. Officials said more exchanges would follow. The last talks, in "
                   "2022, collapsed within weeks. Ukraine's delegation was headed by David Arakhamia.",
              date="2025-06-02")
    assert meeting_people(doc) == [{"Vladimir Medinsky", "Rustem Umerov"}]


def test_a_wish_to_bring_people_together_does_not_join_talks_that_took_place(nlp):
    doc = run(nlp, "Russian and Ukrainian delegations agreed on Monday to exchange more prisoners at their second "
                   "round of direct peace talks, hosted by Turkey at Ciragan Palace in Istanbul.\n\nThe meeting, "
                   "chaired by Foreign Minister Hakan Fidan, lasted a little over an hour. Intelligence chief Ibrahim Kalin was "
                   "also present.\n\n\"Our greatest wish is to bring Mr. Putin and Mr. Zelenskyy together, and to "
                   "include Mr. Trump as well, in Istanbul or Ankara,\" President Recep Tayyip Erdogan said.",
              date="2025-06-02")
    assert {frozenset(p) for p in meeting_people(doc)} == {frozenset({"Hakan Fidan", "Ibrahim Kalin"}),
                                                           frozenset({"Putin", "Zelenskyy"})}


def test_people_said_to_be_taking_part_join_the_talks_under_way(nlp):
    doc = run(nlp, "Secretary of State Warren Christopher opened the negotiations with Slobodan Milosevic and Franjo "
                   "Tudjman on Wednesday. European Union mediator Carl Bildt and Russian Deputy Foreign Minister Igor "
                   "Ivanov are also taking part.", date="1995-11-02")
    assert ("Carl Bildt", "Slobodan Milosevic", "occurred") in pairs(doc)


def sides_of(doc):
    """The sides of each meeting, as sets of names."""
    names = [e["name"] for e in doc._.dip_entities]
    return [{frozenset(names[p] for p in side) for side in meeting["sides"]} for meeting in doc._.dip_meetings]


def test_who_sits_on_a_countrys_side_attends_the_meeting_just_reported_with_its_people(nlp):
    doc = run(nlp, "Portuguese Prime Minister Antonio Costa received Spanish Prime Minister Pedro Sanchez in Lisbon "
                   "on Thursday. Foreign Minister Augusto Santos Silva and Economy Minister Pedro Siza Vieira sat on "
                   "the Portuguese side.", date="2021-05-14")
    assert sides_of(doc) == [{frozenset({"Antonio Costa", "Augusto Santos Silva", "Pedro Siza Vieira"}),
                              frozenset({"Pedro Sanchez"})}]


def test_people_placed_on_each_side_of_expanded_talks_attend_them(nlp):
    doc = run(nlp, "Japanese Prime Minister Shinzo Abe received Indian Prime Minister Narendra Modi in Tokyo on "
                   "Saturday. The talks began in a narrow format and were later expanded, with Foreign Minister "
                   "Taro Kono on the Japanese side and External Affairs Minister Sushma Swaraj and Foreign Secretary "
                   "Vijay Gokhale on the Indian side, officials said.", date="2018-10-29")
    assert meeting_people(doc) == [{"Shinzo Abe", "Narendra Modi", "Taro Kono", "Sushma Swaraj", "Vijay Gokhale"}]


def test_members_named_on_a_countrys_side_join_that_countrys_side(nlp):
    doc = run(nlp, "Chinese President Hu Jintao held talks with Brazilian President Dilma Rousseff in Beijing on "
                   "Tuesday. Attending the talks on the Chinese side were Wang Qishan and Yang Jiechi. Brazilian "
                   "Foreign Minister Antonio Patriota and Finance Minister Guido Mantega were on the Brazilian side.",
              date="2011-04-13")
    assert sides_of(doc) == [{frozenset({"Hu Jintao", "Wang Qishan", "Yang Jiechi"}),
                              frozenset({"Dilma Rousseff", "Antonio Patriota", "Guido Mantega"})}]


def test_those_also_present_join_the_meeting_just_reported_not_the_lead(nlp):
    doc = run(nlp, "Chancellor Olaf Scholz arrived in Paris on Monday and was met at the airport by Prime Minister "
                   "Elisabeth Borne.\n\nHe then laid a wreath at the Arc de Triomphe.\n\nThe high point of the day "
                   "was a meeting at the Elysee Palace between President Emmanuel Macron and Mr Scholz. It lasted "
                   "two hours, longer than planned.\n\nAlso present were Foreign Minister Catherine Colonna, "
                   "Annalena Baerbock and Bruno Le Maire.", date="2023-03-07")
    found = pairs(doc)
    assert all_pairs({"Emmanuel Macron", "Olaf Scholz", "Catherine Colonna", "Bruno Le Maire"}, "occurred") <= found
    assert not any("Elisabeth Borne" in (a, b) and "Catherine Colonna" in (a, b) for a, b, _ in found)


def test_the_two_sides_at_the_talks_listed_one_after_the_other_join_the_talks_just_told(nlp):
    import dipnlp
    text = ("On the morning of March 3, Premier Li Peng held a welcoming ceremony for Prime Minister Ruud Lubbers in "
            "the Great Hall of the People, and the two heads of government held their first round of talks there the "
            "same morning. Taking part in the talks on the Chinese side were Foreign Minister Qian Qichen and "
            "Vice-Minister Zhu Rongji. On the Dutch side were Mr. Hans van Mierlo and Ambassador Jan Brouwer.\n\n"
            "Premier Li recalled the warm reception he had been given in The Hague in May last year.")
    result = dipnlp.extract(text, date="1988-03-05", nlp=nlp)
    talks = [m for m in result.meetings if "Jan Brouwer" in m["participants"]]
    assert len(talks) == 1 and talks[0]["date"] == "1988-03-03"  # not the reception of last May
    assert {"Li Peng", "Ruud Lubbers", "Qian Qichen", "Zhu Rongji", "Hans van Mierlo"} <= set(talks[0]["participants"])


def test_leaders_who_closed_a_summit_attended_it_on_its_date(nlp):
    doc = run(nlp, "Mexican President Andres Manuel Lopez Obrador, U.S. President Joe Biden and Canadian Prime Minister "
                   "Justin Trudeau closed the tenth North American Leaders' Summit on Tuesday at the National Palace.",
              date="2023-01-11")
    [meeting] = doc._.dip_meetings
    names = [e["name"] for e in doc._.dip_entities]
    assert {names[p] for side in meeting["sides"] for p in side} == {"Andres Manuel Lopez Obrador", "Joe Biden",
                                                                      "Justin Trudeau"}
    assert meeting["date"] == "2023-01-10"


def test_a_summit_hosted_by_someone_takes_the_date_of_the_verb_it_hangs_on(nlp):
    doc = run(nlp, "Six African leaders yesterday signed a declaration committing them to democracy, the rule of law "
                   "and an end to the wars of the Great Lakes, at a one-day summit hosted by President Yoweri Museveni "
                   "at State House, Entebbe. The leaders who attended were President Museveni, President Daniel arap Moi "
                   "of Kenya and President Benjamin Mkapa of Tanzania.", date="1998-03-26")
    [meeting] = doc._.dip_meetings
    assert meeting["date"] == "1998-03-25"


def test_a_delegation_listed_after_talks_joins_the_talks_not_the_ceremony_before_them(nlp):
    doc = run(nlp, "On Tuesday, Joe Biden and Joao Lourenco held official talks at the Presidential Palace in Luanda, "
                   "after a welcome ceremony with military honours. The Angolan delegation included the Minister of "
                   "External Relations, Tete Antonio.", date="2024-12-04")
    dated = [m for m in doc._.dip_meetings if m["date"] == "2024-12-03"]
    names = [e["name"] for e in doc._.dip_entities]
    assert len(dated) == 1 and {"Joe Biden", "Joao Lourenco", "Tete Antonio"} <= {
        names[p] for side in dated[0]["sides"] for p in side}


def test_who_is_seated_with_the_host_at_a_summit_meets_everyone_there(nlp):
    doc = run(nlp, "By Rahim Uddin, Staff Reporter\n\nThe summit opened on Saturday morning at the Convention Hall, "
                   "with President Ali Hassan in the chair. Seated with him at the conference table were the "
                   "Prime Minister of Laos, Mr Somsak Vong, the President of Chad, Mr Idriss Kaba, and the "
                   "President of Malta, Mr George Abela.", date="1990-06-04")
    leaders = ["Ali Hassan", "Somsak Vong", "Idriss Kaba", "George Abela"]
    assert all_pairs(leaders, "occurred") <= pairs(doc)
    assert not any("Rahim Uddin" in pair for pair in pairs(doc))  # "him" is the host, not the byline


def test_the_company_on_a_trip_travels_but_does_not_join_the_talks(nlp):
    doc = run(nlp, "President Lee Myung-bak arrived in Hanoi on Tuesday and met President Nguyen Minh Triet. "
                   "Accompanying Lee on the trip are Foreign Minister Yu Myung-hwan and Kim Sung-hwan.",
              date="2009-10-21")
    names = [e["name"] for e in doc._.dip_entities]
    assert {names[t["traveler"]] for t in doc._.dip_travels} >= {"Yu Myung-hwan", "Kim Sung-hwan"}
    assert pairs(doc) == {("Lee Myung-bak", "Nguyen Minh Triet", "occurred")}


def test_the_company_said_to_sit_at_the_talks_joins_them(nlp):
    doc = run(nlp, "Chancellor Helmut Schmidt arrived in Warsaw on Monday and held talks with Edward Gierek. "
                   "Travelling with the Chancellor were Hans-Dietrich Genscher and Klaus Boelling, who made up the "
                   "West German side at the talks.", date="1975-08-04")
    assert {("Edward Gierek", "Hans-Dietrich Genscher", "occurred"), ("Edward Gierek", "Klaus Boelling", "occurred")} \
        <= pairs(doc)


def test_a_seating_with_no_gathering_just_told_is_of_no_event(nlp):
    doc = run(nlp, "President Ali Hassan and Prime Minister Somsak Vong held a private meeting at the palace. Seated "
                   "with the President at the table were Mr Idriss Kaba, Mr George Abela and Mr Tomas Lind.",
              date="1990-06-04")
    assert not any("Idriss Kaba" in pair for pair in pairs(doc))


def test_who_attends_a_meeting_with_the_leaders_of_a_group_is_met_there(nlp):
    doc = run(nlp, "President Ana Lopes is now meeting the leaders of the opposition parties at the Quinta Residence. "
                   "Among those attending are former Prime Minister Rui Matos, Green leader Sofia Vaz and Senator "
                   "Paulo Dias.", date="2021-05-04")
    assert all_pairs(["Ana Lopes", "Rui Matos", "Sofia Vaz", "Paulo Dias"], "occurred") <= pairs(doc)


def test_the_leaders_met_are_those_named_just_after_not_later(nlp):
    doc = run(nlp, "President Ana Lopes received leaders of the regional bloc at the palace on Sunday. Fuel prices "
                   "rose in the capital. The central bank kept its rates. Farmers asked for rain. Also present were "
                   "Rui Matos and Sofia Vaz.", date="2021-05-04")
    assert not any("Ana Lopes" in pair for pair in pairs(doc))


def test_a_person_met_beside_the_members_of_a_group_is_still_met(nlp):
    doc = run(nlp, "Ambassador Ken Sato met with Mayor Ruth Bell and members of the city council on Monday.",
              date="2021-05-04")
    assert ("Ken Sato", "Ruth Bell", "occurred") in pairs(doc)


@pytest.mark.parametrize("text,people", [
    ("Former president Tomas Herrera was given a state funeral in the cathedral of Quito on Monday. In the front pews "
     "sat President Lucia Andrade, Prime Minister Carlos Medina and Foreign Minister Ana Ruiz.",
     {"Lucia Andrade", "Carlos Medina", "Ana Ruiz"}),
    ("Thousands filled the stadium for the inauguration of President Lucia Andrade on Saturday. The guests included "
     "King Harald, President Carlos Medina and Prime Minister Ana Ruiz.",
     {"Lucia Andrade", "King Harald", "Carlos Medina", "Ana Ruiz"}),  # whose inauguration it is attends it
    ("The funeral of Tomas Herrera was held in Quito on Monday. The mourners included King Harald, President Carlos "
     "Medina and Prime Minister Ana Ruiz.", {"King Harald", "Carlos Medina", "Ana Ruiz"}),
    ("The state funeral of Tomas Herrera was held at the stadium in Quito on Monday. Heads of state seated in the VIP "
     "stand included King Harald, President Carlos Medina and Prime Minister Ana Ruiz.",
     {"King Harald", "Carlos Medina", "Ana Ruiz"}),
])
def test_those_seated_at_a_state_ceremony_or_listed_among_its_guests_attend_it_not_the_dead(nlp, text, people):
    doc = run(nlp, text, date="2019-06-18")
    names = [e["name"] for e in doc._.dip_entities]
    dates = [m["date"] for m in doc._.dip_meetings if {names[p] for side in m["sides"] for p in side} == people]
    assert dates and dates[0] in ("2019-06-15", "2019-06-17")  # the ceremony's own date: they joined it
    assert "Tomas Herrera" not in {names[p] for m in doc._.dip_meetings for side in m["sides"] for p in side}


def test_among_the_first_to_do_something_else_is_no_attendance(nlp):
    doc = run(nlp, "President Ana Ruiz gave a reception at the palace on Monday. Among the guests were President Carlos "
                   "Medina and President Luis Vega. Prime Minister Jan Holm was among the first leaders to congratulate "
                   "Ruiz on her victory in May.", date="2022-09-05")
    assert not [people for people in meeting_people(doc) if "Jan Holm" in people]
    names = [e["name"] for e in doc._.dip_entities]
    assert [m["date"] for m in doc._.dip_meetings if names.index("Carlos Medina") in m["sides"][0]] == ["2022-09-05"]


def test_the_guests_at_the_ceremony_once_called_the_funeral_ceremony_attend_the_funeral(nlp):
    doc = run(nlp, "President Ana Ruiz attended the funeral of former president Tomas Herrera in Quito on Monday. Ruiz "
                   "recalled the many meetings she had with Herrera, among them a meeting in Lima in May 2010. The "
                   "funeral ceremony began in front of the cathedral. Among the foreign guests at the ceremony were King "
                   "Harald, President Carlos Medina and Prime Minister Jan Holm.", date="2019-06-18")
    assert {"Ana Ruiz", "King Harald", "Carlos Medina", "Jan Holm"} in meeting_people(doc)  # not at the 2010 meeting
    assert {"Ana Ruiz", "Tomas Herrera"} in meeting_people(doc)


def test_who_was_also_present_joins_the_welcome_told_just_before_not_an_older_gathering(nlp):
    doc = run(nlp, "President Ana Ruiz attended the funeral of former president Tomas Herrera in Quito on Monday. "
                   "Among the guests at the funeral were King Harald and President Carlos Medina. At the airport, Ruiz "
                   "was welcomed by Foreign Minister Luis Vega. The ambassador, Eva Soto, was also present.",
              date="2019-06-18")
    assert {"Luis Vega", "Ana Ruiz", "Eva Soto"} in meeting_people(doc)
    assert not [people for people in meeting_people(doc) if {"Eva Soto", "King Harald"} <= people]


def test_who_sat_a_few_rows_from_others_at_a_swearing_in_attend_it_with_its_date(nlp):
    doc = run(nlp, "The inauguration went smoothly.\n\nPresident Ana Ruiz took the oath before Chief Justice Carlos "
                   "Medina at the National Stadium in Quito on 10 May. She then named her cabinet.\n\nKing Harald, "
                   "Luis Vega and Jan Holm sat a few rows from Paul Kagame and Mary Robinson.", date="2019-05-20")
    guests = {"King Harald", "Luis Vega", "Jan Holm", "Paul Kagame", "Mary Robinson"}
    names = [e["name"] for e in doc._.dip_entities]
    ceremony = [m for m in doc._.dip_meetings if {names[p] for side in m["sides"] for p in side} >= guests]
    assert [m["date"] for m in ceremony] == ["2019-05-10"]
    assert all_pairs(guests | {"Ana Ruiz", "Carlos Medina"}, "occurred") <= pairs(doc)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz was sworn in by Chief Justice Carlos Medina on Monday.",
    "Chief Justice Carlos Medina administered the oath of office to President Ana Ruiz on Monday.",
    "Luis Vega was proclaimed President and took his oath from Chief Justice Carlos Medina on Monday.",
])
def test_who_swears_someone_in_meets_them(nlp, text):
    sworn = "Luis Vega" if "Vega" in text else "Ana Ruiz"
    assert (*sorted([sworn, "Carlos Medina"]), "occurred") in pairs(run(nlp, text, date="2019-05-15"))


@pytest.mark.parametrize("text,people", [
    ("Foreign Minister Jan Holm came in the President's place and sat beside King Harald.", {"Jan Holm", "King Harald"}),
    ("At the banquet Prime Minister Ana Ruiz sat next to President Luis Vega.", {"Ana Ruiz", "Luis Vega"}),
    ("President Luis Vega sat opposite Chancellor Paul Weber at the long table.", {"Luis Vega", "Paul Weber"}),
])
def test_who_sat_beside_or_opposite_someone_met_them(nlp, text, people):
    assert all_pairs(people, "occurred") <= pairs(run(nlp, text))


def test_a_delegation_does_not_join_a_reception_told_as_background_in_a_when_clause(nlp):
    doc = run(nlp, "At the lunch, President Ana Ruiz thanked King Harald. Ruiz had visited Lima in July 1991, when "
                   "President Luis Vega received her. Vice-President Jan Holm led a delegation which included Paul "
                   "Weber and Mary Robinson.", date="1994-05-12")
    names = [e["name"] for e in doc._.dip_entities]
    background = [{names[p] for side in m["sides"] for p in side} for m in doc._.dip_meetings if m["date"] == "1991-07"]
    assert background == [{"Ana Ruiz", "Luis Vega"}]


def test_those_named_after_among_the_mourners_will_be_attend_the_funeral_told_before(nlp):
    doc = run(nlp, "The Queen will fly to Brussels this morning for the funeral of King Baudouin. Among the mourners "
                   "will be King Harald of Norway, President Luis Vega of Peru and Chancellor Paul Weber of Austria.",
              date="1993-08-07")
    names = [e["name"] for e in doc._.dip_entities]
    funeral = [(m["date"], m["status"]) for m in doc._.dip_meetings
               if {names[p] for side in m["sides"] for p in side} == {"King Harald", "Luis Vega", "Paul Weber"}]
    assert funeral == [("1993-08-07", "planned")]


def test_a_roll_after_a_dated_sentence_that_names_no_event_takes_its_day(nlp):
    doc = run(nlp, "The council opened its session in Quito on Monday morning. Taking part are President Ana Ruiz, "
                   "President Luis Vega, King Harald and Chancellor Paul Weber.", date="2019-06-18")
    assert [m["date"] for m in doc._.dip_meetings if len(m["sides"]) == 4] == ["2019-06-17"]


def test_those_seated_on_the_dais_attend_the_swearing_in_told_just_before(nlp):
    doc = run(nlp, "President Ana Ruiz took the oath of office on the steps of the Capitol in Quito on Monday.\n\n"
                   "Seated on the dais were King Harald, President Luis Vega and Chancellor Paul Weber.",
              date="2019-06-18")
    names = [e["name"] for e in doc._.dip_entities]
    ceremony = [(m["date"], {names[p] for side in m["sides"] for p in side}) for m in doc._.dip_meetings]
    assert ceremony == [("2019-06-17", {"Ana Ruiz", "King Harald", "Luis Vega", "Paul Weber"})]


def test_who_will_take_the_oath_does_not_join_a_meal_told_before(nlp):
    doc = run(nlp, "President Ana Ruiz will lunch with King Harald at the palace. Luis Vega will take the oath of office "
                   "before Parliament, with his wife at his side.", date="2019-06-18")
    assert meeting_people(doc) == [{"Ana Ruiz", "King Harald"}]
