number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " og " }
list-or = { " eller " }
skip-to-content = Gå til hovedinnholdet
search = Søk
search-articles = Søk i artikler
nav-sections = Seksjoner
nav-regions = Regioner
nav-themes = Emner
nav-reports = Dybdesaker
email-address = E-postadressen din
subscribe = Abonner
all-newsletters = Alle nyhetsbrev
feed-rss = RSS-strøm
feed-atom = Atom-strøm
feed-json = JSON Feed
media-inquiries = Pressehenvendelser: { $email }
site-elsewhere = { $site } andre steder
preview-title = Forhåndsvisning – ikke publisert.
preview-text = Leserne kan ikke se denne siden; den viser versjonen som redigeres.
languages = Språk
language-offer = Les denne siden på norsk
language-offer-dismiss = Nei takk
translation-reviewed = Oversatt og gjennomgått av redaksjonen.
translation-machine = Maskinoversettelse ({ $engine }), ikke gjennomgått av redaksjonen.
translation-machine-model = Maskinoversettelse ({ $engine }, { $model }), ikke gjennomgått av redaksjonen.
translation-outdated = Originalen er endret siden denne oversettelsen ble laget; en oppdatert oversettelse er på vei.
translation-outdated-locked = Originalen er endret siden denne oversettelsen ble laget.
translation-partial = Noen avsnitt kunne ikke oversettes og vises på originalspråket ({ $language }).
translation-read-original = Les originalen ({ $language })
byline = Av { $authors }
published = Publisert { $date }
first-published = Først publisert av { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Emne:
filed-report = Dybdesak:
original-source = Den opprinnelige kilden til denne artikkelen er { $source }.
more-from = Mer fra { $source }
source-website = Nettstedet til { $source }
articles-by = Artikler av
organisation = Organisasjon
share-article = Del denne artikkelen
share-email = E-post
republish-published-by = Denne artikkelen ble publisert av { $site }.
republish-original-source = Den opprinnelige kilden til denne artikkelen er { $source }.
article-link = Lenke til denne artikkelen
copy-link = Kopier lenken
copied = Kopiert
republish = Publiser denne artikkelen på nytt
republish-terms = Du kan publisere denne artikkelen på nytt på ditt eget nettsted, i sin helhet og uendret, med kreditering og lenke nedenfor. Kopier HTML-koden:
republish-html = HTML for denne artikkelen
copy-html = Kopier HTML
disclaimer = Ansvarsfraskrivelse
from-site = Fra { $site }
newsletter = Nyhetsbrev
membership = Medlemskap
other-languages = Andre språk
related-articles = Relaterte artikler
card-via = via { $source }
pages = Sider
newer-articles = Nyere artikler
older-articles = Eldre artikler
page-of = Side { $page } av { $total }
featured = Utvalgt
latest = Siste
nothing-published = Ingenting er publisert ennå.
kind-region = Region
kind-theme = Emne
kind-report = Dybdesak
kind-author = Forfatter
kind-source = Kilde
breadcrumb = Brødsmulesti
visit-website = Besøk nettstedet
website = Nettsted
within = I { $place }
articles = Artikler
no-articles-here = Det er ingen artikler her ennå.
error-status = Feil { $status }
error-not-found = Fant ikke siden
error-gone = Denne artikkelen er trukket tilbake
error-other = Noe gikk galt
error-unavailable = Midlertidig utilgjengelig
error-not-found-text = Det finnes ingen side på denne adressen. Den kan ha blitt flyttet, eller lenken er skrevet feil.
error-gone-text = Den ble en gang publisert her og er siden fjernet.
error-other-text = Prøv igjen om et øyeblikk.
front-page = Gå til forsiden til { $site }
search-results-for = Søkeresultater for «{ $query }»
filtered-by = Filtrert etter:
remove-filter = Fjern filteret { $filter }
article-count = { $count ->
        [one] { $count } artikkel
       *[other] { $count } artikler
    }
results = Resultater
no-match = Ingen artikler passer. Prøv færre eller andre ord, eller fjern et filter.
result-pages = Resultatsider
previous = Forrige
next = Neste
narrow-results = Avgrens resultatene
facet-language = Språk
facet-year = År
mastodon-share = Del på Mastodon
mastodon-server = Mastodon-serveren din
mastodon-hint = Bare navnet på serveren, for eksempel { $example }. Nettleseren din husker det til neste gang; vi lagrer det ikke.
mastodon-continue = Fortsett til Mastodon
mastodon-post = Innlegget
newsletters = Nyhetsbrev
past-editions = Tidligere utgaver
no-editions = Ingen utgave er sendt ennå.
newer = Nyere
older = Eldre
edition-number = Nr. { $number }
edition-from = Fra { $source }
edition-get = Få { $newsletter } på e-post
your-newsletters = Nyhetsbrevene dine
preferences-for = For { $email }.
choices-saved = Valgene dine er lagret.
send-me = Send meg
language-edition = Språkutgave
save-choices = Lagre valgene mine
unsubscribe-everything = Meld meg av alt
unsubscribed = Du er avmeldt
no-longer-receive = Du vil ikke lenger motta { $newsletters }.
no-longer-receive-any = Du vil ikke lenger motta nyhetsbrevene våre.
changed-your-mind = Ombestemt deg? Velg nyhetsbrevene dine på nytt
unsubscribe = Meld av
stop-receiving = Slutte å motta { $newsletter }?
stop-receiving-all = Slutte å motta alle nyhetsbrevene våre?
choose-newsletters = Eller velg hvilke nyhetsbrev du får
which-newsletters = Hvilke nyhetsbrev
subscribe-hint = Vi sender deg en lenke for å bekrefte. Ingen sporingspiksler, ingen omskrevne lenker; hver e-post har en avmeldingslenke med ett klikk.
no-newsletters = Det finnes ikke noe nyhetsbrev å abonnere på ennå.
edition-language-notice = Språkutgave: { $language } — hver artikkel vises i oversettelse der det finnes en, og ellers på originalspråket.
mail-read-article = Les artikkelen
mail-read-on-web = Les denne utgaven på nettet
mail-why-you-receive = Du mottar { $newsletter } fordi du meldte deg på hos { $site }.
confirm-subject = Bekreft abonnementet ditt på { $site }
confirm-greeting = Hei,
confirm-asked = Noen, sannsynligvis du, har bedt om å få { $newsletters } fra { $site } til denne adressen.
confirm-open-link =
    { $hours ->
        [one] Åpne denne lenken for å bekrefte (den virker i { $hours } time):
       *[other] Åpne denne lenken for å bekrefte (den virker i { $hours } timer):
    }
confirm-button = Bekreft abonnementet mitt
confirm-link-works =
    { $hours ->
        [one] Lenken virker i { $hours } time.
       *[other] Lenken virker i { $hours } timer.
    }
confirm-copy-address = Hvis knappen ikke virker, kopierer du denne adressen inn i nettleseren:
confirm-not-you = Hvis det ikke var deg, kan du se bort fra denne e-posten: du hører ikke fra oss igjen.
schedule-daily = Hver dag kl. { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Hver mandag kl. { $time } ({ $zone })
        [tuesday] Hver tirsdag kl. { $time } ({ $zone })
        [wednesday] Hver onsdag kl. { $time } ({ $zone })
        [thursday] Hver torsdag kl. { $time } ({ $zone })
        [friday] Hver fredag kl. { $time } ({ $zone })
        [saturday] Hver lørdag kl. { $time } ({ $zone })
       *[sunday] Hver søndag kl. { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Sjekk innboksen din
notice-check-inbox-text = Vi har sendt deg en e-post med en lenke for å bekrefte abonnementet. Det kan ta et minutt før den kommer; hvis den ikke kommer, se i søppelpostmappen.
notice-subscribed = Du abonnerer nå
notice-subscribed-text = Takk. Du får { $newsletters } fra og med neste utgave. Hver e-post har en lenke for å endre valgene dine eller melde deg av.
our-newsletter = nyhetsbrevet vårt
notice-already-subscribed = Du abonnerer allerede
notice-already-subscribed-text = Denne lenken er brukt før, og abonnementet ditt er bekreftet. Det er ikke noe mer å gjøre.
notice-link-expired = Denne lenken er utløpt
notice-link-expired-text = Bekreftelseslenker virker bare en begrenset tid, og denne er for gammel. Abonner på nytt, så sender vi deg en ny.
subscribe-again = Abonner på nytt
notice-link-unknown = Denne lenken virker ikke
notice-link-unknown-text = Den kan være ufullstendig (sjekk at hele lenken ble kopiert), eller en nyere bekreftelses-e-post har erstattet den. Abonnerer du på nytt, sender vi en ny lenke.

## Newsletter forms: why a form was refused

form-email-missing = Skriv inn e-postadressen din.
form-invalid-email = Dette er ikke en e-postadresse: sjekk den.
form-unknown-newsletter = Velg på nytt: det finnes ikke noe nyhetsbrev med det navnet.
form-invalid = Sjekk valgene dine og prøv igjen.
form-rate-limited = For mange forespørsler samtidig. Hvis du nettopp abonnerte, sjekk innboksen din (og søppelpostmappen); ellers prøv igjen om en time.
