"""dip_paragraphs: sentence starts after blank lines and after the date header."""
from __future__ import annotations

import pytest
from spacy.lang.en import English

from dipnlp.extensions import register_extensions
from dipnlp.paragraphs import paragraph_starts


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
