"""ISO 8601 / TimeML date values as day intervals, for merging and slicing.

An event's date is a value such as ``2019-01-18``, ``2019-02``, ``2019``,
``2019-W03`` or an interval ``2019-01-19/2019-01-22``. Each stands for a run of
days; two reports can be of the same event when one run lies inside the other.

>>> date_interval("2019-02")
(datetime.date(2019, 2, 1), datetime.date(2019, 2, 28))
>>> dates_compatible("2019-01-18", "2019-01"), dates_compatible("2019-01", "2019-02")
(True, False)
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

Interval = tuple[dt.date, dt.date]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _single_interval(value: str) -> Interval | None:
    """Return the days that one ISO value (not an interval) covers."""
    try:
        if m := _DAY.match(value):
            day = dt.date(*map(int, m.groups()))
            return day, day
        if m := _MONTH.match(value):
            year, month = map(int, m.groups())
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := _YEAR.match(value):
            year = int(m.group(1))
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := _WEEK.match(value):
            year, week = map(int, m.groups())
            monday = dt.date.fromisocalendar(year, week, 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def date_interval(value: str | dt.date | None) -> Interval | None:
    """Return the first and last day an ISO date value covers.

    Parameters
    ----------
    value : str, datetime.date or None
        A day, month, year, ISO week, or an interval ``a/b`` of these.

    Returns
    -------
    tuple of datetime.date or None
        ``(first, last)``, or None for a missing or unreadable value
        (``PRESENT_REF``, ``XXXX-WXX-1``, a duration...).

    Examples
    --------
    >>> date_interval("2019-W03")
    (datetime.date(2019, 1, 14), datetime.date(2019, 1, 20))
    >>> date_interval("2019-01-19/2019-01-22")
    (datetime.date(2019, 1, 19), datetime.date(2019, 1, 22))
    >>> date_interval("PAST_REF") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value, value
    value = str(value).strip()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _single_interval(first), _single_interval(last)
        if a is None or b is None or b[1] < a[0]:
            return None
        return a[0], b[1]
    return _single_interval(value)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Tell whether two date values can describe the same event.

    They can when either is missing or unreadable, or when the days of one lie
    inside the days of the other (equal values included).

    Examples
    --------
    >>> dates_compatible(None, "2019-02")
    True
    >>> dates_compatible("2019-01-20", "2019-01-19/2019-01-22")
    True
    >>> dates_compatible("2018-06-12", "2019-02")
    False
    """
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return True
    return _inside(ia, ib) or _inside(ib, ia)


def _inside(inner: Interval, outer: Interval) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def narrowest(a: str | None, b: str | None) -> str | None:
    """Return the more precise of two compatible date values.

    Examples
    --------
    >>> narrowest("2019-02", "2019-02-27"), narrowest(None, "2019")
    ('2019-02-27', '2019')
    """
    ia, ib = date_interval(a), date_interval(b)
    if ia is None:
        return b if ib is not None else (a or b)
    if ib is None:
        return a
    return b if _inside(ib, ia) and ib != ia else a


def overlaps(value: str | None, start: str | dt.date | None, end: str | dt.date | None) -> bool:
    """Tell whether a date value shares at least one day with a period.

    ``start`` and ``end`` are ISO values or dates; either may be None for an
    open end. An undated or unreadable value overlaps nothing.

    Examples
    --------
    >>> overlaps("2019-02", "2019-02-20", "2019-03-01")
    True
    >>> overlaps("2018-06-12", "2019-01-01", None), overlaps(None, None, None)
    (False, False)
    """
    days = date_interval(value)
    if days is None:
        return False
    lo = date_interval(start) if start is not None else None
    hi = date_interval(end) if end is not None else None
    if lo is not None and days[1] < lo[0]:
        return False
    return not (hi is not None and days[0] > hi[1])
