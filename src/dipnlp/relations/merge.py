"""One entry per real event: merge repeated mentions within an article.

Two meeting mentions are one event when they have the same people, the same
status and compatible dates (equal, one inside the other, or one missing);
two travel mentions when they have the same traveler and destination too.

>>> a = {"sides": [[0], [1]], "date": None, "status": "occurred", "evidence": [{"start": 0, "end": 5}]}
>>> b = {"sides": [[1], [0]], "date": "2019-01-18", "status": "occurred", "evidence": [{"start": 9, "end": 20}]}
>>> [event] = merge_meetings([a, b])
>>> event["date"], len(event["evidence"])
('2019-01-18', 2)
"""
from __future__ import annotations

from dipnlp.relations.status import _bounds


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Return True when the dates may name the same time: one is missing, or one lies inside the other."""
    if not a or not b or a == b:
        return True
    ra, rb = _bounds(a), _bounds(b)
    if ra is None or rb is None:
        return False
    return (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1])


def _narrower(a: str | None, b: str | None) -> str | None:
    """Return the more precise of two compatible dates (the dated one when the other is missing)."""
    if not a or not b:
        return a or b
    ra, rb = _bounds(a), _bounds(b)
    if ra is None or rb is None:
        return a
    return a if (ra[1] - ra[0]) <= (rb[1] - rb[0]) else b


def absorb(event: dict, mention: dict, place_key: str) -> None:
    """Add a later mention of the same event to ``event``."""
    if not event.get("date") and mention.get("date"):
        event["date_span"] = mention.get("date_span")
    narrower = _narrower(event.get("date"), mention.get("date"))
    if narrower != event.get("date"):
        event["date"], event["date_span"] = narrower, mention.get("date_span")
    if event.get(place_key) is None and mention.get(place_key) is not None:
        event[place_key] = mention[place_key]
    if "_follows" in mention and "_follows" not in event:
        event["_follows"] = mention["_follows"]  # undated, it follows a meeting: dated by it once all are merged
    for item in mention.get("evidence", []):
        if item not in event["evidence"]:
            event["evidence"].append(item)
    rules = event["rule"].split("|") if event.get("rule") else []
    for rule in (mention.get("rule") or "").split("|"):
        if rule and rule not in rules:
            rules.append(rule)
    event["rule"] = "|".join(rules)


def _merge(mentions: list[dict], key, place_key: str) -> list[dict]:
    events: list[dict] = []
    for mention in mentions:
        target = next((e for e in events if key(e) == key(mention) and e.get("status") == mention.get("status")
                       and dates_compatible(e.get("date"), mention.get("date"))), None)
        if target is None:
            events.append({**mention, "evidence": list(mention.get("evidence", []))})
        else:
            absorb(target, mention, place_key)
    return events


def people(meeting: dict) -> frozenset:
    """Return the set of people of a meeting, whatever their sides."""
    return frozenset(p for side in meeting.get("sides", []) for p in side)


def merge_meetings(mentions: list[dict]) -> list[dict]:
    """Merge meeting mentions with the same people, status and compatible dates."""
    return _merge(mentions, people, "venue")


def merge_travels(mentions: list[dict]) -> list[dict]:
    """Merge travel mentions with the same traveler, destination, status and compatible dates."""
    return _merge(mentions, lambda t: (t.get("traveler"), t.get("destination")), "origin")
