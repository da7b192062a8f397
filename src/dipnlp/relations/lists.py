"""People named in lists: the items a parse breaks up or hangs elsewhere.

Long lists of participants in diplomatic prose defeat the parser: items set
off by semicolons, an item after "and" hung on the wrong word, a list that
opens after a plural noun ("his counterparts, X and Y", "leaders in Doha,
including X") or after a colon ("The following attended the Summit: - A;
- B"). These functions find the people of such lists from the tokens around
a slot; :mod:`dipnlp.relations.sides` calls them when the slot's own phrase
does not name everyone.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dipnlp.paragraphs import BULLETS
from dipnlp.relations.mentions import EntityIndex

SUBJECT_DEPS = ("nsubj", "nsubjpass")

#: Words that add the next item to a list of people.
LIST_JOINERS = (("and",), ("as", "well", "as"))
#: Words that may come between "and" and the name of a stray conjunct ("and South Sudan's leader Salva Kiir").
CONJUNCT_REACH = 8


def phrase_at(doc, i: int, phrases) -> tuple[str, ...] | None:
    """The first of ``phrases`` (tuples of lower-case words) that the words at ``i`` spell, else None."""
    return next((p for p in phrases if [t.lower_ for t in doc[i:i + len(p)]] == list(p)), None)


def stray_opener(index: EntityIndex, token: Token) -> list[int]:
    """People the sentence opens with, before a comma and a subject that goes on as a list, which the
    parse hung elsewhere ("[A], B and C are sitting down for a trilateral meeting": A is a ``dep``).
    Before the comma there may be only names, punctuation and a live blog's time stamp ("12.50pm")."""
    doc, left = token.doc, token.left_edge.i
    if token.dep_ not in SUBJECT_DEPS or left - 1 <= token.sent.start or doc[left - 1].text != "," \
            or not any(c.dep_ == "conj" for c in token.children):
        return []
    opening = doc[token.sent.start: left - 1]
    named = {t.i for t in opening if index.entity_of(t, ("PERSON",)) is not None}
    loose = [t for t in opening
             if t.i not in named and not (t.is_punct or t.is_space or any(c.isdigit() for c in t.text))]
    return index.mentions_in(list(opening), ("PERSON",)) if named and not loose and left - 2 in named else []


def stray_conjunct(index: EntityIndex, token: Token) -> list[int]:
    """People named after "and" in the list an object opens, which the parse hung elsewhere.

    "held a meeting with A and South Sudan's leader B to discuss ..." and "to meet
    her counterpart, A, and China's B" are lists of people whatever the parse
    says; so are items after a comma that follows a parenthesis ("hosted A (Argentina),
    B (Brazil) and C (Peru)"). Once "and" adds a name, the names passed on the way there are items too
    ("the Secretary of State for External Affairs, A, the Minister of Finance, B, and C"). The list ends
    at a verb, a preposition that is not part of the object's own phrase, or a semicolon; a name that is
    the subject of a finite verb of its own ("met A and B said ...") starts a new clause and is left out.
    """
    if token.dep_ not in ("pobj", "dobj", "appos"):
        return []
    doc, found, i = token.doc, [], token.i + 1
    end = token.sent.end
    relative = {t.i for w in doc[i:end] if w.dep_ == "relcl" for t in w.subtree}  # "A, who chairs the AU,"
    own = {t.i for t in token.subtree}  # "the Secretary of State for External Affairs, A, and ...": its own "for"
    domains = {t.i for w in token.subtree if w.pos_ == "ADP" and w.lower_ != "of" and w.i > token.i
               for t in w.subtree}  # "the minister for cooperation and Francophonie": no list of people
    passed: list[int] = []  # people named between the items joined by "and"
    while i < end:
        word = doc[i]
        joiner = len(phrase_at(doc, i, LIST_JOINERS) or ()) or int(_after_parenthesis(doc, i))
        if i in relative or i in domains:
            pass
        elif joiner:
            person = _person_after(index, doc, i + joiner, end)
            if person is not None:
                found += [p for p in passed + [person] if p not in found]  # "A, the minister of defence, B,
                passed = []  # and C": B is an item too
            i += joiner - 1
        elif word.pos_ in ("VERB", "AUX") or (word.pos_ == "ADP" and word.lower_ != "of" and i not in own) \
                or word.text in (";", "."):
            break
        elif (named := index.entity_of(word)) is not None and named not in passed + found:
            passed.append(named)
        i += 1
    return found


def stray_appositive(index: EntityIndex, token: Token) -> list[int]:
    """The person named right after a common-noun object, which the parse hung elsewhere: after a
    comma and on the verb ("meets Iraq's top Shi'ite cleric, Grand Ayatollah Ali al-Sistani, at his
    home"), or straight after the noun and anywhere ("talks with his counterpart Mevlut Cavusoglu ended")."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj"):
        return []
    after = token.right_edge.i + 1
    doc = token.doc
    if after >= token.sent.end:
        return []
    adjacent = index.entity_of(doc[after])
    if adjacent is not None:
        return [adjacent]
    if after + 1 >= token.sent.end or doc[after].text != ",":
        return []
    person = _person_after(index, doc, after + 1, token.sent.end)
    if person is None:
        return []
    named = next(t for t in doc[after + 1: token.sent.end] if index.entity_of(t) == person)
    while named.dep_ in ("compound", "flat") and named.head.i != named.i:
        named = named.head
    return [person] if named.head.i != token.i and named.dep_ in ("npadvmod", "appos", "dobj", "conj") else []


def named_after(index: EntityIndex, verb: Token) -> list[int]:
    """The people named after ``verb`` to the end of its sentence ("Present at the meeting were X, Y and
    Z", "Taking part were A, B, in addition to C"), up to a name that starts a clause of its own
    ("were A; B said ..."). The parse may make the first name the subject of the inverted verb itself.
    A name in a relative clause only describes one of them ("C, who is Mr X's envoy").
    """
    found: list[int] = []
    for token in verb.doc[verb.i + 1: verb.sent.end]:
        person = index.entity_of(token, ("PERSON",))
        if person is not None and any(a.dep_ == "relcl" for a in token.ancestors):
            continue
        clause = _clause_verb(token) if person is not None else None
        if clause is not None and clause.i > token.i:
            break
        if person is not None and person not in found:
            found.append(person)
    return found


def _after_parenthesis(doc, i: int) -> bool:
    """Whether the word at ``i`` is a comma right after a closing parenthesis: the next item of a list
    whose items carry one ("A (Argentina), B (Brazil) and C (Peru)")."""
    return doc[i].text == "," and i > 0 and doc[i - 1].text == ")"


def _person_after(index: EntityIndex, doc, start: int, end: int) -> int | None:
    """The person named within a few words after ``start`` (before any verb or preposition), else None."""
    for later in doc[start: min(start + CONJUNCT_REACH, end)]:
        person = index.entity_of(later)
        if person is not None:
            return None if _starts_a_clause(later) else person
        if later.pos_ in ("VERB", "AUX") or (later.pos_ == "ADP" and later.lower_ not in ("of", "for")) \
                or later.text == ";":
            return None  # "and the high commissioner for peace, B" goes on to B
    return None


def _starts_a_clause(name_token: Token) -> bool:
    """Whether a name, or the head word of its phrase, is the subject of a finite verb."""
    return _clause_verb(name_token) is not None


def _clause_verb(name_token: Token) -> Token | None:
    """The finite verb whose subject is a name or the head word of its phrase, else None."""
    token = name_token
    while token.dep_ in ("compound", "poss", "amod", "flat") and token.head.i != token.i:
        token = token.head
    finite = token.head.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS
                                                   for c in token.head.children)
    return token.head if token.dep_ in SUBJECT_DEPS and finite else None


#: Tags of a finite verb, which ends a list of names.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def semicolon_items(index: EntityIndex, token: Token) -> list[int]:
    """The people of the later items of a list set off by semicolons that ``token`` opens.

    Long lists give each person with a role and are split by semicolons
    ("were A, Emir of Qatar; President B of Egypt; and C, among others"); the
    parse hangs the later items anywhere. The list goes on to the end of the
    sentence, item by item, and stops before an item with a finite verb.
    """
    doc, sent = token.doc, token.sent
    cuts = [t.i for t in doc[token.i: sent.end] if t.text == ";"]
    if not cuts or any(t.tag_ in FINITE_TAGS for t in doc[token.i: cuts[0]]):
        return []
    found: list[int] = []
    for start, end in zip(cuts, cuts[1:] + [sent.end]):
        item = doc[start + 1: end]
        if any(t.tag_ in FINITE_TAGS for t in item):
            break
        found += [p for p in index.mentions_in(item, ("PERSON",)) if p not in found]
    return found


#: Words that open a list of the members of a group just named ("leaders of the G7, among them X and Y",
#: "his Saudi and Iranian counterparts, X and Y").
LIST_OPENERS = (("among", "them"), ("including",), ("notably",), (",",), ("–",), ("—",), ("-",), ("--",), (":",))
#: Punctuation that opens such a list only right after the noun.
BARE_OPENERS = frozenset({",", "–", "—", "-", "--", ":"})
#: The first words of the other openers (", including X": the word opens the list, not the comma).
WORD_OPENERS = frozenset(o[0] for o in LIST_OPENERS if o[0] not in BARE_OPENERS)
#: How many words after the group noun such a list may open ("leaders in Doha, including X").
LIST_REACH = 5
#: Prepositions that close such a list ("..., among them X and Y, at Schloss Elmau").
LIST_CLOSERS = frozenset({"at", "in", "on", "for", "to", "from", "during", "after", "before"})


def listed_after(index: EntityIndex, group: Token) -> list[int]:
    """The people listed after a plural noun that names none itself ("met leaders of X, among them Y and Z"),
    or after "they" ("they will travel to X for the inauguration, among them Y and Z")."""
    if group.tag_ not in ("NNS", "NNPS") and group.lower_ != "they":
        return []
    sent_end = group.sent.end
    start = group.right_edge.i + 1
    for i in range(start, sent_end):
        opener = phrase_at(group.doc, i, LIST_OPENERS)
        if opener is None or opener[0] in BARE_OPENERS and (i != start or group.doc[i + 1: i + 2].text.lower() in
                                                            WORD_OPENERS):
            continue  # a bare comma or dash opens a list only right after the noun: "his counterparts, X and Y"
        if i >= start + LIST_REACH and opener != ("among", "them"):
            continue  # "among them" points back at the group from anywhere in its sentence
        found: list[int] = []
        for token in group.doc[i + len(opener): sent_end]:
            if token.pos_ == "VERB" or (token.lower_ in LIST_CLOSERS and token.i > 0 and token.nbor(-1).is_punct):
                break
            person = index.entity_of(token)
            if person is not None and _starts_a_clause(token):
                break  # "met ministers, Blinken said"
            if person is not None and person not in found:
                found.append(person)
        return found
    return []


def listed_after_colon(index: EntityIndex, group: Token) -> list[int]:
    """The people listed after a colon that ends the clause of a group noun or of "the following"
    ("The following Heads of State attended the Summit: - H.E. A, President of B; - H.E. C, ..."), also
    when the parse makes the verbless list on the same line a sentence of its own ("was joined by the
    leaders of the member states: Mr A, Mr B and C")."""
    if group.tag_ not in ("NNS", "NNPS") and group.lower_ != "following":
        return []
    colon = next((t for t in group.doc[group.i + 1: group.sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    end = group.sent.end
    if colon.i == end - 1 and end < len(group.doc) and "\n" not in colon.whitespace_ + group.doc[end].text:
        following = group.doc[end].sent  # the parse made the list after the colon a sentence of its own
        if not any(t.tag_ in FINITE_TAGS for t in following):
            end = following.end
    found: list[int] = []
    for token in group.doc[colon.i + 1: end]:
        if token.tag_ in FINITE_TAGS:
            break
        person = index.entity_of(token)
        if person is not None and person not in found:
            found.append(person)
    return found


def listed_below(index: EntityIndex, sent: Span) -> list[int]:
    """The people opening the bulleted lines below a sentence that ends with a colon, through sub-headers
    that end with one too ("Taking part in the talks: / From the Russian side: / - A, Minister; / - B, ...")."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != ":":
        return []
    found: list[int] = []
    for line in _lines(sent.doc, sent.end):
        if line[0].text in BULLETS:
            person = next((p for p in (index.entity_of(t) for t in line[1:]) if p is not None), None)
            if person is not None and person not in found:
                found.append(person)
        elif line[-1].text != ":":
            break
    return found


def _lines(doc, start: int):
    """The lines of ``doc`` from token ``start`` on, each a list of its non-space tokens."""
    line: list[Token] = []
    for token in doc[start:]:
        if not token.is_space:
            line.append(token)
        if "\n" in token.text and line:
            yield line
            line = []
    if line:
        yield line
