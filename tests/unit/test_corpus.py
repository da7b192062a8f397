"""Reading articles: headers, folders, JSON Lines, and bad input that must not stop a run."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipnlp.corpus import Article, InputError, parse_article, read_corpus


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
