"""Plain functions of dip_relations: sides, date comparison and merging."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dipnlp.relations.events import semicolon_clause, verbs_read_as_nouns
from dipnlp.relations.timing import blog_entry_dates, date_followers, purpose_events
from dipnlp.relations.merge import dates_compatible, merge_meetings, merge_travels
from dipnlp.relations.sides import Context, split_sides
from dipnlp.relations.status import compare_dates, scheduled_today, status_cue


@pytest.mark.parametrize("side_a,side_b,each,expected", [
    ([0, 1], [2], [], [[0, 1], [2]]),
    ([0, 1], [], [], [[0], [1]]),
    ([], [], [0, 1, 2], [[0], [1], [2]]),
    ([0], [0], [], []),
    ([0], [], [], []),
    ([3], [], [0, 1], [[0], [1], [3]]),
])
def test_split_sides(side_a, side_b, each, expected):
    assert split_sides(side_a, side_b, each) == expected


@pytest.mark.parametrize("value,article,expected", [
    ("2019-02", "2019-01-22", 1),
    ("2018-06-12", "2019-01-18", -1),
    ("2019-01", "2019-01-18", 0),
    ("2019-01-19/2019-01-22", "2019-01-18", 1),
    ("PRESENT_REF", "2019-01-18", None),
    ("2019-01-18", None, None),
])
def test_compare_dates(value, article, expected):
    assert compare_dates(value, article) == expected


@pytest.mark.parametrize("a,b,expected", [
    (None, "2019-01-18", True),
    ("2019-01", "2019-01-18", True),
    ("2019-01-18", "2019-01-19", False),
    ("2019-01-19/2019-01-22", "2019-01-20", True),
])
def test_dates_compatible(a, b, expected):
    assert dates_compatible(a, b) is expected


def _meeting(sides, date=None, status="occurred", start=0):
    return {"sides": sides, "date": date, "date_span": None, "venue": None, "status": status,
            "rule": "r", "evidence": [{"start": start, "end": start + 1}]}


def test_repeated_mentions_become_one_meeting_with_all_evidence():
    merged = merge_meetings([_meeting([[0], [1]]), _meeting([[1], [0]], "2019-02", start=5),
                             _meeting([[0], [1]], "2019-02-27", start=9)])
    assert len(merged) == 1
    assert merged[0]["date"] == "2019-02-27"
    assert len(merged[0]["evidence"]) == 3


@pytest.mark.parametrize("second", [_meeting([[0], [1]], "2018-06-12"), _meeting([[0], [1]], status="planned"),
                                    _meeting([[0], [2]])])
def test_different_events_stay_apart(second):
    assert len(merge_meetings([_meeting([[0], [1]], "2019-02"), second])) == 2


def test_travels_merge_on_traveler_and_destination():
    base = {"origin": None, "date": None, "date_span": None, "status": "occurred", "rule": "r"}
    travels = [{"traveler": 0, "destination": 3, **base, "evidence": [{"start": 0, "end": 1}]},
               {"traveler": 0, "destination": 3, **base, "origin": 4, "evidence": [{"start": 5, "end": 6}]},
               {"traveler": 0, "destination": 5, **base, "evidence": [{"start": 7, "end": 8}]}]
    merged = merge_travels(travels)
    assert [(t["destination"], t["origin"], len(t["evidence"])) for t in merged] == [(3, 4, 2), (5, None, 1)]


def _chain_doc(words, heads, deps, tags):
    from spacy.lang.en import English
    from spacy.tokens import Doc
    pos = {"VBD": "VERB", "VB": "VERB", "NNS": "NOUN", "IN": "ADP", "TO": "PART", "NNP": "PROPN", ".": "PUNCT"}
    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags],
               lemmas=[w.lower().rstrip("d") if t == "VBD" else w.lower() for w, t in zip(words, tags)])


@pytest.mark.parametrize("link,expected", [("prep", None), ("xcomp", "planned")])
def test_a_past_governor_plans_only_its_complement(link, expected):
    from dipnlp.relations.status import status_cue
    # "At talks X agreed ." (talks beside the agreeing) vs "X agreed [to] talks" (talks its complement)
    doc = _chain_doc(["At", "talks", "Kim", "agreed", "."], heads=[3, 0, 3, 3, 3],
                     deps=[link, "pobj", "nsubj", "ROOT", "punct"], tags=["IN", "NNS", "NNP", "VBD", "."])
    chain = [doc[1], doc[0], doc[3]]
    assert status_cue(chain, {"planned_governor": {"agree"}}) == expected


@pytest.mark.parametrize("words,heads,deps,tags,expected", [
    # "talks were called a success": "call" names the talks
    (["talks", "were", "called", "a", "success"], [2, 2, 2, 4, 2], ["nsubjpass", "auxpass", "ROOT", "det", "oprd"],
     ["NNS", "VBD", "VBN", "DT", "NN"], None),
    # "talks were called by the League": convened, told of
    (["talks", "were", "called", "by", "League"], [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
     ["NNS", "VBD", "VBN", "IN", "NNP"], None),
    # "Kim called for talks": asked for, planned
    (["Kim", "called", "for", "talks", "."], [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
     ["NNP", "VBD", "IN", "NNS", "."], "planned"),
])
def test_call_plans_what_it_asks_for_not_what_it_names(words, heads, deps, tags, expected):
    from dipnlp.relations.status import status_cue
    pos = {"VBD": "VERB", "VBN": "VERB", "NNS": "NOUN", "NN": "NOUN", "IN": "ADP", "NNP": "PROPN", "DT": "DET",
           ".": "PUNCT"}
    from spacy.lang.en import English
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags],
              lemmas=["call" if w == "called" else "be" if w == "were" else w.lower() for w in words])
    talks = next(t for t in doc if t.text == "talks")
    chain = [talks, *talks.ancestors]
    assert status_cue(chain, {"planned_governor": {"call"}}) == expected


@pytest.mark.parametrize("paragraphs,group_sent,sent,expected", [
    ([0, 0, 0, 0, 0, 0, 0, 0], 0, 4, True),           # four sentences back
    ([0, 0, 0, 0, 0, 0, 0, 0], 0, 7, True),           # seven sentences back in one long paragraph
    ([0, 1, 1, 1, 1, 1, 1, 2], 0, 7, True),           # two paragraphs back, one of them all quotes
    ([0, 1, 2, 3, 3, 3, 3, 3], 0, 7, False),          # three paragraphs and seven sentences back
])
def test_a_group_is_in_reach_four_sentences_or_two_paragraphs_back(paragraphs, group_sent, sent, expected):
    ctx = Context(index=None, last_group=[0, 1], last_group_sent=group_sent, paragraphs=paragraphs)
    assert ctx.within_reach(sent) is expected


def test_a_trigger_verb_read_as_a_noun_with_a_subject_is_retagged_a_verb(en_vocab):
    words = ["Aliyev", "and", "Pashinyan", "travel", "to", "Moscow", "for", "talks"]
    doc = Doc(en_vocab, words=words, lemmas=["Aliyev", "and", "Pashinyan", "travel", "to", "Moscow", "for", "talk"],
              pos=["PROPN", "CCONJ", "PROPN", "NOUN", "ADP", "PROPN", "ADP", "NOUN"],
              tags=["NNP", "CC", "NNP", "NN", "IN", "NNP", "IN", "NNS"],
              heads=[3, 0, 0, 3, 3, 4, 3, 6], deps=["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "prep", "pobj"])
    assert verbs_read_as_nouns(doc, frozenset({"travel", "talk"})) == [3]
    assert (doc[3].pos_, doc[3].tag_) == ("VERB", "VBP")
    assert doc[7].pos_ == "NOUN"  # "talks" has no subject: a noun


def test_he_cannot_be_a_person_named_as_someone_s_wife_nor_she_a_mr(en_vocab):
    from dipnlp.extensions import register_extensions
    from dipnlp.relations.mentions import EntityIndex

    register_extensions()
    words = ["Herzog", ",", "with", "his", "wife", "Michal", "Herzog", ",", "met", "Mr", "Onal", "."]
    doc = Doc(en_vocab, words=words)
    doc._.dip_entities = [{"name": "Isaac Herzog", "label": "PERSON", "mentions": [[0, 1]]},
                          {"name": "Michal Herzog", "label": "PERSON", "mentions": [[5, 7]]},
                          {"name": "Sedat Onal", "label": "PERSON", "mentions": [[10, 11]]}]
    index = EntityIndex(doc, gender_cues={"f": frozenset({"wife"}), "m": frozenset({"mr"})})
    assert index.genders == [None, "f", "m"]
    assert index.other_gender("he") == [1] and index.other_gender("they") == []
    assert index.other_gender("her") == [0, 2]  # "Mr Onal", and Isaac, a man's given name


def test_a_semicolon_ends_the_clause_a_same_sentence_meeting_looks_for_people_in(en_vocab):
    words = ["A", "wraps", "up", "talks", ";", "B", "takes", "a", "letter", "to", "C", ";", "D", "waits"]
    doc = Doc(en_vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert semicolon_clause(doc[3]).text == "A wraps up talks"
    assert semicolon_clause(doc[6]).text == "B takes a letter to C"
    assert semicolon_clause(doc[13]).text == "D waits"
    whole = Doc(en_vocab, words=words[:4], sent_starts=[True, False, False, False])
    assert semicolon_clause(whole[1]).text == "A wraps up talks"


def test_an_event_noun_that_is_the_subject_of_the_chain_is_the_same_event(en_vocab):
    # "The summit , held on Monday , brought Duterte together with Abe": the summit dates the bringing
    words = ["The", "summit", ",", "held", "on", "Monday", ",", "brought", "Duterte", "together", "with", "Abe"]
    doc = Doc(en_vocab, words=words, lemmas=[w.lower() for w in words],
              pos=["DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PROPN", "ADV", "ADP", "PROPN"],
              heads=[1, 7, 1, 1, 3, 4, 1, 7, 7, 10, 7, 10],
              deps=["det", "nsubj", "punct", "acl", "prep", "pobj", "punct", "ROOT", "dobj", "advmod", "prep", "pobj"])
    assert purpose_events([doc[7]], frozenset({"summit"})) == [doc[1]]
    assert purpose_events([doc[7]], frozenset({"visit"})) == []


def _index_doc(en_vocab, words, heads, deps, people, joined=(), titles=()):
    """A Doc with a parse and PERSON entities (name, roles, start, end), and its EntityIndex; the words
    at ``joined`` have no space after them, the (start, end) spans of ``titles`` are role titles."""
    from dipnlp.extensions import register_extensions
    from dipnlp.relations.mentions import EntityIndex

    register_extensions()
    pos = ["DET" if w.lower() == "the" else "PUNCT" if w in ",." else "NOUN" if w.islower() else "PROPN"
           for w in words]
    doc = Doc(en_vocab, words=words, heads=heads, deps=deps, pos=pos, tags=["NN"] * len(words),
              spaces=[i not in joined for i in range(len(words))])
    doc._.dip_entities = [{"name": n, "label": "PERSON", "roles": roles, "mentions": [[s, e]]}
                          for n, roles, s, e in people]
    doc._.dip_titles = [{"start": s, "end": e} for s, e in titles]
    return doc, EntityIndex(doc, rank_modifiers=frozenset({"shadow", "vice", "deputy"}))


def test_a_role_noun_is_not_someone_of_a_lower_rank_of_that_role(en_vocab):
    # "Cleverly spoke . The secretary met Wang . Lammy spoke ." with Lammy the shadow foreign secretary
    words = ["Cleverly", "spoke", ".", "The", "secretary", "met", "Wang", ".", "Lammy", "spoke", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 5, 9, 9, 9]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps,
                            [("James Cleverly", [], 0, 1), ("Wang Yi", [], 6, 7),
                             ("David Lammy", ["shadow foreign secretary"], 8, 9)], titles=[(4, 5)])
    assert index.role_holder(doc[4]) == 0  # the one person named so far, not the shadow secretary named later


def test_a_noun_that_is_no_role_title_stands_for_no_one(en_vocab):
    # "Cleverly spoke . The summit opened ." / "Cleverly spoke . The secretary spoke ."
    words = ["Cleverly", "spoke", ".", "The", "summit", "opened", "."]
    heads = [1, 1, 1, 4, 5, 5, 5]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps, [("James Cleverly", [], 0, 1)])
    assert index.role_holder(doc[4]) is None  # not the one person named so far
    words[4] = "secretary"
    doc, index = _index_doc(en_vocab, words, heads, deps, [("James Cleverly", [], 0, 1)], titles=[(4, 5)])
    assert index.role_holder(doc[4]) == 0


def test_the_one_holder_of_a_role_excluded_leaves_the_role_noun_unresolved(en_vocab):
    # "Biden spoke . The president hosted him . Sisi , the president of Egypt"
    words = ["Biden", "spoke", ".", "The", "president", "hosted", "him", ".", "Sisi", "arrived", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 5, 9, 9, 9]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps,
                            [("Joe Biden", ["president"], 0, 1), ("Abdel Fattah al-Sisi", ["president"], 8, 9)])
    assert index.role_holder(doc[4]) == 0
    assert index.role_holder(doc[4], exclude=[0]) is None  # not Sisi, named only later


def test_a_name_after_a_role_noun_and_a_comma_is_its_holder_whatever_the_parse(en_vocab):
    # "talks with the vice - president , Han Zheng ," with "Han Zheng" hung on the verb
    words = ["Cleverly", "held", "talks", "with", "the", "vice", "-", "president", ",", "Han", "Zheng", ",", "."]
    heads = [1, 1, 1, 2, 5, 3, 5, 3, 1, 10, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "pobj", "pobj", "punct", "compound", "npadvmod",
            "punct", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps,
                            [("James Cleverly", [], 0, 1), ("Han Zheng", ["vice-president"], 9, 11)], joined=(5, 6))
    assert index.role_holder(doc[7]) == 1
    assert index.role_holder(doc[5]) is None  # "vice": a part of the role word, not Cleverly
    assert index.role_holder(doc[7], exclude=[1]) is None


def test_a_name_after_a_role_s_of_phrase_and_a_comma_is_its_holder_whatever_the_parse(en_vocab):
    # "led by a head of state , Abdulsalami Abubakar , weeks after ..." with the name hung on a later verb
    words = ["Tchiani", "met", "a", "delegation", "led", "by", "a", "head", "of", "state", ",", "Abdulsalami",
             "Abubakar", ",", "."]
    heads = [1, 1, 3, 1, 3, 4, 7, 5, 7, 8, 1, 12, 1, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "det", "pobj", "prep", "pobj", "punct", "compound",
            "npadvmod", "punct", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps,
                            [("Abdourahamane Tchiani", [], 0, 1), ("Abdulsalami Abubakar", ["head of state"], 11, 13)])
    assert index.named_after_comma(doc[7]) == 1
    assert index.named_after_comma(doc[3]) is None  # "delegation" is no role of his


def test_names_after_a_parenthesis_and_a_comma_go_on_with_the_list_whatever_the_parse(en_vocab):
    from dipnlp.relations.lists import stray_conjunct

    # "hosted Duque and Macri ( Argentina ) , Bolsonaro ( Brazil ) , Moreno ( Ecuador ) and Vizcarra ( Peru ) ."
    # with Bolsonaro hung on the verb as an npadvmod and Moreno and Vizcarra as his conjuncts
    words = ["Pinera", "hosted", "Duque", "and", "Macri", "(", "Argentina", ")", ",", "Bolsonaro", "(", "Brazil",
             ")", ",", "Moreno", "(", "Ecuador", ")", "and", "Vizcarra", "(", "Peru", ")", "."]
    heads = [1, 1, 1, 2, 2, 6, 4, 4, 1, 1, 11, 9, 9, 9, 9, 16, 14, 14, 14, 9, 21, 19, 19, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "punct", "appos", "punct", "punct", "npadvmod", "punct", "appos",
            "punct", "punct", "conj", "punct", "appos", "punct", "cc", "conj", "punct", "appos", "punct", "punct"]
    people = [("Sebastian Pinera", [], 0, 1), ("Ivan Duque", [], 2, 3), ("Mauricio Macri", [], 4, 5),
              ("Jair Bolsonaro", [], 9, 10), ("Lenin Moreno", [], 14, 15), ("Martin Vizcarra", [], 19, 20)]
    doc, index = _index_doc(en_vocab, words, heads, deps, people)
    assert stray_conjunct(index, doc[2]) == [2, 3, 4, 5]  # Bolsonaro and Moreno after ")", the others after "and"


def test_she_is_no_man_by_his_given_name_but_he_is_anyone_a_word_does_not_make_a_woman(en_vocab):
    words = ["Hillary", "Clinton", "met", "Kurt", "Campbell", "and", "Salva", "Kiir", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 4, 2]
    deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "cc", "compound", "conj", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps, [("Hillary Clinton", [], 0, 2), ("Kurt Campbell", [], 3, 5),
                                                          ("Salva Kiir", [], 6, 8)])
    assert index.other_gender("she") == [1]  # Kurt is a man's name; the dictionary's "Salva" is no man's
    assert index.other_gender("he") == []  # no word before a name makes anyone a woman here


def test_a_meeting_that_followed_takes_the_date_of_the_event_it_followed_once_merged():
    lead = {"sides": [[0], [1]], "date": "2022-09-05", "date_span": [3, 5],
            "evidence": [{"start": 0, "end": 40}, {"start": 41, "end": 90}]}
    follower = {"sides": [[0, 2], [1]], "date": None, "evidence": [{"start": 91, "end": 150}],
                "_follows": [{"start": 41, "end": 90}]}
    elsewhere = {"sides": [[3], [4]], "date": None, "evidence": [{"start": 151, "end": 200}],
                 "_follows": [{"start": 500, "end": 520}]}
    date_followers([lead, follower, elsewhere])
    assert follower["date"] == "2022-09-05" and follower["date_span"] == [3, 5]
    assert elsewhere["date"] is None and "_follows" not in elsewhere and "_follows" not in follower


# "Trudeau was joined by the Secretary of State for External Affairs, MacEachen, the Minister of Finance,
# Turner, and the Minister of Defence, Richardson." with MacEachen hung on the verb and the rest on him
TRUDEAU_JOINED = [("Trudeau", "Trudeau", "NNP", "nsubjpass", 2), ("was", "be", "VBD", "auxpass", 2),
                  ("joined", "join", "VBN", "ROOT", 2), ("by", "by", "IN", "agent", 2), ("the", "the", "DT", "det", 5),
                  ("Secretary", "Secretary", "NNP", "pobj", 3), ("of", "of", "IN", "prep", 5),
                  ("State", "State", "NNP", "pobj", 6), ("for", "for", "IN", "prep", 5),
                  ("External", "External", "NNP", "compound", 10), ("Affairs", "Affairs", "NNP", "pobj", 8),
                  (",", ",", ",", "punct", 2), ("MacEachen", "MacEachen", "NNP", "npadvmod", 2),
                  (",", ",", ",", "punct", 12), ("the", "the", "DT", "det", 15),
                  ("Minister", "Minister", "NNP", "appos", 12), ("of", "of", "IN", "prep", 15),
                  ("Finance", "Finance", "NNP", "pobj", 16), (",", ",", ",", "punct", 15),
                  ("Turner", "Turner", "NNP", "conj", 15), (",", ",", ",", "punct", 19), ("and", "and", "CC", "cc", 19),
                  ("the", "the", "DT", "det", 23), ("Minister", "Minister", "NNP", "conj", 19),
                  ("of", "of", "IN", "prep", 23), ("Defence", "Defence", "NNP", "pobj", 24),
                  (",", ",", ",", "punct", 23), ("Richardson", "Richardson", "NNP", "appos", 23),
                  (".", ".", ".", "punct", 2)]

# "Chirac met Josselin, the minister for cooperation and Francophonie, on Monday." with "Francophonie"
# tagged a person by the model: it is part of the minister's brief
JOSSELIN_BRIEF = [("Chirac", "Chirac", "NNP", "nsubj", 1), ("met", "meet", "VBD", "ROOT", 1),
                  ("Josselin", "Josselin", "NNP", "dobj", 1), (",", ",", ",", "punct", 2),
                  ("the", "the", "DT", "det", 5), ("minister", "minister", "NN", "appos", 2),
                  ("for", "for", "IN", "prep", 5), ("cooperation", "cooperation", "NN", "pobj", 6),
                  ("and", "and", "CC", "cc", 7), ("Francophonie", "Francophonie", "NNP", "conj", 7),
                  (",", ",", ",", "punct", 2), ("on", "on", "IN", "prep", 1), ("Monday", "Monday", "NNP", "pobj", 11),
                  (".", ".", ".", "punct", 1)]


@pytest.mark.parametrize("rows,people,obj,items", [
    (TRUDEAU_JOINED, [("Trudeau", 0), ("MacEachen", 12), ("Turner", 19), ("Richardson", 27)], 5, [1, 2, 3]),
    (JOSSELIN_BRIEF, [("Chirac", 0), ("Josselin", 2), ("Francophonie", 9)], 2, []),
], ids=["a list over the title's own preposition, every item", "no item inside a title's brief"])
def test_a_list_of_titled_names_goes_on_over_the_title_s_own_phrase_but_not_into_its_brief(en_vocab, rows, people,
                                                                                            obj, items):
    from dipnlp.extensions import register_extensions
    from dipnlp.relations.lists import stray_conjunct
    from dipnlp.relations.mentions import EntityIndex
    from tests.unit.docs import parsed_doc

    register_extensions()
    doc = parsed_doc(en_vocab, rows, [(n, "PERSON", i, i + 1) for n, i in people])
    assert stray_conjunct(EntityIndex(doc), doc[obj]) == items


def test_an_appositive_the_parse_hangs_on_a_distant_pronoun_is_not_the_pronoun(en_vocab):
    from dipnlp.relations.mentions import misplaced_appositive, phrase_tokens

    # "He was received by Mattarella , Mr Tajani ." with "Tajani" parsed as an appositive of "He"
    words = ["He", "was", "received", "by", "Mattarella", ",", "Mr", "Tajani", "."]
    doc = Doc(en_vocab, words=words, heads=[2, 2, 2, 2, 3, 4, 7, 0, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "compound", "appos", "punct"],
              tags=["PRP", "VBD", "VBN", "IN", "NNP", ",", "NNP", "NNP", "."])
    assert misplaced_appositive(doc[7])
    assert [t.text for t in phrase_tokens(doc[0])] == ["He"]
    # "They , Merkel , met": an appositive right after the pronoun is the pronoun's
    near = Doc(en_vocab, words=["They", ",", "Merkel", ",", "met"], heads=[4, 0, 0, 0, 4],
               deps=["nsubj", "punct", "appos", "punct", "ROOT"], tags=["PRP", ",", "NNP", ",", "VBD"])
    assert not misplaced_appositive(near[2])
    assert "Merkel" in [t.text for t in phrase_tokens(near[0])]


def test_a_byline_is_not_the_one_person_a_role_noun_stands_for(en_vocab):
    # "by Vella . The president met Wang ." : the writer of the byline is not the president
    words = ["by", "Vella", ".", "The", "president", "met", "Wang", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 5]
    deps = ["prep", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    doc, index = _index_doc(en_vocab, words, heads, deps, [("Claire Vella", [], 1, 2), ("Wang Yi", [], 6, 7)],
                            titles=[(4, 5)])
    assert index.role_holder(doc[4]) is None
    # "Vella spoke . The president met Wang .": the one person named so far, in a sentence of the story
    words[:2], deps[:2] = ["Vella", "spoke"], ["nsubj", "ROOT"]
    doc, index = _index_doc(en_vocab, words, heads, deps, [("Claire Vella", [], 0, 1), ("Wang Yi", [], 6, 7)],
                            titles=[(4, 5)])
    assert index.role_holder(doc[4]) == 0


def _clause(en_vocab, words, heads, deps, tags):
    return Doc(en_vocab, words=words, heads=heads, deps=deps, tags=tags,
               pos=["VERB" if t.startswith("VB") else "AUX" if t == "MD" else "X" for t in tags])


@pytest.mark.parametrize("adverb,expected", [("no", "negated"), ("much", None)])
def test_no_longer_negates_the_event(en_vocab, adverb, expected):
    # "Netanyahu would no longer see Borrell"; "... would much longer see ...", no negation
    doc = _clause(en_vocab, ["Netanyahu", "would", adverb, "longer", "see", "Borrell"], [4, 4, 3, 4, 4, 4],
                  ["nsubj", "aux", "neg" if adverb == "no" else "advmod", "advmod", "ROOT", "dobj"],
                  ["NNP", "MD", "RB", "RBR", "VB", "NNP"])
    assert status_cue([doc[4]], {}) == expected


@pytest.mark.parametrize("verb,tag,date_words,expected", [
    ("sees", "VBZ", ["this", "morning"], True),
    ("sees", "VBZ", ["at", "noon", "today"], True),
    ("saw", "VBD", ["this", "morning"], False),
    ("meets", "VBZ", ["March", "6"], False),  # a caption's date: a report in the present
])
def test_the_simple_present_of_a_later_time_of_the_day_is_a_timetable(en_vocab, verb, tag, date_words, expected):
    words = ["He", verb, "Abdullah"] + date_words
    doc = _clause(en_vocab, words, [1, 1, 1] + [1] * len(date_words),
                  ["nsubj", "ROOT", "dobj"] + ["npadvmod"] * len(date_words),
                  ["PRP", tag, "NNP"] + ["NN"] * len(date_words))
    assert scheduled_today([doc[1]], doc[3:]) is expected


def _blog(text, date):
    """A blank-pipeline Doc of ``text`` dated ``date``, with a sentence after each full stop and blank line."""
    import spacy

    from dipnlp.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("en")(text)
    doc._.dip_article_date = date
    for token in doc[1:]:
        before = doc[token.i - 1]
        token.is_sent_start = not token.is_space and (before.text == "." or "\n\n" in before.text)
    return doc


BLOG = "A headline.\n\n17:30\nThe President is meeting the leaders.\n\n16:15 - He arrived.\n\nMore."


def test_each_sentence_of_a_stamped_entry_of_a_live_blog_takes_the_blogs_day():
    from dipnlp.relations.events import paragraph_numbers

    doc = _blog(BLOG, "2020-08-06")
    dates = blog_entry_dates(doc, paragraph_numbers(doc))
    sents = list(doc.sents)
    assert [s.text.strip() for s in sents][:2] == ["A headline.", "17:30\nThe President is meeting the leaders."]
    assert 0 not in dates  # the headline is no entry
    assert {dates[n]["value"] for n in range(1, len(sents))} == {"2020-08-06"}
    assert dates[1]["text"] == "17:30" and dates[len(sents) - 1]["text"] == "16:15"  # "More." is in the last entry


@pytest.mark.parametrize("text,date", [
    (BLOG, "2020-08"),  # a blog of a month has no day for its entries
    ("A headline.\n\n17:30\nThe President is meeting the leaders.\n\nMore.", "2020-08-06"),  # one stamp
    ("A headline.\n\n10.5 million people voted.\n\n12.30 dollars a barrel.", "2020-08-06"),  # no clock times
])
def test_a_text_that_is_no_dated_live_blog_gives_no_entry_dates(text, date):
    from dipnlp.relations.events import paragraph_numbers

    doc = _blog(text, date)
    assert blog_entry_dates(doc, paragraph_numbers(doc)) == {}


def test_every_name_of_a_country_and_its_nationality_words_fold_to_one_country():
    from dipnlp.entities.places import load_places
    from dipnlp.relations.component import RelationExtractor
    from dipnlp.relations.mentions import country_names, same_country
    from dipnlp.rules import read_package_table

    schemas = RelationExtractor.SCHEMAS
    names = country_names(load_places(read_package_table("places", schemas["places"])),
                          read_package_table("nationalities", schemas["nationalities"]))
    assert {names[k] for k in ("us", "usa", "america", "unitedstatesofamerica", "american")} == {"unitedstates"}
    assert names["british"] == names["uk"] == names["britain"] == "unitedkingdom"
    assert names["dutch"] == "netherlands" and names["swiss"] == "switzerland"
    assert "russian" not in names and same_country("russian", names["russia"])  # the endings still match
