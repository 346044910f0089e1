number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = студзеня
month-2 = лютага
month-3 = сакавіка
month-4 = красавіка
month-5 = мая
month-6 = чэрвеня
month-7 = ліпеня
month-8 = жніўня
month-9 = верасня
month-10 = кастрычніка
month-11 = лістапада
month-12 = снежня
date-long = { $day } { $month } { $year } г.
list-separator = { ", " }
list-and = { " і " }
list-or = { " або " }
skip-to-content = Перайсці да асноўнага зместу
search = Пошук
search-articles = Пошук па артыкулах
nav-sections = Раздзелы
nav-regions = Рэгіёны
nav-themes = Тэмы
nav-reports = Спецпраекты
email-address = Ваш адрас электроннай пошты
subscribe = Падпісацца
all-newsletters = Усе рассылкі
feed-rss = Стужка RSS
feed-atom = Стужка Atom
feed-json = JSON Feed
media-inquiries = Для СМІ: { $email }
site-elsewhere = { $site } у іншых сетках
preview-title = Папярэдні прагляд — не апублікавана.
preview-text = Чытачы не бачаць гэтай старонкі: на ёй паказана версія, якую рэдагуюць.
languages = Мовы
language-offer = Чытаць гэтую старонку па-беларуску
language-offer-dismiss = Не, дзякуй
translation-reviewed = Перакладзена і праверана рэдакцыяй.
translation-machine = Машынны пераклад ({ $engine }), не правераны рэдакцыяй.
translation-machine-model = Машынны пераклад ({ $engine }, { $model }), не правераны рэдакцыяй.
translation-outdated = Арыгінал змяніўся пасля таго, як быў зроблены гэты пераклад; абноўлены пераклад ужо рыхтуецца.
translation-outdated-locked = Арыгінал змяніўся пасля таго, як быў зроблены гэты пераклад.
translation-partial = Некаторыя часткі не ўдалося перакласці, і яны паказаны на мове арыгінала ({ $language }).
translation-read-original = Чытаць арыгінал ({ $language })
byline = Аўтар: { $authors }
published = Апублікавана { $date }
first-published = Упершыню апублікавана: { $source }
source-and-date = { $source }, { $date }
filed-region = Рэгіён:
filed-theme = Тэма:
filed-report = Спецпраект:
original-source = Першакрыніца гэтага артыкула — { $source }.
more-from = Іншыя матэрыялы { $source }
source-website = Сайт { $source }
articles-by = Артыкулы аўтара
organisation = Арганізацыя
share-article = Падзяліцца артыкулам
share-email = Электронная пошта
republish-published-by = Гэты артыкул апублікаваў { $site }.
republish-original-source = Першакрыніца гэтага артыкула — { $source }.
article-link = Спасылка на артыкул
copy-link = Скапіяваць спасылку
copied = Скапіявана
republish = Перадрукаваць артыкул
republish-terms = Вы можаце перадрукаваць гэты артыкул на сваім сайце цалкам і без змен, з указаннем аўтарства і спасылкай ніжэй. Скапіюйце HTML:
republish-html = HTML гэтага артыкула
copy-html = Скапіяваць HTML
disclaimer = Адмова ад адказнасці
from-site = Ад { $site }
newsletter = Рассылка
membership = Сяброўства
other-languages = Іншыя мовы
related-articles = Артыкулы на тэму
card-via = праз { $source }
pages = Старонкі
newer-articles = Навейшыя артыкулы
older-articles = Старэйшыя артыкулы
page-of = Старонка { $page } з { $total }
featured = Галоўнае
latest = Апошняе
nothing-published = Пакуль нічога не апублікавана.
kind-region = Рэгіён
kind-theme = Тэма
kind-report = Спецпраект
kind-author = Аўтар
kind-source = Крыніца
breadcrumb = Навігацыйны ланцужок
visit-website = Перайсці на сайт
website = Сайт
within = У рэгіёне { $place }
articles = Артыкулы
no-articles-here = Тут пакуль няма артыкулаў.
error-status = Памылка { $status }
error-not-found = Старонка не знойдзена
error-gone = Гэты артыкул зняты з публікацыі
error-other = Нешта пайшло не так
error-unavailable = Часова недаступна
error-not-found-text = Па гэтым адрасе няма старонкі. Магчыма, яна пераехала, або ў спасылцы памылка.
error-gone-text = Калісьці гэта было апублікавана тут, але потым выдалена.
error-other-text = Паспрабуйце яшчэ раз крыху пазней.
front-page = На галоўную старонку { $site }
search-results-for = Вынікі пошуку па запыце «{ $query }»
filtered-by = Фільтры:
remove-filter = Прыбраць фільтр { $filter }
article-count = { $count ->
        [one] { $count } артыкул
        [few] { $count } артыкулы
        [many] { $count } артыкулаў
       *[other] { $count } артыкула
    }
results = Вынікі
no-match = Адпаведных артыкулаў няма. Паспрабуйце менш слоў або іншыя словы ці прыберыце фільтр.
result-pages = Старонкі вынікаў
previous = Назад
next = Далей
narrow-results = Удакладніць вынікі
facet-language = Мова
facet-year = Год
mastodon-share = Падзяліцца ў Mastodon
mastodon-server = Ваш сервер Mastodon
mastodon-hint = Толькі назва сервера, напрыклад { $example }. Ваш браўзер запомніць яе на наступны раз; мы яе не захоўваем.
mastodon-continue = Перайсці ў Mastodon
mastodon-post = Допіс
newsletters = Рассылкі
past-editions = Папярэднія выпускі
no-editions = Яшчэ не выйшла ніводнага выпуску.
newer = Навейшыя
older = Старэйшыя
edition-number = № { $number }
edition-from = З { $source }
edition-get = Атрымліваць «{ $newsletter }» поштай
your-newsletters = Вашы рассылкі
preferences-for = Для { $email }.
choices-saved = Ваш выбар захаваны.
send-me = Дасылаць мне
language-edition = Моўная версія
save-choices = Захаваць выбар
unsubscribe-everything = Адпісацца ад усяго
unsubscribed = Вы адпісаліся
no-longer-receive = Вы больш не будзеце атрымліваць { $newsletters }.
no-longer-receive-any = Вы больш не будзеце атрымліваць нашы рассылкі.
changed-your-mind = Перадумалі? Выберыце рассылкі нанова
unsubscribe = Адпісацца
stop-receiving = Больш не атрымліваць { $newsletter }?
stop-receiving-all = Больш не атрымліваць ніводнай нашай рассылкі?
choose-newsletters = Або выберыце, якія рассылкі атрымліваць
which-newsletters = Якія рассылкі
subscribe-hint = Мы дашлём вам спасылку для пацвярджэння. Ніякіх пікселяў сачэння і перапісаных спасылак; у кожным лісце ёсць спасылка, каб адпісацца адным клікам.
no-newsletters = Пакуль няма рассылак, на якія можна падпісацца.
edition-language-notice = Моўная версія: { $language } — кожны артыкул паказаны ў перакладзе, калі ён ёсць, а інакш — на мове арыгінала.
mail-read-article = Чытаць артыкул
mail-read-on-web = Чытаць гэты выпуск у інтэрнэце
mail-why-you-receive = Вы атрымліваеце «{ $newsletter }», бо падпісаліся на { $site }.
confirm-subject = Пацвердзіце падпіску на { $site }
confirm-greeting = Вітаем!
confirm-asked = Нехта, імаверна вы, папрасіў дасылаць { $newsletters } ад { $site } на гэты адрас.
confirm-open-link =
    { $hours ->
        [one] Каб пацвердзіць, адкрыйце гэтую спасылку (яна дзейнічае { $hours } гадзіну):
        [few] Каб пацвердзіць, адкрыйце гэтую спасылку (яна дзейнічае { $hours } гадзіны):
        [many] Каб пацвердзіць, адкрыйце гэтую спасылку (яна дзейнічае { $hours } гадзін):
       *[other] Каб пацвердзіць, адкрыйце гэтую спасылку (яна дзейнічае { $hours } гадзіны):
    }
confirm-button = Пацвердзіць падпіску
confirm-link-works =
    { $hours ->
        [one] Спасылка дзейнічае { $hours } гадзіну.
        [few] Спасылка дзейнічае { $hours } гадзіны.
        [many] Спасылка дзейнічае { $hours } гадзін.
       *[other] Спасылка дзейнічае { $hours } гадзіны.
    }
confirm-copy-address = Калі кнопка не працуе, скапіруйце гэты адрас у браўзер:
confirm-not-you = Калі гэта былі не вы, проста не звяртайце ўвагі на гэты ліст: больш мы вам пісаць не будзем.
schedule-daily = Штодня а { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Кожны панядзелак а { $time } ({ $zone })
        [tuesday] Кожны аўторак а { $time } ({ $zone })
        [wednesday] Кожную сераду а { $time } ({ $zone })
        [thursday] Кожны чацвер а { $time } ({ $zone })
        [friday] Кожную пятніцу а { $time } ({ $zone })
        [saturday] Кожную суботу а { $time } ({ $zone })
       *[sunday] Кожную нядзелю а { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Праверце пошту
notice-check-inbox-text = Мы даслалі вам ліст са спасылкай для пацверджання падпіскі. Ён можа прыйсці не адразу; калі ліста няма, зазірніце ў папку «Спам».
notice-subscribed = Вы падпісаліся
notice-subscribed-text = Дзякуй. Вы будзеце атрымліваць { $newsletters } пачынаючы з наступнага выпуску. У кожным лісце ёсць спасылка, каб змяніць выбар або адпісацца.
our-newsletter = нашу рассылку
notice-already-subscribed = Вы ўжо падпісаны
notice-already-subscribed-text = Гэтай спасылкай ужо скарысталіся, і вашая падпіска пацверджана. Больш нічога рабіць не трэба.
notice-link-expired = Тэрмін дзеяння спасылкі скончыўся
notice-link-expired-text = Спасылкі для пацверджання дзейнічаюць абмежаваны час, і гэтая ўжо састарэла. Падпішыцеся яшчэ раз, і мы дашлём новую.
subscribe-again = Падпісацца яшчэ раз
notice-link-unknown = Гэтая спасылка не працуе
notice-link-unknown-text = Магчыма, яна няпоўная (праверце, ці скапіявана яна цалкам), або яе замяніў навейшы ліст з пацверджаннем. Калі падпісацца яшчэ раз, прыйдзе новая спасылка.

## Newsletter forms: why a form was refused

form-email-missing = Увядзіце свой адрас электроннай пошты.
form-invalid-email = Гэта не адрас электроннай пошты: праверце яго.
form-unknown-newsletter = Выберыце яшчэ раз: рассылкі з такой назвай няма.
form-invalid = Праверце свой выбар і паспрабуйце яшчэ раз.
form-rate-limited = Занадта шмат запытаў адначасова. Калі вы толькі што падпісаліся, праверце пошту (і папку «Спам»); інакш паспрабуйце праз гадзіну.
