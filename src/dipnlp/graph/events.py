"""Meetings and travels across articles: one event per real event.

Each meeting or travel of an article record is a *report*. Reports are merged
into events when they have the same key (the set of participants of a meeting;
the traveler and destination of a travel) and compatible dates (equal, one
inside the other, or one missing). Dated reports are merged first; undated ones
then join the event they fit best, which must be plausible for their article's
date (what an article calls planned is not over yet; what it says occurred has
begun). When several events fit, an equal date, a date inside the other, the
same venue (or origin) and the same status count for one, a different venue
against it, and for an undated report the event nearest its article wins; a
draw leaves the report as an event of its own rather than join two events that
may differ.

Histories are kept in order of the articles' dates (undated articles first),
so an event reported as planned and later as occurred has
``status == "occurred"`` and both reports in ``statuses``.

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


def _plausible(event_date: str | None, status: str | None, article_date: str | None) -> bool:
    """Tell whether an undated report can be of an event, given its article's date.

    What an article reports as planned cannot be over before the article; what
    it reports as occurred cannot start after it.
    """
    days, when = date_interval(event_date), date_interval(article_date)
    if days is None or when is None:
        return True
    if status == "planned":
        return days[1] >= when[0]
    return status != "occurred" or days[0] <= when[1]


def _distance(event_date: str | None, article_date: str | None) -> int:
    """Return the days between an event and an article (0 when either is unknown)."""
    days, when = date_interval(event_date), date_interval(article_date)
    if days is None or when is None:
        return 0
    return max(days[0] - when[1], when[0] - days[1], dt.timedelta(0)).days


def _score(kind: str, event: Event, report: Record, article_date: str | None) -> tuple | None:
    """Score how well a report fits an event; None when it cannot be the same.

    Dated reports score on their date; undated ones must be plausible for their
    article's date and prefer the event nearest to it.
    """
    if not dates_compatible(event.get("date"), report.get("date")):
        return None
    a, b = date_interval(event.get("date")), date_interval(report.get("date"))
    if b is None and not _plausible(event.get("date"), report.get("status"), article_date):
        return None
    score = (4 if a == b else 2) if a is not None and b is not None else 0
    here, there = [p for _, p in event.get("_places", [])], _place(kind, report)
    if there is not None and here:
        score += 2 if there in here else -2
    if report.get("status") and report.get("status") == event.get("status") and (
            b is not None or date_interval(article_date) is None):
        score += 1
    return score, -_distance(event.get("date"), article_date) if b is None else 0


def _best(kind: str, candidates: list[Event], report: Record, article_date: str | None) -> Event | None:
    """Return the single best-fitting event, or None when none or a draw."""
    scored = [(s, e) for e in candidates if (s := _score(kind, e, report, article_date)) is not None]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    winners = [e for s, e in scored if s == top]
    return winners[0] if len(winners) == 1 else None


def _mentions(report: Record, seq: int) -> list[Record]:
    """Return the evidence of one report (``all_evidence`` when given), with its rule, date, status."""
    found = report.get("all_evidence") or [report.get("evidence") or {}]
    extra = {k: report[k] for k in ("rule", "date", "status") if report.get(k) is not None}
    return [{**dict(evidence), **extra, "_seq": seq} for evidence in found]


def _add_source(event: Event, record: Record, report: Record, seq: int) -> None:
    """Add a report's article and evidence to an event's sources."""
    for source in event["sources"]:
        if source["article"] == record.get("id"):
            source["mentions"].extend(_mentions(report, seq))
            source["_seq"] = min(source["_seq"], seq)
            return
    source = {"article": record.get("id"), "source": record.get("source"),
              "article_date": record.get("date"), "mentions": _mentions(report, seq), "_seq": seq}
    event["sources"].append({k: v for k, v in source.items() if v is not None})


def _absorb(kind: str, event: Event, record: Record, report: Record, seq: int) -> None:
    """Fold one report (the ``seq``-th in article order) into an event."""
    event["date"] = narrowest(event.get("date"), report.get("date"))
    if report.get("date"):
        event["_dates"].append((seq, report["date"]))
    if _place(kind, report) is not None:
        event["_places"].append((seq, _place(kind, report)))
    if report.get("status"):
        event["status"] = report["status"]
        event["statuses"].append({"status": report["status"], "article": record.get("id"),
                                  "article_date": record.get("date"), "_seq": seq})
    for rule in (report.get("rule") or "").split("|"):  # "a|b": merged mentions' rules
        if rule and rule not in event["rules"]:
            event["rules"].append(rule)
    if kind == "meeting" and report.get("sides") and not event.get("sides"):
        event["sides"] = [list(side) for side in report["sides"]]
    _add_source(event, record, report, seq)


def _new_event(kind: str, key: tuple, report: Record) -> Event:
    """Start an event from its first report."""
    event: Event = {"kind": kind, "key": key, "date": None, "status": None, "statuses": [],
                    "rules": [], "sources": [], "_dates": [], "_places": []}
    if kind == "meeting":
        event["participants"] = list(dict.fromkeys(report.get("participants") or []))
        event["sides"] = None
    else:
        event["traveler"] = report.get("traveler")
        event["destination"] = report.get("destination")
    return event


def _in_order(items: list) -> list:
    """Sort working items by their ``_seq`` and drop it."""
    items = sorted(items, key=lambda item: item["_seq"])
    return [{k: v for k, v in item.items() if k != "_seq"} for item in items]


def _finish(kind: str, event: Event) -> Event:
    """Put an event's history in article order and name its public fields."""
    event["statuses"] = _in_order(event["statuses"])
    if event["statuses"]:
        event["status"] = event["statuses"][-1]["status"]
    for source in event["sources"]:
        source["mentions"] = _in_order(source["mentions"])
    event["sources"] = _in_order(event["sources"])
    event["articles"] = [s["article"] for s in event["sources"]]
    event["dates"] = list(dict.fromkeys(d for _, d in sorted(event.pop("_dates"))))
    places = sorted(event.pop("_places"))
    name = "venue" if kind == "meeting" else "origin"
    event[name] = places[-1][1] if places else None
    event[name + "s"] = list(dict.fromkeys(p for _, p in places))
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
    reports = [(kind, record, report) for record in _article_order(records)
               for kind in ("meeting", "travel") for report in record.get(kind + "s") or []]
    # dated reports first: undated ones then join the event they fit best
    order = sorted(range(len(reports)), key=lambda i: date_interval(reports[i][2].get("date")) is None)
    events: dict[str, list[Event]] = {"meeting": [], "travel": []}
    for seq in order:
        kind, record, report = reports[seq]
        key = _report_key(kind, report, index)
        same_key = [e for e in events[kind] if e["key"] == key]
        event = _best(kind, same_key, report, record.get("date"))
        if event is None:
            event = _new_event(kind, key, report)
            events[kind].append(event)
        _absorb(kind, event, record, report, seq)
    return {kind: [_finish(kind, e) for e in found] for kind, found in events.items()}
