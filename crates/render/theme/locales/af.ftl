number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = Januarie
month-2 = Februarie
month-3 = Maart
month-4 = April
month-5 = Mei
month-6 = Junie
month-7 = Julie
month-8 = Augustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " en " }
list-or = { " of " }
skip-to-content = Gaan na die hoofinhoud
search = Soek
search-articles = Soek artikels
nav-sections = Afdelings
nav-regions = Streke
nav-themes = Temas
nav-reports = Diepte-verslae
email-address = Jou e-posadres
subscribe = Teken in
all-newsletters = Alle nuusbriewe
feed-rss = RSS-voer
feed-atom = Atom-voer
feed-json = JSON Feed
media-inquiries = Navrae van die media: { $email }
site-elsewhere = { $site } elders
preview-title = Voorskou — nie gepubliseer nie.
preview-text = Lesers kan nie hierdie bladsy sien nie; dit wys die weergawe wat geredigeer word.
languages = Tale
language-offer = Lees hierdie bladsy in Afrikaans
language-offer-dismiss = Nee, dankie
translation-reviewed = Vertaal en nagegaan deur die nuuskamer.
translation-machine = Masjienvertaling ({ $engine }), nie deur die nuuskamer nagegaan nie.
translation-machine-model = Masjienvertaling ({ $engine }, { $model }), nie deur die nuuskamer nagegaan nie.
translation-outdated = Die oorspronklike het verander sedert hierdie vertaling gemaak is; ’n bygewerkte vertaling is op pad.
translation-outdated-locked = Die oorspronklike het verander sedert hierdie vertaling gemaak is.
translation-partial = Sommige gedeeltes kon nie vertaal word nie en word in die oorspronklike taal ({ $language }) gewys.
translation-read-original = Lees die oorspronklike ({ $language })
byline = Deur { $authors }
published = Gepubliseer op { $date }
first-published = Eerste gepubliseer deur { $source }
source-and-date = { $source }, { $date }
filed-region = Streek:
filed-theme = Tema:
filed-report = Diepte-verslag:
original-source = Die oorspronklike bron van hierdie artikel is { $source }.
more-from = Meer van { $source }
source-website = { $source } se webwerf
articles-by = Artikels deur
organisation = Organisasie
share-article = Deel hierdie artikel
share-email = E-pos
republish-published-by = Hierdie artikel is gepubliseer deur { $site }.
republish-original-source = Die oorspronklike bron van hierdie artikel is { $source }.
article-link = Skakel na hierdie artikel
copy-link = Kopieer skakel
copied = Gekopieer
republish = Herpubliseer hierdie artikel
republish-terms = Jy mag hierdie artikel op jou eie webwerf herpubliseer, volledig en onveranderd, met die erkenning en skakel hieronder. Kopieer die HTML:
republish-html = HTML van hierdie artikel
copy-html = Kopieer HTML
disclaimer = Vrywaring
from-site = Van { $site }
newsletter = Nuusbrief
membership = Lidmaatskap
other-languages = Ander tale
related-articles = Verwante artikels
card-via = via { $source }
pages = Bladsye
newer-articles = Nuwer artikels
older-articles = Ouer artikels
page-of = Bladsy { $page } van { $total }
featured = Uitgelig
latest = Nuutste
nothing-published = Nog niks gepubliseer nie.
kind-region = Streek
kind-theme = Tema
kind-report = Diepte-verslag
kind-author = Skrywer
kind-source = Bron
breadcrumb = Broodkrummelpad
visit-website = Besoek die webwerf
website = Webwerf
within = Binne { $place }
articles = Artikels
no-articles-here = Hier is nog geen artikels nie.
error-status = Fout { $status }
error-not-found = Bladsy nie gevind nie
error-gone = Hierdie artikel is teruggetrek
error-other = Iets het skeefgeloop
error-not-found-text = Daar is geen bladsy by hierdie adres nie. Dit is dalk geskuif, of die skakel is verkeerd getik.
error-gone-text = Dit is eens hier gepubliseer en is sedertdien verwyder.
error-other-text = Probeer asseblief oor ’n oomblik weer.
front-page = Gaan na die voorblad van { $site }
search-results-for = Soekresultate vir “{ $query }”
filtered-by = Gefiltreer volgens:
remove-filter = Verwyder filter { $filter }
article-count = { $count ->
        [one] { $count } artikel
       *[other] { $count } artikels
    }
results = Resultate
no-match = Geen artikels pas nie. Probeer minder of ander woorde, of verwyder ’n filter.
result-pages = Resultaatbladsye
previous = Vorige
next = Volgende
narrow-results = Verfyn die resultate
facet-language = Taal
facet-year = Jaar
mastodon-share = Deel op Mastodon
mastodon-server = Jou Mastodon-bediener
mastodon-hint = Net die bediener se naam, soos { $example }. Jou blaaier onthou dit vir volgende keer; ons stoor dit nie.
mastodon-continue = Gaan voort na Mastodon
mastodon-post = Die plasing
newsletters = Nuusbriewe
past-editions = Vorige uitgawes
no-editions = Nog geen uitgawe is uitgestuur nie.
newer = Nuwer
older = Ouer
edition-number = Nr. { $number }
edition-from = Van { $source }
edition-get = Kry { $newsletter } per e-pos
your-newsletters = Jou nuusbriewe
preferences-for = Vir { $email }.
choices-saved = Jou keuses is gestoor.
send-me = Stuur vir my
language-edition = Taaluitgawe
save-choices = Stoor my keuses
unsubscribe-everything = Teken uit van alles
unsubscribed = Jy is uitgeteken
no-longer-receive = Jy sal nie meer { $newsletters } ontvang nie.
no-longer-receive-any = Jy sal nie meer ons nuusbriewe ontvang nie.
changed-your-mind = Van plan verander? Kies weer jou nuusbriewe
unsubscribe = Teken uit
stop-receiving = Ophou om { $newsletter } te ontvang?
stop-receiving-all = Ophou om al ons nuusbriewe te ontvang?
choose-newsletters = Of kies watter nuusbriewe jy ontvang
which-newsletters = Watter nuusbriewe
subscribe-hint = Ons stuur vir jou ’n skakel om te bevestig. Geen naspoorpixels, geen herskryfde skakels nie; elke e-pos het ’n uittekenskakel met een klik.
no-newsletters = Daar is nog geen nuusbrief om op in te teken nie.
edition-language-notice = Taaluitgawe: { $language } — elke artikel word in vertaling gewys waar daar een is, en andersins in sy oorspronklike taal.
mail-read-article = Lees die artikel
mail-read-on-web = Lees hierdie uitgawe op die web
mail-why-you-receive = Jy ontvang { $newsletter } omdat jy by { $site } ingeteken het.
schedule-daily = Elke dag om { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Elke Maandag om { $time } ({ $zone })
        [tuesday] Elke Dinsdag om { $time } ({ $zone })
        [wednesday] Elke Woensdag om { $time } ({ $zone })
        [thursday] Elke Donderdag om { $time } ({ $zone })
        [friday] Elke Vrydag om { $time } ({ $zone })
        [saturday] Elke Saterdag om { $time } ({ $zone })
       *[sunday] Elke Sondag om { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Kyk in jou inkassie
notice-check-inbox-text = Ons het vir jou ’n e-pos gestuur met ’n skakel om jou intekening te bevestig. Dit kan ’n minuut neem om aan te kom; as dit nie aankom nie, kyk in jou gemorspos.
notice-subscribed = Jy is ingeteken
notice-subscribed-text = Dankie. Jy sal { $newsletters } vanaf die volgende uitgawe ontvang. Elke e-pos het ’n skakel om jou keuses te verander of jou intekening te kanselleer.
our-newsletter = ons nuusbrief
notice-already-subscribed = Jy is reeds ingeteken
notice-already-subscribed-text = Hierdie skakel is al gebruik, en jou intekening is bevestig. Daar is niks meer om te doen nie.
notice-link-expired = Hierdie skakel het verval
notice-link-expired-text = Bevestigingskakels werk net vir ’n beperkte tyd, en hierdie een is te oud. Teken weer in, dan stuur ons vir jou ’n nuwe een.
subscribe-again = Teken weer in
notice-link-unknown = Hierdie skakel werk nie
notice-link-unknown-text = Dit is dalk onvolledig (maak seker dat dit heeltemal gekopieer is), of ’n nuwer bevestigings-e-pos het dit vervang. As jy weer inteken, stuur ons ’n nuwe skakel.

## Newsletter forms: why a form was refused

form-email-missing = Voer asseblief jou e-posadres in.
form-invalid-email = Dit is nie ’n e-posadres nie: kontroleer dit asseblief.
form-unknown-newsletter = Kies asseblief weer: daar is geen nuusbrief met daardie naam nie.
form-invalid = Kontroleer asseblief jou keuses en probeer weer.
form-rate-limited = Te veel versoeke tegelyk. As jy pas ingeteken het, kyk asseblief in jou inkassie (en gemorspos); probeer andersins oor ’n uur weer.
