"""When two written names are the same person: spelling, transliteration, nicknames.

>>> name_key("Kim Jong-un") == name_key("Kim Jong Un")
True
>>> same_person(name_key("Steve Biegun"), name_key("Stephen Biegun"))
True
>>> same_person(name_key("Kim Yong Chol"), name_key("Kim Jong Un"))
False
>>> same_person(name_key("Tayyip Erdogan"), name_key("Recep Tayyip Erdogan"))
True
>>> same_person(name_key("Hamad Al Thani"), name_key("Tamim bin Hamad Al Thani"))
False
>>> name_key("Mr Xi")
('xi',)
>>> name_key('Joko "Jokowi" Widodo')
('joko', 'jokowi', 'widodo')
>>> same_person(name_key("Faisal bin Farhan bin Abdullah"), name_key("Prince Faisal bin Farhan"))
True
>>> same_person(name_key("King Salman"), name_key("Mohammed bin Salman"))
False
>>> same_person(name_key("Cristina Fernández"), name_key("Cristina Fernández de Kirchner"))
True
>>> same_person(name_key("Hamad Jassim"), name_key("Hamad Jassim bin Jaber"))
False
>>> same_person(name_key("Marcelo Ebrard"), name_key("Marcelo Ebrard Casaubón"))
True
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

SPELLING_SIMILARITY = 0.85  # "Mohammed"/"Mohammad", "Zelensky"/"Zelenskyy"
# name particles: "el-Sisi" and "al-Sisi" are written forms of one surname, "Sisi"
PARTICLES = {"al", "el", "ad", "ash", "as", "an", "bin", "ibn", "van", "von", "de", "da", "di", "del", "la", "le",
             "der", "den", "dos", "du"}
#: Arabic particles: what follows "bin" or "Al" may be a father's or a family's name ("Mohamed bin [Zayed Al
#: Nahyan]"), so a name written short from there is someone else's. After "de" or "van" it is the surname.
ARABIC_PARTICLES = {"al", "el", "ad", "ash", "as", "an", "bin", "ibn"}
#: Particles before a second surname, which a name written short leaves out ("Cristina Fernandez [de Kirchner]").
SURNAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "y", "e"}
#: Nouns for a person's husband or wife ("his wife Annita Keating", "Keating and his wife").
SPOUSE_NOUNS = frozenset({"wife", "husband", "spouse"})
#: Words of address for a woman and for a man ("Mrs. Hawke" is Hazel Hawke, not her husband).
WOMEN_ADDRESS = {"mrs", "ms", "madam", "madame", "mme", "mlle", "frau", "dame", "smt", "shrimati", "señora", "senora",
                 "señorita", "senorita", "signora", "senhora"}
MEN_ADDRESS = {"mr", "monsieur", "herr", "sir", "shri", "señor", "senor", "signor", "senhor", "ratu"}
#: Words of address written before a name ("Mr Xi", "Ms Ri"): not part of the key. Ranks that are
#: part of how a person is named ("King Salman", "Prince Faisal") stay.
ADDRESS_WORDS = WOMEN_ADDRESS | MEN_ADDRESS | {"dr", "yab", "yb", "comrade", "professor", "prof", "father", "fr", "reverend",
                                              "rev", "mgr", "msgr", "monsignor"}
#: Malaysian styles, written before a name and its title ("Foreign Minister Datuk Seri Saifuddin Abdullah"),
#: alone or before "Seri"/"Sri" ("Tan" only so, since it is also a family name).
MALAY_STYLES = {"datuk", "dato", "datin", "tun", "toh", "puan"}
MALAY_STYLE_SECOND = {"seri", "sri"}
#: Ranks written as part of a name: "Prince Faisal bin Farhan" is "Faisal bin Farhan" when both are full names.
RANKS = {"king", "queen", "prince", "princess", "sheikh", "sheikha", "emir", "sayyid", "crown"}
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
#: Titles that stay in a name without being its given name ("Pope Paul" is not "Pope John Paul").
NAME_TITLES = {"pope", "emperor", "empress"}


#: Generation suffixes written after a surname ("Ferdinand Marcos Jr."): not the surname.
GENERATION = {"jr", "sr", "jnr", "snr"} | (ROMAN - {"i", "v", "x"})


def surname(key: tuple[str, ...]) -> str:
    """The last word of a name key that is no generation suffix.

    >>> surname(("ferdinand", "marcos", "jr")), surname(("charles", "iii")), surname(("xi",))
    ('marcos', 'charles', 'xi')
    """
    while len(key) > 1 and key[-1] in GENERATION:
        key = key[:-1]
    return key[-1] if key else ""


def style_length(words: list[str]) -> int:
    """How many of ``words`` (lower case, from the start) are a form of address before a name ("Mr", "H.E.",
    "Datuk Seri", "Tan Sri"); 0 if none.

    >>> style_length(["datuk", "seri", "saifuddin"]), style_length(["tan", "sri", "muhyiddin"])
    (2, 2)
    >>> style_length(["tan", "chuan-jin"]), style_length(["dr.", "s"]), style_length(["tun", "mahathir"])
    (0, 1, 1)
    """
    first = words[0].rstrip(".'’") if words else ""
    second = words[1] if len(words) > 1 else ""
    if first in MALAY_STYLES or first == "tan":
        return 2 if second in MALAY_STYLE_SECOND else int(first != "tan")
    return 1 if first in ADDRESS_WORDS or words[0] in ("h.e.", "hon.") else 0


def fold(text: str) -> str:
    """Lower case, no accents, curly quotes straightened."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("’", "'").replace("‘", "'")


#: The quotes around a nickname inside a name: 'Joko "Jokowi" Widodo', "José 'Pepe' Mujica".
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
#: A nickname in quotes inside a name: 'Joko "Jokowi" Widodo'.
QUOTED_NICKNAME = re.compile(r"""\s+["“'‘]([^"“”'‘’]+)(["”'’](?=\s)|["”'’]?$)""")


def without_nickname(text: str) -> str:
    """A name without the nickname quoted inside it or after it (its closing quote may be cut off).

    >>> without_nickname('Joko "Jokowi" Widodo'), without_nickname("Pushpa Kamal Dahal 'Prachanda")
    ('Joko Widodo', 'Pushpa Kamal Dahal')
    """
    return QUOTED_NICKNAME.sub("", text)


def name_key(text: str) -> tuple[str, ...]:
    """A person's name as a tuple of folded words; hyphens and dots split words, quotes go."""
    text = fold(text)
    text = re.sub(r"['’]s$", "", text)
    words = [w.strip("\"“”'") for w in re.split(r"[\s\-‐‑.]+", text)]
    words = [w for w in words if w]
    while len(words) > 1 and ((length := style_length(words)) > 1 or words[0] in ADDRESS_WORDS):
        words = words[max(1, length):]  # "YB Datuk Seri X": X
    while len(words) > 1 and words[0] in PARTICLES:
        words.pop(0)
    return tuple("al" if w == "el" else w for w in words)


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=4096)
def given_names_match(a: str, b: str) -> bool:
    """Same given name, a nickname of it ("mike"/"michael"), or an initial ("j"/"john")."""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    if similar_spelling(a, b):
        return True
    namer = _nicknamer()
    forms_a = {a} | namer.nicknames_of(a) | namer.canonicals_of(a)
    forms_b = {b} | namer.nicknames_of(b) | namer.canonicals_of(b)
    return bool(forms_a & forms_b)


def similar_spelling(a: str, b: str) -> bool:
    """Two transliterations of one word: long enough and nearly the same letters."""
    return min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= SPELLING_SIMILARITY


def undouble(word: str) -> str:
    """A word with doubled letters written once ("sissi" -> "sisi"): a common transliteration variant."""
    return re.sub(r"(.)\1+", r"\1", word)


def without_rank(key: tuple[str, ...]) -> tuple[str, ...]:
    """A name key without the ranks it starts with, while a word is left ("king", "salman" -> "salman")."""
    while len(key) > 1 and key[0] in RANKS:
        key = key[1:]
    return key


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two multi-word names are written forms of one person's name."""
    if a == b:
        return True
    if (a[0] in RANKS or b[0] in RANKS) and len(a) > 1 and len(b) > 1:
        plain_a, plain_b = without_rank(a), without_rank(b)
        if len(plain_a) >= 2 and len(plain_b) >= 2 and (plain_a, plain_b) != (a, b):
            return same_person(plain_a, plain_b)
    if "".join(a) == "".join(b) or tuple(map(undouble, a)) == tuple(map(undouble, b)):
        return True
    if len(a) == len(b) == 2 and a == b[::-1]:
        return True  # family name first ("KISHIDA Fumio", "Fumio Kishida")
    short, long_ = sorted((a, b), key=len)
    if 2 <= len(short) < len(long_) and long_[:len(short)] == short \
            and long_[len(short)] in (PARTICLES if len(short) >= 3 else SURNAME_PARTICLES):
        return True  # a patronymic chain written longer ("Faisal bin Farhan bin Abdullah"), a second surname
        # after its particle ("Cristina Fernandez de Kirchner")
    if len(short) == 2 and len(long_) == 3 and long_[:2] == short and long_[2] not in PARTICLES | RANKS | ROMAN:
        return True  # a second surname written without its particle ("Marcelo Ebrard Casaubon")
    if 2 <= len(short) < len(long_) and long_[-len(short):] == short \
            and long_[-len(short) - 1] not in ARABIC_PARTICLES:
        return True  # a name without its first given name ("Tayyip Erdogan", "Recep Tayyip Erdogan"), a surname
        # with its particle ("De Hoop Scheffer": the key leaves a leading particle out)
    if a[-1] in ROMAN and b[-1] not in ROMAN or b[-1] in ROMAN and a[-1] not in ROMAN:
        return same_person(tuple(w for w in a if w not in ROMAN), tuple(w for w in b if w not in ROMAN))
    if len(a) < 2 or len(b) < 2 or not (a[-1] == b[-1] or (a[0] == b[0] and similar_spelling(a[-1], b[-1]))):
        return False
    if not given_names_match(a[0], b[0]) or a[0] in NAME_TITLES:
        return False
    short, long_ = sorted((a[1:-1], b[1:-1]), key=len)
    return not short or len(short) == len(long_) and all(  # a middle name or its initial ("N. P. Saud")
        x == y or len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y) for x, y in zip(short, long_))


@lru_cache(maxsize=1)
def _gender_detector():
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=1)
def _accented_names() -> dict[str, str]:
    """The gender-guesser names written with accents, by their folded form ("francois": "françois"), for
    name keys, which are folded."""
    return {folded: name for name in _gender_detector().names if (folded := fold(name)) != name}


@lru_cache(maxsize=4096)
def given_name_gender(name: str, mostly: bool = False) -> str | None:
    """"f" or "m" when the first word of a person's name is a given name of that gender only in the
    gender-guesser dictionary ("Hillary Clinton": "f"), else None ("Kim Jong Un", "Xi Jinping": a
    family name, or a name given to both). With ``mostly``, also a name mostly given to one sex ("Mary").

    >>> given_name_gender("Hillary Clinton"), given_name_gender("Kurt Campbell"), given_name_gender("Xi Jinping")
    ('f', 'm', None)
    >>> given_name_gender("Mary Robinson"), given_name_gender("Mary Robinson", mostly=True)
    (None, 'f')
    >>> given_name_gender("francois mitterrand")
    'm'
    """
    words = name.split()
    if len(words) < 2:
        return None
    genders = {"female": "f", "male": "m"}
    if mostly:
        genders.update({"mostly_female": "f", "mostly_male": "m"})
    given = words[0].strip(".,")
    gender = _gender_detector().get_gender(given)
    if gender == "unknown" and fold(given) in _accented_names():  # "Francois", as a name key writes François
        gender = _gender_detector().get_gender(_accented_names()[fold(given)])
    return genders.get(gender)


#: Forms of address that say a woman or a man: the words of address, and "Miss" and "Lady", which stay in a
#: name's key ("Lady Allen").
ADDRESS_GENDER = {**dict.fromkeys(WOMEN_ADDRESS | {"miss", "lady"}, "f"), **dict.fromkeys(MEN_ADDRESS, "m")}


def is_address_word(word: str) -> bool:
    """Whether a word is a form of address written before a name ("Mr", "Dr.", "Mrs"), in any case.

    >>> is_address_word("Dr."), is_address_word("Mrs"), is_address_word("Doctor")
    (True, True, False)
    """
    return fold(word).rstrip(".") in ADDRESS_WORDS


def address_gender(word: str) -> str | None:
    """"f" or "m" for a form of address that says which ("Mrs." -> "f", "Herr" -> "m"), else None.

    >>> address_gender("Mrs."), address_gender("Monsieur"), address_gender("Dr")
    ('f', 'm', None)
    """
    return ADDRESS_GENDER.get(word.lower().rstrip("."))
