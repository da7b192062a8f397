"""Entity types from the context of a name: datelines, cue nouns, verbs, possessives.

Plain functions over a parsed Doc, used by ``dip_entity_rules``:

- the news source: the rest of the header line, and the parenthesised name of
  the dateline ("SOCHI, Russia (AFP) -") are ORG; the dateline's upper-case city
  is a VENUE;
- a capitalised name right before a venue noun is a VENUE ("the
  InterContinental hotel", "his Bocharov Ruchei residence");
- an acronym right before an organisation noun is an ORG ("the BRICS summit");
- a building used as its institution is an ORG: the subject of a speech verb
  ("the White House said"), or the qualifier of a title or of an
  institution's people ("White House spokeswoman", "White House officials");
- "St. Michael's Golden-Domed Monastery" is one venue.
"""
from __future__ import annotations

import re

from collections.abc import Container, Iterable

from spacy.tokens import Doc, Span

from dipnlp.entities.spans import DASHES, Candidate
from dipnlp.paragraphs import CAPITALS_LINES, CAPITALS_REACH, opening_lines

MAX_DATELINE_TOKENS = 12
MAX_SOURCE_TOKENS = 4


def has_capital(doc: Doc, cand: Candidate) -> bool:
    """Whether a candidate name has a capitalised or upper-case word ("flank" is no name)."""
    return any(t.text[:1].isupper() or t.is_digit for t in doc[cand.start:cand.end])


def _header_line_end(doc: Doc, header_end: int) -> int:
    end = doc.text.find("\n", header_end)
    return len(doc.text) if end < 0 else end


#: How many body lines may repeat the headline that the header line carries after its source.
HEADLINE_LINES = 6


def _before_repeated_headline(doc: Doc, header_end: int, line_end: int) -> int:
    """Where the source ends on a header line that goes on with the headline, when a line of the body
    repeats that headline: " date 2025-02-03 Newsroom Panama Rubio heads for ..." over "Rubio heads for
    ...": "Newsroom Panama"; or when a line of the body gives the source alone (" date 2008-09-07 Today's
    Zaman Gül makes history ..." over "TODAY'S ZAMAN")."""
    header = doc.text[header_end:line_end]
    lines = [line.strip() for line in doc.text[line_end:].split("\n") if line.strip()][:HEADLINE_LINES]
    for line in lines:
        if len(line) > 10 and header.rstrip().endswith(line) and header.strip() != line:
            return header_end + len(header.rstrip()) - len(line)
    lead = len(header) - len(header.lstrip())
    for line in lines:  # the source's name in capitals on a line of its own: "TODAY'S ZAMAN"
        if header.lstrip().lower().startswith(line.lower() + " ") and len(line.split()) <= MAX_SOURCE_TOKENS:
            return header_end + lead + len(line)
    # a body headline written otherwise (capitals, a longer or shorter form): the same first words
    words = list(re.finditer(r"\S+", header))
    openings = {_first_words(line) for line in lines if len(line.split()) >= HEADLINE_WORDS}
    for k in range(1, len(words) - HEADLINE_WORDS + 1):
        if _first_words(header[words[k].start():]) in openings:
            return header_end + words[k].start()
    return line_end


#: How many first words a body line must share with the rest of the header line to repeat its headline.
HEADLINE_WORDS = 4


def _first_words(text: str) -> tuple[str, ...]:
    """The first :data:`HEADLINE_WORDS` words of a line, lower-cased and without punctuation."""
    return tuple(w.strip(".,;:!?'\"‘’“”").lower() for w in text.split()[:HEADLINE_WORDS])


def source_candidates(doc: Doc) -> list[Candidate]:
    """The news source: the words after the date on the header line, and the dateline's "(AFP)"."""
    found = []
    header_end = doc._.dip_header_end or 0
    if header_end:
        line_end = _header_line_end(doc, header_end)
        line_end = _before_repeated_headline(doc, header_end, line_end)
        toks = [t for t in doc if header_end <= t.idx < line_end and not t.is_space]
        if toks and len(toks) <= MAX_SOURCE_TOKENS and toks[0].text[:1].isupper() \
                and all(t.is_alpha or t.text in {"-", "&", ".", "'s", "’s"} for t in toks):
            found.append(Candidate(toks[0].i, toks[-1].i + 1, "ORG", priority=2))
    for start in opening_lines(doc, CAPITALS_LINES, CAPITALS_REACH):
        credit = _dateline_credit(doc, start)
        if credit is not None:
            found.append(credit)
            break
    return found


def _dateline_credit(doc: Doc, start: int) -> Candidate | None:
    """The agency in brackets of a dateline that opens a line ("LUSAKA, September 7, 1974 (ZANA) --")."""
    if not (doc[start].text == "(" or doc[start].is_upper):
        return None
    window = range(start, min(start + MAX_DATELINE_TOKENS, len(doc)))
    i = next((k for k in window if doc[k].text == "(" or "\n" in doc[k].text), None)
    if i is None or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(i + 2 + MAX_SOURCE_TOKENS, len(doc))) if doc[j].text == ")"), None)
    if close and close > i + 1 and doc[i + 1].text[:1].isupper() and close + 1 < len(doc) \
            and doc[close + 1].text in DASHES:
        return Candidate(i + 1, close, "ORG", priority=2)
    return None


def dateline_places(doc: Doc, sources: Iterable[str] = (), places: Container[str] = frozenset()) -> list[Candidate]:
    """The upper-case place that opens the body or, after a headline, one of its first paragraphs
    ("NAIROBI (AFP) -", "TEL AVIV, Israel (AP) -", "XI'AN, China (Kyodo) --"); not the news source's
    name in capitals on a line of its own ("KYODO NEWS - Nov 4, 2023" above "MANILA - ..."). Further down,
    after a byline and a date line, or before a colon ("RIYADH: ..."), only a known place of ``places``
    is one ("PUBLISHED: ..." is not), and one before a colon only when no line below is a dateline of
    another shape (IRIN's "SUDAN: Government and ... sign" over "NAIROBI, 10 January 2005 (IRIN) -")."""
    names = {_without_article(name) for name in sources}
    near = opening_lines(doc)
    labelled = []  # "SUDAN: Government and SPLM/A sign ...": a headline's country label, or a dateline
    for start in opening_lines(doc, CAPITALS_LINES, CAPITALS_REACH):
        found = [c for c in _dateline_place_at(doc, start) if _without_article(doc[c.start:c.end].text) not in names
                 and (start in near and doc[c.end].text != ":" or doc[c.start:c.end].text.title() in places)]
        if found and doc[found[0].end].text != ":":
            return found
        labelled = labelled or found
    return labelled


def _without_article(name: str) -> str:
    """A name lower-cased without a leading "the" ("THE NEW VISION" is the source "New Vision")."""
    name = name.lower()
    return name[4:] if name.startswith("the ") else name


def _dateline_place_at(doc: Doc, start: int) -> list[Candidate]:
    end = start
    while end < len(doc) and (doc[end].is_upper and doc[end].text.replace("'", "").replace("’", "").isalpha()
                              or doc[end].text == "-" and end > start
                              and doc[end - 1].is_upper and not doc[end].whitespace_):
        end += 1
    if end > start and end < len(doc) and doc[end].text in {",", "(", ":"} | DASHES and doc[start].is_upper \
            and len(doc[start].text) > 1:
        return [Candidate(start, end, "VENUE", priority=2)]
    return []


def _capitalised_run_before(doc: Doc, end: int) -> int:
    """Start of the run of capitalised words that ends at ``end`` (== end when there is none)."""
    start = end
    while start > 0:
        tok = doc[start - 1]
        if (tok.is_title or (tok.text[:1].isupper() and tok.is_alpha)) and tok.pos_ in {"PROPN", "NOUN", "ADJ"}:
            start -= 1
        elif tok.text == "-" and start > 1 and not tok.whitespace_ and not doc[start - 2].whitespace_ and start < end:
            start -= 1
        else:
            break
    while start < end and not doc[start].is_alpha:
        start += 1
    return start


def names_before_venue_nouns(doc: Doc, cues: dict) -> list[Candidate]:
    """A capitalised name right before a lower-case venue noun is a VENUE ("the Otani Sanso inn")."""
    found = []
    for tok in doc:
        if tok.i == 0 or not tok.is_lower or tok.lower_ not in cues["venue_noun"]:
            continue
        start = _capitalised_run_before(doc, tok.i)
        if start < tok.i and not doc[start].is_sent_start:
            found.append(Candidate(start, tok.i, "VENUE", priority=2))
    return found


def acronym_orgs(doc: Doc, cues: dict, places: dict) -> list[Candidate]:
    """An upper-case acronym right before an organisation noun is an ORG ("the BRICS summit",
    "BRICS emerging economies"); places ("U.S. officials") and people are left alone."""
    found = []
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and len(tok) >= 2) or tok.text in places or tok.ent_type_ == "PERSON":
            continue
        nxt = tok.i + 1
        if nxt < len(doc) and doc[nxt].pos_ == "ADJ" and doc[nxt].is_lower:
            nxt += 1
        if nxt < len(doc) and doc[nxt].is_lower and doc[nxt].lower_ in cues["org_noun"]:
            found.append(Candidate(tok.i, tok.i + 1, "ORG", priority=2))
    return found


def country_then_name(doc: Doc, cand: Candidate, places: dict, heads: frozenset) -> list[Candidate]:
    """Split a name the model ran on from a country's name after "of" ("President of the [Islamic
    Republic of Iran Masoud Pezeshkian]", "of the [Lao People's Democratic Republic Thongloun
    Sisoulith]", "President of [Turkmenistan Serdar Berdimuhamedov]"), after "in" or "to" after a
    capitalised word ("High Commissioner in [Dhaka Syed Ahmed Maroof]") or after a spaced dash, as
    wires list leaders by country ("the presidents of [Azerbaijan - Heydar Aliyev], [Armenia - Robert
    Kocharyan]"): the known place is a place and the two to four capitalised words after it a
    PERSON. The place keeps the model's label, or is a GPE when the model tagged it all a PERSON."""
    start = cand.start + 1 if doc[cand.start].lower_ == "the" else cand.start  # the model's "the Islamic ..."
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "the" and start > 1:
        before = doc[start - 2]
    after_of = before is not None and (before.lower_ == "of" or before.lower_ in ("in", "to") and before.i > 0
                                       and doc[before.i - 1].is_title)  # "High Commissioner in [Dhaka Syed ...]"
    if cand.label == "PERSON" and not after_of:
        return [cand]
    place_label = "GPE" if cand.label == "PERSON" else cand.label
    for k in range(cand.end - 2, start, -1):
        name = doc[k:cand.end]
        dash = doc[k - 1].text in DASHES and doc[k - 1].whitespace_ and k - 2 >= start and doc[k - 2].whitespace_
        place_end = k - 1 if dash else k
        words = [t for t in name if not _joining_hyphen(t)]  # "Kassym-Jomart Tokayev": three words
        if (after_of or dash) and doc[start:place_end].text in places and doc[k - 1].whitespace_ \
                and name[0].is_alpha and 2 <= len(words) <= 4 \
                and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words) and name.text not in places \
                and not any(t.lower_ in heads for t in name):
            return [Candidate(start, place_end, place_label, cand.priority),
                    Candidate(k, cand.end, "PERSON", cand.priority)]
    return [cand]


def _joining_hyphen(token) -> bool:
    """Whether a token is a hyphen inside a word ("Kassym-Jomart"), unspaced on both sides."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def title_names_an_org(doc: Doc, start: int, end: int, cues: dict) -> bool:
    """A one-word title that is the first word of an organisation's name ("General Assembly")."""
    return end - start == 1 and end < len(doc) and doc[start].is_title and doc[end].is_title \
        and doc[end].lower_ in cues["org_head"]


def join_possessive_venues(doc: Doc, spans: list[Span], cues: dict, places: dict) -> list[Span]:
    """"St. Michael" + "'s" + "Golden-Domed Monastery" is one venue, when the first name is no
    known place or person and the second has a venue head."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.start == prev.end + 1 and doc[prev.end].text in {"'s", "’s"} \
                and prev.label_ in {"VENUE", "ORG"} and prev.text not in places and span.label_ == "VENUE" \
                and span[-1].lower_ in cues["venue_head"]:
            out[-1] = Span(doc, prev.start, span.end, label="VENUE")
        else:
            out.append(span)
    return out


def institutions_by_use(doc: Doc, spans: list[Span], titles, cues: dict, places: dict) -> list[Span]:
    """A named building (a name with a venue head, not a gazetteer place) used as its institution is
    an ORG at that mention:
    the subject of a speech verb, the qualifier of a title or of its people ("White House officials")."""
    title_starts = {t.start for t in titles}
    out = []
    for span in spans:
        if span.label_ == "VENUE" and len(span) > 1 and span.text not in places and span[-1].lower_ in cues["venue_head"] \
                and _speaks_for(doc, span, cues, title_starts):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def _speaks_for(doc: Doc, span: Span, cues: dict, title_starts: set[int]) -> bool:
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in cues["speech_verb"]:
        return True
    if span.end in title_starts:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.lower_ in cues["staff_noun"] and nxt.is_lower


def places_by_use(doc: Doc, spans: list[Span], cues: dict) -> list[Span]:
    """Names that are places by their use: after "the city of", "the resort of" ("the desert city
    of Al-Ula", "the copper mine of Chuquicamata" that the model calls a product), before an appositive
    place or settlement noun ("Cidade de Deus, the west-zone community"), and a one-word ORG that is a
    VENUE elsewhere in the article ("in Nagato")."""
    venues = {s.text for s in spans if s.label_ == "VENUE"}
    out = []
    for span in spans:
        after_place_of = span.start >= 2 and doc[span.start - 1].lower_ == "of" \
            and doc[span.start - 2].lower_ in cues["place_noun"]
        if span.label_ in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"} and (
                after_place_of or appositive_place(span, cues["place_noun"] | cues["settlement_noun"])):
            span = Span(doc, span.start, span.end, label="VENUE")
        elif span.label_ == "ORG" and len(span) == 1 and span.text in venues and not span.text.isupper():
            span = Span(doc, span.start, span.end, label="VENUE")
        out.append(span)
    return out


def appositive_place(span: Span, nouns: frozenset[str]) -> bool:
    """Whether a name is set off by a comma and a "the ..." appositive whose noun is a place noun
    ("Cidade de Deus, the west-zone community made famous by ...")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "the":
        return False
    return any(t.dep_ == "appos" and t.head == span.root and t.tag_ == "NN" and t.lower_ in nouns
               for t in doc[span.end + 2:min(span.end + 7, len(doc))])


def org_domain_in_region(doc: Doc, spans: list[Span], cues: dict, places: dict) -> list[Span]:
    """An organisation "for ..." or "of ..." goes on over "in" and a region that is no city or
    country ("Organization for Security and Co-operation in Europe")."""
    out: list[Span] = []
    skip = None
    for k, span in enumerate(spans):
        if span is skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        words = [t.lower_ for t in span]
        if span.label_ == "ORG" and nxt is not None and nxt.label_ == "VENUE" and nxt.start == span.end + 1 \
                and doc[span.end].lower_ == "in" and {"for", "of"} & set(words[1:]) \
                and head_word(span) in cues["org_head"] and places.get(nxt.text, {}).get("kind") not in {"city", "country"}:
            out.append(Span(doc, span.start, nxt.end, label="ORG"))
            skip = nxt
        else:
            out.append(span)
    return out


def head_word(span: Span) -> str:
    from dipnlp.entities.cues import name_head

    return name_head([t.text for t in span])
