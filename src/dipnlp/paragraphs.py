"""``dip_paragraphs``: a sentence starts after a blank line, after the date header and after a dateline,
and not after an abbreviated title ("the Hon. Minister") or an initial.

Runs before the parser, which keeps boundaries set beforehand. Without it the
small model joins a heading to the next paragraph ("Trump.\\n\\nKim ..." as one
noun phrase) and makes the header's "date" the subject of the first sentence;
likewise it makes the dateline's city the subject of the lead ("Riyadh,
December 09, SPA -- His Royal Highness ... chaired the summit").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

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


#: Dashes that close a dateline ("PARIS (Reuters) - ...", "Riyadh, December 09, SPA -- ...").
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
#: How far into the body a dateline may run, in tokens.
DATELINE_REACH = 30


def dateline_end(doc: Doc, body_start: int) -> int | None:
    """The index of the token after the dash that closes the dateline opening the body at ``body_start``.

    A dateline is a run of capitalised words, numbers and punctuation
    (no lower-case word) closed by a dash set off by spaces; None when the
    body opens otherwise ("Washington (CNN) President Trump said").
    """
    for token in doc[body_start: body_start + DATELINE_REACH]:
        if token.is_space or "\n" in token.text:
            return None
        if token.text in DATELINE_DASHES and token.i > body_start and doc[token.i - 1].whitespace_ \
                and token.whitespace_:
            return token.i + 1 if token.i + 1 < len(doc) else None
        if token.is_alpha and token.is_lower:
            return None
    return None


def body_start(doc: Doc) -> int:
    """Index of the first token of the body: after the header line, if any; ``len(doc)`` if none."""
    header_end = doc._.dip_header_end or 0
    start_char = 0
    if header_end:
        line_end = doc.text.find("\n", header_end)
        start_char = len(doc.text) if line_end < 0 else line_end
    return next((t.i for t in doc if t.idx >= start_char and not t.is_space), len(doc))


#: What ends a line that ends a sentence ("... signed today.", '... for generations".').
SENTENCE_ENDS = (".", "!", "?", '."', ".\u201d", ".'")


def in_opening_lines(token: Token) -> bool:
    """Whether ``token`` is in the lines that open the body before any line ends a sentence: a masthead,
    headlines, a subheading, a byline ("Chancellor Brandt in Warsaw - talks with Premier Cyrankiewicz")."""
    doc = token.doc
    first = body_start(doc)
    start = doc[first].idx if first < len(doc) else len(doc.text)
    line_end = doc.text.find("\n", token.idx)
    lines = doc.text[start: len(doc.text) if line_end < 0 else line_end].splitlines()
    return token.idx >= start and not any(line.rstrip().endswith(SENTENCE_ENDS) for line in lines)


def starts_line(token: Token) -> bool:
    """Whether ``token`` opens a line: the doc's first token, or one after a newline (the tokenizer makes
    every newline a whitespace token of its own; ``whitespace_`` holds at most one space)."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text


#: How many opening lines, and tokens from the body's start, a dateline in capitals may stand in: after
#: a masthead, a headline, a subheading, a byline and a date line ("THE MUSLIM / Islamabad, Friday ... /
#: headline / subheading / By Our Correspondent / ISLAMABAD, Dec 30: ...").
CAPITALS_LINES, CAPITALS_REACH = 8, 200


def opening_lines(doc: Doc, count: int = 3, reach: int = 80) -> list[int]:
    """The first tokens of the body's first ``count`` lines that start within ``reach`` tokens of it:
    where a dateline may stand, at the top or after a headline."""
    first = body_start(doc)
    if first >= len(doc):
        return []
    later = [t.i for t in doc[first + 1: first + reach] if not t.is_space and starts_line(t)]
    return [first] + later[:count - 1]


@Language.component("dip_paragraphs", assigns=["token.is_sent_start"])
def dip_paragraphs(doc: Doc) -> Doc:
    register_extensions()
    starts = paragraph_starts(doc)
    # a dateline opens the body or, after a headline and a byline, one of its first lines ("June 27, 2018
    # (KHARTOUM) - ..."): what follows its dash is a sentence of its own, which the parse reads apart from it
    after_datelines = [end for end in (dateline_end(doc, line) for line in opening_lines(doc, CAPITALS_LINES,
                                                                                        CAPITALS_REACH)) if end]
    bullets = bulleted_lines(doc)
    set_starts = starts + after_datelines + bullets
    for i in set_starts:
        doc[i].is_sent_start = True
    after_bullets = [i + 1 for i in bullets if i + 1 < len(doc) and i + 1 not in set_starts]  # "- X attended": one
    for i in inside_names(doc, set(set_starts)) + after_abbreviations(doc, set(set_starts)) + after_bullets:
        doc[i].is_sent_start = False
    return doc


#: Abbreviated titles and styles a name follows ("the Hon. Minister", "Amb. Zubairu Dada", "Smt. Sushma
#: Swaraj"), compared case-sensitively without their full stop.
TITLE_ABBREVIATIONS = frozenset({
    "Hon", "Rt", "Amb", "Smt", "Shri", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Gen", "Lt", "Col", "Maj", "Capt",
    "Adm", "Brig", "Cdr", "Cmdr", "Sgt", "Sen", "Sens", "Rep", "Reps", "Gov", "Pres", "Sec", "St"})


def after_abbreviations(doc: Doc, starts: set[int]) -> list[int]:
    """Capitalised tokens right after an abbreviated title or an initial and its full stop on the same
    line ("the Hon. Minister", "L. Paul Bremer"), where the parser would otherwise start a sentence."""
    found = []
    for tok in doc[2:]:
        if tok.i in starts or not tok.text[:1].isupper():
            continue
        prev, before = doc[tok.i - 1], doc[tok.i - 2]
        if prev.text.endswith(".") and len(prev.text) > 1:
            stop = prev.text[:-1]  # "Gen." as one token
        elif prev.text == "." and not before.whitespace_:
            stop = before.text  # "Hon" "."
        else:
            continue
        if stop in TITLE_ABBREVIATIONS or len(stop) == 1 and stop.isupper():
            found.append(tok.i)
    return found


def inside_names(doc: Doc, starts: set[int]) -> list[int]:
    """Tokens that continue a run of capitalised words on the same line, one of each pair tagged a proper
    noun ("Cheong Wa Dae", "PM Nawaz Sharif"), where the parser would otherwise start a sentence."""
    found = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.i in starts or not (prev.is_alpha and tok.is_alpha):
            continue  # a newline between them is a token of its own, which is not alpha
        if (prev.tag_ in PROPER_TAGS or tok.tag_ in PROPER_TAGS) and prev.text[0].isupper() and tok.text[0].isupper():
            found.append(tok.i)
    return found


#: Marks that open the lines of a list ("- Sergei Lavrov, Minister of Foreign Affairs;").
BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def bulleted_lines(doc: Doc) -> list[int]:
    """The bullet marks that open a line after a line that opens with one, each set off by a space: each item
    of a list is a sentence of its own ("Key points:\n- X attended the funeral\n- Y attended with Z"),
    which the parser, with no full stop between them, would otherwise read as one. An item that ends with
    punctuation is left to the parser and to the readers of lists ("- H.E. X, President of Y;"), and the
    first item stays with the line above it, which may be its heading ("MONDAY, NOV 8\n- X holds talks")."""
    marks = [t.i for t in doc if t.text in BULLETS and t.whitespace_ and t.i > 0 and starts_line(t)]
    return [i for before, i in zip(marks, marks[1:])
            if _line_start(doc, i - 1) == before and doc[i - 2].text[-1:].isalnum()]


def _line_start(doc: Doc, i: int) -> int:
    """The index of the first token of the line that token ``i`` is on (a line's newline ends it)."""
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    return i


#: Tags of proper nouns (the tagger runs before dip_paragraphs).
PROPER_TAGS = frozenset({"NNP", "NNPS"})
