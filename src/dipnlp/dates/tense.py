"""Tense of the verb that governs a time expression, from the dependency parse."""
from __future__ import annotations

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_HEADS = {"expect", "schedule", "plan", "set", "due", "hope", "intend", "aim", "propose"}


def governing_verb(span):
    """Return the nearest verb (or auxiliary) above ``span``'s root, or None."""
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def tense_of(span) -> str:
    """Return ``"future"``, ``"present"`` or ``"past"`` for the clause of ``span``."""
    verb = governing_verb(span)
    if verb is None:
        return "past"
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
            return "future"
    head = verb
    for _ in range(3):
        if head.lemma_.lower() in FUTURE_HEADS and head is not verb:
            return "future"
        if any(c.lower_ in FUTURE_AUX for c in head.children if c.dep_ in ("aux", "auxpass")):
            return "future"
        if head.tag_ in ("VBD", "VBN") and head is verb:
            return "past"
        if head.head is head:
            break
        head = head.head
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return "past"
