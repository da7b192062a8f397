"""Which entity of ``doc._.dip_entities`` a token stands for, and who a pronoun means.

The relation rules find argument tokens in the parse; this module turns an
argument into entity indices: the PERSON mentions inside its phrase, a
pronoun resolved to the people just named, or a role noun ("the president")
that only one person of the article holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

#: Child relations whose subtree is another clause or event, not part of a phrase's referent.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
#: Prepositions whose object is not part of the phrase that governs them.
FOREIGN_PREPS = frozenset({"with", "between", "among", "after", "before", "following", "since",
                           "against", "from", "during", "by", "alongside"})
SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "that", "which"})


@dataclass
class EntityIndex:
    """Token-to-entity lookup over ``doc._.dip_entities``.

    Parameters
    ----------
    doc : Doc
        A parsed document with ``doc._.dip_entities`` set.
    """

    doc: Doc
    labels: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    roles: list[list[str]] = field(default_factory=list)
    by_token: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        entities = self.doc._.dip_entities or []
        for index, entity in enumerate(entities):
            self.labels.append(str(entity.get("label", "")))
            self.names.append(str(entity.get("name", "")))
            self.roles.append([str(r).lower() for r in entity.get("roles") or []])
            for start, end in entity.get("mentions") or []:
                for i in range(max(0, int(start)), min(len(self.doc), int(end))):
                    self.by_token.setdefault(i, index)

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

    def role_holder(self, token: Token) -> int | None:
        """Return the one person whose role ends with ``token``'s word ("the president"), else None."""
        word = token.lower_
        if token.pos_ not in ("NOUN", "PROPN") or not any(c.lower_ == "the" for c in token.children):
            return None
        holders = [i for i, roles in enumerate(self.roles)
                   if self.labels[i] == "PERSON" and any(r.split()[-1:] == [word] for r in roles if r)]
        return holders[0] if len(holders) == 1 else None


def phrase_tokens(token: Token) -> list[Token]:
    """Return the tokens of ``token``'s phrase without embedded clauses and foreign prepositions."""
    tokens, stack = [], [token]
    while stack:
        current = stack.pop()
        tokens.append(current)
        for child in current.children:
            if child.dep_ in CLAUSE_DEPS:
                continue
            if child.dep_ in ("prep", "agent") and child.lower_ in FOREIGN_PREPS:
                continue
            stack.append(child)
    return tokens


#: Prepositions after a common noun that name someone else than the phrase's referent ("adviser to X").
RELATION_PREPS = frozenset({"to", "of", "for"})


def phrase_people(index: EntityIndex, token: Token) -> list[int]:
    """Return the people a noun phrase names, leaving out those it names only to describe another.

    In "Jared Kushner, senior adviser to President Donald Trump" the phrase is
    Kushner; Trump is named through "adviser to". A person named only inside
    such a prepositional phrase of an appositive common noun is dropped when
    the phrase names somebody outside it; "the chief of staff, Im" keeps Im.
    """
    tokens = phrase_tokens(token)
    inner: set[int] = set()
    for current in tokens:
        if current.pos_ != "NOUN" or current.dep_ != "appos":
            continue
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in RELATION_PREPS:
                inner.update(t.i for t in child.subtree)
    people = index.mentions_in(tokens, ("PERSON",))
    if not inner:
        return people
    outside = index.mentions_in([t for t in tokens if t.i not in inner], ("PERSON",))
    return outside or people


def phrase_places(index: EntityIndex, token: Token, labels: tuple[str, ...] = ("VENUE",)) -> list[int]:
    """Return the places named in ``token``'s whole subtree, in text order."""
    return index.mentions_in(token.subtree, labels)
