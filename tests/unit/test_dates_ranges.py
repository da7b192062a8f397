"""Ranges and month-only article dates: a range never ends before it starts, and
a day in the article's own month keeps the article's year whatever the tense."""
import pytest

from dipnlp.dates.normalize import normalize_date
from dipnlp.dates.values import bounds, by_tense, day_year


@pytest.mark.parametrize("text,ref,tense,value", [
    # a month-only article date: the day may be any in the month
    ("July 8-9", "2024-07", "future", "2024-07-08/2024-07-09"),
    ("July 8-9", "2024-07", "past", "2024-07-08/2024-07-09"),
    ("July 8", "2024-07", "future", "2024-07-08"),
    ("July 30", "2024-07", "past", "2024-07-30"),
    ("Oct. 26-28", "2024-10", "future", "2024-10-26/2024-10-28"),
    ("Oct. 26-28", "2024-10", "past", "2024-10-26/2024-10-28"),
    ("between March 3 and 5", "2024-03", "future", "2024-03-03/2024-03-05"),
    ("June 30-July 2", "2024-07", "future", "2024-06-30/2024-07-02"),
    ("June 30-July 2", "2024-06", "past", "2024-06-30/2024-07-02"),
    ("Dec. 28 - Jan. 3", "2024-12", "future", "2024-12-28/2025-01-03"),
    ("Dec. 28 - Jan. 3", "2025-01", "past", "2024-12-28/2025-01-03"),
    ("September 5", "2024-07", "future", "2024-09-05"),
    ("May 5", "2024-07", "past", "2024-05-05"),
])
def test_month_only_reference(text, ref, tense, value):
    assert normalize_date(text, ref, tense) == value


@pytest.mark.parametrize("text,ref,tense,value", [
    # the two ends once resolved apart and crossed over a new year
    ("Dec. 28 - Jan. 3", "2025-01-12", "future", "2024-12-28/2025-01-03"),  # just over: a misread tense
    ("Dec. 28 - Jan. 3", "2025-01-20", "future", "2025-12-28/2026-01-03"),
    ("Dec. 28 - Jan. 3", "2024-12-19", "past", "2024-12-28/2025-01-03"),
    ("December 30 - January 2, 2019", "2019-01-18", "past", "2018-12-30/2019-01-02"),
    ("June 30-July 2", "2024-07-15", "future", "2024-06-30/2024-07-02"),
    ("from Monday to Wednesday", "2019-01-22", "future", "2019-01-21/2019-01-23"),
    ("from Friday to Monday", "2019-01-22", "past", "2019-01-18/2019-01-21"),
    ("from Friday to Monday", "2019-01-22", "future", "2019-01-25/2019-01-28"),
    ("from November to February", "2019-01-22", "future", "2018-11/2019-02"),
    # ends in the wrong order, both written in full: no value
    ("2010-2009", "2019-01-18", "past", None),
    ("March 5-3", "2019-01-18", "past", None),
])
def test_range_never_ends_before_it_starts(text, ref, tense, value):
    assert normalize_date(text, ref, tense) == value


@pytest.mark.parametrize("ref", ["2024-07", "2024-12", "2025-01", "2024-07-15", "2024-12-30", "2025-01-02"])
@pytest.mark.parametrize("tense", ["past", "present", "future"])
@pytest.mark.parametrize("text", ["July 8-9", "Oct. 26-28", "between March 3 and 5", "June 30-July 2",
                                  "Dec. 28 - Jan. 3", "from Friday to Monday", "from November to February"])
def test_range_values_are_ordered(text, ref, tense):
    value = normalize_date(text, ref, tense)
    low, _, high = value.partition("/")
    high = high or low  # a range over the whole month of a month-only date is that month
    assert bounds(low)[0] <= bounds(high)[1], value


def test_day_year_inside_the_reference_period():
    import datetime as dt

    first, last = dt.date(2024, 7, 1), dt.date(2024, 7, 31)
    assert day_year(first, 7, 8, "future", last) == 2024
    assert day_year(last, 7, 8, "future") == 2025  # a known day: July 8 is behind


def test_by_tense_prefers_the_period_holding_the_reference():
    import datetime as dt

    day = dt.date(2019, 1, 22)
    periods = [(dt.date(2019, 1, 25), dt.date(2019, 1, 28)), (dt.date(2019, 1, 21), dt.date(2019, 1, 23))]
    assert by_tense(periods, day, day, "future") == 1


@pytest.mark.parametrize("text,value,parts", [
    ("1957-58", "1957/1958", ["1957", "58"]),
    ("from 2009 to 2010", "2009/2010", ["2009", "2010"]),
    ("Oct. 26-28", "2024-10-26/2024-10-28", ["Oct. 26", "28"]),
    ("June 30 \u2013 July 2", "2024-06-30/2024-07-02", ["June 30", "July 2"]),
    ("mid-March", "2024-03-15/2024-03-20", None),  # not two ends
    ("2009", "2009", None),
])
def test_range_parts(text, value, parts):
    from dipnlp.dates.absolute import range_parts

    found = range_parts(text, value)
    assert (found and [text[a:b] for a, b, _ in found]) == parts
    if found:
        assert "/".join(v for _, _, v in found) == value


@pytest.mark.parametrize("text,ref,value", [
    # two days of one month joined by "and": the days the event spans, in the article's year
    ("30 and 31 October", "1992-11", "1992-10-30/1992-10-31"),
    ("on 30 and 31 October", "1992-11-15", "1992-10-30/1992-10-31"),
    ("October 30 and 31", "1992-11-15", "1992-10-30/1992-10-31"),
    ("October 30 and 31, 1990", "1992-11-15", "1990-10-30/1990-10-31"),
    # a year named from the article's ("last year") holds both days
    ("December 28 and 29 last year", "1955-04-18", "1954-12-28/1954-12-29"),
    ("28 and 29 December last year", "1955-04-18", "1954-12-28/1954-12-29"),
    ("May 3 and 4 next year", "1955-04-18", "1956-05-03/1956-05-04"),
    ("the 30th and 31st of October", "1992-11-15", "1992-10-30/1992-10-31"),
    ("between 2009 and 2011", "2019-01-18", "2009/2011"),
])
def test_two_days_joined_by_and(text, ref, value):
    assert normalize_date(text, ref, "past") == value


def test_two_days_apart_joined_by_and_are_no_range():
    # "met on 3 and 7 March": two meetings, not one from the 3rd to the 7th
    assert normalize_date("3 and 7 March", "2022-03-16", "past") is None


@pytest.mark.parametrize("text", ["30 and 31 October", "5 and 31 Sept"])
def test_a_day_number_is_never_read_as_a_year(text):
    value = normalize_date(text, "1992-11-15", "past")
    assert value is None or value.startswith("1992"), value
