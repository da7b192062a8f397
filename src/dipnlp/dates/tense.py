"""Tense of the clause that governs a time expression, read from the dependency parse.

Future: a future auxiliary (will, would, 'll, shall), an infinitive ("to meet
on Friday", "is due to be published in May"), a governing verb or adjective
that looks ahead (expected, scheduled, plans, set, due; also the clause's own
verb: "is scheduled for May", "is due in May"), a verb that moves an
event later (postponed until Saturday), an event noun marked upcoming/next.
Past: a past-tense or perfect verb. Present: a present-tense verb. Else past,
the common case in news.
"""
from __future__ import annotations

from dipnlp.dates.lexicon import Lexicon, package_lexicon

_MAX_HOPS = 12


def governing_verb(span):
    """Return the nearest verb or auxiliary at or above ``span``'s root, or None."""
    token = span.root
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "MD":
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _future_cues(lex: Lexicon, kind: str) -> set[str]:
    return {word for word, value in lex["future_cue"].items() if value == kind}


def is_infinitive(verb) -> bool:
    """Whether ``verb`` is a to-infinitive ("to meet")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_future_aux(verb, aux_words: set[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in aux_words for c in verb.children)


def _planned_now(verb, verb_words: set[str], aux_words: set[str]) -> bool:
    """A look-ahead participle or adjective in a present or future clause: "is scheduled for
    January", "has been set for Friday", "is due in May" (but "was scheduled" stays past)."""
    def looks_ahead(token) -> bool:
        return token.lemma_.lower() in verb_words or token.lower_ in verb_words

    if verb.tag_ == "VBN" and looks_ahead(verb):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return any(c.tag_ in ("VBZ", "VBP") or c.lower_ in aux_words for c in auxes)
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "acomp" and looks_ahead(c) for c in verb.children)
    return False


def _event_noun_cue(span, verb_words: set[str]) -> bool:
    """An event noun above the expression marked as coming: "the upcoming summit on Friday"."""
    token = span.root.head
    for _ in range(3):
        if any(c.lower_ in verb_words or c.lemma_.lower() in verb_words for c in token.children if c.dep_ == "amod"):
            return True
        if token.head is token or token.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    return False


def in_caption(span, markers) -> bool:
    """Whether ``span`` is on a photo caption's line ("PICTURE: X welcomes Y at the airport on Tuesday"),
    which tells a past event in the present tense."""
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    head, colon, _ = text[start:span.start_char].lstrip().partition(":")
    return bool(colon) and head.lower() in markers


def tense_of(span, lexicon: Lexicon | None = None) -> str:
    """Return ``"future"``, ``"present"`` or ``"past"`` for the clause of ``span``; the present of a photo
    caption is past (:func:`in_caption`)."""
    lex = lexicon or package_lexicon()
    tense = _clause_tense(span, lex)
    return "past" if tense == "present" and in_caption(span, lex["caption"]) else tense


def _clause_tense(span, lex: Lexicon) -> str:
    """Return ``"future"``, ``"present"`` or ``"past"`` for the clause of ``span``.

    Parameters
    ----------
    span : spacy.tokens.Span
        A time expression in a parsed ``Doc``.
    lex : Lexicon
        Supplies the future cues (kind ``future_cue``).
    """
    aux_words, verb_words, self_words, particles = (_future_cues(lex, k) for k in ("aux", "verb", "self", "particle"))
    if _event_noun_cue(span, verb_words):
        return "future"
    verb = governing_verb(span)
    if verb is None:
        return "past"
    if verb.lemma_.lower() in self_words or _has_future_aux(verb, aux_words) or _planned_now(verb, verb_words, aux_words):
        return "future"
    if is_infinitive(verb):  # "due to be published in May"; but "came to meet him on Friday" is past
        head = verb.head
        past_purpose = head.tag_ == "VBD" and head.lemma_.lower() not in verb_words and head.lower_ not in verb_words
        return "past" if past_purpose else "future"
    head = verb
    for _ in range(6):
        if head is not verb and (head.lemma_.lower() in verb_words or head.lower_ in verb_words):
            return "future"
        if _has_future_aux(head, aux_words) or any(c.lower_ in particles for c in head.children):
            return "future"  # "will meet"; "looking forward to meeting"
        if head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.lemma_ == "have" for c in head.children):
            return "past"
        if head.tag_ in ("VBZ", "VBP") and head.dep_ not in ("xcomp",):
            going = any(c.lower_ == "going" for c in head.children)
            return "future" if going else "present"
        if head.head is head or head.dep_ not in ("xcomp", "aux", "auxpass", "acomp", "conj", "advcl", "relcl", "pcomp", "pobj", "prep"):
            break
        head = head.head
    if head.tag_ in ("VBZ", "VBP"):
        return "present"
    if head.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in head.children):
        return "future"  # "is meeting on Friday": a plan
    return "past"
