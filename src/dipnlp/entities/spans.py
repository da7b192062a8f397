"""Entity candidates and how overlapping ones are resolved."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dipnlp.entities.names_match import is_address_word

LEADING = {"the", "a", "an"}
#: Parts of speech a name never ends with when lowercase ("the Great Hall of the People on",
#: "the Great Hall of the People later").
TRAILING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "ADV"})
#: Dashes that, spaced, separate two phrases ("Kim met Xi - Xinhua").
DASHES = frozenset({"-", "--", "–", "—"})
TRAILING = {"'s", "’s", "'", "’", ",", ".", ";", ":", "-", "–", "—", "(", ")", "\"", "“", "”"}


@dataclass
class Candidate:
    """A proposed entity (token offsets, end exclusive); higher priority wins ties."""

    start: int
    end: int
    label: str
    priority: int = 0


def trim(doc: Doc, cand: Candidate) -> Candidate | None:
    """Drop a leading determiner and trailing possessives, punctuation or lowercase function words;
    None if nothing is left."""
    start, end = cand.start, cand.end
    while start < end and (doc[start].lower_ in LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in TRAILING or doc[end - 1].is_space
                           or doc[end - 1].is_lower and doc[end - 1].pos_ in TRAILING_POS):
        end -= 1
    if start >= end:
        return None
    cand.start, cand.end = start, end
    return cand


def split_candidate(doc: Doc, cand: Candidate) -> list[Candidate]:
    """Cut a candidate at parentheses ("Shanghai Cooperation Organisation (SCO"), at its lowercase
    words when one is a verb (a clause the model took for a name), and an ORG at a hyphen between
    two names of two words or more ("United Nations-Arab League"). A lowercase "at" inside joins a
    name to a place ("Starmer at Downing Street"), and a full stop of its own ends a sentence
    ("Naoto Kan. Kan will meet"): it is cut there too, as at a colon ("Sky News Live: Hollande In Mali", a
    headline after its source), and so is a lowercase preposition or "and" before a form
    of address ("State House for Dr Soares": a place, then a person), and a spaced dash ("met Xi - Xinhua",
    a headline and its source). A line break ends it, and what follows on the
    next line is dropped ("Republic\n- Esteban": the given name of the next line's person)."""
    cuts = [i for i in range(cand.start, cand.end) if doc[i].text in {"(", ")", "at", ".", ":"}]
    cuts += [i for i in range(cand.start + 1, cand.end) if doc[i].text in DASHES
             and doc[i - 1].whitespace_ and doc[i].whitespace_]  # "met Xi - Xinhua": a name, then its source
    cuts += clause_cuts(doc, cand)
    cuts += [i for i in range(cand.start + 1, cand.end - 2) if doc[i].is_lower and doc[i].pos_ in ("ADP", "CCONJ")
             and is_address_word(doc[i + 1].text) and doc[i + 2].is_title]
    breaks = [i for i in range(cand.start, cand.end) if "\n" in doc[i].text]
    if breaks:  # a name ends at a line's end: "Republic" | "- Esteban" (the next line's is another name)
        cuts += list(range(breaks[0], cand.end))
    if cand.label == "ORG":
        cuts += [i for i in range(cand.start + 2, cand.end - 2)
                 if doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
                 and all(t.is_title for t in doc[i - 2:i]) and all(t.is_title for t in doc[i + 1:i + 3])]
    return cut(cand, cuts)


def clause_cuts(doc: Doc, cand: Candidate) -> list[int]:
    """The lowercase words of a candidate with a lowercase verb: a clause the model took for a name
    ("Biden met Zelenskyy at Mariinsky Palace")."""
    tokens = doc[cand.start:cand.end]
    if not any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in tokens):
        return []
    return [t.i for t in tokens if t.is_lower]


def split_clause(doc: Doc, cand: Candidate) -> list[Candidate]:
    """The name parts of a candidate that is really a clause (see :func:`clause_cuts`)."""
    return cut(cand, clause_cuts(doc, cand))


def cut(cand: Candidate, cuts: list[int]) -> list[Candidate]:
    """The parts of a candidate between the ``cuts`` (token offsets, dropped)."""
    if not cuts:
        return [cand]
    parts, start = [], cand.start
    for at in sorted(cuts) + [cand.end]:
        if at > start:
            parts.append(Candidate(start, at, cand.label, cand.priority))
        start = at + 1
    return parts


def resolve_overlaps(doc: Doc, cands: list[Candidate]) -> list[Span]:
    """Keep non-overlapping candidates: longer first, then higher priority, then earlier."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: set[int] = set()
    kept = []
    for cand in ordered:
        tokens = range(cand.start, cand.end)
        if taken.intersection(tokens):
            continue
        taken.update(tokens)
        kept.append(Span(doc, cand.start, cand.end, label=cand.label))
    return sorted(kept, key=lambda s: s.start)
