"""dip_entities' people clusters on hand-built Docs: which person a one-word mention is."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dipnlp.entities.clusters import cluster_people


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
