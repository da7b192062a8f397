"""dip_entities' people clusters on hand-built Docs: which person a one-word mention is."""
from __future__ import annotations

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
