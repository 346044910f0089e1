number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 2
number-digits = 0123456789
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " i " }
list-or = { " lub " }
skip-to-content = Przejdź do treści głównej
search = Szukaj
search-articles = Szukaj artykułów
nav-sections = Działy
nav-regions = Regiony
nav-themes = Tematy
nav-reports = Raporty specjalne
email-address = Twój adres e-mail
subscribe = Zapisz się
all-newsletters = Wszystkie newslettery
feed-rss = Kanał RSS
feed-atom = Kanał Atom
feed-json = JSON Feed
media-inquiries = Kontakt dla mediów: { $email }
site-elsewhere = { $site } w innych miejscach
preview-title = Podgląd — nieopublikowane.
preview-text = Czytelnicy nie widzą tej strony; pokazuje ona edytowaną wersję.
languages = Języki
language-offer = Przeczytaj tę stronę po polsku
language-offer-dismiss = Nie, dziękuję
translation-reviewed = Przetłumaczone i sprawdzone przez redakcję.
translation-machine = Tłumaczenie maszynowe ({ $engine }), niesprawdzone przez redakcję.
translation-machine-model = Tłumaczenie maszynowe ({ $engine }, { $model }), niesprawdzone przez redakcję.
translation-outdated = Oryginał zmienił się od czasu powstania tego tłumaczenia; zaktualizowane tłumaczenie jest w drodze.
translation-outdated-locked = Oryginał zmienił się od czasu powstania tego tłumaczenia.
translation-partial = Niektórych fragmentów nie udało się przetłumaczyć, dlatego podano je w języku oryginału ({ $language }).
translation-read-original = Przeczytaj oryginał ({ $language })
byline = Autor: { $authors }
published = Opublikowano { $date }
first-published = Pierwotnie opublikowane przez { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Temat:
filed-report = Raport specjalny:
original-source = Pierwotnym źródłem tego artykułu jest { $source }.
more-from = Więcej od { $source }
source-website = Strona { $source }
articles-by = Artykuły autora
organisation = Organizacja
share-article = Udostępnij ten artykuł
share-email = E-mail
republish-published-by = Ten artykuł opublikował { $site }.
republish-original-source = Pierwotnym źródłem tego artykułu jest { $source }.
article-link = Link do tego artykułu
copy-link = Kopiuj link
copied = Skopiowano
republish = Przedrukuj ten artykuł
republish-terms = Możesz przedrukować ten artykuł na swojej stronie w całości i bez zmian, z podanym niżej podpisem i linkiem. Skopiuj HTML:
republish-html = HTML tego artykułu
copy-html = Kopiuj HTML
disclaimer = Zastrzeżenie
from-site = Od { $site }
newsletter = Newsletter
membership = Członkostwo
other-languages = Inne języki
related-articles = Powiązane artykuły
card-via = przez { $source }
pages = Strony
newer-articles = Nowsze artykuły
older-articles = Starsze artykuły
page-of = Strona { $page } z { $total }
featured = Polecane
latest = Najnowsze
nothing-published = Nic jeszcze nie opublikowano.
kind-region = Region
kind-theme = Temat
kind-report = Raport specjalny
kind-author = Autor
kind-source = Źródło
breadcrumb = Ścieżka nawigacji
visit-website = Odwiedź stronę
website = Strona internetowa
within = W regionie { $place }
articles = Artykuły
no-articles-here = Nie ma tu jeszcze artykułów.
error-status = Błąd { $status }
error-not-found = Nie znaleziono strony
error-gone = Ten artykuł został wycofany
error-other = Coś poszło nie tak
error-unavailable = Chwilowo niedostępne
error-not-found-text = Pod tym adresem nie ma strony. Być może została przeniesiona albo link zawiera literówkę.
error-gone-text = Został tu kiedyś opublikowany, a potem usunięty.
error-other-text = Spróbuj ponownie za chwilę.
front-page = Przejdź na stronę główną { $site }
search-results-for = Wyniki wyszukiwania dla „{ $query }”
filtered-by = Filtry:
remove-filter = Usuń filtr { $filter }
article-count = { $count ->
        [one] { $count } artykuł
        [few] { $count } artykuły
        [many] { $count } artykułów
       *[other] { $count } artykułu
    }
results = Wyniki
no-match = Żaden artykuł nie pasuje. Spróbuj mniej słów lub innych słów albo usuń filtr.
result-pages = Strony wyników
previous = Poprzednia
next = Następna
narrow-results = Zawęź wyniki
facet-language = Język
facet-year = Rok
mastodon-share = Udostępnij na Mastodonie
mastodon-server = Twój serwer Mastodon
mastodon-hint = Tylko nazwa serwera, na przykład { $example }. Twoja przeglądarka zapamięta ją na następny raz; my jej nie przechowujemy.
mastodon-continue = Przejdź do Mastodona
mastodon-post = Wpis
newsletters = Newslettery
past-editions = Poprzednie wydania
no-editions = Nie wysłano jeszcze żadnego wydania.
newer = Nowsze
older = Starsze
edition-number = Nr { $number }
edition-from = Z { $source }
edition-get = Otrzymuj { $newsletter } e-mailem
your-newsletters = Twoje newslettery
preferences-for = Dla { $email }.
choices-saved = Twoje wybory zostały zapisane.
send-me = Wysyłajcie mi
language-edition = Wersja językowa
save-choices = Zapisz moje wybory
unsubscribe-everything = Wypisz mnie ze wszystkiego
unsubscribed = Wypisano cię
no-longer-receive = Nie będziesz już otrzymywać { $newsletters }.
no-longer-receive-any = Nie będziesz już otrzymywać naszych newsletterów.
changed-your-mind = Zmiana zdania? Wybierz newslettery ponownie
unsubscribe = Wypisz się
stop-receiving = Przestać otrzymywać { $newsletter }?
stop-receiving-all = Przestać otrzymywać wszystkie nasze newslettery?
choose-newsletters = Albo wybierz, które newslettery otrzymujesz
which-newsletters = Które newslettery
subscribe-hint = Wyślemy ci e-mailem link do potwierdzenia. Bez pikseli śledzących i przepisanych linków; każdy e-mail zawiera link do wypisania się jednym kliknięciem.
no-newsletters = Nie ma jeszcze newslettera, na który można się zapisać.
edition-language-notice = Wersja językowa: { $language } — każdy artykuł jest pokazany w tłumaczeniu, jeśli ono istnieje, a w przeciwnym razie w języku oryginału.
mail-read-article = Przeczytaj artykuł
mail-read-on-web = Przeczytaj to wydanie w sieci
mail-why-you-receive = Otrzymujesz { $newsletter }, ponieważ zapisałeś się w serwisie { $site }.
confirm-subject = Potwierdź subskrypcję w serwisie { $site }
confirm-greeting = Dzień dobry,
confirm-asked = Ktoś, prawdopodobnie Ty, poprosił o wysyłanie { $newsletters } z serwisu { $site } na ten adres.
confirm-open-link =
    { $hours ->
        [one] Aby potwierdzić, otwórz ten link (działa przez { $hours } godzinę):
        [few] Aby potwierdzić, otwórz ten link (działa przez { $hours } godziny):
        [many] Aby potwierdzić, otwórz ten link (działa przez { $hours } godzin):
       *[other] Aby potwierdzić, otwórz ten link (działa przez { $hours } godziny):
    }
confirm-button = Potwierdzam subskrypcję
confirm-link-works =
    { $hours ->
        [one] Link działa przez { $hours } godzinę.
        [few] Link działa przez { $hours } godziny.
        [many] Link działa przez { $hours } godzin.
       *[other] Link działa przez { $hours } godziny.
    }
confirm-copy-address = Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:
confirm-not-you = Jeśli to nie Ty, zignoruj tę wiadomość: więcej się do Ciebie nie odezwiemy.
schedule-daily = Codziennie o { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] W każdy poniedziałek o { $time } ({ $zone })
        [tuesday] W każdy wtorek o { $time } ({ $zone })
        [wednesday] W każdą środę o { $time } ({ $zone })
        [thursday] W każdy czwartek o { $time } ({ $zone })
        [friday] W każdy piątek o { $time } ({ $zone })
        [saturday] W każdą sobotę o { $time } ({ $zone })
       *[sunday] W każdą niedzielę o { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Sprawdź skrzynkę odbiorczą
notice-check-inbox-text = Wysłaliśmy Ci e-mail z linkiem do potwierdzenia subskrypcji. Może dotrzeć po minucie; jeśli nie dotrze, zajrzyj do folderu ze spamem.
notice-subscribed = Subskrypcja aktywna
notice-subscribed-text = Dziękujemy. Od następnego wydania będziesz otrzymywać { $newsletters }. W każdym e-mailu jest link do zmiany wyboru lub rezygnacji z subskrypcji.
our-newsletter = nasz newsletter
notice-already-subscribed = Subskrypcja jest już aktywna
notice-already-subscribed-text = Ten link został już użyty, a Twoja subskrypcja jest potwierdzona. Nie musisz nic więcej robić.
notice-link-expired = Ten link wygasł
notice-link-expired-text = Linki potwierdzające działają przez ograniczony czas, a ten jest zbyt stary. Zapisz się ponownie, a wyślemy Ci nowy.
subscribe-again = Zapisz się ponownie
notice-link-unknown = Ten link nie działa
notice-link-unknown-text = Może jest niepełny (sprawdź, czy został skopiowany w całości), albo zastąpił go nowszy e-mail z potwierdzeniem. Ponowne zapisanie się wyśle nowy link.

## Newsletter forms: why a form was refused

form-email-missing = Wpisz swój adres e-mail.
form-invalid-email = To nie jest adres e-mail: sprawdź go.
form-unknown-newsletter = Wybierz ponownie: nie ma newslettera o tej nazwie.
form-invalid = Sprawdź swój wybór i spróbuj ponownie.
form-rate-limited = Zbyt wiele próśb naraz. Jeśli właśnie się zapisałeś, sprawdź skrzynkę odbiorczą (i folder ze spamem); w przeciwnym razie spróbuj ponownie za godzinę.
