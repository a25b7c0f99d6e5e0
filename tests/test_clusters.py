from ruarticle import extract
from ruarticle.clusters import cluster_people
from ruarticle.mentions import Candidate


def people(text, *names):
    """Candidates for the given names, located in ``text`` in order."""
    out, at = [], 0
    for n, name in enumerate(names):
        start = text.index(name, at)
        at = start + len(name)
        out.append(Candidate(start, at, "PER", "person", None, name, n, n))
    return out


def normals(text, *names):
    return [[c.normal for c in group] for group in cluster_people(people(text, *names))]


def test_surname_alone_joins_the_full_name():
    text = "Нора Донда приехала. Донду встретили."
    assert normals(text, "Нора Донда", "Донду") == [["Нора Донда", "Донда"]]


def test_other_mention_proves_masculine_stem():
    text = "Речь Александра Панфилова. С Панфиловым спорили."
    assert normals(text, "Александра Панфилова", "Панфиловым") == [
        ["Александр Панфилов", "Панфилов"]]


def test_feminine_form_elsewhere_keeps_the_nominative():
    text = "Выступила Александра Панфилова. Панфиловой хлопали."
    assert normals(text, "Александра Панфилова", "Панфиловой") == [
        ["Александра Панфилова", "Панфилова"]]


def test_different_first_names_are_different_people():
    text = "Иван Петров и Анна Петрова пришли."
    assert len(normals(text, "Иван Петров", "Анна Петрова")) == 2


def test_initial_keeps_its_letter():
    text = "Заявил Иван Петров. И. Петрову ответили."
    assert normals(text, "Иван Петров", "И. Петрову") == [["Иван Петров", "И. Петров"]]


def orgs_of(text):
    from ruarticle import extract
    return [e for e in extract(text).entities if e.type == "ORG"]


def test_bare_organisation_joins_its_one_placed_name():
    text = "Полиция Бразилии задержала троих. Полиция сообщила о новых арестах."
    police = [e for e in orgs_of(text) if any(m.text == "Полиция" for m in e.mentions)]
    assert police and police[0].name == "Полиция Бразилии"


def test_bare_organisation_stays_apart_from_two_placed_names():
    text = ("Полиция Бразилии задержала троих, полиция Перу — двоих. "
            "Полиция сообщила о новых арестах.")
    bare = [e for e in orgs_of(text) if any(m.text == "Полиция" for m in e.mentions)]
    assert bare and bare[0].name == "Полиция"


def test_particle_inside_a_name_stays_in_its_normal():
    text = "Усама бен Ладен скрывался. Ладена нашли."
    groups = cluster_people(people(text, "Усама бен Ладен", "Ладена"))
    assert [c.normal for c in groups[0]] == ["Усама бен Ладен", "Ладен"]


def test_lowercase_word_before_a_name_is_no_particle():
    text = "Ушла миссис Смит. Смит вернулась."
    assert normals(text, "миссис Смит", "Смит")[0][0] == "Смит"


def test_first_name_ending_in_ei_matches_its_genitive():
    text = "Назначен Андрея Воробьёва. Андрей Воробьёв согласился."
    assert len(cluster_people(people(text, "Андрея Воробьёва", "Андрей Воробьёв"))) == 1


def test_first_names_further_apart_than_one_letter_differ():
    text = "Пришли Андрей Воробьёв и Андриан Воробьёв."
    assert len(cluster_people(people(text, "Андрей Воробьёв", "Андриан Воробьёв"))) == 2


def test_lone_surname_one_letter_off_joins_the_person():
    text = "Премьер Фолькер Буфье выступил. Буффье добавил, что бюджет принят."
    assert len(cluster_people(people(text, "Фолькер Буфье", "Буффье"))) == 1


def test_lone_dictionary_surname_one_letter_off_is_another_person():
    text = "Министр Николай Бурков выступил. Буров добавил, что бюджет принят."
    assert len(cluster_people(people(text, "Николай Бурков", "Буров"))) == 2


def test_long_first_names_one_letter_apart_are_one_spelling_slip():
    text = "Актриса Бриджит Бардо приехала. Брижит Бардо уехала."
    assert len(cluster_people(people(text, "Бриджит Бардо", "Брижит Бардо"))) == 1


def test_short_first_names_one_letter_apart_stay_apart():
    text = "Пришли Ирина Бардо и Арина Бардо."
    assert len(cluster_people(people(text, "Ирина Бардо", "Арина Бардо"))) == 2


def test_the_word_after_an_arabic_article_is_kept_as_written():
    article = extract("Эмир Катара шейх Хамад бен Халифа Аль Тани отрёкся от власти в пользу сына.")
    assert [e.name for e in article.entities if e.type == "PER"] == ["Хамад бен Халифа Аль Тани"]


def test_first_name_and_patronymic_join_the_person_of_that_first_name():
    text = "Тренер Марат Сейтказиев дал интервью. – Марат Ерланович, как игра?"
    assert normals(text, "Марат Сейтказиев", "Марат Ерланович") == [
        ["Марат Сейтказиев", "Марат Ерланович"]]


def test_surname_in_vich_alone_is_still_a_full_name():
    text = "Новак Джокович выиграл. Слободан Петрович проиграл."
    assert len(normals(text, "Новак Джокович", "Слободан Петрович")) == 2


def test_full_name_with_a_one_letter_slip_in_the_surname_is_the_same_person():
    text = "Шавкат Мирзиёев прибыл в Астану. Позже Шавкат Мирзиёв выступил."
    assert normals(text, "Шавкат Мирзиёев", "Шавкат Мирзиёв") == [
        ["Шавкат Мирзиёев", "Шавкат Мирзиёв"]]


def test_same_first_name_and_a_different_surname_are_different_people():
    text = "Иван Петров пришел. Иван Петраков ушел."
    assert len(normals(text, "Иван Петров", "Иван Петраков")) == 2


def test_an_epithet_after_a_hyphen_leaves_the_surname():
    text = "Выступил Джон Смит-младший. Смита поддержали."
    assert normals(text, "Джон Смит-младший", "Смита") == [["Джон Смит-младший", "Смит"]]


def test_a_different_surname_with_an_epithet_is_someone_else():
    text = "Выступил Джон Смит-младший. Смолина поддержали."
    assert len(normals(text, "Джон Смит-младший", "Смолина")) == 2
