number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
date-long = { $year }. gada { $day }. { $month }
list-separator = { ", " }
list-and = { " un " }
list-or = { " vai " }
skip-to-content = Pāriet uz galveno saturu
search = Meklēt
search-articles = Meklēt rakstos
nav-sections = Sadaļas
nav-regions = Reģioni
nav-themes = Tēmas
nav-reports = Speciālprojekti
email-address = Jūsu e-pasta adrese
subscribe = Abonēt
all-newsletters = Visi jaunumu izdevumi
feed-rss = RSS plūsma
feed-atom = Atom plūsma
feed-json = JSON Feed
media-inquiries = Medijiem: { $email }
site-elsewhere = { $site } citur
preview-title = Priekšskatījums — nav publicēts.
preview-text = Lasītāji šo lapu neredz; tajā redzama rediģējamā versija.
languages = Valodas
language-offer = Lasīt šo lapu latviski
language-offer-dismiss = Nē, paldies
translation-reviewed = Tulkojusi un pārbaudījusi redakcija.
translation-machine = Mašīntulkojums ({ $engine }), redakcija nav pārbaudījusi.
translation-machine-model = Mašīntulkojums ({ $engine }, { $model }), redakcija nav pārbaudījusi.
translation-outdated = Oriģināls ir mainījies kopš šī tulkojuma izveides; atjaunināts tulkojums jau top.
translation-outdated-locked = Oriģināls ir mainījies kopš šī tulkojuma izveides.
translation-partial = Dažas daļas neizdevās iztulkot, tāpēc tās rādītas oriģinālvalodā ({ $language }).
translation-read-original = Lasīt oriģinālu ({ $language })
byline = Autors: { $authors }
published = Publicēts { $date }
first-published = Pirmoreiz publicēja { $source }
source-and-date = { $source }, { $date }
filed-region = Reģions:
filed-theme = Tēma:
filed-report = Speciālprojekts:
original-source = Šī raksta sākotnējais avots ir { $source }.
more-from = Vairāk no { $source }
source-website = { $source } tīmekļa vietne
articles-by = Autora raksti
organisation = Organizācija
share-article = Dalīties ar šo rakstu
share-email = E-pasts
republish-published-by = Šo rakstu publicēja { $site }.
republish-original-source = Šī raksta sākotnējais avots ir { $source }.
article-link = Saite uz šo rakstu
copy-link = Kopēt saiti
copied = Nokopēts
republish = Pārpublicēt šo rakstu
republish-terms = Jūs varat pārpublicēt šo rakstu savā vietnē pilnībā un bez izmaiņām, norādot zemāk redzamo atsauci un saiti. Nokopējiet HTML:
republish-html = Šī raksta HTML
copy-html = Kopēt HTML
disclaimer = Atruna
from-site = No { $site }
newsletter = Jaunumu izdevums
membership = Biedrība
other-languages = Citas valodas
related-articles = Saistītie raksti
card-via = caur { $source }
pages = Lapas
newer-articles = Jaunāki raksti
older-articles = Vecāki raksti
page-of = { $page }. lapa no { $total }
featured = Izceltie
latest = Jaunākie
nothing-published = Vēl nekas nav publicēts.
kind-region = Reģions
kind-theme = Tēma
kind-report = Speciālprojekts
kind-author = Autors
kind-source = Avots
breadcrumb = Navigācijas ceļš
visit-website = Apmeklēt tīmekļa vietni
website = Tīmekļa vietne
within = Reģionā { $place }
articles = Raksti
no-articles-here = Šeit vēl nav rakstu.
error-status = Kļūda { $status }
error-not-found = Lapa nav atrasta
error-gone = Šis raksts ir atsaukts
error-other = Kaut kas nogāja greizi
error-unavailable = Īslaicīgi nav pieejams
error-not-found-text = Šajā adresē nav lapas. Iespējams, tā ir pārvietota vai saitē ir drukas kļūda.
error-gone-text = Tas kādreiz tika publicēts šeit, bet vēlāk noņemts.
error-other-text = Lūdzu, mēģiniet vēlreiz pēc brīža.
front-page = Uz { $site } sākumlapu
search-results-for = Meklēšanas rezultāti vaicājumam “{ $query }”
filtered-by = Filtri:
remove-filter = Noņemt filtru { $filter }
article-count = { $count ->
        [zero] { $count } rakstu
        [one] { $count } raksts
       *[other] { $count } raksti
    }
results = Rezultāti
no-match = Neviens raksts neatbilst. Mēģiniet mazāk vai citus vārdus vai noņemiet filtru.
result-pages = Rezultātu lapas
previous = Iepriekšējā
next = Nākamā
narrow-results = Sašaurināt rezultātus
facet-language = Valoda
facet-year = Gads
mastodon-share = Dalīties Mastodon
mastodon-server = Jūsu Mastodon serveris
mastodon-hint = Tikai servera nosaukums, piemēram, { $example }. Jūsu pārlūks to atcerēsies nākamajai reizei; mēs to neglabājam.
mastodon-continue = Turpināt uz Mastodon
mastodon-post = Ieraksts
newsletters = Jaunumu izdevumi
past-editions = Iepriekšējie laidieni
no-editions = Vēl nav iznācis neviens laidiens.
newer = Jaunāki
older = Vecāki
edition-number = Nr. { $number }
edition-from = No { $source }
edition-get = Saņemt { $newsletter } e-pastā
your-newsletters = Jūsu jaunumu izdevumi
preferences-for = Adresei { $email }.
choices-saved = Jūsu izvēle ir saglabāta.
send-me = Sūtiet man
language-edition = Valodas izdevums
save-choices = Saglabāt manu izvēli
unsubscribe-everything = Atteikties no visa
unsubscribed = Jūs esat atteicies no abonementa
no-longer-receive = Jūs vairs nesaņemsiet { $newsletters }.
no-longer-receive-any = Jūs vairs nesaņemsiet mūsu jaunumu izdevumus.
changed-your-mind = Pārdomājāt? Izvēlieties jaunumu izdevumus no jauna
unsubscribe = Atteikties
stop-receiving = Vairs nesaņemt { $newsletter }?
stop-receiving-all = Vairs nesaņemt nevienu no mūsu jaunumu izdevumiem?
choose-newsletters = Vai izvēlieties, kurus jaunumu izdevumus saņemt
which-newsletters = Kuri jaunumu izdevumi
subscribe-hint = Mēs jums nosūtīsim apstiprinājuma saiti. Bez izsekošanas pikseļiem un pārrakstītām saitēm; katrā vēstulē ir saite, lai atteiktos ar vienu klikšķi.
no-newsletters = Vēl nav neviena jaunumu izdevuma, ko abonēt.
edition-language-notice = Valodas izdevums: { $language } — katrs raksts ir parādīts tulkojumā, ja tāds ir, citādi – oriģinālvalodā.
mail-read-article = Lasīt rakstu
mail-read-on-web = Lasīt šo izdevumu tīmeklī
mail-why-you-receive = Jūs saņemat “{ $newsletter }”, jo pierakstījāties vietnē { $site }.
confirm-subject = Apstipriniet abonementu vietnē { $site }
confirm-greeting = Labdien!
confirm-asked = Kāds, visticamāk, jūs, ir lūdzis uz šo adresi saņemt { $newsletters } no { $site }.
confirm-open-link =
    { $hours ->
        [one] Lai apstiprinātu, atveriet šo saiti (tā darbojas { $hours } stundu):
       *[other] Lai apstiprinātu, atveriet šo saiti (tā darbojas { $hours } stundas):
    }
confirm-button = Apstiprināt abonementu
confirm-link-works =
    { $hours ->
        [one] Saite darbojas { $hours } stundu.
       *[other] Saite darbojas { $hours } stundas.
    }
confirm-copy-address = Ja poga nedarbojas, iekopējiet šo adresi pārlūkprogrammā:
confirm-not-you = Ja tas nebijāt jūs, neņemiet šo e-pastu vērā: no mums vairs neko nesaņemsiet.
schedule-daily = Katru dienu plkst. { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Katru pirmdienu plkst. { $time } ({ $zone })
        [tuesday] Katru otrdienu plkst. { $time } ({ $zone })
        [wednesday] Katru trešdienu plkst. { $time } ({ $zone })
        [thursday] Katru ceturtdienu plkst. { $time } ({ $zone })
        [friday] Katru piektdienu plkst. { $time } ({ $zone })
        [saturday] Katru sestdienu plkst. { $time } ({ $zone })
       *[sunday] Katru svētdienu plkst. { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Pārbaudiet savu pastkastīti
notice-check-inbox-text = Mēs jums nosūtījām e-pasta vēstuli ar saiti abonementa apstiprināšanai. Tā var pienākt pēc minūtes; ja nepienāk, ieskatieties surogātpasta mapē.
notice-subscribed = Jūs esat abonējis
notice-subscribed-text = Paldies. No nākamā izdevuma jūs saņemsiet { $newsletters }. Katrā vēstulē ir saite, lai mainītu izvēli vai atteiktos no abonementa.
our-newsletter = mūsu jaunumu izdevumu
notice-already-subscribed = Jūs jau esat abonējis
notice-already-subscribed-text = Šī saite jau ir izmantota, un jūsu abonements ir apstiprināts. Vairāk neko darīt nevajag.
notice-link-expired = Šīs saites derīguma termiņš ir beidzies
notice-link-expired-text = Apstiprinājuma saites darbojas ierobežotu laiku, un šī ir par vecu. Abonējiet vēlreiz, un mēs jums nosūtīsim jaunu.
subscribe-again = Abonēt vēlreiz
notice-link-unknown = Šī saite nedarbojas
notice-link-unknown-text = Iespējams, tā ir nepilnīga (pārbaudiet, vai tā nokopēta pilnībā), vai arī to aizstājusi jaunāka apstiprinājuma vēstule. Abonējot vēlreiz, tiek nosūtīta jauna saite.

## Newsletter forms: why a form was refused

form-email-missing = Lūdzu, ievadiet savu e-pasta adresi.
form-invalid-email = Tā nav e-pasta adrese: lūdzu, pārbaudiet to.
form-unknown-newsletter = Lūdzu, izvēlieties vēlreiz: izdevuma ar tādu nosaukumu nav.
form-invalid = Lūdzu, pārbaudiet savu izvēli un mēģiniet vēlreiz.
form-rate-limited = Pārāk daudz pieprasījumu vienlaikus. Ja tikko abonējāt, lūdzu, pārbaudiet pastkastīti (un surogātpasta mapi); citādi mēģiniet vēlreiz pēc stundas.
