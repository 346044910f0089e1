number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = urtarrilaren
month-2 = otsailaren
month-3 = martxoaren
month-4 = apirilaren
month-5 = maiatzaren
month-6 = ekainaren
month-7 = uztailaren
month-8 = abuztuaren
month-9 = irailaren
month-10 = urriaren
month-11 = azaroaren
month-12 = abenduaren
date-long = { $year }(e)ko { $month } { $day }(a)
list-separator = { ", " }
list-and = { " eta " }
list-or = { " edo " }
skip-to-content = Joan eduki nagusira
search = Bilatu
search-articles = Bilatu artikuluetan
nav-sections = Atalak
nav-regions = Eskualdeak
nav-themes = Gaiak
nav-reports = Erreportaje bereziak
email-address = Zure helbide elektronikoa
subscribe = Harpidetu
all-newsletters = Buletin guztiak
feed-rss = RSS jarioa
feed-atom = Atom jarioa
feed-json = JSON Feed
media-inquiries = Hedabideentzat: { $email }
site-elsewhere = { $site } beste leku batzuetan
preview-title = Aurrebista — argitaratu gabea.
preview-text = Irakurleek ezin dute orri hau ikusi; editatzen ari den bertsioa erakusten du.
languages = Hizkuntzak
language-offer = Irakurri orri hau euskaraz
language-offer-dismiss = Ez, eskerrik asko
translation-reviewed = Erredakzioak itzulia eta berrikusia.
translation-machine = Itzulpen automatikoa ({ $engine }), erredakzioak berrikusi gabea.
translation-machine-model = Itzulpen automatikoa ({ $engine }, { $model }), erredakzioak berrikusi gabea.
translation-outdated = Jatorrizkoa aldatu egin da itzulpen hau egin zenetik; itzulpen eguneratua bidean da.
translation-outdated-locked = Jatorrizkoa aldatu egin da itzulpen hau egin zenetik.
translation-partial = Zati batzuk ezin izan dira itzuli, eta jatorrizko hizkuntzan ({ $language }) ageri dira.
translation-read-original = Irakurri jatorrizkoa ({ $language })
byline = Egilea: { $authors }
published = Argitaratze-data: { $date }
first-published = Lehenik argitaratua: { $source }
source-and-date = { $source }, { $date }
filed-region = Eskualdea:
filed-theme = Gaia:
filed-report = Erreportaje berezia:
original-source = Artikulu honen jatorrizko iturria { $source } da.
more-from = { $source }(r)en gehiago
source-website = { $source }(r)en webgunea
articles-by = Egilearen artikuluak
organisation = Erakundea
share-article = Partekatu artikulu hau
share-email = Posta elektronikoa
republish-published-by = Artikulu hau { $site }-k argitaratu du.
republish-original-source = Artikulu honen jatorrizko iturria { $source } da.
article-link = Artikulu honetarako esteka
copy-link = Kopiatu esteka
copied = Kopiatuta
republish = Berrargitaratu artikulu hau
republish-terms = Artikulu hau zure webgunean berrargitara dezakezu, osorik eta aldatu gabe, beheko aitortza eta estekarekin. Kopiatu HTMLa:
republish-html = Artikulu honen HTMLa
copy-html = Kopiatu HTMLa
disclaimer = Lege-oharra
from-site = { $site }(e)tik
newsletter = Buletina
membership = Bazkidetza
other-languages = Beste hizkuntzak
related-articles = Lotutako artikuluak
card-via = { $source } bidez
pages = Orriak
newer-articles = Artikulu berriagoak
older-articles = Artikulu zaharragoak
page-of = { $page }. orria / { $total }
featured = Nabarmenduak
latest = Azkenak
nothing-published = Oraindik ez da ezer argitaratu.
kind-region = Eskualdea
kind-theme = Gaia
kind-report = Erreportaje berezia
kind-author = Egilea
kind-source = Iturria
breadcrumb = Nabigazio-bidea
visit-website = Bisitatu webgunea
website = Webgunea
within = { $place } barruan
articles = Artikuluak
no-articles-here = Oraindik ez dago artikulurik hemen.
error-status = { $status } errorea
error-not-found = Ez da orria aurkitu
error-gone = Artikulu hau erretiratu egin da
error-other = Zerbait gaizki joan da
error-not-found-text = Ez dago orririk helbide honetan. Agian lekuz aldatu da, edo esteka gaizki idatzita dago.
error-gone-text = Behin argitaratu zen hemen, eta geroztik kendu egin da.
error-other-text = Saiatu berriro une batean.
front-page = Joan { $site }(r)en azalera
search-results-for = «{ $query }» bilaketaren emaitzak
filtered-by = Iragazkiak:
remove-filter = Kendu { $filter } iragazkia
article-count = { $count ->
        [one] artikulu { $count }
       *[other] { $count } artikulu
    }
results = Emaitzak
no-match = Ez dago bat datorren artikulurik. Saiatu hitz gutxiagorekin edo beste batzuekin, edo kendu iragazki bat.
result-pages = Emaitza-orriak
previous = Aurrekoa
next = Hurrengoa
narrow-results = Findu emaitzak
facet-language = Hizkuntza
facet-year = Urtea
mastodon-share = Partekatu Mastodonen
mastodon-server = Zure Mastodon zerbitzaria
mastodon-hint = Zerbitzariaren izena bakarrik, adibidez { $example }. Zure nabigatzaileak hurrengorako gogoratuko du; guk ez dugu gordetzen.
mastodon-continue = Jarraitu Mastodonera
mastodon-post = Argitalpena
newsletters = Buletinak
past-editions = Aurreko zenbakiak
no-editions = Oraindik ez da zenbakirik bidali.
newer = Berriagoak
older = Zaharragoak
edition-number = { $number }. zk.
edition-from = { $source }(e)tik
edition-get = Jaso { $newsletter } posta elektronikoz
your-newsletters = Zure buletinak
preferences-for = Helbide honetarako: { $email }.
choices-saved = Zure aukerak gorde dira.
send-me = Bidali niri
language-edition = Hizkuntza-edizioa
save-choices = Gorde nire aukerak
unsubscribe-everything = Utzi harpidetza guztiak
unsubscribed = Harpidetza utzi duzu
no-longer-receive = Aurrerantzean ez duzu jasoko { $newsletters }.
no-longer-receive-any = Aurrerantzean ez dituzu jasoko gure buletinak.
changed-your-mind = Iritziz aldatu duzu? Aukeratu berriro zure buletinak
unsubscribe = Utzi harpidetza
stop-receiving = { $newsletter } jasotzeari utzi nahi diozu?
stop-receiving-all = Gure buletin guztiak jasotzeari utzi nahi diozu?
choose-newsletters = Edo aukeratu zein buletin jasotzen dituzun
which-newsletters = Zein buletin
subscribe-hint = Berresteko esteka bat bidaliko dizugu posta elektronikoz. Jarraipen-pixelik eta berridatzitako estekarik gabe; mezu bakoitzak klik bakarrean harpidetza uzteko esteka du.
no-newsletters = Oraindik ez dago harpidetzeko buletinik.
edition-language-notice = Hizkuntza-edizioa: { $language } — artikulu bakoitza itzulita ageri da itzulpenik badu, eta bestela jatorrizko hizkuntzan.
mail-read-article = Irakurri artikulua
mail-read-on-web = Irakurri ale hau sarean
mail-why-you-receive = { $newsletter } jasotzen duzu { $site } gunean harpidetu zinelako.
schedule-daily = Egunero { $time }etan ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Astelehen guztietan { $time }etan ({ $zone })
        [tuesday] Astearte guztietan { $time }etan ({ $zone })
        [wednesday] Asteazken guztietan { $time }etan ({ $zone })
        [thursday] Ostegun guztietan { $time }etan ({ $zone })
        [friday] Ostiral guztietan { $time }etan ({ $zone })
        [saturday] Larunbat guztietan { $time }etan ({ $zone })
       *[sunday] Igande guztietan { $time }etan ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Begiratu zure sarrera-ontzia
notice-check-inbox-text = Mezu elektroniko bat bidali dizugu zure harpidetza berresteko esteka batekin. Minutu bat behar izan dezake iristeko; iristen ez bada, begiratu spam karpetan.
notice-subscribed = Harpidetuta zaude
notice-subscribed-text = Eskerrik asko. Hurrengo aleatik aurrera jasoko dituzu { $newsletters }. Mezu bakoitzak zure aukerak aldatzeko edo harpidetza kentzeko esteka bat du.
our-newsletter = gure buletina
notice-already-subscribed = Dagoeneko harpidetuta zaude
notice-already-subscribed-text = Esteka hau lehendik erabili da, eta zure harpidetza berretsita dago. Ez dago beste ezer egin beharrik.
notice-link-expired = Esteka hau iraungi da
notice-link-expired-text = Berresteko estekek denbora mugatu batean funtzionatzen dute, eta hau zaharregia da. Harpidetu berriro eta berri bat bidaliko dizugu.
subscribe-again = Harpidetu berriro
notice-link-unknown = Esteka honek ez du funtzionatzen
notice-link-unknown-text = Agian osatu gabe dago (egiaztatu osorik kopiatu dela), edo berresteko mezu berriago batek ordezkatu du. Berriro harpidetuz gero, esteka berri bat bidaliko da.

## Newsletter forms: why a form was refused

form-email-missing = Idatzi zure helbide elektronikoa.
form-invalid-email = Hau ez da helbide elektroniko bat: egiaztatu, mesedez.
form-unknown-newsletter = Aukeratu berriro: ez dago izen hori duen buletinik.
form-invalid = Egiaztatu zure aukerak eta saiatu berriro.
form-rate-limited = Eskaera gehiegi aldi berean. Oraintxe harpidetu bazara, begiratu zure sarrera-ontzia (eta spam karpeta); bestela, saiatu berriro ordubete barru.
