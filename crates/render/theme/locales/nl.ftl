number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " en " }
list-or = { " of " }
skip-to-content = Naar de hoofdinhoud
search = Zoeken
search-articles = Artikelen doorzoeken
nav-sections = Rubrieken
nav-regions = Regio’s
nav-themes = Thema’s
nav-reports = Dossiers
email-address = Je e-mailadres
subscribe = Abonneren
all-newsletters = Alle nieuwsbrieven
feed-rss = RSS-feed
feed-atom = Atom-feed
feed-json = JSON Feed
media-inquiries = Persvragen: { $email }
site-elsewhere = { $site } elders
preview-title = Voorbeeld — niet gepubliceerd.
preview-text = Lezers kunnen deze pagina niet zien; ze toont de versie die wordt bewerkt.
languages = Talen
language-offer = Lees deze pagina in het Nederlands
language-offer-dismiss = Nee, bedankt
translation-reviewed = Vertaald en nagekeken door de redactie.
translation-machine = Machinevertaling ({ $engine }), niet nagekeken door de redactie.
translation-machine-model = Machinevertaling ({ $engine }, { $model }), niet nagekeken door de redactie.
translation-outdated = Het origineel is gewijzigd sinds deze vertaling is gemaakt; een bijgewerkte vertaling is onderweg.
translation-outdated-locked = Het origineel is gewijzigd sinds deze vertaling is gemaakt.
translation-partial = Sommige passages konden niet worden vertaald en staan in de oorspronkelijke taal ({ $language }).
translation-read-original = Lees het origineel ({ $language })
byline = Door { $authors }
published = Gepubliceerd op { $date }
first-published = Eerder verschenen bij { $source }
source-and-date = { $source }, { $date }
filed-region = Regio:
filed-theme = Thema:
filed-report = Dossier:
original-source = De oorspronkelijke bron van dit artikel is { $source }.
more-from = Meer van { $source }
source-website = Website van { $source }
articles-by = Artikelen van
organisation = Organisatie
share-article = Deel dit artikel
share-email = E-mail
republish-published-by = Dit artikel is gepubliceerd door { $site }.
republish-original-source = De oorspronkelijke bron van dit artikel is { $source }.
article-link = Link naar dit artikel
copy-link = Link kopiëren
copied = Gekopieerd
republish = Dit artikel overnemen
republish-terms = Je mag dit artikel op je eigen site overnemen, volledig en ongewijzigd, met de bronvermelding en de link hieronder. Kopieer de HTML:
republish-html = HTML van dit artikel
copy-html = HTML kopiëren
disclaimer = Disclaimer
from-site = Van { $site }
newsletter = Nieuwsbrief
membership = Lidmaatschap
other-languages = Andere talen
related-articles = Gerelateerde artikelen
card-via = via { $source }
pages = Pagina’s
newer-articles = Nieuwere artikelen
older-articles = Oudere artikelen
page-of = Pagina { $page } van { $total }
featured = Uitgelicht
latest = Nieuwste
nothing-published = Nog niets gepubliceerd.
kind-region = Regio
kind-theme = Thema
kind-report = Dossier
kind-author = Auteur
kind-source = Bron
breadcrumb = Kruimelpad
visit-website = Bezoek de website
website = Website
within = In { $place }
articles = Artikelen
no-articles-here = Hier staan nog geen artikelen.
error-status = Fout { $status }
error-not-found = Pagina niet gevonden
error-gone = Dit artikel is ingetrokken
error-other = Er is iets misgegaan
error-not-found-text = Op dit adres staat geen pagina. Misschien is ze verplaatst, of bevat de link een tikfout.
error-gone-text = Het is hier ooit gepubliceerd en sindsdien verwijderd.
error-other-text = Probeer het zo meteen opnieuw.
front-page = Naar de voorpagina van { $site }
search-results-for = Zoekresultaten voor ‘{ $query }’
filtered-by = Gefilterd op:
remove-filter = Filter { $filter } verwijderen
article-count = { $count ->
        [one] { $count } artikel
       *[other] { $count } artikelen
    }
results = Resultaten
no-match = Geen artikelen gevonden. Probeer minder of andere woorden, of verwijder een filter.
result-pages = Resultaatpagina’s
previous = Vorige
next = Volgende
narrow-results = Resultaten verfijnen
facet-language = Taal
facet-year = Jaar
mastodon-share = Delen op Mastodon
mastodon-server = Je Mastodon-server
mastodon-hint = Alleen de naam van de server, zoals { $example }. Je browser onthoudt hem voor de volgende keer; wij slaan hem niet op.
mastodon-continue = Verder naar Mastodon
mastodon-post = Het bericht
newsletters = Nieuwsbrieven
past-editions = Eerdere edities
no-editions = Er is nog geen editie verstuurd.
newer = Nieuwer
older = Ouder
edition-number = Nr. { $number }
edition-from = Van { $source }
edition-get = Ontvang { $newsletter } per e-mail
your-newsletters = Je nieuwsbrieven
preferences-for = Voor { $email }.
choices-saved = Je keuzes zijn opgeslagen.
send-me = Stuur me
language-edition = Taaleditie
save-choices = Mijn keuzes opslaan
unsubscribe-everything = Overal voor afmelden
unsubscribed = Je bent afgemeld
no-longer-receive = Je ontvangt { $newsletters } niet meer.
no-longer-receive-any = Je ontvangt onze nieuwsbrieven niet meer.
changed-your-mind = Bedacht? Kies je nieuwsbrieven opnieuw
unsubscribe = Afmelden
stop-receiving = { $newsletter } niet meer ontvangen?
stop-receiving-all = Geen van onze nieuwsbrieven meer ontvangen?
choose-newsletters = Of kies welke nieuwsbrieven je ontvangt
which-newsletters = Welke nieuwsbrieven
subscribe-hint = We sturen je een link om te bevestigen. Geen trackingpixels, geen herschreven links; elke e-mail heeft een afmeldlink met één klik.
no-newsletters = Er is nog geen nieuwsbrief om je op te abonneren.
edition-language-notice = Taaleditie: { $language } — elk artikel staat er in vertaling als die er is, en anders in de oorspronkelijke taal.
mail-read-article = Lees het artikel
mail-read-on-web = Lees deze editie op het web
mail-why-you-receive = U ontvangt { $newsletter } omdat u zich hebt aangemeld op { $site }.
schedule-daily = Elke dag om { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Elke maandag om { $time } ({ $zone })
        [tuesday] Elke dinsdag om { $time } ({ $zone })
        [wednesday] Elke woensdag om { $time } ({ $zone })
        [thursday] Elke donderdag om { $time } ({ $zone })
        [friday] Elke vrijdag om { $time } ({ $zone })
        [saturday] Elke zaterdag om { $time } ({ $zone })
       *[sunday] Elke zondag om { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Kijk in je inbox
notice-check-inbox-text = We hebben je een e-mail gestuurd met een link om je abonnement te bevestigen. Het kan een minuut duren voor hij aankomt; zo niet, kijk dan in je spammap.
notice-subscribed = Je bent geabonneerd
notice-subscribed-text = Bedankt. Je ontvangt { $newsletters } vanaf de volgende editie. Elke e-mail bevat een link om je keuzes te wijzigen of je af te melden.
our-newsletter = onze nieuwsbrief
notice-already-subscribed = Je bent al geabonneerd
notice-already-subscribed-text = Deze link is al eerder gebruikt, en je abonnement is bevestigd. Je hoeft niets meer te doen.
notice-link-expired = Deze link is verlopen
notice-link-expired-text = Bevestigingslinks werken maar een beperkte tijd, en deze is te oud. Abonneer je opnieuw en we sturen je een nieuwe.
subscribe-again = Opnieuw abonneren
notice-link-unknown = Deze link werkt niet
notice-link-unknown-text = Misschien is hij onvolledig (controleer of hij helemaal is gekopieerd), of heeft een nieuwere bevestigingsmail hem vervangen. Als je je opnieuw abonneert, sturen we een nieuwe link.

## Newsletter forms: why a form was refused

form-email-missing = Vul je e-mailadres in.
form-invalid-email = Dit is geen e-mailadres: controleer het.
form-unknown-newsletter = Kies opnieuw: er is geen nieuwsbrief met die naam.
form-invalid = Controleer je keuzes en probeer het opnieuw.
form-rate-limited = Te veel verzoeken tegelijk. Heb je je net geabonneerd, kijk dan in je inbox (en je spammap); probeer het anders over een uur opnieuw.
