"""Normalise one time expression to a TimeML value, given the article's date and a tense."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_PARSER = None


@dataclass(frozen=True)
class Timex:
    """A normalised time expression: TimeML ``value``, ``type`` and optional ``mod``."""

    value: str | None
    type: str = "DATE"
    mod: str | None = None


def parse_reference(reference: str | dt.date | None) -> tuple[dt.date | None, str]:
    """Return the reference day and its precision (``"day"``, ``"month"`` or ``"none"``)."""
    if reference is None:
        return None, "none"
    if isinstance(reference, dt.datetime):
        return reference.date(), "day"
    if isinstance(reference, dt.date):
        return reference, "day"
    text = str(reference).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.date.fromisoformat(text + "-01"), "month"
        return dt.date.fromisoformat(text[:10]), "day"
    except ValueError:
        return None, "none"


def get_parser():
    """Return the one dateparser ``DateDataParser`` (built on first use)."""
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser

        _PARSER = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DATES_FROM": "current_period",
            "RETURN_TIME_AS_PERIOD": True, "STRICT_PARSING": False})
    return _PARSER


def dateparser_value(text: str, ref: dt.date) -> str | None:
    """Normalise ``text`` with dateparser, its RELATIVE_BASE set to ``ref``."""
    parser = get_parser()
    parser._settings.RELATIVE_BASE = dt.datetime(ref.year, ref.month, ref.day)
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises on odd input
        return None
    date, period = data.date_obj, data.period
    if date is None:
        return None
    if period == "year":
        return f"{date:%Y}"
    if period == "month":
        return f"{date:%Y-%m}"
    if period == "week":
        year, week, _ = date.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "time":
        return f"{date:%Y-%m-%dT%H:%M}"
    return f"{date:%Y-%m-%d}"


@lru_cache(maxsize=4096)
def normalize(text: str, reference: str | None, tense: str = "past") -> Timex:
    """Normalise ``text`` against the ``reference`` date ("YYYY-MM-DD", "YYYY-MM" or None).

    Parameters
    ----------
    text : str
        The expression, e.g. ``"on Friday"``.
    reference : str or None
        The article's date.
    tense : {"past", "present", "future"}
        Tense of the governing verb; decides the direction of bare weekdays and months.

    Returns
    -------
    Timex
    """
    ref, _precision = parse_reference(reference)
    if ref is None:
        ref = dt.date(2000, 1, 1)
    value = dateparser_value(text, ref)
    return Timex(value)


def normalize_date(text: str, reference: str | dt.date | None, tense: str = "past") -> str | None:
    """Return the TimeML value of one time expression, or None.

    >>> normalize_date("June 12, 2018", "2019-01-18")
    '2018-06-12'
    """
    if isinstance(reference, dt.date):
        reference = reference.isoformat()[:10]
    return normalize(text, reference, tense).value
