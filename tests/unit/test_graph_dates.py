"""Date values as day intervals: what merging and slicing rely on."""
from __future__ import annotations

import datetime as dt

import pytest

from dipnlp.graph.dates import date_interval, dates_compatible, narrowest, overlaps

D = dt.date


@pytest.mark.parametrize("value,expected", [
    ("2019-01-18", (D(2019, 1, 18), D(2019, 1, 18))),
    ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
    ("2019", (D(2019, 1, 1), D(2019, 12, 31))),
    ("2019-W03", (D(2019, 1, 14), D(2019, 1, 20))),
    ("2019-01-19/2019-01-22", (D(2019, 1, 19), D(2019, 1, 22))),
    ("2019-01/2019-03", (D(2019, 1, 1), D(2019, 3, 31))),
    (D(2019, 5, 1), (D(2019, 5, 1), D(2019, 5, 1))),
])
def test_date_interval(value, expected):
    assert date_interval(value) == expected


@pytest.mark.parametrize("value", [None, "PRESENT_REF", "P3Y", "XXXX-WXX-1", "2019-13", "2019-02-30",
                                   "2019-03-01/2019-02-01"])
def test_unreadable_values_have_no_interval(value):
    assert date_interval(value) is None


@pytest.mark.parametrize("a,b,expected", [
    ("2019-01-18", "2019-01-18", True),
    ("2019-01-18", "2019-01", True),
    ("2019-02", "2019-01-18", False),
    ("2019-01-20", "2019-01-19/2019-01-22", True),
    ("2019-01-18/2019-01-20", "2019-01-19/2019-01-22", False),
    ("2019-W03", "2019-01-18", True),
    (None, "2018-06-12", True),
    ("PAST_REF", "2018-06-12", True),
])
def test_dates_compatible(a, b, expected):
    assert dates_compatible(a, b) is expected
    assert dates_compatible(b, a) is expected


@pytest.mark.parametrize("a,b,expected", [
    ("2019-02", "2019-02-27", "2019-02-27"),
    ("2019-02-27", "2019-02", "2019-02-27"),
    (None, "2019", "2019"),
    ("2019-01-18", "2019-01-18", "2019-01-18"),
])
def test_narrowest(a, b, expected):
    assert narrowest(a, b) == expected


@pytest.mark.parametrize("value,start,end,expected", [
    ("2019-02", "2019-02-20", "2019-03-01", True),
    ("2019-01-18", "2019-01-19", None, False),
    ("2019-01-18", None, "2019-01", True),
    ("2019-01-19/2019-01-22", "2019-01-22", "2019-01-30", True),
    (None, None, None, False),
])
def test_overlaps(value, start, end, expected):
    assert overlaps(value, start, end) is expected
