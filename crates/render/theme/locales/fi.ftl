number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " ja " }
list-or = { " tai " }
skip-to-content = Siirry pääsisältöön
search = Hae
search-articles = Hae artikkeleista
nav-sections = Osastot
nav-regions = Alueet
nav-themes = Teemat
nav-reports = Erikoisjutut
email-address = Sähköpostiosoitteesi
subscribe = Tilaa
all-newsletters = Kaikki uutiskirjeet
feed-rss = RSS-syöte
feed-atom = Atom-syöte
feed-json = JSON Feed
media-inquiries = Medialle: { $email }
site-elsewhere = { $site } muualla
preview-title = Esikatselu – ei julkaistu.
preview-text = Lukijat eivät näe tätä sivua; se näyttää muokattavana olevan version.
languages = Kielet
language-offer = Lue tämä sivu suomeksi
language-offer-dismiss = Ei kiitos
translation-reviewed = Toimituksen kääntämä ja tarkistama.
translation-machine = Konekäännös ({ $engine }), toimitus ei ole tarkistanut.
translation-machine-model = Konekäännös ({ $engine }, { $model }), toimitus ei ole tarkistanut.
translation-outdated = Alkuperäistä on muutettu tämän käännöksen jälkeen; päivitetty käännös on tulossa.
translation-outdated-locked = Alkuperäistä on muutettu tämän käännöksen jälkeen.
translation-partial = Joitakin kohtia ei voitu kääntää, joten ne näytetään alkuperäisellä kielellä ({ $language }).
translation-read-original = Lue alkuperäinen ({ $language })
byline = Kirjoittanut { $authors }
published = Julkaistu { $date }
first-published = Julkaistu alun perin: { $source }
source-and-date = { $source }, { $date }
filed-region = Alue:
filed-theme = Teema:
filed-report = Erikoisjuttu:
original-source = Tämän artikkelin alkuperäinen lähde on { $source }.
more-from = Lisää lähteestä { $source }
source-website = Lähteen { $source } verkkosivusto
articles-by = Kirjoittajan artikkelit
organisation = Organisaatio
share-article = Jaa tämä artikkeli
share-email = Sähköposti
republish-published-by = Tämän artikkelin julkaisi { $site }.
republish-original-source = Tämän artikkelin alkuperäinen lähde on { $source }.
article-link = Linkki tähän artikkeliin
copy-link = Kopioi linkki
copied = Kopioitu
republish = Julkaise tämä artikkeli uudelleen
republish-terms = Voit julkaista tämän artikkelin uudelleen omalla sivustollasi kokonaisena ja muuttamattomana alla olevan lähdemaininnan ja linkin kanssa. Kopioi HTML:
republish-html = Tämän artikkelin HTML
copy-html = Kopioi HTML
disclaimer = Vastuuvapauslauseke
from-site = { $site } suosittelee
newsletter = Uutiskirje
membership = Jäsenyys
other-languages = Muut kielet
related-articles = Aiheeseen liittyvät artikkelit
card-via = lähde: { $source }
pages = Sivut
newer-articles = Uudemmat artikkelit
older-articles = Vanhemmat artikkelit
page-of = Sivu { $page }/{ $total }
featured = Nostot
latest = Uusimmat
nothing-published = Mitään ei ole vielä julkaistu.
kind-region = Alue
kind-theme = Teema
kind-report = Erikoisjuttu
kind-author = Kirjoittaja
kind-source = Lähde
breadcrumb = Murupolku
visit-website = Siirry verkkosivustolle
website = Verkkosivusto
within = Alueella { $place }
articles = Artikkelit
no-articles-here = Täällä ei ole vielä artikkeleita.
error-status = Virhe { $status }
error-not-found = Sivua ei löytynyt
error-gone = Tämä artikkeli on vedetty pois
error-other = Jokin meni vikaan
error-not-found-text = Tässä osoitteessa ei ole sivua. Se on ehkä siirretty, tai linkissä on kirjoitusvirhe.
error-gone-text = Se julkaistiin täällä kerran, ja se on sittemmin poistettu.
error-other-text = Yritä hetken kuluttua uudelleen.
front-page = Siirry sivuston { $site } etusivulle
search-results-for = Hakutulokset haulle ”{ $query }”
filtered-by = Suodattimet:
remove-filter = Poista suodatin { $filter }
article-count = { $count ->
        [one] { $count } artikkeli
       *[other] { $count } artikkelia
    }
results = Tulokset
no-match = Yksikään artikkeli ei vastaa hakua. Kokeile vähemmän tai eri sanoja tai poista suodatin.
result-pages = Tulossivut
previous = Edellinen
next = Seuraava
narrow-results = Rajaa tuloksia
facet-language = Kieli
facet-year = Vuosi
mastodon-share = Jaa Mastodonissa
mastodon-server = Mastodon-palvelimesi
mastodon-hint = Vain palvelimen nimi, esimerkiksi { $example }. Selaimesi muistaa sen ensi kerralla; me emme tallenna sitä.
mastodon-continue = Jatka Mastodoniin
mastodon-post = Julkaisu
newsletters = Uutiskirjeet
past-editions = Aiemmat numerot
no-editions = Yhtään numeroa ei ole vielä lähetetty.
newer = Uudemmat
older = Vanhemmat
edition-number = Nro { $number }
edition-from = Lähteestä { $source }
edition-get = Tilaa { $newsletter } sähköpostiisi
your-newsletters = Uutiskirjeesi
preferences-for = Osoitteelle { $email }.
choices-saved = Valintasi on tallennettu.
send-me = Lähettäkää minulle
language-edition = Kieliversio
save-choices = Tallenna valintani
unsubscribe-everything = Peru kaikki tilaukset
unsubscribed = Tilauksesi on peruttu
no-longer-receive = Et enää saa uutiskirjettä { $newsletters }.
no-longer-receive-any = Et enää saa uutiskirjeitämme.
changed-your-mind = Muutitko mielesi? Valitse uutiskirjeesi uudelleen
unsubscribe = Peru tilaus
stop-receiving = Lopetetaanko uutiskirjeen { $newsletter } lähettäminen?
stop-receiving-all = Lopetetaanko kaikkien uutiskirjeidemme lähettäminen?
choose-newsletters = Tai valitse, mitkä uutiskirjeet saat
which-newsletters = Mitkä uutiskirjeet
subscribe-hint = Lähetämme sinulle vahvistuslinkin sähköpostitse. Ei seurantapikseleitä eikä uudelleenkirjoitettuja linkkejä; jokaisessa viestissä on yhden napsautuksen peruutuslinkki.
no-newsletters = Tilattavia uutiskirjeitä ei ole vielä.
edition-language-notice = Kieliversio: { $language } — jokainen artikkeli näytetään käännöksenä, jos sellainen on, ja muuten alkuperäiskielellä.
mail-read-article = Lue artikkeli
mail-read-on-web = Lue tämä numero verkossa
mail-why-you-receive = Saat uutiskirjeen { $newsletter }, koska tilasit sen sivustolta { $site }.
schedule-daily = Joka päivä klo { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Joka maanantai klo { $time } ({ $zone })
        [tuesday] Joka tiistai klo { $time } ({ $zone })
        [wednesday] Joka keskiviikko klo { $time } ({ $zone })
        [thursday] Joka torstai klo { $time } ({ $zone })
        [friday] Joka perjantai klo { $time } ({ $zone })
        [saturday] Joka lauantai klo { $time } ({ $zone })
       *[sunday] Joka sunnuntai klo { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Katso sähköpostisi
notice-check-inbox-text = Lähetimme sinulle sähköpostin, jossa on linkki tilauksen vahvistamiseen. Sen saapuminen voi kestää minuutin; jos sitä ei kuulu, katso roskapostikansio.
notice-subscribed = Tilaus on tehty
notice-subscribed-text = Kiitos. Saat { $newsletters } seuraavasta numerosta alkaen. Jokaisessa viestissä on linkki, jolla voit muuttaa valintojasi tai perua tilauksen.
our-newsletter = uutiskirjeemme
notice-already-subscribed = Olet jo tilaaja
notice-already-subscribed-text = Tätä linkkiä on jo käytetty, ja tilauksesi on vahvistettu. Muuta ei tarvitse tehdä.
notice-link-expired = Tämä linkki on vanhentunut
notice-link-expired-text = Vahvistuslinkit toimivat rajoitetun ajan, ja tämä on liian vanha. Tilaa uudelleen, niin lähetämme sinulle uuden.
subscribe-again = Tilaa uudelleen
notice-link-unknown = Tämä linkki ei toimi
notice-link-unknown-text = Se voi olla vajaa (tarkista, että se kopioitiin kokonaan), tai uudempi vahvistusviesti on korvannut sen. Uusi tilaus lähettää uuden linkin.

## Newsletter forms: why a form was refused

form-email-missing = Kirjoita sähköpostiosoitteesi.
form-invalid-email = Tämä ei ole sähköpostiosoite: tarkista se.
form-unknown-newsletter = Valitse uudelleen: sen nimistä uutiskirjettä ei ole.
form-invalid = Tarkista valintasi ja yritä uudelleen.
form-rate-limited = Liian monta pyyntöä kerralla. Jos tilasit juuri, katso sähköpostisi (ja roskapostikansio); muuten yritä uudelleen tunnin kuluttua.
