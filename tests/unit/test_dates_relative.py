"""Relative expressions in whole sentences: the component's tense and value, against
article dates given to the day and to the month only."""
import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp(dates_nlp):
    return dates_nlp


def values(nlp, text, date):
    doc = nlp.make_doc(text)
    doc._.dip_article_date = date
    doc._.dip_header_end = 0
    return [(d["text"], d["value"]) for d in nlp(doc)._.dip_dates]


WED = "2019-01-16"  # a Wednesday


@pytest.mark.parametrize("text,date,expected", [
    ("Pompeo met Kim on Friday.", WED, [("Friday", "2019-01-11")]),
    ("Pompeo will meet Kim on Friday.", WED, [("Friday", "2019-01-18")]),
    ("Pompeo met Kim on Friday.", "2019-01", [("Friday", "2019-01-01/2019-01-25")]),
    ("Pompeo will meet Kim on Friday.", "2019-01", [("Friday", "2019-01-04/2019-01-31")]),
    ("Pompeo met Kim last week.", WED, [("last week", "2019-W02")]),
    ("Pompeo will meet Kim next week.", WED, [("next week", "2019-W04")]),
    ("Pompeo will meet Kim next month.", WED, [("next month", "2019-02")]),
    ("Pompeo will meet Kim next month.", "2019-01", [("next month", "2019-02")]),
    ("Pompeo will meet Kim later this month.", WED, [("later this month", "2019-01")]),
    ("Pompeo will meet Kim later this month.", "2019-01", [("later this month", "2019-01")]),
    ("Pompeo met Kim earlier this month.", WED, [("earlier this month", "2019-01")]),
    ("Pompeo met Kim earlier this month.", "2019-01", [("earlier this month", "2019-01")]),
    ("Pompeo met Kim last month.", "2019-01", [("last month", "2018-12")]),
    ("Pompeo will meet Kim in January.", "2018-10-10", [("January", "2019-01")]),
    ("Pompeo will meet Kim in January.", "2018-10", [("January", "2019-01")]),
    ("Pompeo met Kim in January.", "2018-10-10", [("January", "2018-01")]),
    ("Pompeo will meet Kim later this year.", "2018-10", [("later this year", "2018")]),
    ("Pompeo met Kim at the weekend.", WED, [("the weekend", "2019-W02-WE")]),
    ("Pompeo will meet Kim at the weekend.", WED, [("the weekend", "2019-W03-WE")]),
    ("Pompeo met Kim at the weekend.", "2019-01-19", [("the weekend", "2019-W02-WE")]),  # a Saturday: the last one
    ("Pompeo met Kim at the weekend.", "2019-01-20", [("the weekend", "2019-W03-WE")]),  # a Sunday: this one
])
def test_relative_expressions_follow_tense_and_article_date(nlp, text, date, expected):
    assert values(nlp, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # the clause's own verb looks ahead: a plan, not a past event
    ("The summit is planned for January.", [("January", "2019-01")]),
    ("The summit is scheduled for January.", [("January", "2019-01")]),
    ("The summit has been set for January.", [("January", "2019-01")]),
    ("The report is due in January.", [("January", "2019-01")]),
    ("The meeting is set for Friday.", [("Friday", "2018-10-12")]),
    ("The summit was scheduled for January.", [("January", "2018-01")]),  # told as past: stays past
])
def test_scheduled_in_a_present_clause_is_future(nlp, text, expected):
    assert values(nlp, text, "2018-10-10") == expected


@pytest.mark.parametrize("text,expected", [
    ("Pompeo met Kim on Monday. The two men dined together that evening.",
     [("Monday", "2019-01-14"), ("that evening", "2019-01-14TEV")]),
    ("Trump arrived in Hanoi on Tuesday and met Kim the next day.",
     [("Tuesday", "2019-01-15"), ("the next day", "2019-01-16")]),
    ("Pompeo flew to Seoul on Sunday. He had met Abe the day before.",
     [("Sunday", "2019-01-13"), ("the day before", "2019-01-12")]),
    ("Pompeo met Kim on Monday. The following day he flew to Tokyo.",
     [("Monday", "2019-01-14"), ("The following day", "2019-01-15")]),
    ("Milosevic flew in on Tuesday, and Tudjman arrived the same evening.",
     [("Tuesday", "2019-01-15"), ("the same evening", "2019-01-15TEV")]),
    ("Duterte met Xi on Monday. Later in the day, he called on Li.",
     [("Monday", "2019-01-14"), ("Later in the day", "2019-01-14")]),
    ("Duterte met Xi on Monday. Earlier in the afternoon, he toured a museum.",
     [("Monday", "2019-01-14"), ("Earlier in the afternoon", "2019-01-14TAF")]),
    # told from an event, not a day; or no day named before: no value
    ("Kim arrived on Tuesday, the day before the summit.", [("Tuesday", "2019-01-15")]),
    ("Pompeo met Kim the next day.", []),
])
def test_story_days_are_told_from_the_latest_day_named(nlp, text, expected):
    assert values(nlp, text, WED) == expected


def test_story_day_is_not_told_from_a_month_only_interval(nlp):
    assert values(nlp, "Pompeo met Kim on Monday and dined with him that evening.", "2019-01") == [
        ("Monday", "2019-01-01/2019-01-28")]
