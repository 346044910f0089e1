number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " og " }
list-or = { " eller " }
skip-to-content = Gå til hovedindholdet
search = Søg
search-articles = Søg i artikler
nav-sections = Sektioner
nav-regions = Regioner
nav-themes = Emner
nav-reports = Temaer
email-address = Din e-mailadresse
subscribe = Tilmeld
all-newsletters = Alle nyhedsbreve
feed-rss = RSS-feed
feed-atom = Atom-feed
feed-json = JSON Feed
media-inquiries = Pressehenvendelser: { $email }
site-elsewhere = { $site } andre steder
preview-title = Forhåndsvisning – ikke udgivet.
preview-text = Læserne kan ikke se denne side; den viser den version, der redigeres.
languages = Sprog
language-offer = Læs denne side på dansk
language-offer-dismiss = Nej tak
translation-reviewed = Oversat og gennemgået af redaktionen.
translation-machine = Maskinoversættelse ({ $engine }), ikke gennemgået af redaktionen.
translation-machine-model = Maskinoversættelse ({ $engine }, { $model }), ikke gennemgået af redaktionen.
translation-outdated = Originalen er ændret, siden denne oversættelse blev lavet; en opdateret oversættelse er på vej.
translation-outdated-locked = Originalen er ændret, siden denne oversættelse blev lavet.
translation-partial = Nogle afsnit kunne ikke oversættes og vises på originalsproget ({ $language }).
translation-read-original = Læs originalen ({ $language })
byline = Af { $authors }
published = Udgivet { $date }
first-published = Først udgivet af { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Emne:
filed-report = Tema:
original-source = Den oprindelige kilde til denne artikel er { $source }.
more-from = Mere fra { $source }
source-website = { $source }s websted
articles-by = Artikler af
organisation = Organisation
share-article = Del denne artikel
share-email = E-mail
republish-published-by = Denne artikel er udgivet af { $site }.
republish-original-source = Den oprindelige kilde til denne artikel er { $source }.
article-link = Link til denne artikel
copy-link = Kopiér link
copied = Kopieret
republish = Genudgiv denne artikel
republish-terms = Du må genudgive denne artikel på dit eget websted, i sin helhed og uændret, med kreditering og link nedenfor. Kopiér HTML-koden:
republish-html = HTML for denne artikel
copy-html = Kopiér HTML
disclaimer = Ansvarsfraskrivelse
from-site = Fra { $site }
newsletter = Nyhedsbrev
membership = Medlemskab
other-languages = Andre sprog
related-articles = Relaterede artikler
card-via = via { $source }
pages = Sider
newer-articles = Nyere artikler
older-articles = Ældre artikler
page-of = Side { $page } af { $total }
featured = Udvalgt
latest = Seneste
nothing-published = Intet udgivet endnu.
kind-region = Region
kind-theme = Emne
kind-report = Tema
kind-author = Forfatter
kind-source = Kilde
breadcrumb = Brødkrummesti
visit-website = Besøg webstedet
website = Websted
within = I { $place }
articles = Artikler
no-articles-here = Der er endnu ingen artikler her.
error-status = Fejl { $status }
error-not-found = Siden blev ikke fundet
error-gone = Denne artikel er trukket tilbage
error-other = Noget gik galt
error-unavailable = Midlertidigt utilgængelig
error-not-found-text = Der er ingen side på denne adresse. Den er måske flyttet, eller linket er skrevet forkert.
error-gone-text = Den blev engang udgivet her og er siden blevet fjernet.
error-other-text = Prøv igen om et øjeblik.
front-page = Gå til forsiden af { $site }
search-results-for = Søgeresultater for “{ $query }”
filtered-by = Filtreret efter:
remove-filter = Fjern filteret { $filter }
article-count = { $count ->
        [one] { $count } artikel
       *[other] { $count } artikler
    }
results = Resultater
no-match = Ingen artikler passer. Prøv færre eller andre ord, eller fjern et filter.
result-pages = Resultatsider
previous = Forrige
next = Næste
narrow-results = Indsnævr resultaterne
facet-language = Sprog
facet-year = År
mastodon-share = Del på Mastodon
mastodon-server = Din Mastodon-server
mastodon-hint = Kun serverens navn, f.eks. { $example }. Din browser husker det til næste gang; vi gemmer det ikke.
mastodon-continue = Fortsæt til Mastodon
mastodon-post = Opslaget
newsletters = Nyhedsbreve
past-editions = Tidligere udgaver
no-editions = Der er endnu ikke sendt nogen udgave.
newer = Nyere
older = Ældre
edition-number = Nr. { $number }
edition-from = Fra { $source }
edition-get = Få { $newsletter } på e-mail
your-newsletters = Dine nyhedsbreve
preferences-for = For { $email }.
choices-saved = Dine valg er gemt.
send-me = Send mig
language-edition = Sprogudgave
save-choices = Gem mine valg
unsubscribe-everything = Afmeld alt
unsubscribed = Du er afmeldt
no-longer-receive = Du modtager ikke længere { $newsletters }.
no-longer-receive-any = Du modtager ikke længere vores nyhedsbreve.
changed-your-mind = Fortryder du? Vælg dine nyhedsbreve igen
unsubscribe = Afmeld
stop-receiving = Stop med at modtage { $newsletter }?
stop-receiving-all = Stop med at modtage alle vores nyhedsbreve?
choose-newsletters = Eller vælg, hvilke nyhedsbreve du modtager
which-newsletters = Hvilke nyhedsbreve
subscribe-hint = Vi sender dig et link, så du kan bekræfte. Ingen sporingspixels, ingen omskrevne links; hver e-mail har et afmeldingslink med ét klik.
no-newsletters = Der er endnu ikke noget nyhedsbrev at tilmelde sig.
edition-language-notice = Sprogudgave: { $language } — hver artikel vises i oversættelse, hvor der findes en, og ellers på originalsproget.
mail-read-article = Læs artiklen
mail-read-on-web = Læs denne udgave på nettet
mail-why-you-receive = Du modtager { $newsletter }, fordi du har tilmeldt dig på { $site }.
confirm-subject = Bekræft dit abonnement på { $site }
confirm-greeting = Hej,
confirm-asked = Nogen, sandsynligvis dig, har bedt om at modtage { $newsletters } fra { $site } på denne adresse.
confirm-open-link =
    { $hours ->
        [one] Åbn dette link for at bekræfte (det virker i { $hours } time):
       *[other] Åbn dette link for at bekræfte (det virker i { $hours } timer):
    }
confirm-button = Bekræft mit abonnement
confirm-link-works =
    { $hours ->
        [one] Linket virker i { $hours } time.
       *[other] Linket virker i { $hours } timer.
    }
confirm-copy-address = Hvis knappen ikke virker, så kopiér denne adresse ind i din browser:
confirm-not-you = Hvis det ikke var dig, så se bort fra denne e-mail: du hører ikke fra os igen.
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

notice-check-inbox = Tjek din indbakke
notice-check-inbox-text = Vi har sendt dig en e-mail med et link til at bekræfte dit abonnement. Det kan tage et minut, før den kommer; hvis den ikke kommer, så kig i din spammappe.
notice-subscribed = Du er tilmeldt
notice-subscribed-text = Tak. Du modtager { $newsletters } fra næste udgave. Hver e-mail har et link til at ændre dine valg eller afmelde dig.
our-newsletter = vores nyhedsbrev
notice-already-subscribed = Du er allerede tilmeldt
notice-already-subscribed-text = Dette link er brugt før, og dit abonnement er bekræftet. Der er ikke mere at gøre.
notice-link-expired = Dette link er udløbet
notice-link-expired-text = Bekræftelseslinks virker kun i begrænset tid, og dette er for gammelt. Tilmeld dig igen, så sender vi dig et nyt.
subscribe-again = Tilmeld igen
notice-link-unknown = Dette link virker ikke
notice-link-unknown-text = Det er måske ufuldstændigt (tjek, at det er kopieret helt), eller en nyere bekræftelsesmail har erstattet det. Hvis du tilmelder dig igen, sender vi et nyt link.

## Newsletter forms: why a form was refused

form-email-missing = Skriv din e-mailadresse.
form-invalid-email = Dette er ikke en e-mailadresse: tjek den venligst.
form-unknown-newsletter = Vælg igen: der er intet nyhedsbrev med det navn.
form-invalid = Tjek dine valg, og prøv igen.
form-rate-limited = For mange forespørgsler på én gang. Hvis du lige har tilmeldt dig, så tjek din indbakke (og spammappe); ellers prøv igen om en time.
