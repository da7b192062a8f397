"""Find role titles in a Doc: "U.S. Secretary of State", "North Korean leader", "top nuclear negotiators".

A title is a head phrase from the ``roles`` table, widened to the left over
modifier words ("Deputy", "top", "nuclear") and to the right over its domain
("Special Representative for North Korea"). A nationality, country or
organisation just before it is kept apart as the title's qualifier: the role
of "U.S. Secretary of State Mike Pompeo" is "Secretary of State", of the
United States.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dipnlp.entities.names_match import fold, style_length

QUALIFIER_LABELS = {"NORP", "GPE", "ORG", "LOC", "FAC", "VENUE"}
DOMAIN_LABELS = {"GPE", "ORG", "LOC", "NORP", "FAC", "VENUE"}
POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass
class Title:
    """A role title found in a Doc (token offsets, end exclusive)."""

    start: int
    end: int
    head: str  # the lexicon entry that matched
    before_name: bool
    qualifier: tuple[int, int] | None = None
    core_end: int | None = None  # end of the title proper, before its domain ("for North Korea")
    in_name: bool = False  # part of the name before a single name ("King Salman", "Pope Francis")
    address: bool = False  # a form of address, not an office ("Sheikh", "Prince"): a style of the person
    generic: bool = False  # names no particular office ("leader", "official")
    posted: bool = False  # an envoy's: "in X" says where they serve, and is no part of the role

    def record(self) -> dict:
        """The title as plain data, for ``Doc._.dip_titles``."""
        return {"start": self.start, "end": self.end, "core_end": self.core_end, "head": self.head,
                "before_name": self.before_name, "in_name": self.in_name, "address": self.address,
                "generic": self.generic, "posted": self.posted,
                "qualifier": list(self.qualifier) if self.qualifier else None}

    @classmethod
    def from_record(cls, record: dict) -> "Title":
        """The title of a :meth:`record`."""
        qualifier = record.get("qualifier")
        return cls(record["start"], record["end"], record["head"], record["before_name"],
                   qualifier=tuple(qualifier) if qualifier else None, core_end=record.get("core_end"),
                   in_name=record.get("in_name", False), address=record.get("address", False),
                   generic=record.get("generic", False), posted=record.get("posted", False))

    def text(self, doc: Doc) -> str:
        """The role in the article's words, plural heads made singular ("Sens." is "Sen.")."""
        end = self.end
        if self.posted and self.core_end and self.core_end < end and doc[self.core_end].lower_ == "in":
            end = self.core_end  # "High Commissioner in Colombo": a High Commissioner
        last = doc[end - 1]
        text = doc[self.start:end].text
        if self.head.endswith("s.") and text.lower().endswith(self.head):
            return text[:-2] + "."  # a plural abbreviation
        if last.tag_ in {"NNS", "NNPS"} and last.lemma_ and last.lemma_.lower() != last.lower_:
            lemma = last.lemma_ if last.text.islower() else last.lemma_.capitalize()
            text = text[: len(text) - len(last.text)] + lemma
        return text


def titles_of(person: dict) -> list[str]:
    """A person record's roles and styles (see ``dip_entities``): every title the article gives them."""
    return [*(person.get("roles") or []), *(person.get("styles") or [])]


#: Prepositions that end the head of a role ("Secretary of State" -> "secretary").
ROLE_PREPS = frozenset({"of", "for", "to", "in", "at", "on", "with"})


def initials(role: str) -> str:
    """The acronym of a role, short words aside.

    >>> initials("external affairs minister"), initials("secretary of state")
    ('eam', 'ss')
    """
    return "".join(w[0] for w in role.split() if w not in ROLE_PREPS and w not in ("the", "and", "a", "an"))


def other_offices(mine: list[str], theirs: list[str]) -> bool:
    """Whether two lists of role texts both name something and have nothing in common: no word, and
    neither is the other's initials ("PM" is "Prime Minister").

    >>> other_offices(["President"], ["State Department spokesman"]), other_offices(["PM"], ["Prime Minister"])
    (True, False)
    """
    a, b = [fold(r) for r in mine], [fold(r) for r in theirs]
    if not a or not b:
        return False
    words_a, words_b = {w for r in a for w in r.split()}, {w for r in b for w in r.split()}
    return not (words_a & words_b or set(a) & {initials(r) for r in b} or set(b) & {initials(r) for r in a})


def plural_forms(title: str) -> list[str]:
    """The title and its plural ("negotiator" -> "negotiators", "secretary" -> "secretaries")."""
    words = title.split()
    last = words[-1]
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [title, " ".join(words[:-1] + [plural])]


def extend_left(doc: Doc, start: int, modifiers: set[str]) -> int:
    """Widen a title to the left over modifier words, two of them joined by "and" ("Mines and Energy
    Minister"), and over a short country name between modifiers ("Special US Representative")."""
    while start > 0:
        prev = doc[start - 1]
        if prev.lower_ in modifiers or (prev.text == "-" and start > 1 and doc[start - 2].lower_ in modifiers):
            start -= 1
        elif prev.lower_ == "and" and start > 1 and doc[start - 2].lower_ in modifiers \
                and doc[start].lower_ in modifiers:
            start -= 2  # "Mines and Energy Minister": two briefs
        elif prev.ent_type_ in {"GPE", "NORP"} and prev.ent_iob_ == "B" and start > 1 \
                and doc[start - 2].lower_ in modifiers and doc[start - 2].ent_type_ in {"", prev.ent_type_, "ORG"}:
            start -= 2
        else:
            break
    return start


def extend_right(doc: Doc, end: int, takes: list[str], places: frozenset = frozenset(),
                 portfolio: frozenset = frozenset(), heads: frozenset = frozenset()) -> int:
    """Widen a title over its domains: "for North Korea", "of Foreign Affairs", "to France", one after
    another ("Minister of State for Railways and Textiles"). ``portfolio`` are the words of a minister's
    brief ("economy", "trade"): a list of them may run on over commas, and a name after the last one is
    no more of the domain; ``heads`` are the head words of organisations and venues, which no name has."""
    while True:
        domain_end = _domain_end(doc, end, takes, places, portfolio, heads)
        if domain_end == end:
            return end
        end = domain_end


def _domain_end(doc: Doc, end: int, takes: list[str], places: frozenset,
                portfolio: frozenset = frozenset(), heads: frozenset = frozenset()) -> int:
    """The end of the one domain that starts at ``end`` with a preposition of ``takes``, else ``end``."""
    more_portfolio = 0 < end < len(doc) - 1 and doc[end - 1].lower_ in portfolio and doc[end].lower_ == "and" \
        and doc[end + 1].is_title and doc[end + 1].lower_ in portfolio  # "Minister of Foreign Affairs| and Trade"
    if end >= len(doc) or (doc[end].lower_ not in takes and not more_portfolio):
        return end
    i = end + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    j = i
    while j < len(doc) and doc[j].ent_type_ != "PERSON" and not name_after_country(doc, j, places) \
            and not doc[j].is_space and not style_length([t.lower_ for t in doc[j:j + 2]]) and (
        doc[j].ent_type_ in DOMAIN_LABELS or (doc[j].is_title and doc[j].pos_ in {"PROPN", "NOUN", "ADJ"})
            or (doc[j].lower_ in {"and", "of"} and j + 1 < len(doc) and doc[j + 1].is_title and j > i)
            or (doc[j].text == "," and j > i and doc[j - 1].lower_ in portfolio
                and j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].lower_ in portfolio)):
        j += 1
    j = name_after_portfolio(doc, i, j, portfolio | heads, places)
    while j > i and (doc[j - 1].lower_ in {"and", "of"} or doc[j - 1].text in POSSESSIVE):
        j -= 1
    return j if j > i else end


#: The words a name after a title's domain may have ("Tran Tuan Anh").
NAME_WORDS = range(2, 4)


def name_after_portfolio(doc: Doc, start: int, end: int, portfolio: frozenset,
                         places: frozenset = frozenset()) -> int:
    """Where a name begins inside the domain ``doc[start:end]``: right after a word of ``portfolio``, a run
    of two or three capitalised words that are neither such words nor part of a nationality or a known
    place ("Minister of Economy, Trade and Industry Hiroshige Seko", "Director of National Intelligence
    Avril Haines"); else ``end``. ``portfolio`` holds the words of a brief and the head words of
    organisations ("the State Atomic Energy Corporation Rosatom" has no name)."""
    def shaped(t) -> bool:
        return t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in portfolio

    starts = [k for k in range(start + 1, end - 1) if doc[k - 1].lower_ in portfolio and shaped(doc[k])]
    if not starts:
        return end
    in_places = {i for e in doc.ents if e.label_ == "NORP" or e.text in places for i in range(e.start, e.end)}

    def name_word(t) -> bool:
        return shaped(t) and t.i not in in_places

    for k in starts:
        if not name_word(doc[k]):
            continue
        run = k
        while run < end and name_word(doc[run]):
            run += 1
        followed = run < len(doc) and (doc[run].ent_type_ == "PERSON" or doc[run].is_title
                                       or doc[run].lower_ in {"of", "for", "'s", "’s"})
        if run - k in NAME_WORDS and not followed:  # "Grand Mosque Centre Yousif Al Obaidli": the name follows
            return k
    return end


#: A name written after an initial of one or two letters and a dot, unspaced, as Mongolian news writes
#: names ("Ts.Elbegdorj", "Kh.Bolormaa", "N.Altankhuyag"): one token, which the tokenizer would split
#: after a lowercase letter and the parser then takes for the end of a sentence. "Mr.Smith" and the
#: like keep their split.
INITIAL_AND_NAME = re.compile(r"^(?!(?:Mr|Ms|Dr|St|Mt|Jr|Sr|Lt|No|Co|Gen|Sen|Rep|Gov)\.)[A-Z][a-z]?\.[A-Z][a-z]{2,}"
                              r"(?:-[A-Z][a-z]+)?$")

#: The most words a gazetteer place name may have ("Bosnia and Herzegovina").
MAX_PLACE_TOKENS = 4


def name_after_country(doc: Doc, j: int, places: frozenset = frozenset()) -> bool:
    """Whether a country or organisation ends just before ``j`` (tagged by the model, or a known place
    of ``places``) and an untagged run of two or more proper nouns starts there: a name, not
    more of the title's domain ("President of the Republic of Korea Yoon Suk Yeol", "Secretary-General
    of the League of Arab States Ahmed Aboul Gheit", "Chancellor of Germany Olaf Scholz")."""
    if j == 0 or doc[j].ent_iob_ != "O":
        return False
    tagged = doc[j - 1].ent_type_ in ("GPE", "ORG") and doc[j - 1].ent_iob_ != "O"
    if not tagged and not any(doc[k:j].text in places for k in range(max(0, j - MAX_PLACE_TOKENS), j)):
        return False
    run = 0
    while j + run < len(doc) and doc[j + run].ent_iob_ == "O" and doc[j + run].pos_ == "PROPN" \
            and doc[j + run].is_title:
        run += 1
    return run >= 2 or run == 1 and bool(INITIAL_AND_NAME.match(doc[j].text))  # "President of Mongolia U.Khurelsukh"


def find_qualifier(doc: Doc, start: int) -> tuple[int, int] | None:
    """A nationality, country or organisation just before a title (possessive allowed)."""
    i = start
    if i > 0 and doc[i - 1].text in POSSESSIVE:
        i -= 1
    if i == 0 or doc[i - 1].ent_type_ not in QUALIFIER_LABELS:
        return None
    end = i
    while i > 0 and doc[i - 1].ent_type_ in QUALIFIER_LABELS and doc[i - 1].ent_iob_ != "O":
        i -= 1
        if doc[i].ent_iob_ == "B":
            break
    return (i, end)


#: Words that join a given name to a father's name ("Sultan bin Ahmed", "Amir ibn Saud").
PATRONYMIC = frozenset({"bin", "bint", "ibn"})


def find_titles(doc: Doc, matcher, lexicon: dict[str, dict], modifiers: set[str],
                places: frozenset = frozenset(), portfolio: frozenset = frozenset(),
                heads: frozenset = frozenset()) -> list[Title]:
    """All role titles of a Doc, longest first where matches overlap, in text order; ``places`` are the
    known place names and ``portfolio`` the words of a minister's brief, after which a title's domain
    ends before a name; ``heads`` the head words of organisations and venues, which are no name. The
    qualifiers are the caller's to find (:func:`find_qualifier`) once the entities around the titles are
    final."""
    found = []
    for match_id, start, end in matcher(doc):
        entry = lexicon[doc.vocab.strings[match_id]]
        found.append((start, end, entry))
    found.sort(key=lambda m: (m[0] - m[1], -m[0]))  # longest first, then the rightmost (the head)
    taken: set[int] = set()
    titles = []
    for start, end, entry in found:
        if taken.intersection(range(start, end)):
            continue
        if end < len(doc) and doc[end].text in PATRONYMIC:
            continue  # "Dr. Sultan bin Ahmed Al Jaber": a given name; a title is followed by a name first
        if any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
            continue  # "Fujisaki heads to Lexington", "will chair the meeting": a verb, no title
        core_end = end
        end = extend_right(doc, end, entry["takes"], places, portfolio, heads)
        start = extend_left(doc, start, modifiers)
        if taken.intersection(range(start, end)) and not taken.intersection(range(start, core_end)):
            end = min(t for t in taken if core_end <= t < end)  # its domain runs into another title: up to it
            while end > core_end and doc[end - 1].lower_ in ("the", "of", "for", "to", "and"):
                end -= 1
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        titles.append(Title(start, end, entry["title"], entry["before_name"], core_end=core_end,
                            in_name=entry.get("in_name", False), address=entry.get("address", False),
                            generic=entry.get("generic", False), posted=entry.get("posted", False)))
    return sorted(titles, key=lambda t: t.start)


def title_spans(doc: Doc, titles: list[Title]) -> list[Span]:
    return [Span(doc, t.start, t.end, label="ROLE") for t in titles]
