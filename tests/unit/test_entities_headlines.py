"""Names run on into a title-case headline's words (dipnlp.entities.headlines), on hand-built Docs."""
from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from dipnlp.entities.headlines import cut_headline_run_ons, is_title_case_line, stems
from dipnlp.extensions import register_extensions

register_extensions()


def _doc(text: str, people: list[str], lemmas: dict[str, str] | None = None) -> tuple[Doc, list[Span]]:
    """A Doc of ``text`` split on spaces ("\\n" a word of its own) and the PERSON spans of ``people`` (the
    first not yet taken occurrence of each)."""
    words = text.split(" ")
    doc = Doc(English().vocab, words=words, lemmas=[(lemmas or {}).get(w, w) for w in words])
    spans, taken = [], set()
    for name in people:
        part = name.split(" ")
        start = next(i for i in range(len(words)) if words[i:i + len(part)] == part and i not in taken)
        taken.add(start)
        spans.append(Span(doc, start, start + len(part), label="PERSON"))
    return doc, spans


def test_a_headline_name_run_on_into_a_verb_the_body_writes_in_lowercase_ends_before_it():
    doc, spans = _doc("Pashinyan , Aliyev Sign Joint Declaration at White House \n "
                      "Nikol Pashinyan and Ilham Aliyev signed a declaration .",
                      ["Pashinyan", "Aliyev Sign Joint Declaration", "Nikol Pashinyan", "Ilham Aliyev"],
                      lemmas={"signed": "sign"})
    assert [s.text for s in cut_headline_run_ons(doc, spans)] == ["Pashinyan", "Aliyev", "Nikol Pashinyan",
                                                                  "Ilham Aliyev"]


def test_a_headline_word_the_model_tags_alone_right_after_a_name_is_no_one():
    doc, spans = _doc("Ahmadinejad Lands in Beirut , Holds Talks with Suleiman \n Mahmoud Ahmadinejad arrived .",
                      ["Lands", "Suleiman", "Mahmoud Ahmadinejad"])
    doc[1].tag_ = "NNPS"  # as the tagger reads a capitalised third person's "-s"
    assert [s.text for s in cut_headline_run_ons(doc, spans)] == ["Suleiman", "Mahmoud Ahmadinejad"]


def test_the_header_line_is_read_from_its_source_on():
    doc, spans = _doc("date 2010-10-13 Naharnet Ahmadinejad Lands in Beirut , Holds Talks with Suleiman \n "
                      "Mahmoud Ahmadinejad arrived .", ["Ahmadinejad Lands", "Suleiman", "Mahmoud Ahmadinejad"])
    doc[4].tag_ = "NNPS"
    doc._.dip_header_end = len("date 2010-10-13")
    assert [s.text for s in cut_headline_run_ons(doc, spans)][0] == "Ahmadinejad"


def test_a_headline_name_keeps_a_middle_name_the_body_leaves_out():
    doc, spans = _doc("Hillary Rodham Clinton Meets Putin \n Hillary Clinton met the president in Rodham .",
                      ["Hillary Rodham Clinton", "Putin", "Hillary Clinton"])
    assert [s.text for s in cut_headline_run_ons(doc, spans)][0] == "Hillary Rodham Clinton"


def test_a_name_in_a_body_sentence_is_not_cut():
    doc, spans = _doc("Aliyev Sign said the talks went well \n Ilham Aliyev will sign the text .",
                      ["Aliyev Sign", "Ilham Aliyev"])
    assert [s.text for s in cut_headline_run_ons(doc, spans)] == ["Aliyev Sign", "Ilham Aliyev"]


@pytest.mark.parametrize("line,expected", [
    ("Ahmadinejad Lands in Beirut , Holds Talks with Suleiman at Baabda", True),
    ("Ahmadinejad landed in Beirut and held talks with Suleiman", False),
    ("Xi Meets Biden", True),
    ("Merkel Arrives", False),  # too short to tell a headline from a byline or a caption
])
def test_a_title_case_line_capitalises_every_word_but_its_function_words(line, expected):
    doc = Doc(English().vocab, words=line.split(" "))
    assert is_title_case_line(doc, 0, len(doc.text)) is expected


def test_stems_undo_common_endings():
    assert {"land", "hold", "announce", "sign"} <= stems("Lands") | stems("Holding") | stems("Announces") \
        | stems("Sign")
