"""dip_paragraphs: sentence starts after blank lines and after the date header."""
from __future__ import annotations

import pytest
from spacy.lang.en import English

from dipnlp.extensions import register_extensions
from dipnlp.paragraphs import after_abbreviations, body_start, dateline_end, inside_names, opening_lines, paragraph_starts


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    return English()


def test_blank_line_and_header_start_sentences(blank):
    doc = blank.make_doc(" date 2019-01-22 Bloomberg\n\nUS officials met.\n\nTrump\n\nKim spoke.")
    doc._.dip_header_end = 16
    starts = [doc[i].text for i in paragraph_starts(doc)]
    assert starts == ["Bloomberg", "US", "Trump", "Kim"]


@pytest.mark.parametrize("text", ["Trump met Kim in Hanoi. They spoke.", "Pompeo will meet\nKim Yong Chol in Washington."])
def test_no_break_inside_a_paragraph_even_when_hard_wrapped(blank, text):
    assert paragraph_starts(blank.make_doc(text)) == []


@pytest.mark.parametrize("body,after", [
    ("Riyadh, December 09, 2022, SPA -- His Highness chaired the summit.", "His"),
    ("TEL AVIV, Israel (AP) — President Biden will travel to Israel.", "President"),
    ("Washington (CNN) President Trump said a summit could happen - maybe.", None),
    ("Officials said - on Monday - that the talks were over.", None),
])
def test_a_dateline_closed_by_a_dash_is_a_sentence_of_its_own(blank, body, after):
    doc = blank.make_doc(" date 2022-12-09 SPA\n\n" + body)
    doc._.dip_header_end = 16
    end = dateline_end(doc, next(t.i for t in doc if t.text == "\n\n") + 1)
    assert (doc[end].text if end is not None else None) == after


def test_the_body_starts_after_the_header_line_and_its_first_lines_are_where_a_dateline_may_stand(blank):
    doc = blank.make_doc(" date 2023-05-18 Kyodo\n\nLeaders converge on Xi'an\n\nXI'AN, China (Kyodo) -- Xi hosts.")
    doc._.dip_header_end = 16
    assert doc[body_start(doc)].text == "Leaders"
    assert [doc[i].text for i in opening_lines(doc)] == ["Leaders", "XI'AN"]
    empty = blank.make_doc(" date 2023-05-18 Kyodo")
    empty._.dip_header_end = 16
    assert body_start(empty) == len(empty) and opening_lines(empty) == []


def _tagged(blank, words, tags, spaces=None):
    from spacy.tokens import Doc
    return Doc(blank.vocab, words=words, tags=tags, spaces=spaces)


def test_no_sentence_starts_inside_a_run_of_capitalised_words_one_of_them_a_proper_noun(blank):
    doc = _tagged(blank, ["he", "went", "to", "Cheong", "Wa", "Dae", "to", "meet", "PM", "Nawaz", "Sharif", "."],
                  ["PRP", "VBD", "IN", "NNP", "UH", "NNP", "TO", "VB", "NN", "NNP", "NNP", "."])
    assert [doc[i].text for i in inside_names(doc, set())] == ["Wa", "Dae", "Nawaz", "Sharif"]


def test_a_new_line_punctuation_or_a_set_start_is_left_alone(blank):
    doc = _tagged(blank, ["Talks", "in", "Hanoi", "\n", "Kim", "Jong", "Un", ",", "Trump", "met"],
                  ["NNS", "IN", "NNP", "_SP", "NNP", "NNP", "NNP", ",", "NNP", "VBD"],
                  [True, True, False, False, True, True, False, True, True, False])
    assert [doc[i].text for i in inside_names(doc, {5})] == ["Un"]


@pytest.mark.parametrize("text,kept", [
    ("The Hon. Minister met Gen. Naravane.", ["Minister", "Naravane"]),
    ("He called on L. Paul Bremer and Amb. Zubairu Dada.", ["Paul", "Zubairu"]),
    ("McConnell and Sens. John Barrasso and Susan Collins spoke.", ["John"]),  # the tokenizer splits "Sens" "."
    ("Trump met Kim in Hanoi. They spoke in the U.S. Then he left.", []),
    ("The Hon.\n\nMinister spoke.", []),
])
def test_no_sentence_starts_after_an_abbreviated_title_or_an_initial(blank, text, kept):
    doc = blank.make_doc(text)
    starts = set(paragraph_starts(doc))
    assert [doc[i].text for i in after_abbreviations(doc, starts)] == kept


def test_a_dateline_under_a_headline_ends_a_sentence_of_its_own(blank):
    from dipnlp.paragraphs import dip_paragraphs
    doc = blank.make_doc(" date 2018-06-27 Sudan Tribune\n\nKiir, Machar sign a declaration\n\nJune 27, 2018 (KHARTOUM) - "
                         "President Salva Kiir on Wednesday signed a declaration.")
    doc._.dip_header_end = 16
    dip_paragraphs(doc)
    assert [t.text for t in doc if t.is_sent_start] == ["Sudan", "Kiir", "June", "President"]


def test_each_bulleted_item_after_the_first_starts_a_sentence_with_its_bullet(blank):
    from dipnlp.paragraphs import dip_paragraphs
    doc = blank.make_doc("Key points:\n- About 4,000 mourners attended\n- The Premier attended with two aides\n"
                         "- Thousands protested")
    dip_paragraphs(doc)
    starts = [(t.i, t.text) for t in doc if t.is_sent_start]
    bullets = [t.i for t in doc if t.text == "-"]
    assert [i for i, _ in starts] == [0] + bullets[1:]  # the first item stays with its heading
    assert all(doc[i + 1].is_sent_start is False for i in bullets[1:])  # the bullet and its words are one


def test_a_dated_heading_keeps_the_first_item_below_it(blank):
    from dipnlp.paragraphs import dip_paragraphs
    doc = blank.make_doc("MONDAY, NOV 8\n- The President holds talks with the Premier\n- A well-known guest dines")
    dip_paragraphs(doc)
    first, second, inner = [t for t in doc if t.text == "-"]
    assert not first.is_sent_start and second.is_sent_start  # "MONDAY, NOV 8" dates the talks
    assert not inner.is_sent_start  # "well-known": no line starts there
