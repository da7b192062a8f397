"""Scores on the seeds, the dev sets and the held-out set, with ``../shared/eval/score.py``, against floors.

``dev2`` is a second development set of 16 articles written for session 5 in
styles the first one lacks (communiques, readouts, state media, live blogs);
``dev3`` a third, written for session 6 in yet other styles, ``dev4`` a fourth, written for
session 7 in mainstream wire, regional and official styles, ``dev5`` a fifth, written for
session 8 in everyday wire and newspaper styles, ``dev6`` a sixth, written for session 9 in
the styles of more outlets, ``dev7`` a seventh, written for session 10, ``dev8`` an eighth, written for
session 11, ``dev9`` a ninth, written for session 12, ``dev10`` a tenth, written for session 13,
``dev11`` an eleventh, written for session 14, ``dev12`` a twelfth, written for session 15, ``dev13`` a
thirteenth, written for session 16, ``dev14`` and ``dev15``, written for session 17, ``dev16``,
written for session 18, ``dev17``, written for session 19, ``dev18``, written for session 20, ``dev19``, written for
session 21, ``dev20``, written for session 23, ``dev21``, written for session 24, ``dev22``, written for
session 25, ``dev23``, written for session 26, ``dev24``, written for session 27, ``dev25``, written for session
28, ``dev26``, written for session 29, ``dev27``, written for session 30, ``dev28`` (8 articles), written for
session 31, ``dev29`` (8 articles), written for session 32, ``dev30`` (8 articles), written for session 33,
``dev31`` (8 articles), written for session 34, ``dev32`` (8 articles), written for session 35, ``dev33`` (8
articles), written in session 35 and added in session 36, ``dev34`` and ``dev35`` (8 articles each), written for
session 36, ``dev36`` and ``dev37`` (8 articles each), written for session 37, ``dev38`` and ``dev39`` (8 articles
each), written for session 38, ``dev40`` and ``dev41`` (8 articles each), written for session 39, and ``dev42`` and
``dev43`` (8 articles each), written for session 40 (see their READMEs).

Raise a floor when dipnlp improves; never lower one to make a change pass. The
held-out set (``corpus/heldout``) is never used to write or tune rules: its
floors only catch regressions in how well the rules generalise.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

from dipnlp.extraction import extract_corpus
from tests.conftest import CORPUS

# (set, measure) -> floor
FLOORS = {
    ("seeds", "entities"): 0.98,
    ("seeds", "roles"): 1.00,
    ("seeds", "relations"): 1.00,
    ("seeds", "relations_strict"): 0.93,
    ("dev", "entities"): 0.92,
    ("dev", "roles"): 0.90,
    ("dev", "relations"): 0.83,
    ("dev", "relations_strict"): 0.76,
    ("dev2", "entities"): 0.88,
    ("dev2", "roles"): 0.84,
    ("dev2", "relations"): 0.74,
    ("dev2", "relations_strict"): 0.63,
    ("dev3", "entities"): 0.90,
    ("dev3", "roles"): 0.85,
    ("dev3", "relations"): 0.76,
    ("dev3", "relations_strict"): 0.52,
    ("dev4", "entities"): 0.89,
    ("dev4", "roles"): 0.88,
    ("dev4", "relations"): 0.78,
    ("dev4", "relations_strict"): 0.70,
    ("dev5", "entities"): 0.89,
    ("dev5", "roles"): 0.87,
    ("dev5", "relations"): 0.83,
    ("dev5", "relations_strict"): 0.60,
    ("dev6", "entities"): 0.91,
    ("dev6", "roles"): 0.89,
    ("dev6", "relations"): 0.77,
    ("dev6", "relations_strict"): 0.67,
    ("dev7", "entities"): 0.90,
    ("dev7", "roles"): 0.92,
    ("dev7", "relations"): 0.86,
    ("dev7", "relations_strict"): 0.61,
    ("dev8", "entities"): 0.88,
    ("dev8", "roles"): 0.88,
    ("dev8", "relations"): 0.77,
    ("dev8", "relations_strict"): 0.61,
    ("dev9", "entities"): 0.88,
    ("dev9", "roles"): 0.86,
    ("dev9", "relations"): 0.75,
    ("dev9", "relations_strict"): 0.54,
    ("dev10", "entities"): 0.90,
    ("dev10", "roles"): 0.87,
    ("dev10", "relations"): 0.72,
    ("dev10", "relations_strict"): 0.52,
    ("dev11", "entities"): 0.91,
    ("dev11", "roles"): 0.87,
    ("dev11", "relations"): 0.80,
    ("dev11", "relations_strict"): 0.58,
    ("dev12", "entities"): 0.87,
    ("dev12", "roles"): 0.88,
    ("dev12", "relations"): 0.79,
    ("dev12", "relations_strict"): 0.65,
    ("dev13", "entities"): 0.88,
    ("dev13", "roles"): 0.90,
    ("dev13", "relations"): 0.69,
    ("dev13", "relations_strict"): 0.52,
    ("dev14", "entities"): 0.89,
    ("dev14", "roles"): 0.88,
    ("dev14", "relations"): 0.80,
    ("dev14", "relations_strict"): 0.68,
    ("dev15", "entities"): 0.88,
    ("dev15", "roles"): 0.87,
    ("dev15", "relations"): 0.74,
    ("dev15", "relations_strict"): 0.61,
    ("dev16", "entities"): 0.88,
    ("dev16", "roles"): 0.86,
    ("dev16", "relations"): 0.70,
    ("dev16", "relations_strict"): 0.54,
    ("dev17", "entities"): 0.87,
    ("dev17", "roles"): 0.84,
    ("dev17", "relations"): 0.80,
    ("dev17", "relations_strict"): 0.65,
    ("dev18", "entities"): 0.88,
    ("dev18", "roles"): 0.90,
    ("dev18", "relations"): 0.79,
    ("dev18", "relations_strict"): 0.60,
    ("dev19", "entities"): 0.85,
    ("dev19", "roles"): 0.90,
    ("dev19", "relations"): 0.74,
    ("dev19", "relations_strict"): 0.62,
    ("dev20", "entities"): 0.86,
    ("dev20", "roles"): 0.82,
    ("dev20", "relations"): 0.70,
    ("dev20", "relations_strict"): 0.59,
    ("dev21", "entities"): 0.80,
    ("dev21", "roles"): 0.84,
    ("dev21", "relations"): 0.61,
    ("dev21", "relations_strict"): 0.48,
    ("dev22", "entities"): 0.84,
    ("dev22", "roles"): 0.81,
    ("dev22", "relations"): 0.64,
    ("dev22", "relations_strict"): 0.52,
    ("dev23", "entities"): 0.84,
    ("dev23", "roles"): 0.85,
    ("dev23", "relations"): 0.63,
    ("dev23", "relations_strict"): 0.53,
    ("dev24", "entities"): 0.83,
    ("dev24", "roles"): 0.80,
    ("dev24", "relations"): 0.59,
    ("dev24", "relations_strict"): 0.50,
    ("dev25", "entities"): 0.83,
    ("dev25", "roles"): 0.85,
    ("dev25", "relations"): 0.56,
    ("dev25", "relations_strict"): 0.44,
    ("dev26", "entities"): 0.87,
    ("dev26", "roles"): 0.84,
    ("dev26", "relations"): 0.74,
    ("dev26", "relations_strict"): 0.67,
    ("dev27", "entities"): 0.87,
    ("dev27", "roles"): 0.87,
    ("dev27", "relations"): 0.66,
    ("dev27", "relations_strict"): 0.53,
    ("dev28", "entities"): 0.86,
    ("dev28", "roles"): 0.84,
    ("dev28", "relations"): 0.60,
    ("dev28", "relations_strict"): 0.41,
    ("dev29", "entities"): 0.86,
    ("dev29", "roles"): 0.82,
    ("dev29", "relations"): 0.79,
    ("dev29", "relations_strict"): 0.73,
    ("dev30", "entities"): 0.86,
    ("dev30", "roles"): 0.84,
    ("dev30", "relations"): 0.75,
    ("dev30", "relations_strict"): 0.56,
    ("dev31", "entities"): 0.84,
    ("dev31", "roles"): 0.81,
    ("dev31", "relations"): 0.78,
    ("dev31", "relations_strict"): 0.68,
    ("dev32", "entities"): 0.81,
    ("dev32", "roles"): 0.80,
    ("dev32", "relations"): 0.74,
    ("dev32", "relations_strict"): 0.29,
    ("dev33", "entities"): 0.80,
    ("dev33", "roles"): 0.78,
    ("dev33", "relations"): 0.78,
    ("dev33", "relations_strict"): 0.74,
    ("dev34", "entities"): 0.87,
    ("dev34", "roles"): 0.82,
    ("dev34", "relations"): 0.69,
    ("dev34", "relations_strict"): 0.62,
    ("dev35", "entities"): 0.87,
    ("dev35", "roles"): 0.83,
    ("dev35", "relations"): 0.71,
    ("dev35", "relations_strict"): 0.67,
    ("dev36", "entities"): 0.82,
    ("dev36", "roles"): 0.70,
    ("dev36", "relations"): 0.63,
    ("dev36", "relations_strict"): 0.56,
    ("dev37", "entities"): 0.84,
    ("dev37", "roles"): 0.86,
    ("dev37", "relations"): 0.60,
    ("dev37", "relations_strict"): 0.56,
    ("dev38", "entities"): 0.86,
    ("dev38", "roles"): 0.80,
    ("dev38", "relations"): 0.56,
    ("dev38", "relations_strict"): 0.38,
    ("dev39", "entities"): 0.84,
    ("dev39", "roles"): 0.78,
    ("dev39", "relations"): 0.66,
    ("dev39", "relations_strict"): 0.50,
    ("dev40", "entities"): 0.85,
    ("dev40", "roles"): 0.83,
    ("dev40", "relations"): 0.64,
    ("dev40", "relations_strict"): 0.58,
    ("dev41", "entities"): 0.77,
    ("dev41", "roles"): 0.74,
    ("dev41", "relations"): 0.54,
    ("dev41", "relations_strict"): 0.31,
    ("dev42", "entities"): 0.83,
    ("dev42", "roles"): 0.75,
    ("dev42", "relations"): 0.67,
    ("dev42", "relations_strict"): 0.58,
    ("dev43", "entities"): 0.76,
    ("dev43", "roles"): 0.74,
    ("dev43", "relations"): 0.63,
    ("dev43", "relations_strict"): 0.61,
    ("heldout", "entities"): 0.90,
    ("heldout", "roles"): 0.86,
    ("heldout", "relations"): 0.71,
    ("heldout", "relations_strict"): 0.64,
}
SETS = ("seeds", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
        "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
        "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32",
        "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43",
        "heldout")
# Gold people that dipnlp is known to split over two ids, and why; a new split fails the test.
KNOWN_SPLITS = {
    "seeds": {},
    "dev": {"Rodrigo Londono": "also called by his nom de guerre 'Timochenko', which no spelling rule can join",
            "Ahmed Qurei": "also called by his nom de guerre 'Abu Ala'"},
    "dev2": {"Rosangela da Silva": "also called by her nickname 'Janja'"},
    "dev3": {"Volodymyr Zelensky": "a TASS paragraph spells him 'Vladimir Zelensky'",
             "Antony Blinken": "also called 'Tony Blinken'",
             "Luis Lacalle Pou": "also 'Luis Alberto Lacalle Pou', with a second given name"},
    "dev4": {"David Cameron": "also 'Lord Cameron' in the same article; a peer's title is not yet a word of address "
                              "(adding it to ADDRESS_WORDS made 'Lord' a person of its own)"},
    "dev5": {"Nabil Elaraby": "also spelt 'al-Araby' in the same article",
             "Olusegun Obasanjo": "'Chief Olusegun Obasanjo' (a Nigerian honorific) and the nickname 'Baba'"},
    "dev6": {},
    "dev7": {"Sergei Lavrov": "'Sergey' in two articles, 'Sergei' in a third: transliterated endings are not "
                              "matched, since a corpus-wide name in one spelling matches no form of an article "
                              "written in the other"},
    "dev8": {},
    "dev9": {"Rosangela da Silva": "also called by her nickname 'Janja'"},
    "dev10": {},
    "dev11": {"Sergei Lavrov": "'Sergey' in a TASS article, 'Sergei' in two others (as in dev7)",
              "Yuri Ushakov": "'Yury' in the TASS article, 'Yuri' in another: the same transliterated ending"},
    "dev12": {"AAMS Arefin Siddique": "also 'Professor Siddique': an academic title is not yet a word of address, and "
                                      "'Vice-Chancellor Professor Dr. AAMS' (initials in capitals) is read as no name"},
    "dev13": {},
    "dev14": {},
    "dev15": {"Ahmed bin Abdullah Al Mahmoud": "also 'HE al-Mahmoud': a Gulf 'His Excellency' written 'HE', which "
                                                "an honorific list cannot hold without taking the pronoun 'he'"},
    "dev16": {"Joko Widodo": "also 'Jokowi', given as 'popularly known as Jokowi'",
              "John Lee Ka-chiu": "also 'John Lee': a Hong Kong name with a Western given name before the Chinese one",
              "Christopher Hui Ching-yu": "also 'Hui': the family name is the second word of the full name"},
    "dev17": {"Sergei Lavrov": "'Sergey' in a White House readout, 'Sergei' in four others (as in dev7)"},
    "dev18": {},
    "dev19": {},
    "dev20": {"King Salman": "also 'Salman bin Abdulaziz, now King Salman': an appositive with 'now' names the same "
                             "man by his later title, and nothing yet joins the two names"},
    "dev21": {},
    "dev22": {"Julius Nyerere": "also called 'Mwalimu' (teacher), an honorific nickname no spelling rule can join",
              "Pat Nixon": "also 'Mrs. Nixon', told from her husband by 'the President and Mrs. Nixon', but not "
                           "joined to 'Pat Nixon': a slogan read as a name ('We Trust Nixon') is a second namesake "
                           "not known to be a man",
              "Jimmy Carter": "'President Carter' in an article that never names him in full but ends with the "
                              "State Department spokesman Hodding Carter: a person of its own there, named by "
                              "title and surname, which no rule joins to the 'Jimmy Carter' of another article"},
    "dev23": {},
    "dev24": {},
    "dev25": {"Deng Xiaoping": "'Teng Hsiao-ping' in one article (Wade-Giles), 'Deng Xiaoping' in another (pinyin): "
                               "no spelling rule joins the two romanisations",
              "Edmund Ho": "also 'Edmund Ho Hau Wah': a Macau name with a Western given name before the Chinese one "
                           "(as John Lee Ka-chiu in dev16)"},
    "dev26": {},
    "dev27": {"Li Xiannian": "'Li Hsien-nien' in one article (Wade-Giles), 'Li Xiannian' in another (pinyin), as "
                             "Deng Xiaoping in dev25",
              "Deng Xiaoping": "'Teng Hsiao-ping' in one article, 'Deng Xiaoping' in another (as in dev25)",
              "Prince Charles": "'the Prince of Wales', never named in two articles, is a person of its own "
                                "(clusters.peerage_people); a third names him 'King Charles', and nothing in "
                                "the text ties the peerage to the name"},
    "dev28": {"Eugenia Charles": "also 'Miss Charles': 'Miss' stays in a name's key (as 'Lady' of 'Lady Allen', "
                                 "who is not 'Sir Patrick Allen'), so the two forms are two names"},
    "dev29": {},
    "dev30": {},
    "dev31": {},
    "dev32": {},
    "dev33": {"Fitsum Arega": "also 'Ato Fitsum': the Amharic word of address 'Ato' is not a word of address here "
                              "(it is also a Ghanaian given name), so the name is read as 'Ato Fitsum'"},
    "dev34": {},
    "dev35": {},
    "dev36": {},
    "dev37": {},
    "dev38": {},
    "dev39": {},
    "dev40": {},
    "dev41": {},
    "dev42": {},
    "dev43": {},
}
#: Held-out splits are counted, not inspected (looking would be tuning on the held-out set).
HELDOUT_SPLITS = 4


def load_scorer(shared):
    spec = importlib.util.spec_from_file_location("dip_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(nlp, shared, tmp_path_factory):
    scorer = load_scorer(shared)
    out = tmp_path_factory.mktemp("scores")
    result = {}
    for name in SETS:
        run = extract_corpus(CORPUS / name, nlp=nlp)
        assert not run.errors
        run.to_jsonl(out / f"{name}.jsonl")
        result[name] = scorer.score(str(CORPUS / "gold" / f"{name}.jsonl"), str(out / f"{name}.jsonl"))
    return result


@pytest.mark.parametrize("corpus,measure", sorted(FLOORS))
def test_f1_floor(scores, corpus, measure):
    got = scores[corpus][measure]
    got = got["all"]["f1"] if measure == "entities" else got["f1"]
    assert got >= FLOORS[(corpus, measure)], json.dumps(scores[corpus][measure])


@pytest.mark.parametrize("corpus", SETS)
def test_no_gold_person_split_or_joined(scores, corpus):
    graph = scores[corpus]["graph"]
    allowed = HELDOUT_SPLITS if corpus == "heldout" else len(KNOWN_SPLITS[corpus])
    assert graph["split_people"] <= allowed and graph["joined_ids"] == 0, graph


def test_gold_files_cover_their_articles():
    for name in SETS:
        ids = {json.loads(line)["id"] for line in (CORPUS / "gold" / f"{name}.jsonl").open(encoding="utf-8")}
        assert ids == {p.stem for p in (CORPUS / name).glob("*.txt")}
