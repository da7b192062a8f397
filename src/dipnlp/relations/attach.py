"""The event's own clause, and the date, venue and places attached to it.

A trigger's *chain* is the trigger plus the words that govern it inside its
clause: the light verb of a noun ("held talks"), the verb a noun is subject or
object of, the verb an infinitive depends on ("traveled ... to meet"). A date
or a venue belongs to the event when the parse attaches it to the chain
without passing through another clause or another event's trigger.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from dipnlp.paragraphs import CAPITALS_LINES, CAPITALS_REACH, opening_lines
from dipnlp.relations.mentions import EntityIndex, phrase_tokens, same_country

#: The relations a noun of the chain climbs to its governor by; a time noun ("on Thursday, the day after
#: the round ends, for talks") passes on to its verb whatever the parse hangs on it.
NOUN_UP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj", "dep", "npadvmod"})
VERB_UP_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "oprd", "dep", "aux"})
FOREIGN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "xcomp", "parataxis", "pcomp"})
#: The preposition whose object starts a period and never dates an event ("their first meeting since 2016").
PERIOD_START = "since"
ISO_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def governing_chain(trigger: Token, light: Token | None = None, stop_preps=frozenset()) -> list[Token]:
    """Return the trigger and its governors up to the first verb that has a subject of its own. A light verb
    below the trigger ("a summit hosted by X") is kept, and the climb goes on from the trigger."""
    chain = [trigger] + ([light] if light is not None and light.i != trigger.i else [])
    token = trigger if chain[-1].head.i == trigger.i else chain[-1]
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and _has_subject(token):
            break
        dep, head = token.dep_, token.head
        if head.i == token.i:
            break
        if dep == "pobj" and head.lower_ in stop_preps:
            break
        if dep == "appos" and head.pos_ == "PROPN":
            break  # "Kerry, meeting Lavrov, agreed": the person's verb is not the event's
        ok = dep in NOUN_UP_DEPS or dep in VERB_UP_DEPS or dep == "pobj"
        if not ok:
            break
        chain.append(head)
        token = head
    return chain


def _reaches_chain(start: Token, chain_ids: dict[int, int], blocked: set[int]) -> tuple[int, int] | None:
    """Climb from ``start``; return (chain position, steps) if the chain is reached inside the clause."""
    token, steps = start, 0
    while steps < 12:
        if token.i in chain_ids:
            return chain_ids[token.i], steps
        if token.i in blocked and steps:
            return None
        if token.lower_ == PERIOD_START and steps:
            return None  # "the first visit since 2016", "their first meeting since June": a period's start
        if token.pos_ in ("VERB", "AUX") and steps and token.dep_ in FOREIGN_CLAUSE_DEPS:
            return None
        if token.dep_ in ("relcl", "acl") and token.head.i not in chain_ids:
            return None  # a relative clause about someone else ("Merkel, who has mediated since 2014")
        if token.head.i == token.i:
            return None
        token, steps = token.head, steps + 1
    return None


def is_event_date(record: dict) -> bool:
    """Whether a date record can date an event: a DATE or TIME with a calendar value."""
    value = record.get("value")
    if record.get("type") not in ("DATE", "TIME") or not isinstance(value, str):
        return False
    return bool(ISO_VALUE.match(value.split("T")[0] if "T" in value and "/" not in value else value))


def attach_date(chain: list[Token], dates: list[dict], blocked: set[int]) -> dict | None:
    """Return the date record of ``dates`` attached to the chain, nearest first, else None."""
    if not chain:
        return None
    doc, chain_ids = chain[0].doc, {t.i: n for n, t in enumerate(chain)}
    best, best_key = None, None
    for record in dates:
        if not is_event_date(record):
            continue
        span = doc[record["token_start"]: record["token_end"]]
        if not len(span):
            continue
        found = _reaches_chain(span.root, chain_ids, blocked)
        if found is None:
            continue
        key = (found[0], found[1], abs(span.root.i - chain[0].i))
        if best_key is None or key < best_key:
            best, best_key = record, key
    return best


def fronted_date(top: Token, dates: list[dict]) -> dict | None:
    """Return the date that opens a sentence whose later coordinated clause is the event's ("On
    Jan. 20 X traveled to Y, and the group met Z"): it stands before the first clause's subject
    and so dates the whole sentence. None when ``top`` is no such clause."""
    if top.dep_ != "conj":
        return None
    first = top
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first is top or subject is None:
        return None
    doc = top.doc
    for record in dates:
        span = doc[record["token_start"]: record["token_end"]]
        if is_event_date(record) and len(span) and span.end <= subject.left_edge.i \
                and _reaches_chain(span.root, {first.i: 0}, set()) is not None:
            return record
    return None


def during_which_date(top: Token, dates: list[dict]) -> dict | None:
    """Return the date of the event a "during which" clause hangs on: the last date before it in
    the sentence ("a state visit to Paris in February 2007, during which he held talks with Y").
    None when ``top`` is no such clause."""
    prep = next((c for c in top.children if c.dep_ == "prep" and c.lower_ == "during"
                 and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)), None)
    if prep is None or prep.i > top.i:
        return None
    doc = top.doc
    before = [r for r in dates if is_event_date(r) and top.sent.start <= r["token_start"]
              and r["token_end"] <= prep.i and len(doc[r["token_start"]: r["token_end"]])]
    return max(before, key=lambda r: r["token_end"], default=None)


def _place_token_ok(index: EntityIndex, entity: int, venue_like: frozenset) -> bool:
    label = index.labels[entity]
    if label == "VENUE":
        return True
    words = index.names[entity].lower().split() if index.names[entity] else []
    return label == "ORG" and bool(words) and (words[-1] in venue_like or words[0] in venue_like)  # "Plaza X"


def first_place(index: EntityIndex, token: Token, venue_like: frozenset) -> int | None:
    """Return the first place (VENUE, or a building-like ORG) in ``token``'s subtree."""
    for entity in index.mentions_in(token.subtree, ("VENUE", "ORG")):
        if _place_token_ok(index, entity, venue_like):
            return entity
    return None


def _coordinated(token: Token) -> list[Token]:
    """Return ``token`` and the tokens coordinated or listed with it (conj, appos)."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ in ("conj", "appos"))
    return found


def destination_places(index: EntityIndex, token: Token, venue_like: frozenset) -> list[int]:
    """Return the places a destination phrase names: the listed ones ("Saudi Arabia and the UAE"),
    else the one it is in ("Putin's residence in Sochi", "a conference in Sweden")."""
    def ok(entities):
        return [e for e in entities if _place_token_ok(index, e, venue_like)]

    listed = ok(index.mentions_in(_coordinated(token), ("VENUE", "ORG")))
    if listed:
        return listed
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "at", "near")):
        inner = [p for c in prep.children for p in ok(index.mentions_in(_coordinated(c), ("VENUE", "ORG")))]
        if inner:
            return inner
    return []


#: Nouns that refer back to a city ("arrived in the city", "the Swedish capital"). "The country" is
#: left alone: it is as often the traveller's own country as the one just named.
CITY_NOUNS = frozenset({"city", "capital"})


def place_referred(index: EntityIndex, token: Token, sentences: int = 2) -> int | None:
    """Return the city "the city" or "the capital" refers to: the last city named before it, in its
    sentence or the ``sentences`` before; else None. With a nationality ("the Swedish capital") it is
    the last city of that country, however far back."""
    if token.lemma_.lower() not in CITY_NOUNS or token.dep_ == "compound" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    entities = token.doc._.dip_entities or []
    nationality = index.nationality(token)
    start = 0 if nationality else sentences_back(token, sentences)
    for entity in venues_before(index, token.doc[start: token.i]):
        if not is_city(entities[entity]):
            continue  # a country, or a place the gazetteer does not know
        if not nationality or same_country(nationality, index.country(entities[entity]["country"])):
            return entity
    return None


def sentences_back(token: Token, count: int) -> int:
    """The first token of the sentence ``count`` sentences before ``token``'s (0 at the top of the doc)."""
    start = token.sent.start
    for _ in range(count):
        start = token.doc[start - 1].sent.start if start > 0 else 0
    return start


def is_city(entity: dict) -> bool:
    """Whether a place entity is a city the gazetteer knows: it has a country, and is not that country."""
    return bool(entity.get("country")) and entity.get("country") != entity.get("name")


def attach_venue(index: EntityIndex, chain: list[Token], venue_preps: frozenset,
                 venue_like: frozenset, blocked: set[int]) -> int | None:
    """Return the place that a venue preposition ("at/in X") attaches to the chain, else None."""
    if not chain:
        return None
    chain_ids = {t.i: n for n, t in enumerate(chain)}
    best, best_key = None, None
    for token in chain[0].sent:
        entity = index.by_token.get(token.i)
        if entity is None or not _place_token_ok(index, entity, venue_like):
            continue
        prep = next((a for a in token.ancestors if a.dep_ == "prep"), None)
        if prep is None or prep.lower_ not in venue_preps or _in_post_or_topic(index, prep):
            continue
        found = _reaches_chain(prep, chain_ids, blocked)
        if found is not None:
            key = (found[0], found[1], token.i)
            if best_key is None or key < best_key:
                best, best_key = entity, key
    return best


#: Nouns of a topic whose place is where the topic is, not where the event is ("the situation in the South
#: Caucasus").
TOPIC_NOUNS = frozenset({"situation", "crisis", "conflict", "war", "developments", "tension", "tensions", "fighting",
                         "violence", "events"})


def _in_post_or_topic(index: EntityIndex, prep: Token) -> bool:
    """Whether an "in" phrase hangs on a role noun or a topic: "the American Ambassador in Dublin", "views
    on the situation in the South Caucasus" name no venue of the event the sentence tells."""
    noun = prep.head
    if prep.lower_ != "in" or noun.pos_ not in ("NOUN", "PROPN") or index.entity_of(noun) is not None:
        return False
    return noun.lower_ in index.role_vocabulary or noun.lemma_.lower() in TOPIC_NOUNS


def venues_before(index: EntityIndex, span) -> Iterator[int]:
    """Yield the VENUE entities mentioned in ``span``, last token first."""
    for token in reversed(span):
        entity = index.by_token.get(token.i)
        if entity is not None and index.labels[entity] == "VENUE":
            yield entity


def where_clause(chain: list[Token]) -> Token | None:
    """Return the "where" clause of the chain ("flew to Beijing, where he met Xi": "met"), else None.
    The parse hangs it on the place (a relative clause) or on the verb (an adverbial one: "is to
    travel to Tehran next week, where he is due to meet Y")."""
    for n, clause in enumerate(chain):
        if clause.dep_ in ("relcl", "advcl"):
            below = chain[:n + 1]  # "where he hopes to meet Y": "where" may hang on "meet"
            return clause if any(c.lower_ == "where" for t in below for c in t.children) else None
    return None


def where_place(index: EntityIndex, clause: Token) -> int | None:
    """Return the place a "where" clause is at: its antecedent's place, else the last place named before
    it in its sentence (the parse may hang "where" on a date: "flew to Beijing on Monday, where")."""
    antecedent = clause.head
    if clause.dep_ == "relcl":
        places = index.mentions_in(phrase_tokens(antecedent), ("VENUE",))
        if places:
            return places[0]
        end = antecedent.i + 1
    else:  # a clause of the verb: the places before "where"
        end = next(c.i for c in clause.subtree if c.lower_ == "where")
    return next(venues_before(index, antecedent.doc[antecedent.sent.start: end]), None)


def where_clause_date(clause: Token, dates: list[dict], blocked: set[int]) -> dict | None:
    """Return the date of the clause a "where" clause hangs on ("flew to Beijing on Monday, where
    ...", "began his tour on Saturday in Tokyo, where ..."), unless the "where" clause is in the past
    perfect, which is earlier ("where he had met")."""
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return None
    verb, path = clause.head, []
    while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "acl" and verb.tag_ == "VBN"):
        path.append(verb)  # over the nouns, and a participle that describes one ("the community made famous
        verb = verb.head  # by the film, where ..."), to the verb of the clause
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    main = path + governing_chain(verb)
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        main += governing_chain(verb.head)  # "on a tour last August that took him to X, where he met Y"
    doc = clause.doc
    own = [d for d in dates if not _names_a_thing(doc[d["token_start"]:d["token_end"]].root)]
    return attach_date(main, own, blocked - {t.i for t in main})


def _names_a_thing(root: Token) -> bool:
    """Whether a date modifies a noun as its name or kind ("the 2002 film", where the parse may hang a "where"
    clause), which dates the thing, not the clause."""
    return root.dep_ in ("nummod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN")


#: Prepositions of the arrival a reception is told at ("On arrival at X, Y was welcomed by Z").
ARRIVAL_PREPS = frozenset({"on", "upon"})


def arrival_venue(index: EntityIndex, chain: list[Token], venue_like: frozenset) -> int | None:
    """The place of the arrival a clause is told at ("Upon arrival at X airport, the Prime Minister was
    welcomed by Y", "On his arrival in Hanoi, he met Z"): where the traveller arrives, the meeting is."""
    for token in chain:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ARRIVAL_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() != "arrival":
                    continue
                places = [p for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in ("at", "in")
                          for obj in inner.children if obj.dep_ == "pobj"
                          for p in destination_places(index, obj, venue_like)]
                if places:
                    return places[0]
    return None


def says_the_airport(chain: list[Token], airport_words: frozenset) -> bool:
    """Whether a verb of the chain is at "the airport", named before ("landed at X airport. At the airport,
    he was welcomed by Y")."""
    return any(prep.dep_ == "prep" and prep.lower_ == "at" and noun.dep_ == "pobj" and noun.lower_ in airport_words
               and noun.ent_type_ == "" and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
               for t in chain for prep in t.children for noun in prep.children)


def says_there(chain: list[Token]) -> bool:
    """Return True when a verb of the chain is modified by "there" (the place just named)."""
    return any(c.lower_ == "there" and c.dep_ == "advmod" for t in chain for c in t.children)


#: Tokens that end a dateline ("PARIS (Reuters) -", "DAYTON, Ohio (AP) --").
DATELINE_END = frozenset({"(", "-", "--", "—", "–", ":"})


def capitals_dateline(index: EntityIndex, doc) -> int | None:
    """Return the place of a dateline in capitals that opens one of the first lines, else None.

    The capitals run ("NEW DELHI", "RIYADH, Saudi Arabia", "ST. PETERSBURG") must name a place and end
    at a comma, full stop or dateline end followed by a word not in capitals: "SEOUL - The top U.S.
    envoy", "MOSCOW, January 22. /TASS/.", not a headline in capitals ("CHINA, INDIA SIGN PACT"). A place
    before a colon ("RIYADH: ...", IRIN's "SUDAN: Government and ... sign") is the dateline only when no
    line below opens with one of the other shapes.
    """
    # the article's places by their letters ("ST. PETERSBURG" and "St. Petersburg" are "st petersburg")
    spelled = [(e, " ".join(re.findall(r"[^\W\d_]+", index.names[e].lower())))
               for e, label in enumerate(index.labels) if label == "VENUE"]
    labelled = None  # "SUDAN: Government and SPLM/A sign": a headline's label, unless no dateline follows
    for start in opening_lines(doc, CAPITALS_LINES, CAPITALS_REACH):
        run = start
        while run < len(doc) and (doc[run].is_upper and doc[run].is_alpha or doc[run].text == "."
                                  and run > start and doc[run - 1].is_upper and len(doc[run - 1]) <= 3):
            run += 1  # "ST." goes on: "ST. PETERSBURG"
        if run == start or len(doc[start]) < 3 and run == start + 1 or run >= len(doc) - 1:
            continue
        mark, after = doc[run], doc[run + 1]
        if mark.text not in DATELINE_END | {",", "."} or after.is_space:
            continue
        if after.is_upper and after.is_alpha and len(after) > 1 and mark.text != "(":
            continue  # a headline in capitals runs on; not "PRAGUE (AP)"
        words = " ".join(t.lower_ for t in doc[start:run] if t.is_alpha)
        # the place of that name in the text ("RIYADH", untagged, is "Riyadh"; "ST. PETERSBURG" is not a
        # place "ST"), else a place tagged in the capitals ("NEW DELHI", "RIYADH, Saudi Arabia")
        named = [e for e, letters in spelled if letters == words]
        places = named or index.mentions_in(doc[start:run], ("VENUE",))
        if places and mark.text == ":":
            labelled = places[0] if labelled is None else labelled
        elif places:
            return places[0]
    return labelled


def dateline_place(index: EntityIndex, doc) -> int | None:
    """Return the first place named in the article's dateline, else None.

    The dateline is a place in capitals that opens one of the first lines (see
    :func:`capitals_dateline`), else the run of words that opens the body, or one
    of its first paragraphs after a headline, before "(" or a dash: "DAYTON, Ohio
    (AP) --" gives Dayton when it is tagged, else Ohio.
    """
    capitals = capitals_dateline(index, doc)
    if capitals is not None:
        return capitals
    for start in opening_lines(doc):
        body = [t for t in doc[start:start + 12] if not t.is_space][:8]
        end = next((n for n, t in enumerate(body) if t.text in DATELINE_END), None)
        if not end or not (body[0].is_upper or body[0].is_title):
            continue
        for token in body[:end]:
            entity = index.by_token.get(token.i)
            if entity is not None and index.labels[entity] == "VENUE":
                return entity
    return None
