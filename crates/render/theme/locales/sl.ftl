number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januar
month-2 = februar
month-3 = marec
month-4 = april
month-5 = maj
month-6 = junij
month-7 = julij
month-8 = avgust
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " in " }
list-or = { " ali " }
skip-to-content = Preskoči na glavno vsebino
search = Iskanje
search-articles = Iskanje po člankih
nav-sections = Rubrike
nav-regions = Regije
nav-themes = Teme
nav-reports = Posebne reportaže
email-address = Vaš e-poštni naslov
subscribe = Naroči se
all-newsletters = Vsa glasila
feed-rss = Vir RSS
feed-atom = Vir Atom
feed-json = JSON Feed
media-inquiries = Za medije: { $email }
site-elsewhere = { $site } drugje
preview-title = Predogled – ni objavljeno.
preview-text = Bralci te strani ne vidijo; prikazuje različico, ki se ureja.
languages = Jeziki
language-offer = Preberite to stran v slovenščini
language-offer-dismiss = Ne, hvala
translation-reviewed = Prevedlo in pregledalo uredništvo.
translation-machine = Strojni prevod ({ $engine }), uredništvo ga ni pregledalo.
translation-machine-model = Strojni prevod ({ $engine }, { $model }), uredništvo ga ni pregledalo.
translation-outdated = Izvirnik se je spremenil, odkar je bil narejen ta prevod; posodobljen prevod je na poti.
translation-outdated-locked = Izvirnik se je spremenil, odkar je bil narejen ta prevod.
translation-partial = Nekaterih odlomkov ni bilo mogoče prevesti, zato so prikazani v izvirnem jeziku ({ $language }).
translation-read-original = Preberi izvirnik ({ $language })
byline = Avtor: { $authors }
published = Objavljeno { $date }
first-published = Prvič objavil { $source }
source-and-date = { $source }, { $date }
filed-region = Regija:
filed-theme = Tema:
filed-report = Posebna reportaža:
original-source = Izvirni vir tega članka je { $source }.
more-from = Več od { $source }
source-website = Spletna stran { $source }
articles-by = Članki avtorja
organisation = Organizacija
share-article = Deli ta članek
share-email = E-pošta
republish-published-by = Ta članek je objavil { $site }.
republish-original-source = Izvirni vir tega članka je { $source }.
article-link = Povezava do tega članka
copy-link = Kopiraj povezavo
copied = Kopirano
republish = Ponatisni ta članek
republish-terms = Ta članek lahko ponatisnete na svoji spletni strani, v celoti in nespremenjen, z navedbo vira in povezavo spodaj. Kopirajte HTML:
republish-html = HTML tega članka
copy-html = Kopiraj HTML
disclaimer = Izjava o omejitvi odgovornosti
from-site = Od { $site }
newsletter = Glasilo
membership = Članstvo
other-languages = Drugi jeziki
related-articles = Sorodni članki
card-via = prek { $source }
pages = Strani
newer-articles = Novejši članki
older-articles = Starejši članki
page-of = Stran { $page } od { $total }
featured = Izpostavljeno
latest = Najnovejše
nothing-published = Še nič ni objavljeno.
kind-region = Regija
kind-theme = Tema
kind-report = Posebna reportaža
kind-author = Avtor
kind-source = Vir
breadcrumb = Drobtinice
visit-website = Obiščite spletno stran
website = Spletna stran
within = V regiji { $place }
articles = Članki
no-articles-here = Tu še ni člankov.
error-status = Napaka { $status }
error-not-found = Strani ni mogoče najti
error-gone = Ta članek je bil umaknjen
error-other = Nekaj je šlo narobe
error-unavailable = Začasno nedosegljivo
error-not-found-text = Na tem naslovu ni strani. Morda je bila premaknjena ali pa je povezava napačno vpisana.
error-gone-text = Tu je bil nekoč objavljen, a je bil medtem odstranjen.
error-other-text = Poskusite znova čez trenutek.
front-page = Na prvo stran { $site }
search-results-for = Rezultati iskanja za »{ $query }«
filtered-by = Filtri:
remove-filter = Odstrani filter { $filter }
article-count = { $count ->
        [one] { $count } članek
        [two] { $count } članka
        [few] { $count } članki
       *[other] { $count } člankov
    }
results = Rezultati
no-match = Noben članek se ne ujema. Poskusite z manj ali drugačnimi besedami ali odstranite filter.
result-pages = Strani rezultatov
previous = Prejšnja
next = Naslednja
narrow-results = Zoži rezultate
facet-language = Jezik
facet-year = Leto
mastodon-share = Deli na Mastodonu
mastodon-server = Vaš strežnik Mastodon
mastodon-hint = Samo ime strežnika, na primer { $example }. Vaš brskalnik si ga zapomni za naslednjič; mi ga ne shranjujemo.
mastodon-continue = Nadaljuj na Mastodon
mastodon-post = Objava
newsletters = Glasila
past-editions = Pretekle izdaje
no-editions = Izšla še ni nobena izdaja.
newer = Novejše
older = Starejše
edition-number = Št. { $number }
edition-from = Iz { $source }
edition-get = Prejemajte { $newsletter } po e-pošti
your-newsletters = Vaša glasila
preferences-for = Za { $email }.
choices-saved = Vaše izbire so shranjene.
send-me = Pošiljajte mi
language-edition = Jezikovna izdaja
save-choices = Shrani moje izbire
unsubscribe-everything = Odjavi me od vsega
unsubscribed = Odjavljeni ste
no-longer-receive = Ne boste več prejemali { $newsletters }.
no-longer-receive-any = Ne boste več prejemali naših glasil.
changed-your-mind = Ste si premislili? Znova izberite glasila
unsubscribe = Odjava
stop-receiving = Ne želite več prejemati { $newsletter }?
stop-receiving-all = Ne želite več prejemati nobenega od naših glasil?
choose-newsletters = Ali izberite, katera glasila prejemate
which-newsletters = Katera glasila
subscribe-hint = Po e-pošti vam bomo poslali povezavo za potrditev. Brez sledilnih pikslov in prepisanih povezav; vsako sporočilo ima povezavo za odjavo z enim klikom.
no-newsletters = Še ni glasila, na katero bi se lahko naročili.
edition-language-notice = Jezikovna izdaja: { $language } — vsak članek je prikazan v prevodu, če ta obstaja, sicer v izvirnem jeziku.
mail-read-article = Preberite članek
mail-read-on-web = Preberite to izdajo na spletu
mail-why-you-receive = { $newsletter } prejemate, ker ste se naročili na { $site }.
confirm-subject = Potrdite naročnino na { $site }
confirm-greeting = Pozdravljeni,
confirm-asked = Nekdo, verjetno vi, je zaprosil za prejemanje { $newsletters } s spletišča { $site } na ta naslov.
confirm-open-link =
    { $hours ->
        [one] Za potrditev odprite to povezavo (velja { $hours } uro):
        [two] Za potrditev odprite to povezavo (velja { $hours } uri):
        [few] Za potrditev odprite to povezavo (velja { $hours } ure):
       *[other] Za potrditev odprite to povezavo (velja { $hours } ur):
    }
confirm-button = Potrdi naročnino
confirm-link-works =
    { $hours ->
        [one] Povezava velja { $hours } uro.
        [two] Povezava velja { $hours } uri.
        [few] Povezava velja { $hours } ure.
       *[other] Povezava velja { $hours } ur.
    }
confirm-copy-address = Če gumb ne deluje, kopirajte ta naslov v brskalnik:
confirm-not-you = Če to niste bili vi, sporočilo prezrite: od nas ne boste več slišali.
schedule-daily = Vsak dan ob { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Vsak ponedeljek ob { $time } ({ $zone })
        [tuesday] Vsak torek ob { $time } ({ $zone })
        [wednesday] Vsako sredo ob { $time } ({ $zone })
        [thursday] Vsak četrtek ob { $time } ({ $zone })
        [friday] Vsak petek ob { $time } ({ $zone })
        [saturday] Vsako soboto ob { $time } ({ $zone })
       *[sunday] Vsako nedeljo ob { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Preverite svoj nabiralnik
notice-check-inbox-text = Poslali smo vam e-poštno sporočilo s povezavo za potrditev naročnine. Morda bo prispelo šele čez minuto; če ne prispe, poglejte v mapo z neželeno pošto.
notice-subscribed = Naročeni ste
notice-subscribed-text = Hvala. Od naslednje številke boste prejemali { $newsletters }. Vsako sporočilo ima povezavo za spremembo izbire ali odjavo.
our-newsletter = naše glasilo
notice-already-subscribed = Že ste naročeni
notice-already-subscribed-text = Ta povezava je bila že uporabljena in vaša naročnina je potrjena. Ničesar več vam ni treba storiti.
notice-link-expired = Ta povezava je potekla
notice-link-expired-text = Povezave za potrditev veljajo omejen čas in ta je prestara. Ponovno se naročite in poslali vam bomo novo.
subscribe-again = Ponovno se naroči
notice-link-unknown = Ta povezava ne deluje
notice-link-unknown-text = Morda je nepopolna (preverite, ali je bila kopirana v celoti), ali pa jo je nadomestilo novejše potrditveno sporočilo. Ob ponovni naročnini pošljemo novo povezavo.

## Newsletter forms: why a form was refused

form-email-missing = Vpišite svoj e-poštni naslov.
form-invalid-email = To ni e-poštni naslov: preverite ga.
form-unknown-newsletter = Izberite znova: glasila s tem imenom ni.
form-invalid = Preverite svojo izbiro in poskusite znova.
form-rate-limited = Preveč zahtev hkrati. Če ste se pravkar naročili, preverite svoj nabiralnik (in mapo z neželeno pošto); sicer poskusite znova čez eno uro.
