number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-long = { $day } { $month } { $year } г.
list-separator = { ", " }
list-and = { " и " }
list-or = { " или " }
skip-to-content = Перейти к основному содержанию
search = Поиск
search-articles = Поиск по статьям
nav-sections = Разделы
nav-regions = Регионы
nav-themes = Темы
nav-reports = Спецпроекты
email-address = Ваш адрес электронной почты
subscribe = Подписаться
all-newsletters = Все рассылки
feed-rss = Лента RSS
feed-atom = Лента Atom
feed-json = JSON Feed
media-inquiries = Для СМИ: { $email }
site-elsewhere = { $site } в других сетях
preview-title = Предпросмотр — не опубликовано.
preview-text = Читатели не видят эту страницу: на ней показана редактируемая версия.
languages = Языки
language-offer = Читать эту страницу на русском
language-offer-dismiss = Нет, спасибо
translation-reviewed = Переведено и проверено редакцией.
translation-machine = Машинный перевод ({ $engine }), не проверен редакцией.
translation-machine-model = Машинный перевод ({ $engine }, { $model }), не проверен редакцией.
translation-outdated = Оригинал изменился после того, как был сделан этот перевод; обновлённый перевод уже готовится.
translation-outdated-locked = Оригинал изменился после того, как был сделан этот перевод.
translation-partial = Некоторые фрагменты не удалось перевести, поэтому они показаны на языке оригинала ({ $language }).
translation-read-original = Читать оригинал ({ $language })
byline = Автор: { $authors }
published = Опубликовано { $date }
first-published = Впервые опубликовано: { $source }
source-and-date = { $source }, { $date }
filed-region = Регион:
filed-theme = Тема:
filed-report = Спецпроект:
original-source = Первоисточник этой статьи — { $source }.
more-from = Другие материалы { $source }
source-website = Сайт { $source }
articles-by = Статьи автора
organisation = Организация
share-article = Поделиться статьёй
share-email = Эл. почта
republish-published-by = Эта статья опубликована изданием { $site }.
republish-original-source = Первоисточник этой статьи — { $source }.
article-link = Ссылка на статью
copy-link = Скопировать ссылку
copied = Скопировано
republish = Перепечатать статью
republish-terms = Вы можете перепечатать эту статью на своём сайте полностью и без изменений, указав авторство и ссылку ниже. Скопируйте HTML:
republish-html = HTML этой статьи
copy-html = Скопировать HTML
disclaimer = Отказ от ответственности
from-site = От { $site }
newsletter = Рассылка
membership = Членство
other-languages = Другие языки
related-articles = Статьи по теме
card-via = через { $source }
pages = Страницы
newer-articles = Более новые статьи
older-articles = Более ранние статьи
page-of = Страница { $page } из { $total }
featured = Главное
latest = Последнее
nothing-published = Пока ничего не опубликовано.
kind-region = Регион
kind-theme = Тема
kind-report = Спецпроект
kind-author = Автор
kind-source = Источник
breadcrumb = Навигационная цепочка
visit-website = Перейти на сайт
website = Сайт
within = В регионе { $place }
articles = Статьи
no-articles-here = Здесь пока нет статей.
error-status = Ошибка { $status }
error-not-found = Страница не найдена
error-gone = Эта статья снята с публикации
error-other = Что-то пошло не так
error-unavailable = Временно недоступно
error-not-found-text = По этому адресу нет страницы. Возможно, она переехала или в ссылке опечатка.
error-gone-text = Когда-то это было опубликовано здесь, но затем удалено.
error-other-text = Попробуйте ещё раз чуть позже.
front-page = На главную страницу { $site }
search-results-for = Результаты поиска по запросу «{ $query }»
filtered-by = Фильтры:
remove-filter = Убрать фильтр { $filter }
article-count = { $count ->
        [one] { $count } статья
        [few] { $count } статьи
        [many] { $count } статей
       *[other] { $count } статьи
    }
results = Результаты
no-match = Подходящих статей нет. Попробуйте меньше слов или другие слова либо уберите фильтр.
result-pages = Страницы результатов
previous = Назад
next = Далее
narrow-results = Уточнить результаты
facet-language = Язык
facet-year = Год
mastodon-share = Поделиться в Mastodon
mastodon-server = Ваш сервер Mastodon
mastodon-hint = Только имя сервера, например { $example }. Ваш браузер запомнит его на следующий раз; мы его не храним.
mastodon-continue = Перейти в Mastodon
mastodon-post = Публикация
newsletters = Рассылки
past-editions = Прошлые выпуски
no-editions = Ещё не вышло ни одного выпуска.
newer = Новее
older = Старше
edition-number = № { $number }
edition-from = Из { $source }
edition-get = Получать «{ $newsletter }» по почте
your-newsletters = Ваши рассылки
preferences-for = Для { $email }.
choices-saved = Ваш выбор сохранён.
send-me = Присылать мне
language-edition = Языковая версия
save-choices = Сохранить выбор
unsubscribe-everything = Отписаться от всего
unsubscribed = Вы отписались
no-longer-receive = Вы больше не будете получать { $newsletters }.
no-longer-receive-any = Вы больше не будете получать наши рассылки.
changed-your-mind = Передумали? Выберите рассылки заново
unsubscribe = Отписаться
stop-receiving = Больше не получать { $newsletter }?
stop-receiving-all = Больше не получать ни одной нашей рассылки?
choose-newsletters = Или выберите, какие рассылки получать
which-newsletters = Какие рассылки
subscribe-hint = Мы пришлём вам ссылку для подтверждения. Никаких пикселей слежения и переписанных ссылок; в каждом письме есть ссылка, чтобы отписаться в один клик.
no-newsletters = Пока нет рассылок, на которые можно подписаться.
edition-language-notice = Языковая версия: { $language } — каждая статья показана в переводе, если он есть, а иначе — на языке оригинала.
mail-read-article = Читать статью
mail-read-on-web = Читать этот выпуск в интернете
mail-why-you-receive = Вы получаете «{ $newsletter }», потому что подписались на { $site }.
confirm-subject = Подтвердите подписку на { $site }
confirm-greeting = Здравствуйте!
confirm-asked = Кто-то, вероятно вы, попросил присылать { $newsletters } от { $site } на этот адрес.
confirm-open-link =
    { $hours ->
        [one] Чтобы подтвердить, откройте эту ссылку (она действует { $hours } час):
        [few] Чтобы подтвердить, откройте эту ссылку (она действует { $hours } часа):
        [many] Чтобы подтвердить, откройте эту ссылку (она действует { $hours } часов):
       *[other] Чтобы подтвердить, откройте эту ссылку (она действует { $hours } часа):
    }
confirm-button = Подтвердить подписку
confirm-link-works =
    { $hours ->
        [one] Ссылка действует { $hours } час.
        [few] Ссылка действует { $hours } часа.
        [many] Ссылка действует { $hours } часов.
       *[other] Ссылка действует { $hours } часа.
    }
confirm-copy-address = Если кнопка не работает, скопируйте этот адрес в браузер:
confirm-not-you = Если это были не вы, просто не обращайте внимания на это письмо: больше мы вам писать не будем.
schedule-daily = Ежедневно в { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Каждый понедельник в { $time } ({ $zone })
        [tuesday] Каждый вторник в { $time } ({ $zone })
        [wednesday] Каждую среду в { $time } ({ $zone })
        [thursday] Каждый четверг в { $time } ({ $zone })
        [friday] Каждую пятницу в { $time } ({ $zone })
        [saturday] Каждую субботу в { $time } ({ $zone })
       *[sunday] Каждое воскресенье в { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Проверьте почту
notice-check-inbox-text = Мы отправили вам письмо со ссылкой для подтверждения подписки. Оно может прийти не сразу; если письма нет, загляните в папку «Спам».
notice-subscribed = Вы подписались
notice-subscribed-text = Спасибо. Вы будете получать { $newsletters } начиная со следующего выпуска. В каждом письме есть ссылка, чтобы изменить выбор или отписаться.
our-newsletter = нашу рассылку
notice-already-subscribed = Вы уже подписаны
notice-already-subscribed-text = Эта ссылка уже использована, и ваша подписка подтверждена. Больше ничего делать не нужно.
notice-link-expired = Срок действия ссылки истёк
notice-link-expired-text = Ссылки для подтверждения действуют ограниченное время, и эта устарела. Подпишитесь ещё раз, и мы пришлём новую.
subscribe-again = Подписаться ещё раз
notice-link-unknown = Эта ссылка не работает
notice-link-unknown-text = Возможно, она неполная (проверьте, что она скопирована целиком), или её заменило более новое письмо с подтверждением. При повторной подписке придёт новая ссылка.

## Newsletter forms: why a form was refused

form-email-missing = Введите свой адрес электронной почты.
form-invalid-email = Это не адрес электронной почты: проверьте его.
form-unknown-newsletter = Выберите ещё раз: рассылки с таким названием нет.
form-invalid = Проверьте свой выбор и попробуйте ещё раз.
form-rate-limited = Слишком много запросов одновременно. Если вы только что подписались, проверьте почту (и папку «Спам»); иначе попробуйте через час.
