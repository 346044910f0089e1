number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januara
month-2 = februara
month-3 = marta
month-4 = aprila
month-5 = maja
month-6 = juna
month-7 = jula
month-8 = augusta
month-9 = septembra
month-10 = oktobra
month-11 = novembra
month-12 = decembra
date-long = { $day }. { $month } { $year }.
list-separator = { ", " }
list-and = { " i " }
list-or = { " ili " }
skip-to-content = Idi na glavni sadržaj
search = Traži
search-articles = Pretraži članke
nav-sections = Rubrike
nav-regions = Regije
nav-themes = Teme
nav-reports = Posebni izvještaji
email-address = Vaša e-mail adresa
subscribe = Pretplati se
all-newsletters = Svi bilteni
feed-rss = RSS feed
feed-atom = Atom feed
feed-json = JSON Feed
media-inquiries = Za medije: { $email }
site-elsewhere = { $site } na drugim mjestima
preview-title = Pregled – nije objavljeno.
preview-text = Čitaoci ne vide ovu stranicu; prikazuje verziju koja se uređuje.
languages = Jezici
language-offer = Pročitajte ovu stranicu na bosanskom
language-offer-dismiss = Ne, hvala
translation-reviewed = Prevela i pregledala redakcija.
translation-machine = Mašinski prijevod ({ $engine }), redakcija ga nije pregledala.
translation-machine-model = Mašinski prijevod ({ $engine }, { $model }), redakcija ga nije pregledala.
translation-outdated = Original se promijenio otkako je napravljen ovaj prijevod; ažurirani prijevod je na putu.
translation-outdated-locked = Original se promijenio otkako je napravljen ovaj prijevod.
translation-partial = Neki dijelovi nisu se mogli prevesti i prikazani su na jeziku originala ({ $language }).
translation-read-original = Pročitajte original ({ $language })
byline = Autor: { $authors }
published = Objavljeno { $date }
first-published = Prvi put objavio { $source }
source-and-date = { $source }, { $date }
filed-region = Regija:
filed-theme = Tema:
filed-report = Poseban izvještaj:
original-source = Izvorni izvor ovog članka je { $source }.
more-from = Više od { $source }
source-website = Web stranica { $source }
articles-by = Članci autora
organisation = Organizacija
share-article = Podijelite ovaj članak
share-email = E-pošta
republish-published-by = Ovaj članak je objavio { $site }.
republish-original-source = Izvorni izvor ovog članka je { $source }.
article-link = Link na ovaj članak
copy-link = Kopiraj link
copied = Kopirano
republish = Prenesite ovaj članak
republish-terms = Ovaj članak možete prenijeti na svoju stranicu, u cijelosti i bez izmjena, uz navod izvora i link ispod. Kopirajte HTML:
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
kind-report = Poseban izvještaj
kind-author = Autor
kind-source = Izvor
breadcrumb = Navigacijska putanja
visit-website = Posjetite web stranicu
website = Web stranica
within = U regiji { $place }
articles = Članci
no-articles-here = Ovdje još nema članaka.
error-status = Greška { $status }
error-not-found = Stranica nije pronađena
error-gone = Ovaj članak je povučen
error-other = Nešto je pošlo naopako
error-unavailable = Privremeno nedostupno
error-not-found-text = Na ovoj adresi nema stranice. Možda je premještena ili je link pogrešno upisan.
error-gone-text = Nekad je bila objavljena ovdje, a u međuvremenu je uklonjena.
error-other-text = Molimo pokušajte ponovo za koji trenutak.
front-page = Na naslovnicu { $site }
search-results-for = Rezultati pretrage za „{ $query }“
filtered-by = Filteri:
remove-filter = Ukloni filter { $filter }
article-count = { $count ->
        [one] { $count } članak
        [few] { $count } članka
       *[other] { $count } članaka
    }
results = Rezultati
no-match = Nijedan članak ne odgovara. Pokušajte s manje riječi ili drugim riječima ili uklonite filter.
result-pages = Stranice rezultata
previous = Prethodna
next = Sljedeća
narrow-results = Suzite rezultate
facet-language = Jezik
facet-year = Godina
mastodon-share = Podijelite na Mastodonu
mastodon-server = Vaš Mastodon server
mastodon-hint = Samo naziv servera, npr. { $example }. Vaš preglednik ga pamti za sljedeći put; mi ga ne čuvamo.
mastodon-continue = Nastavi na Mastodon
mastodon-post = Objava
newsletters = Bilteni
past-editions = Ranija izdanja
no-editions = Još nije izašlo nijedno izdanje.
newer = Novije
older = Starije
edition-number = Br. { $number }
edition-from = Iz { $source }
edition-get = Primajte { $newsletter } e-mailom
your-newsletters = Vaši bilteni
preferences-for = Za { $email }.
choices-saved = Vaši izbori su sačuvani.
send-me = Šaljite mi
language-edition = Jezičko izdanje
save-choices = Sačuvaj moje izbore
unsubscribe-everything = Odjavi me sa svega
unsubscribed = Odjavljeni ste
no-longer-receive = Više nećete primati { $newsletters }.
no-longer-receive-any = Više nećete primati naše biltene.
changed-your-mind = Predomislili ste se? Ponovo odaberite biltene
unsubscribe = Odjava
stop-receiving = Prestati primati { $newsletter }?
stop-receiving-all = Prestati primati sve naše biltene?
choose-newsletters = Ili odaberite koje biltene primate
which-newsletters = Koji bilteni
subscribe-hint = Poslat ćemo vam link za potvrdu. Bez piksela za praćenje i prepravljenih linkova; svaki e-mail ima link za odjavu jednim klikom.
no-newsletters = Još nema biltena na koji se možete pretplatiti.
edition-language-notice = Jezičko izdanje: { $language } — svaki članak prikazan je u prijevodu ako on postoji, a inače na izvornom jeziku.
mail-read-article = Pročitajte članak
mail-read-on-web = Pročitajte ovo izdanje na webu
mail-why-you-receive = Primate { $newsletter } jer ste se pretplatili na { $site }.
confirm-subject = Potvrdite pretplatu na { $site }
confirm-greeting = Zdravo,
confirm-asked = Neko, vjerovatno vi, zatražio je primanje { $newsletters } od { $site } na ovu adresu.
confirm-open-link =
    { $hours ->
        [one] Da potvrdite, otvorite ovaj link (radi { $hours } sat):
        [few] Da potvrdite, otvorite ovaj link (radi { $hours } sata):
       *[other] Da potvrdite, otvorite ovaj link (radi { $hours } sati):
    }
confirm-button = Potvrdi pretplatu
confirm-link-works =
    { $hours ->
        [one] Link radi { $hours } sat.
        [few] Link radi { $hours } sata.
       *[other] Link radi { $hours } sati.
    }
confirm-copy-address = Ako dugme ne radi, kopirajte ovu adresu u preglednik:
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

notice-check-inbox = Provjerite svoj sandučić
notice-check-inbox-text = Poslali smo vam e-poruku s linkom za potvrdu pretplate. Može stići za minutu; ako ne stigne, pogledajte u folder za neželjenu poštu.
notice-subscribed = Pretplaćeni ste
notice-subscribed-text = Hvala. Primat ćete { $newsletters } od sljedećeg izdanja. Svaka e-poruka ima link za promjenu izbora ili odjavu.
our-newsletter = naš bilten
notice-already-subscribed = Već ste pretplaćeni
notice-already-subscribed-text = Ovaj link je već iskorišten i vaša pretplata je potvrđena. Ništa više ne trebate uraditi.
notice-link-expired = Ovaj link je istekao
notice-link-expired-text = Linkovi za potvrdu rade ograničeno vrijeme, a ovaj je prestar. Pretplatite se ponovo i poslat ćemo vam novi.
subscribe-again = Pretplati se ponovo
notice-link-unknown = Ovaj link ne radi
notice-link-unknown-text = Možda je nepotpun (provjerite je li kopiran cijeli) ili ga je zamijenila novija e-poruka za potvrdu. Ponovna pretplata šalje novi link.

## Newsletter forms: why a form was refused

form-email-missing = Molimo unesite svoju e-mail adresu.
form-invalid-email = Ovo nije e-mail adresa: molimo provjerite je.
form-unknown-newsletter = Molimo odaberite ponovo: ne postoji bilten s tim nazivom.
form-invalid = Molimo provjerite svoj izbor i pokušajte ponovo.
form-rate-limited = Previše zahtjeva odjednom. Ako ste se upravo pretplatili, provjerite svoj sandučić (i folder za neželjenu poštu); u suprotnom pokušajte ponovo za sat.
