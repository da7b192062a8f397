"""Status of an event: occurred, planned, cancelled, postponed, refused or negated.

Cues come from the word classes of ``relations_triggers.jsonl``; the order of
the checks is: cancelled, postponed, refused, negated, explicit planned cues,
then the event's own date against the article's date, then the verb's tense.

>>> compare_dates("2019-02", "2019-01-22")
1
>>> compare_dates("2018-06-12", "2019-01-18")
-1
>>> compare_dates("2019-01", "2019-01-18")
0
"""
from __future__ import annotations

import calendar
import datetime as dt

from spacy.tokens import Span, Token

from dipnlp.relations.sides import INVITATION_NOUNS

#: Particles that a status verb needs ("call off", "put off", "rule out", "push back").
PARTICLES = {"call": {"off"}, "put": {"off", "back"}, "push": {"back"}, "rule": {"out"}, "called": {"off"}}


def _bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day of an ISO date, month, year or interval."""
    if not value or not isinstance(value, str):
        return None
    if "/" in value:
        a, b = (_bounds(v) for v in value.split("/", 1))
        return (a[0], b[1]) if a and b else None
    parts = value.split("T")[0].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None


def compare_dates(value: str | None, article_date: str | None) -> int | None:
    """Return 1 if ``value`` lies after the article's date, -1 if before, 0 if it overlaps, None if unknown."""
    event, article = _bounds(value), _bounds(article_date)
    if event is None or article is None:
        return None
    if event[0] > article[1]:
        return 1
    if event[1] < article[0]:
        return -1
    return 0


def _cue(token: Token, words: set[str], particles: bool = True) -> bool:
    """Whether ``token`` is one of ``words``; a status verb that needs a particle must have it, unless
    ``particles`` is False ("a call for a meeting" plans it; "called off the meeting" cancels it)."""
    lemma = token.lemma_.lower()
    if lemma not in words and token.lower_ not in words:
        return False
    need = PARTICLES.get(lemma) if particles else None
    return not need or any(c.lower_ in need for c in token.children)


#: Tags of a verb that carries its own tense.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def own_clause(chain: list[Token]) -> list[Token]:
    """The chain up to a verb that a finite verb of another tense is joined to: in "did not travel on to
    Tbilisi and returned to Paris", "returned" has a tense, and so a polarity, of its own."""
    for n, (below, token) in enumerate(zip(chain, chain[1:]), start=1):
        if below.dep_ == "conj" and below.tag_ in FINITE and token.tag_ != below.tag_:
            return chain[:n]
    return chain


def status_cue(chain: list[Token], lexicon: dict[str, set[str]]) -> str | None:
    """Return cancelled/postponed/refused/negated/uncertain/planned from the chain's words, else None."""
    chain = own_clause(chain)
    for status in ("cancelled", "postponed", "refused"):
        words = lexicon.get(status, set())
        if any(_cue(t, words) for t in chain[1:]) or any(
                c.dep_ == "amod" and _cue(c, words) for c in chain[0].children) or _but_then(chain, words):
            return status
    for token in chain:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
            return "negated"
        if any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(g.dep_ == "neg" for g in c.children)
               for c in token.children):
            return "negated"  # "would no longer see X"
        if token.dep_ == "pcomp" and token.head.lower_ == "without":
            return "negated"  # "left Pyongyang without meeting Kim"
        if token.dep_ in ("acl", "relcl") and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children):
            return "negated"  # "has no plans to meet X"
        if _no_one(token):
            return "negated"
    if any(c.dep_ == "mark" and c.lower_ == "whether" for t in chain for c in t.children):
        return "uncertain"  # "Asked whether he would meet X, Lavrov said ...": asked about, not told
    if _planned(chain, lexicon):
        return "planned"
    return None


def says_no_one(chain: list[Token]) -> bool:
    """Whether the chain says that no one took part: "Neither X nor Y will take part", "None of them
    attended", "Nor did X accompany Y"."""
    return any(_no_one(token) for token in chain)


def _no_one(token: Token) -> bool:
    return any(c.lower_ in ("nor", "neither") and c.dep_ in ("cc", "advmod", "preconj") and c.i == token.sent.start
               for c in token.children) \
        or any(c.dep_ in ("nsubj", "nsubjpass") and _none_of(c) for c in token.children)


def _none_of(subject: Token) -> bool:
    """Whether a subject says no one: "neither X nor Y", "none of the leaders"."""
    return subject.lower_ in ("none", "neither") or any(
        c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in subject.children)


def _but_then(chain: list[Token], words: set[str]) -> bool:
    """Whether a verb of the chain goes on "but" to a verb of ``words`` ("had been due in Beijing but
    postponed his visit")."""
    for token in chain:
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in token.children) and any(
                c.dep_ == "conj" and _cue(c, words) for c in token.children):
            return True
    return False


def _planned(chain: list[Token], lexicon: dict[str, set[str]]) -> bool:
    governors = lexicon.get("planned_governor", set())
    modifiers = lexicon.get("planned_modifier", set())
    auxes = lexicon.get("planned_aux", set())
    trigger = chain[0]
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in modifiers for c in trigger.children):
        return True
    for below, token in zip([None, *chain], chain):
        if token is not trigger and _cue(token, governors, particles=False) and not _beside(below, token) \
                and not _named_by(below, token):
            return True
        for child in token.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in auxes:
                return True
            if child.dep_ == "aux" and child.lower_ == "to" and (
                    token.dep_ in ("acl", "relcl") and not _past_trip_purpose(token, lexicon)
                    and not _record_clause(token, auxes)
                    or token.dep_ == "xcomp" and token.head.lemma_ == "be"  # "where he is to meet X": due to
                    or token.dep_ == "advcl" and _invitation_taken(token.head)):
                return True
            if child.dep_ == "advcl" and any(g.lower_ in ("should", "if") for g in child.children):
                return True
    return any(t.lower_ == "going" and t.dep_ != "ROOT" for t in chain[1:])


def _invitation_taken(verb: Token) -> bool:
    """Whether a verb's object is an invitation, which a to-clause hung on the verb says the aim of
    ("renewed his invitation to X to visit Y": the parse hangs "to visit" on "renewed")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in INVITATION_NOUNS for c in verb.children)


def _past_trip_purpose(clause: Token, lexicon: dict[str, set[str]]) -> bool:
    """Whether a to-clause says what a trip already made was for ("flew in for a visit to meet X")."""
    noun = clause.head
    return noun.lemma_.lower() in lexicon.get("travel_noun", set()) and noun.dep_ == "pobj" \
        and noun.head.head.tag_ == "VBD"


def _record_clause(clause: Token, auxes: set[str]) -> bool:
    """Whether a to-clause tells what made someone first, last or only ("is the first French president to
    visit Cambodia", "the only leader to attend", "The last secretary of state to meet X was Y"): a fact,
    unless the verb that tells it is to come ("will be the first to visit")."""
    noun, verb = clause.head, clause.head.head
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "only"))
               for c in noun.children) \
        and (noun.dep_ == "attr" or noun.dep_ == "nsubj" and verb.lemma_ == "be") and verb.tag_ in ("VBZ", "VBD", "VBP", "VBN") and verb.dep_ != "xcomp" \
        and not any(c.dep_ == "aux" and c.lower_ in auxes for c in verb.children)


def _named_by(below: Token | None, governor: Token) -> bool:
    """Whether "call" only names the event or says who convened it: "The meeting ... has been called by
    the world press one of the most important events", "the talks were called a success", "an emergency
    meeting was called by the League". Its passive subject, or an object it names (oprd), is told of,
    not asked for; "called for a meeting" still plans one."""
    if below is None or governor.lemma_.lower() != "call":
        return False
    return below.dep_ == "nsubjpass" or any(c.dep_ == "oprd" for c in governor.children)


def _beside(below: Token | None, governor: Token) -> bool:
    """Whether the event is only beside a governor, not its complement.

    "At the talks, they agreed to ..." and "they agreed ... when they met":
    the talks and the meeting are where and when the agreeing happened (a
    past governor). "was agreed at a meeting ... and attended by X": a verb
    conjoined to the governor is no complement of it, whatever its tense.
    "called for talks", "pushed for a summit": a "for" phrase is what the
    governor asks for, its complement.
    """
    if below is None:
        return False
    return below.dep_ == "conj" or governor.tag_ == "VBD" and below.dep_ in ("prep", "advcl") \
        and below.lower_ != "for"


def event_status(chain: list[Token], date_value: str | None, article_date: str | None,
                 lexicon: dict[str, set[str]], ccomp_chain: list[Token] = ()) -> str:
    """Return the status of the event whose chain is ``chain``."""
    cue = status_cue(chain, lexicon)
    if cue is not None:
        return cue
    if ccomp_chain and _planned([chain[0], *ccomp_chain], lexicon):
        return "planned"
    order = compare_dates(date_value, article_date)
    if order == 1:
        return "planned"
    return "occurred"


#: Words of a date that say "on the article's own day, later" ("this afternoon", "at noon today", "tonight").
LATER_TODAY = frozenset({"this", "today", "tonight", "later"})


def scheduled_today(chain: list[Token], date_words: Span) -> bool:
    """Whether a verb in the simple present tells of a time later on the article's day as a timetable
    ("He sees King Abdullah this morning"; "Mr and Mrs Whitlam leave Port Moresby this afternoon"), not
    as a report (a caption's "X meets Y, March 6, 2021")."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and any(t.lower_ in LATER_TODAY for t in date_words) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
