number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = јануар
month-2 = фебруар
month-3 = март
month-4 = април
month-5 = мај
month-6 = јун
month-7 = јул
month-8 = август
month-9 = септембар
month-10 = октобар
month-11 = новембар
month-12 = децембар
date-long = { $day }. { $month } { $year }.
list-separator = { ", " }
list-and = { " и " }
list-or = { " или " }
skip-to-content = Пређи на главни садржај
search = Претрага
search-articles = Претражи чланке
nav-sections = Рубрике
nav-regions = Региони
nav-themes = Теме
nav-reports = Посебни извештаји
email-address = Ваша имејл адреса
subscribe = Претплати се
all-newsletters = Сви билтени
feed-rss = RSS фид
feed-atom = Atom фид
feed-json = JSON Feed
media-inquiries = За медије: { $email }
site-elsewhere = { $site } на другим местима
preview-title = Преглед – није објављено.
preview-text = Читаоци не виде ову страницу; приказује верзију која се уређује.
languages = Језици
language-offer = Прочитајте ову страницу на српском
language-offer-dismiss = Не, хвала
translation-reviewed = Превела и прегледала редакција.
translation-machine = Машински превод ({ $engine }), редакција га није прегледала.
translation-machine-model = Машински превод ({ $engine }, { $model }), редакција га није прегледала.
translation-outdated = Оригинал се променио откако је направљен овај превод; ажурирани превод је на путу.
translation-outdated-locked = Оригинал се променио откако је направљен овај превод.
translation-partial = Неке делове није било могуће превести, па су приказани на језику оригинала ({ $language }).
translation-read-original = Прочитајте оригинал ({ $language })
byline = Аутор: { $authors }
published = Објављено { $date }
first-published = Први пут објавио { $source }
source-and-date = { $source }, { $date }
filed-region = Регион:
filed-theme = Тема:
filed-report = Посебан извештај:
original-source = Изворни извор овог чланка је { $source }.
more-from = Више од { $source }
source-website = Веб-сајт { $source }
articles-by = Чланци аутора
organisation = Организација
share-article = Поделите овај чланак
share-email = Е-пошта
republish-published-by = Овај чланак је објавио { $site }.
republish-original-source = Изворни извор овог чланка је { $source }.
article-link = Веза до овог чланка
copy-link = Копирај везу
copied = Копирано
republish = Преузмите овај чланак
republish-terms = Овај чланак можете да објавите на свом сајту, у целости и без измена, уз навод извора и везу испод. Копирајте HTML:
republish-html = HTML овог чланка
copy-html = Копирај HTML
disclaimer = Одрицање одговорности
from-site = Од { $site }
newsletter = Билтен
membership = Чланство
other-languages = Други језици
related-articles = Повезани чланци
card-via = преко { $source }
pages = Странице
newer-articles = Новији чланци
older-articles = Старији чланци
page-of = Страница { $page } од { $total }
featured = Издвојено
latest = Најновије
nothing-published = Још ништа није објављено.
kind-region = Регион
kind-theme = Тема
kind-report = Посебан извештај
kind-author = Аутор
kind-source = Извор
breadcrumb = Навигациона путања
visit-website = Посетите веб-сајт
website = Веб-сајт
within = У региону { $place }
articles = Чланци
no-articles-here = Овде још нема чланака.
error-status = Грешка { $status }
error-not-found = Страница није пронађена
error-gone = Овај чланак је повучен
error-other = Нешто је пошло наопако
error-unavailable = Привремено недоступно
error-not-found-text = На овој адреси нема странице. Можда је премештена или је веза погрешно укуцана.
error-gone-text = Некада је био објављен овде, а у међувремену је уклоњен.
error-other-text = Покушајте поново за тренутак.
front-page = На насловну страну { $site }
search-results-for = Резултати претраге за „{ $query }“
filtered-by = Филтери:
remove-filter = Уклони филтер { $filter }
article-count = { $count ->
        [one] { $count } чланак
        [few] { $count } чланка
       *[other] { $count } чланака
    }
results = Резултати
no-match = Ниједан чланак не одговара. Покушајте са мање речи или другим речима или уклоните филтер.
result-pages = Странице резултата
previous = Претходна
next = Следећа
narrow-results = Сузите резултате
facet-language = Језик
facet-year = Година
mastodon-share = Поделите на Mastodon-у
mastodon-server = Ваш Mastodon сервер
mastodon-hint = Само назив сервера, на пример { $example }. Ваш прегледач га памти за следећи пут; ми га не чувамо.
mastodon-continue = Наставите на Mastodon
mastodon-post = Објава
newsletters = Билтени
past-editions = Ранија издања
no-editions = Још није изашло ниједно издање.
newer = Новије
older = Старије
edition-number = Бр. { $number }
edition-from = Из { $source }
edition-get = Примајте { $newsletter } имејлом
your-newsletters = Ваши билтени
preferences-for = За { $email }.
choices-saved = Ваши избори су сачувани.
send-me = Шаљите ми
language-edition = Језичко издање
save-choices = Сачувај моје изборе
unsubscribe-everything = Одјави ме са свега
unsubscribed = Одјављени сте
no-longer-receive = Више нећете примати { $newsletters }.
no-longer-receive-any = Више нећете примати наше билтене.
changed-your-mind = Предомислили сте се? Поново изаберите билтене
unsubscribe = Одјава
stop-receiving = Престати да примате { $newsletter }?
stop-receiving-all = Престати да примате све наше билтене?
choose-newsletters = Или изаберите које билтене примате
which-newsletters = Који билтени
subscribe-hint = Послаћемо вам везу за потврду. Без пиксела за праћење и преправљених веза; сваки имејл има везу за одјаву једним кликом.
no-newsletters = Још нема билтена на који можете да се претплатите.
edition-language-notice = Језичко издање: { $language } — сваки чланак је приказан у преводу ако постоји, а иначе на изворном језику.
mail-read-article = Прочитајте чланак
mail-read-on-web = Прочитајте ово издање на вебу
mail-why-you-receive = Примате { $newsletter } јер сте се претплатили на { $site }.
confirm-subject = Потврдите претплату на { $site }
confirm-greeting = Здраво,
confirm-asked = Неко, вероватно ви, затражио је примање { $newsletters } од { $site } на ову адресу.
confirm-open-link =
    { $hours ->
        [one] Да бисте потврдили, отворите ову везу (важи { $hours } сат):
        [few] Да бисте потврдили, отворите ову везу (важи { $hours } сата):
       *[other] Да бисте потврдили, отворите ову везу (важи { $hours } сати):
    }
confirm-button = Потврди претплату
confirm-link-works =
    { $hours ->
        [one] Веза важи { $hours } сат.
        [few] Веза важи { $hours } сата.
       *[other] Веза важи { $hours } сати.
    }
confirm-copy-address = Ако дугме не ради, копирајте ову адресу у прегледач:
confirm-not-you = Ако то нисте били ви, занемарите ову поруку: више вам се нећемо јављати.
schedule-daily = Сваког дана у { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Сваког понедељка у { $time } ({ $zone })
        [tuesday] Сваког уторка у { $time } ({ $zone })
        [wednesday] Сваке среде у { $time } ({ $zone })
        [thursday] Сваког четвртка у { $time } ({ $zone })
        [friday] Сваког петка у { $time } ({ $zone })
        [saturday] Сваке суботе у { $time } ({ $zone })
       *[sunday] Сваке недеље у { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Проверите пријемно сандуче
notice-check-inbox-text = Послали смо вам имејл са везом за потврду претплате. Може стићи за минут; ако не стигне, погледајте у фасциклу за нежељену пошту.
notice-subscribed = Претплаћени сте
notice-subscribed-text = Хвала. Од следећег издања примаћете { $newsletters }. Сваки имејл има везу за промену избора или одјаву.
our-newsletter = наш билтен
notice-already-subscribed = Већ сте претплаћени
notice-already-subscribed-text = Ова веза је већ искоришћена и ваша претплата је потврђена. Не морате ништа више да радите.
notice-link-expired = Ова веза је истекла
notice-link-expired-text = Везе за потврду важе ограничено време, а ова је престара. Претплатите се поново и послаћемо вам нову.
subscribe-again = Претплати се поново
notice-link-unknown = Ова веза не ради
notice-link-unknown-text = Можда је непотпуна (проверите да ли је копирана цела) или ју је заменио новији имејл за потврду. Поновна претплата шаље нову везу.

## Newsletter forms: why a form was refused

form-email-missing = Унесите своју имејл адресу.
form-invalid-email = Ово није имејл адреса: проверите је.
form-unknown-newsletter = Изаберите поново: не постоји билтен са тим називом.
form-invalid = Проверите свој избор и покушајте поново.
form-rate-limited = Превише захтева одједном. Ако сте се управо претплатили, проверите пријемно сандуче (и фасциклу за нежељену пошту); у супротном покушајте поново за сат времена.
