"""normalize_date, one rule per case, the reference date always pinned."""
import pytest

from dipnlp.dates.normalize import normalize, normalize_date

FRI = "2019-01-18"  # a Friday
TUE = "2019-01-22"  # a Tuesday
MAR = "2013-03-22"  # a Friday


@pytest.mark.parametrize("text,ref,tense,value", [
    # the issue's examples
    ("on Friday", FRI, "past", "2019-01-18"),
    ("Thursday evening", FRI, "past", "2019-01-17TEV"),
    ("towards the end of February", FRI, "future", "2019-02"),
    ("January 19-22", FRI, "future", "2019-01-19/2019-01-22"),
    ("June 12, 2018", FRI, "past", "2018-06-12"),
    ("on Sunday", TUE, "past", "2019-01-20"),
    ("late next month", TUE, "future", "2019-02"),
    ("next month", TUE, "future", "2019-02"),
    ("yesterday", TUE, "past", "2019-01-21"),
    ("today", TUE, "present", "2019-01-22"),
    ("this week", TUE, "present", "2019-W04"),
    ("next week", TUE, "future", "2019-W05"),
])
def test_issue_examples(text, ref, tense, value):
    assert normalize_date(text, ref, tense) == value


@pytest.mark.parametrize("text,tense,value", [
    ("Friday", "past", "2019-01-18"),
    ("Friday", "future", "2019-01-18"),
    ("Monday", "past", "2019-01-14"),
    ("Monday", "future", "2019-01-21"),
    ("Monday", "present", "2019-01-21"),  # "Biden travels to Hanoi on Monday": a schedule
    ("Friday", "present", "2019-01-18"),
    ("last Friday", "past", "2019-01-11"),
    ("next Friday", "future", "2019-01-25"),
])
def test_weekday_direction_follows_tense(text, tense, value):
    assert normalize_date(text, FRI, tense) == value


@pytest.mark.parametrize("text,tense,value", [
    ("August", "past", "2012-08"),
    ("August", "future", "2013-08"),
    ("January", "future", "2014-01"),
    ("February", "future", "2013-02"),  # the month just gone beats eleven months ahead
    ("April", "past", "2013-04"),  # the month just ahead beats eleven months back
    ("March", "past", "2013-03"),
    ("last June", "future", "2012-06"),
    ("next March", "past", "2014-03"),
    ("April 25", "past", "2012-04-25"),
    ("March 25", "past", "2013-03-25"),  # three days ahead beats a year back: the tense was misread
    ("March 25", "future", "2013-03-25"),
])
def test_month_year_follows_tense(text, tense, value):
    assert normalize_date(text, MAR, tense) == value


@pytest.mark.parametrize("text,value", [
    ("19-22 January 2019", "2019-01-19/2019-01-22"),
    ("from March 3 to 5", "2019-03-03/2019-03-05"),
    ("between 2009 and 2011", "2009/2011"),
    ("1957-58", "1957/1958"),
    ("2009-2010", "2009/2010"),
    ("March 30 - April 2, 2019", "2019-03-30/2019-04-02"),
])
def test_ranges(text, value):
    assert normalize_date(text, FRI, "future") == value


@pytest.mark.parametrize("text,value,mod", [
    ("late next month", "2019-02", "END"),
    ("early December", "2018-12", "START"),
    ("mid-March", "2018-03", "MID"),
    ("the beginning of next year", "2020", "START"),
    ("the end of the year", "2019", "END"),
    ("about three years", "P3Y", "APPROX"),
])
def test_modifiers_keep_value_and_mod(text, value, mod):
    timex = normalize(text, FRI, "past")
    assert (timex.value, timex.mod) == (value, mod)


@pytest.mark.parametrize("text,value", [
    ("last week", "2019-W02"), ("this weekend", "2019-W03-WE"), ("last year", "2018"),
    ("this fiscal year", "2019"), ("next quarter", "2019-Q2"), ("the first quarter", "2019-Q1"),
    ("the fourth quarter of 2018", "2018-Q4"), ("Q3 2017", "2017-Q3"), ("the second half of 2018", "2018-H2"),
    ("last summer", "2018-SU"), ("the summer of 2016", "2016-SU"), ("the 1990s", "199"), ("the '80s", "198"),
    ("the 20th century", "19"), ("this decade", "201"), ("2009", "2009"), ("fiscal 2017", "2017"),
    ("three years ago", "2016"), ("two weeks ago", "2019-W01"), ("a month ago", "2018-12"),
    ("tomorrow morning", "2019-01-19TMO"), ("last night", "2019-01-17TNI"), ("tonight", "2019-01-18TNI"),
    ("July 1 last year", "2018-07-01"), ("1 July last year", "2018-07-01"), ("March 3 next year", "2020-03-03"),
])
def test_calendar_units(text, value):
    assert normalize_date(text, FRI, "past") == value


@pytest.mark.parametrize("text,value", [
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF"),
    ("the past", "PAST_REF"), ("the future", "FUTURE_REF"),
])
def test_references(text, value):
    assert normalize_date(text, FRI) == value


@pytest.mark.parametrize("text,value", [
    ("three years", "P3Y"), ("the past two years", "P2Y"), ("a decade", "P10Y"), ("several months", "PXM"),
    ("recent weeks", "PXW"), ("the next few months", "PXM"), ("four-week", "P4W"), ("an hour", "PT1H"),
    ("24 hours", "PT24H"), ("90 days", "P90D"), ("years", "PXY"), ("a month earlier", "P1M"),
    ("the past year", "P1Y"), ("half an hour", "PT30M"),
])
def test_durations(text, value):
    timex = normalize(text, FRI)
    assert (timex.value, timex.type) == (value, "DURATION")


@pytest.mark.parametrize("text,value", [
    ("every Monday", "XXXX-WXX-1"), ("daily", "P1D"), ("annually", "P1Y"), ("each morning", "XXXX-XX-XXTMO"),
    ("every two weeks", "P2W"), ("twice a year", "P1Y"),
])
def test_sets(text, value):
    timex = normalize(text, FRI)
    assert (timex.value, timex.type) == (value, "SET")


@pytest.mark.parametrize("text,tense,value", [
    ("8 p.m.", "past", "2019-01-18T20:00"), ("10:30 a.m. Thursday", "past", "2019-01-17T10:30"),
    ("15:00 GMT Saturday", "future", "2019-01-19T15:00"), ("1950 EST", "past", "2019-01-18T19:50"),
    ("noon tomorrow", "future", "2019-01-19T12:00"),
])
def test_times(text, tense, value):
    timex = normalize(text, FRI, tense)
    assert (timex.value, timex.type) == (value, "TIME")


@pytest.mark.parametrize("text,value", [
    ("today", "2019-01"), ("on Friday", "2019-01-01/2019-01-25"), ("on Saturday morning", "2019-01-01TMO/2019-01-26TMO"),
    ("next month", "2019-02"), ("last year", "2018"), ("this week", "2019-W01/2019-W05"),
])
def test_month_precision_reference_gives_intervals_inside_the_month(text, value):
    assert normalize_date(text, "2019-01") == value


@pytest.mark.parametrize("text,value", [("June 12, 2018", "2018-06-12"), ("Friday", None), ("next month", None)])
def test_no_reference_only_absolute_values(text, value):
    assert normalize_date(text, None) == value


@pytest.mark.parametrize("text", ["", "hello", "the", "12", "seconds ago and", "the 99th day", "the last day",
                                  "the final seconds"])
def test_nonsense_gives_none(text):
    assert normalize_date(text, FRI) is None


def test_datetime_reference_accepted():
    import datetime as dt

    assert normalize_date("yesterday", dt.date(2019, 1, 22)) == "2019-01-21"


@pytest.mark.parametrize("value,calendar", [
    ("2019-01-18", "2019-01-18"), ("2019-W04", "2019-01-21/2019-01-27"), ("2019-W03-WE", "2019-01-19/2019-01-20"),
    ("2019-01-17TEV", "2019-01-17"), ("2018-SU", "2018-06/2018-08"), ("2018-WI", "2018-12/2019-02"),
    ("2019-H2", "2019-07/2019-12"), ("199", "1990/1999"), ("2019-01-19/2019-01-22", "2019-01-19/2019-01-22"),
    ("2019-W01/2019-W05", "2018-12-31/2019-02-03"), ("P3Y", None), ("PRESENT_REF", None), (None, None),
])
def test_to_calendar_for_event_dates(value, calendar):
    from dipnlp.dates.values import to_calendar

    assert to_calendar(value) == calendar
