"""Reading articles: headers, folders, JSON Lines, and bad input that must not stop a run."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnlp.corpus import Article, InputError, check_date, parse_article, read_corpus


@pytest.mark.parametrize(
    "text,date,header_end",
    [
        (" date 2019-01-18 Updated 1950 EST\n\nBody.", "2019-01-18", 16),
        (" date 2019-01 Bloomberg\nBody.", "2019-01", 13),
        ("date 2015-07-14 Reuters\nBody.", "2015-07-14", 15),
        ("No header here. date 2019-01-18", None, 0),
    ],
)
def test_header_gives_date_and_keeps_text(text, date, header_end):
    art = parse_article(text, "a.txt")
    assert (art.date, art.header_end) == (date, header_end)
    assert art.text == text  # offsets stay offsets into the file


def test_invalid_header_date_is_a_warning_not_a_date():
    art = parse_article(" date 2019-13-45 x\nBody.", "bad.txt")
    assert art.date is None
    assert "bad.txt" in art.warnings[0]


def test_caller_date_wins_over_header():
    assert parse_article(" date 2019-01-18 x\n", "a.txt", date="2019-02").date == "2019-02"


@pytest.mark.parametrize("text,date", [
    ("Leaders hold talks\n\nby A. Writer\n\n19 August 2024\n\nThe two leaders met on Monday.", "2024-08-19"),
    ("Talks in the capital\n19 December 2022, 18:40\n\nCAPITAL, 19 December - The two met.", "2022-12-19"),
    ("Media Note\nOffice of the Spokesman\nWashington, DC\nJuly 23, 2002\n\nThe Secretary will travel.",
     "2002-07-23"),
    ("Published: Tuesday, Sept. 5, 2023 10:00\n\nThe two met.", "2023-09-05"),
    ("A headline\n\nABU DHABI, 15th January, 2023 (WAM) -- The President today received the guest.", "2023-01-15"),
    ("A headline\n\nPARIS, March 3, 2021 - The President received the guest on Monday.", "2021-03-03"),
    ("A HEADLINE\n\nKINGSTOWN, St Vincent, Apr 8, 1982 (CANA) -- The Prime Minister held talks.", "1982-04-08"),
])
def test_without_a_header_a_full_date_at_the_top_is_the_article_date(text, date):
    assert parse_article(text, "a.txt").date == date


@pytest.mark.parametrize("text", [
    "A headline\n\nAccra, July 3, GNA - The President received the guest on Wednesday.",  # no year
    "A timeline\n\n- September 27, 2020: Fighting erupts.\n- November 10, 2020: A ceasefire.",  # a list item
    "The two leaders met on 19 August 2024 in the capital.",  # a date inside a sentence
    "\n".join(["A line of the body."] * 10 + ["19 August 2024"]),  # below the top of the article
    "Mayday 5 2023\n\nThe two met.",  # no month name
])
def test_a_date_that_is_no_date_line_gives_no_article_date(text):
    assert parse_article(text, "a.txt").date is None


def test_a_header_or_a_caller_date_wins_over_a_date_line():
    text = "19 August 2024\n\nThe two met on Monday."
    assert parse_article(" date 2024-08-20 x\n" + text, "a.txt").date == "2024-08-20"
    assert parse_article(text, "a.txt", date="2024-08-21").date == "2024-08-21"


@given(st.text(max_size=300))
def test_a_date_line_is_a_real_date_or_none_whatever_the_text(text):
    date = parse_article(text, "a.txt").date
    assert date is None or check_date(date) == date


def test_folder_reads_txt_recursively_and_reports_bad_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(" date 2020-05-01 x\nTalks.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("More talks.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_corpus(tmp_path))
    ok = {i.id: i for i in items if isinstance(i, Article)}
    errors = [i for i in items if isinstance(i, InputError)]
    assert set(ok) == {"a", "b"} and ok["a"].date == "2020-05-01"
    assert sorted(e.source.rsplit("/", 1)[-1] for e in errors) == ["empty.txt", "latin1.txt"]
    assert any("empty" in e.message for e in errors) and any("UTF-8" in e.message for e in errors)


def test_oversized_and_missing_inputs_are_errors(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 200, encoding="utf-8")
    items = list(read_corpus([big, tmp_path / "nope.txt"], max_bytes=100))
    assert [type(i) for i in items] == [InputError, InputError]
    assert "over the limit" in items[0].message and "no such file" in items[1].message


def test_jsonl_records_with_errors_per_line(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "x1", "text": "Talks began.", "date": "2019-01"}), "{not json",
             json.dumps({"id": "x3", "text": ""}), json.dumps({"text": "No id.", "date": "2019-02-30"}),
             json.dumps(["a list"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_corpus(path))
    assert isinstance(items[0], Article) and items[0].id == "x1" and items[0].date == "2019-01"
    assert [type(i).__name__ for i in items[1:]] == ["InputError"] * 4
    assert all("in.jsonl" in i.message for i in items[1:])


@given(st.text(max_size=300))
def test_any_text_parses_with_header_inside_text(text):
    art = parse_article(text, "x.txt")
    assert 0 <= art.header_end <= len(text)
    assert art.date is None or len(art.date) in (7, 10)
