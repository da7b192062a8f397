"""One name and one id per entity across a corpus.

People are joined across articles when their full names are spellings of one
name (``same_person``: transliteration, hyphens, nicknames, middle names); a
person named by one word only in an article joins the single corpus person whose
full name has that word first or last, never one that the article tells apart by
their roles or, for a name the article gives with a form of address ("Mrs
Muldoon" beside "Mr R. D. Muldoon"), from anyone else it names. A user's list of known people
(``{"name": ..., "aliases": [...]}`` per line) fixes names and joins forms the
rules cannot. The canonical name is the fullest form (the most name words, not
counting initials: "Recep Tayyip Erdogan" over "Tayyip Erdogan", "Subrahmanyam
Jaishankar" over "S. Jaishankar"; middle names added to a shorter form do not
count: "Hillary Rodham Clinton" is as full as "Hillary Clinton"); among equally
full forms, the one most articles use, then the plainest spelling (fewest hyphens, then shortest:
"Zelensky" over "Zelenskyy", "Kim Yong Chol" over "Kim Yong-chol").
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from dipnlp.entities.names_match import (NAME_TITLES, RANKS, address_gender, fold, is_address_word, name_key,
                                         same_person, without_rank)
from dipnlp.entities.titles import other_offices


#: How many times more articles a person must be named in to own a bare surname shared with others.
DOMINANT = 3


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "x"


def read_known_people(path: str | Path) -> list[dict]:
    """Read ``{"name": str, "aliases": [str]}`` records, one per line."""
    people = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record, dict) or not isinstance(record.get("name"), str):
            raise ValueError(f"{path}, line {number}: a record needs a string 'name'")
        people.append({"name": record["name"], "aliases": [str(a) for a in record.get("aliases", [])]})
    return people


class PersonIndex:
    """Groups of person names that are one person, built up over a corpus."""

    def __init__(self, known: Iterable[dict] = ()):
        self.groups: list[dict] = []  # {"keys": [key], "forms": Counter, "known": name|None}
        self.by_form: dict[tuple[str, ...], int] = {}
        for person in known:
            group = self._new(person["name"])
            for form in [person["name"], *person["aliases"]]:
                self.by_form[name_key(form)] = group
                self.groups[group]["keys"].append(name_key(form))

    def _new(self, known: str | None = None) -> int:
        self.groups.append({"keys": [], "forms": Counter(), "latest": {}, "known": known})
        return len(self.groups) - 1

    def find(self, key: tuple[str, ...]) -> int | None:
        if key in self.by_form:
            return self.by_form[key]
        if len(key) < 2:
            return None
        return next((i for i, g in enumerate(self.groups) if any(same_person(key, k) for k in g["keys"])), None)

    def add(self, forms: list[str], date: str | None = None) -> int | None:
        """Register one article's person by its written forms and the article's date; None if it has no
        full name."""
        full = [f for f in forms if len(name_key(f)) > 1 and title_alone(f) is None]
        if not full:
            return None
        group = next((g for g in (self.find(name_key(f)) for f in forms) if g is not None), None)
        if group is None:
            group = self._new()
        for form in full:
            key = name_key(form)
            self.by_form.setdefault(key, group)
            if key not in self.groups[group]["keys"]:
                self.groups[group]["keys"].append(key)
        form = plain(max(full, key=lambda f: (fullness(f), not ranked(f), len(name_key(f)))))
        self.groups[group]["forms"][form] += 1
        latest = self.groups[group]["latest"]
        latest[form] = max(latest.get(form, ""), date or "")
        return group

    def by_title(self, title: str) -> int | None:
        """The group with a full name that opens with ``title`` ("the Queen": Queen Elizabeth II, named in
        full in another article): the only one, or the one named in more articles than any other; else
        None."""
        hits = {i for i, g in enumerate(self.groups) for k in g["keys"] if len(k) > 1 and k[0] == title}
        articles = self._by_articles(hits)
        if len(articles) == 1 or len(articles) >= 2 and articles[0][0] > articles[1][0]:
            return articles[0][1]
        return None

    def by_word(self, word: str, taken: frozenset = frozenset()) -> int | None:
        """The group whose full names have ``word`` first or last: the only one, or one that the
        corpus names in at least three times as many articles as any other ("Trump": Donald, not Melania).
        None when one of them is in ``taken``: another person of the same article, which tells the two apart
        ("President Carter" and "Hodding Carter": roles with nothing in common, see
        :func:`dipnlp.entities.titles.other_offices`)."""
        hits = {i for i, g in enumerate(self.groups) for k in g["keys"] if len(k) > 1 and word in (k[0], k[-1])}
        if not hits and len(word) >= 4:  # a name known by a middle word ("Lula")
            hits = {i for i, g in enumerate(self.groups) for k in g["keys"] if word in k[1:-1]}
        if hits & taken:
            return None
        if len(hits) == 1:
            return hits.pop()
        articles = self._by_articles(hits)
        if len(articles) >= 2 and articles[0][0] >= DOMINANT * articles[1][0]:
            return articles[0][1]
        return None

    def _by_articles(self, groups: set[int]) -> list[tuple[int, int]]:
        """(articles, group) of ``groups``, the group named in most articles first."""
        return sorted(((sum(self.groups[i]["forms"].values()), i) for i in groups), reverse=True)

    def name(self, group: int) -> str:
        g = self.groups[group]
        if g["known"]:
            return g["known"]
        forms, latest = g["forms"], g["latest"]
        # the fullest name, in the most articles; among spellings of one length, that of the latest year
        # ("Shahbaz" in 2015, "Shehbaz" in 2024: transliterations settle over years, not over weeks), and
        # within a year the first seen. A form that only adds middle names to another ("Hillary Rodham
        # Clinton", "Hillary Clinton") is no fuller than it.
        keys = {form: name_key(form) for form in forms}
        full = {form: min([fullness(form)] + [fullness(other) for other in forms
                                              if adds_middle_names(keys[form], keys[other])]) for form in forms}
        return max(forms, key=lambda form: (full[form], not ranked(form), forms[form], -form.count("-"),
                                            -len(form), latest.get(form, "")[:4]))


def title_alone(name: str) -> str | None:
    """The title of a person the article names by it alone ("the Queen": "queen"; see
    :func:`dipnlp.entities.clusters.unnamed_sovereigns`), else None."""
    key = name_key(name)
    return key[1] if len(key) == 2 and key[0] == "the" and key[1] in RANKS | NAME_TITLES else None


def adds_middle_names(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether a name is another with middle names added: same first and last word, the other's words
    in order ("hillary rodham clinton" over "hillary clinton"; not "recep tayyip erdogan" over
    "tayyip erdogan", whose first word differs).

    >>> adds_middle_names(("hillary", "rodham", "clinton"), ("hillary", "clinton"))
    True
    >>> adds_middle_names(("recep", "tayyip", "erdogan"), ("tayyip", "erdogan"))
    False
    """
    if len(shorter) < 2 or len(longer) <= len(shorter) or longer[0] != shorter[0] or longer[-1] != shorter[-1]:
        return False
    words = iter(longer)
    return all(word in words for word in shorter)


def ranked(name: str) -> bool:
    """Whether a name starts with a rank ("Prince Faisal bin Farhan")."""
    key = name_key(name)
    return without_rank(key) != key


def plain(name: str) -> str:
    """A name without a leading honorific, and without a leading rank when three or more name words
    follow ("Sheikh Tamim bin Hamad Al Thani")."""
    words = name.split(None, 1)
    if len(words) == 2 and is_address_word(words[0]):
        return plain(words[1])  # "Shri Narendra Modi", "Mr. Lavrov"
    return words[1] if ranked(name) and fullness(name) >= 3 else name


def fullness(name: str) -> int:
    """The number of words of a name that are not initials, up to a second "bin"/"ibn": a longer
    patronymic chain ("Mohammed bin Salman bin Abdulaziz Al Saud") is no fuller a name."""
    words = list(without_rank(name_key(name)))
    links = [i for i, word in enumerate(words) if word in ("bin", "ibn")]
    if len(links) >= 2:
        words = words[:links[1]]
    return sum(1 for word in words if len(word) > 1)


def canonicalize(records: list[dict], known_people: Iterable[dict] = ()) -> None:
    """Give every entity of the records its corpus-wide ``name`` and ``id``, in place."""
    index = PersonIndex(known_people)
    owners: dict[tuple[int, int], int] = {}
    people = [(r, e) for r, rec in enumerate(records) for e, ent in enumerate(rec["entities"])
              if ent["label"] == "PERSON"]
    for r, e in people:
        ent = records[r]["entities"][e]
        group = index.add([ent["name"], *ent["aliases"]], records[r].get("date"))
        if group is not None:
            owners[(r, e)] = group
    for r, e in people:
        if (r, e) not in owners:
            key = name_key(records[r]["entities"][e]["name"])
            title = title_alone(records[r]["entities"][e]["name"])
            group = index.by_title(title) if title else index.find(key) if key else None
            if group is None and len(key) == 1:
                roles = records[r]["entities"][e].get("roles", [])
                addressed = address_gender(records[r]["entities"][e]["name"].split()[0])
                apart = frozenset(owners[(r, e2)] for e2, other in enumerate(records[r]["entities"])
                                  if (r, e2) in owners and (addressed or other_offices(roles, other.get("roles", []))))
                # not a person the article tells apart, by roles or by a form of address ("Mrs Muldoon")
                group = index.by_word(key[0], apart)
            if group is not None:
                owners[(r, e)] = group
    for r, rec in enumerate(records):
        renamed = {}
        for e, ent in enumerate(rec["entities"]):
            old = ent["name"]
            if (r, e) in owners:
                ent["name"] = index.name(owners[(r, e)])
            if ent["name"] != old:
                renamed[old] = ent["name"]
                if old not in ent["aliases"]:
                    ent["aliases"].insert(0, old)
                ent["aliases"] = [a for a in ent["aliases"] if a != ent["name"]]
            prefix = {"PERSON": "person", "ORG": "org", "VENUE": "venue"}.get(ent["label"], "entity")
            ent["id"] = f"{prefix}:{slug(ent['name'])}"
        rename_relations(rec, renamed)
        merge_same_named(rec)


def rename_relations(record: dict, renamed: dict[str, str]) -> None:
    if not renamed:
        return
    for meeting in record["meetings"]:
        meeting["sides"] = [[renamed.get(n, n) for n in side] for side in meeting.get("sides", [])]
        meeting["participants"] = list(dict.fromkeys(renamed.get(n, n) for n in meeting["participants"]))
    for travel in record["travels"]:
        travel["traveler"] = renamed.get(travel["traveler"], travel["traveler"])


def merge_same_named(record: dict) -> None:
    """Two entities of one article that now share an id become one."""
    merged: dict[str, dict] = {}
    for ent in record["entities"]:
        first = merged.setdefault(ent["id"], ent)
        if first is ent:
            continue
        for key in ("aliases", "roles", "role_orgs"):
            for item in ent.get(key, []):
                if item not in first.setdefault(key, []) and item != first["name"]:
                    first[key].append(item)
        first["mentions"] = sorted(first["mentions"] + ent["mentions"], key=lambda m: m["start"])
    record["entities"] = list(merged.values())
