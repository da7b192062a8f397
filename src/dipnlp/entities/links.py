"""Link role titles to the people who hold them.

- a title right before a name: "U.S. Secretary of State Mike Pompeo", "Chairman Kim";
- a title set off before a name: "a North Korean official – Kim Yong Chol –";
- an appositive after a name: "Kim, vice chairman of the Central Committee, ...",
  "Kim Yong-chol, one of the leader's top aides, ...": the last title of the
  appositive is the person's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from dipnlp.entities.names_match import style_length

SET_OFF = {",", "–", "—", "-", "--", "("}
APPOSITIVE_END = {",", ".", ";", ":", ")", "–", "—", "who", "which", "said", "says"}
MAX_APPOSITIVE = 14


def appositive_title(doc: Doc, person: Span, titles: list[dict]) -> int | None:
    """Index of the title heading an appositive right after ``person``, if any."""
    if person.end >= len(doc) or doc[person.end].text not in {",", "–", "—", "("}:
        return None
    start = person.end + 1
    end = start
    while end < len(doc) and end - start < MAX_APPOSITIVE and doc[end].lower_ not in APPOSITIVE_END \
            and "\n" not in doc[end].text:  # a line ends it: "- X, Secretary of the Navy\n- Y, ..."
        if doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
            return None
        if doc[end].pos_ in {"VERB", "AUX"} and doc[end].tag_ not in {"VBN", "VBG"}:
            return None  # a clause, not an appositive ("Chaudhry, told reporters that the two leaders ...")
        end += 1
    if end < len(doc) and doc[end].lower_ in {"said", "says"}:
        return None  # the subject of "said" ("... Maduro, a Chilean official said")
    inside = [i for i, t in enumerate(titles) if start <= t["start"] and t["end"] <= end
              and not owns_what_follows(doc, t)]  # "X, the President's residence"
    return inside[-1] if inside else None


def owns_what_follows(doc: Doc, title: dict) -> bool:
    """Whether a bare title, without a domain, is the possessor of the noun after it ("the President's
    residence"), not a title of the name before it ("head of the UN's trade agency" still is one)."""
    end = title["end"]
    return end < len(doc) and doc[end].tag_ == "POS" and (title.get("core_end") or end) == end


def after_styles(doc: Doc, i: int) -> int:
    """The index after the forms of address that start at ``i`` ("External Affairs Minister Dr S Jaishankar",
    "Foreign Minister Datuk Seri Saifuddin Abdullah"), also after an "M." that a PERSON starts right after
    ("the Foreign Minister, M. Basile Guissou": see ``names.monsieur_spans``)."""
    while i < len(doc):
        if doc[i].text == "M." and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "B" and doc[i + 1].ent_type_ == "PERSON":
            i += 1
            continue
        words = [t.lower_ for t in doc[i:i + 3] if t.text not in ("'", "’")]
        length = style_length(words)
        if not length:
            return i
        i += length + sum(1 for t in doc[i:i + length + 1] if t.text in ("'", "’"))  # "Dato' Sri"
    return i


def after_titles(doc: Doc, i: int, titles: list[dict]) -> int:
    """The index after the titles and forms of address that start at ``i`` ("the foreign minister, Sheikh
    X"; "the military leader, Senior General X"; "his special assistant, Mr X")."""
    ends = {t["start"]: t["end"] for t in titles if t["before_name"]}
    i = after_styles(doc, i)
    while i in ends:
        i = after_styles(doc, ends[i])
    return i


def listed_with(doc: Doc, title: dict, person: Span) -> bool:
    """Whether a name set off after a singular title is listed with it, not its holder: a plural verb
    follows the name ("HM the Sultan, Raisi hold talks" is the Sultan and Raisi)."""
    return person.end < len(doc) and doc[person.end].tag_ == "VBP" \
        and doc[title["core_end"] - 1].tag_ not in {"NNS", "NNPS"}


def coordinated_people(doc: Doc, person: Span, by_start: dict[int, Span]) -> list[Span]:
    """The people listed after ``person`` ("A, B and C"): each is joined by "and" or a comma."""
    found = []
    i = person.end
    while i < len(doc) and doc[i].lower_ in {",", "and"}:
        j = i + 1 if doc[i].lower_ == "and" or doc[i + 1].lower_ != "and" else i + 2
        nxt = by_start.get(j)
        if nxt is None:
            break
        found.append(nxt)
        i = nxt.end
    return found


def link_roles(doc: Doc, titles: list[dict]) -> list[dict]:
    """``[{"title": index into titles, "person": [start, end], "how": ...}]`` for each link found."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    by_start = {p.start: p for p in persons}
    links = []
    linked_titles: set[int] = set()
    for i, title in enumerate(titles):
        person = by_start.get(after_styles(doc, title["end"])) or by_start.get(title["start"]) \
            or by_start.get(after_titles(doc, title["end"], titles))  # "Foreign Minister Prince Faisal bin Farhan"
        how = "title" if person is None or person.start == title["end"] else "in_name"
        if person is None and title["end"] < len(doc) and doc[title["end"]].text in SET_OFF:
            person, how = by_start.get(after_titles(doc, title["end"] + 1, titles)), "set_off"
            if person is not None and listed_with(doc, title, person):
                person = None
        if person is not None:
            links.append({"title": i, "person": [person.start, person.end], "how": how})
            linked_titles.add(i)
            if how == "set_off" and doc[title["core_end"] - 1].tag_ in {"NNS", "NNPS"}:
                links[-1]["each"] = True  # "the presidents of Peru and Ecuador, Fujimori and Mahuad"
                for other in coordinated_people(doc, person, by_start):
                    links.append({"title": i, "person": [other.start, other.end], "how": how, "each": True})
    for person in persons:
        i = appositive_title(doc, person, titles)
        if i is not None and i not in linked_titles:
            links.append({"title": i, "person": [person.start, person.end], "how": "appositive"})
            linked_titles.add(i)
    return links
