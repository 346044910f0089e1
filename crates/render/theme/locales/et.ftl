number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 2
number-digits = 0123456789
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " ja " }
list-or = { " või " }
skip-to-content = Mine põhisisu juurde
search = Otsi
search-articles = Otsi artikleid
nav-sections = Rubriigid
nav-regions = Piirkonnad
nav-themes = Teemad
nav-reports = Eriprojektid
email-address = Sinu e-posti aadress
subscribe = Telli
all-newsletters = Kõik uudiskirjad
feed-rss = RSS-voog
feed-atom = Atom-voog
feed-json = JSON Feed
media-inquiries = Meediapäringud: { $email }
site-elsewhere = { $site } mujal
preview-title = Eelvaade – avaldamata.
preview-text = Lugejad seda lehte ei näe; see näitab muudetavat versiooni.
languages = Keeled
language-offer = Loe seda lehte eesti keeles
language-offer-dismiss = Ei, aitäh
translation-reviewed = Tõlkinud ja üle vaadanud toimetus.
translation-machine = Masintõlge ({ $engine }), toimetus ei ole üle vaadanud.
translation-machine-model = Masintõlge ({ $engine }, { $model }), toimetus ei ole üle vaadanud.
translation-outdated = Originaal on pärast selle tõlke valmimist muutunud; uuendatud tõlge on tulekul.
translation-outdated-locked = Originaal on pärast selle tõlke valmimist muutunud.
translation-partial = Mõnda lõiku ei õnnestunud tõlkida, seepärast on need esitatud originaalkeeles ({ $language }).
translation-read-original = Loe originaali ({ $language })
byline = Autor: { $authors }
published = Avaldatud { $date }
first-published = Esmakordselt avaldanud { $source }
source-and-date = { $source }, { $date }
filed-region = Piirkond:
filed-theme = Teema:
filed-report = Eriprojekt:
original-source = Selle artikli algallikas on { $source }.
more-from = Veel allikalt { $source }
source-website = { $source } veebileht
articles-by = Autori artiklid
organisation = Organisatsioon
share-article = Jaga seda artiklit
share-email = E-post
republish-published-by = Selle artikli avaldas { $site }.
republish-original-source = Selle artikli algallikas on { $source }.
article-link = Link sellele artiklile
copy-link = Kopeeri link
copied = Kopeeritud
republish = Avalda see artikkel uuesti
republish-terms = Võid selle artikli oma veebilehel uuesti avaldada, tervikuna ja muutmata, koos allpool oleva viite ja lingiga. Kopeeri HTML:
republish-html = Selle artikli HTML
copy-html = Kopeeri HTML
disclaimer = Vastutusest loobumine
from-site = { $site } soovitab
newsletter = Uudiskiri
membership = Liikmesus
other-languages = Teised keeled
related-articles = Seotud artiklid
card-via = allikas: { $source }
pages = Lehed
newer-articles = Uuemad artiklid
older-articles = Vanemad artiklid
page-of = Leht { $page }/{ $total }
featured = Esiletõstetud
latest = Viimased
nothing-published = Midagi pole veel avaldatud.
kind-region = Piirkond
kind-theme = Teema
kind-report = Eriprojekt
kind-author = Autor
kind-source = Allikas
breadcrumb = Navigeerimisrada
visit-website = Külasta veebilehte
website = Veebileht
within = Piirkonnas { $place }
articles = Artiklid
no-articles-here = Siin pole veel artikleid.
error-status = Viga { $status }
error-not-found = Lehte ei leitud
error-gone = See artikkel on tagasi võetud
error-other = Midagi läks valesti
error-unavailable = Ajutiselt kättesaamatu
error-not-found-text = Sellel aadressil pole lehte. Võib-olla on see teisaldatud või on link valesti kirjutatud.
error-gone-text = See avaldati siin kunagi ja on hiljem eemaldatud.
error-other-text = Palun proovi hetke pärast uuesti.
front-page = Mine { $site } avalehele
search-results-for = Otsingutulemused päringule „{ $query }”
filtered-by = Filtrid:
remove-filter = Eemalda filter { $filter }
article-count = { $count ->
        [one] { $count } artikkel
       *[other] { $count } artiklit
    }
results = Tulemused
no-match = Ükski artikkel ei sobi. Proovi vähem või teisi sõnu või eemalda filter.
result-pages = Tulemuste lehed
previous = Eelmine
next = Järgmine
narrow-results = Kitsenda tulemusi
facet-language = Keel
facet-year = Aasta
mastodon-share = Jaga Mastodonis
mastodon-server = Sinu Mastodoni server
mastodon-hint = Ainult serveri nimi, näiteks { $example }. Sinu brauser jätab selle järgmiseks korraks meelde; meie seda ei salvesta.
mastodon-continue = Jätka Mastodoni
mastodon-post = Postitus
newsletters = Uudiskirjad
past-editions = Varasemad numbrid
no-editions = Ühtegi numbrit pole veel välja saadetud.
newer = Uuemad
older = Vanemad
edition-number = Nr { $number }
edition-from = Allikalt { $source }
edition-get = Saa { $newsletter } e-postiga
your-newsletters = Sinu uudiskirjad
preferences-for = Aadressile { $email }.
choices-saved = Sinu valikud on salvestatud.
send-me = Saatke mulle
language-edition = Keeleversioon
save-choices = Salvesta minu valikud
unsubscribe-everything = Loobu kõigist tellimustest
unsubscribed = Oled tellimusest loobunud
no-longer-receive = Sa ei saa enam uudiskirja { $newsletters }.
no-longer-receive-any = Sa ei saa enam meie uudiskirju.
changed-your-mind = Mõtlesid ümber? Vali uudiskirjad uuesti
unsubscribe = Loobu tellimusest
stop-receiving = Kas lõpetada uudiskirja { $newsletter } saamine?
stop-receiving-all = Kas lõpetada kõigi meie uudiskirjade saamine?
choose-newsletters = Või vali, milliseid uudiskirju saad
which-newsletters = Millised uudiskirjad
subscribe-hint = Saadame sulle e-postiga kinnituslingi. Ei jälgimispiksleid ega ümberkirjutatud linke; igas kirjas on ühe klõpsuga loobumise link.
no-newsletters = Tellitavaid uudiskirju veel pole.
edition-language-notice = Keeleversioon: { $language } — iga artikkel on tõlkes, kui tõlge on olemas, muidu originaalkeeles.
mail-read-article = Loe artiklit
mail-read-on-web = Loe seda numbrit veebis
mail-why-you-receive = Saate uudiskirja { $newsletter }, sest tellisite selle saidil { $site }.
confirm-subject = Kinnita oma tellimus – { $site }
confirm-greeting = Tere!
confirm-asked = Keegi, arvatavasti sina, palus sellele aadressile saata { $newsletters } saidilt { $site }.
confirm-open-link =
    { $hours ->
        [one] Kinnitamiseks ava see link (see kehtib { $hours } tund):
       *[other] Kinnitamiseks ava see link (see kehtib { $hours } tundi):
    }
confirm-button = Kinnita tellimus
confirm-link-works =
    { $hours ->
        [one] Link kehtib { $hours } tund.
       *[other] Link kehtib { $hours } tundi.
    }
confirm-copy-address = Kui nupp ei tööta, kopeeri see aadress oma brauserisse:
confirm-not-you = Kui see polnud sina, jäta see kiri tähelepanuta: me ei võta sinuga enam ühendust.
schedule-daily = Iga päev kell { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Igal esmaspäeval kell { $time } ({ $zone })
        [tuesday] Igal teisipäeval kell { $time } ({ $zone })
        [wednesday] Igal kolmapäeval kell { $time } ({ $zone })
        [thursday] Igal neljapäeval kell { $time } ({ $zone })
        [friday] Igal reedel kell { $time } ({ $zone })
        [saturday] Igal laupäeval kell { $time } ({ $zone })
       *[sunday] Igal pühapäeval kell { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Vaata oma postkasti
notice-check-inbox-text = Saatsime sulle e-kirja lingiga, millega tellimust kinnitada. Selle saabumine võib võtta minuti; kui kirja ei tule, vaata rämpsposti kausta.
notice-subscribed = Oled tellinud
notice-subscribed-text = Aitäh. Saad { $newsletters } alates järgmisest numbrist. Igas kirjas on link, millega oma valikuid muuta või tellimusest loobuda.
our-newsletter = meie uudiskirja
notice-already-subscribed = Oled juba tellinud
notice-already-subscribed-text = Seda linki on juba kasutatud ja sinu tellimus on kinnitatud. Rohkem pole midagi vaja teha.
notice-link-expired = Selle lingi kehtivus on lõppenud
notice-link-expired-text = Kinnituslingid kehtivad piiratud aja ja see on liiga vana. Telli uuesti ja me saadame sulle uue.
subscribe-again = Telli uuesti
notice-link-unknown = See link ei tööta
notice-link-unknown-text = Võib-olla on see poolik (kontrolli, et see kopeeriti tervikuna) või asendas selle uuem kinnituskiri. Uuesti tellides saadetakse uus link.

## Newsletter forms: why a form was refused

form-email-missing = Palun sisesta oma e-posti aadress.
form-invalid-email = See pole e-posti aadress: palun kontrolli seda.
form-unknown-newsletter = Palun vali uuesti: sellise nimega uudiskirja pole.
form-invalid = Palun kontrolli oma valikuid ja proovi uuesti.
form-rate-limited = Liiga palju päringuid korraga. Kui just tellisid, vaata palun oma postkasti (ja rämpsposti kausta); muidu proovi tunni aja pärast uuesti.
