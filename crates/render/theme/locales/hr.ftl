number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = siječnja
month-2 = veljače
month-3 = ožujka
month-4 = travnja
month-5 = svibnja
month-6 = lipnja
month-7 = srpnja
month-8 = kolovoza
month-9 = rujna
month-10 = listopada
month-11 = studenoga
month-12 = prosinca
date-long = { $day }. { $month } { $year }.
list-separator = { ", " }
list-and = { " i " }
list-or = { " ili " }
skip-to-content = Prijeđi na glavni sadržaj
search = Traži
search-articles = Pretraži članke
nav-sections = Rubrike
nav-regions = Regije
nav-themes = Teme
nav-reports = Posebni prilozi
email-address = Vaša adresa e-pošte
subscribe = Pretplati se
all-newsletters = Svi bilteni
feed-rss = RSS sažetak
feed-atom = Atom sažetak
feed-json = JSON Feed
media-inquiries = Za medije: { $email }
site-elsewhere = { $site } drugdje
preview-title = Pregled – nije objavljeno.
preview-text = Čitatelji ne vide ovu stranicu; prikazuje inačicu koja se uređuje.
languages = Jezici
language-offer = Pročitajte ovu stranicu na hrvatskom
language-offer-dismiss = Ne, hvala
translation-reviewed = Prevelo i pregledalo uredništvo.
translation-machine = Strojni prijevod ({ $engine }), uredništvo ga nije pregledalo.
translation-machine-model = Strojni prijevod ({ $engine }, { $model }), uredništvo ga nije pregledalo.
translation-outdated = Izvornik se promijenio otkad je napravljen ovaj prijevod; ažurirani prijevod je na putu.
translation-outdated-locked = Izvornik se promijenio otkad je napravljen ovaj prijevod.
translation-partial = Neke dijelove nije bilo moguće prevesti pa su prikazani na jeziku izvornika ({ $language }).
translation-read-original = Pročitajte izvornik ({ $language })
byline = Autor: { $authors }
published = Objavljeno { $date }
first-published = Prvi put objavio { $source }
source-and-date = { $source }, { $date }
filed-region = Regija:
filed-theme = Tema:
filed-report = Poseban prilog:
original-source = Izvorni izvor ovog članka je { $source }.
more-from = Više od { $source }
source-website = Mrežna stranica { $source }
articles-by = Članci autora
organisation = Organizacija
share-article = Podijelite ovaj članak
share-email = E-pošta
republish-published-by = Ovaj je članak objavio { $site }.
republish-original-source = Izvorni izvor ovog članka je { $source }.
article-link = Poveznica na ovaj članak
copy-link = Kopiraj poveznicu
copied = Kopirano
republish = Prenesite ovaj članak
republish-terms = Ovaj članak možete prenijeti na svoju stranicu, u cijelosti i bez izmjena, uz navod izvora i poveznicu ispod. Kopirajte HTML:
republish-html = HTML ovog članka
copy-html = Kopiraj HTML
disclaimer = Odricanje od odgovornosti
from-site = Od { $site }
newsletter = Bilten
membership = Članstvo
other-languages = Drugi jezici
related-articles = Povezani članci
card-via = putem { $source }
pages = Stranice
newer-articles = Noviji članci
older-articles = Stariji članci
page-of = Stranica { $page } od { $total }
featured = Izdvojeno
latest = Najnovije
nothing-published = Još ništa nije objavljeno.
kind-region = Regija
kind-theme = Tema
kind-report = Poseban prilog
kind-author = Autor
kind-source = Izvor
breadcrumb = Navigacijski put
visit-website = Posjetite mrežnu stranicu
website = Mrežna stranica
within = U regiji { $place }
articles = Članci
no-articles-here = Ovdje još nema članaka.
error-status = Pogreška { $status }
error-not-found = Stranica nije pronađena
error-gone = Ovaj je članak povučen
error-other = Nešto je pošlo po zlu
error-unavailable = Privremeno nedostupno
error-not-found-text = Na ovoj adresi nema stranice. Možda je premještena ili je poveznica pogrešno upisana.
error-gone-text = Nekad je bio objavljen ovdje, a u međuvremenu je uklonjen.
error-other-text = Pokušajte ponovno za trenutak.
front-page = Na naslovnicu { $site }
search-results-for = Rezultati pretraživanja za „{ $query }”
filtered-by = Filtri:
remove-filter = Ukloni filtar { $filter }
article-count = { $count ->
        [one] { $count } članak
        [few] { $count } članka
       *[other] { $count } članaka
    }
results = Rezultati
no-match = Nijedan članak ne odgovara. Pokušajte s manje riječi ili drugim riječima ili uklonite filtar.
result-pages = Stranice rezultata
previous = Prethodna
next = Sljedeća
narrow-results = Suzite rezultate
facet-language = Jezik
facet-year = Godina
mastodon-share = Podijelite na Mastodonu
mastodon-server = Vaš Mastodon poslužitelj
mastodon-hint = Samo naziv poslužitelja, primjerice { $example }. Vaš ga preglednik pamti za sljedeći put; mi ga ne spremamo.
mastodon-continue = Nastavi na Mastodon
mastodon-post = Objava
newsletters = Bilteni
past-editions = Prošla izdanja
no-editions = Još nije izašlo nijedno izdanje.
newer = Novije
older = Starije
edition-number = Br. { $number }
edition-from = Iz { $source }
edition-get = Primajte { $newsletter } e-poštom
your-newsletters = Vaši bilteni
preferences-for = Za { $email }.
choices-saved = Vaši su odabiri spremljeni.
send-me = Šaljite mi
language-edition = Jezično izdanje
save-choices = Spremi moje odabire
unsubscribe-everything = Odjavi me sa svega
unsubscribed = Odjavljeni ste
no-longer-receive = Više nećete primati { $newsletters }.
no-longer-receive-any = Više nećete primati naše biltene.
changed-your-mind = Predomislili ste se? Ponovno odaberite biltene
unsubscribe = Odjava
stop-receiving = Prestati primati { $newsletter }?
stop-receiving-all = Prestati primati sve naše biltene?
choose-newsletters = Ili odaberite koje biltene primate
which-newsletters = Koji bilteni
subscribe-hint = Poslat ćemo vam poveznicu za potvrdu. Bez piksela za praćenje i prepisanih poveznica; svaka poruka ima poveznicu za odjavu jednim klikom.
no-newsletters = Još nema biltena na koji se možete pretplatiti.
edition-language-notice = Jezično izdanje: { $language } — svaki je članak prikazan u prijevodu ako postoji, a inače na izvornom jeziku.
mail-read-article = Pročitajte članak
mail-read-on-web = Pročitajte ovo izdanje na webu
mail-why-you-receive = Primate { $newsletter } jer ste se pretplatili na { $site }.
confirm-subject = Potvrdite pretplatu na { $site }
confirm-greeting = Pozdrav,
confirm-asked = Netko, vjerojatno vi, zatražio je primanje { $newsletters } od { $site } na ovu adresu.
confirm-open-link =
    { $hours ->
        [one] Za potvrdu otvorite ovu poveznicu (vrijedi { $hours } sat):
        [few] Za potvrdu otvorite ovu poveznicu (vrijedi { $hours } sata):
       *[other] Za potvrdu otvorite ovu poveznicu (vrijedi { $hours } sati):
    }
confirm-button = Potvrdi pretplatu
confirm-link-works =
    { $hours ->
        [one] Poveznica vrijedi { $hours } sat.
        [few] Poveznica vrijedi { $hours } sata.
       *[other] Poveznica vrijedi { $hours } sati.
    }
confirm-copy-address = Ako gumb ne radi, kopirajte ovu adresu u preglednik:
confirm-not-you = Ako to niste bili vi, zanemarite ovu poruku: više vam se nećemo javljati.
schedule-daily = Svaki dan u { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Svakog ponedjeljka u { $time } ({ $zone })
        [tuesday] Svakog utorka u { $time } ({ $zone })
        [wednesday] Svake srijede u { $time } ({ $zone })
        [thursday] Svakog četvrtka u { $time } ({ $zone })
        [friday] Svakog petka u { $time } ({ $zone })
        [saturday] Svake subote u { $time } ({ $zone })
       *[sunday] Svake nedjelje u { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Provjerite svoj pretinac
notice-check-inbox-text = Poslali smo vam e-poruku s poveznicom za potvrdu pretplate. Može stići za minutu; ako ne stigne, pogledajte u mapu neželjene pošte.
notice-subscribed = Pretplaćeni ste
notice-subscribed-text = Hvala. Primat ćete { $newsletters } od sljedećeg izdanja. Svaka e-poruka ima poveznicu za promjenu odabira ili odjavu.
our-newsletter = naš bilten
notice-already-subscribed = Već ste pretplaćeni
notice-already-subscribed-text = Ova je poveznica već iskorištena i vaša je pretplata potvrđena. Ništa više ne trebate učiniti.
notice-link-expired = Ova je poveznica istekla
notice-link-expired-text = Poveznice za potvrdu vrijede ograničeno vrijeme, a ova je prestara. Pretplatite se ponovno i poslat ćemo vam novu.
subscribe-again = Pretplati se ponovno
notice-link-unknown = Ova poveznica ne radi
notice-link-unknown-text = Možda je nepotpuna (provjerite je li kopirana cijela) ili ju je zamijenila novija e-poruka za potvrdu. Ponovna pretplata šalje novu poveznicu.

## Newsletter forms: why a form was refused

form-email-missing = Upišite svoju adresu e-pošte.
form-invalid-email = Ovo nije adresa e-pošte: provjerite je.
form-unknown-newsletter = Odaberite ponovno: ne postoji bilten s tim nazivom.
form-invalid = Provjerite svoj odabir i pokušajte ponovno.
form-rate-limited = Previše zahtjeva odjednom. Ako ste se upravo pretplatili, provjerite svoj pretinac (i mapu neželjene pošte); inače pokušajte ponovno za sat vremena.
