"""Which entity of ``doc._.dip_entities`` a token stands for, and who a pronoun means.

The relation rules find argument tokens in the parse; this module turns an
argument into entity indices: the PERSON mentions inside its phrase, a
pronoun resolved to the people just named, or a role noun ("the president")
that only one person of the article holds.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from os.path import commonprefix

from spacy.tokens import Doc, Span, Token

from dipnlp.entities.links import after_styles
from dipnlp.entities.names_match import SPOUSE_NOUNS, fold, given_name_gender
from dipnlp.entities.titles import ROLE_PREPS, initials, titles_of

#: Child relations whose subtree is another clause or event, not part of a phrase's referent.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
#: Prepositions whose object is not part of the phrase that governs them.
FOREIGN_PREPS = frozenset({"with", "between", "among", "after", "before", "following", "since",
                           "against", "from", "during", "by", "alongside"})
SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "that", "which"})
#: Entity types of the nationality or country words before a role noun ("the North Korean leader").
PLACE_TYPES = frozenset({"NORP", "GPE", "VENUE", "LOC"})


@dataclass
class EntityIndex:
    """Token-to-entity lookup over ``doc._.dip_entities``.

    Parameters
    ----------
    doc : Doc
        A parsed document with ``doc._.dip_entities`` set.
    """

    doc: Doc
    role_kinds: dict[str, frozenset] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    roles: list[list[str]] = field(default_factory=list)
    countries: list[set[str]] = field(default_factory=list)
    starts: list[list[int]] = field(default_factory=list)
    by_token: dict[int, int] = field(default_factory=dict)
    gender_cues: dict[str, frozenset] = field(default_factory=dict)  # {"f": words, "m": words}
    genders: list[str | None] = field(default_factory=list)
    rank_modifiers: frozenset = frozenset()  # "deputy", "shadow": see role_holder
    country_names: dict[str, str] = field(default_factory=dict)  # see country_names()
    spouses: dict[int, int] = field(default_factory=dict)  # each person introduced as someone's wife or husband

    def __post_init__(self) -> None:
        entities = self.doc._.dip_entities or []
        for index, entity in enumerate(entities):
            self.labels.append(str(entity.get("label", "")))
            self.names.append(str(entity.get("name", "")))
            self.roles.append([str(r).lower() for r in titles_of(entity)])  # "the prince": a style too
            self.countries.append({self.country(o["country"]) for o in entity.get("role_orgs") or []
                                   if isinstance(o, dict) and o.get("country")})
            self.starts.append(sorted(int(start) for start, _ in entity.get("mentions") or []))
        acronyms = {initials(r) for i, roles in enumerate(self.roles) if self.labels[i] == "PERSON" for r in roles}
        for index, entity in enumerate(entities):
            name = self.names[index]
            if self.labels[index] != "PERSON" and name.isupper() and name.lower() in acronyms:
                continue  # "the EAM" tagged ORG: a role noun, for role_holder
            for start, end in entity.get("mentions") or []:
                for i in range(max(0, int(start)), min(len(self.doc), int(end))):
                    self.by_token.setdefault(i, index)
        for index, entity in enumerate(entities):
            if self.labels[index] == "PERSON":
                self.countries[index] |= self._of_places(entity.get("mentions") or [])
            self.genders.append(self._gender(entity.get("mentions") or []) if self.labels[index] == "PERSON" else None)
        for index, entity in enumerate(entities):
            partner = self._introduced_as_spouse(entity.get("mentions") or []) if self.labels[index] == "PERSON" else None
            if partner is not None and partner != index:
                self.spouses.setdefault(partner, index)
                self.spouses.setdefault(index, partner)

    @cached_property
    def title_tokens(self) -> frozenset[int] | None:
        """The tokens of the role titles the entity stage found (``Doc._.dip_titles``): "prime minister" of
        "The prime minister held talks", not "summit" of "The summit opened"; None for a Doc the entity
        stage did not see."""
        titles = self.doc._.dip_titles
        return None if titles is None else frozenset(i for t in titles for i in range(t["start"], t["end"]))

    @cached_property
    def role_vocabulary(self) -> frozenset[str]:
        """Every word of every role the article gives a person (:func:`role_words`)."""
        return frozenset(w for roles in self.roles for role in roles for w in role_words(role))

    def _word_before(self, start) -> Token | None:
        """The word just before a mention that starts at ``start``, punctuation passed over ("his wife, X")."""
        i = int(start) - 1
        while i >= 0 and self.doc[i].is_punct:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def _gender(self, mentions) -> str | None:
        """"f" or "m" when a word just before a mention says so ("his wife, X", "Mr X"), else None."""
        found = set()
        for start, _ in mentions:
            word = self._word_before(start)
            if word is not None:
                found |= {g for g, words in self.gender_cues.items() if word.lower_ in words}
        return found.pop() if len(found) == 1 else None

    def sex(self, person: int, mostly: bool = False) -> str | None:
        """"f" or "m" for a person: by a word before their name (see ``genders``), else by their given name
        (:func:`given_name_gender`, with its ``mostly``)."""
        return self.genders[person] or given_name_gender(self.names[person], mostly)

    def _introduced_as_spouse(self, mentions) -> int | None:
        """The person whose wife or husband a mention is introduced as: "X's wife, Y" is X's; "X, accompanied
        by his wife Y" and "X and his wife Y" are the person named last before "his" in the sentence."""
        for start, _ in mentions:
            noun = self._word_before(start)
            if noun is None or noun.lower_ not in SPOUSE_NOUNS:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            if owner.lower_ in SINGULAR_PRONOUNS:
                before = [t for t in self.doc[noun.sent.start:owner.i] if self.entity_of(t) is not None]
                owner = before[-1] if before else None
            partner = self.entity_of(owner) if owner is not None else None
            if partner is not None:
                return partner
        return None

    def other_gender(self, pronoun: str) -> list[int]:
        """The people a singular pronoun cannot stand for: women for "he", men for "she". For "she", a man
        is also one whose given name is a man's (:func:`given_name_gender`); for "he", a woman only by a
        word before her name, since the name dictionary takes some men's names for women's ("Salva
        Kiir")."""
        if pronoun in ("he", "him", "his", "himself"):
            return [i for i, g in enumerate(self.genders) if g == "f"]
        if pronoun in ("she", "her", "hers", "herself"):
            return [i for i, label in enumerate(self.labels) if label == "PERSON" and self.sex(i) == "m"]
        return []

    def _of_places(self, mentions) -> set[str]:
        """The places a person's name is followed by "of" ("President Xi Jinping of China")."""
        found = set()
        for _, end in mentions:
            words = self.doc[int(end): int(end) + 3]
            if len(words) >= 2 and words[0].lower_ == "of":
                place = self.by_token.get(words[2].i if words[1].lower_ == "the" and len(words) == 3 else words[1].i)
                if place is not None and self.labels[place] == "VENUE":
                    found.add(self.country(self.names[place]))
        return found

    def country(self, text: str) -> str:
        """A country or nationality named in ``text``, folded as :func:`country_key` does, under the one name
        of its country where the rule data knows it ("U.S.", "America" and "American" -> "unitedstates")."""
        key = country_key(text)
        return self.country_names.get(key, key)

    def nationality(self, noun: Token) -> str:
        """The country of the nationality words before a noun (see :meth:`country`), else ""."""
        key = nationality_words(noun)
        return self.country_names.get(key, key)

    def entity_of(self, token: Token, labels: tuple[str, ...] = ("PERSON",)) -> int | None:
        """Return the entity index of ``token`` when its label is one of ``labels``."""
        index = self.by_token.get(token.i)
        if index is None or self.labels[index] not in labels:
            return None
        return index

    def mentions_in(self, tokens, labels: tuple[str, ...]) -> list[int]:
        """Return the distinct entities of ``labels`` among ``tokens``, in text order."""
        found: list[int] = []
        for token in sorted(tokens, key=lambda t: t.i):
            index = self.entity_of(token, labels)
            if index is not None and index not in found:
                found.append(index)
        return found

    def role_holder(self, token: Token, exclude=()) -> int | None:
        """Return the person a definite role noun stands for ("the president", "the top US diplomat").

        Candidates are the people whose role ends with the noun's words ("the
        Prime Minister"); failing one, also those whose roles are of the noun's
        kind (``role_kinds``: "diplomat" covers foreign ministers and envoys).
        A nationality word keeps those of that country ("the Chinese leader").
        Of several, the one named most often before the noun wins, then the
        one named first (the article's protagonist). With none named before
        the noun, it is the only person the article has named so far, if no
        role is known for them and no country other than the noun's
        nationality ("Gordon Brown has urged ... The prime minister held
        talks"; "Narendra Modi chose Russia ... The Indian prime minister
        landed").
        """
        named = self.named_after_comma(token)
        if named is not None and named not in exclude:
            return named
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == "-" and not token.whitespace_:
            return None  # "vice" of "the vice-president": a part of the role word, not a role
        first = token  # "the Vice-Premier", which the parse may read as three subjects, "the" on "Vice"
        while first.i >= 2 and self.doc[first.i - 1].text == "-" and not self.doc[first.i - 1].whitespace_ \
                and not self.doc[first.i - 2].whitespace_ and self.doc[first.i - 2].is_alpha:
            first = self.doc[first.i - 2]
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") \
                or not any(c.lower_ == "the" for t in {first, token} for c in t.children):
            return None
        words = [c.lower_ for c in first.lefts if c.dep_ == "compound" and not c.ent_type_ and c.is_alpha] \
            + [t.lower_ for t in self.doc[first.i: token.i + 1] if t.is_alpha]
        said = {c.lower_ for t in {first, token} for c in t.lefts} | {t.lower_ for t in self.doc[first.i: token.i]}
        everyone = [i for i, label in enumerate(self.labels) if label == "PERSON" and self.holds_rank(i, said)]
        holders = [i for i in everyone if any(role_head(r)[-len(words):] == words for r in self.roles[i])]
        if not holders and token.text.isupper() and 2 <= len(token.text) <= 5:
            holders = [i for i in everyone if any(initials(r) == token.lower_ for r in self.roles[i])]  # "the EAM"
        nationality = self.nationality(token)
        if len(holders) == 1 and not nationality:  # the one holder, unless excluded ("X hosted the president")
            return holders[0] if holders[0] not in exclude else None
        people = [i for i in everyone if i not in exclude]
        holders = [i for i in holders if i not in exclude]
        kind = self.role_kinds.get(token.lower_, frozenset())
        holders += [i for i in self.of_kind(kind, people) if i not in holders]
        if nationality:
            holders = [i for i in holders if any(same_country(nationality, c) for c in self.countries[i])]
        named = self.most_named_before(holders, token)
        if named is not None:
            return named
        before = [i for i in people if self.starts[i] and self.starts[i][0] < token.i]
        if len(before) == 1 and not self.roles[before[0]] and self._may_be_of(before[0], nationality) \
                and not self._byline(before[0]) and (self.title_tokens is None or token.i in self.title_tokens):
            return before[0]  # "Gordon Brown has urged ... The prime minister held talks": the one person so far
        return None

    def of_kind(self, kind: frozenset, people: list[int]) -> list[int]:
        """Those of ``people`` with a role that has a word of ``kind`` ("pope" for "the pontiff")."""
        return [i for i in people if any(kind & set(own_words(r)) for r in self.roles[i])]

    def most_named_before(self, people: list[int], token: Token) -> int | None:
        """Of ``people``, the one named most often before ``token``, then the one named first; None if none
        of them is named before it."""
        named = [(sum(s < token.i for s in self.starts[i]), -self.starts[i][0], i)
                 for i in people if self.starts[i] and self.starts[i][0] < token.i]
        return max(named)[2] if named else None

    def _byline(self, person: int) -> bool:
        """Whether a person is first named in a line of their own, but for "by" and a date: a byline ("by
        Claire Vella", "By X | April 14, 2018"), the writer, whom no role noun of the story stands for."""
        first = self.doc[self.starts[person][0]]
        return all(self.by_token.get(t.i) == person or t.is_punct or t.is_space or t.like_num
                   or t.lower_ == "by" or t.ent_type_ == "DATE" for t in first.sent)

    def holds_rank(self, person: int, said: set[str]) -> bool:
        """Whether a person may hold a role noun whose modifiers are ``said``: not when all their roles
        are of a rank the noun does not say ("the foreign secretary" is not the shadow foreign
        secretary, "the president" not the vice-president). People with no known role may."""
        roles = self.roles[person]
        return not roles or any(not (set(role_words(r)) & self.rank_modifiers) - said for r in roles)

    def named_after_comma(self, token: Token) -> int | None:
        """The person named right after a role noun and a comma who holds that role: an appositive
        the parse missed ("talks with the vice-president, Han Zheng, at ...", "Han Zheng" parsed
        as a modifier of the verb), also after the role's "of" phrase ("led by a former head of state,
        Abdulsalami Abubakar"), past a form of address ("the President of FRELIMO, Mr Samora Machel")."""
        end = token.i
        if token.right_edge.i > token.i and self.doc[token.i + 1].lower_ == "of" \
                and not any(self.entity_of(t) is not None for t in self.doc[token.i + 1:token.right_edge.i + 1]):
            end = token.right_edge.i
        if token.pos_ not in ("NOUN", "PROPN") or end + 2 >= len(self.doc) or self.doc[end + 1].text != ",":
            return None
        after = after_styles(self.doc, end + 2)  # "the Minister of Foreign Affairs, Dr Mario Soares"
        if after >= len(self.doc):
            return None
        person = self.entity_of(self.doc[after])
        if person is None or after not in self.starts[person]:
            return None
        return person if any(token.lower_ in role_words(r) for r in self.roles[person]) else None

    def _may_be_of(self, person: int, nationality: str) -> bool:
        """Whether nothing known of ``person`` says they are not of ``nationality`` (no country known, or
        the same one)."""
        countries = self.countries[person]
        return not nationality or not countries or any(same_country(nationality, c) for c in countries)


def role_words(role: str) -> list[str]:
    """The words of a role, split at hyphens as the parse splits them ("president-elect")."""
    return role.replace("-", " ").split()


def role_head(role: str) -> list[str]:
    """The words of a role before its first preposition.

    >>> role_head("secretary of state"), role_head("prime minister"), role_head("president-elect")
    (['secretary'], ['prime', 'minister'], ['president', 'elect'])
    """
    words = role_words(role)
    cut = next((n for n, w in enumerate(words) if w in ROLE_PREPS), len(words))
    return words[:cut]


def own_words(role: str) -> list[str]:
    """The words of a role up to a prepositional phrase that names someone else's office.

    >>> own_words("official in the office of the president"), own_words("secretary of state")
    (['official'], ['secretary', 'of', 'state'])
    """
    words = role.split()
    cut = next((n for n, w in enumerate(words[:-1]) if w in ROLE_PREPS and words[n + 1] == "the"), len(words))
    return words[:cut]


#: The state's form before a country's short name ("Republic of India", "Kingdom of Saudi Arabia").
STATE_FORM = re.compile(r"^(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:republic|kingdom|state|sultanate|emirate|federation|"
                        r"commonwealth|principality|union)\s+of\s+(?:the\s+)?", re.IGNORECASE)


def country_key(text: str) -> str:
    """A country or nationality folded for comparison, without the state's form ("U.S." -> "us", "North Korean"
    -> "northkorean", "the Republic of India" -> "india").

    >>> country_key("the Republic of India"), country_key("Kingdom of Saudi Arabia"), country_key("U.S.")
    ('india', 'saudiarabia', 'us')
    """
    return "".join(ch for ch in STATE_FORM.sub("", text).lower() if ch.isalpha())


def country_names(places: dict[str, dict], nationalities: Iterable[dict]) -> dict[str, str]:
    """Folded names of countries and nationality words -> the folded name of their country: every form of a
    country the gazetteer knows ("USA", "United States of America"), and the nationality words that do not
    start with their country's name (``nationalities``: "American", "Dutch"), which :func:`same_country` cannot
    match."""
    names = {country_key(name): country_key(entry["place"]) for name, entry in places.items()
             if entry["kind"] == "country"}
    for record in nationalities:
        country = country_key(record["country"])
        names[country_key(record["name"])] = names.get(country, country)
    return names


def nationality_words(noun: Token) -> str:
    """The nationality or country words before a noun ("the North Korean leader" -> "northkorean")."""
    words = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in PLACE_TYPES]
    words = [w for c in words for w in list(c.lefts) + [c] if w.ent_type_ in PLACE_TYPES]
    return country_key(" ".join(w.text for w in sorted(words, key=lambda t: t.i)))


def same_country(a: str, b: str) -> bool:
    """Whether two folded country or nationality words name one country.

    They do when they are equal, or share a prefix of four letters or more that leaves at most two
    letters of the shorter one: a prefix ("russia", "russian") or two different last letters
    ("swedish", "sweden").

    >>> same_country("russian", "russia"), same_country("chinese", "china"), same_country("iraqi", "iran")
    (True, True, False)
    >>> same_country("swedish", "sweden"), same_country("austrian", "australia")
    (True, False)
    """
    if not a or not b:
        return False
    return a == b or len(commonprefix([a, b])) >= max(4, min(len(a), len(b)) - 2)


def phrase_tokens(token: Token) -> list[Token]:
    """Return the tokens of ``token``'s phrase without embedded clauses and foreign prepositions."""
    tokens, stack = [], [token]
    while stack:
        current = stack.pop()
        tokens.append(current)
        for child in current.children:
            if child.dep_ in CLAUSE_DEPS:
                continue
            if child.dep_ in ("prep", "agent") and child.lower_ in FOREIGN_PREPS or misplaced_appositive(child):
                continue
            stack.append(child)
    return tokens


def misplaced_appositive(token: Token) -> bool:
    """Whether ``token`` is an appositive the parse hung on a personal pronoun it does not follow: in "He
    was received by President Y, the Foreign Minister, Mr Z," Z is not "He". One right after the pronoun
    stays ("They - X and Y - met")."""
    head = token.head
    return token.dep_ == "appos" and head.tag_ == "PRP" and token.left_edge.i > head.i + 2


#: Prepositions after a common noun that name someone else than the phrase's referent ("adviser to X").
RELATION_PREPS = frozenset({"to", "of", "for"})


#: Words that make "with" a companion's preposition ("X, along with Y, flew"; "X, together with Y, met Z").
COMPANION_WITH = frozenset({"along", "together"})


def companions(index: EntityIndex, token: Token) -> list[int]:
    """Return the people a phrase adds as companions of its head: "X, along with Y", "X, together with Y"
    (Y does what X does). ``phrase_people`` leaves "with" phrases out, as they name someone else."""
    found = []
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in COMPANION_WITH:
            withs = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
        elif prep.lower_ == "with" and any(c.lower_ in COMPANION_WITH for c in prep.children if c.dep_ == "advmod"):
            withs = [prep]
        else:
            continue
        found += [p for w in withs for obj in w.children if obj.dep_ == "pobj"
                  for p in index.mentions_in(obj.subtree, ("PERSON",)) if p not in found]
    return found


def family(index: EntityIndex, token: Token) -> list[int]:
    """The people a family name in the plural stands for: "the Clintons" are the persons of the article
    whose name ends with Clinton (Bill and Hillary Rodham Clinton), those named before it when there are
    any ("the Carters" arrived before the President's mother, Lillian Carter, comes up)."""
    if token.tag_ != "NNPS" or not token.lower_.endswith("s") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    word = token.lower_
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}  # "the Joneses"
    members = [i for i, name in enumerate(index.names)
               if index.labels[i] == "PERSON" and name.split() and fold(name.split()[-1]) in stems]
    named_before = [i for i in members if index.starts[i] and index.starts[i][0] < token.i]
    return named_before or members


def phrase_people(index: EntityIndex, token: Token) -> list[int]:
    """Return the people a noun phrase names, leaving out those it names only to describe another.

    In "Jared Kushner, senior adviser to President Donald Trump" the phrase is
    Kushner; Trump is named through "adviser to". A person named only inside
    such a prepositional phrase of an appositive common noun, or as the
    possessor of a common noun with an appositive ("Biden's adviser, Jake
    Sullivan"), or only as the modifier of a plural noun ("Putin aides"), is
    dropped when the phrase names somebody outside it; "the chief of staff,
    Im" keeps Im.
    """
    tokens = phrase_tokens(token)
    inner: set[int] = set()
    for current in tokens:
        if current.pos_ != "NOUN":
            continue
        for child in current.lefts:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and current.tag_ == "NNS":
                inner.update(t.i for t in child.subtree)  # "Putin aides", "Bollywood stars": not the person
        for child in current.children:
            if current.dep_ == "appos" and child.dep_ == "prep" and child.lower_ in RELATION_PREPS:
                inner.update(t.i for t in child.subtree)
            elif child.dep_ == "poss" and any(c.dep_ == "appos" for c in current.children):
                inner.update(t.i for t in child.subtree)  # "Thuong's predecessor, Nguyen Xuan Phuc"
    people = index.mentions_in(tokens, ("PERSON",))
    if not inner:
        return people
    outside = index.mentions_in([t for t in tokens if t.i not in inner], ("PERSON",))
    return outside or people


#: Prepositions that name a person only for comparison ("the first leader since X", "more than Y").
COMPARISON_PREPS = frozenset({"since", "than", "like", "unlike", "as"})


def acting_people(index: EntityIndex, sent: Span, speech_verbs: frozenset) -> list[int]:
    """The people a sentence names, in order, leaving out those named only inside the description of
    another person ("Sanchez, the first leader to visit Morocco since Felipe Gonzalez"), for
    comparison, or as the reporter of what it says ("Sanchez said Y would host the visit")."""
    speakers = _speakers(index, sent, speech_verbs)
    found: list[int] = []
    for token in sent:
        person = index.entity_of(token)
        if person is None or index.entity_of(token.head) == person and token.head.i != token.i:
            continue  # not a person, or not the root of the name
        if person not in found and person not in speakers and not _described_only(index, token, person):
            found.append(person)
    return found


def _described_only(index: EntityIndex, token: Token, person: int) -> bool:
    """Whether a name stands under another person's appositive or relative clause, or a comparison."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ in COMPARISON_PREPS:
            return True
        owner = index.entity_of(ancestor.head)
        if ancestor.dep_ in ("appos", "relcl") and owner is not None and owner != person:
            return True
    return False


def _speakers(index: EntityIndex, sent: Span, verbs: frozenset) -> set[int]:
    """The people who only report in a sentence: subjects of a speech verb that names no person as
    its object ("Presidential Aide Yuri Ushakov told reporters")."""
    found = set()
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if any(index.mentions_in(o.subtree, ("PERSON",)) for o in objects):
            continue  # "Kishida told Yoon at the start of the talks": a word face to face
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            found.update(index.mentions_in(subject.subtree, ("PERSON",)))
    return found
