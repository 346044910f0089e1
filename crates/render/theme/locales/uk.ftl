number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-long = { $day } { $month } { $year } р.
list-separator = { ", " }
list-and = { " і " }
list-or = { " або " }
skip-to-content = Перейти до основного вмісту
search = Пошук
search-articles = Пошук статей
nav-sections = Розділи
nav-regions = Регіони
nav-themes = Теми
nav-reports = Спецпроєкти
email-address = Ваша електронна адреса
subscribe = Підписатися
all-newsletters = Усі розсилки
feed-rss = Стрічка RSS
feed-atom = Стрічка Atom
feed-json = JSON Feed
media-inquiries = Для ЗМІ: { $email }
site-elsewhere = { $site } в інших мережах
preview-title = Попередній перегляд — не опубліковано.
preview-text = Читачі не бачать цієї сторінки: тут показано версію, яку редагують.
languages = Мови
language-offer = Читати цю сторінку українською
language-offer-dismiss = Ні, дякую
translation-reviewed = Перекладено й перевірено редакцією.
translation-machine = Машинний переклад ({ $engine }), не перевірений редакцією.
translation-machine-model = Машинний переклад ({ $engine }, { $model }), не перевірений редакцією.
translation-outdated = Оригінал змінився відтоді, як зробили цей переклад; оновлений переклад уже готується.
translation-outdated-locked = Оригінал змінився відтоді, як зробили цей переклад.
translation-partial = Деякі фрагменти не вдалося перекласти, тому їх подано мовою оригіналу ({ $language }).
translation-read-original = Читати оригінал ({ $language })
byline = Автор: { $authors }
published = Опубліковано { $date }
first-published = Уперше опубліковано: { $source }
source-and-date = { $source }, { $date }
filed-region = Регіон:
filed-theme = Тема:
filed-report = Спецпроєкт:
original-source = Першоджерело цієї статті — { $source }.
more-from = Більше від { $source }
source-website = Сайт { $source }
articles-by = Статті автора
organisation = Організація
share-article = Поділитися статтею
share-email = Ел. пошта
republish-published-by = Цю статтю опублікувало видання { $site }.
republish-original-source = Першоджерело цієї статті — { $source }.
article-link = Посилання на статтю
copy-link = Скопіювати посилання
copied = Скопійовано
republish = Передрукувати статтю
republish-terms = Ви можете передрукувати цю статтю на своєму сайті повністю й без змін, із зазначенням авторства та посиланням нижче. Скопіюйте HTML:
republish-html = HTML цієї статті
copy-html = Скопіювати HTML
disclaimer = Застереження
from-site = Від { $site }
newsletter = Розсилка
membership = Членство
other-languages = Інші мови
related-articles = Статті на тему
card-via = через { $source }
pages = Сторінки
newer-articles = Новіші статті
older-articles = Старіші статті
page-of = Сторінка { $page } з { $total }
featured = Головне
latest = Останнє
nothing-published = Поки що нічого не опубліковано.
kind-region = Регіон
kind-theme = Тема
kind-report = Спецпроєкт
kind-author = Автор
kind-source = Джерело
breadcrumb = Навігаційний ланцюжок
visit-website = Перейти на сайт
website = Сайт
within = У регіоні { $place }
articles = Статті
no-articles-here = Тут поки що немає статей.
error-status = Помилка { $status }
error-not-found = Сторінку не знайдено
error-gone = Цю статтю знято з публікації
error-other = Щось пішло не так
error-unavailable = Тимчасово недоступно
error-not-found-text = За цією адресою немає сторінки. Можливо, її перенесли, або в посиланні помилка.
error-gone-text = Колись це було опубліковано тут, але згодом вилучено.
error-other-text = Спробуйте ще раз трохи згодом.
front-page = На головну сторінку { $site }
search-results-for = Результати пошуку за запитом «{ $query }»
filtered-by = Фільтри:
remove-filter = Прибрати фільтр { $filter }
article-count = { $count ->
        [one] { $count } стаття
        [few] { $count } статті
        [many] { $count } статей
       *[other] { $count } статті
    }
results = Результати
no-match = Немає відповідних статей. Спробуйте менше слів або інші слова чи приберіть фільтр.
result-pages = Сторінки результатів
previous = Назад
next = Далі
narrow-results = Уточнити результати
facet-language = Мова
facet-year = Рік
mastodon-share = Поділитися в Mastodon
mastodon-server = Ваш сервер Mastodon
mastodon-hint = Лише назва сервера, наприклад { $example }. Ваш браузер запам’ятає її на наступний раз; ми її не зберігаємо.
mastodon-continue = Перейти в Mastodon
mastodon-post = Допис
newsletters = Розсилки
past-editions = Попередні випуски
no-editions = Ще не вийшло жодного випуску.
newer = Новіші
older = Старіші
edition-number = № { $number }
edition-from = З { $source }
edition-get = Отримувати «{ $newsletter }» поштою
your-newsletters = Ваші розсилки
preferences-for = Для { $email }.
choices-saved = Ваш вибір збережено.
send-me = Надсилати мені
language-edition = Мовна версія
save-choices = Зберегти вибір
unsubscribe-everything = Відписатися від усього
unsubscribed = Ви відписалися
no-longer-receive = Ви більше не отримуватимете { $newsletters }.
no-longer-receive-any = Ви більше не отримуватимете наших розсилок.
changed-your-mind = Передумали? Виберіть розсилки знову
unsubscribe = Відписатися
stop-receiving = Більше не отримувати { $newsletter }?
stop-receiving-all = Більше не отримувати жодної нашої розсилки?
choose-newsletters = Або виберіть, які розсилки отримувати
which-newsletters = Які розсилки
subscribe-hint = Ми надішлемо вам посилання для підтвердження. Жодних пікселів стеження й переписаних посилань; у кожному листі є посилання, щоб відписатися одним клацанням.
no-newsletters = Поки що немає розсилок, на які можна підписатися.
edition-language-notice = Мовна версія: { $language } — кожну статтю подано в перекладі, якщо він є, а інакше — мовою оригіналу.
mail-read-article = Читати статтю
mail-read-on-web = Читати цей випуск в інтернеті
mail-why-you-receive = Ви отримуєте «{ $newsletter }», бо підписалися на { $site }.
confirm-subject = Підтвердьте підписку на { $site }
confirm-greeting = Вітаємо!
confirm-asked = Хтось, імовірно ви, попросив надсилати { $newsletters } від { $site } на цю адресу.
confirm-open-link =
    { $hours ->
        [one] Щоб підтвердити, відкрийте це посилання (воно діє { $hours } годину):
        [few] Щоб підтвердити, відкрийте це посилання (воно діє { $hours } години):
        [many] Щоб підтвердити, відкрийте це посилання (воно діє { $hours } годин):
       *[other] Щоб підтвердити, відкрийте це посилання (воно діє { $hours } години):
    }
confirm-button = Підтвердити підписку
confirm-link-works =
    { $hours ->
        [one] Посилання діє { $hours } годину.
        [few] Посилання діє { $hours } години.
        [many] Посилання діє { $hours } годин.
       *[other] Посилання діє { $hours } години.
    }
confirm-copy-address = Якщо кнопка не працює, скопіюйте цю адресу в браузер:
confirm-not-you = Якщо це були не ви, просто не зважайте на цей лист: більше ми вам не писатимемо.
schedule-daily = Щодня о { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Щопонеділка о { $time } ({ $zone })
        [tuesday] Щовівторка о { $time } ({ $zone })
        [wednesday] Щосереди о { $time } ({ $zone })
        [thursday] Щочетверга о { $time } ({ $zone })
        [friday] Щоп’ятниці о { $time } ({ $zone })
        [saturday] Щосуботи о { $time } ({ $zone })
       *[sunday] Щонеділі о { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Перевірте пошту
notice-check-inbox-text = Ми надіслали вам листа з посиланням для підтвердження підписки. Він може прийти не одразу; якщо листа немає, зазирніть у папку «Спам».
notice-subscribed = Ви підписалися
notice-subscribed-text = Дякуємо. Ви отримуватимете { $newsletters } починаючи з наступного випуску. У кожному листі є посилання, щоб змінити вибір або відписатися.
our-newsletter = нашу розсилку
notice-already-subscribed = Ви вже підписані
notice-already-subscribed-text = Це посилання вже використано, і вашу підписку підтверджено. Більше нічого робити не потрібно.
notice-link-expired = Термін дії посилання минув
notice-link-expired-text = Посилання для підтвердження діють обмежений час, і це вже застаріло. Підпишіться ще раз, і ми надішлемо нове.
subscribe-again = Підписатися ще раз
notice-link-unknown = Це посилання не працює
notice-link-unknown-text = Можливо, воно неповне (перевірте, чи скопійовано його повністю), або його замінив новіший лист із підтвердженням. Після повторної підписки надійде нове посилання.

## Newsletter forms: why a form was refused

form-email-missing = Введіть свою адресу електронної пошти.
form-invalid-email = Це не адреса електронної пошти: перевірте її.
form-unknown-newsletter = Виберіть ще раз: розсилки з такою назвою немає.
form-invalid = Перевірте свій вибір і спробуйте ще раз.
form-rate-limited = Забагато запитів одночасно. Якщо ви щойно підписалися, перевірте пошту (і папку «Спам»); інакше спробуйте через годину.
