"""Meetings and travels across articles: one event per real event.

Each meeting or travel of an article record is a *report*. Reports are merged
into events when they have the same key (the set of participants of a meeting;
the traveler and destination of a travel) and compatible dates (equal, one
inside the other, or one missing). When several events fit, the best one wins:
an equal date, then a date inside the other, the same venue (or origin) and the
same status count for it, a different venue against it; a draw leaves the
report as an event of its own rather than join two events that may differ.

Articles are read in order of their dates (undated ones first), so an event
reported as planned and later as occurred has ``status == "occurred"`` and both
reports in ``statuses``.

>>> recs = [{"id": "a", "date": "2019-01-18", "meetings": [
...     {"participants": ["Ann", "Bob"], "date": "2019-02", "status": "planned"}]},
...         {"id": "b", "date": "2019-03-01", "meetings": [
...     {"participants": ["Bob", "Ann"], "date": "2019-02-27", "status": "occurred"}]}]
>>> [event] = merge_events(recs)["meeting"]
>>> event["date"], event["status"], [s["status"] for s in event["statuses"]]
('2019-02-27', 'occurred', ['planned', 'occurred'])
>>> event["articles"]
['a', 'b']
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from dipnlp.graph.dates import date_interval, dates_compatible, narrowest
from dipnlp.graph.names import NameIndex

Record = dict[str, Any]
Event = dict[str, Any]


def _report_key(kind: str, report: Record, index: NameIndex) -> tuple:
    """Return what two reports of one event must share."""
    if kind == "meeting":
        return tuple(sorted({index.person(n) for n in report.get("participants") or []}))
    return (index.person(report.get("traveler")), index.venue(report.get("destination")))


def _place(kind: str, report: Record) -> str | None:
    """Return the secondary place of a report: venue of a meeting, origin of a travel."""
    return report.get("venue") if kind == "meeting" else report.get("origin")


def _score(kind: str, event: Event, report: Record) -> int | None:
    """Score how well a report fits an event; None when it cannot be the same."""
    if not dates_compatible(event.get("date"), report.get("date")):
        return None
    score = 0
    a, b = date_interval(event.get("date")), date_interval(report.get("date"))
    if a is not None and b is not None:
        score += 4 if a == b else 2
    here, there = event.get("_places", []), _place(kind, report)
    if there is not None and here:
        score += 2 if there in here else -2
    if report.get("status") and report.get("status") == event.get("status"):
        score += 1
    return score


def _best(kind: str, candidates: list[Event], report: Record) -> Event | None:
    """Return the single best-fitting event, or None when none or a draw."""
    scored = [(s, e) for e in candidates if (s := _score(kind, e, report)) is not None]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    winners = [e for s, e in scored if s == top]
    return winners[0] if len(winners) == 1 else None


def _mention(report: Record) -> Record:
    """Return the evidence of one report with its rule, date and status."""
    mention = dict(report.get("evidence") or {})
    for name in ("rule", "date", "status"):
        if report.get(name) is not None:
            mention[name] = report[name]
    return mention


def _add_source(event: Event, record: Record, report: Record) -> None:
    """Add a report's article and evidence to an event's sources."""
    for source in event["sources"]:
        if source["article"] == record.get("id"):
            source["mentions"].append(_mention(report))
            return
    source = {"article": record.get("id"), "source": record.get("source"),
              "article_date": record.get("date"), "mentions": [_mention(report)]}
    event["sources"].append({k: v for k, v in source.items() if v is not None})
    event["articles"].append(record.get("id"))


def _absorb(kind: str, event: Event, record: Record, report: Record) -> None:
    """Fold one report into an event: date, place, status history, sources."""
    event["date"] = narrowest(event.get("date"), report.get("date"))
    if report.get("date") and report["date"] not in event["dates"]:
        event["dates"].append(report["date"])
    place = _place(kind, report)
    if place is not None:
        event["_place"] = place
        if place not in event["_places"]:
            event["_places"].append(place)
    if report.get("status"):
        event["status"] = report["status"]
        event["statuses"].append({"status": report["status"], "article": record.get("id"),
                                  "article_date": record.get("date")})
    if report.get("rule") and report["rule"] not in event["rules"]:
        event["rules"].append(report["rule"])
    if kind == "meeting" and report.get("sides") and not event.get("sides"):
        event["sides"] = [list(side) for side in report["sides"]]
    _add_source(event, record, report)


def _new_event(kind: str, key: tuple, report: Record) -> Event:
    """Start an event from its first report."""
    event: Event = {"kind": kind, "key": key, "date": None, "dates": [], "status": None,
                    "statuses": [], "rules": [], "sources": [], "articles": [],
                    "_place": None, "_places": []}
    if kind == "meeting":
        event["participants"] = list(dict.fromkeys(report.get("participants") or []))
        event["sides"] = None
    else:
        event["traveler"] = report.get("traveler")
        event["destination"] = report.get("destination")
    return event


def _finish(kind: str, event: Event) -> Event:
    """Turn the working fields of an event into its public ones."""
    place, places = event.pop("_place"), event.pop("_places")
    name = "venue" if kind == "meeting" else "origin"
    event[name], event[name + "s"] = place, places
    if kind == "meeting" and not event.get("sides"):
        event["sides"] = [[p] for p in event["participants"]]
    return event


def _article_order(records: Iterable[Record]) -> list[Record]:
    """Sort records by article date, undated first, keeping input order on ties."""
    def when(record: Record) -> tuple[int, dt.date]:
        days = date_interval(record.get("date"))
        return (0, dt.date.min) if days is None else (1, days[0])
    return sorted(records, key=when)


def merge_events(records: Iterable[Record], index: NameIndex | None = None) -> dict[str, list[Event]]:
    """Merge the meetings and travels of article records into events.

    Parameters
    ----------
    records : iterable of dict
        Article records (see ``docs/output.md``).
    index : NameIndex, optional
        Maps names to node ids; built from ``records`` when not given.

    Returns
    -------
    dict
        ``{"meeting": [...], "travel": [...]}``, each event a dict with
        ``key``, ``date``, ``dates``, ``status``, ``statuses``, ``sources``,
        ``articles`` and ``rules``; meetings add ``participants``, ``sides``,
        ``venue`` and ``venues``; travels ``traveler``, ``destination``,
        ``origin`` and ``origins``.

    Examples
    --------
    >>> recs = [{"id": "a", "travels": [
    ...     {"traveler": "Ann", "destination": "Oslo", "date": "2019-01"},
    ...     {"traveler": "Ann", "destination": "Oslo", "date": "2019-05"}]}]
    >>> [t["date"] for t in merge_events(recs)["travel"]]
    ['2019-01', '2019-05']
    """
    records = list(records)
    index = index or NameIndex(records)
    events: dict[str, list[Event]] = {"meeting": [], "travel": []}
    for record in _article_order(records):
        for kind in ("meeting", "travel"):
            for report in record.get(kind + "s") or []:
                key = _report_key(kind, report, index)
                same_key = [e for e in events[kind] if e["key"] == key]
                event = _best(kind, same_key, report)
                if event is None:
                    event = _new_event(kind, key, report)
                    events[kind].append(event)
                _absorb(kind, event, record, report)
    return {kind: [_finish(kind, e) for e in found] for kind, found in events.items()}
