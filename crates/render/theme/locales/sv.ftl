number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " och " }
list-or = { " eller " }
skip-to-content = Hoppa till huvudinnehållet
search = Sök
search-articles = Sök bland artiklar
nav-sections = Avdelningar
nav-regions = Regioner
nav-themes = Ämnen
nav-reports = Fördjupningar
email-address = Din e-postadress
subscribe = Prenumerera
all-newsletters = Alla nyhetsbrev
feed-rss = RSS-flöde
feed-atom = Atom-flöde
feed-json = JSON Feed
media-inquiries = Pressfrågor: { $email }
site-elsewhere = { $site } på andra ställen
preview-title = Förhandsvisning – inte publicerad.
preview-text = Läsarna kan inte se den här sidan; den visar versionen som redigeras.
languages = Språk
language-offer = Läs den här sidan på svenska
language-offer-dismiss = Nej tack
translation-reviewed = Översatt och granskad av redaktionen.
translation-machine = Maskinöversättning ({ $engine }), inte granskad av redaktionen.
translation-machine-model = Maskinöversättning ({ $engine }, { $model }), inte granskad av redaktionen.
translation-outdated = Originalet har ändrats sedan den här översättningen gjordes; en uppdaterad översättning är på väg.
translation-outdated-locked = Originalet har ändrats sedan den här översättningen gjordes.
translation-partial = Vissa avsnitt kunde inte översättas och visas på originalspråket ({ $language }).
translation-read-original = Läs originalet ({ $language })
byline = Av { $authors }
published = Publicerad { $date }
first-published = Först publicerad av { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Ämne:
filed-report = Fördjupning:
original-source = Den ursprungliga källan till den här artikeln är { $source }.
more-from = Mer från { $source }
source-website = Webbplatsen för { $source }
articles-by = Artiklar av
organisation = Organisation
share-article = Dela den här artikeln
share-email = E-post
republish-published-by = Den här artikeln publicerades av { $site }.
republish-original-source = Den ursprungliga källan till den här artikeln är { $source }.
article-link = Länk till den här artikeln
copy-link = Kopiera länk
copied = Kopierad
republish = Återpublicera den här artikeln
republish-terms = Du får återpublicera den här artikeln på din egen webbplats, i sin helhet och oförändrad, med källhänvisningen och länken nedan. Kopiera HTML-koden:
republish-html = HTML för den här artikeln
copy-html = Kopiera HTML
disclaimer = Ansvarsfriskrivning
from-site = Från { $site }
newsletter = Nyhetsbrev
membership = Medlemskap
other-languages = Andra språk
related-articles = Relaterade artiklar
card-via = via { $source }
pages = Sidor
newer-articles = Nyare artiklar
older-articles = Äldre artiklar
page-of = Sida { $page } av { $total }
featured = Utvalt
latest = Senaste
nothing-published = Inget har publicerats ännu.
kind-region = Region
kind-theme = Ämne
kind-report = Fördjupning
kind-author = Skribent
kind-source = Källa
breadcrumb = Brödsmulor
visit-website = Besök webbplatsen
website = Webbplats
within = I { $place }
articles = Artiklar
no-articles-here = Här finns inga artiklar ännu.
error-status = Fel { $status }
error-not-found = Sidan hittades inte
error-gone = Den här artikeln har dragits tillbaka
error-other = Något gick fel
error-unavailable = Tillfälligt otillgänglig
error-not-found-text = Det finns ingen sida på den här adressen. Den kan ha flyttats, eller så är länken felstavad.
error-gone-text = Den publicerades här en gång och har sedan tagits bort.
error-other-text = Försök igen om en stund.
front-page = Gå till förstasidan för { $site }
search-results-for = Sökresultat för ”{ $query }”
filtered-by = Filtrerat på:
remove-filter = Ta bort filtret { $filter }
article-count = { $count ->
        [one] { $count } artikel
       *[other] { $count } artiklar
    }
results = Resultat
no-match = Inga artiklar matchar. Försök med färre eller andra ord, eller ta bort ett filter.
result-pages = Resultatsidor
previous = Föregående
next = Nästa
narrow-results = Begränsa resultaten
facet-language = Språk
facet-year = År
mastodon-share = Dela på Mastodon
mastodon-server = Din Mastodon-server
mastodon-hint = Bara serverns namn, till exempel { $example }. Din webbläsare kommer ihåg det till nästa gång; vi sparar det inte.
mastodon-continue = Fortsätt till Mastodon
mastodon-post = Inlägget
newsletters = Nyhetsbrev
past-editions = Tidigare utgåvor
no-editions = Ingen utgåva har skickats ännu.
newer = Nyare
older = Äldre
edition-number = Nr { $number }
edition-from = Från { $source }
edition-get = Få { $newsletter } via e-post
your-newsletters = Dina nyhetsbrev
preferences-for = För { $email }.
choices-saved = Dina val har sparats.
send-me = Skicka mig
language-edition = Språkutgåva
save-choices = Spara mina val
unsubscribe-everything = Avsluta alla prenumerationer
unsubscribed = Din prenumeration är avslutad
no-longer-receive = Du kommer inte längre att få { $newsletters }.
no-longer-receive-any = Du kommer inte längre att få våra nyhetsbrev.
changed-your-mind = Ångrat dig? Välj dina nyhetsbrev igen
unsubscribe = Avsluta prenumerationen
stop-receiving = Sluta få { $newsletter }?
stop-receiving-all = Sluta få alla våra nyhetsbrev?
choose-newsletters = Eller välj vilka nyhetsbrev du får
which-newsletters = Vilka nyhetsbrev
subscribe-hint = Vi skickar en länk till dig för att bekräfta. Inga spårningspixlar, inga omskrivna länkar; varje e-postmeddelande har en avregistreringslänk med ett klick.
no-newsletters = Det finns inget nyhetsbrev att prenumerera på ännu.
edition-language-notice = Språkutgåva: { $language } — varje artikel visas i översättning där det finns en, och annars på originalspråket.
mail-read-article = Läs artikeln
mail-read-on-web = Läs det här numret på webben
mail-why-you-receive = Du får { $newsletter } eftersom du prenumererar via { $site }.
confirm-subject = Bekräfta din prenumeration på { $site }
confirm-greeting = Hej,
confirm-asked = Någon, troligen du, har bett om att få { $newsletters } från { $site } till den här adressen.
confirm-open-link =
    { $hours ->
        [one] Öppna den här länken för att bekräfta (den fungerar i { $hours } timme):
       *[other] Öppna den här länken för att bekräfta (den fungerar i { $hours } timmar):
    }
confirm-button = Bekräfta min prenumeration
confirm-link-works =
    { $hours ->
        [one] Länken fungerar i { $hours } timme.
       *[other] Länken fungerar i { $hours } timmar.
    }
confirm-copy-address = Om knappen inte fungerar kan du kopiera den här adressen till din webbläsare:
confirm-not-you = Om det inte var du kan du bortse från det här mejlet: du hör inte av oss igen.
schedule-daily = Varje dag kl. { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Varje måndag kl. { $time } ({ $zone })
        [tuesday] Varje tisdag kl. { $time } ({ $zone })
        [wednesday] Varje onsdag kl. { $time } ({ $zone })
        [thursday] Varje torsdag kl. { $time } ({ $zone })
        [friday] Varje fredag kl. { $time } ({ $zone })
        [saturday] Varje lördag kl. { $time } ({ $zone })
       *[sunday] Varje söndag kl. { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Titta i din inkorg
notice-check-inbox-text = Vi har skickat ett mejl med en länk för att bekräfta din prenumeration. Det kan dröja en minut innan det kommer; om det inte kommer, titta i skräppostmappen.
notice-subscribed = Du prenumererar nu
notice-subscribed-text = Tack. Du får { $newsletters } från och med nästa utgåva. Varje mejl har en länk för att ändra dina val eller avsluta prenumerationen.
our-newsletter = vårt nyhetsbrev
notice-already-subscribed = Du prenumererar redan
notice-already-subscribed-text = Den här länken har redan använts, och din prenumeration är bekräftad. Det finns inget mer att göra.
notice-link-expired = Den här länken har gått ut
notice-link-expired-text = Bekräftelselänkar fungerar bara en begränsad tid, och den här är för gammal. Prenumerera igen så skickar vi en ny.
subscribe-again = Prenumerera igen
notice-link-unknown = Den här länken fungerar inte
notice-link-unknown-text = Den kan vara ofullständig (kontrollera att hela länken kopierades), eller så har ett nyare bekräftelsemejl ersatt den. Om du prenumererar igen skickas en ny länk.

## Newsletter forms: why a form was refused

form-email-missing = Skriv din e-postadress.
form-invalid-email = Det här är ingen e-postadress: kontrollera den.
form-unknown-newsletter = Välj igen: det finns inget nyhetsbrev med det namnet.
form-invalid = Kontrollera dina val och försök igen.
form-rate-limited = För många förfrågningar på en gång. Om du nyss prenumererade, titta i din inkorg (och skräppostmappen); annars försök igen om en timme.
