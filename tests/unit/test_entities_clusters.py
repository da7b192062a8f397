"""dip_entities' people clusters on hand-built Docs: which person a one-word mention is."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dipnlp.entities.clusters import cluster_people
from dipnlp.extensions import register_extensions

register_extensions()  # the header's end, which tells a headline from the body


def people_doc(en_vocab, text: str, names: list[str]) -> Doc:
    """A Doc of ``text`` split on spaces, each of ``names`` (word sequences) tagged PERSON where it occurs."""
    words = text.split()
    doc = Doc(en_vocab, words=words)
    spans, i = [], 0
    while i < len(words):
        found = next((n.split() for n in names if words[i:i + len(n.split())] == n.split()), None)
        if found:
            spans.append(Span(doc, i, i + len(found), label="PERSON"))
            i += len(found)
        else:
            i += 1
    doc.ents = spans
    return doc


def owners(doc: Doc) -> dict[int, str]:
    """Token index of each mention -> the name of its entity."""
    return {start: ent["name"] for ent in cluster_people(doc, [], []) for start, _ in ent["mentions"]}


def test_a_shared_surname_is_the_one_person_named_in_full_before_it(en_vocab):
    text = ("Sarkozy in Dakar . President Nicolas Sarkozy was in Senegal . Sarkozy arrived in Dakar . "
            "The role of Cecilia Sarkozy . Cecilia Sarkozy flew . Cecilia Sarkozy met Gaddafi .")
    doc = people_doc(en_vocab, text, ["Nicolas Sarkozy", "Cecilia Sarkozy", "Sarkozy", "Gaddafi"])
    found = owners(doc)
    assert found[0] == "Nicolas Sarkozy"  # the headline's: the one the article names first
    assert found[doc.text.split().index("arrived") - 1] == "Nicolas Sarkozy"  # his wife is named later


def test_a_shared_surname_named_after_both_is_the_one_named_most(en_vocab):
    text = ("Nawaz Sharif met Shehbaz Sharif . Sharif spoke . Nawaz Sharif left . Nawaz Sharif returned . "
            "Sharif said so .")
    doc = people_doc(en_vocab, text, ["Nawaz Sharif", "Shehbaz Sharif", "Sharif"])
    found = owners(doc)
    assert found[len(text.split()) - 4] == "Nawaz Sharif"


def test_a_surname_before_a_generation_suffix_is_the_surname(en_vocab):
    text = ("Marcos came home . President Ferdinand Marcos Jr. flew with First Lady Liza Araneta-Marcos . "
            "Marcos met Xi .")
    doc = people_doc(en_vocab, text, ["Ferdinand Marcos Jr.", "Liza Araneta-Marcos", "Marcos", "Xi"])
    found = owners(doc)
    assert found[0] == "Ferdinand Marcos Jr."  # the headline's: named first, "Jr." is no surname
    assert found[doc.text.split().index("met") - 1] == "Ferdinand Marcos Jr."


def titled(doc: Doc, links: list[tuple[str, str, bool]]) -> tuple[list[dict], list[dict]]:
    """Titles and role links for ``(title, name, generic)``: the first place of the title's words, and the
    name right after them."""
    words = [t.text for t in doc]
    titles, found = [], []
    for title, name, generic in links:
        size = len(title.split())
        at = next(i for i in range(len(words)) if words[i:i + size] == title.split())
        end = at + size
        titles.append({"start": at, "end": end, "head": title.lower(), "before_name": True, "generic": generic})
        found.append({"title": len(titles) - 1, "person": [end, end + len(name.split())]})
    return titles, found


def test_a_titled_surname_before_a_namesake_with_another_office_is_another_person(en_vocab):
    text = "Carter in Panama . President Carter met Torrijos . Carter spoke . spokesman Hodding Carter said so ."
    doc = people_doc(en_vocab, text, ["Hodding Carter", "Carter", "Torrijos"])
    titles, links = titled(doc, [("President", "Carter", False), ("spokesman", "Hodding Carter", False)])
    found = {start: ent["name"] for ent in cluster_people(doc, titles, links) for start, _ in ent["mentions"]}
    words = text.split()
    president = found[words.index("President") + 1]
    assert president == "President Carter"  # a name of its own: "Carter" alone could be either
    assert found[0] == president and found[words.index("spoke") - 1] == president  # the headline's, the next one


@pytest.mark.parametrize("text,links,names", [
    # a title that is the initials of theirs
    ("PM Modi meets Abe . Prime Minister Narendra Modi met Abe .",
     [("PM", "Modi", False), ("Prime Minister", "Narendra Modi", False)],
     ["Narendra Modi", "Abe"]),
    # a title that names no office
    ("Chancellor Scholz in Paris . leader Olaf Scholz met Macron .",
     [("Chancellor", "Scholz", False), ("leader", "Olaf Scholz", True)], ["Olaf Scholz", "Macron"]),
    # a full name with no title at all
    ("President Carter in Panama . Jimmy Carter met Torrijos .", [("President", "Carter", False)],
     ["Jimmy Carter", "Torrijos"]),
])
def test_a_titled_surname_stays_with_the_one_person_of_that_name(en_vocab, text, links, names):
    doc = people_doc(en_vocab, text, names + [n.split()[-1] for n in names])
    titles, found = titled(doc, links)
    assert sorted(ent["name"] for ent in cluster_people(doc, titles, found)) == sorted(names)


def test_a_title_linked_after_a_surname_does_not_part_it_from_the_namesake(en_vocab):
    # "breakfast with Pence, Speaker's lunch": a title after the name may belong to someone else
    text = "breakfast with Pence , Speaker lunch . vice-president Mike Pence met Kenny ."
    doc = people_doc(en_vocab, text, ["Mike Pence", "Pence", "Kenny"])
    titles = [{"start": 4, "end": 5, "head": "speaker", "before_name": True},
              {"start": 8, "end": 9, "head": "vice-president", "before_name": True}]
    links = [{"title": 0, "person": [2, 3]}, {"title": 1, "person": [9, 11]}]
    assert sorted(ent["name"] for ent in cluster_people(doc, titles, links)) == ["Kenny", "Mike Pence"]


def titles_at(doc: Doc, places: list[tuple[int, int, int | None]]) -> tuple[list[dict], list[dict]]:
    """Titles of one word at token ``at``, linked to the name at ``[start, end)`` when there is one."""
    titles, links = [], []
    for at, start, end in places:
        titles.append({"start": at, "end": at + 1, "head": doc[at].lower_, "before_name": True, "generic": False})
        if start is not None:
            links.append({"title": len(titles) - 1, "person": [start, end]})
    return titles, links


def test_a_surname_told_apart_by_a_title_keeps_that_title_for_its_later_mentions(en_vocab):
    text = ("DENPASAR - President Marcos signed . He flew with the First Lady , Mrs. Imelda Marcos . "
            "Seated with President Marcos was Suharto .")
    doc = people_doc(en_vocab, text, ["Imelda Marcos", "Marcos", "Suharto"])
    words = text.split()
    first, later = words.index("President"), len(words) - 1 - words[::-1].index("President")
    lady = words.index("Lady")
    titles, links = titles_at(doc, [(first, first + 1, first + 2), (lady, lady + 3, lady + 5),
                                    (later, later + 1, later + 2)])
    titles[1].update(start=lady - 1)  # "First Lady"
    found = {start: ent["name"] for ent in cluster_people(doc, titles, links) for start, _ in ent["mentions"]}
    assert found[first + 1] == found[later + 1] == "President Marcos"
    assert found[lady + 3] == "Imelda Marcos"


def test_a_titled_surname_in_a_headline_is_not_told_apart_from_the_full_name(en_vocab):
    words = ["Brandt", "in", "Warsaw", "-", "talks", "with", "Premier", "Cyrankiewicz", "\n\n", "WARSAW", "-", "The",
             "Chairman", ",", "Jozef", "Cyrankiewicz", ",", "signed", ".", "\n\n", "Premier", "Cyrankiewicz", "spoke",
             "."]
    doc = Doc(en_vocab, words=words, spaces=[w not in ("\n\n",) and n + 1 < len(words) and words[n + 1] != "\n\n"
                                             for n, w in enumerate(words)])
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 7, 8, label="PERSON"), Span(doc, 14, 16, label="PERSON"),
                Span(doc, 21, 22, label="PERSON")]
    titles, links = titles_at(doc, [(6, 7, 8), (12, 14, 16), (20, 21, 22)])
    people = cluster_people(doc, titles, links)
    cyrankiewicz = [ent for ent in people if "Cyrankiewicz" in ent["name"]]
    assert [ent["name"] for ent in cyrankiewicz] == ["Jozef Cyrankiewicz"]
    assert sorted(start for start, _ in cyrankiewicz[0]["mentions"]) == [7, 14, 21]


def test_mrs_x_beside_the_president_and_mrs_x_is_his_wife_and_the_title_is_his_mention(en_vocab):
    text = ("President Carter arrived . Mrs. Carter and Amy flew on . Park gave a dinner for the President and "
            "Mrs. Carter . The President , Mrs. Carter and Amy left .")
    doc = people_doc(en_vocab, text, ["Carter", "Amy", "Park"])
    words = text.split()
    couple = words.index("and", words.index("dinner"))
    titles, links = titles_at(doc, [(0, 1, 2), (couple - 1, None, None)])
    people = cluster_people(doc, titles, links)
    by_start = {start: ent["name"] for ent in people for start, _ in ent["mentions"]}
    wife = [i + 1 for i, w in enumerate(words) if w == "Mrs."]
    assert {by_start[i] for i in wife} == {"Mrs. Carter"}
    assert by_start[1] == "Carter" and by_start[couple - 1] == "Carter"  # "the President and Mrs. Carter"


def test_mrs_x_after_a_title_her_namesakes_do_not_hold_is_no_new_wife(en_vocab):
    text = ("President Chun Doo Hwan and his wife , Lee Soon Ja , arrived . Foreign Minister Lee Won Kyung met them . "
            "The Emperor welcomed the President and Mrs. Lee .")
    doc = people_doc(en_vocab, text, ["Chun Doo Hwan", "Lee Soon Ja", "Lee Won Kyung", "Lee"])
    words = text.split()
    couple = words.index("and", words.index("Emperor"))
    minister = words.index("Minister")
    titles, links = titles_at(doc, [(0, 1, 4), (minister, minister + 1, minister + 4), (couple - 1, None, None)])
    assert "Mrs. Lee" not in [ent["name"] for ent in cluster_people(doc, titles, links)]


def test_a_name_in_brackets_after_a_full_name_is_a_name_that_person_goes_by(en_vocab):
    text = ("President Hassan Sheikh Mohamud ( Geeddi ) met Kenyatta . Later President Geeddi spoke . "
            "Kenyatta ( Geeddi ) left .")
    doc = people_doc(en_vocab, text, ["Hassan Sheikh Mohamud", "Geeddi", "Kenyatta"])
    found = owners(doc)
    words = text.split()
    assert found[5] == "Hassan Sheikh Mohamud"
    assert found[words.index("spoke") - 1] == "Hassan Sheikh Mohamud"  # the name again, without brackets
    assert len({name for name in found.values()}) == 2


def test_a_name_in_brackets_not_right_after_a_name_is_a_person_of_its_own(en_vocab):
    text = "Hassan Sheikh Mohamud met the envoy ( Geeddi ) ."
    doc = people_doc(en_vocab, text, ["Hassan Sheikh Mohamud", "Geeddi"])
    assert set(owners(doc).values()) == {"Hassan Sheikh Mohamud", "Geeddi"}


def _title(start: int) -> dict:
    return {"start": start, "end": start + 1, "core_end": start + 1, "head": "queen", "before_name": True,
            "in_name": True, "address": False, "generic": False, "posted": False, "qualifier": None}


def test_the_queen_the_article_never_names_is_a_person_of_her_own(en_vocab):
    from dipnlp.entities.clusters import unnamed_sovereigns
    text = "Her Majesty The Queen landed . The Queen met Boris Yeltsin ."
    doc = people_doc(en_vocab, text, ["Boris Yeltsin"])
    words = text.split()
    queens = [i for i, w in enumerate(words) if w == "Queen"]
    titles = [_title(i) for i in queens]
    people = cluster_people(doc, titles, [])
    found = unnamed_sovereigns(doc, titles, people, frozenset({"queen", "king"}))
    assert [(p["name"], p["roles"], p["mentions"]) for p in found] == [("the Queen", ["Queen"],
                                                                         [[queens[0], queens[0] + 1],
                                                                          [queens[1], queens[1] + 1]])]
    # a queen named anywhere is the one the title stands for (as the relation stage reads role nouns)
    doc = people_doc(en_vocab, "The Queen landed . Queen Paola met Boris Yeltsin .", ["Boris Yeltsin", "Queen Paola"])
    titles = [_title(1), _title(4)]
    assert unnamed_sovereigns(doc, titles, cluster_people(doc, titles, []), frozenset({"queen"})) == []


def test_a_peerage_is_the_person_set_off_before_it_or_a_person_of_its_own(en_vocab):
    from dipnlp.entities.clusters import peerage_people, peerage_spans
    words = frozenset({"duke", "prince"})
    doc = people_doc(en_vocab, "Prince Philip , Duke of Edinburgh , landed . The Duke of Edinburgh met Kwame Nkrumah .",
                     ["Prince Philip", "Kwame Nkrumah"])
    people = cluster_people(doc, [], [])
    spans = peerage_spans(doc, words)
    assert spans == [(3, 6), (10, 13)]
    assert peerage_people(doc, spans, people) == []
    assert [[0, 2], [3, 6], [10, 13]] in [p["mentions"] for p in people]
    doc = people_doc(en_vocab, "The Queen and the Duke of Edinburgh met Boris Yeltsin .", ["Boris Yeltsin"])
    spans = peerage_spans(doc, words)
    found = peerage_people(doc, spans, cluster_people(doc, [], []))
    assert [(p["name"], p["styles"], p["mentions"]) for p in found] == [("Duke of Edinburgh", ["Duke"], [[4, 7]])]
    # a prince named in the article may be the peer: no person is made of the peerage
    doc = people_doc(en_vocab, "The Prince of Wales met Cyril Ramaphosa . Prince Charles spoke .",
                     ["Cyril Ramaphosa", "Prince Charles"])
    assert peerage_people(doc, peerage_spans(doc, words), cluster_people(doc, [], [])) == []
