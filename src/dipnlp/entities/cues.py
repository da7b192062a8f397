"""Cue words of entity types (the ``entity_cues`` table) and the tests built on them.

>>> cues = load_cues([{"class": "org_head", "words": ["council"]}, {"class": "venue_head", "words": ["palace"]}])
>>> name_head(["Gulf", "Cooperation", "Council"]), name_head(["Palais", "des", "Nations"])
('council', 'palais')
>>> head_label(["Palace", "of", "the", "Revolution"], cues), head_label(["Gulf", "Cooperation", "Council"], cues)
('VENUE', 'ORG')
>>> sorted(demonym_forms(["Kuwait", "Kazakhstan", "India"]) & {"Kuwaiti", "Kazakh", "Indian"})
['Indian', 'Kazakh', 'Kuwaiti']
>>> sorted(demonym_forms(country for country in ["Japan", "Jordan"]) & {"Japan", "Jordan", "Japanese", "Jordanian"})
['Japanese', 'Jordanian']
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

CUE_CLASSES = ("org_head", "venue_head", "venue_lead", "venue_noun", "org_noun", "speech_verb", "post_verb",
               "staff_noun", "name_particle", "motion_verb", "place_noun", "settlement_noun", "meeting_word",
               "portfolio_word", "document_head")
# words that open the domain of a name ("Palace of the Revolution", "Palais des Nations")
OF_WORDS = {"of", "for", "de", "des", "del", "du", "della", "di", "do", "da"}
DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i", "ish", "ic")


def load_cues(records: Iterable[dict]) -> dict[str, frozenset[str]]:
    """Cue classes from ``{"class", "words"}`` records; several records may add to one class."""
    cues: dict[str, set[str]] = {name: set() for name in CUE_CLASSES}
    for record in records:
        cues.setdefault(record["class"], set()).update(w.lower() for w in record["words"])
    return {name: frozenset(words) for name, words in cues.items()}


def name_head(words: Sequence[str]) -> str:
    """The head word of a name, lower-cased: the word before its domain ("of ..."), else the last word."""
    for i, word in enumerate(words):
        if i > 0 and word.lower() in OF_WORDS:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


def head_label(words: Sequence[str], cues: dict[str, frozenset[str]]) -> str | None:
    """ORG or VENUE when the name's head word is an organisation or a venue cue; None otherwise.

    A name whose first word is a venue cue and which has a domain is a venue ("Palais des Nations").
    """
    head = name_head(words)
    if head in cues["org_head"]:
        return "ORG"
    if head in cues["venue_head"]:
        return "VENUE"
    return None


def demonym_forms(countries: Iterable[str]) -> set[str]:
    """Nationality adjectives derived from country names ("Kuwaiti", "Indian", "Kazakh"; of a name of several
    words, from its last word: "Sri Lankan", "South Korean")."""
    countries = set(countries)  # a generator would be spent before the countries are taken out
    forms = set()
    for country in countries:
        if " " in country:
            prefix, _, last = country.rpartition(" ")
            forms.update(f"{prefix} {form}" for form in demonym_forms([last]) if form[:1].isupper())
            continue
        if len(country) < 4:
            continue
        stems = {country, country[:-1]}
        if country.endswith("stan"):  # "Kazakh", "Afghan", "Uzbek"
            forms.update({country[:-4], country[:-5]})
        for stem in stems:
            if len(stem) >= 4:
                forms.update(stem + suffix for suffix in DEMONYM_SUFFIXES)
        forms.add(country[:-1])  # "German" (Germany), "Philippine" (Philippines)
    return forms - set(countries)
