number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 2
number-digits = 0123456789
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември
date-long = { $day } { $month } { $year } г.
list-separator = { ", " }
list-and = { " и " }
list-or = { " или " }
skip-to-content = Към основното съдържание
search = Търсене
search-articles = Търсене в статиите
nav-sections = Рубрики
nav-regions = Региони
nav-themes = Теми
nav-reports = Специални материали
email-address = Вашият имейл адрес
subscribe = Абониране
all-newsletters = Всички бюлетини
feed-rss = RSS емисия
feed-atom = Atom емисия
feed-json = JSON Feed
media-inquiries = За медии: { $email }
site-elsewhere = { $site } на други места
preview-title = Преглед – непубликувано.
preview-text = Читателите не виждат тази страница; тя показва редактираната версия.
languages = Езици
language-offer = Прочетете тази страница на български
language-offer-dismiss = Не, благодаря
translation-reviewed = Преведено и проверено от редакцията.
translation-machine = Машинен превод ({ $engine }), непроверен от редакцията.
translation-machine-model = Машинен превод ({ $engine }, { $model }), непроверен от редакцията.
translation-outdated = Оригиналът е променен, след като е направен този превод; обновен превод е на път.
translation-outdated-locked = Оригиналът е променен, след като е направен този превод.
translation-partial = Някои части не можаха да бъдат преведени и са показани на езика на оригинала ({ $language }).
translation-read-original = Прочетете оригинала ({ $language })
byline = Автор: { $authors }
published = Публикувано на { $date }
first-published = Първоначално публикувано от { $source }
source-and-date = { $source }, { $date }
filed-region = Регион:
filed-theme = Тема:
filed-report = Специален материал:
original-source = Първоизточникът на тази статия е { $source }.
more-from = Още от { $source }
source-website = Уебсайт на { $source }
articles-by = Статии от
organisation = Организация
share-article = Споделете статията
share-email = Имейл
republish-published-by = Тази статия е публикувана от { $site }.
republish-original-source = Първоизточникът на тази статия е { $source }.
article-link = Връзка към статията
copy-link = Копиране на връзката
copied = Копирано
republish = Препубликуване на статията
republish-terms = Можете да препубликувате тази статия на своя сайт изцяло и без промени, с посочване на източника и връзката по-долу. Копирайте HTML кода:
republish-html = HTML код на статията
copy-html = Копиране на HTML
disclaimer = Отказ от отговорност
from-site = От { $site }
newsletter = Бюлетин
membership = Членство
other-languages = Други езици
related-articles = Свързани статии
card-via = чрез { $source }
pages = Страници
newer-articles = По-нови статии
older-articles = По-стари статии
page-of = Страница { $page } от { $total }
featured = Акценти
latest = Най-новото
nothing-published = Все още няма публикации.
kind-region = Регион
kind-theme = Тема
kind-report = Специален материал
kind-author = Автор
kind-source = Източник
breadcrumb = Навигационна пътека
visit-website = Посетете уебсайта
website = Уебсайт
within = В { $place }
articles = Статии
no-articles-here = Тук все още няма статии.
error-status = Грешка { $status }
error-not-found = Страницата не е намерена
error-gone = Тази статия е оттеглена
error-other = Нещо се обърка
error-unavailable = Временно недостъпно
error-not-found-text = На този адрес няма страница. Може да е преместена или връзката да е въведена грешно.
error-gone-text = Беше публикувана тук, но оттогава е премахната.
error-other-text = Моля, опитайте отново след малко.
front-page = Към началната страница на { $site }
search-results-for = Резултати от търсенето за „{ $query }“
filtered-by = Филтри:
remove-filter = Премахване на филтъра { $filter }
article-count = { $count ->
        [one] { $count } статия
       *[other] { $count } статии
    }
results = Резултати
no-match = Няма съвпадащи статии. Опитайте с по-малко или други думи или премахнете филтър.
result-pages = Страници с резултати
previous = Предишна
next = Следваща
narrow-results = Стесняване на резултатите
facet-language = Език
facet-year = Година
mastodon-share = Споделяне в Mastodon
mastodon-server = Вашият сървър в Mastodon
mastodon-hint = Само името на сървъра, например { $example }. Браузърът ви ще го запомни за следващия път; ние не го съхраняваме.
mastodon-continue = Продължете към Mastodon
mastodon-post = Публикацията
newsletters = Бюлетини
past-editions = Предишни броеве
no-editions = Все още не е излязъл нито един брой.
newer = По-нови
older = По-стари
edition-number = № { $number }
edition-from = От { $source }
edition-get = Получавайте { $newsletter } по имейл
your-newsletters = Вашите бюлетини
preferences-for = За { $email }.
choices-saved = Изборът ви е запазен.
send-me = Изпращайте ми
language-edition = Езиково издание
save-choices = Запазване на избора
unsubscribe-everything = Отписване от всичко
unsubscribed = Отписахте се
no-longer-receive = Вече няма да получавате { $newsletters }.
no-longer-receive-any = Вече няма да получавате нашите бюлетини.
changed-your-mind = Размислихте ли? Изберете бюлетините си отново
unsubscribe = Отписване
stop-receiving = Да спрете ли да получавате { $newsletter }?
stop-receiving-all = Да спрете ли да получавате всички наши бюлетини?
choose-newsletters = Или изберете кои бюлетини да получавате
which-newsletters = Кои бюлетини
subscribe-hint = Ще ви изпратим връзка за потвърждение. Без проследяващи пиксели и пренаписани връзки; всеки имейл съдържа връзка за отписване с едно щракване.
no-newsletters = Все още няма бюлетин, за който да се абонирате.
edition-language-notice = Езиково издание: { $language } — всяка статия е показана в превод, ако има такъв, а иначе на оригиналния си език.
mail-read-article = Прочетете статията
mail-read-on-web = Прочетете този брой в интернет
mail-why-you-receive = Получавате { $newsletter }, защото сте се абонирали в { $site }.
confirm-subject = Потвърдете абонамента си за { $site }
confirm-greeting = Здравейте,
confirm-asked = Някой, вероятно вие, е поискал да получава { $newsletters } от { $site } на този адрес.
confirm-open-link =
    { $hours ->
        [one] За да потвърдите, отворете тази връзка (валидна е { $hours } час):
       *[other] За да потвърдите, отворете тази връзка (валидна е { $hours } часа):
    }
confirm-button = Потвърждавам абонамента
confirm-link-works =
    { $hours ->
        [one] Връзката е валидна { $hours } час.
       *[other] Връзката е валидна { $hours } часа.
    }
confirm-copy-address = Ако бутонът не работи, копирайте този адрес в браузъра си:
confirm-not-you = Ако не сте били вие, не обръщайте внимание на този имейл: няма да ви пишем повече.
schedule-daily = Всеки ден в { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Всеки понеделник в { $time } ({ $zone })
        [tuesday] Всеки вторник в { $time } ({ $zone })
        [wednesday] Всяка сряда в { $time } ({ $zone })
        [thursday] Всеки четвъртък в { $time } ({ $zone })
        [friday] Всеки петък в { $time } ({ $zone })
        [saturday] Всяка събота в { $time } ({ $zone })
       *[sunday] Всяка неделя в { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Проверете пощата си
notice-check-inbox-text = Изпратихме ви имейл с връзка за потвърждаване на абонамента. Може да пристигне след минута; ако не пристигне, проверете папката за спам.
notice-subscribed = Абонирани сте
notice-subscribed-text = Благодарим ви. Ще получавате { $newsletters } от следващия брой нататък. Всеки имейл съдържа връзка за промяна на избора ви или за отписване.
our-newsletter = нашия бюлетин
notice-already-subscribed = Вече сте абонирани
notice-already-subscribed-text = Тази връзка вече е използвана и абонаментът ви е потвърден. Не е нужно да правите нищо повече.
notice-link-expired = Тази връзка е изтекла
notice-link-expired-text = Връзките за потвърждение работят ограничено време и тази е твърде стара. Абонирайте се отново и ще ви изпратим нова.
subscribe-again = Абониране отново
notice-link-unknown = Тази връзка не работи
notice-link-unknown-text = Може да е непълна (проверете дали е копирана цялата) или да е заменена от по-нов имейл за потвърждение. Ново абониране изпраща нова връзка.

## Newsletter forms: why a form was refused

form-email-missing = Моля, въведете имейл адреса си.
form-invalid-email = Това не е имейл адрес: моля, проверете го.
form-unknown-newsletter = Моля, изберете отново: няма бюлетин с такова име.
form-invalid = Моля, проверете избора си и опитайте отново.
form-rate-limited = Твърде много заявки наведнъж. Ако току-що сте се абонирали, проверете пощата си (и папката за спам); иначе опитайте отново след час.
