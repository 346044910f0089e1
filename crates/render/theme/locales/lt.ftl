number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
date-long = { $year } m. { $month } { $day } d.
list-separator = { ", " }
list-and = { " ir " }
list-or = { " ar " }
skip-to-content = Pereiti prie pagrindinio turinio
search = Ieškoti
search-articles = Ieškoti straipsnių
nav-sections = Skyriai
nav-regions = Regionai
nav-themes = Temos
nav-reports = Specialieji projektai
email-address = Jūsų el. pašto adresas
subscribe = Prenumeruoti
all-newsletters = Visi naujienlaiškiai
feed-rss = RSS srautas
feed-atom = Atom srautas
feed-json = JSON Feed
media-inquiries = Žiniasklaidai: { $email }
site-elsewhere = { $site } kitur
preview-title = Peržiūra – nepaskelbta.
preview-text = Skaitytojai šio puslapio nemato; jame rodoma redaguojama versija.
languages = Kalbos
language-offer = Skaityti šį puslapį lietuviškai
language-offer-dismiss = Ne, ačiū
translation-reviewed = Išvertė ir peržiūrėjo redakcija.
translation-machine = Mašininis vertimas ({ $engine }), redakcija neperžiūrėjo.
translation-machine-model = Mašininis vertimas ({ $engine }, { $model }), redakcija neperžiūrėjo.
translation-outdated = Originalas pasikeitė po to, kai buvo padarytas šis vertimas; atnaujintas vertimas jau ruošiamas.
translation-outdated-locked = Originalas pasikeitė po to, kai buvo padarytas šis vertimas.
translation-partial = Kai kurių vietų nepavyko išversti, todėl jos pateikiamos originalo kalba ({ $language }).
translation-read-original = Skaityti originalą ({ $language })
byline = Autorius: { $authors }
published = Paskelbta { $date }
first-published = Pirmą kartą paskelbė { $source }
source-and-date = { $source }, { $date }
filed-region = Regionas:
filed-theme = Tema:
filed-report = Specialusis projektas:
original-source = Pirminis šio straipsnio šaltinis – { $source }.
more-from = Daugiau iš { $source }
source-website = { $source } svetainė
articles-by = Autoriaus straipsniai
organisation = Organizacija
share-article = Dalintis šiuo straipsniu
share-email = El. paštas
republish-published-by = Šį straipsnį paskelbė { $site }.
republish-original-source = Pirminis šio straipsnio šaltinis – { $source }.
article-link = Nuoroda į šį straipsnį
copy-link = Kopijuoti nuorodą
copied = Nukopijuota
republish = Perspausdinti šį straipsnį
republish-terms = Šį straipsnį galite perspausdinti savo svetainėje visą ir nepakeistą, nurodydami žemiau pateiktą šaltinį ir nuorodą. Nukopijuokite HTML:
republish-html = Šio straipsnio HTML
copy-html = Kopijuoti HTML
disclaimer = Atsakomybės apribojimas
from-site = Iš { $site }
newsletter = Naujienlaiškis
membership = Narystė
other-languages = Kitos kalbos
related-articles = Susiję straipsniai
card-via = per { $source }
pages = Puslapiai
newer-articles = Naujesni straipsniai
older-articles = Senesni straipsniai
page-of = { $page } puslapis iš { $total }
featured = Išskirta
latest = Naujausi
nothing-published = Dar nieko nepaskelbta.
kind-region = Regionas
kind-theme = Tema
kind-report = Specialusis projektas
kind-author = Autorius
kind-source = Šaltinis
breadcrumb = Naršymo kelias
visit-website = Apsilankyti svetainėje
website = Svetainė
within = Regione { $place }
articles = Straipsniai
no-articles-here = Čia dar nėra straipsnių.
error-status = Klaida { $status }
error-not-found = Puslapis nerastas
error-gone = Šis straipsnis atšauktas
error-other = Kažkas nepavyko
error-unavailable = Laikinai nepasiekiama
error-not-found-text = Šiuo adresu puslapio nėra. Galbūt jis perkeltas arba nuoroda parašyta su klaida.
error-gone-text = Kadaise jis buvo paskelbtas čia, bet vėliau pašalintas.
error-other-text = Bandykite dar kartą po akimirkos.
front-page = Į { $site } pagrindinį puslapį
search-results-for = Paieškos rezultatai pagal „{ $query }“
filtered-by = Filtrai:
remove-filter = Pašalinti filtrą { $filter }
article-count = { $count ->
        [one] { $count } straipsnis
        [few] { $count } straipsniai
        [many] { $count } straipsnio
       *[other] { $count } straipsnių
    }
results = Rezultatai
no-match = Joks straipsnis neatitinka. Pabandykite mažiau ar kitų žodžių arba pašalinkite filtrą.
result-pages = Rezultatų puslapiai
previous = Ankstesnis
next = Kitas
narrow-results = Susiaurinti rezultatus
facet-language = Kalba
facet-year = Metai
mastodon-share = Dalintis „Mastodon“
mastodon-server = Jūsų „Mastodon“ serveris
mastodon-hint = Tik serverio pavadinimas, pavyzdžiui, { $example }. Jūsų naršyklė jį įsimins kitam kartui; mes jo nesaugome.
mastodon-continue = Tęsti „Mastodon“
mastodon-post = Įrašas
newsletters = Naujienlaiškiai
past-editions = Ankstesni leidimai
no-editions = Dar neišsiųstas nė vienas leidimas.
newer = Naujesni
older = Senesni
edition-number = Nr. { $number }
edition-from = Iš { $source }
edition-get = Gauti { $newsletter } el. paštu
your-newsletters = Jūsų naujienlaiškiai
preferences-for = Adresui { $email }.
choices-saved = Jūsų pasirinkimai išsaugoti.
send-me = Siųskite man
language-edition = Kalbos leidimas
save-choices = Išsaugoti mano pasirinkimus
unsubscribe-everything = Atsisakyti visko
unsubscribed = Prenumeratos atsisakėte
no-longer-receive = Nebegausite { $newsletters }.
no-longer-receive-any = Nebegausite mūsų naujienlaiškių.
changed-your-mind = Persigalvojote? Pasirinkite naujienlaiškius iš naujo
unsubscribe = Atsisakyti prenumeratos
stop-receiving = Nebegauti { $newsletter }?
stop-receiving-all = Nebegauti jokių mūsų naujienlaiškių?
choose-newsletters = Arba pasirinkite, kuriuos naujienlaiškius gaunate
which-newsletters = Kurie naujienlaiškiai
subscribe-hint = Atsiųsime jums patvirtinimo nuorodą el. paštu. Jokių sekimo taškų ir perrašytų nuorodų; kiekviename laiške yra nuoroda atsisakyti vienu paspaudimu.
no-newsletters = Dar nėra naujienlaiškio, kurį galėtumėte užsiprenumeruoti.
edition-language-notice = Kalbos leidimas: { $language } — kiekvienas straipsnis rodomas išverstas, jei vertimas yra, kitaip – originalo kalba.
mail-read-article = Skaityti straipsnį
mail-read-on-web = Skaityti šį numerį internete
mail-why-you-receive = Gaunate „{ $newsletter }“, nes užsiprenumeravote svetainėje { $site }.
confirm-subject = Patvirtinkite prenumeratą svetainėje { $site }
confirm-greeting = Sveiki,
confirm-asked = Kažkas, tikriausiai jūs, paprašė šiuo adresu gauti { $newsletters } iš { $site }.
confirm-open-link =
    { $hours ->
        [one] Norėdami patvirtinti, atverkite šią nuorodą (ji galioja { $hours } valandą):
        [few] Norėdami patvirtinti, atverkite šią nuorodą (ji galioja { $hours } valandas):
       *[other] Norėdami patvirtinti, atverkite šią nuorodą (ji galioja { $hours } valandų):
    }
confirm-button = Patvirtinti prenumeratą
confirm-link-works =
    { $hours ->
        [one] Nuoroda galioja { $hours } valandą.
        [few] Nuoroda galioja { $hours } valandas.
       *[other] Nuoroda galioja { $hours } valandų.
    }
confirm-copy-address = Jei mygtukas neveikia, nukopijuokite šį adresą į naršyklę:
confirm-not-you = Jei tai buvote ne jūs, nekreipkite dėmesio į šį laišką: daugiau iš mūsų nieko negausite.
schedule-daily = Kasdien { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Kiekvieną pirmadienį { $time } ({ $zone })
        [tuesday] Kiekvieną antradienį { $time } ({ $zone })
        [wednesday] Kiekvieną trečiadienį { $time } ({ $zone })
        [thursday] Kiekvieną ketvirtadienį { $time } ({ $zone })
        [friday] Kiekvieną penktadienį { $time } ({ $zone })
        [saturday] Kiekvieną šeštadienį { $time } ({ $zone })
       *[sunday] Kiekvieną sekmadienį { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Patikrinkite pašto dėžutę
notice-check-inbox-text = Išsiuntėme jums laišką su nuoroda prenumeratai patvirtinti. Jis gali ateiti po minutės; jei neateina, pažiūrėkite į šlamšto aplanką.
notice-subscribed = Jūs užsiprenumeravote
notice-subscribed-text = Ačiū. Nuo kito numerio gausite { $newsletters }. Kiekviename laiške yra nuoroda, kuria galite pakeisti pasirinkimą arba atsisakyti prenumeratos.
our-newsletter = mūsų naujienlaiškį
notice-already-subscribed = Jūs jau užsiprenumeravote
notice-already-subscribed-text = Ši nuoroda jau buvo panaudota, o jūsų prenumerata patvirtinta. Daugiau nieko daryti nereikia.
notice-link-expired = Šios nuorodos galiojimas baigėsi
notice-link-expired-text = Patvirtinimo nuorodos galioja ribotą laiką, o ši per sena. Užsiprenumeruokite iš naujo ir atsiųsime naują.
subscribe-again = Prenumeruoti iš naujo
notice-link-unknown = Ši nuoroda neveikia
notice-link-unknown-text = Galbūt ji nepilna (patikrinkite, ar nukopijuota visa), arba ją pakeitė naujesnis patvirtinimo laiškas. Užsiprenumeravus iš naujo išsiunčiama nauja nuoroda.

## Newsletter forms: why a form was refused

form-email-missing = Įveskite savo el. pašto adresą.
form-invalid-email = Tai ne el. pašto adresas: patikrinkite jį.
form-unknown-newsletter = Pasirinkite iš naujo: tokio pavadinimo naujienlaiškio nėra.
form-invalid = Patikrinkite savo pasirinkimus ir bandykite dar kartą.
form-rate-limited = Per daug užklausų vienu metu. Jei ką tik užsiprenumeravote, patikrinkite pašto dėžutę (ir šlamšto aplanką); kitu atveju bandykite dar kartą po valandos.
