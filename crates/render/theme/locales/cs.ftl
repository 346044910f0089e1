number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " a " }
list-or = { " nebo " }
skip-to-content = Přejít na hlavní obsah
search = Hledat
search-articles = Hledat v článcích
nav-sections = Rubriky
nav-regions = Regiony
nav-themes = Témata
nav-reports = Speciály
email-address = Vaše e-mailová adresa
subscribe = Odebírat
all-newsletters = Všechny newslettery
feed-rss = Kanál RSS
feed-atom = Kanál Atom
feed-json = JSON Feed
media-inquiries = Pro média: { $email }
site-elsewhere = { $site } jinde
preview-title = Náhled – nepublikováno.
preview-text = Čtenáři tuto stránku nevidí; ukazuje upravovanou verzi.
languages = Jazyky
language-offer = Přečtěte si tuto stránku v češtině
language-offer-dismiss = Ne, děkuji
translation-reviewed = Přeloženo a zkontrolováno redakcí.
translation-machine = Strojový překlad ({ $engine }), redakcí nezkontrolovaný.
translation-machine-model = Strojový překlad ({ $engine }, { $model }), redakcí nezkontrolovaný.
translation-outdated = Originál se od vytvoření tohoto překladu změnil; aktualizovaný překlad je na cestě.
translation-outdated-locked = Originál se od vytvoření tohoto překladu změnil.
translation-partial = Některé pasáže se nepodařilo přeložit, a proto jsou uvedeny v původním jazyce ({ $language }).
translation-read-original = Číst originál ({ $language })
byline = Autor: { $authors }
published = Zveřejněno { $date }
first-published = Poprvé zveřejnil { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Téma:
filed-report = Speciál:
original-source = Původním zdrojem tohoto článku je { $source }.
more-from = Další od { $source }
source-website = Web { $source }
articles-by = Články autora
organisation = Organizace
share-article = Sdílet tento článek
share-email = E-mail
republish-published-by = Tento článek publikoval { $site }.
republish-original-source = Původním zdrojem tohoto článku je { $source }.
article-link = Odkaz na tento článek
copy-link = Kopírovat odkaz
copied = Zkopírováno
republish = Převzít tento článek
republish-terms = Tento článek můžete převzít na svůj web celý a beze změn, s uvedením zdroje a odkazem níže. Zkopírujte HTML:
republish-html = HTML tohoto článku
copy-html = Kopírovat HTML
disclaimer = Upozornění
from-site = Od { $site }
newsletter = Newsletter
membership = Členství
other-languages = Další jazyky
related-articles = Související články
card-via = přes { $source }
pages = Stránky
newer-articles = Novější články
older-articles = Starší články
page-of = Stránka { $page } z { $total }
featured = Doporučujeme
latest = Nejnovější
nothing-published = Zatím nebylo nic zveřejněno.
kind-region = Region
kind-theme = Téma
kind-report = Speciál
kind-author = Autor
kind-source = Zdroj
breadcrumb = Drobečková navigace
visit-website = Navštívit web
website = Web
within = V regionu { $place }
articles = Články
no-articles-here = Zatím tu nejsou žádné články.
error-status = Chyba { $status }
error-not-found = Stránka nenalezena
error-gone = Tento článek byl stažen
error-other = Něco se pokazilo
error-unavailable = Dočasně nedostupné
error-not-found-text = Na této adrese žádná stránka není. Možná byla přesunuta, nebo je odkaz chybně napsaný.
error-gone-text = Kdysi zde byl zveřejněn a mezitím byl odstraněn.
error-other-text = Zkuste to prosím za chvíli znovu.
front-page = Přejít na titulní stránku { $site }
search-results-for = Výsledky hledání pro „{ $query }“
filtered-by = Filtry:
remove-filter = Odebrat filtr { $filter }
article-count = { $count ->
        [one] { $count } článek
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článků
    }
results = Výsledky
no-match = Žádný článek neodpovídá. Zkuste méně slov nebo jiná slova, případně odeberte filtr.
result-pages = Stránky výsledků
previous = Předchozí
next = Další
narrow-results = Zúžit výsledky
facet-language = Jazyk
facet-year = Rok
mastodon-share = Sdílet na Mastodonu
mastodon-server = Váš server Mastodon
mastodon-hint = Jen název serveru, například { $example }. Váš prohlížeč si ho zapamatuje na příště; my ho neukládáme.
mastodon-continue = Pokračovat na Mastodon
mastodon-post = Příspěvek
newsletters = Newslettery
past-editions = Předchozí vydání
no-editions = Zatím nevyšlo žádné vydání.
newer = Novější
older = Starší
edition-number = Č. { $number }
edition-from = Z { $source }
edition-get = Dostávat { $newsletter } e-mailem
your-newsletters = Vaše newslettery
preferences-for = Pro { $email }.
choices-saved = Vaše volby jsou uloženy.
send-me = Posílejte mi
language-edition = Jazyková verze
save-choices = Uložit mé volby
unsubscribe-everything = Odhlásit se ze všeho
unsubscribed = Jste odhlášeni
no-longer-receive = Už nebudete dostávat { $newsletters }.
no-longer-receive-any = Už nebudete dostávat naše newslettery.
changed-your-mind = Rozmysleli jste si to? Vyberte si newslettery znovu
unsubscribe = Odhlásit odběr
stop-receiving = Přestat dostávat { $newsletter }?
stop-receiving-all = Přestat dostávat všechny naše newslettery?
choose-newsletters = Nebo si vyberte, které newslettery dostáváte
which-newsletters = Které newslettery
subscribe-hint = Pošleme vám e-mailem odkaz k potvrzení. Žádné sledovací pixely ani přepsané odkazy; každý e-mail obsahuje odkaz pro odhlášení jedním kliknutím.
no-newsletters = Zatím tu není žádný newsletter k odběru.
edition-language-notice = Jazyková verze: { $language } — každý článek je uveden v překladu, pokud existuje, jinak v původním jazyce.
mail-read-article = Přečíst článek
mail-read-on-web = Přečíst toto vydání na webu
mail-why-you-receive = { $newsletter } dostáváte, protože jste se přihlásili k odběru na { $site }.
confirm-subject = Potvrďte odběr z webu { $site }
confirm-greeting = Dobrý den,
confirm-asked = Někdo, pravděpodobně vy, požádal o zasílání { $newsletters } z webu { $site } na tuto adresu.
confirm-open-link =
    { $hours ->
        [one] Pro potvrzení otevřete tento odkaz (platí { $hours } hodinu):
        [few] Pro potvrzení otevřete tento odkaz (platí { $hours } hodiny):
        [many] Pro potvrzení otevřete tento odkaz (platí { $hours } hodiny):
       *[other] Pro potvrzení otevřete tento odkaz (platí { $hours } hodin):
    }
confirm-button = Potvrdit odběr
confirm-link-works =
    { $hours ->
        [one] Odkaz platí { $hours } hodinu.
        [few] Odkaz platí { $hours } hodiny.
        [many] Odkaz platí { $hours } hodiny.
       *[other] Odkaz platí { $hours } hodin.
    }
confirm-copy-address = Pokud tlačítko nefunguje, zkopírujte tuto adresu do prohlížeče:
confirm-not-you = Pokud jste to nebyli vy, tento e-mail ignorujte: už se vám neozveme.
schedule-daily = Každý den v { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Každé pondělí v { $time } ({ $zone })
        [tuesday] Každé úterý v { $time } ({ $zone })
        [wednesday] Každou středu v { $time } ({ $zone })
        [thursday] Každý čtvrtek v { $time } ({ $zone })
        [friday] Každý pátek v { $time } ({ $zone })
        [saturday] Každou sobotu v { $time } ({ $zone })
       *[sunday] Každou neděli v { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Zkontrolujte svou schránku
notice-check-inbox-text = Poslali jsme vám e-mail s odkazem pro potvrzení odběru. Může trvat minutu, než dorazí; pokud nedorazí, podívejte se do složky se spamem.
notice-subscribed = Odebíráte
notice-subscribed-text = Děkujeme. Od příštího vydání budete dostávat { $newsletters }. Každý e-mail obsahuje odkaz na změnu vašeho výběru nebo zrušení odběru.
our-newsletter = náš newsletter
notice-already-subscribed = Už odebíráte
notice-already-subscribed-text = Tento odkaz už byl použit a váš odběr je potvrzen. Nic dalšího není třeba.
notice-link-expired = Platnost tohoto odkazu vypršela
notice-link-expired-text = Potvrzovací odkazy platí jen omezenou dobu a tento je příliš starý. Přihlaste se k odběru znovu a pošleme vám nový.
subscribe-again = Přihlásit se znovu
notice-link-unknown = Tento odkaz nefunguje
notice-link-unknown-text = Možná je neúplný (zkontrolujte, že byl zkopírován celý), nebo ho nahradil novější potvrzovací e-mail. Nové přihlášení k odběru pošle nový odkaz.

## Newsletter forms: why a form was refused

form-email-missing = Zadejte prosím svou e-mailovou adresu.
form-invalid-email = Toto není e-mailová adresa: zkontrolujte ji prosím.
form-unknown-newsletter = Vyberte prosím znovu: newsletter s tímto názvem neexistuje.
form-invalid = Zkontrolujte prosím svůj výběr a zkuste to znovu.
form-rate-limited = Příliš mnoho požadavků najednou. Pokud jste se právě přihlásili k odběru, zkontrolujte svou schránku (i složku se spamem); jinak to zkuste znovu za hodinu.
