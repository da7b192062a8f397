"""Link role titles to the people who hold them.

- a title right before a name: "U.S. Secretary of State Mike Pompeo", "Chairman Kim";
- a title set off before a name: "a North Korean official – Kim Yong Chol –";
- an appositive after a name: "Kim, vice chairman of the Central Committee, ...",
  "Kim Yong-chol, one of the leader's top aides, ...": the last title of the
  appositive is the person's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

SET_OFF = {",", "–", "—", "-", "--", "("}
APPOSITIVE_END = {",", ".", ";", ":", ")", "–", "—", "who", "which", "said", "says"}
MAX_APPOSITIVE = 14


def appositive_title(doc: Doc, person: Span, titles: list[dict]) -> int | None:
    """Index of the title heading an appositive right after ``person``, if any."""
    if person.end >= len(doc) or doc[person.end].text not in {",", "–", "—", "("}:
        return None
    start = person.end + 1
    end = start
    while end < len(doc) and end - start < MAX_APPOSITIVE and doc[end].lower_ not in APPOSITIVE_END:
        if doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
            return None
        end += 1
    inside = [i for i, t in enumerate(titles) if start <= t["start"] and t["end"] <= end]
    return inside[-1] if inside else None


def link_roles(doc: Doc, titles: list[dict]) -> list[dict]:
    """``[{"title": index into titles, "person": [start, end], "how": ...}]`` for each link found."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    by_start = {p.start: p for p in persons}
    links = []
    linked_titles: set[int] = set()
    for i, title in enumerate(titles):
        person = by_start.get(title["end"]) or by_start.get(title["start"])
        how = "title" if person is None or person.start == title["end"] else "in_name"
        if person is None and title["end"] < len(doc) and doc[title["end"]].text in SET_OFF:
            person, how = by_start.get(title["end"] + 1), "set_off"
        if person is not None:
            links.append({"title": i, "person": [person.start, person.end], "how": how})
            linked_titles.add(i)
    for person in persons:
        i = appositive_title(doc, person, titles)
        if i is not None and i not in linked_titles:
            links.append({"title": i, "person": [person.start, person.end], "how": "appositive"})
            linked_titles.add(i)
    return links
