"""The dip_dates component on a real model doc."""
import pytest

spacy = pytest.importorskip("spacy")

TEXT = (" date 2019-01-18 Updated 1950 EST to include details\n\n"
        "Kim Yong Chol met Pompeo on Friday. The summit follows their June 12, 2018 summit.")


@pytest.fixture(scope="module")
def nlp(dates_nlp):
    return dates_nlp


def make(nlp, text, date="2019-01-18"):
    from dipnlp.corpus import parse_article

    art = parse_article(text, "t.txt")
    doc = nlp.make_doc(text)
    doc._.dip_article_date = date if date else art.date
    doc._.dip_header_end = art.header_end
    return nlp(doc)


def test_component_writes_records_and_spans(nlp):
    doc = make(nlp, TEXT)
    values = {d["text"]: d["value"] for d in doc._.dip_dates}
    assert values["Friday"] == "2019-01-18"
    assert values["June 12, 2018"] == "2018-06-12"
    assert [s.text for s in doc.spans["dip_dates"]] == [d["text"] for d in doc._.dip_dates]


def test_component_ignores_header(nlp):
    doc = make(nlp, TEXT)
    assert all(d["start"] >= 16 for d in doc._.dip_dates)
    assert all(d["value"] != "1950" for d in doc._.dip_dates)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "date", " date 2019-13-45 x"])
def test_component_never_crashes(nlp, text):
    doc = make(nlp, text, date=None)
    assert isinstance(doc._.dip_dates, list)


def test_lexicon_round_trips_with_to_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = make(loaded, TEXT)
    assert [d["value"] for d in doc._.dip_dates] == [d["value"] for d in make(nlp, TEXT)._.dip_dates]
    assert (tmp_path / "pipeline" / "dip_dates" / "dates_lexicon.jsonl").exists()


def test_user_rules_extend_the_lexicon(nlp):
    pipe = nlp.get_pipe("dip_dates")
    pipe.add_rules("dates_lexicon", [{"text": "fortnightly", "kind": "set", "value": "P2W"}])
    from dipnlp.dates.normalize import normalize

    assert normalize("fortnightly", "2019-01-18", lexicon=pipe.lexicon).value == "P2W"


def test_records_are_plain_data_in_text_order(nlp):
    doc = make(nlp, TEXT)
    starts = [d["start"] for d in doc._.dip_dates]
    assert starts == sorted(starts)
    assert all(set(d) >= {"start", "end", "text", "value", "type", "token_start", "token_end", "tense"}
               for d in doc._.dip_dates)


def test_future_range_in_a_month_only_article_stays_in_its_month(nlp):
    doc = make(nlp, "Vladimir Putin is scheduled to host Narendra Modi there on July 8-9.", date="2024-07")
    dates = [(d["value"], d["tense"]) for d in doc._.dip_dates]
    assert dates == [("2024-07-08/2024-07-09", "future")]


@pytest.mark.parametrize("text,value,parts", [
    ("The expedition of 1957-58 crossed Antarctica.", "1957/1958", [("1957", "1957"), ("58", "1958")]),
    ("He served from 2009 to 2010 in Kabul.", "2009/2010", [("2009", "2009"), ("2010", "2010")]),
    ("The talks ran between March 3 and 5.", "2018-03-03/2018-03-05", [("March 3", "2018-03-03"), ("5", "2018-03-05")]),
])
def test_range_keeps_one_interval_and_gives_its_two_timeml_parts(nlp, text, value, parts):
    doc = make(nlp, text)
    record = next(d for d in doc._.dip_dates if "/" in d["value"])
    assert record["value"] == value
    assert [(p["text"], p["value"]) for p in record["parts"]] == parts
    assert all(doc.text[p["start"]:p["end"]] == p["text"] for p in record["parts"])


def test_widened_month_only_value_has_no_parts(nlp):
    doc = make(nlp, "Kim met Pompeo on Friday.", date="2019-01")
    assert [("parts" in d, d["value"]) for d in doc._.dip_dates] == [(False, "2019-01-01/2019-01-25")]


def test_a_weekday_word_inside_a_persons_name_is_no_date(nlp):
    doc = make(nlp, "Present at the meeting were Foreign Minister Choe Son Hui and Defence Minister Kang Sun Nam.")
    assert [d["text"] for d in doc._.dip_dates] == []


def _no_date(nlp, text):
    doc = nlp.make_doc(text)
    doc._.dip_article_date = None
    return nlp(doc)


def test_an_article_without_a_date_line_is_told_from_its_dateline(nlp):
    doc = _no_date(nlp, "PRESS STATEMENT 412\nMexico City, October 8, 2021\n\n"
                        "The minister received the delegation on October 8 and will travel on Monday.")
    values = {d["text"]: d["value"] for d in doc._.dip_dates}
    assert values["October 8"] == "2021-10-08"
    assert values["Monday"] == "2021-10-11"
    assert doc._.dip_article_date is None


def test_a_full_date_deep_in_an_undated_article_is_no_dateline(nlp):
    doc = _no_date(nlp, "The minister spoke at length. " * 20 + "The accord of June 12, 2018 was recalled. "
                        "They met on October 8.")
    values = {d["text"]: d["value"] for d in doc._.dip_dates}
    assert "October 8" not in values or values["October 8"] != "2018-10-08"


def test_a_bare_day_in_an_undated_article_takes_the_year_a_clause_stated_last(nlp):
    doc = _no_date(nlp, "The minister spoke at length. " * 20 + "Statement by the Press Secretary (issued March 24, "
                        "2009). On the afternoon of April 1, the President was received at the Palace.")
    values = {d["text"]: d["value"] for d in doc._.dip_dates}
    assert values["April 1"] == "2009-04-01"
    # the year of an event, as a timeline tells it, is no year of the article's
    doc = _no_date(nlp, "The minister spoke at length. " * 20 + "They met in Brussels on May 14, 2021. The talks "
                        "went on. The talks went on. They met again on October 8.")
    values = {d["text"]: d["value"] for d in doc._.dip_dates}
    assert "October 8" not in values or values["October 8"] != "2021-10-08"


@pytest.mark.parametrize("text,date,bare,value", [
    # the year of a circumstance of the governing clause holds for a bare day or month after it
    ("In March 2021, the envoy flew to Cairo, where he met the minister on 14 March.", "2024-02-01", "14 March",
     "2021-03-14"),
    ("In March 2021, the envoy flew to Cairo and met the minister on 14 March.", "2024-02-01", "14 March",
     "2021-03-14"),
    # a year told in a clause of its own, or on a noun, dates only that clause or thing
    ("The minister, who was appointed in May 2019, met the envoy in August.", "2022-03-01", "August", "2021-08"),
    ("They met after his trip to Rome in October 2016 and her visit to Paris in January.", "2017-04-29",
     "January", "2017-01"),
    # the next sentence keeps the year for the same month only, and the one after it does not
    ("In July 2018, the city hosted the summit. On 16 July he had breakfast with the president.", "2022-05-15",
     "16 July", "2018-07-16"),
    ("In March 2021, the envoy flew to Cairo. He met the minister on 14 May.", "2024-02-01", "14 May",
     "2023-05-14"),
    ("In March 2021, the envoy flew to Cairo. He spoke at length. He met the minister on 14 March.", "2024-02-01",
     "14 March", "2023-03-14"),
])
def test_a_bare_day_or_month_takes_the_year_its_clause_was_just_told_in(nlp, text, date, bare, value):
    doc = make(nlp, text, date=date)
    assert {d["text"]: d["value"] for d in doc._.dip_dates}[bare] == value


def test_the_day_after_a_clause_restates_the_day_before_it(nlp):
    doc = make(nlp, "The president will fly to Athens on Thursday, the day after the third round ends.", "2010-01-22")
    assert [d["value"] for d in doc._.dip_dates] == ["2010-01-28"]
    doc = make(nlp, "The president met the envoy on Thursday. He had met the minister the day before.", "2010-01-22")
    assert [d["value"] for d in doc._.dip_dates] == ["2010-01-21", "2010-01-20"]


def test_a_bare_day_in_a_past_clause_also_carries_its_value_ahead(nlp):
    doc = make(nlp, "The two leaders agreed last night to hold a second meeting in Geneva on May 21.", date="1970-03-20")
    record = next(d for d in doc._.dip_dates if d["text"] == "May 21")
    assert (record["value"], record["ahead"]) == ("1969-05-21", "1970-05-21")
    doc = make(nlp, "In June 2023 the ministers met in Kyiv, where they saw the president on 16 June.",
               date="2024-03-20")
    assert all("ahead" not in d for d in doc._.dip_dates)  # a year the sentence states is that year


def test_only_bare_days_and_months_carry_a_value_ahead(nlp):
    doc = make(nlp, "The two leaders met on Friday, and last week, and will meet again on May 21.", date="2019-01-18")
    assert all("ahead" not in d for d in doc._.dip_dates)


@pytest.mark.parametrize("line,value", [
    ("PICTURE: President Museveni welcomes President Clinton at Entebbe Airport on Tuesday.", "1998-03-24"),
    ("Photo caption: President Museveni welcomes President Clinton at Entebbe Airport on Tuesday.", "1998-03-24"),
    ("ABOVE: President Museveni welcomes President Clinton at Entebbe Airport on Tuesday.", "1998-03-24"),
    ("President Museveni welcomes President Clinton at Entebbe Airport on Tuesday.", "1998-03-31"),
])
def test_a_photo_captions_present_tells_a_past_day(nlp, line, value):
    doc = make(nlp, "Clinton is in Uganda.\n\n" + line, date="1998-03-26")
    assert {d["text"]: d["value"] for d in doc._.dip_dates}["Tuesday"] == value
