number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = јануари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = мај
month-6 = јуни
month-7 = јули
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " и " }
list-or = { " или " }
skip-to-content = Оди на главната содржина
search = Пребарај
search-articles = Пребарај статии
nav-sections = Рубрики
nav-regions = Региони
nav-themes = Теми
nav-reports = Специјални извештаи
email-address = Вашата е-адреса
subscribe = Претплати се
all-newsletters = Сите билтени
feed-rss = RSS-довод
feed-atom = Atom-довод
feed-json = JSON Feed
media-inquiries = За медиуми: { $email }
site-elsewhere = { $site } на други места
preview-title = Преглед – необјавено.
preview-text = Читателите не ја гледаат оваа страница; таа ја прикажува верзијата што се уредува.
languages = Јазици
language-offer = Прочитајте ја оваа страница на македонски
language-offer-dismiss = Не, благодарам
translation-reviewed = Преведено и прегледано од редакцијата.
translation-machine = Машински превод ({ $engine }), непрегледан од редакцијата.
translation-machine-model = Машински превод ({ $engine }, { $model }), непрегледан од редакцијата.
translation-outdated = Оригиналот е изменет откако е направен овој превод; ажуриран превод е на пат.
translation-outdated-locked = Оригиналот е изменет откако е направен овој превод.
translation-partial = Некои делови не можеа да се преведат и се прикажани на јазикот на оригиналот ({ $language }).
translation-read-original = Прочитајте го оригиналот ({ $language })
byline = Автор: { $authors }
published = Објавено на { $date }
first-published = Првпат објавено од { $source }
source-and-date = { $source }, { $date }
filed-region = Регион:
filed-theme = Тема:
filed-report = Специјален извештај:
original-source = Изворот на оваа статија е { $source }.
more-from = Повеќе од { $source }
source-website = Веб-страница на { $source }
articles-by = Статии од
organisation = Организација
share-article = Споделете ја статијата
share-email = Е-пошта
republish-published-by = Оваа статија ја објави { $site }.
republish-original-source = Изворот на оваа статија е { $source }.
article-link = Врска до статијата
copy-link = Копирај ја врската
copied = Копирано
republish = Преобјавете ја статијата
republish-terms = Можете да ја преобјавите оваа статија на својата страница, во целост и без измени, со наведување на изворот и врската подолу. Копирајте го HTML-кодот:
republish-html = HTML-код на статијата
copy-html = Копирај HTML
disclaimer = Одрекување од одговорност
from-site = Од { $site }
newsletter = Билтен
membership = Членство
other-languages = Други јазици
related-articles = Поврзани статии
card-via = преку { $source }
pages = Страници
newer-articles = Понови статии
older-articles = Постари статии
page-of = Страница { $page } од { $total }
featured = Издвоено
latest = Најново
nothing-published = Сè уште нема ништо објавено.
kind-region = Регион
kind-theme = Тема
kind-report = Специјален извештај
kind-author = Автор
kind-source = Извор
breadcrumb = Навигациска патека
visit-website = Посетете ја веб-страницата
website = Веб-страница
within = Во { $place }
articles = Статии
no-articles-here = Тука сè уште нема статии.
error-status = Грешка { $status }
error-not-found = Страницата не е пронајдена
error-gone = Оваа статија е повлечена
error-other = Нешто тргна наопаку
error-unavailable = Привремено недостапно
error-not-found-text = На оваа адреса нема страница. Можеби е преместена или врската е погрешно напишана.
error-gone-text = Некогаш беше објавена тука, а потоа е отстранета.
error-other-text = Обидете се повторно за момент.
front-page = Одете на насловната страница на { $site }
search-results-for = Резултати од пребарувањето за „{ $query }“
filtered-by = Филтри:
remove-filter = Отстрани го филтерот { $filter }
article-count = { $count ->
        [one] { $count } статија
       *[other] { $count } статии
    }
results = Резултати
no-match = Нема соодветни статии. Обидете се со помалку или други зборови или отстранете филтер.
result-pages = Страници со резултати
previous = Претходна
next = Следна
narrow-results = Стеснете ги резултатите
facet-language = Јазик
facet-year = Година
mastodon-share = Споделете на Mastodon
mastodon-server = Вашиот Mastodon-сервер
mastodon-hint = Само името на серверот, на пример { $example }. Вашиот прелистувач ќе го запомни за следниот пат; ние не го чуваме.
mastodon-continue = Продолжете на Mastodon
mastodon-post = Објавата
newsletters = Билтени
past-editions = Претходни изданија
no-editions = Сè уште не е испратено ниту едно издание.
newer = Понови
older = Постари
edition-number = Бр. { $number }
edition-from = Од { $source }
edition-get = Добивајте го { $newsletter } по е-пошта
your-newsletters = Вашите билтени
preferences-for = За { $email }.
choices-saved = Вашиот избор е зачуван.
send-me = Испраќајте ми
language-edition = Јазично издание
save-choices = Зачувај го мојот избор
unsubscribe-everything = Откажи ги сите претплати
unsubscribed = Се отпишавте
no-longer-receive = Повеќе нема да добивате { $newsletters }.
no-longer-receive-any = Повеќе нема да ги добивате нашите билтени.
changed-your-mind = Се предомисливте? Изберете ги билтените повторно
unsubscribe = Отпиши се
stop-receiving = Да престанете да добивате { $newsletter }?
stop-receiving-all = Да престанете да ги добивате сите наши билтени?
choose-newsletters = Или изберете кои билтени да ги добивате
which-newsletters = Кои билтени
subscribe-hint = Ќе ви испратиме врска за потврда. Без пиксели за следење и препишани врски; секоја порака има врска за отпишување со еден клик.
no-newsletters = Сè уште нема билтен за претплата.
edition-language-notice = Јазично издание: { $language } — секоја статија е прикажана во превод ако постои, а инаку на својот изворен јазик.
mail-read-article = Прочитајте ја статијата
mail-read-on-web = Прочитајте го ова издание на интернет
mail-why-you-receive = Го добивате { $newsletter } затоа што се претплативте на { $site }.
confirm-subject = Потврдете ја претплатата на { $site }
confirm-greeting = Здраво,
confirm-asked = Некој, веројатно вие, побара да добива { $newsletters } од { $site } на оваа адреса.
confirm-open-link =
    { $hours ->
        [one] За да потврдите, отворете ја оваа врска (важи { $hours } час):
       *[other] За да потврдите, отворете ја оваа врска (важи { $hours } часа):
    }
confirm-button = Потврди ја претплатата
confirm-link-works =
    { $hours ->
        [one] Врската важи { $hours } час.
       *[other] Врската важи { $hours } часа.
    }
confirm-copy-address = Ако копчето не работи, копирајте ја оваа адреса во прелистувачот:
confirm-not-you = Ако не бевте вие, занемарете ја оваа е-порака: нема повеќе да ви се јавиме.
schedule-daily = Секој ден во { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Секој понеделник во { $time } ({ $zone })
        [tuesday] Секој вторник во { $time } ({ $zone })
        [wednesday] Секоја среда во { $time } ({ $zone })
        [thursday] Секој четврток во { $time } ({ $zone })
        [friday] Секој петок во { $time } ({ $zone })
        [saturday] Секоја сабота во { $time } ({ $zone })
       *[sunday] Секоја недела во { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Проверете го вашето сандаче
notice-check-inbox-text = Ви испративме е-порака со врска за потврдување на претплатата. Може да пристигне за една минута; ако не пристигне, погледнете во папката за спам.
notice-subscribed = Претплатени сте
notice-subscribed-text = Ви благодариме. Ќе добивате { $newsletters } од следното издание. Секоја е-порака има врска за менување на изборот или за откажување.
our-newsletter = нашиот билтен
notice-already-subscribed = Веќе сте претплатени
notice-already-subscribed-text = Оваа врска е веќе искористена и вашата претплата е потврдена. Нема ништо повеќе да правите.
notice-link-expired = Оваа врска е истечена
notice-link-expired-text = Врските за потврда важат ограничено време, а оваа е престара. Претплатете се повторно и ќе ви испратиме нова.
subscribe-again = Претплати се повторно
notice-link-unknown = Оваа врска не работи
notice-link-unknown-text = Можеби е нецелосна (проверете дали е копирана цела) или ја заменила понова е-порака за потврда. Со повторна претплата се испраќа нова врска.

## Newsletter forms: why a form was refused

form-email-missing = Внесете ја вашата адреса за е-пошта.
form-invalid-email = Ова не е адреса за е-пошта: проверете ја.
form-unknown-newsletter = Изберете повторно: нема билтен со тоа име.
form-invalid = Проверете го вашиот избор и обидете се повторно.
form-rate-limited = Премногу барања одеднаш. Ако штотуку се претплативте, проверете го сандачето (и папката за спам); инаку обидете се повторно за еден час.
