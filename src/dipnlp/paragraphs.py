"""``dip_paragraphs``: a sentence starts after a blank line and after the date header.

Runs before the parser, which keeps boundaries set beforehand. Without it the
small model joins a heading to the next paragraph ("Trump.\\n\\nKim ..." as one
noun phrase) and makes the header's "date" the subject of the first sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dipnlp.extensions import register_extensions


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that start a paragraph (after a blank line) or follow the header's date.

    A single line break is not a boundary: hard-wrapped text keeps its sentences.
    """
    header_end = doc._.dip_header_end or 0
    header_line_end = doc.text.find("\n", header_end) if header_end else -1
    starts = []
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if doc[i].is_space:
            continue
        blank_line = prev.is_space and prev.text.count("\n") >= 2
        after_header_line = 0 <= header_line_end < doc[i].idx and prev.idx <= header_line_end
        if blank_line or after_header_line:
            starts.append(i)
        elif header_end and prev.idx < header_end <= doc[i].idx:
            starts.append(i)
    return starts


@Language.component("dip_paragraphs", assigns=["token.is_sent_start"])
def dip_paragraphs(doc: Doc) -> Doc:
    register_extensions()
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
