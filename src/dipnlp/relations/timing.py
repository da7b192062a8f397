"""When an event happens: the date of a frame's own clause, its status, and the dates it takes from the
clauses and events around it."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dipnlp.dates.values import to_calendar
from dipnlp.paragraphs import paragraph_starts
from dipnlp.relations.attach import (PERIOD_START, attach_date, during_which_date, fronted_date, governing_chain,
                                     is_event_date)
from dipnlp.relations.gatherings import in_past_perfect
from dipnlp.relations.rulebook import Rules, Sentence
from dipnlp.relations.status import compare_dates, event_status, scheduled_today
from dipnlp.relations.triggers import Frame

def _ccomp_chain(chain: list[Token]) -> list[Token]:
    """Return up to two governors above a clause boundary (for "planning for X to hold ...")."""
    top, extra = chain[-1], []
    while top.dep_ in ("ccomp", "xcomp", "advcl") and top.head.i != top.i and len(extra) < 2:
        if top.dep_ == "advcl" and top.tag_ == "VBD":
            break  # "... agreed to keep talking when they met": a past clause of its own
        top = top.head
        extra.append(top)
    return extra


def frame_timing(doc: Doc, frame: Frame, sent: Sentence, rules: Rules) -> tuple[list[Token], dict | None, str, bool]:
    """Return the chain, the date record and the status of a frame, and whether that date is attached to the
    chain (not one :func:`clause_date` found elsewhere in the sentence)."""
    trigger = frame.trigger
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in rules.words("travel_noun"):
        trigger = trigger.head  # "a trip that takes him to Y": the trip's own clause
    chain = governing_chain(trigger, frame.light, rules.words("past_prep"))
    if rules.marked(frame, "sender"):
        chain = chain[:1]  # "skipped the summit, sending Y": Y's going is not the skipping
    own = chain
    chain = chain + purpose_events(chain, rules.event_nouns)
    blocked = sent.blocked - {t.i for t in chain}
    date = attach_date(chain, sent.dates, blocked)
    value = date["value"] if date else None
    status = event_status(own, value, doc._.dip_article_date, rules.classes, _ccomp_chain(own))
    if status == "occurred" and frame.trigger.pos_ != "NOUN" and not rules.marked(frame, "event_sense") \
            and frame.trigger.lemma_.lower() in rules.words("planned_governor") \
            and not any(c.dep_ == "prt" for c in frame.trigger.children):  # "set off for Y" is no "set to"
        status = "planned"  # the trigger itself says it is planned ("is expected in Paris")
    if status == "occurred" and frame.trigger.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in frame.trigger.children):
        status = "planned"  # "arrived in Cairo, the first stop of a tour that will also take him to Amman"
    if status == "occurred" and date is not None and len(value) == 10 \
            and compare_dates(value, doc._.dip_article_date) == 0 \
            and scheduled_today(own, doc[date["token_start"]: date["token_end"]]):  # a day: not "earlier this month"
        status = "planned"
    if status == "planned" and date is not None and date.get("ahead") \
            and compare_dates(value, doc._.dip_article_date) == -1:
        date = {**date, "value": date["ahead"]}  # "agreed last night to hold a meeting on May 21": the coming one
    attached = date is not None
    if date is None:
        date = clause_date(doc, own, sent)
    return chain, date, status, attached


#: Prepositions of the event a meeting or trip is part of ("for talks", "on a state visit", "during the summit").
PART_OF_PREPS = frozenset({"for", "on", "during"})


def group_meeting_date(verb: Token, meet_verbs: frozenset) -> dict | None:
    """The date of the meeting the sentence before tells of the group a roll names ("The five foreign
    ministers met on Wednesday. The ministers were A, B and C"): its verb of meeting has a subject of the
    same plural noun as the roll's."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
    if subject is None or verb.sent.start == 0:
        return None
    before = verb.doc[verb.sent.start - 1].sent
    dates = event_dates([d for d in verb.doc._.dip_dates or [] if before.start <= d.get("token_start", -1) < before.end])
    for token in before:
        if token.lemma_.lower() in meet_verbs and token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lemma_ == subject.lemma_ for c in token.children):
            return attach_date([token], dates, set())
    return None


def purpose_events(chain: list[Token], event_nouns: frozenset) -> list[Token]:
    """Return the event nouns the chain is for or part of: "hosted X for talks in Lviv on Thursday",
    "hosted Xi on a state visit in 2015" date and place the hosting by the talks or the visit, which
    are the same event; so does an event noun that is the chain's subject ("The summit, held on
    Tuesday, brought X together with Y")."""
    ids = {t.i for t in chain}
    found = [noun for token in chain for prep in token.children
             if prep.dep_ == "prep" and prep.lower_ in PART_OF_PREPS
             for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in event_nouns
             and noun.i not in ids]
    found += [noun for token in chain if token.pos_ in ("VERB", "AUX") for noun in token.children
              if noun.dep_ in ("nsubj", "nsubjpass") and noun.lemma_.lower() in event_nouns and noun.i not in ids]
    return found


#: Subordinators of a clause that happens at the time of its main clause ("as leaders gathered").
SIMULTANEOUS = frozenset({"as", "when", "while"})


def _simultaneous_clause(top: Token) -> bool:
    """Whether ``top`` heads a clause at the time of the one it hangs on: an "as/when/while" adverbial
    clause, or a "when" clause the parse hangs on a noun of the main clause ("paid a state visit on
    Sept. 14, his first trip abroad, when he held talks with Y")."""
    if top.dep_ == "advcl":
        return any(c.lower_ in SIMULTANEOUS and (c.dep_ == "mark" or c.lower_ == "when") for c in top.children)
    return top.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in top.children)


def clause_date(doc: Doc, chain: list[Token], sent: Sentence) -> dict | None:
    """Return a date for an event whose own clause has none.

    An event in an "as/when/while" clause takes the date of its main clause
    ("X embraced Y on Tuesday as leaders gathered for a summit"; also a "when" clause hung on one of
    its nouns). Otherwise
    the sentence's only date is taken when it hangs on no other event, on
    no relative clause ("..., which will take place in February" is not it)
    and not on "since", unless the event's clause tells of the date itself
    ("since 2011, when X met Y").
    """
    top = chain[-1]
    if _simultaneous_clause(top):
        main = governing_chain(top.head)  # "visited Abuja in November, when he held talks with Y"
        found = attach_date(main, sent.dates, sent.blocked - {t.i for t in main} - {top.head.i})
        if found is not None:
            return found
    found = fronted_date(top, sent.dates) or during_which_date(top, sent.dates) or conjunct_date(top, sent)
    if found is not None:
        return found
    usable = [d for d in sent.dates if is_event_date(d)]
    if len(usable) != 1:
        return None
    span = doc[usable[0]["token_start"]: usable[0]["token_end"]]
    if top.head.i in range(span.start, span.end):
        return usable[0]  # "the first summit since 2011, when X met Y": the clause tells of the date
    others = sent.blocked - {t.i for t in chain}
    for ancestor in span.root.ancestors:
        if ancestor.i in others or ancestor.dep_ in ("relcl", "acl") or ancestor.lower_ == PERIOD_START:
            return None  # "..., their first since 2007": a period's start
    return usable[0]


#: Auxiliaries that set a clause's time apart from the clause it is joined to ("met on Monday and will meet").
OWN_TIME_AUX = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "to", "is", "are",
                          "am", "'s", "'re"})


def conjunct_date(top: Token, sent: Sentence) -> dict | None:
    """The date of the clause an undated clause is joined to by "and", when both tell of the past and the
    second is its subject's or tells what was done to someone ("Air Force One touched down at Aldergrove
    yesterday, and the President was greeted by X"): one moment. Another doer's clause ("X travelled on
    Monday, and Y met Z") has its own time."""
    if top.dep_ != "conj" or top.head.pos_ not in ("VERB", "AUX") or top.tag_ not in ("VBD", "VBN") \
            or top.head.tag_ not in ("VBD", "VBN") or any(c.dep_ == "nsubj" for c in top.children):
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in OWN_TIME_AUX for verb in (top, top.head) for c in verb.children):
        return None
    main = governing_chain(top.head)
    return attach_date(main, sent.dates, sent.blocked - {t.i for t in main} - {top.i})


def told_in_clause(doc: Doc, date: dict, attached: bool) -> bool:
    """Whether a date found for an event is its clause's own (``attached``, see :func:`frame_timing`) or hangs on
    the main verb of its sentence ("Somalia on Friday became a member after leaders meeting at the summit
    approved it"), not the date of a clause below another ("turning the forum, initiated by X in 1992,
    into ..."), which :func:`clause_date` takes as the sentence's only date."""
    if attached:
        return True
    verb = next((t for t in doc[date["token_start"]: date["token_end"]].root.ancestors if t.pos_ in ("VERB", "AUX")),
                None)
    return verb is not None and verb.dep_ == "ROOT"


def date_followers(events: list[dict]) -> None:
    """Date an undated meeting that "followed" another ("This was followed by an expanded meeting") with
    the date the meeting it follows has once merged ("X and Y held talks on Monday. ... they held a
    tête-à-tête. This was followed by ...": Monday)."""
    for event in events:
        told = event.pop("_follows", None)
        if told is None or event.get("date"):
            continue
        before = next((e for e in events if e is not event and e.get("date") and any(t in e["evidence"] for t in told)),
                      None)
        if before is not None:
            event["date"], event["date_span"] = before["date"], before.get("date_span")


def event_dates(dates: list[dict]) -> list[dict]:
    """The date records with their values as calendar dates ("2019-W04" -> "2019-01-21/2019-01-27").

    Events carry plain dates and intervals; weeks, seasons, quarters and times
    of day are turned into them, and values with no calendar form are dropped.
    """
    found = []
    for record in dates:
        value = to_calendar(record.get("value")) if isinstance(record.get("value"), str) else None
        if value:
            found.append({**record, "value": value})
    return found


def entry_day(date: dict | None, status: str, sent: Sentence, trigger: Token) -> dict | None:
    """``date``, else, for an event that occurred and is not told in the past perfect, the day of the live
    blog's entry its sentence is in ("17:30 The President is now meeting X"; see :func:`blog_entry_dates`):
    the last resort, after the dates an event takes from the events around it."""
    if date is None and status == "occurred" and sent.entry_date is not None and not in_past_perfect(trigger):
        return sent.entry_date
    return date


#: A clock time opening a live blog's entry ("20:05", "17.32", "10.05pm: That's a wrap", "21:40 - Putin leaves"):
#: alone on its line or followed by a colon or a dash.
CLOCK_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|BST|CET|CEST|EST|EDT|UTC))?"
                         r"(?=[ \t]*(?:\n|$|:|-|\u2013|\u2014))", re.IGNORECASE)
#: How many entries a text must open with a clock time to be a live blog.
BLOG_ENTRIES = 2


def blog_entry_dates(doc: Doc, paragraph_of: list[int]) -> dict[int, dict]:
    """The date of each sentence of a live blog's entries: the blog's own day, when the article is dated
    to a day and two paragraphs or more open with a clock time; each sentence from the first such
    paragraph on takes the stamp of its entry as the place of that date ("17:30 The French President is
    now meeting ..." in a blog of 6 August is of 6 August). Keyed by sentence number; empty otherwise."""
    day = doc._.dip_article_date
    if not day or len(day) != 10:
        return {}
    stamps = {}  # paragraph number -> date record of its stamp
    for number, start in enumerate(paragraph_starts(doc), start=1):
        idx = doc[start].idx
        found = CLOCK_STAMP.match(doc.text, idx)
        if found is not None:
            span = doc.char_span(idx, found.end(), alignment_mode="expand")
            stamps[number] = {"value": day, "start": idx, "end": found.end(), "text": found.group(),
                              "token_start": span.start, "token_end": span.end}
    if len(stamps) < BLOG_ENTRIES:
        return {}
    dates, current = {}, None
    for sent_no, paragraph in enumerate(paragraph_of):
        current = stamps.get(paragraph, current)
        if current is not None:
            dates[sent_no] = current
    return dates
