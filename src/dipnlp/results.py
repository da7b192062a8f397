"""Turn a processed Doc into the record of the output contract (``OUTPUT.md``).

Inside the pipeline everything is token offsets and entity indices; a record
has character offsets into the article's text and entity names.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc


def char_span(doc: Doc, start: int, end: int) -> dict:
    span = doc[start:end]
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def evidence(doc: Doc, items: list[dict] | None) -> list[dict]:
    return [{"start": e["start"], "end": e["end"], "text": doc.text[e["start"]:e["end"]]} for e in items or []]


def entity_record(doc: Doc, ent: dict) -> dict:
    record = {"id": None, "name": ent["name"], "label": ent["label"], "aliases": list(ent["aliases"])}
    if ent["label"] == "PERSON":
        record["roles"] = list(ent.get("roles", []))
        record["role_orgs"] = list(ent.get("role_orgs", []))
    if "country" in ent:
        record["country"] = ent["country"]
    record["mentions"] = [char_span(doc, s, e) for s, e in ent["mentions"]]
    return record


def name_of(entities: list[dict], index: int | None) -> str | None:
    return entities[index]["name"] if index is not None and 0 <= index < len(entities) else None


def meeting_record(doc: Doc, meeting: dict, entities: list[dict]) -> dict:
    sides = [[name_of(entities, i) for i in side] for side in meeting["sides"]]
    sides = [[n for n in side if n] for side in sides]
    found = evidence(doc, meeting.get("evidence"))
    return {"participants": list(dict.fromkeys(n for side in sides for n in side)), "sides": sides,
            "date": meeting.get("date"), "venue": name_of(entities, meeting.get("venue")),
            "status": meeting.get("status"), "rule": meeting.get("rule"),
            "evidence": found[0] if found else None, "all_evidence": found}


def travel_record(doc: Doc, travel: dict, entities: list[dict]) -> dict:
    found = evidence(doc, travel.get("evidence"))
    return {"traveler": name_of(entities, travel.get("traveler")),
            "destination": name_of(entities, travel.get("destination")),
            "origin": name_of(entities, travel.get("origin")), "date": travel.get("date"),
            "status": travel.get("status"), "rule": travel.get("rule"),
            "evidence": found[0] if found else None, "all_evidence": found}


def date_record(item: dict) -> dict:
    return {key: item.get(key) for key in ("start", "end", "text", "value", "type")}


@dataclass
class ArticleResult:
    """What dipnlp found in one article; ``to_dict()`` is its line of the output JSONL."""

    id: str
    source: str | None
    date: str | None
    entities: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    travels: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    doc: Doc | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_doc(cls, doc: Doc, source: str | None = None, keep_doc: bool = False) -> "ArticleResult":
        ents = doc._.dip_entities or []
        return cls(
            id=doc._.dip_id or "", source=source, date=doc._.dip_article_date,
            entities=[entity_record(doc, e) for e in ents if not e.get("modifier_only")],
            meetings=[meeting_record(doc, m, ents) for m in doc._.dip_meetings or []],
            travels=[travel_record(doc, t, ents) for t in doc._.dip_travels or []],
            dates=[date_record(d) for d in doc._.dip_dates or []],
            doc=doc if keep_doc else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "date": self.date, "entities": self.entities,
                "meetings": self.meetings, "travels": self.travels, "dates": self.dates}
