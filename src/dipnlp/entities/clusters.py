"""``dip_entities``: one record per entity of the article, with its mentions, aliases and roles.

People: full names that are spellings of one name join ("Kim Jong-un", "Kim
Jong Un"; "Steve"/"Stephen Biegun"); a one-word mention joins the full name it
is the first or last word of. Where several people share that word ("Kim"), a
title decides ("Chairman Kim" is the one known as Chairman), else the only one
named in full before it (a headline's: the one named first), else the one named
most (of those named as often, the one named most before it), then the one named last before it;
such a mention is not listed as an alias. A sovereign's title alone ("The Queen") is a person of its
own where no one of that title is named.
Organisations and venues join by folded spelling; a venue's name is the place's
canonical name from the gazetteer ("U.S." is United States).
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from dipnlp.entities.cues import load_cues
from dipnlp.entities.links import link_roles
from dipnlp.entities.names_match import (PARTICLES, RANKS, SPOUSE_NOUNS, address_gender, fold, given_name_gender,
                                         name_key, same_person, surname, without_nickname, without_rank)
from dipnlp.entities.places import PLACES_SCHEMA, load_places
from dipnlp.entities.titles import Title, other_offices, titles_of
from dipnlp.extensions import DISPLAY_KEY, ROLE_KEY
from dipnlp.paragraphs import in_opening_lines
from dipnlp.rules import RuleTables, Schema

ENTITY_LABELS = ("PERSON", "ORG", "VENUE")
#: Words of a role only a woman holds ("First Lady").
FEMALE_ROLE_WORDS = frozenset({"lady", "wife", "queen", "princess", "duchess", "empress"})


@Language.factory("dip_entities", requires=["doc.ents", "doc._.dip_titles"],
                  assigns=["doc._.dip_entities", "doc._.dip_role_links", "doc.spans"])
def make_entities(nlp: Language, name: str) -> "Entities":
    return Entities(nlp, name)


class Entities(RuleTables):
    """Group entity mentions into entities; attach roles to people."""

    SCHEMAS = {"places": PLACES_SCHEMA,
               "entity_cues": Schema({"class": str, "words": list}, {"comment": str})}

    def _compile(self) -> None:
        self.places = load_places(self.tables["places"])
        cues = load_cues(self.tables["entity_cues"])
        self.venue_nouns = cues["venue_noun"]
        self.sovereign_titles = cues.get("sovereign_title", frozenset())
        self.peerage_titles = cues.get("peerage_title", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_initialized()
        titles = doc._.dip_titles or []
        links = link_roles(doc, titles)
        doc._.dip_role_links = links
        people = cluster_people(doc, titles, links)
        people += unnamed_sovereigns(doc, titles, people, self.sovereign_titles)
        peerages = peerage_spans(doc, self.peerage_titles)
        people += peerage_people(doc, peerages, people)
        others = cluster_named(doc, self.places, self.venue_nouns,
                               {i for start, end in peerages for i in range(start, end)})
        doc._.dip_entities = people + others
        named = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
        roles = list(doc.spans[ROLE_KEY]) if ROLE_KEY in doc.spans else []
        doc.spans[DISPLAY_KEY] = sorted(named + roles, key=lambda s: (s.start, s.end))
        return doc


def role_text(doc: Doc, title: dict) -> str:
    return Title.from_record(title).text(doc)


def new_entity(name: str, label: str) -> dict:
    return {"name": name, "label": label, "aliases": [], "roles": [], "role_orgs": [], "styles": [], "mentions": []}


def bracketed_after(doc: Doc, mentions: list[Span], m: int) -> int | None:
    """The mention just before mention ``m`` when ``m`` is alone in brackets right after it ("Joko Widodo
    (Jokowi)"): the name that person goes by; else None."""
    span = mentions[m]
    if m == 0 or span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" \
            or doc[span.end].text != ")":
        return None
    return m - 1 if mentions[m - 1].end == span.start - 1 else None


def mention_roles(titles: list[dict], links: list[dict]) -> dict[tuple[int, int], list[dict]]:
    roles: dict[tuple[int, int], list[dict]] = {}
    for link in links:
        title = titles[link["title"]]
        if link.get("each"):  # a plural title shared by several people: each holds its core
            title = {**title, "end": title["core_end"]}
        roles.setdefault(tuple(link["person"]), []).append(title)
    return roles


def cluster_people(doc: Doc, titles: list[dict], links: list[dict]) -> list[dict]:
    """PERSON entities of the doc, full names first, then one-word mentions resolved to them."""
    mentions = [e for e in doc.ents if e.label_ == "PERSON"]
    mention_keys = [name_key(span.text) for span in mentions]
    roles_at = mention_roles(titles, links)
    entities: list[dict] = []
    keys: list[list[tuple[str, ...]]] = []
    owner: dict[int, int] = {}  # mention index -> entity index
    for m, (span, key) in enumerate(zip(mentions, mention_keys)):
        if not is_full_name(key):
            continue
        found = next((i for i, ks in enumerate(keys) if any(same_person(key, k) for k in ks)), None)
        if found is None:
            entities.append(new_entity(span.text, "PERSON"))
            keys.append([])
            found = len(entities) - 1
        keys[found].append(key)
        owner[m] = found
    for m in range(len(mentions)):
        before = bracketed_after(doc, mentions, m)
        if m not in owner and before in owner:  # "President Mohamed Abdullahi Mohamed (Farmaajo)": a name he
            owner[m] = owner[before]  # goes by, as "Farmaajo" again
            keys[owner[m]].append(mention_keys[m])
    held: dict[int, list[dict]] = {}  # entity index -> the titles of its full-name mentions
    titled_forms: dict[int, str] = {}  # a person told apart from a namesake by a title -> "President Carter"
    for m, span in enumerate(mentions):
        for title in roles_at.get((span.start, span.end), []) if m in owner else []:
            add_role(doc, entities[owner[m]], title)
            held.setdefault(owner[m], []).append(title)
    first_named = {}  # entity index -> its first full-name mention
    for m in sorted(owner, reverse=True):
        first_named[owner[m]] = m
    for m, span in enumerate(mentions):
        if m not in owner and not is_ranked_given_name(mention_keys[m]) \
                and titled_before_namesake(doc, span, m, keys, roles_at, held, first_named):
            owner[m] = first_named[len(entities)] = len(entities)
            entities.append(new_entity(span.text, "PERSON"))
            keys.append([mention_keys[m]])
            titled_forms[owner[m]] = doc[titles_before(roles_at, span)[-1]["start"]:span.end].text
            for title in titles_before(roles_at, span):  # known by it: "President Marcos" again is this one
                add_role(doc, entities[owner[m]], title)
    addressed = [address_gender(doc[span.start - 1].text) if span.start > 0 else None for span in mentions]
    couples = titled_couples(doc, titles, mentions, addressed)
    wives: dict[str, int] = {}  # a surname of "President and Mrs X" -> the entity of Mrs X
    for m, span in enumerate(mentions):
        if m not in owner:
            key = mention_keys[m]
            found = resolve_ranked(key, entities, keys) if is_ranked_given_name(key) \
                else resolve_short(doc, span, m, owner, entities, keys, roles_at, first_named, addressed)
            named_wife = False  # "Mrs. Carter" where the article has "the President and Mrs. Carter": his wife
            if addressed[m] == "f" and key and key[-1] in couples.values():
                if found == len(entities):
                    named_wife, found = True, wives.get(key[-1], found)
                elif not known_female(found, entities, keys, owner, addressed) \
                        and holds_couple_title(doc, found, key[-1], couples, mentions, owner, roles_at):
                    named_wife = True
                    found = wives[key[-1]] if key[-1] in wives \
                        else wife_of(key[-1], found, m, mentions, owner, keys, addressed)
                if found == len(entities):
                    titled_forms[found] = doc[span.start - 1:span.end].text  # named so: "Mrs. Carter"
            owner[m] = found
            if owner[m] == len(entities) and addressed[m] and key and _candidates(key[0], keys):
                # "Mrs Abe" beside Mr Abe: the wife the article introduced ("his wife Akie"), else a person
                # of her own, named with the address ("Mrs Muldoon")
                owner[m] = introduced_spouse(mentions, m, owner, keys)
                if owner[m] == len(entities):
                    titled_forms[owner[m]] = doc[span.start - 1:span.end].text
            if owner[m] == len(entities):
                entities.append(new_entity(span.text, "PERSON"))
                keys.append([key])
            if named_wife:
                wives.setdefault(key[-1], owner[m])  # the entity she ended up as, once any new one is made
    for m, span in enumerate(mentions):
        ent = entities[owner[m]]
        ent["mentions"].append([span.start, span.end])
        partner = couple_partner(doc, span, owner[m], keys, owner, addressed)
        if partner is None and m in couples:  # "President and Mrs. Suharto": "President" is a mention of him
            partner = husband(mention_keys[m], owner[m], entities, keys, owner, addressed)
        if partner is not None:  # "Mr and Mrs Abe travelled to Kalkara": "Mr" is a mention of him
            entities[partner]["mentions"].append([span.start - 3, span.start - 2])
        if not is_full_name(mention_keys[m]):
            for title in roles_at.get((span.start, span.end), []):
                add_role(doc, ent, title)
    for word, wife in wives.items():  # "The President, Mrs. Carter and Amy left": his title, not hers
        man = husband((word,), wife, entities, keys, owner, addressed)
        his = {fold(r) for r in entities[man]["roles"]} if man is not None else set()
        if his:
            entities[wife]["roles"] = [r for r in entities[wife]["roles"] if fold(r) not in his]
            entities[wife]["role_orgs"] = [o for o in entities[wife]["role_orgs"] if fold(o["role"]) not in his]
    shared = Counter(w for ks in keys for w in {w for k in ks if len(k) > 1 for w in (k[0], surname(k))})
    for index, ent in enumerate(entities):
        finish_person(ent, mentions, owner, index, shared)
        if index in titled_forms and len(name_key(ent["name"])) == 1:
            ent["aliases"] = [a for a in ent["aliases"] if a != titled_forms[index]]
            ent["name"] = titled_forms[index]  # a surname the article shares: known by the title it is told by
    return entities


def titled(person: dict, words: set[str] | frozenset) -> bool:
    """Whether a person has one of ``words`` as a word of their name or as a whole title ("Queen Paola",
    a "Queen")."""
    return bool(set(name_key(person["name"])) & words or {fold(t) for t in titles_of(person)} & words)


def unnamed_sovereigns(doc: Doc, titles: list[dict], people: list[dict], words: frozenset) -> list[dict]:
    """People the article names only by a sovereign's title ("Her Majesty The Queen ... The Queen and the
    Duke of Edinburgh were greeted", as a British paper writes of its own queen): one person per title word
    of ``words`` that stands alone after "the" or "Majesty", capitalised, with no name after it, when the
    article names no person with that title. The person is called "the Queen", and has every such mention
    of the word. Where a queen is named, even after ("The Queen's progress" above "Queen Elizabeth II"),
    the relation stage reads the role noun as before."""
    alone: dict[str, list[dict]] = {}
    for title in titles:
        start, end = title["start"], title["end"]
        if title["head"] not in words or end - start != 1 or not doc[start].text[:1].isupper() or start == 0 \
                or doc[start - 1].lower_ not in ("the", "majesty"):
            continue
        if end < len(doc) and (doc[end].ent_type_ or doc[end].is_title and doc[end].pos_ == "PROPN"
                               or doc[end].lower_ == "of"):
            continue  # "Queen Paola", "the King of the Belgians"
        alone.setdefault(title["head"], []).append(title)
    found = []
    for head, mentions in alone.items():
        if any(titled(p, {head}) for p in people):
            continue
        person = new_entity(f"the {doc[mentions[0]['start']].text}", "PERSON")
        person["mentions"] = [[t["start"], t["end"]] for t in mentions]
        add_role(doc, person, mentions[0])
        found.append(person)
    return found


#: Ranks of a royal family: a person of one may be the peer a peerage names ("Prince Philip" is the Duke of
#: Edinburgh, "King Charles" was the Prince of Wales), so none is made of the peerage where one is named.
ROYAL_RANKS = frozenset({"prince", "princess", "duke", "duchess", "king"})


def peerage_spans(doc: Doc, words: frozenset) -> list[tuple[int, int]]:
    """The (start, end) of each peerage of ``words`` written with its place ("Duke of Edinburgh", "Prince of
    Wales", "Duchess of Cornwall"): the capitalised title, "of" and one or two capitalised words."""
    found = []
    for i in range(len(doc) - 2):
        if doc[i].lower_ in words and doc[i].text[:1].isupper() and doc[i + 1].lower_ == "of" \
                and doc[i + 2].is_title:
            end = i + 3
            if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ == "PERSON":
                end += 1
            found.append((i, end))
    return found


def peerage_people(doc: Doc, peerages: list[tuple[int, int]], people: list[dict]) -> list[dict]:
    """People named by a peerage ("the Duke of Edinburgh", "the Prince of Wales"), as British papers name
    members of the royal family. The person named just before one, set off by a comma ("Prince Philip, Duke of
    Edinburgh", "Camilla, the Duchess of Cornwall"), has every mention of it; else, after "the", where the
    article names no one of a royal rank who may be the peer (:data:`ROYAL_RANKS`), the peerage is a person
    of its own, named by it, whom "the Duke" stands for (its title is a style). Returns the new people;
    mentions of named people are added in place."""
    ends = {end: p for p in people for _, end in p["mentions"]}
    by_text: dict[str, list[tuple[int, int]]] = {}
    for start, end in peerages:
        by_text.setdefault(doc[start:end].text, []).append((start, end))
    royal = any(titled(p, ROYAL_RANKS) for p in people)
    found = []
    for text, spans in by_text.items():
        owner = next((ends[start - k] for start, _ in spans for k in (1, 2)
                      if start - k - 1 >= 0 and doc[start - k].text == "," and start - k in ends
                      and (k == 1 or doc[start - 1].lower_ == "the")), None)
        if owner is None and (royal or not any(start and doc[start - 1].lower_ == "the" for start, _ in spans)):
            continue
        if owner is None:
            owner = new_entity(text, "PERSON")
            owner["styles"].append(doc[spans[0][0]].text)  # "the Duke"
            found.append(owner)
        owner["mentions"].extend([start, end] for start, end in spans)
        owner["mentions"].sort()
    return found


def is_full_name(key: tuple[str, ...]) -> bool:
    """Whether a name of several words makes an entity of its own: not a rank and one name ("King Hamad"),
    which is resolved to a full name like a one-word mention."""
    return len(key) >= 2 and not is_ranked_given_name(key)


def is_ranked_given_name(key: tuple[str, ...]) -> bool:
    """Whether a name is a rank and one name ("Prince Philip", "King Hamad")."""
    return len(key) == 2 and key[0] in RANKS and key[1] not in RANKS


def resolve_ranked(key: tuple[str, ...], entities: list[dict], keys: list[list[tuple[str, ...]]]) -> int:
    """Entity index for a rank and one name: a person of that rank with that given name ("Prince Mohammed"
    for Crown Prince Mohammed bin Salman, "King Hamad" for King Hamad bin Isa), never a namesake of no rank
    ("Prince Philip" is not Philip Hammond) nor a son ("King Salman" is not Prince Abdulaziz bin Salman);
    ``len(entities)`` means a new entity."""
    word = key[1]
    given = [i for i, ks in enumerate(keys) if any(k == key or without_rank(k)[0] == word for k in ks)]
    ranked = [i for i in given if any(k[0] in RANKS for k in keys[i])
              or any(key[0] in fold(role).split() for role in titles_of(entities[i]))]
    return ranked[0] if len(ranked) == 1 else len(entities)


def titled_before_namesake(doc: Doc, span: Span, m: int, keys, roles_at, held, first_named) -> bool:
    """Whether a one-word mention after a title is someone other than the only person of that name, who is
    named in full only after it and by other titles: "President Carter" is not the "State Department spokesman
    Hodding Carter" of the last paragraph. A title that shares a word with theirs, or is its initials
    ("PM Modi", "Prime Minister Narendra Modi"), keeps them one, and so does a title that names no office
    ("German leader Olaf Scholz" is "Chancellor Scholz"): ``held`` maps an entity to the titles of its
    full-name mentions. Such a person is named by title and surname ("President Carter"), a name of its
    own where the surname alone could be either."""
    def words(titles):
        return [role_text(doc, t) for t in titles]
    wanted = words(titles_before(roles_at, span))
    word = name_key(span.text)
    cands = _candidates(word[0], keys) if len(word) == 1 and wanted else []
    if len(cands) != 1 or first_named.get(cands[0], m) <= m or in_opening_lines(span[0]):
        return False  # a headline names people as it can ("Premier X" for the Chairman of the Council)
    theirs = [t for t in held.get(cands[0], []) if not t.get("address")]
    if any(t.get("generic") for t in theirs):
        return False
    return other_offices(wanted, words(theirs))


def titles_before(roles_at, span: Span) -> list[dict]:
    """The titles of offices linked to a mention and written before it ("President" of "President Carter")."""
    return [t for t in roles_at.get((span.start, span.end), []) if t["end"] <= span.start and not t.get("address")]


def _candidates(word: str, keys: list[list[tuple[str, ...]]]) -> list[int]:
    """The entities one of whose names starts or ends with ``word``."""
    return [i for i, ks in enumerate(keys) if any(k and (k[0] == word or surname(k) == word) for k in ks)]


def resolve_short(doc, span: Span, m: int, owner, entities, keys, roles_at, first_named, addressed) -> int:
    """Entity index for a one-word mention; ``len(entities)`` means a new entity. ``first_named`` maps an
    entity to its first full-name mention: a surname shared by several people is one of those the
    article has named in full before it, or, before any of them (a headline), the one it names first.
    ``addressed`` holds the sex each mention's form of address says ("Mrs" -> "f"), by mention index."""
    word = name_key(span.text)
    word = word[0] if word else ""
    if span.text.isupper() and 2 <= len(word) <= 5:
        known_by = [i for i, ks in enumerate(keys) if any(are_initials(word, k) for k in ks)]
        if len(known_by) == 1:
            return known_by[0]  # "MBS" for Mohammed bin Salman
    cands = _candidates(word, keys)
    if not cands and len(word) >= 4:  # a name known by a middle word ("Lula")
        cands = [i for i, ks in enumerate(keys) if any(word in k[1:-1] for k in ks)]
        cands = cands if len(cands) == 1 else []
    if not cands:
        same = [i for i, ks in enumerate(keys) if any(k == (word,) for k in ks)]
        return same[0] if same else len(entities)
    gender = addressed[m]
    if gender:  # "Prime Minister and Mrs. Hawke": his wife Hazel Hawke, not Bob Hawke
        spoken = {i: addressed_sexes(i, owner, addressed) for i in cands}
        genders = {i: given_sexes(keys[i]) | spoken[i] for i in cands}
        of_gender = [i for i in cands if gender in genders[i]]
        # the others must be known to be of the other sex, not merely of unknown given names
        if len(of_gender) == 1 and all(genders[i] and gender not in genders[i] for i in cands if i != of_gender[0]):
            return of_gender[0]
        # none of them: a person of her own, when each namesake was addressed as of the other sex; a given
        # name alone is too weak a guess for that ("Raila", "Salva")
        if not of_gender and all(spoken[i] for i in cands):
            return len(entities)  # "Mrs Muldoon" beside Mr R. D. Muldoon: his wife
    if len(cands) == 1:
        return cands[0]
    wanted = {fold(role_text(doc, t)) for t in roles_at.get((span.start, span.end), [])}
    by_role = [i for i in cands if wanted & {fold(r) for r in titles_of(entities[i])}]
    if len(by_role) == 1:
        return by_role[0]
    if not wanted:
        introduced = [i for i in cands if first_named.get(i, m) < m]
        if len(introduced) == 1:
            return introduced[0]  # "Sarkozy arrived": Nicolas Sarkozy, his wife Cecilia is named later
        if not introduced:
            return min(cands, key=lambda i: first_named.get(i, len(owner)))  # a headline: the lead's
    counts = Counter(owner[j] for j in owner if owner[j] in cands)
    before = [owner[j] for j in range(m) if owner.get(j) in cands]
    ranked = counts.most_common(2)
    if before and not wanted and len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]  # a bare shared surname: the one of them the article names most
    if before and not wanted:
        tied = Counter(i for i in before if counts[i] == ranked[0][1]).most_common(2)
        if len(tied) == 2 and tied[0][1] > tied[1][1]:
            return tied[0][0]  # ... of those named as often, the one named most before it ("George W. Bush ...
            # George W. Bush ... Laura Bush travelled with him. On Saturday Bush met ...": him)
        return before[-1]  # ... else the one named last
    # a title that none of them is known by: the one the article names most
    return counts.most_common(1)[0][0] if counts else cands[0]


def introduced_spouse(mentions: list[Span], m: int, owner: dict[int, int], keys) -> int:
    """The person an earlier mention introduces as the wife or husband of a namesake of mention ``m``'s word
    named in that sentence or the one before ("Mr Abe, accompanied by his wife Akie, ...", "President Clinton
    arrived ... He is accompanied by his wife Hillary"), else ``len(keys)`` (nobody)."""
    namesakes = set(_candidates(name_key(mentions[m].text)[-1], keys))
    for j, span in enumerate(mentions[:m]):
        doc = span.doc
        word = doc[span.start - 1] if span.start else None
        if word is not None and word.is_punct and span.start > 1:
            word = doc[span.start - 2]  # "his wife, Mila"
        if j not in owner or word is None or word.lower_ not in SPOUSE_NOUNS or owner[j] in namesakes:
            continue
        since = doc[span.sent.start - 1].sent.start if span.sent.start else 0
        if any(owner.get(k) in namesakes and since <= mentions[k].start for k in range(j)):
            return owner[j]
    return len(keys)


def couple_partner(doc: Doc, span: Span, wife: int, keys, owner: dict[int, int], addressed) -> int | None:
    """The person "Mr" stands for in "Mr and Mrs Abe" (or "Mrs and Mr ..."): the one namesake of
    ``span``'s entity, other than it, that is known to be of the other sex."""
    if span.start < 3 or doc[span.start - 2].lower_ not in ("and", "&"):
        return None
    first, second = address_gender(doc[span.start - 3].text), address_gender(doc[span.start - 1].text)
    if not first or not second or first == second:
        return None
    word = name_key(span.text)
    namesakes = [i for i in _candidates(word[-1], keys) if i != wife] if word else []
    of_sex = [i for i in namesakes if first in known_sexes(i, keys, owner, addressed)]
    return of_sex[0] if len(of_sex) == 1 else None


def titled_couples(doc: Doc, titles: list[dict], mentions: list[Span], addressed) -> dict[int, str]:
    """The mentions of a woman named after a title and "and" ("President and Mrs. Suharto", "the Prime
    Minister and Mrs Hawke"): the title is her husband's, so Mrs X is not the X who holds it. Maps each
    such mention's index to its name's last word."""
    ends = {t["end"] for t in titles if not t.get("address")}
    return {m: name_key(span.text)[-1] for m, span in enumerate(mentions)
            if addressed[m] == "f" and span.start >= 3 and doc[span.start - 2].lower_ == "and"
            and span.start - 2 in ends and name_key(span.text)}


def holds_couple_title(doc: Doc, person: int, word: str, couples: dict[int, str], mentions, owner,
                       roles_at) -> bool:
    """Whether a person has been named with the title of a "Title and Mrs X" of their name: "President Carter"
    for "the President and Mrs. Carter"; not Foreign Minister Lee Won Kyung for "the President and Mrs. Lee",
    the wife of President Chun, who keeps her own name."""
    wanted = {fold(doc[mentions[m].start - 3].text) for m, w in couples.items() if w == word}
    held = {fold(role_text(doc, t)).split()[-1] for j, i in owner.items() if i == person
            for t in roles_at.get((mentions[j].start, mentions[j].end), []) if role_text(doc, t)}
    return bool(wanted & held)


def wife_of(word: str, husband: int, m: int, mentions, owner, keys, addressed) -> int:
    """The wife of ``husband`` that "Mrs" and ``word`` at mention ``m`` names: the one other namesake not
    known to be a man ("Pat Nixon"), else the person introduced as his wife (:func:`introduced_spouse`),
    else ``len(keys)`` (a person of her own)."""
    women = [i for i in _candidates(word, keys) if i != husband
             and "m" not in known_sexes(i, keys, owner, addressed)]
    return women[0] if len(women) == 1 else introduced_spouse(mentions, m, owner, keys)


def known_female(index: int, entities: list[dict], keys, owner: dict[int, int], addressed) -> bool:
    """Whether a person is known to be a woman: by a given name, a form of address ("Mrs") or a role
    ("First Lady")."""
    return "f" in known_sexes(index, keys, owner, addressed) \
        or any(w in FEMALE_ROLE_WORDS for r in entities[index]["roles"] for w in fold(r).split())


def husband(key: tuple[str, ...], wife: int, entities: list[dict], keys, owner, addressed) -> int | None:
    """The one namesake, other than ``wife``, not known to be a woman: whose title "President and Mrs X"
    names."""
    namesakes = [i for i in _candidates(key[-1], keys) if i != wife
                 and not known_female(i, entities, keys, owner, addressed)] if key else []
    return namesakes[0] if len(namesakes) == 1 else None


def known_sexes(index: int, keys, owner: dict[int, int], addressed) -> set[str]:
    """The sexes a person is known by so far: by given names (:func:`given_sexes`) and by the forms of
    address of their mentions (:func:`addressed_sexes`)."""
    return given_sexes(keys[index]) | addressed_sexes(index, owner, addressed)


def given_sexes(keys: list[tuple[str, ...]]) -> set[str]:
    """The sex an entity's full names say by their given names, when every one of them says which
    ("Hazel Hawke": {"f"}), else none."""
    given = {given_name_gender(" ".join(k)) for k in keys if len(k) > 1}
    return given if None not in given else set()


def addressed_sexes(index: int, owner: dict[int, int], addressed: list[str | None]) -> set[str]:
    """The sexes the forms of address of an entity's mentions so far say ("Mr R. D. Muldoon": {"m"})."""
    return {addressed[j] for j, i in owner.items() if i == index and addressed[j]}


def are_initials(word: str, key: tuple[str, ...]) -> bool:
    """Whether an upper-case word is the initials of a name of two words or more, whole or up to a particle
    ("MBS": Mohammed bin Salman; "MBZ": Mohamed bin Zayed Al Nahyan; "AMLO": Andres Manuel Lopez Obrador).

    >>> are_initials("mbz", ("mohamed", "bin", "zayed", "al", "nahyan")), are_initials("mb", ("mohamed", "bin"))
    (True, True)
    >>> are_initials("mbz", ("mohamed", "bin", "zayed", "nahyan"))
    False
    """
    letters = "".join(w[0] for w in key)
    return len(key) >= 2 and (letters == word or letters.startswith(word) and key[len(word)] in PARTICLES)


def domain_place(doc: Doc, title: dict) -> Span | None:
    """The place an "of" domain of a title names, as its country ("Foreign Minister of Greece"); not the
    place of a "to" or "for" domain, which is someone else's ("Ambassador to China")."""
    core_end = title.get("core_end") or title["end"]
    if core_end >= title["end"] or doc[core_end].lower_ != "of":
        return None
    domain_end = next((t.i for t in doc[core_end + 1:title["end"]] if t.lower_ in ("to", "for", "in", "at")),
                      title["end"])
    return next((ent for ent in doc.ents if core_end < ent.start and ent.end <= domain_end
                 and ent.label_ in ("VENUE", "GPE")), None)


def add_role(doc: Doc, ent: dict, title: dict) -> None:
    """Give a person the role a title names; a form of address ("Sheikh", "Prince") is one of their
    ``styles``, which the relation stage reads with the roles ("the prince") but the output leaves out."""
    text = role_text(doc, title)
    if title.get("address"):
        if fold(text) not in {fold(s) for s in ent.setdefault("styles", [])}:
            ent["styles"].append(text)
        return
    if fold(text) not in {fold(r) for r in ent["roles"]}:
        ent["roles"].append(text)
    qual = title.get("qualifier")
    qual_span = doc[qual[0]:qual[1]] if qual else None
    label = qual_span[0].ent_type_ if qual_span is not None else None
    domain = domain_place(doc, title) if qual_span is None else None
    record = {"role": text, "qualifier": qual_span.text if qual_span is not None else None,
              "qualifier_label": label,
              "org": qual_span.text if label == "ORG" else None,
              "country": qual_span.text if label in {"VENUE", "GPE", "NORP"} else domain.text if domain else None}
    if record not in ent["role_orgs"]:
        ent["role_orgs"].append(record)


def finish_person(ent: dict, mentions, owner, index: int, shared: Counter) -> None:
    """Name = the longest full form, first seen; aliases = the other forms no other person shares."""
    forms = [mentions[m].text for m in sorted(owner) if owner[m] == index]
    longest = max(forms, key=lambda f: (len(name_key(f)), -forms.index(f)))
    ent["name"] = without_nickname(longest)  # 'Joko "Jokowi" Widodo' is Joko Widodo, "Jokowi" an alias
    ent["aliases"] = [form for form in dict.fromkeys(forms)
                      if form != ent["name"] and (len(name_key(form)) > 1 or shared[name_key(form)[0]] <= 1)]


def cluster_named(doc: Doc, places: dict[str, dict], venue_nouns=frozenset(), inside=frozenset()) -> list[dict]:
    """ORG and VENUE entities, joined by folded spelling or, for places, the gazetteer's name; not those
    whose first token is ``inside`` (the place of a peerage, "Duke of Edinburgh")."""
    entities: dict[tuple[str, str], dict] = {}
    for span in doc.ents:
        if span.label_ not in ("ORG", "VENUE") or span.start in inside:
            continue
        place = places.get(span.text)
        if place is None and span.text.isupper() and len(span.text) > 3:  # a dateline's "NAIROBI"
            place = places.get(span.text.title())
        name = place["place"] if place and span.label_ == "VENUE" else span.text
        key = (span.label_, fold(name))
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = new_entity(name, span.label_)
            del ent["roles"], ent["role_orgs"], ent["styles"]
            if place:
                ent["country"] = place.get("country")
        if span.text != ent["name"] and span.text not in ent["aliases"]:
            ent["aliases"].append(span.text)
        ent["mentions"].append([span.start, span.end])
        # a place used only to qualify a noun is not listed; an organisation qualifying a
        # title is the person's organisation ("State Department deputy spokesperson")
        ent["modifier_only"] = ent.get("modifier_only", True) and span.label_ == "VENUE" and is_modifier(span, venue_nouns)
    return list(entities.values())


def is_modifier(span: Span, venue_nouns=frozenset()) -> bool:
    """A name used to qualify a noun ("U.S. officials", "a DPRK delegation", "US-China trade"),
    but not a name before a venue noun, which names that venue ("the Palais Coburg hotel")."""
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in venue_nouns:
        return False
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"} \
        and not (span.start <= root.head.i < span.end)
