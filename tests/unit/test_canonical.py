"""One canonical name and id per person across articles (``dipnlp.canonical``)."""
from dipnlp.canonical import canonicalize


def person(name, *aliases, roles=()):
    return {"name": name, "label": "PERSON", "aliases": list(aliases), "roles": list(roles), "mentions": []}


def article(*entities, meetings=(), travels=()):
    return {"entities": list(entities), "meetings": list(meetings), "travels": list(travels)}


def names(records):
    return [[e["name"] for e in r["entities"]] for r in records]


def test_the_fullest_form_wins_even_when_used_by_fewer_articles():
    records = [article(person("Tayyip Erdogan", "Erdogan")), article(person("Tayyip Erdogan")),
               article(person("Recep Tayyip Erdogan", "Erdogan"))]
    canonicalize(records)
    assert names(records) == [["Recep Tayyip Erdogan"]] * 3
    assert records[0]["entities"][0]["aliases"][0] == "Tayyip Erdogan"  # the article's own form is kept


def test_middle_names_added_to_a_form_make_it_no_fuller():
    records = [article(person("Hillary Clinton", "Clinton")), article(person("Hillary Clinton")),
               article(person("Hillary Rodham Clinton", "Clinton"))]
    canonicalize(records)
    assert names(records) == [["Hillary Clinton"]] * 3
    assert records[2]["entities"][0]["aliases"][0] == "Hillary Rodham Clinton"


def test_initials_do_not_count_as_name_words():
    records = [article(person("S. Jaishankar")), article(person("Subrahmanyam Jaishankar"))]
    canonicalize(records)
    assert names(records) == [["Subrahmanyam Jaishankar"]] * 2
    assert records[0]["entities"][0]["id"] == "person:subrahmanyam-jaishankar"


def test_equally_full_forms_go_to_the_majority():
    records = [article(person("Kim Jong-un")), article(person("Kim Jong Un")), article(person("Kim Jong Un"))]
    canonicalize(records)
    assert names(records) == [["Kim Jong Un"]] * 3


def test_relations_follow_the_new_name():
    meeting = {"sides": [["Tayyip Erdogan"], ["Ilham Aliyev"]], "participants": ["Tayyip Erdogan", "Ilham Aliyev"]}
    travel = {"traveler": "Tayyip Erdogan", "destination": "Baku"}
    records = [article(person("Tayyip Erdogan"), person("Ilham Aliyev"), meetings=[meeting], travels=[travel]),
               article(person("Recep Tayyip Erdogan"))]
    canonicalize(records)
    assert records[0]["meetings"][0]["participants"] == ["Recep Tayyip Erdogan", "Ilham Aliyev"]
    assert records[0]["travels"][0]["traveler"] == "Recep Tayyip Erdogan"


def test_different_people_keep_their_names():
    records = [article(person("Kim Jong Un"), person("Kim Yong Chol")), article(person("Kim Yo Jong"))]
    canonicalize(records)
    assert names(records) == [["Kim Jong Un", "Kim Yong Chol"], ["Kim Yo Jong"]]


def test_known_people_fix_the_name():
    records = [article(person("Lula da Silva")), article(person("Luiz Inacio Lula da Silva"))]
    canonicalize(records, [{"name": "Lula", "aliases": ["Lula da Silva", "Luiz Inacio Lula da Silva"]}])
    assert names(records) == [["Lula"]] * 2


def test_among_equally_used_spellings_the_plainest_wins():
    records = [article(person("Volodymyr Zelenskyy")), article(person("Volodymyr Zelenskiy")),
               article(person("Volodymyr Zelensky")), article(person("Kim Yong-chol")), article(person("Kim Yong Chol"))]
    canonicalize(records)
    assert names(records) == [["Volodymyr Zelensky"]] * 3 + [["Kim Yong Chol"]] * 2


def test_a_longer_patronymic_chain_joins_but_does_not_name_the_person():
    records = [article(person("Mohammed bin Salman")), article(person("Mohammed bin Salman")),
               article(person("Mohammed bin Salman bin Abdulaziz Al Saud"))]
    canonicalize(records)
    assert names(records) == [["Mohammed bin Salman"]] * 3


def test_a_rank_before_a_full_name_joins_and_the_plain_form_names():
    records = [article(person("Prince Faisal bin Farhan")), article(person("Prince Faisal bin Farhan")),
               article(person("Faisal bin Farhan", "Prince Faisal bin Farhan"))]
    canonicalize(records)
    assert names(records) == [["Faisal bin Farhan"]] * 3


def test_a_bare_surname_goes_to_the_person_most_articles_name():
    records = [article(person("Donald Trump")) for _ in range(3)] + [
        article(person("Melania Trump")), article(person("Trump"))]
    canonicalize(records)
    assert names(records)[-1] == ["Donald Trump"]


def test_a_bare_surname_shared_evenly_stays_apart():
    records = [article(person("Donald Trump")), article(person("Melania Trump")), article(person("Trump"))]
    canonicalize(records)
    assert names(records)[-1] == ["Trump"]


def test_a_rank_and_one_name_is_not_joined_to_a_patronymic():
    records = [article(person("Mohammed bin Salman")), article(person("King Salman"))]
    canonicalize(records)
    assert names(records) == [["Mohammed bin Salman"], ["King Salman"]]


def test_a_rank_before_a_long_name_is_not_part_of_the_name():
    records = [article(person("Sheikh Mohamed bin Zayed Al Nahyan"))]
    canonicalize(records)
    assert names(records) == [["Mohamed bin Zayed Al Nahyan"]]
    records = [article(person("King Abdullah II"))]
    canonicalize(records)
    assert names(records) == [["King Abdullah II"]]


def test_an_indian_honorific_is_not_part_of_the_name():
    records = [article(person("Shri Narendra Modi")), article(person("Shri Narendra Modi")), article(person("Narendra Modi"))]
    canonicalize(records)
    assert names(records) == [["Narendra Modi"]] * 3


def test_among_spellings_of_one_length_the_latest_articles_wins():
    for dates in (("2015-12-25", "2024-07"), ("2024-07", "2015-12-25")):
        records = [{**article(person("Shahbaz Sharif")), "date": dates[0]},
                   {**article(person("Shehbaz Sharif")), "date": dates[1]}]
        canonicalize(records)
        latest = "Shehbaz Sharif" if dates[1] > dates[0] else "Shahbaz Sharif"
        assert names(records) == [[latest]] * 2


def test_among_spellings_of_one_length_and_one_year_the_first_seen_wins():
    for dates in (("2022-10-14", "2022-12-19"), ("2022-12-19", "2022-10-14")):
        records = [{**article(person("Shahbaz Karimov")), "date": dates[0]},
                   {**article(person("Shehbaz Karimov")), "date": dates[1]}]
        canonicalize(records)
        assert names(records) == [["Shahbaz Karimov"]] * 2


def test_a_bare_surname_is_not_joined_to_another_person_of_its_article():
    records = [article(person("Hodding Carter", roles=["spokesman"]), person("Carter", roles=["President"]))]
    canonicalize(records)
    assert names(records) == [["Hodding Carter", "Carter"]]


def test_a_bare_surname_joins_its_articles_full_name_when_their_roles_do_not_differ():
    records = [article(person("Hassan Sheikh Mohamud", roles=["President"]), person("Mohamud"))]
    canonicalize(records)
    assert names(records) == [["Hassan Sheikh Mohamud"]]  # merged into one entity


def test_a_bare_surname_its_article_tells_apart_from_a_namesake_joins_nobody_else():
    # the article's own namesake rules the word out, so an outside namesake is no safer a guess
    records = [article(person("Rosalynn Carter")) for _ in range(3)]
    records.append(article(person("Hodding Carter", roles=["spokesman"]), person("Carter", roles=["President"])))
    canonicalize(records)
    assert names(records)[-1] == ["Hodding Carter", "Carter"]


def test_a_bare_surname_whose_title_is_the_initials_of_the_full_names_joins_it():
    records = [article(person("Sheikh Hasina", roles=["Prime Minister"]), person("Hasina", roles=["PM"]))]
    canonicalize(records)
    assert names(records) == [["Sheikh Hasina"]]


def test_a_surname_its_article_gives_with_a_form_of_address_of_the_other_sex_stays_apart():
    # the article's clustering told "Mrs Muldoon" from Mr R. D. Muldoon; a plain "Muldoon" is still his
    records = [article(person("R. D. Muldoon", "Muldoon"), person("Mrs Muldoon")),
               article(person("R. D. Muldoon"), person("Muldoon"))]
    canonicalize(records)
    assert names(records) == [["R. D. Muldoon", "Mrs Muldoon"], ["R. D. Muldoon"]]


def test_the_queen_joins_the_one_queen_the_corpus_names_in_full_and_only_her():
    records = [article(person("the Queen", roles=["Queen"])), article(person("Queen Elizabeth II", "the Queen"))]
    canonicalize(records)
    assert names(records) == [["Queen Elizabeth II"], ["Queen Elizabeth II"]]
    records = [article(person("the Queen")), article(person("Queen Paola")), article(person("Queen Sofia"))]
    canonicalize(records)
    assert names(records) == [["the Queen"], ["Queen Paola"], ["Queen Sofia"]]
    records = [article(person("the Queen")), article(person("Queen Elizabeth II")),
               article(person("Queen Elizabeth II"), person("Queen Consort"))]
    canonicalize(records)  # of two, the one named in more articles
    assert names(records) == [["Queen Elizabeth II"], ["Queen Elizabeth II"], ["Queen Elizabeth II", "Queen Consort"]]
