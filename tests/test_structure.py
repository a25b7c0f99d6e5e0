"""The layout rules, each shown on an article written for this suite."""
import pytest

from ruarticle import extract
from ruarticle.structure import line_spans, segment


def kinds(layout):
    return [(p.kind, p.text) for p in layout.paragraphs]


def kind_of(layout, start):
    return next(p.kind for p in layout.paragraphs if p.text.startswith(start))


def test_category_line_is_parsed_into_meta(article_text):
    layout = segment(article_text("scraped_portal.txt"))
    assert layout.meta.category == "Общество"
    assert layout.paragraphs[0].kind == "category"


def test_title_is_the_first_headline_like_line(article_text):
    layout = segment(article_text("scraped_portal.txt"))
    assert layout.meta.title == "В Караганде открыли первый в регионе центр реабилитации для детей"
    assert layout.paragraphs[1].kind == "title"


def test_first_prose_paragraph_is_lead_and_the_rest_body(article_text):
    layout = segment(article_text("scraped_portal.txt"))
    assert kind_of(layout, "Центр на 120 мест") == "lead"
    assert kind_of(layout, "В центре будут работать") == "body"
    assert kind_of(layout, "По ее словам") == "body"


def test_speech_paragraph_and_its_trailing_attribution_line(article_text):
    layout = segment(article_text("scraped_portal.txt"))
    assert kind_of(layout, "Мы долго шли") == "quote"
    assert kind_of(layout, "отметила директор центра") == "attribution"


def test_name_on_the_last_line_is_the_byline(article_text):
    layout = segment(article_text("scraped_portal.txt"))
    assert layout.meta.byline == "Ерлан Мукашев"
    assert kind_of(layout, "Ерлан Мукашев") == "byline"


def test_recent_posts_block_is_boilerplate_with_parsed_teasers(article_text):
    text = article_text("scraped_portal.txt")
    layout = segment(text)
    tail = layout.paragraphs[[p.text for p in layout.paragraphs].index("Recent Posts"):]
    assert {p.kind for p in tail} == {"boilerplate"}
    assert [(r.headline, r.age) for r in layout.related] == [
        ("В Астане снизили тарифы на проезд для студентов", "3 часа ago"),
        ("Сборная Казахстана по боксу завоевала пять медалей", "1 день ago"),
    ]
    first = layout.related[0]
    assert first.teaser == "Городской акимат утвердил новые льготы для учащихся вузов и колледжей…"
    assert text[first.start:first.end].startswith(first.headline)
    assert text[first.start:first.end].endswith(first.age)


def test_read_also_block_ends_at_the_next_prose_paragraph(article_text):
    layout = segment(article_text("read_also.txt"))
    assert kind_of(layout, "Читайте также") == "boilerplate"
    assert kind_of(layout, "Пробки в Новосибирске") == "boilerplate"
    assert kind_of(layout, "Подрядчиков будут штрафовать") == "body"
    assert [r.headline for r in layout.related] == [
        "Пробки в Новосибирске достигли рекордных девяти баллов",
        "Новосибирский метрополитен продлит часы работы в праздники",
    ]


def test_inline_read_also_gives_one_teaser():
    text = "Заголовок новости про погоду\n\nВ Омске похолодало.\n\nЧитайте также: В Томске выпал первый снег\n\nСиноптики обещают потепление."
    layout = segment(text)
    assert kind_of(layout, "Читайте также") == "boilerplate"
    assert [r.headline for r in layout.related] == ["В Томске выпал первый снег"]
    assert text[layout.related[0].start:layout.related[0].end] == "В Томске выпал первый снег"


def test_a_news_aggregators_widget_lists_other_headlines():
    text = ("Заголовок новости про назначение\n\nГубернатор назначил нового заместителя.\n\n"
            "Rambler-Новости\n\n    Министр не исключил возвращения на пост\n    Заключённые прекратили акцию\n\n"
            "Новый заместитель давно работает в администрации области.")
    layout = segment(text)
    assert kind_of(layout, "Министр не исключил") == "boilerplate"
    assert kind_of(layout, "Новый заместитель") == "body"


@pytest.mark.parametrize("line", [
    "Фото: пресс-служба мэрии Новосибирска",
    "Теги: дороги, ремонт, Новосибирск",
    "Поделиться",
    "ВКонтакте Telegram WhatsApp",
])
def test_captions_tags_and_share_buttons_are_boilerplate(article_text, line):
    layout = segment(article_text("read_also.txt"))
    assert kind_of(layout, line) == "boilerplate"


def test_dateline_stays_in_the_lead_of_an_untitled_text(article_text):
    layout = segment(article_text("dateline.txt"))
    assert [p.kind for p in layout.paragraphs] == ["lead", "body"]
    assert layout.meta.title is None


def test_clean_text_has_no_false_structure():
    text = ("Курс доллара на бирже снизился до 89 рублей.\n"
            "Аналитики связывают это с ростом цен на нефть.\n"
            "Эксперты ждут стабилизации курса до конца месяца.")
    assert [p.kind for p in segment(text).paragraphs] == ["lead", "body", "body"]
    assert segment(text).meta == segment(text).meta.__class__()


def test_single_line_is_a_lead():
    layout = segment("Сильный ветер повалил деревья в Барнауле")
    assert [p.kind for p in layout.paragraphs] == ["lead"]
    assert layout.meta.title is None


def test_windows_line_ends_keep_offsets(article_text):
    text = article_text("windows_crlf.txt")
    layout = segment(text)
    assert [p.kind for p in layout.paragraphs] == ["title", "lead", "body"]
    assert all(text[p.start:p.end] == p.text and "\r" not in p.text for p in layout.paragraphs)


def test_non_breaking_spaces_are_trimmed_but_offsets_kept():
    text = "\u00a0Погода в Казани\u00a0\n\n\u00a0В Казани ожидается до\u00a030 градусов тепла.\u00a0"
    layout = segment(text)
    assert [p.text for p in layout.paragraphs] == [
        "Погода в Казани", "В Казани ожидается до\u00a030 градусов тепла."]
    assert all(text[p.start:p.end] == p.text for p in layout.paragraphs)


def test_line_spans_skip_blank_and_invisible_lines():
    text = "один\n \t\n\u200b\nдва"
    assert [text[s:e] for s, e in line_spans(text)] == ["один", "два"]


def test_colon_line_introduces_a_block_quote():
    text = ("Губернатор выступил на открытии фестиваля\n\n"
            "Фестиваль открылся в Барнауле в четверг.\n"
            "Губернатор края Виктор Томенко сказал:\n"
            "Мы рады видеть гостей со всей страны. Фестиваль стал настоящим праздником.\n"
            "Программа продлится пять дней.")
    layout = segment(text)
    assert kind_of(layout, "Губернатор края") == "attribution"
    assert kind_of(layout, "Мы рады видеть") == "quote"
    assert kind_of(layout, "Программа продлится") == "body"


def test_list_after_colon_is_not_a_quote():
    text = ("Названы лучшие школы города\n\n"
            "В рейтинг вошли:\n"
            "— гимназия № 1;\n"
            "— лицей № 12.")
    layout = segment(text)
    assert {p.kind for p in layout.paragraphs[1:]} <= {"lead", "body"}


def test_given_title_marks_the_matching_first_line():
    text = "Ураган обрушился на побережье\n\nСкорость ветра достигала 40 м/с."
    layout = segment(text, title="Ураган обрушился на побережье")
    assert [p.kind for p in layout.paragraphs] == ["title", "lead"]


def test_given_title_does_not_turn_the_first_paragraph_into_a_title():
    text = "Скорость ветра достигала 40 м/с\n\nСлужбы спасения работают круглосуточно."
    layout = segment(text, title="Ураган обрушился на побережье")
    assert [p.kind for p in layout.paragraphs] == ["lead", "body"]


def test_section_heading_followed_by_prose_is_not_a_boilerplate_tail():
    prose = " ".join(["Наблюдатели отметили высокую явку и спокойную обстановку на участках"] * 5) + "."
    text = f"Выборы прошли спокойно\n\n{prose}\n\nКомментарии\n\n{prose}\n\n{prose}"
    layout = segment(text)
    assert "boilerplate" not in {p.kind for p in layout.paragraphs[2:]}


def test_author_line_near_the_top_is_the_byline():
    text = ("Снегопад парализовал движение в Екатеринбурге\n"
            "Автор: Мария Соколова\n"
            "Коммунальные службы вывели на улицы 300 единиц техники.\n"
            "Власти просят водителей не выезжать без необходимости.")
    layout = segment(text)
    assert layout.meta.byline == "Мария Соколова"
    assert kind_of(layout, "Автор:") == "byline"


def test_breadcrumb_gives_its_last_item_as_category():
    text = ("Главная / Новости / Спорт\n"
            "Сборная выиграла турнир в Казани\n"
            "Команда обыграла соперников в финале со счетом 3:1.")
    layout = segment(text)
    assert layout.meta.category == "Спорт"
    assert [p.kind for p in layout.paragraphs] == ["category", "title", "lead"]


def test_bare_rubric_counts_only_on_the_first_line():
    text = "Экономика\nРубль укрепился к доллару\nКурс снизился до 88 рублей."
    assert segment(text).meta.category == "Экономика"
    text = "Рубль укрепился к доллару\nЭкономика\nКурс снизился до 88 рублей."
    assert segment(text).meta.category is None


def test_name_at_the_end_needs_to_look_like_a_person():
    text = "Рубль укрепился к доллару\n\nКурс снизился до 88 рублей.\n\nЦентральный Банк"
    assert segment(text).meta.byline is None


def test_share_header_with_a_colon_is_boilerplate():
    text = ("В Шымкенте открыли новую школу\n\nШкола рассчитана на 1200 учеников.\n\n"
            "Поделиться:\nFacebook Telegram WhatsApp\n")
    assert kind_of(segment(text), "Поделиться:") == "boilerplate"


def test_speech_runs_over_paragraphs_before_its_attribution_line():
    text = ("Министр выступил на форуме\n\n"
            "Подобные шаги не останутся без ответа. Мы будем вынуждены принимать меры.\n\n"
            "Мы неоднократно предупреждали об этом наших партнеров,\n\n"
            "подчеркнул министр.\n\nФорум продлится два дня.")
    layout = segment(text)
    assert kind_of(layout, "Подобные шаги") == "quote" and kind_of(layout, "Мы неоднократно") == "quote"
    assert kind_of(layout, "Форум продлится") != "quote"


def test_speech_runs_over_paragraphs_after_a_colon_line():
    text = ("Президент выступил на заседании совета\n\n"
            "Как отметил Президент:\n\n"
            "Наука должна стать двигателем экономики. Отдача пока низкая.\n\n"
            "Нам нужно выстроить понятную систему поддержки ученых.\n\n"
            "Президент поручил правительству подготовить законопроект.")
    layout = segment(text)
    assert kind_of(layout, "Нам нужно") == "quote"
    assert kind_of(layout, "Президент поручил") != "quote"


def test_narrative_after_a_colon_quote_is_no_speech_even_with_a_quoted_we():
    text = ("Активисты вышли на площадь\n\n"
            "Организатор акции заявил:\n\n"
            "Мы будем стоять до конца.\n\n"
            "Демонстранты скандировали «Мы требуем справедливости» до вечера.")
    assert kind_of(segment(text), "Демонстранты") != "quote"


def test_a_first_person_speech_after_a_colon_goes_on_in_the_present_tense():
    text = ("Правительство обсудило подготовку к паводкам\n\n"
            "Подводя итоги, премьер-министр заявил:\n\n"
            "Мы не допустим повторения прошлой весны. Каждый аким должен лично проверить дамбы.\n\n"
            "Люди должны заранее знать, куда им идти и на чем их вывезут.\n\n"
            "Министр финансов выделит на эти цели 5 млрд тенге, сообщил Андрей Петров.\n\n"
            "Глава кабмина поручил провести учения до 1 марта.")
    layout = segment(text)
    assert kind_of(layout, "Люди должны") == "quote"
    assert kind_of(layout, "Министр финансов") != "quote"  # a name: the author tells of someone
    assert kind_of(layout, "Глава кабмина") != "quote"  # past tense: the author narrates


def test_dashed_attribution_line_after_speech_that_kept_its_full_stop():
    text = ("Завод получил новый заказ\n\n"
            "Директор завода Павел Ильин встретился с рабочими цеха.\n\n"
            "Мы загружены до конца года. Люди получат премии к празднику.\n\n"
            "— сообщил директор рабочим.\n\nЗавод основан в 1954 году.")
    layout = segment(text)
    assert kind_of(layout, "Мы загружены") == "quote"
    assert kind_of(layout, "— сообщил") == "attribution"
    assert kind_of(layout, "Директор завода") != "quote"


# --- a scraped page's head: the headline among site names, menus, rubrics and date lines ---

BODY = ("Городской совет в четверг утвердил новые правила уборки дворов. Подрядчиков будут "
        "выбирать на открытом конкурсе, а жители смогут оценивать их работу в приложении.\n\n"
        "Решение поддержали 27 депутатов из 31.")


def head_of(text):
    layout = segment(text)
    return layout, [(p.kind, p.text) for p in layout.paragraphs[:-2]]


@pytest.mark.parametrize("head", [
    "Новосибирск.ру — новости города",  # a site's address
    "ГОРВЕСТИ",  # a name in capitals
    "Citynews",  # a name in Latin letters
    "Sputnik Сибирь",  # a known outlet's name opening the line
])
def test_a_site_name_over_the_headline_is_boilerplate(head):
    layout, kinds_ = head_of(f"{head}\n\nДепутаты утвердили новые правила уборки дворов\n\n{BODY}")
    assert layout.meta.title == "Депутаты утвердили новые правила уборки дворов"
    assert kinds_[0] == ("boilerplate", head)
    assert kind_of(layout, "Городской совет") == "lead"


@pytest.mark.parametrize("crumbs, rubric", [
    ("Главная › Город › ЖКХ", "ЖКХ"),
    ("Город / Благоустройство", "Благоустройство"),
    ("Новости | Город | Благоустройство", "Благоустройство"),
    ("Город · Благоустройство", "Благоустройство"),
    ("Политика  Экономика  Город  Спорт", "Спорт"),  # a menu whose links lost their markup
])
def test_a_breadcrumb_over_the_headline_is_the_category(crumbs, rubric):
    layout, kinds_ = head_of(f"{crumbs}\n\nДепутаты утвердили новые правила уборки дворов\n\n{BODY}")
    assert layout.meta.title == "Депутаты утвердили новые правила уборки дворов"
    assert layout.meta.category == rubric
    assert kinds_[0] == ("category", crumbs)


@pytest.mark.parametrize("line", [
    "3 апреля 2026, 14:05",
    "Сегодня, 09:12 · 💬 48",
    "Вчера, 21:40 · 👁 1 204 · Автор: Олег Ким",
    "12.04.2026 · 5 мин. чтения",
    "Город | 3 апреля 2026, 14:05 | Омск",
    "время публикации: 3 апреля 2026 г., 14:05 | последнее обновление: 15:20",
])
def test_a_date_and_counter_line_over_or_under_the_headline_is_boilerplate(line):
    over, kinds_over = head_of(f"{line}\n\nДепутаты утвердили новые правила уборки дворов\n\n{BODY}")
    under, kinds_under = head_of(f"Депутаты утвердили новые правила уборки дворов\n\n{line}\n\n{BODY}")
    for layout in (over, under):
        assert layout.meta.title == "Депутаты утвердили новые правила уборки дворов"
        assert kind_of(layout, line) == "boilerplate"
        assert kind_of(layout, "Городской совет") == "lead"


def test_site_rubric_and_date_lines_around_a_headline_quote():
    text = ("Омск-Инфо\n\nГород\n\nМэр Омска: «Дворы будут убирать каждый день»\n\n"
            "Сегодня, 10:20 | Просмотров: 560\n\n" + BODY)
    layout = segment(text)
    assert [p.kind for p in layout.paragraphs[:5]] == ["boilerplate", "category", "title", "boilerplate", "lead"]
    assert layout.meta.category == "Город"
    assert layout.meta.title == "Мэр Омска: «Дворы будут убирать каждый день»"


@pytest.mark.parametrize("rubric", ["Погода", "Соцсети", "Литва"])
def test_a_lone_rubric_word_or_place_over_a_headline_is_the_category(rubric):
    layout = segment(f"{rubric}\n\nСиноптики пообещали жителям города теплые выходные\n\n{BODY}")
    assert layout.meta.category == rubric
    assert layout.meta.title == "Синоптики пообещали жителям города теплые выходные"


def test_a_short_title_of_a_clean_text_stays_the_title():
    # no furniture: the first line is the title however short, a caption under it stays prose
    layout = segment("Нелегкое возвращение\n\nЭкипаж станции на площадке в Казахстане\n\n" + BODY)
    assert layout.meta.title == "Нелегкое возвращение"
    assert layout.meta.category is None


@pytest.mark.parametrize("caption", [
    "Митинг 12 марта 2011 года в Москве",
    "Анна Петрова, 12 февраля 2020 года",
    "Walt Disney Concert Hall",
])
def test_a_photo_caption_under_the_headline_is_no_page_furniture(caption):
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\n{caption}\n\n{BODY}")
    assert kind_of(layout, caption) == "lead"
    assert {p.kind for p in layout.paragraphs} <= {"title", "lead", "body"}


def test_a_byline_alone_under_the_headline_is_left_to_the_byline_rule():
    layout = segment("Депутаты утвердили новые правила уборки дворов\n\nБеседовал Олег Ким\n\n" + BODY)
    assert kind_of(layout, "Беседовал Олег Ким") != "boilerplate"


def test_a_given_title_is_found_below_the_site_name():
    text = "ГОРВЕСТИ\n\nДепутаты утвердили новые правила уборки дворов\n\n" + BODY
    layout = segment(text, title="Депутаты утвердили новые правила уборки дворов")
    assert kind_of(layout, "Депутаты") == "title"
    assert kind_of(layout, "ГОРВЕСТИ") == "boilerplate"


@pytest.mark.parametrize("line, byline", [
    ("Ирина Белова", "Ирина Белова"),
    ("Автор: Ирина Белова", "Ирина Белова"),
    ("Ирина Белова, Омск-Инфо", "Ирина Белова"),
    ("Ирина Белова, Олег Ким", "Ирина Белова, Олег Ким"),
])
def test_a_name_beside_the_date_line_under_the_headline_is_the_byline(line, byline):
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\n{line}\n\n3 апреля 2026, 14:05\n\n{BODY}")
    assert layout.meta.byline == byline
    assert kind_of(layout, line) == "byline"


def test_a_name_under_the_headline_with_no_date_line_is_a_caption_not_a_byline():
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\nИрина Белова\n\n{BODY}")
    assert layout.meta.byline is None
    assert kind_of(layout, "Ирина Белова") == "lead"


def test_a_caption_beside_a_bare_date_under_the_headline_is_no_byline():
    layout = segment("Москва отметила годовщину открытия памятника\n\nОткрытие памятника Александру Пушкину\n\n"
                     "6 июня 1880 года.\n\n" + BODY)
    assert layout.meta.byline is None


@pytest.mark.parametrize("noise", [
    "Комментарии: 14",
    "💬 Комментарии: 9",
    "Обсуждение (6)",
    "Комментарии (21) · Войдите, чтобы оставить комментарий",
    "Оставить комментарий (3)",
    "Версия для печати · Нашли ошибку? Выделите ее и нажмите Ctrl+Enter",
    "Реклама · 16+",
    "Следите за новостями города в нашем канале",
    "Есть о чем рассказать? Пишите в наш бот",
    "#город #дворы 💬 12",
    "👁 2 300 💬 17",
    "📷 Двор на улице Ленина. Фото: пресс-служба мэрии",
    "Фото Reuters",
])
def test_page_noise_lines_in_the_body_are_boilerplate(noise):
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\n{BODY}\n\n{noise}\n\n"
                     "Депутаты вернутся к вопросу через год, когда подведут итоги конкурса.")
    assert kind_of(layout, noise) == "boilerplate"
    assert kind_of(layout, "Депутаты вернутся") == "body"


def test_a_photo_of_a_thing_is_no_credit():
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\n{BODY}\n\nФото драки\n\nКонец.")
    assert kind_of(layout, "Фото драки") == "body"


@pytest.mark.parametrize("credit", ["Omsk-news.ru", "Sputnik Сибирь", "3 апреля 2026, 14:05"])
def test_a_site_credit_or_date_closing_the_article_is_boilerplate(credit):
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\n{BODY}\n\nИрина Белова\n\n{credit}")
    assert kind_of(layout, credit) == "boilerplate"
    assert layout.meta.byline == "Ирина Белова"


def test_an_interviewers_line_closing_the_article_is_no_bare_byline():
    layout = segment(f"Депутаты утвердили новые правила уборки дворов\n\n{BODY}\n\nБеседовала Ирина Белова")
    assert layout.meta.byline is None


def test_more_news_headers_end_the_article():
    text = ("Новости Екатеринбурга\n\nВ городе отключат горячую воду\n\n"
            "Горячую воду отключат на две недели, сообщили в администрации района.\n\n"
            "Подпишитесь на E1.RU в Telegram: только важные новости\n\n"
            "ЕЩЁ НОВОСТИ\nСиноптики пообещали уральцам жару до +33\n")
    kinds = {p.text: p.kind for p in extract(text).paragraphs}
    assert kinds["Подпишитесь на E1.RU в Telegram: только важные новости"] == "boilerplate"
    assert kinds["Синоптики пообещали уральцам жару до +33"] == "boilerplate"
