number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " și " }
list-or = { " sau " }
skip-to-content = Salt la conținutul principal
search = Caută
search-articles = Caută articole
nav-sections = Secțiuni
nav-regions = Regiuni
nav-themes = Teme
nav-reports = Dosare
email-address = Adresa ta de e-mail
subscribe = Abonează-te
all-newsletters = Toate newsletterele
feed-rss = Flux RSS
feed-atom = Flux Atom
feed-json = JSON Feed
media-inquiries = Pentru presă: { $email }
site-elsewhere = { $site } în alte locuri
preview-title = Previzualizare — nepublicat.
preview-text = Cititorii nu pot vedea această pagină; arată versiunea în curs de editare.
languages = Limbi
language-offer = Citiți această pagină în română
language-offer-dismiss = Nu, mulțumesc
translation-reviewed = Tradus și revizuit de redacție.
translation-machine = Traducere automată ({ $engine }), nerevizuită de redacție.
translation-machine-model = Traducere automată ({ $engine }, { $model }), nerevizuită de redacție.
translation-outdated = Originalul s-a schimbat de când a fost făcută această traducere; o traducere actualizată este pe drum.
translation-outdated-locked = Originalul s-a schimbat de când a fost făcută această traducere.
translation-partial = Unele pasaje nu au putut fi traduse și sunt afișate în limba originală ({ $language }).
translation-read-original = Citește originalul ({ $language })
byline = De { $authors }
published = Publicat pe { $date }
first-published = Publicat inițial de { $source }
source-and-date = { $source }, { $date }
filed-region = Regiune:
filed-theme = Temă:
filed-report = Dosar:
original-source = Sursa originală a acestui articol este { $source }.
more-from = Mai multe de la { $source }
source-website = Site-ul { $source }
articles-by = Articole de
organisation = Organizație
share-article = Distribuie acest articol
share-email = E-mail
republish-published-by = Acest articol a fost publicat de { $site }.
republish-original-source = Sursa originală a acestui articol este { $source }.
article-link = Link către acest articol
copy-link = Copiază linkul
copied = Copiat
republish = Republică acest articol
republish-terms = Poți republica acest articol pe site-ul tău, integral și nemodificat, cu mențiunea și linkul de mai jos. Copiază codul HTML:
republish-html = HTML-ul acestui articol
copy-html = Copiază HTML
disclaimer = Declinarea responsabilității
from-site = De la { $site }
newsletter = Newsletter
membership = Calitate de membru
other-languages = Alte limbi
related-articles = Articole similare
card-via = prin { $source }
pages = Pagini
newer-articles = Articole mai noi
older-articles = Articole mai vechi
page-of = Pagina { $page } din { $total }
featured = Recomandate
latest = Cele mai noi
nothing-published = Nu s-a publicat încă nimic.
kind-region = Regiune
kind-theme = Temă
kind-report = Dosar
kind-author = Autor
kind-source = Sursă
breadcrumb = Cale de navigare
visit-website = Vizitează site-ul
website = Site web
within = În { $place }
articles = Articole
no-articles-here = Încă nu există articole aici.
error-status = Eroare { $status }
error-not-found = Pagina nu a fost găsită
error-gone = Acest articol a fost retras
error-other = Ceva nu a mers bine
error-unavailable = Temporar indisponibil
error-not-found-text = La această adresă nu există nicio pagină. Poate a fost mutată sau linkul e scris greșit.
error-gone-text = A fost publicat aici cândva și între timp a fost eliminat.
error-other-text = Încearcă din nou peste câteva momente.
front-page = Mergi la prima pagină a { $site }
search-results-for = Rezultatele căutării pentru „{ $query }”
filtered-by = Filtrat după:
remove-filter = Elimină filtrul { $filter }
article-count = { $count ->
        [one] { $count } articol
        [few] { $count } articole
       *[other] { $count } de articole
    }
results = Rezultate
no-match = Niciun articol nu corespunde. Încearcă mai puține cuvinte sau altele ori elimină un filtru.
result-pages = Paginile rezultatelor
previous = Înapoi
next = Înainte
narrow-results = Restrânge rezultatele
facet-language = Limbă
facet-year = An
mastodon-share = Distribuie pe Mastodon
mastodon-server = Serverul tău Mastodon
mastodon-hint = Doar numele serverului, de exemplu { $example }. Browserul tău îl reține pentru data viitoare; noi nu îl păstrăm.
mastodon-continue = Continuă spre Mastodon
mastodon-post = Postarea
newsletters = Newslettere
past-editions = Ediții anterioare
no-editions = Încă nu a apărut nicio ediție.
newer = Mai noi
older = Mai vechi
edition-number = Nr. { $number }
edition-from = De la { $source }
edition-get = Primește { $newsletter } pe e-mail
your-newsletters = Newsletterele tale
preferences-for = Pentru { $email }.
choices-saved = Alegerile tale au fost salvate.
send-me = Trimiteți-mi
language-edition = Ediția lingvistică
save-choices = Salvează alegerile mele
unsubscribe-everything = Dezabonează-mă de la tot
unsubscribed = Te-ai dezabonat
no-longer-receive = Nu vei mai primi { $newsletters }.
no-longer-receive-any = Nu vei mai primi newsletterele noastre.
changed-your-mind = Te-ai răzgândit? Alege-ți din nou newsletterele
unsubscribe = Dezabonare
stop-receiving = Nu mai vrei să primești { $newsletter }?
stop-receiving-all = Nu mai vrei să primești niciunul dintre newsletterele noastre?
choose-newsletters = Sau alege ce newslettere primești
which-newsletters = Ce newslettere
subscribe-hint = Îți vom trimite pe e-mail un link de confirmare. Fără pixeli de urmărire, fără linkuri rescrise; fiecare e-mail are un link de dezabonare cu un singur clic.
no-newsletters = Încă nu există niciun newsletter la care să te abonezi.
edition-language-notice = Ediția lingvistică: { $language } — fiecare articol apare tradus dacă are o traducere, altfel în limba originală.
mail-read-article = Citește articolul
mail-read-on-web = Citește această ediție pe web
mail-why-you-receive = Primești { $newsletter } pentru că te-ai abonat pe { $site }.
confirm-subject = Confirmă abonarea la { $site }
confirm-greeting = Bună,
confirm-asked = Cineva, probabil tu, a cerut să primească { $newsletters } de la { $site } la această adresă.
confirm-open-link =
    { $hours ->
        [one] Pentru confirmare, deschide acest link (funcționează { $hours } oră):
        [few] Pentru confirmare, deschide acest link (funcționează { $hours } ore):
       *[other] Pentru confirmare, deschide acest link (funcționează { $hours } de ore):
    }
confirm-button = Confirm abonarea
confirm-link-works =
    { $hours ->
        [one] Linkul funcționează { $hours } oră.
        [few] Linkul funcționează { $hours } ore.
       *[other] Linkul funcționează { $hours } de ore.
    }
confirm-copy-address = Dacă butonul nu funcționează, copiază această adresă în browser:
confirm-not-you = Dacă nu ai fost tu, ignoră acest e-mail: nu vei mai primi nimic de la noi.
schedule-daily = În fiecare zi la { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] În fiecare luni la { $time } ({ $zone })
        [tuesday] În fiecare marți la { $time } ({ $zone })
        [wednesday] În fiecare miercuri la { $time } ({ $zone })
        [thursday] În fiecare joi la { $time } ({ $zone })
        [friday] În fiecare vineri la { $time } ({ $zone })
        [saturday] În fiecare sâmbătă la { $time } ({ $zone })
       *[sunday] În fiecare duminică la { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Verifică-ți căsuța de e-mail
notice-check-inbox-text = Ți-am trimis un e-mail cu un link pentru confirmarea abonamentului. Poate dura un minut până ajunge; dacă nu ajunge, caută în dosarul de spam.
notice-subscribed = Te-ai abonat
notice-subscribed-text = Mulțumim. Vei primi { $newsletters } începând cu ediția următoare. Fiecare e-mail are un link pentru a-ți schimba opțiunile sau pentru a te dezabona.
our-newsletter = newsletterul nostru
notice-already-subscribed = Ești deja abonat
notice-already-subscribed-text = Acest link a mai fost folosit, iar abonamentul tău este confirmat. Nu mai e nimic de făcut.
notice-link-expired = Acest link a expirat
notice-link-expired-text = Linkurile de confirmare funcționează un timp limitat, iar acesta e prea vechi. Abonează-te din nou și îți vom trimite unul nou.
subscribe-again = Abonează-te din nou
notice-link-unknown = Acest link nu funcționează
notice-link-unknown-text = Poate e incomplet (verifică dacă a fost copiat în întregime) sau a fost înlocuit de un e-mail de confirmare mai nou. Dacă te abonezi din nou, primești un link nou.

## Newsletter forms: why a form was refused

form-email-missing = Te rugăm să introduci adresa de e-mail.
form-invalid-email = Aceasta nu este o adresă de e-mail: te rugăm s-o verifici.
form-unknown-newsletter = Te rugăm să alegi din nou: nu există niciun newsletter cu acest nume.
form-invalid = Te rugăm să-ți verifici opțiunile și să încerci din nou.
form-rate-limited = Prea multe cereri deodată. Dacă tocmai te-ai abonat, verifică-ți căsuța de e-mail (și dosarul de spam); altfel încearcă din nou peste o oră.
