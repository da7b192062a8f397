"""Which written names are one person."""
from __future__ import annotations

import pytest

from dipnlp.entities.names_match import name_key, same_person


@pytest.mark.parametrize("a,b", [("Kim Jong-un", "Kim Jong Un"), ("Choe Son-hui", "Choe Son Hui"),
                                 ("Mike Pompeo", "Michael Pompeo"), ("Steve Biegun", "Stephen Biegun"),
                                 ("Sarah Sanders", "Sarah Huckabee Sanders"), ("Donald J. Trump", "Donald Trump"),
                                 ("Mohammed bin Salman", "Mohammad bin Salman"),
                                 ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
                                 ("YB Datuk Seri Saifuddin Nasution Ismail", "Saifuddin Nasution Ismail"),
                                 ("Señor Pérez de Cuéllar", "Javier Pérez de Cuéllar")])
def test_same_person(a, b):
    assert same_person(name_key(a), name_key(b))


@pytest.mark.parametrize("a,b", [("Kim Jong Un", "Kim Yong Chol"), ("George Bush", "Jeb Bush"),
                                 ("Shinzo Abe", "Hiroshi Abe"), ("Lee Do-hoon", "Lee Jae-myung")])
def test_different_people(a, b):
    assert not same_person(name_key(a), name_key(b))


def test_a_title_kept_in_a_name_is_no_given_name():
    assert not same_person(name_key("Pope Paul"), name_key("Pope John Paul II"))
    assert same_person(name_key("Pope Paul"), name_key("Pope Paul VI"))
    assert same_person(name_key("John Paul"), name_key("Pope John Paul II"))


def test_a_two_word_name_with_the_family_name_first_is_the_same_person():
    assert same_person(name_key("KISHIDA Fumio"), name_key("Fumio Kishida"))
    assert not same_person(name_key("Kim Jong"), name_key("Jong Un"))


@pytest.mark.parametrize("a,b,same", [
    # a second surname after its particle, left out of the short form
    ("Cristina Fernández", "Cristina Fernández de Kirchner", True),
    ("Luis Inacio", "Luis Inacio da Silva", True),
    # two words before an Arabic particle are not a patronymic chain of their own
    ("Hamad Jassim", "Hamad Jassim bin Jaber", False),
    # a nickname in quotes is a middle word, not part of the spelling
    ('Joko "Jokowi" Widodo', "Joko Widodo", True),
    # a surname with its particle, capitalised at a sentence's start
    ("De Hoop Scheffer", "Jaap de Hoop Scheffer", True),
    # after an Arabic particle the short form names the father or the family
    ("Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", False),
    # given and middle names written as initials, but not other initials
    ("N.P. Saud", "Narayan Prakash Saud", True),
    ("N. K. Saud", "Narayan Prakash Saud", False),
])
def test_longer_forms_of_a_name(a, b, same):
    assert same_person(name_key(a), name_key(b)) is same
