"""Entity candidates and how overlapping ones are resolved."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

LEADING = {"the", "a", "an"}
TRAILING = {"'s", "’s", "'", "’", ",", ".", ";", ":", "-", "–", "—", "(", ")", "\"", "“", "”"}


@dataclass
class Candidate:
    """A proposed entity (token offsets, end exclusive); higher priority wins ties."""

    start: int
    end: int
    label: str
    priority: int = 0


def trim(doc: Doc, cand: Candidate) -> Candidate | None:
    """Drop a leading determiner and trailing possessives or punctuation; None if nothing is left."""
    start, end = cand.start, cand.end
    while start < end and (doc[start].lower_ in LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in TRAILING or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    cand.start, cand.end = start, end
    return cand


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
