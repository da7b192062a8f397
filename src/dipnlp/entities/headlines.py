"""Names the model ran on into a title-case headline's words.

In "Ahmadinejad Lands in Beirut" or "Pashinyan, Aliyev Sign Joint Declaration"
every word is capitalised, and the model reads the verb and its object as more
of the name. The article names the person again in its body, where the words
after the name are written as common words ("signed"), or the tagger reads the
first of them as a verb ("Lands"), so the name ends before it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

#: Fewest capitalised words for a line to read as a title-case headline.
MIN_CAPITALISED = 3
#: Tags the tagger gives a capitalised verb: its own, or a plural proper noun for a third person's "-s"
#: ("Lands", "Brings").
VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "VBG", "NNPS"})
#: Endings dropped to find a headline word's stem among the article's common words.
ENDINGS = ("ing", "es", "ed", "s", "d")


def line_bounds(text: str, char: int) -> tuple[int, int]:
    """The character offsets of the line holding ``char``."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


def is_title_case_line(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether every word of a line but its short function words is capitalised, as in a headline."""
    words = [t for t in doc.char_span(start_char, end_char, alignment_mode="expand") or [] if t.is_alpha]
    lower = [t for t in words if not t.text[0].isupper()]
    return len(words) - len(lower) >= MIN_CAPITALISED and all(t.is_stop for t in lower)


def stems(word: str) -> set[str]:
    """A lowercase word and the stems it may have under a common English ending."""
    word = word.lower()
    found = {word}
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found.add(word[: -len(ending)])
            found.add(word[: -len(ending)] + "e")
    return found


def common_words(doc: Doc) -> set[str]:
    """The lemmas and forms of the article's lowercase words."""
    return {form for t in doc if t.is_alpha and t.is_lower for form in (t.text, t.lemma_.lower())}


def name_words(people: list[Span]) -> set[tuple[str, ...]]:
    """Every run of words inside a PERSON name ("Ilham", "Aliyev", "Ilham Aliyev")."""
    return {tuple(t.text for t in span[i:j]) for span in people
            for i in range(len(span)) for j in range(i + 1, len(span) + 1)}


def in_title_case_line(doc: Doc, span: Span, lines: dict[int, bool]) -> bool:
    """Whether ``span`` lies in a title-case line (the header line from its source on); ``lines`` caches
    the answer per line start."""
    bounds = line_bounds(doc.text, span.start_char)
    if bounds[0] == 0 and doc._.dip_header_end:
        bounds = (doc._.dip_header_end, bounds[1])  # the header line's source and headline, after its date
    if bounds[0] not in lines:
        lines[bounds[0]] = is_title_case_line(doc, *bounds)
    return lines[bounds[0]]


def cut_headline_run_ons(doc: Doc, spans: list[Span]) -> list[Span]:
    """Each PERSON in a title-case line that runs on past a name the body uses, into a word tagged as a verb
    or that the article also writes in lowercase, ends before that word; nothing is left of a PERSON that
    starts with such a word right after the name ("Ahmadinejad [Lands] in Beirut")."""
    lines: dict[int, bool] = {}
    headline = {s.start for s in spans if s.label_ == "PERSON" and in_title_case_line(doc, s, lines)}
    if not headline:
        return spans
    known = name_words([s for s in spans if s.label_ == "PERSON" and s.start not in headline])
    words = common_words(doc)

    def runs_on(k: int) -> bool:
        return (doc[k].text,) not in known and (doc[k].tag_ in VERB_TAGS or bool(stems(doc[k].text) & words))

    out = []
    for span in spans:
        if span.start not in headline:
            out.append(span)
            continue
        after_name = span.start > 0 and (doc[span.start - 1].text,) in known
        end = next((k for k in range(span.start, span.end) if runs_on(k) and (
            tuple(t.text for t in doc[span.start:k]) in known if k > span.start else after_name)), span.end)
        if end > span.start:
            out.append(span if end == span.end else Span(doc, span.start, end, label="PERSON"))
    return out
