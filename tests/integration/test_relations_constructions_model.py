"""Meeting and travel constructions of wire, readout and feature prose, with the real pipeline."""
from __future__ import annotations

import pytest

from dipnlp.corpus import Article
from dipnlp.extraction import make_doc


def run(nlp, text, date="2019-06-14"):
    return nlp(make_doc(nlp, Article("test", text, date)))


def meetings(doc):
    names = [e["name"] for e in doc._.dip_entities]
    return [(frozenset(names[p] for side in m["sides"] for p in side), m["status"]) for m in doc._.dip_meetings]

def dated_meetings(doc):
    """The people of each meeting, with its date."""
    names = [e["name"] for e in doc._.dip_entities]
    return [(frozenset(names[p] for side in m["sides"] for p in side), m["date"]) for m in doc._.dip_meetings]


def travels(doc):
    names = [e["name"] for e in doc._.dip_entities]
    return {(names[t["traveler"]], names[t["destination"]], t["status"]) for t in doc._.dip_travels}


@pytest.mark.parametrize("text,people", [
    ("The two leaders, Vladimir Putin and Kim Jong Un, talked for more than three hours.",
     {"Vladimir Putin", "Kim Jong Un"}),
    ("Wang Yi and Jake Sullivan had more than eight hours of talks over two days in Vienna.",
     {"Wang Yi", "Jake Sullivan"}),
    ("Prime Minister Shinzo Abe paid a courtesy call on President Joko Widodo.",
     {"Shinzo Abe", "Joko Widodo"}),
    ("Mr Thein Sein inspected a guard of honour on the Istana lawn before calling on President Tony Tan Keng Yam.",
     {"Thein Sein", "Tony Tan Keng Yam"}),
    ("In the afternoon, Chancellor Angela Merkel paid a separate call on President Ram Nath Kovind.",
     {"Angela Merkel", "Ram Nath Kovind"}),
    ("Secretary of State Antony Blinken discussed the crisis with Prime Minister Benjamin Netanyahu in Jerusalem.",
     {"Antony Blinken", "Benjamin Netanyahu"}),
    ("Premier Li Qiang held a welcoming ceremony for Pham Minh Chinh before their talks.",
     {"Li Qiang", "Pham Minh Chinh"}),
    ("Vladimir Putin told Xi Jinping during their meeting that ties were at a high.",
     {"Vladimir Putin", "Xi Jinping"}),
    ("Envoy Zalmay Khalilzad said he had a productive session with Mullah Abdul Ghani Baradar in Doha.",
     {"Zalmay Khalilzad", "Mullah Abdul Ghani Baradar"}),
    ("Narendra Modi was accorded a ceremonial welcome by Joe Biden at the White House.",
     {"Narendra Modi", "Joe Biden"}),
    ("The talks between the two sides were led by Joe Biden and Narendra Modi.",
     {"Joe Biden", "Narendra Modi"}),
    ("Shehbaz Sharif and Recep Tayyip Erdogan exchanged views on regional issues at the Presidential Complex.",
     {"Shehbaz Sharif", "Recep Tayyip Erdogan"}),
    ("Charles Michel flew to Budapest on November 27 for a tête-à-tête with Prime Minister Viktor Orban.",
     {"Charles Michel", "Viktor Orban"}),
    ("President Ferdinand Marcos Jr. and President Joko Widodo held a tete-a-tete in the palace library.",
     {"Ferdinand Marcos Jr.", "Joko Widodo"}),
    ("Fumio Kishida and Yoon Suk Yeol joined Joe Biden at Camp David for a trilateral summit.",
     {"Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"}),
    ("Secretary-General Antonio Guterres attended the signing ceremony in Istanbul along with President Recep Tayyip Erdogan.",
     {"Antonio Guterres", "Recep Tayyip Erdogan"}),
    ("Prime Minister Shimon Peres sat up with Foreign Minister Johan Jorgen Holst through the night.",
     {"Shimon Peres", "Johan Jorgen Holst"}),
    ("President Mauricio Macri crossed paths with Prime Minister Theresa May at the United Nations.",
     {"Mauricio Macri", "Theresa May"}),
    ("First lady Kim Keon-hee had tea with Yuko Kishida at the residence.", {"Kim Keon-hee", "Yuko Kishida"}),
    ("The agreement was signed by Yitzhak Rabin and Yasser Arafat in Cairo.", {"Yitzhak Rabin", "Yasser Arafat"}),
    ("Uri Savir and Ahmed Qurei initialed the text at a guesthouse in Oslo with Shimon Peres looking on.",
     {"Uri Savir", "Ahmed Qurei", "Shimon Peres"}),
    ("Defense Secretary Mark Esper appeared with President Ashraf Ghani at the presidential palace.",
     {"Mark Esper", "Ashraf Ghani"}),
    ("Secretary of State Antony Blinken visited Hanoi in April and paid a courtesy call on General Secretary "
     "Nguyen Phu Trong.", {"Antony Blinken", "Nguyen Phu Trong"}),
    ("Chancellor Angela Merkel flew to Kyiv to see President Petro Poroshenko.", {"Angela Merkel", "Petro Poroshenko"}),
    ("President Recep Tayyip Erdogan spoke with President Vladimir Putin on the sidelines of the summit in Astana.",
     {"Recep Tayyip Erdogan", "Vladimir Putin"}),
    ("Prime Minister Narendra Modi interacted with President Joe Biden at the G7 summit in Hiroshima.",
     {"Narendra Modi", "Joe Biden"}),
    ("Prime Minister Shehbaz Sharif called on President Xi Jinping at the Great Hall of the People.",
     {"Shehbaz Sharif", "Xi Jinping"}),
    ("Secretary of State Mike Pompeo flew from Israel to Khartoum to press Prime Minister Abdalla Hamdok to join.",
     {"Mike Pompeo", "Abdalla Hamdok"}),
    ("Later on Friday, Secretary of State Antony Blinken brought together Foreign Minister Yoko Kamikawa and "
     "Foreign Minister Cho Tae-yul for a three-way meeting.", {"Antony Blinken", "Yoko Kamikawa", "Cho Tae-yul"}),
    ("Both rounds of talks were led by Deputy Secretary Wendy Sherman and Vice Foreign Minister Xie Feng.",
     {"Wendy Sherman", "Xie Feng"}),
    ("John Kerry was received by President Mohamed Morsi at the palace, in the presence of Foreign Minister "
     "Mohamed Kamel Amr and presidential aide Essam al-Haddad.", {"John Kerry", "Mohamed Morsi", "Mohamed Kamel Amr",
                                                                  "Essam al-Haddad"}),
    ("Foreign Minister Hossein Amir-Abdollahian paid a visit to Syrian President Bashar al-Assad in Damascus.",
     {"Hossein Amir-Abdollahian", "Bashar al-Assad"}),
    ("King Charles hosted a state banquet in honour of President Cyril Ramaphosa at Buckingham Palace.",
     {"King Charles", "Cyril Ramaphosa"}),
    ("Chancellor Olaf Scholz dined with President Emmanuel Macron at the Elysee on Tuesday.",
     {"Olaf Scholz", "Emmanuel Macron"}),
    ("President Lula spent three hours with President Gustavo Petro at the Casa de Narino.",
     {"Lula", "Gustavo Petro"}),
    ("Chancellor Olaf Scholz and President Emmanuel Macron spent the evening together at a restaurant in Hamburg.",
     {"Olaf Scholz", "Emmanuel Macron"}),
    # "attended by" after "chaired by" shares its meeting; a repeated "by" adds its object
    ("The meeting was chaired by Kenyan President William Ruto and attended by President Paul Kagame and by "
     "President Hassan Sheikh Mohamud of Somalia.", {"William Ruto", "Paul Kagame", "Hassan Sheikh Mohamud"}),
    ("The meeting was chaired by Kenyan President William Ruto, who also chairs the East African Community, and "
     "attended by President Paul Kagame and by President Hassan Sheikh Mohamud of Somalia.",
     {"William Ruto", "Paul Kagame", "Hassan Sheikh Mohamud"}),
])
def test_meeting_constructions(nlp, text, people):
    found = meetings(run(nlp, text))
    assert any(names >= people and status == "occurred" for names, status in found), found


def test_people_present_join_the_meeting_just_reported(nlp):
    doc = run(nlp, "Vladimir Putin met Xi Jinping in the Kremlin on Tuesday. "
                   "Also present at the meeting were Sergey Lavrov and Yuri Ushakov.")
    [(names, status)] = meetings(doc)
    assert names == {"Vladimir Putin", "Xi Jinping", "Sergey Lavrov", "Yuri Ushakov"} and status == "occurred"


def test_a_phone_call_is_not_a_meeting_whatever_its_verb(nlp):
    assert meetings(run(nlp, "In a phone call, Secretary of State Antony Blinken discussed the crisis "
                             "with Prime Minister Benjamin Netanyahu.")) == []
    assert meetings(run(nlp, "President Joe Biden talked with President Xi Jinping by phone on Tuesday.")) == []

    assert meetings(run(nlp, "Pedro Sanchez and Aziz Akhannouch discussed the talks by phone.")) == []


@pytest.mark.parametrize("text", [
    "President Xi Jinping left Vientiane on Tuesday for Phnom Penh after two days of talks in which he and "
    "Laos's President Thongloun Sisoulith pledged closer ties.",
    "Chinese President Xi Jinping left Vientiane on Tuesday after two days of talks in which Xi and President "
    "Thongloun Sisoulith pledged closer ties.",
])
def test_a_sentence_whose_meeting_words_found_nobody_pairs_the_two_people_it_names(nlp, text):
    assert (frozenset({"Xi Jinping", "Thongloun Sisoulith"}), "occurred") in meetings(run(nlp, text))


@pytest.mark.parametrize("text", [
    "Pedro Sanchez, the first Spanish leader to visit Morocco since Felipe Gonzalez, arrived in Rabat for talks.",
    "Pedro Sanchez spoke to Aziz Akhannouch by telephone and welcomed the agreement.",
    "Pedro Sanchez said Aziz Akhannouch would host the visit.",
])
def test_people_named_in_passing_by_a_sentence_with_a_meeting_word_are_not_paired(nlp, text):
    assert meetings(run(nlp, text)) == []


def test_who_joined_the_talks_in_a_relative_clause_attends_them(nlp):
    doc = run(nlp, "Last Saturday, Mohamed Morsi hosted Turkish Prime Minister Recep Tayyip Erdogan and Qatar's Emir "
                   "Sheikh Hamad bin Khalifa Al Thani for talks on the crisis, which Khaled Meshaal joined later in "
                   "the evening.")
    assert any("Khaled Meshaal" in names and "Recep Tayyip Erdogan" in names for names, _ in meetings(doc))


def test_a_call_in_another_clause_leaves_the_meeting_face_to_face(nlp):
    doc = run(nlp, "Joe Biden, Narendra Modi and Fumio Kishida met in Hiroshima on Saturday after the summit "
                   "they had planned in Sydney was called off.")
    assert (frozenset({"Joe Biden", "Narendra Modi", "Fumio Kishida"}), "occurred") in meetings(doc)


@pytest.mark.parametrize("text", [
    "At the talks, Wang Yi and Antony Blinken agreed to keep communication open.",
    "Wang Yi and Antony Blinken agreed to keep lines open when they met in Beijing.",
])
def test_a_meeting_beside_a_past_agreement_occurred(nlp, text):
    assert meetings(run(nlp, text)) == [(frozenset({"Wang Yi", "Antony Blinken"}), "occurred")]


def test_an_agreement_to_meet_is_still_planned(nlp):
    found = meetings(run(nlp, "Wang Yi and Antony Blinken agreed to meet again in the autumn."))
    assert found == [(frozenset({"Wang Yi", "Antony Blinken"}), "planned")]


@pytest.mark.parametrize("text,expected", [
    ("Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Mario Draghi travelled together "
     "by train to Kyiv.",
     {("Olaf Scholz", "Kyiv", "occurred"), ("Emmanuel Macron", "Kyiv", "occurred"),
      ("Mario Draghi", "Kyiv", "occurred")}),
    ("Emmanuel Macron and Xi Jinping later travelled to Guangzhou.",
     {("Emmanuel Macron", "Guangzhou", "occurred"), ("Xi Jinping", "Guangzhou", "occurred")}),
    ("Prime Minister Narendra Modi, who is in Washington on a state visit, addressed Congress.",
     {("Narendra Modi", "Washington", "occurred")}),
    ("Chinese officials said Xi Jinping was expected to pay a state visit to Manila in 2018.",
     {("Xi Jinping", "Manila", "planned")}),
    ("President Vladimir Putin's plane took off from Geneva for Moscow on Wednesday evening.",
     {("Vladimir Putin", "Moscow", "occurred")}),
    ("President Donald Trump heads to Japan late next month for a state visit.", {("Donald Trump", "Japan", "planned")}),
    ("Foreign Minister Sergei Lavrov is due in Pyongyang on Tuesday for a two-day visit.",
     {("Sergei Lavrov", "Pyongyang", "planned")}),
    ("President Xi Jinping, accompanied by his wife Peng Liyuan, landed at Sunan International Airport on Thursday.",
     {("Xi Jinping", "Sunan International Airport", "occurred"), ("Peng Liyuan", "Sunan International Airport", "occurred")}),
    ("President Vladimir Putin was accompanied by Foreign Minister Sergei Lavrov on the trip to Beijing.",
     {("Vladimir Putin", "Beijing", "occurred"), ("Sergei Lavrov", "Beijing", "occurred")}),
    ("Prime Minister Narendra Modi embarked on a two-nation tour of Egypt and the United States.",
     {("Narendra Modi", "Egypt", "occurred"), ("Narendra Modi", "United States", "occurred")}),
    ("Prime Minister Fumio Kishida arrived at Seoul Air Base on Sunday with his wife, Yuko Kishida.",
     {("Fumio Kishida", "Seoul Air Base", "occurred"), ("Yuko Kishida", "Seoul Air Base", "occurred")}),
])
def test_travel_constructions(nlp, text, expected):
    assert expected <= travels(run(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("The row threatens to overshadow the rest of the week in Jakarta. China's top diplomat, Wang Yi, arrived in "
     "the city on Wednesday.", ("Wang Yi", "Jakarta", "occurred")),
    ("Sweden offered Stockholm as a venue in March. Kim Myong Gil left Pyongyang on Thursday. He stopped over in "
     "Beijing. He arrived in the Swedish capital on Friday.", ("Kim Myong Gil", "Stockholm", "occurred")),
])
def test_the_city_or_the_capital_is_the_last_city_named_of_its_country(nlp, text, expected):
    assert expected in travels(run(nlp, text))


def test_a_counterpart_whose_name_the_parse_cut_off_is_that_person(nlp):
    doc = run(nlp, "Russian Foreign Minister Sergei Lavrov's talks with his Turkish counterpart Mevlut Cavusoglu in "
                   "Antalya ended without progress.")
    assert (frozenset({"Sergei Lavrov", "Mevlut Cavusoglu"}), "occurred") in meetings(doc)


def test_a_he_carried_over_two_sentences_stays_the_same_person(nlp):
    doc = run(nlp, "Secretary of State Antony Blinken returned to Israel on Monday after a tour of six Arab countries. "
                   "He met Saudi Crown Prince Mohammed bin Salman on Sunday morning. "
                   "Later on Sunday he flew to Cairo and held talks with Egyptian President Abdel Fattah el-Sissi.")
    assert ("Antony Blinken", "Cairo", "occurred") in travels(doc)
    assert ("Mohammed bin Salman", "Cairo", "occurred") not in travels(doc)
    assert (frozenset({"Antony Blinken", "Abdel Fattah el-Sissi"}), "occurred") in meetings(doc)


def test_a_bare_shared_surname_is_the_person_the_article_names_most(nlp):
    doc = run(nlp, "North Korean envoy Kim Yong Chol arrived in Washington on Thursday. "
                   "Kim Yong Chol met Secretary of State Mike Pompeo on Friday. "
                   "Kim Yong Chol later went to the White House. "
                   "The visit prepares a summit with leader Kim Jong Un. "
                   "Kim and Pompeo had lunch together on Friday.")
    found = [names for names, _ in meetings(doc)]
    assert frozenset({"Kim Yong Chol", "Mike Pompeo"}) in found
    assert frozenset({"Kim Jong Un", "Mike Pompeo"}) not in found


def test_seeing_a_thing_is_no_meeting(nlp):
    assert meetings(run(nlp, "President Joe Biden saw the film with reporters on Friday.")) == []


def test_briefing_without_a_trip_is_no_meeting(nlp):
    assert meetings(run(nlp, "Secretary of State Mike Pompeo called to brief President Moon Jae-in.")) == []


def test_calling_on_someone_to_act_is_no_visit(nlp):
    assert meetings(run(nlp, "Prime Minister Shehbaz Sharif called on President Xi Jinping to release the funds.")) == []


def test_a_trip_after_which_someone_else_meets_is_not_theirs(nlp):
    doc = run(nlp, "Prime Minister Shinzo Abe met Rodrigo Duterte after the Philippine leader's trip to Tokyo.")
    assert ("Shinzo Abe", "Tokyo", "occurred") not in travels(doc)


@pytest.mark.parametrize("second", [
    "Taking part in the talks were Mauro Vieira and Fernando Haddad.",
    "Mauro Vieira and Fernando Haddad were among the members of the Brazilian delegation at the talks.",
    "The Brazilian delegation included Mauro Vieira and Fernando Haddad.",
    "Mauro Vieira and Fernando Haddad were part of the Brazilian delegation.",
])
def test_delegation_members_join_the_talks_just_reported(nlp, second):
    doc = run(nlp, "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva "
                   "in Beijing. " + second)
    [(names, status)] = meetings(doc)
    assert names == {"Xi Jinping", "Luiz Inacio Lula da Silva", "Mauro Vieira", "Fernando Haddad"}


@pytest.mark.parametrize("text,people", [
    ("Chinese President Xi Jinping met Kim Jong Un in Pyongyang. He was flanked by Ding Xuexiang and Wang Yi.",
     {"Xi Jinping", "Kim Jong Un", "Ding Xuexiang", "Wang Yi"}),
    ("Chancellor Olaf Scholz and President Emmanuel Macron arrived in Kyiv. "
     "The visitors then sat down with Volodymyr Zelensky.", {"Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"}),
    ("Mike Pompeo went to the Blue House to brief President Moon Jae-in over dinner.", {"Mike Pompeo", "Moon Jae-in"}),
    ("Russian and Ukrainian delegations, led respectively by presidential aide Vladimir Medinsky and David Arakhamia, "
     "held face-to-face talks in Istanbul.", {"Vladimir Medinsky", "David Arakhamia"}),
    ("Yitzhak Rabin took Yasser Arafat's outstretched hand on the South Lawn.", {"Yitzhak Rabin", "Yasser Arafat"}),
    ("Mr Trump is also due to visit Seoul after the Osaka summit for talks with President Moon Jae-in.",
     {"Trump", "Moon Jae-in"}),
])
def test_companions_groups_and_meals(nlp, text, people):
    assert any(names >= people for names, _ in meetings(run(nlp, text)))


@pytest.mark.parametrize("text,people", [
    ("US Secretary of State Antony Blinken arrived in Beijing on Sunday. He met Chinese Foreign Minister Qin Gang. "
     "On Monday the top US diplomat met President Xi Jinping at the Great Hall of the People.",
     {"Antony Blinken", "Xi Jinping"}),
    ("Russian President Vladimir Putin and Chinese President Xi Jinping signed a statement in Moscow. "
     "Later the Chinese leader met Prime Minister Mikhail Mishustin.", {"Xi Jinping", "Mikhail Mishustin"}),
    ("North Korean leader Kim Jong Un and US President Donald Trump met in Hanoi. "
     "The president later flew to Seoul, where he met President Moon Jae-in.", {"Donald Trump", "Moon Jae-in"}),
    ("Chile's president-elect Jose Antonio Kast flew to Buenos Aires on Sunday. On Monday the president-elect "
     "was received at the Casa Rosada by Foreign Minister Pablo Quirno.", {"Jose Antonio Kast", "Pablo Quirno"}),
])
def test_a_role_noun_stands_for_the_person_of_that_role_and_country(nlp, text, people):
    assert people in [names for names, _ in meetings(run(nlp, text))]


def test_a_role_noun_of_another_country_is_nobody_named(nlp):
    doc = run(nlp, "Chinese President Xi Jinping arrived in Paris. The Russian leader met Emmanuel Macron.")
    assert not any("Xi Jinping" in names for names, _ in meetings(doc))


def test_a_trilateral_summit_has_one_side_per_person(nlp):
    doc = run(nlp, "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President "
                   "Yoon Suk Yeol at Camp David for a trilateral summit.")
    [meeting] = doc._.dip_meetings
    assert sorted(len(side) for side in meeting["sides"]) == [1, 1, 1]


def test_speaking_by_phone_is_no_meeting(nlp):
    assert meetings(run(nlp, "President Recep Tayyip Erdogan spoke with President Vladimir Putin by phone.")) == []


@pytest.mark.parametrize("text,met", [
    ("Hungarian Prime Minister Viktor Orban and Ukrainian President Volodymyr Zelensky had a brief chat on the "
     "sidelines of the inauguration.", True),
    ("Hungarian Prime Minister Viktor Orban and Ukrainian President Volodymyr Zelensky had a phone chat.", False),
])
def test_a_chat_face_to_face_is_a_meeting_and_a_phone_chat_is_not(nlp, text, met):
    expected = [(frozenset({"Viktor Orban", "Volodymyr Zelensky"}), "occurred")] if met else []
    assert meetings(run(nlp, text)) == expected


def test_people_at_the_table_join_the_meal_just_reported(nlp):
    doc = run(nlp, "Secretary of State Mike Pompeo held talks with North Korean leader Kim Jong Un on Sunday and then "
                   "stayed for lunch, at which Stephen Biegun and Kim Yo-jong were also at the table.")
    [(names, _)] = meetings(doc)
    assert names == {"Mike Pompeo", "Kim Jong Un", "Stephen Biegun", "Kim Yo-jong"}


@pytest.mark.parametrize("text,people", [
    ("Chancellor Olaf Scholz will host the leaders of the Group of Seven, among them Emmanuel Macron, Mario Draghi "
     "and US President Joe Biden, at Schloss Elmau in June.", {"Olaf Scholz", "Emmanuel Macron", "Joe Biden"}),
    ("Prince Faisal bin Farhan and Hossein Amir-Abdollahian were pictured on either side of Foreign Minister "
     "Qin Gang, who hosted the pair at a government guesthouse.",
     {"Qin Gang", "Faisal bin Farhan", "Hossein Amir-Abdollahian"}),
])
def test_a_group_is_the_people_listed_after_it_or_just_named(nlp, text, people):
    assert any(names >= people for names, _ in meetings(run(nlp, text)))


def test_people_of_different_countries_are_different_sides(nlp):
    doc = run(nlp, "Chinese Foreign Minister Wang Yi hosted Saudi Foreign Minister Prince Faisal bin Farhan and "
                   "Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing.")
    [meeting] = doc._.dip_meetings
    assert len(meeting["sides"]) == 3


def test_the_members_of_a_delegation_received_join_the_reception(nlp):
    doc = run(nlp, "Russian President Vladimir Putin on Saturday received a delegation of African leaders in St Petersburg. "
                   "The African delegation was made up of South African President Cyril Ramaphosa, Senegalese President "
                   "Macky Sall and Zambian President Hakainde Hichilema.")
    [(names, status)] = meetings(doc)
    assert names == {"Vladimir Putin", "Cyril Ramaphosa", "Macky Sall", "Hakainde Hichilema"} and status == "occurred"


def test_receiving_a_delegation_nobody_names_is_no_meeting(nlp):
    assert meetings(run(nlp, "Russian President Vladimir Putin received a delegation of African leaders.")) == []


@pytest.mark.parametrize("text,meeting", [
    # they reach back two paragraphs, however many sentences
    ("President Joe Biden met President Xi Jinping in Woodside on Wednesday. The talks lasted four hours. Officials "
     "described them as candid. Markets rose on the news. The two leaders will meet again in Lima next year.",
     (frozenset({"Joe Biden", "Xi Jinping"}), "planned")),
    # after a larger meeting, they are the two members with a leader's role
    ("President Emmanuel Macron and his wife Brigitte Macron dined with Prime Minister Narendra Modi and Foreign "
     "Secretary Vikram Misri on Thursday. On Friday the two leaders held a working lunch at the Elysee.",
     (frozenset({"Emmanuel Macron", "Narendra Modi"}), "occurred")),
])
def test_the_two_leaders(nlp, text, meeting):
    assert meeting in meetings(run(nlp, text))


@pytest.mark.parametrize("text,meeting", [
    # a paragraph that opens with them names them in the paragraph before
    ("President Lula da Silva and Prime Minister Mark Carney agreed on a trade road map in Brasilia on Monday.\n\n"
     "The two leaders met for three hours at the Planalto Palace.", frozenset({"Lula da Silva", "Mark Carney"})),
    # of more people named there, the two with a leader's role
    ("President Lula da Silva, Prime Minister Mark Carney and Finance Minister Fernando Haddad praised the road map.\n\n"
     "The two leaders met for three hours at the Planalto Palace.", frozenset({"Lula da Silva", "Mark Carney"})),
])
def test_the_two_leaders_opening_a_paragraph(nlp, text, meeting):
    assert (meeting, "occurred") in meetings(run(nlp, text))


def test_the_two_leaders_after_someone_referred_to_stay_unresolved(nlp):
    doc = run(nlp, "President Lula da Silva and Prime Minister Mark Carney agreed on a trade road map on Monday.\n\n"
                   "His Highness accepted an invitation to Doha, where the two leaders are expected to meet again.")
    assert meetings(doc) == []


@pytest.mark.parametrize("text,people", [
    ("Attending the summit were His Majesty King Hamad of Bahrain; President Rafael Ortega of the Republic of Peru; "
     "His Highness Sheikh Ahmed bin Khalid, Crown Prince of the State of Kuwait; President Juan Perez of the State "
     "of Chile; and Kenyan Prime Minister James Mwangi.",
     {"King Hamad", "Rafael Ortega", "Ahmed bin Khalid", "Juan Perez", "James Mwangi"}),
    ("The summit was attended by King Hamad of Bahrain; President Rafael Ortega of Peru; and Kenyan Prime Minister "
     "James Mwangi.", {"King Hamad", "Rafael Ortega", "James Mwangi"}),
])
def test_a_list_set_off_by_semicolons_attends_as_a_whole(nlp, text, people):
    assert any(names >= people for names, _ in meetings(run(nlp, text)))


def test_the_subject_pronoun_of_a_second_clause_is_the_first_clauses_subject(nlp):
    doc = run(nlp, "President Joe Biden said on Thursday that a summit with Chinese leader Xi Jinping could happen, "
                   "but he made clear to visiting Japanese Prime Minister Fumio Kishida that he was in no rush.")
    assert all(names != {"Xi Jinping", "Fumio Kishida"} for names, _ in meetings(doc))


def test_the_two_leaders_reach_back_over_a_paragraph_of_quotes(nlp):
    doc = run(nlp, "President Joe Biden met visiting Prime Minister Fumio Kishida at the White House on Thursday.\n\n"
                   "\"It is a step. It is not going to go fast,\" Biden told reporters. \"We will see. We are patient. "
                   "We will talk again. It takes time. Trade is hard. Nobody expects a deal.\"\n\n"
                   "The two leaders, joined by first lady Jill Biden and Kishida's wife, Yuko Kishida, spoke privately "
                   "for 30 minutes.")
    assert any(names >= {"Joe Biden", "Fumio Kishida", "Jill Biden", "Yuko Kishida"} for names, _ in meetings(doc))


def test_sitting_in_on_the_talks_is_attending_them(nlp):
    doc = run(nlp, "President Joe Biden met Prime Minister Fumio Kishida at the White House on Thursday. "
                   "Secretary of State Antony Blinken and Treasury Secretary Janet Yellen sat in on the talks.")
    assert any(names >= {"Joe Biden", "Fumio Kishida", "Antony Blinken", "Janet Yellen"} for names, _ in meetings(doc))


def test_people_on_one_side_of_the_table_attend_the_meal(nlp):
    doc = run(nlp, "President Joe Biden and Prime Minister Fumio Kishida held a working lunch on Thursday. "
                   "Secretary of State Antony Blinken sat on the American side of the table.")
    assert any(names >= {"Joe Biden", "Fumio Kishida", "Antony Blinken"} for names, _ in meetings(doc))


def test_a_new_meeting_noun_does_not_date_the_meeting_before(nlp):
    doc = run(nlp, "President Joe Biden met Prime Minister Fumio Kishida at the White House. "
                   "It was the first meeting between the two allies since talks broke down in Hanoi in February.",
              date="2019-04-12")
    [meeting] = [m for m in doc._.dip_meetings if len(m["sides"]) == 2]
    assert meeting["date"] != "2019-02"


@pytest.mark.parametrize("text,status", [
    ("Germany's Olaf Scholz flew to Beijing last week for a one-day visit to meet Chinese President Xi Jinping.",
     "occurred"),
    ("Germany's Olaf Scholz will fly to Beijing for a one-day visit to meet Chinese President Xi Jinping.", "planned"),
    ("Germany's Olaf Scholz accepted an invitation to meet Chinese President Xi Jinping.", "planned"),
])
def test_a_visit_to_meet_someone_is_the_travellers_meeting(nlp, text, status):
    assert meetings(run(nlp, text)) == [(frozenset({"Olaf Scholz", "Xi Jinping"}), status)]


def test_a_subject_pronoun_below_the_main_clause_is_the_main_subject(nlp):
    doc = run(nlp, "Antonio Guterres travelled to Moscow for talks with President Vladimir Putin and Foreign Minister "
                   "Sergei Lavrov, and then to Kyiv, where he met Volodymyr Zelensky.")
    names = [n for n, _ in meetings(doc)]
    assert frozenset({"Antonio Guterres", "Volodymyr Zelensky"}) in names
    assert frozenset({"Sergei Lavrov", "Volodymyr Zelensky"}) not in names


@pytest.mark.parametrize("text,people", [
    ("Ethiopian Prime Minister Abiy Ahmed later held a three-way meeting with Sudanese President Omar al-Bashir and "
     "South Sudan's leader Salva Kiir to discuss the peace deal.", {"Abiy Ahmed", "Omar al-Bashir", "Salva Kiir"}),
    ("Japanese Foreign Minister Yoko Kamikawa will travel to Busan to meet her South Korean counterpart, Park Jin, "
     "and China's Wang Yi, a meeting that Tokyo hopes will clear the way for a summit.",
     {"Yoko Kamikawa", "Park Jin", "Wang Yi"}),
    ("Yukiya Amano, the head of the agency, signed a separate roadmap with Iran's nuclear chief Ali Akbar Salehi "
     "in Vienna.", {"Yukiya Amano", "Ali Akbar Salehi"}),
])
def test_the_last_of_a_list_of_people_met_is_met_whatever_the_parse(nlp, text, people):
    assert any(names >= people for names, _ in meetings(run(nlp, text)))


@pytest.mark.parametrize("text,person", [
    ("Taking part in the talks were Foreign Minister Rafael Ortega; Lena Novak said the Union would send an envoy.",
     "Lena Novak"),
    ("President Joe Biden held talks with Chinese President Xi Jinping and Antony Blinken later said they were "
     "candid.", "Antony Blinken"),
])
def test_a_list_stops_at_a_name_that_starts_its_own_clause(nlp, text, person):
    assert all(person not in names for names, _ in meetings(run(nlp, text)))


@pytest.mark.parametrize("text,people", [
    ("Kim Jong Un's train stopped at Khasan, where Alexander Kozlov, the minister for the Far East, greeted him with "
     "bread and salt.", {"Kim Jong Un", "Alexander Kozlov"}),
    ("President Roh Moo-hyun met Kim Jong Il in Pyongyang. Kim's wife, Ri Sol Ju, joined him for a banquet.",
     {"Kim Jong Il", "Ri Sol Ju"}),
])
def test_an_object_pronoun_is_not_its_own_clauses_subject(nlp, text, people):
    assert any(names >= people for names, _ in meetings(run(nlp, text)))


def test_a_list_goes_on_past_a_relative_clause_and_as_well_as(nlp):
    doc = run(nlp, "Russian President Vladimir Putin received a delegation of African leaders. The delegation was made "
                   "up of South African President Cyril Ramaphosa, Senegalese President Macky Sall and Comoros President "
                   "Azali Assoumani, who currently chairs the African Union, as well as Egyptian Prime Minister Mostafa "
                   "Madbouly and Ugandan envoy Ruhakana Rugunda.")
    assert any(names >= {"Vladimir Putin", "Cyril Ramaphosa", "Mostafa Madbouly", "Ruhakana Rugunda"}
               for names, _ in meetings(doc))


def test_people_set_off_after_a_plural_role_noun_are_the_group(nlp):
    doc = run(nlp, "Foreign Minister Wang Yi held separate meetings with his Saudi and Iranian counterparts, Prince "
                   "Faisal bin Farhan and Hossein Amir-Abdollahian.")
    found = {names for names, _ in meetings(doc)}  # "separate meetings": one with each
    assert found == {frozenset({"Wang Yi", "Faisal bin Farhan"}), frozenset({"Wang Yi", "Hossein Amir-Abdollahian"})}


def test_a_nationality_left_of_a_title_is_no_person(nlp):
    doc = run(nlp, "Egyptian President Abdel Fattah al-Sisi received Jordanian King Abdullah II in Cairo.")
    assert meetings(doc) == [(frozenset({"Abdel Fattah al-Sisi", "King Abdullah II"}), "occurred")]


def test_a_list_opened_by_including_after_a_place_names_the_group(nlp):
    doc = run(nlp, "U.S. envoy Zalmay Khalilzad has been holding talks with Taliban leaders in Doha, including "
                   "Mullah Abdul Ghani Baradar.")
    assert any(names >= {"Zalmay Khalilzad", "Mullah Abdul Ghani Baradar"} for names, _ in meetings(doc))


def test_he_after_a_role_noun_subject_is_the_roles_holder(nlp):
    doc = run(nlp, "Prime Minister Narendra Modi arrived in Rome on Friday for the G20 summit. The Prime Minister held "
                   "a bilateral meeting with President Emmanuel Macron on the margins of the summit. He also met "
                   "Spanish Prime Minister Pedro Sanchez.")
    names = [n for n, _ in meetings(doc)]
    assert frozenset({"Narendra Modi", "Pedro Sanchez"}) in names
    assert frozenset({"Emmanuel Macron", "Pedro Sanchez"}) not in names


@pytest.mark.parametrize("text,people", [
    ("Ukrainian President Volodymyr Zelensky thanked Polish President Andrzej Duda during a meeting in Warsaw.",
     {"Volodymyr Zelensky", "Andrzej Duda"}),
    ("President Emmanuel Macron told Chancellor Olaf Scholz over dinner in Paris that Europe must act.",
     {"Emmanuel Macron", "Olaf Scholz"}),
])
def test_what_one_told_another_during_a_meeting_makes_them_meet(nlp, text, people):
    assert meetings(run(nlp, text)) == [(frozenset(people), "occurred")]


def test_what_one_told_another_during_a_phone_call_is_no_meeting(nlp):
    assert meetings(run(nlp, "President Emmanuel Macron told Chancellor Olaf Scholz during a phone call that "
                             "Europe must act.")) == []


def test_his_guest_is_the_traveller_who_just_arrived(nlp):
    doc = run(nlp, "German Chancellor Olaf Scholz visited Beijing on Friday. Chinese President Xi Jinping received his "
                   "guest at the Great Hall of the People.")
    assert (frozenset({"Olaf Scholz", "Xi Jinping"}), "occurred") in meetings(doc)


def test_his_guest_is_not_who_travelled_in_a_since_clause(nlp):
    doc = run(nlp, "Indian Prime Minister Narendra Modi arrived in London on Thursday. It is the first visit by an "
                   "Indian prime minister since Manmohan Singh travelled to London in 2006. British Prime Minister "
                   "David Cameron greeted his guest at Downing Street.")
    found = meetings(doc)
    assert (frozenset({"David Cameron", "Narendra Modi"}), "occurred") in found
    assert all("Manmohan Singh" not in people for people, _ in found)


@pytest.mark.parametrize("text,pair", [
    # "his counterpart" without a name is the peer named just before
    ("Chinese Foreign Minister Wang Yi arrived in Jakarta on Monday. Indonesian Foreign Minister Retno Marsudi "
     "welcomed the visit. Wang held talks with his Indonesian counterpart on Tuesday.", {"Wang Yi", "Retno Marsudi"}),
    ("President Felix Tshisekedi welcomed the French delegation to Kinshasa on Saturday, led by President Emmanuel "
     "Macron. Macron, who had spent two hours in talks with his counterpart, said France condemned the M23.",
     {"Emmanuel Macron", "Felix Tshisekedi"}),
    # the role noun with a nationality is the person named of that country
    ("President Xi Jinping of China attended the summit on Friday.\n\nThe Chinese President arrived in Riyadh on "
     "Wednesday at the invitation of King Salman bin Abdulaziz Al Saud. Upon his arrival, he was received by Prince "
     "Faisal bin Bandar bin Abdulaziz, Governor of Riyadh Region.", {"Xi Jinping", "Faisal bin Bandar bin Abdulaziz"}),
    # "the two leaders" after a phrase fronted before its clause, opening a paragraph: the paragraph before's two
    ("President Benigno Aquino III and President Hu Jintao on Wednesday agreed to expand trade.\n\nAfter the 21-gun "
     "salute and the review of troops, the two leaders held an expanded bilateral meeting in the Great Hall.",
     {"Benigno Aquino III", "Hu Jintao"}),
])
def test_a_role_or_group_noun_finds_the_people_named_before(nlp, text, pair):
    assert (frozenset(pair), "occurred") in meetings(run(nlp, text))


def test_a_role_noun_with_a_name_in_apposition_is_that_name_not_a_role_holder(nlp):
    doc = run(nlp, "Danish Foreign Minister Jeppe Kofod attended. The first summit was held in Stockholm in 2018, when "
                   "Narendra Modi was hosted by the then Swedish prime minister, Stefan Lofven.")
    names = [n for n, _ in meetings(doc)]
    assert frozenset({"Narendra Modi", "Stefan Lofven"}) in names
    assert not [n for n in names if "Jeppe Kofod" in n]


def test_a_numbered_group_no_meeting_had_is_that_many_people_just_named(nlp):
    doc = run(nlp, "Kazakh President Kassym-Jomart Tokayev arrived on Tuesday. Uzbek President Shavkat Mirziyoyev and "
                   "Kyrgyz President Sadyr Japarov flew in on Wednesday. Chinese President Xi Jinping will host all "
                   "three leaders at a banquet on Thursday evening.")
    assert any(names >= {"Xi Jinping", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov"}
               for names, _ in meetings(doc))


def test_a_role_acronym_and_a_title_before_a_style_find_their_holder(nlp):
    doc = run(nlp, "External Affairs Minister Dr S Jaishankar arrived in Colombo on Thursday.\n\n"
                   "The EAM also met Prime Minister Dinesh Gunawardena at his office.")
    assert (frozenset({"S Jaishankar", "Dinesh Gunawardena"}), "occurred") in meetings(doc)
    roles = {e["name"]: e.get("roles") for e in doc._.dip_entities}
    assert roles["S Jaishankar"] == ["External Affairs Minister"]


def test_a_meeting_nouns_with_left_without_object_by_the_parse_still_names_the_other_side(nlp):
    doc = run(nlp, "President Vladimir Putin's summit with North Korean leader Kim Jong Un took place at the "
                   "Vostochny cosmodrome.")
    assert meetings(doc) == [(frozenset({"Vladimir Putin", "Kim Jong Un"}), "occurred")]


@pytest.mark.parametrize("text,expected", [
    ("Pope Francis granted an audience to Ukrainian President Volodymyr Zelensky.",
     (frozenset({"Pope Francis", "Volodymyr Zelensky"}), "occurred")),
    ("Pope Francis granted Ukrainian President Volodymyr Zelensky an audience on Saturday.",
     (frozenset({"Pope Francis", "Volodymyr Zelensky"}), "occurred")),
    ("President Joe Biden and Chinese President Xi Jinping, who met on Monday, agreed to resume military talks.",
     (frozenset({"Joe Biden", "Xi Jinping"}), "occurred")),
])
def test_audiences_and_a_relative_clause_on_a_coordination(nlp, text, expected):
    assert expected in meetings(run(nlp, text))


@pytest.mark.parametrize("text,people", [
    ("On Friday evening, Jaishankar received a delegation of the Tamil National Alliance led by its veteran leader "
     "R Sampanthan at India House.", {"Jaishankar", "R Sampanthan"}),
    ("Kim Jong Un received the military delegation of the Russian Federation headed by Sergei Shoigu on Wednesday.",
     {"Kim Jong Un", "Sergei Shoigu"}),
    ("Kim Jong Un received Sergei Shoigu on Wednesday. Present there were Pak Jong Chon and Kang Sun Nam.",
     {"Kim Jong Un", "Sergei Shoigu", "Pak Jong Chon", "Kang Sun Nam"}),
    ("Jaishankar held talks with Ali Sabry on Thursday. He called on Maldivian President Ibrahim Mohamed Solih the "
     "same evening.", {"Jaishankar", "Ibrahim Mohamed Solih"}),
])
def test_a_delegation_led_by_a_name_in_its_of_phrase_present_there_were_and_a_title_split_from_its_name(
        nlp, text, people):
    assert (frozenset(people), "occurred") in meetings(run(nlp, text))


def test_calling_on_a_president_to_act_is_no_meeting(nlp):
    assert meetings(run(nlp, "Jaishankar called on Maldivian President Ibrahim Mohamed Solih to release the funds.")) \
        == []


def test_a_possessor_of_an_appositive_role_is_not_the_person(nlp):
    doc = run(nlp, "President Vo Van Thuong arrived on Friday. In December, Thuong's predecessor, Nguyen Xuan Phuc, "
                   "visited Seoul and met Yoon Suk Yeol.")
    assert meetings(doc) == [(frozenset({"Nguyen Xuan Phuc", "Yoon Suk Yeol"}), "occurred")]


@pytest.mark.parametrize("text,host,others,status", [
    ("Later Friday, Yoon Suk Yeol will separately meet Prime Minister Pham Minh Chinh, General Secretary Nguyen Phu "
     "Trong and Chairman Vuong Dinh Hue.", "Yoon Suk Yeol", {"Pham Minh Chinh", "Nguyen Phu Trong", "Vuong Dinh Hue"},
     "planned"),
    ("Kent Harstedt met separately with Stephen Biegun and with Kim Myong Gil before the talks opened.",
     "Kent Harstedt", {"Stephen Biegun", "Kim Myong Gil"}, "occurred"),
    ("On Tuesday morning Narendra Modi held separate meetings with President Joe Biden, Prime Minister Fumio "
     "Kishida and Prime Minister Anthony Albanese.", "Narendra Modi",
     {"Joe Biden", "Fumio Kishida", "Anthony Albanese"}, "occurred"),
])
def test_separately_makes_one_meeting_per_person(nlp, text, host, others, status):
    found = meetings(run(nlp, text))
    assert sorted(found, key=lambda m: sorted(m[0])) == sorted(
        [(frozenset({host, other}), status) for other in others], key=lambda m: sorted(m[0]))


def test_two_people_visiting_a_place_together_do_not_visit_each_other(nlp):
    doc = run(nlp, "President Recep Tayyip Erdogan announced that Foreign Minister Mevlut Cavusoglu and Energy "
                   "Minister Fatih Donmez would visit Israel.")
    assert meetings(doc) == []


def test_the_two_men_are_the_two_named_before_in_their_sentence(nlp):
    doc = run(nlp, "Hu Jintao visited Pyongyang in 2005 and held talks with Kim Jong Il. President Xi Jinping's visit "
                   "returns four trips that Kim Jong Un has made to China: the two men met in Beijing in March.")
    assert (frozenset({"Xi Jinping", "Kim Jong Un"}), "occurred") in meetings(doc)
    assert (frozenset({"Hu Jintao", "Kim Jong Il"}), "occurred") in meetings(doc)


@pytest.mark.parametrize("text,people", [
    ("Pope Francis met Iraq's top Shi'ite cleric, Grand Ayatollah Ali al-Sistani, at the cleric's modest home in "
     "Najaf.", {"Pope Francis", "Ali al-Sistani"}),
    ("Premier Li Keqiang came here in 2017 and held the Annual Leaders' Meeting in this building with Malcolm "
     "Turnbull.", {"Li Keqiang", "Malcolm Turnbull"}),
])
def test_an_appositive_name_hung_on_the_verb_and_a_possessive_that_names_nobody(nlp, text, people):
    assert (frozenset(people), "occurred") in meetings(run(nlp, text, date="2021-03-06"))


def test_a_readouts_bulleted_list_of_participants_below_a_colon_joins_the_talks(nlp):
    doc = run(nlp, "President Vladimir Putin held talks with Indonesian President Joko Widodo in the Kremlin on "
                   "Thursday.\n\nTaking part in the Russian-Indonesian talks with delegations:\n\nFrom the Russian side:\n"
                   "- Sergei Lavrov, Minister of Foreign Affairs;\n- Alexander Novak, Deputy Prime Minister;\n\n"
                   "From the Indonesian side:\n- Retno Marsudi, Minister of Foreign Affairs;\n"
                   "- Pratikno, Minister of State Secretary.\n\nPutin later hosted a lunch.")
    assert (frozenset({"Vladimir Putin", "Joko Widodo", "Sergei Lavrov", "Alexander Novak", "Retno Marsudi",
                       "Pratikno"}), "occurred") in meetings(doc)


def test_a_subject_pronoun_is_the_subject_of_the_nearest_verb_above(nlp):
    doc = run(nlp, "Yuri Ushakov added that Foreign Minister Sergei Lavrov will travel to Bali next week for the "
                   "meeting of G20 foreign ministers, where he will hold talks with Foreign Minister Retno Marsudi.")
    assert (frozenset({"Sergei Lavrov", "Retno Marsudi"}), "planned") in meetings(doc)


@pytest.mark.parametrize("text", [
    "President Xi Jinping met Prime Minister Anthony Albanese in Beijing, their first meeting since 2016.",
    # the sentence's only date, under "since" where the parse hangs it on an appositive
    "Xi Jinping, Anthony Albanese and Joe Biden are sitting down for a meeting - their first since 2016 in "
    "this format.",
])
def test_a_date_after_since_is_not_the_meetings_date(nlp, text):
    [meeting] = run(nlp, text, date="2023-11-06")._.dip_meetings
    assert meeting["date"] is None


def test_a_clause_about_the_date_after_since_is_dated_by_it(nlp):
    doc = run(nlp, "The summit was the first between the two countries since 2011, when Kim Jong Il met President "
                   "Dmitry Medvedev in Siberia.", date="2019-04-25")
    assert [m["date"] for m in doc._.dip_meetings] == ["2011"]


@pytest.mark.parametrize("text", [
    "Barack Obama, Shinzo Abe and Tony Abbott are sitting down for a trilateral meeting on the sidelines.",
    "12.50pm\nBarack Obama, Shinzo Abe and Tony Abbott are sitting down for a trilateral meeting.",
])
def test_a_name_opening_a_list_of_subjects_is_one_of_them(nlp, text):
    assert (frozenset({"Barack Obama", "Shinzo Abe", "Tony Abbott"}), "occurred") in meetings(run(nlp, text))


@pytest.mark.parametrize("text", [
    "Prime Minister Fumio Kishida hopes to meet North Korean leader Kim Jong Un soon.",
    "Prime Minister Fumio Kishida said he hoped to meet North Korean leader Kim Jong Un.",
])
def test_a_meeting_hoped_for_is_planned(nlp, text):
    assert meetings(run(nlp, text)) == [(frozenset({"Fumio Kishida", "Kim Jong Un"}), "planned")]


def test_a_meeting_that_was_axed_is_cancelled(nlp):
    doc = run(nlp, "A planned meeting between Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif was "
                   "axed on Friday.")
    assert meetings(doc) == [(frozenset({"Narendra Modi", "Shehbaz Sharif"}), "cancelled")]


def test_one_he_through_parallel_clauses(nlp):
    doc = run(nlp, "Secretary of State Antony Blinken toured the region last week. In Amman, he held talks with King "
                   "Abdullah II; in Cairo he was received by President Abdel Fattah al-Sisi; and in Riyadh he met "
                   "Crown Prince Mohammed bin Salman.")
    found = [names for names, _ in meetings(doc)]
    assert frozenset({"Antony Blinken", "Abdel Fattah al-Sisi"}) in found
    assert frozenset({"Antony Blinken", "Mohammed bin Salman"}) in found


def test_a_surname_that_is_a_month_names_the_person_in_a_meeting(nlp):
    doc = run(nlp, "British Prime Minister Theresa May arrived in Berlin on Wednesday to see Chancellor Angela "
                   "Merkel. Merkel and May held talks at the Chancellery, followed by a dinner. May will travel "
                   "to Paris in May.", date="2016-07-21")
    assert (frozenset({"Theresa May", "Angela Merkel"}), "occurred") in meetings(doc)
    assert ("Theresa May", "Paris", "planned") in travels(doc)


@pytest.mark.parametrize("text", [
    "Kevin Rudd has urged the Pacific states to do more on climate change.\n\nThe prime minister held talks with the "
    "President of Kiribati, Anote Tong, in Tarawa on Sunday.",
    "Kevin Rudd has urged the Pacific states to do more on climate change. The Australian prime minister landed in "
    "Tarawa on Sunday and was met at the airport by Anote Tong.",  # a nationality, and no country known for Rudd
])
def test_a_role_noun_nobody_named_holds_is_the_one_person_named_so_far(nlp, text):
    assert (frozenset({"Kevin Rudd", "Anote Tong"}), "occurred") in meetings(run(nlp, text))


@pytest.mark.parametrize("text", [
    "Kevin Rudd and Julia Gillard urged the Pacific states to do more on climate change.\n\nThe prime minister held "
    "talks with the President of Kiribati, Anote Tong, in Tarawa on Sunday.",  # several people named so far
    "Kevin Rudd of Australia urged the Pacific states to do more on climate change. The Fijian prime minister held "
    "talks with Anote Tong in Tarawa on Sunday.",  # a nationality that is not Rudd's country
])
def test_a_role_noun_nobody_named_holds_stays_open_when_the_one_person_so_far_is_unsure(nlp, text):
    assert all("Julia Gillard" not in names and "Kevin Rudd" not in names for names, _ in meetings(run(nlp, text)))


def test_people_listed_among_those_around_the_table_meet(nlp):
    doc = run(nlp, "Barack Obama, Xi Jinping, Angela Merkel, Narendra Modi and David Cameron arrived on Sunday.\n\n"
                   "Abbott is in the chair, with Obama, Xi, Merkel, Modi and Cameron among those around the table.")
    people = {"Barack Obama", "Xi Jinping", "Angela Merkel", "Narendra Modi", "David Cameron"}
    assert any(names >= people for names, _ in meetings(doc))




def test_the_talks_named_again_by_the_two_leaders_keep_the_date_of_the_talks(nlp):
    doc = run(nlp, "Shavkat Mirziyoyev has held talks with Vladimir Putin in the Kremlin on Wednesday.\n\n"
                   "\"Terrorism has no nationality,\" Mirziyoyev said as the two leaders read out statements to "
                   "journalists after the talks.\n\nForeign Minister Abdulaziz Kamilov was in the Uzbek delegation "
                   "for the expanded round.", date="2017-04-05")
    dated = dated_meetings(doc)
    assert (frozenset({"Abdulaziz Kamilov", "Shavkat Mirziyoyev", "Vladimir Putin"}), "2017-04-05") in dated
    assert all(date == "2017-04-05" for _, date in dated)


@pytest.mark.parametrize("text,noun", [
    ("Kenyatta, who attended the late John Magufuli's state funeral in Dodoma, spoke.", "funeral"),
    ("Kenyatta, who attended the funeral of John Magufuli in Dodoma, spoke.", "funeral"),
])
def test_the_phrase_of_what_someone_attended_leaves_out_its_owner(nlp, text, noun):
    from dipnlp.relations.events import _without_owners
    doc = nlp(text)
    phrase = _without_owners(next(t for t in doc if t.text == noun))
    assert "Magufuli" not in {t.text for t in phrase} and noun in {t.text for t in phrase}


def test_a_meeting_noun_under_with_takes_the_subject_of_the_verb_it_hangs_on(nlp):
    doc = run(nlp, "Barack Obama wound up the summit with an hour-long meeting with Russia's Dmitry Medvedev at the "
                   "Shangri-La Hotel on Sunday.", date="2009-11-16")
    assert (frozenset({"Barack Obama", "Dmitry Medvedev"}), "occurred") in meetings(doc)


def test_people_who_joined_someone_at_the_talks_join_his_meeting(nlp):
    doc = run(nlp, "Stephen Biegun held talks with Lee Do-hoon in Seoul on Thursday. He was joined at the talks by "
                   "Allison Hooker, Korea director at the National Security Council, and Mark Lambert.")
    assert any({"Stephen Biegun", "Allison Hooker", "Mark Lambert"} <= people for people, _ in meetings(doc))


def test_people_who_joined_the_leaders_join_their_meeting(nlp):
    doc = run(nlp, "On Friday Joe Biden welcomed Fumio Kishida and Yoon Suk Yeol for the first stand-alone summit. "
                   "Antony Blinken and the Japanese and South Korean foreign ministers, Yoshimasa Hayashi and Park Jin, "
                   "joined the leaders for the trilateral session.")
    assert any({"Joe Biden", "Fumio Kishida", "Yoshimasa Hayashi", "Park Jin"} <= people
               for people, _ in meetings(doc))


def test_called_on_with_on_parsed_as_a_particle_is_a_meeting(nlp):
    doc = run(nlp, "Singapore Prime Minister Lee Hsien Loong arrived in Canberra on Wednesday. In the afternoon, "
                   "Foreign Minister Julie Bishop called on PM Lee at his hotel.")
    assert (frozenset({"Julie Bishop", "Lee Hsien Loong"}), "occurred") in meetings(doc)


def test_it_was_attended_by_joins_the_event_of_the_sentence_before(nlp):
    doc = run(nlp, "Sergey Lavrov held talks with Hakan Fidan on Tuesday on the sidelines of the ministerial. He took "
                   "part on Tuesday in the outreach session chaired by Lavrov, alongside Maxim Ryzhenkov.\n\n"
                   "On Monday, Lavrov chaired the meeting of the BRICS foreign ministers at the Nizhny Novgorod Fair. "
                   "It was attended by Chinese Foreign Minister Wang Yi and Brazilian Foreign Minister Mauro Vieira.",
              date="2024-06-11")
    met = dated_meetings(doc)
    assert any({"Sergey Lavrov", "Wang Yi", "Mauro Vieira"} <= people and date == "2024-06-10"
               for people, date in met)
    assert not any({"Maxim Ryzhenkov", "Wang Yi"} <= people for people, _ in met)


@pytest.mark.parametrize("text", [
    "Angela Merkel was the guest of Emmanuel Macron at dinner on Tuesday.",
    "Angela Merkel was Emmanuel Macron's guest at the Elysee on Tuesday.",
    "Angela Merkel spoke with Emmanuel Macron on the sidelines of the summit on Tuesday.",
    "Angela Merkel breakfasted with Emmanuel Macron on Tuesday.",
])
def test_a_guest_of_someone_and_a_word_on_the_sidelines_are_meetings(nlp, text):
    assert (frozenset({"Angela Merkel", "Emmanuel Macron"}), "occurred") in meetings(run(nlp, text))


def test_speaking_with_someone_elsewhere_than_on_the_sidelines_is_no_meeting(nlp):
    assert not meetings(run(nlp, "Angela Merkel spoke with Emmanuel Macron by phone on Tuesday."))


MODI = ("Narendra Modi arrived in Tokyo on Friday. ", {"Narendra Modi", "Fumio Kishida"})
TOKAYEV = ("President Kassym-Jomart Tokayev spoke to reporters on Friday. ",
           {"Kassym-Jomart Tokayev", "Frank-Walter Steinmeier"})


@pytest.mark.parametrize("first,second", [
    # a pronoun after an arrival is the visitor met
    (MODI, "Fumio Kishida, who hosted him at his official residence, praised the ties."),
    (MODI, "Talks with his Japanese counterpart Fumio Kishida focused on trade."),
    # "whom" of a relative clause is the person it follows
    (TOKAYEV, "He thanked President Frank-Walter Steinmeier, whom he received in Astana in June."),
    (TOKAYEV, "He thanked President Frank-Walter Steinmeier, with whom he held talks in June."),
])
def test_a_pronoun_stands_for_the_person_met(nlp, first, second):
    opening, pair = first
    assert (frozenset(pair), "occurred") in meetings(run(nlp, opening + second))


def test_she_of_a_clause_under_a_role_noun_subject_is_its_holder(nlp):
    doc = run(nlp, "Angela Merkel landed in Brasilia on Tuesday. In Lima the chancellor will meet Peru's President "
                   "Alan Garcia, before she flies to Bogota for talks with President Alvaro Uribe on May 18.",
              date="2008-05-14")
    assert ("Angela Merkel", "Bogotá", "planned") in travels(doc)
    assert (frozenset({"Angela Merkel", "Alvaro Uribe"}), "planned") in meetings(doc)
    assert not any("Alan Garcia" in people and "Alvaro Uribe" in people for people, _ in meetings(doc))


def test_whom_that_is_described_is_no_meeting(nlp):
    assert not meetings(run(nlp, "Angela Merkel praised Emmanuel Macron, whom she described as a friend."))


def test_a_dinner_in_his_honour_after_an_arrival_is_a_meeting_with_the_visitor(nlp):
    doc = run(nlp, "Narendra Modi arrived in Tokyo on Friday. Fumio Kishida hosted a dinner in his honour.")
    assert (frozenset({"Narendra Modi", "Fumio Kishida"}), "occurred") in meetings(doc)


def test_joining_people_who_had_no_meeting_reported_is_a_meeting_of_its_own(nlp):
    doc = run(nlp, "Barack Obama met Hosni Mubarak in Cairo on Thursday. The two men talked for about 45 minutes, "
                   "joined by Secretary of State Hillary Clinton.\n\nMr. Obama flies to France on Friday. On Saturday he "
                   "will join President Nicolas Sarkozy and Prime Minister Gordon Brown at the D-Day commemoration.",
              date="2009-06-04")
    assert not any("Hillary Clinton" in people and "Nicolas Sarkozy" in people for people, _ in meetings(doc))
    assert any({"Barack Obama", "Nicolas Sarkozy", "Gordon Brown"} <= people for people, _ in meetings(doc))


@pytest.mark.parametrize("text,pair", [
    ("Earlier today, Prime Minister Ismail Sabri Yaakob received a courtesy call from the President of the National "
     "Assembly, Chuan Leekpai, at his hotel.", ("Chuan Leekpai", "Ismail Sabri Yaakob")),
    ("On Friday the foreign secretary, David Lammy, was driven to Rawalpindi to see the army chief, Gen Asim Munir.",
     ("Asim Munir", "David Lammy")),
])
def test_a_courtesy_call_received_and_seeing_a_person_named_after_a_title_are_meetings(nlp, text, pair):
    assert (frozenset(pair), "occurred") in meetings(run(nlp, text))


def test_a_phone_call_received_is_still_no_meeting(nlp):
    assert not meetings(run(nlp, "Prime Minister Ismail Sabri Yaakob received a phone call from President Joko "
                                 "Widodo on Monday."))


def test_a_summit_that_brought_one_leader_together_with_others_pairs_them_all_on_its_own_date(nlp):
    doc = run(nlp, "The Asean summit, held in Manila on Monday, brought President Rodrigo Duterte together "
                   "with Prime Minister Shinzo Abe, Premier Li Keqiang and President Moon Jae-in.")
    assert dated_meetings(doc) == [(frozenset({"Rodrigo Duterte", "Shinzo Abe", "Li Keqiang", "Moon Jae-in"}),
                                    "2019-06-10")]


def test_the_ministers_of_a_delegation_a_leader_travels_with_are_on_his_side(nlp):
    doc = run(nlp, "President Emmanuel Macron held talks with President Abdelmadjid Tebboune in Algiers on Thursday. "
                   "Macron is travelling with a delegation that includes Foreign Minister Catherine Colonna and "
                   "Interior Minister Gerald Darmanin.")
    names = [e["name"] for e in doc._.dip_entities]
    sides = [sorted(names[p] for p in side) for m in doc._.dip_meetings for side in m["sides"]]
    assert sorted(sides) == [["Abdelmadjid Tebboune"], ["Catherine Colonna", "Emmanuel Macron", "Gerald Darmanin"]]


def test_a_second_with_hung_on_the_verb_is_another_meeting(nlp):
    doc = run(nlp, "Secretary of State Condoleezza Rice sat down first with Defense Minister Amir Peretz and then "
                   "with Foreign Minister Tzipi Livni at a Jerusalem hotel.")
    assert sorted(sorted(people) for people, _ in meetings(doc)) == [
        ["Amir Peretz", "Condoleezza Rice"], ["Condoleezza Rice", "Tzipi Livni"]]


def test_and_separately_with_another_is_another_meeting(nlp):
    doc = run(nlp, "Secretary of State Condoleezza Rice met Prime Minister Fouad Siniora at the Grand Serail, his "
                   "downtown offices, and separately with Parliament Speaker Nabih Berri.")
    assert sorted(sorted(people) for people, _ in meetings(doc)) == [
        ["Condoleezza Rice", "Fouad Siniora"], ["Condoleezza Rice", "Nabih Berri"]]


def test_the_two_stands_for_the_two_people_just_named(nlp):
    doc = run(nlp, "Secretary of State Hillary Clinton sought to reassure President Hamid Karzai when the two met "
                   "on the sidelines of the conference.")
    assert meetings(doc) == [(frozenset({"Hillary Clinton", "Hamid Karzai"}), "occurred")]


def test_people_among_those_who_flew_somewhere_as_part_of_a_mission_travel_and_attend_nothing(nlp):
    doc = run(nlp, "Presidents Dilma Rousseff and Evo Morales met in Mendoza on Friday. Foreign ministers Hector "
                   "Timerman and Antonio Patriota met with Nicolas Maduro on Thursday. The three were among the "
                   "ministers who flew to Asunción on June 21 as part of a Unasur mission.")
    assert {t[:2] for t in travels(doc)} >= {("Hector Timerman", "Asunción"), ("Antonio Patriota", "Asunción"),
                                             ("Nicolas Maduro", "Asunción")}
    assert sorted(sorted(m[0]) for m in meetings(doc)) == [["Antonio Patriota", "Hector Timerman", "Nicolas Maduro"],
                                                         ["Dilma Rousseff", "Evo Morales"]]


def test_a_companion_together_with_the_subject_is_on_its_side(nlp):
    doc = run(nlp, "Treasury Secretary Steven Mnuchin, together with trade adviser Peter Navarro, met Chinese Vice "
                   "Premier Liu He.")
    names = [e["name"] for e in doc._.dip_entities]
    assert [sorted(sorted(names[p] for p in side) for side in m["sides"]) for m in doc._.dip_meetings] == \
        [[["Liu He"], ["Peter Navarro", "Steven Mnuchin"]]]


def test_a_meeting_asked_about_is_neither_planned_nor_occurred(nlp):
    doc = run(nlp, "Asked whether Russian Foreign Minister Sergei Lavrov would meet Pakistani Prime Minister Imran "
                   "Khan, a spokeswoman said only that his schedule was busy.")
    assert [status for _, status in meetings(doc)] == ["uncertain"]


def test_the_foreign_secretary_is_not_the_shadow_one_and_a_role_then_comma_then_name_is_that_person(nlp):
    doc = run(nlp, "James Cleverly has defended his decision to travel to Beijing.\n\nThe foreign secretary held "
                   "talks with his counterpart, Wang Yi. He is due to hold talks with the vice-president, Han Zheng, "
                   "at the Great Hall of the People later in the day.\n\nDavid Lammy, the shadow foreign secretary, "
                   "said Labour supported engagement.", date="2023-08-30")
    found = meetings(doc)
    assert (frozenset({"James Cleverly", "Wang Yi"}), "occurred") in found
    assert (frozenset({"James Cleverly", "Han Zheng"}), "planned") in found
    assert not any("David Lammy" in people for people, _ in found)


def test_a_dinner_in_his_honour_hosted_by_the_president_is_not_the_president_s_own(nlp):
    doc = run(nlp, "President Joe Biden welcomed Prime Minister Narendra Modi. In the afternoon, the Prime Minister "
                   "addressed Congress. "
                   "The President and the First Lady later hosted a State Dinner in his honour at the White House. "
                   "Modi will meet President Abdel Fattah al-Sisi in Cairo next week.", date="2023-06-22")
    found = meetings(doc)
    assert (frozenset({"Joe Biden", "Narendra Modi"}), "occurred") in found
    assert not any({"Joe Biden", "Abdel Fattah al-Sisi"} <= people for people, _ in found)


@pytest.mark.parametrize("text,pair", [
    ("Sergio Vieira de Mello arrived in Baghdad on June 2 2003 and called on L Paul Bremer.",
     {"Sergio Vieira de Mello", "L Paul Bremer"}),
    ("Rodrigo Duterte arrived in Beijing on Tuesday and was met at the airport by Liu Zhenmin.",
     {"Rodrigo Duterte", "Liu Zhenmin"}),
])
def test_a_name_the_model_calls_a_place_or_an_organisation_is_a_person_who_arrives_or_is_called_on(nlp, text, pair):
    doc = run(nlp, text)
    assert (frozenset(pair), "occurred") in meetings(doc)


@pytest.mark.parametrize("text,met", [
    ("Justin Trudeau went on to Mumbai, where he met Bollywood stars including Shah Rukh Khan on Tuesday.",
     "Shah Rukh Khan"),
    ("Justin Trudeau met business leaders such as Ratan Tata in Mumbai.", "Ratan Tata"),
])
def test_a_person_given_as_an_example_of_those_met_is_met_and_a_name_modifying_them_is_not(nlp, text, met):
    doc = run(nlp, text)
    assert meetings(doc) == [(frozenset({"Justin Trudeau", met}), "occurred")]


def test_a_name_the_model_calls_an_organisation_is_a_person_who_has_lunch_with_someone(nlp):
    doc = run(nlp, "Rodrigo Duterte had lunch with Xi Jinping.")
    assert meetings(doc) == [(frozenset({"Rodrigo Duterte", "Xi Jinping"}), "occurred")]


def test_given_names_before_a_surname_the_model_tagged_alone_belong_to_the_person(nlp):
    doc = run(nlp, "Kenyan President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan at State House "
                   "in Nairobi on Tuesday.")
    assert meetings(doc) == [(frozenset({"William Ruto", "Samia Suluhu Hassan"}), "occurred")]


@pytest.mark.parametrize("text,pair", [
    ("Modi and Putin held talks at Novo-Ogaryovo on Monday.", {"Modi", "Putin"}),
    ("Putin and Orban met in the Kremlin on Friday.", {"Putin", "Orban"}),
])
def test_a_surname_coordinated_with_a_person_in_a_meeting_is_a_person(nlp, text, pair):
    doc = run(nlp, text)
    assert meetings(doc) == [(frozenset(pair), "occurred")]


def test_people_who_will_not_take_part_are_not_the_two_leaders_of_the_next_sentence(nlp):
    doc = run(nlp, "Nicos Anastasiades and Mustafa Akinci met in Nicosia on Friday. Neither Turkish President Recep "
                   "Tayyip Erdogan nor Greek Prime Minister Alexis Tsipras will take part in the talks.\n\nThe two "
                   "leaders stroll together through the old town, stopping for coffee.", date="2017-06-28")
    occurred = [people for people, status in meetings(doc) if status == "occurred"]
    assert not any({"Recep Tayyip Erdogan", "Alexis Tsipras"} <= people for people in occurred)


def test_an_inner_word_of_one_person_s_full_name_standing_alone_as_a_subject_is_that_person(nlp):
    doc = run(nlp, "Mohamed bin Zayed received Luiz Inacio Lula da Silva at Qasr Al Watan in Abu Dhabi on Saturday.\n\n"
                   "Lula flew into the capital on Saturday afternoon from Beijing, where he had held talks with Xi "
                   "Jinping at the Great Hall of the People on Friday.", date="2023-04-15")
    assert (frozenset({"Luiz Inacio Lula da Silva", "Xi Jinping"}), "occurred") in meetings(doc)
    assert not any("Mohamed bin Zayed" in people and "Xi Jinping" in people for people, _ in meetings(doc))


def test_the_object_of_then_meets_parsed_as_its_subject_meets_the_subject_of_the_clause_before(nlp):
    doc = run(nlp, "George W. Bush holds talks with Ukrainian President Viktor Yushchenko at the Presidential "
                   "Secretariat in Kyiv, then meets Prime Minister Yulia Tymoshenko.", date="2008-03-31")
    found = meetings(doc)
    assert (frozenset({"George W. Bush", "Yulia Tymoshenko"}), "occurred") in found
    assert (frozenset({"George W. Bush", "Viktor Yushchenko"}), "occurred") in found


def test_a_gapped_object_meets_the_subject_on_its_own_date(nlp):
    doc = run(nlp, "Shinzo Abe, who is close to US President Donald Trump, is scheduled to meet Hassan Rouhani on "
                   "Wednesday and Ali Khamenei on Thursday.", date="2019-06-11")
    assert ({"Shinzo Abe", "Hassan Rouhani"}, "2019-06-12") in dated_meetings(doc)
    assert ({"Shinzo Abe", "Ali Khamenei"}, "2019-06-13") in dated_meetings(doc)


def test_a_name_the_model_calls_an_organisation_is_a_person_who_negotiates(nlp):
    doc = run(nlp, "A round on April 2, when Ivica Dacic and Hashim Thaci negotiated with Catherine Ashton in "
                   "Brussels for some 14 hours, ended without agreement.", date="2013-04-20")
    assert any({"Hashim Thaci", "Catherine Ashton"} <= people for people, _ in meetings(doc))


def test_talks_a_tour_took_someone_to_are_that_person_s(nlp):
    doc = run(nlp, "Indian Prime Minister Narendra Modi was welcomed to Copenhagen on Tuesday by his Danish "
                   "counterpart, Mette Frederiksen. The Indian leader, on a three-day European tour that had taken "
                   "him to Berlin the previous day for talks with Chancellor Olaf Scholz, was then driven to "
                   "Marienborg.", date="2022-05-03")
    assert (frozenset({"Narendra Modi", "Olaf Scholz"}), "occurred") in meetings(doc)
    assert not any("Olaf Scholz" in people and len(people) == 1 for people, _ in meetings(doc))


def test_the_one_sent_to_sit_with_others_meets_them_not_the_sender(nlp):
    doc = run(nlp, "At an earlier mini-summit in Luanda on 23 November, Paul Kagame stayed away and sent his foreign "
                   "minister, Vincent Biruta, to sit with Felix Tshisekedi, Joao Lourenco and Uhuru Kenyatta.",
              date="2023-02-18")
    found = meetings(doc)
    assert any({"Vincent Biruta", "Felix Tshisekedi"} <= people for people, _ in found)
    assert not any("Paul Kagame" in people for people, _ in found)


def test_being_called_on_by_someone_is_a_meeting_with_them(nlp):
    doc = run(nlp, "Prime Minister Manmohan Singh arrived here on Thursday afternoon from Tokyo. He was later called on "
                   "at his hotel by Thai Commerce Minister Boonsong Teriyapirom.", date="2013-05-30")
    assert (frozenset({"Manmohan Singh", "Boonsong Teriyapirom"}), "occurred") in meetings(doc)


def test_leaving_without_meeting_someone_is_a_negated_meeting(nlp):
    doc = run(nlp, "Mike Pompeo left Pyongyang without meeting Kim Jong Un.", date="2018-07-19")
    assert meetings(doc) == [(frozenset({"Mike Pompeo", "Kim Jong Un"}), "negated")]


def test_two_hosts_of_a_him_no_one_is_named_for_do_not_meet_each_other(nlp):
    doc = run(nlp, "This morning there was the formal welcome ceremony at Rashtrapati Bhavan, the presidential "
                   "palace, where President A.P.J. Abdul Kalam and Prime Minister Manmohan Singh received him.",
              date="2006-03-02")
    assert meetings(doc) == []


def test_a_session_held_with_someone_is_a_meeting_of_the_leaders_listed_between_dashes(nlp):
    doc = run(nlp, "On Thursday afternoon, Mr. Trudeau and the other leaders – Ms. Meloni, U.S. President Joe Biden "
                   "and British Prime Minister Rishi Sunak – held a session on Ukraine with President Volodymyr "
                   "Zelensky.", date="2024-06-15")
    assert meetings(doc) == [(frozenset({"Trudeau", "Meloni", "Joe Biden", "Rishi Sunak", "Volodymyr Zelensky"}),
                              "occurred")]
    # a session held by no one with no one is no meeting
    assert meetings(run(nlp, "The leaders held a session on artificial intelligence on Friday.")) == []


def test_what_someone_is_to_do_where_they_go_is_planned(nlp):
    doc = run(nlp, "Mr. Trudeau will travel to Switzerland, where he is to meet President Volodymyr Zelensky again.",
              date="2024-06-15")
    assert meetings(doc) == [(frozenset({"Trudeau", "Volodymyr Zelensky"}), "planned")]


def test_a_meeting_someone_chaired_with_others_is_theirs(nlp):
    doc = run(nlp, "After the leaders' meeting at Yanqi Lake, which Xi Jinping chaired with Barack Obama, Vladimir "
                   "Putin and Shinzo Abe, Xi went home.", date="2014-11-12")
    assert (frozenset({"Xi Jinping", "Barack Obama", "Vladimir Putin", "Shinzo Abe"}), "occurred") in meetings(doc)


def test_they_who_a_plural_noun_says_will_do_something_are_not_the_people_just_named(nlp):
    doc = run(nlp, "Foreign Minister Ana Ruiz held talks with Foreign Minister Carlos Medina in Quito on Monday. Several "
                   "regional leaders have confirmed that they will travel to Lima for the summit in June.",
              date="2019-05-14")
    assert travels(doc) == set()
    assert [m for m in meetings(doc) if m[1] == "planned"] == []


def test_two_who_did_not_meet_are_the_they_of_the_next_sentence(nlp):
    doc = run(nlp, "Prime Minister Justin Trudeau met Chancellor Olaf Scholz on Friday. Trudeau and President Joe "
                   "Biden did not hold a bilateral meeting in Italy. They last met formally in Ottawa in March, 2023.",
              date="2024-06-15")
    assert dated_meetings(doc)[-1] == (frozenset({"Justin Trudeau", "Joe Biden"}), "2023-03")
    assert (frozenset({"Justin Trudeau", "Olaf Scholz"}), "2023-03") not in dated_meetings(doc)


def test_the_nationality_of_a_role_noun_matches_a_role_of_the_republic_of_that_country(nlp):
    doc = run(nlp, "The University of Dhaka conferred the degree on His Excellency Pranab Mukherjee, President of the "
                   "Republic of India, on 4 March 2013. Prime Minister Sheikh Hasina called on the Indian President "
                   "at his hotel on the evening of 3 March.", date="2013-03-05")
    assert dated_meetings(doc) == [(frozenset({"Sheikh Hasina", "Pranab Mukherjee"}), "2013-03-03")]


@pytest.mark.parametrize("role,nationality", [
    ("President of the United States of America", "American"),
    ("Prime Minister of the United Kingdom", "British"),
    ("Prime Minister of the Netherlands", "Dutch"),
])
def test_a_nationality_that_is_not_its_countrys_name_matches_that_country(nlp, role, nationality):
    doc = run(nlp, f"The {role}, Tom Halvorsen, arrived in Tokyo on Monday. Prime Minister Kenji Sato welcomed him at "
                   f"the airport. Before coming to Japan, the {nationality} leader spent a day in Seoul, where he held "
                   "talks with President Lee Min-ho.", date="2019-05-14")
    assert frozenset({"Tom Halvorsen", "Lee Min-ho"}) in {m[0] for m in meetings(doc)}
    assert frozenset({"Kenji Sato", "Lee Min-ho"}) not in {m[0] for m in meetings(doc)}


def test_the_taoiseach_is_a_role_noun_for_the_irish_prime_minister(nlp):
    doc = run(nlp, "The Taoiseach, Bertie Ahern, arrived in Washington on Monday. The Taoiseach then travelled to "
                   "Capitol Hill for lunch with the Speaker, Dennis Hastert.", date="2005-03-18")
    assert (frozenset({"Bertie Ahern", "Dennis Hastert"}), "occurred") in meetings(doc)
    assert next(e["roles"] for e in doc._.dip_entities if e["name"] == "Bertie Ahern") == ["Taoiseach"]


def test_a_subject_the_parse_hangs_on_the_auxiliary_holds_the_meeting(nlp):
    doc = run(nlp, "Ngelale said that Tinubu had on Saturday night held a closed-door meeting with President Macky Sall "
                   "at the State House.")
    names = [e["name"] for e in doc._.dip_entities]
    [meeting] = doc._.dip_meetings
    assert {names[p] for side in meeting["sides"] for p in side} == {"Tinubu", "Macky Sall"}
    assert names[meeting["venue"]] == "State House"  # read from the clause, not paired by the sentence alone


def test_in_a_meeting_also_attended_by_adds_to_the_meeting_of_its_clause(nlp):
    doc = run(nlp, "Amos Hochstein, who landed at Beirut airport on Tuesday morning, had spent nearly two hours with "
                   "Nabih Berri that day, in a meeting also attended by US Ambassador to Lebanon Lisa Johnson and "
                   "Berri's political adviser Ali Hamdan.", date="2024-11-20")
    assert (frozenset({"Amos Hochstein", "Nabih Berri", "Lisa Johnson", "Ali Hamdan"}), "occurred") in meetings(doc)


def test_an_expanded_meeting_that_followed_takes_the_leaders_and_its_attendees(nlp):
    doc = run(nlp, "President Ferdinand Marcos Jr. and Indonesian President Joko Widodo held talks at Bogor Palace on "
                   "Monday.\n\nMarcos was welcomed with full military honors before the talks.\n\nThis was followed by "
                   "an expanded bilateral meeting attended by Foreign Affairs Secretary Enrique Manalo and Trade "
                   "Secretary Alfredo Pascual.", date="2022-09-05")
    assert any(names >= {"Ferdinand Marcos Jr.", "Joko Widodo", "Enrique Manalo", "Alfredo Pascual"}
               for names, _ in meetings(doc))


@pytest.mark.parametrize("text,pair", [
    ("His Majesty King Abdullah on Sunday received at Basman Palace US Assistant Secretary of State for Near Eastern "
     "Affairs William Burns, who briefed the King on arrangements.", {"King Abdullah", "William Burns"}),
    ("On Tuesday, Abdel Fattah El-Sisi received in Cairo Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman "
     "Al-Thani, who delivered a written message from Emir Sheikh Tamim bin Hamad Al-Thani.",
     {"Abdel Fattah El-Sisi", "Mohammed bin Abdulrahman Al-Thani"}),
])
def test_a_guest_named_after_the_place_of_receiving_is_received_but_not_who_a_clause_names(nlp, text, pair):
    found = meetings(run(nlp, text))
    assert (frozenset(pair), "occurred") in found
    assert all("Tamim bin Hamad Al-Thani" not in names for names, _ in found)


@pytest.mark.parametrize("alone", ["he and Widodo held a tête-à-tête in the palace library",
                                   "he and Widodo met alone in the palace library"])
def test_an_expanded_meeting_that_followed_an_undated_one_takes_the_date_it_merged_with(nlp, alone):
    doc = run(nlp, "President Ferdinand Marcos Jr. and Indonesian President Joko Widodo held talks at Bogor Palace on "
                   f"Monday.\n\nMarcos was welcomed with full military honors before {alone}.\n\nThis was followed "
                   "by an expanded bilateral meeting attended by Foreign Affairs Secretary Enrique Manalo and Trade "
                   "Secretary Alfredo Pascual.", date="2022-09-07")
    expanded = [date for names, date in dated_meetings(doc) if "Enrique Manalo" in names]
    assert expanded == ["2022-09-05"]


@pytest.mark.parametrize("after", ["Following the one-on-one meeting", "After the talks"])
def test_a_meeting_after_the_meeting_just_told_takes_its_date(nlp, after):
    doc = run(nlp, "President Maria Lopez received her Chilean counterpart Tomas Herrera at the National Palace on "
                   "Tuesday.\n\nThe two presidents then held a one-on-one meeting.\n\n"
                   f"{after}, Lopez and Herrera co-chaired the third session of the binational commission, with "
                   "Chilean Foreign Minister Ana Ruiz at the table.", date="2023-03-16")
    assert [date for names, date in dated_meetings(doc) if "Ana Ruiz" in names] == ["2023-03-14"]


@pytest.mark.parametrize("text", [
    # nobody of the meeting before is at this one
    "After the talks, Chilean Foreign Minister Ana Ruiz met Mexican Economy Minister Pablo Vega.",
    # the meeting it came after is not the one told just before
    "Trade was discussed.\n\nThe ministers took questions.\n\nThe press was briefed.\n\nAfter the talks, Lopez "
    "hosted a lunch for Herrera and Chilean Foreign Minister Ana Ruiz.",
])
def test_a_meeting_after_a_meeting_of_other_people_or_told_long_before_stays_undated(nlp, text):
    doc = run(nlp, "President Maria Lopez received her Chilean counterpart Tomas Herrera at the National Palace on "
                   f"Tuesday.\n\n{text}", date="2023-03-16")
    assert [date for names, date in dated_meetings(doc) if "Ana Ruiz" in names] == [None]


def test_a_when_clause_hung_on_a_noun_of_a_dated_clause_takes_its_date(nlp):
    doc = run(nlp, "Xi Jinping paid a state visit to Kazakhstan on Sept. 14, his first trip abroad since the start of "
                   "the pandemic, when he held talks with Kassym-Jomart Tokayev in the capital.", date="2022-10-14")
    assert dated_meetings(doc) == [({"Xi Jinping", "Kassym-Jomart Tokayev"}, "2022-09-14")]


def test_a_summit_that_names_nobody_is_not_dated_by_a_clause_below_another(nlp):
    doc = run(nlp, "The summit was attended by Russian President Vladimir Putin and Turkish President Recep Tayyip "
                   "Erdogan. The participants adopted a statement on turning the forum, initiated by Kazakhstan's "
                   "First President Nursultan Nazarbayev in 1992, into a full-fledged organization.", date="2022-10-14")
    assert [m["date"] for m in doc._.dip_meetings] == [None]


def test_a_summit_told_before_its_people_is_not_dated_by_a_clause_below_another(nlp):
    doc = run(nlp, "The participants gathered for the tenth summit, turning the forum, initiated by Nursultan "
                   "Nazarbayev in 1992, into an organization. The summit was attended by Russian President Vladimir "
                   "Putin and Turkish President Recep Tayyip Erdogan.", date="2022-10-14")
    assert [m["date"] for m in doc._.dip_meetings] == [None]


@pytest.mark.parametrize("text,people", [
    ("Foreign Minister Ali Sabry co-chaired a session of the joint commission with Japanese Foreign Minister "
     "Yoko Kamikawa in Colombo on Tuesday.", {"Ali Sabry", "Yoko Kamikawa"}),
    ("Minister Ali Sabry and Japan's Foreign Minister Yoko Kamikawa co-chaired the fourth meeting of the joint "
     "commission in Colombo on Tuesday.", {"Ali Sabry", "Yoko Kamikawa"}),
    ("Prime Minister Anthony Albanese co-hosted the summit with President Joko Widodo in Bali on Tuesday.",
     {"Anthony Albanese", "Joko Widodo"}),
    ("On Tuesday, Vice President Mike Pence and Secretary of State Mike Pompeo co-hosted a luncheon for President "
     "Moon Jae-in at the State Department.", {"Mike Pence", "Mike Pompeo", "Moon Jae-in"}),
])
def test_a_hyphenated_co_verb_is_read_as_its_verb(nlp, text, people):
    doc = run(nlp, text, date="2019-06-14")
    assert (frozenset(people), "occurred") in meetings(doc)


def test_names_written_after_an_unspaced_initial_are_people_who_meet(nlp):
    doc = run(nlp, "President Ts.Battulga received Foreign Minister D.Tsogtbaatar on Monday.", date="2019-03-12")
    names = [e["name"] for e in doc._.dip_entities if e["label"] == "PERSON"]
    assert sorted(names) == ["D.Tsogtbaatar", "Ts.Battulga"]
    assert len(doc._.dip_meetings) == 1


def test_the_two_men_are_not_a_pair_with_a_woman_in_it(nlp):
    doc = run(nlp, "Mary Robinson met Kofi Annan in Geneva on Monday. The two men had lunch in Bern on Tuesday.",
              date="1999-03-10")
    assert not [m for m in doc._.dip_meetings if m["date"] == "1999-03-09"]


def test_a_where_clause_hung_on_a_dated_thing_takes_the_date_of_its_main_clause(nlp):
    doc = run(nlp, "This afternoon the president, Mrs. Obama, Malia and Sasha visited Cidade de Deus, the west-zone "
                   "community made famous by the 2002 film, where they were welcomed by state Governor Sergio Cabral "
                   "and Mayor Eduardo Paes.", date="2011-03-20")
    dates = {m["date"] for m in doc._.dip_meetings if any(
        doc._.dip_entities[p]["name"] == "Sergio Cabral" for side in m["sides"] for p in side)}
    assert dates == {"2011-03-20"}


def test_signers_named_after_their_titles_and_a_form_of_address_meet_the_witness(nlp):
    doc = run(nlp, "LUSAKA, September 7, 1974 -- Portugal and FRELIMO today signed an agreement at State House.\n\n"
                   "The accord was signed this afternoon by the Portuguese Minister of Foreign Affairs, Dr Mario "
                   "Soares, and the President of FRELIMO, Mr Samora Machel, in the presence of President Kaunda, "
                   "who has hosted the negotiations since they opened on Thursday.", date="1974-09-07")
    assert any({"Mario Soares", "Samora Machel", "Kaunda"} <= people for people, _ in meetings(doc))


def test_a_meal_given_at_a_place_for_guests_is_a_meeting_with_the_guests(nlp):
    doc = run(nlp, "On Friday President Kenneth Kaunda gave a luncheon at State House for Dr Mario Soares and "
                   "Mr Samora Machel.", date="1974-09-07")
    assert (frozenset({"Kenneth Kaunda", "Mario Soares", "Samora Machel"}), "occurred") in meetings(doc)


def test_a_name_after_a_title_and_a_comma_before_a_plural_verb_is_listed_with_the_title(nlp):
    doc = run(nlp, "HM the Sultan, Raisi hold talks in Tehran\n\nHis Majesty Sultan Haitham bin Tarik held talks "
                   "with President Ebrahim Raisi in Tehran yesterday.", date="2023-05-29")
    people = {e["name"]: e["roles"] for e in doc._.dip_entities if e["label"] == "PERSON"}
    assert "Sultan" not in people.get("Ebrahim Raisi", []) and not any("," in name for name in people)


def test_witnesses_of_a_signing_meet_its_signers(nlp):
    doc = run(nlp, "The agreement was signed by Vice-President Ali Osman Taha and the rebel leader, John Garang. It "
                   "was witnessed by Kenyan President Mwai Kibaki and US Secretary of State Colin Powell.",
              date="2005-01-10")
    assert any({"Ali Osman Taha", "John Garang", "Mwai Kibaki", "Colin Powell"} <= people
               for people, _ in meetings(doc))


def test_a_conversation_is_a_meeting_unless_the_sentence_tells_of_a_call(nlp):
    met = run(nlp, "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held a conversation on the "
                   "sidelines of the summit, an official told reporters.")
    assert [m[0] for m in meetings(met)] == [frozenset({"Narendra Modi", "Xi Jinping"})]
    called = run(nlp, "Naftali Bennett spoke by phone with Ukrainian President Volodymyr Zelensky on his way to "
                      "Germany, the third conversation between the two men in 24 hours.")
    assert meetings(called) == []
