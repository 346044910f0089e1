number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " a " }
list-or = { " alebo " }
skip-to-content = Prejsť na hlavný obsah
search = Hľadať
search-articles = Hľadať v článkoch
nav-sections = Rubriky
nav-regions = Regióny
nav-themes = Témy
nav-reports = Špeciály
email-address = Vaša e-mailová adresa
subscribe = Odoberať
all-newsletters = Všetky newslettre
feed-rss = Kanál RSS
feed-atom = Kanál Atom
feed-json = JSON Feed
media-inquiries = Pre médiá: { $email }
site-elsewhere = { $site } inde
preview-title = Ukážka – nezverejnené.
preview-text = Čitatelia túto stránku nevidia; ukazuje upravovanú verziu.
languages = Jazyky
language-offer = Prečítajte si túto stránku po slovensky
language-offer-dismiss = Nie, ďakujem
translation-reviewed = Preložené a skontrolované redakciou.
translation-machine = Strojový preklad ({ $engine }), redakciou neskontrolovaný.
translation-machine-model = Strojový preklad ({ $engine }, { $model }), redakciou neskontrolovaný.
translation-outdated = Originál sa od vytvorenia tohto prekladu zmenil; aktualizovaný preklad je na ceste.
translation-outdated-locked = Originál sa od vytvorenia tohto prekladu zmenil.
translation-partial = Niektoré pasáže sa nepodarilo preložiť, preto sú uvedené v pôvodnom jazyku ({ $language }).
translation-read-original = Čítať originál ({ $language })
byline = Autor: { $authors }
published = Zverejnené { $date }
first-published = Prvýkrát zverejnil { $source }
source-and-date = { $source }, { $date }
filed-region = Región:
filed-theme = Téma:
filed-report = Špeciál:
original-source = Pôvodným zdrojom tohto článku je { $source }.
more-from = Viac od { $source }
source-website = Web { $source }
articles-by = Články autora
organisation = Organizácia
share-article = Zdieľať tento článok
share-email = E-mail
republish-published-by = Tento článok uverejnil { $site }.
republish-original-source = Pôvodným zdrojom tohto článku je { $source }.
article-link = Odkaz na tento článok
copy-link = Kopírovať odkaz
copied = Skopírované
republish = Prevziať tento článok
republish-terms = Tento článok môžete prevziať na svoj web celý a bez zmien, s uvedením zdroja a odkazom nižšie. Skopírujte HTML:
republish-html = HTML tohto článku
copy-html = Kopírovať HTML
disclaimer = Upozornenie
from-site = Od { $site }
newsletter = Newsletter
membership = Členstvo
other-languages = Ďalšie jazyky
related-articles = Súvisiace články
card-via = cez { $source }
pages = Stránky
newer-articles = Novšie články
older-articles = Staršie články
page-of = Strana { $page } z { $total }
featured = Odporúčame
latest = Najnovšie
nothing-published = Zatiaľ nebolo nič zverejnené.
kind-region = Región
kind-theme = Téma
kind-report = Špeciál
kind-author = Autor
kind-source = Zdroj
breadcrumb = Navigačná cesta
visit-website = Navštíviť web
website = Web
within = V regióne { $place }
articles = Články
no-articles-here = Zatiaľ tu nie sú žiadne články.
error-status = Chyba { $status }
error-not-found = Stránka sa nenašla
error-gone = Tento článok bol stiahnutý
error-other = Niečo sa pokazilo
error-unavailable = Dočasne nedostupné
error-not-found-text = Na tejto adrese nie je žiadna stránka. Možno bola presunutá alebo je odkaz chybne napísaný.
error-gone-text = Kedysi tu bol zverejnený a medzitým bol odstránený.
error-other-text = Skúste to prosím o chvíľu znova.
front-page = Prejsť na titulnú stránku { $site }
search-results-for = Výsledky hľadania pre „{ $query }“
filtered-by = Filtre:
remove-filter = Odstrániť filter { $filter }
article-count = { $count ->
        [one] { $count } článok
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článkov
    }
results = Výsledky
no-match = Žiadny článok nezodpovedá. Skúste menej slov alebo iné slová, prípadne odstráňte filter.
result-pages = Stránky výsledkov
previous = Predchádzajúca
next = Ďalšia
narrow-results = Zúžiť výsledky
facet-language = Jazyk
facet-year = Rok
mastodon-share = Zdieľať na Mastodone
mastodon-server = Váš server Mastodon
mastodon-hint = Len názov servera, napríklad { $example }. Váš prehliadač si ho zapamätá na budúce; my ho neukladáme.
mastodon-continue = Pokračovať na Mastodon
mastodon-post = Príspevok
newsletters = Newslettre
past-editions = Predchádzajúce vydania
no-editions = Zatiaľ nevyšlo žiadne vydanie.
newer = Novšie
older = Staršie
edition-number = Č. { $number }
edition-from = Z { $source }
edition-get = Dostávať { $newsletter } e-mailom
your-newsletters = Vaše newslettre
preferences-for = Pre { $email }.
choices-saved = Vaše voľby sú uložené.
send-me = Posielajte mi
language-edition = Jazyková verzia
save-choices = Uložiť moje voľby
unsubscribe-everything = Odhlásiť sa zo všetkého
unsubscribed = Ste odhlásení
no-longer-receive = Už nebudete dostávať { $newsletters }.
no-longer-receive-any = Už nebudete dostávať naše newslettre.
changed-your-mind = Rozmysleli ste si to? Vyberte si newslettre znova
unsubscribe = Odhlásiť odber
stop-receiving = Prestať dostávať { $newsletter }?
stop-receiving-all = Prestať dostávať všetky naše newslettre?
choose-newsletters = Alebo si vyberte, ktoré newslettre dostávate
which-newsletters = Ktoré newslettre
subscribe-hint = Pošleme vám e-mailom odkaz na potvrdenie. Žiadne sledovacie pixely ani prepísané odkazy; každý e-mail obsahuje odkaz na odhlásenie jedným kliknutím.
no-newsletters = Zatiaľ tu nie je žiadny newsletter na odber.
edition-language-notice = Jazyková verzia: { $language } — každý článok je uvedený v preklade, ak existuje, inak v pôvodnom jazyku.
mail-read-article = Prečítať článok
mail-read-on-web = Prečítať toto vydanie na webe
mail-why-you-receive = { $newsletter } dostávate, pretože ste sa prihlásili na odber na { $site }.
confirm-subject = Potvrďte odber z webu { $site }
confirm-greeting = Dobrý deň,
confirm-asked = Niekto, pravdepodobne vy, požiadal o zasielanie { $newsletters } z webu { $site } na túto adresu.
confirm-open-link =
    { $hours ->
        [one] Na potvrdenie otvorte tento odkaz (platí { $hours } hodinu):
        [few] Na potvrdenie otvorte tento odkaz (platí { $hours } hodiny):
        [many] Na potvrdenie otvorte tento odkaz (platí { $hours } hodiny):
       *[other] Na potvrdenie otvorte tento odkaz (platí { $hours } hodín):
    }
confirm-button = Potvrdiť odber
confirm-link-works =
    { $hours ->
        [one] Odkaz platí { $hours } hodinu.
        [few] Odkaz platí { $hours } hodiny.
        [many] Odkaz platí { $hours } hodiny.
       *[other] Odkaz platí { $hours } hodín.
    }
confirm-copy-address = Ak tlačidlo nefunguje, skopírujte túto adresu do prehliadača:
confirm-not-you = Ak ste to neboli vy, tento e-mail ignorujte: už sa vám neozveme.
schedule-daily = Každý deň o { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Každý pondelok o { $time } ({ $zone })
        [tuesday] Každý utorok o { $time } ({ $zone })
        [wednesday] Každú stredu o { $time } ({ $zone })
        [thursday] Každý štvrtok o { $time } ({ $zone })
        [friday] Každý piatok o { $time } ({ $zone })
        [saturday] Každú sobotu o { $time } ({ $zone })
       *[sunday] Každú nedeľu o { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Pozrite si schránku
notice-check-inbox-text = Poslali sme vám e-mail s odkazom na potvrdenie odberu. Môže prísť o minútu; ak nepríde, pozrite sa do priečinka so spamom.
notice-subscribed = Odoberáte
notice-subscribed-text = Ďakujeme. Od nasledujúceho vydania budete dostávať { $newsletters }. Každý e-mail obsahuje odkaz na zmenu výberu alebo zrušenie odberu.
our-newsletter = náš newsletter
notice-already-subscribed = Už odoberáte
notice-already-subscribed-text = Tento odkaz už bol použitý a váš odber je potvrdený. Nič ďalšie nie je potrebné.
notice-link-expired = Platnosť tohto odkazu vypršala
notice-link-expired-text = Potvrdzovacie odkazy platia len obmedzený čas a tento je príliš starý. Prihláste sa na odber znova a pošleme vám nový.
subscribe-again = Prihlásiť sa znova
notice-link-unknown = Tento odkaz nefunguje
notice-link-unknown-text = Možno je neúplný (skontrolujte, či bol skopírovaný celý), alebo ho nahradil novší potvrdzovací e-mail. Opätovné prihlásenie na odber pošle nový odkaz.

## Newsletter forms: why a form was refused

form-email-missing = Zadajte prosím svoju e-mailovú adresu.
form-invalid-email = Toto nie je e-mailová adresa: skontrolujte ju prosím.
form-unknown-newsletter = Vyberte prosím znova: newsletter s týmto názvom neexistuje.
form-invalid = Skontrolujte prosím svoj výber a skúste to znova.
form-rate-limited = Príliš veľa požiadaviek naraz. Ak ste sa práve prihlásili na odber, pozrite si schránku (aj priečinok so spamom); inak to skúste znova o hodinu.
