number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = januaro
month-2 = februaro
month-3 = marto
month-4 = aprilo
month-5 = majo
month-6 = junio
month-7 = julio
month-8 = aŭgusto
month-9 = septembro
month-10 = oktobro
month-11 = novembro
month-12 = decembro
date-long = { $day }-a de { $month } { $year }
list-separator = { ", " }
list-and = { " kaj " }
list-or = { " aŭ " }
skip-to-content = Salti al la ĉefa enhavo
search = Serĉi
search-articles = Serĉi artikolojn
nav-sections = Rubrikoj
nav-regions = Regionoj
nav-themes = Temoj
nav-reports = Profundaj raportoj
email-address = Via retpoŝtadreso
subscribe = Aboni
all-newsletters = Ĉiuj novaĵleteroj
feed-rss = RSS-fluo
feed-atom = Atom-fluo
feed-json = JSON Feed
media-inquiries = Por la gazetaro: { $email }
site-elsewhere = { $site } aliloke
preview-title = Antaŭrigardo — ne publikigita.
preview-text = Legantoj ne povas vidi ĉi tiun paĝon; ĝi montras la redaktatan version.
languages = Lingvoj
language-offer = Legu ĉi tiun paĝon en Esperanto
language-offer-dismiss = Ne, dankon
translation-reviewed = Tradukita kaj kontrolita de la redakcio.
translation-machine = Maŝina traduko ({ $engine }), ne kontrolita de la redakcio.
translation-machine-model = Maŝina traduko ({ $engine }, { $model }), ne kontrolita de la redakcio.
translation-outdated = La originalo ŝanĝiĝis post kiam ĉi tiu traduko estis farita; ĝisdatigita traduko estas survoje.
translation-outdated-locked = La originalo ŝanĝiĝis post kiam ĉi tiu traduko estis farita.
translation-partial = Kelkajn partojn ne eblis traduki, do ili aperas en la originala lingvo ({ $language }).
translation-read-original = Legi la originalon ({ $language })
byline = De { $authors }
published = Publikigita la { $date }
first-published = Unue publikigita de { $source }
source-and-date = { $source }, { $date }
filed-region = Regiono:
filed-theme = Temo:
filed-report = Profunda raporto:
original-source = La originala fonto de ĉi tiu artikolo estas { $source }.
more-from = Pli de { $source }
source-website = Retejo de { $source }
articles-by = Artikoloj de
organisation = Organizo
share-article = Kunhavigi ĉi tiun artikolon
share-email = Retpoŝto
republish-published-by = Ĉi tiun artikolon publikigis { $site }.
republish-original-source = La originala fonto de ĉi tiu artikolo estas { $source }.
article-link = Ligilo al ĉi tiu artikolo
copy-link = Kopii ligilon
copied = Kopiita
republish = Republikigi ĉi tiun artikolon
republish-terms = Vi rajtas republikigi ĉi tiun artikolon en via propra retejo, tute kaj senŝanĝe, kun la kreditoj kaj ligilo sube. Kopiu la HTML-on:
republish-html = HTML de ĉi tiu artikolo
copy-html = Kopii HTML-on
disclaimer = Malgarantio
from-site = De { $site }
newsletter = Novaĵletero
membership = Membreco
other-languages = Aliaj lingvoj
related-articles = Rilataj artikoloj
card-via = per { $source }
pages = Paĝoj
newer-articles = Pli novaj artikoloj
older-articles = Pli malnovaj artikoloj
page-of = Paĝo { $page } el { $total }
featured = Elstaraj
latest = Plej novaj
nothing-published = Nenio publikigita ankoraŭ.
kind-region = Regiono
kind-theme = Temo
kind-report = Profunda raporto
kind-author = Aŭtoro
kind-source = Fonto
breadcrumb = Paĝvojo
visit-website = Viziti la retejon
website = Retejo
within = En { $place }
articles = Artikoloj
no-articles-here = Ankoraŭ neniu artikolo ĉi tie.
error-status = Eraro { $status }
error-not-found = Paĝo ne trovita
error-gone = Ĉi tiu artikolo estis retirita
error-other = Io misfunkciis
error-unavailable = Provizore nedisponebla
error-not-found-text = Ne estas paĝo ĉe ĉi tiu adreso. Eble ĝi moviĝis, aŭ la ligilo estas mistajpita.
error-gone-text = Ĝi iam estis publikigita ĉi tie kaj poste forigita.
error-other-text = Bonvolu reprovi post momento.
front-page = Iri al la ĉefpaĝo de { $site }
search-results-for = Serĉrezultoj por “{ $query }”
filtered-by = Filtrita laŭ:
remove-filter = Forigi la filtrilon { $filter }
article-count = { $count ->
        [one] { $count } artikolo
       *[other] { $count } artikoloj
    }
results = Rezultoj
no-match = Neniu artikolo kongruas. Provu malpli da vortoj aŭ aliajn vortojn, aŭ forigu filtrilon.
result-pages = Rezultpaĝoj
previous = Antaŭa
next = Sekva
narrow-results = Precizigi la rezultojn
facet-language = Lingvo
facet-year = Jaro
mastodon-share = Kunhavigi ĉe Mastodon
mastodon-server = Via Mastodon-servilo
mastodon-hint = Nur la nomo de la servilo, ekzemple { $example }. Via retumilo memoros ĝin por la venonta fojo; ni ne konservas ĝin.
mastodon-continue = Daŭrigi al Mastodon
mastodon-post = La afiŝo
newsletters = Novaĵleteroj
past-editions = Antaŭaj numeroj
no-editions = Neniu numero estas ankoraŭ sendita.
newer = Pli novaj
older = Pli malnovaj
edition-number = N-ro { $number }
edition-from = De { $source }
edition-get = Ricevi { $newsletter } retpoŝte
your-newsletters = Viaj novaĵleteroj
preferences-for = Por { $email }.
choices-saved = Viaj elektoj estas konservitaj.
send-me = Sendu al mi
language-edition = Lingva eldono
save-choices = Konservi miajn elektojn
unsubscribe-everything = Malaboni ĉion
unsubscribed = Vi malabonis
no-longer-receive = Vi ne plu ricevos { $newsletters }.
no-longer-receive-any = Vi ne plu ricevos niajn novaĵleterojn.
changed-your-mind = Ĉu vi ŝanĝis vian opinion? Elektu viajn novaĵleterojn denove
unsubscribe = Malaboni
stop-receiving = Ĉu ĉesi ricevi { $newsletter }?
stop-receiving-all = Ĉu ĉesi ricevi ĉiujn niajn novaĵleterojn?
choose-newsletters = Aŭ elektu, kiujn novaĵleterojn vi ricevas
which-newsletters = Kiuj novaĵleteroj
subscribe-hint = Ni sendos al vi ligilon por konfirmi. Neniuj spuraj bilderoj, neniuj reskribitaj ligiloj; ĉiu retletero havas unuklakan malabonan ligilon.
no-newsletters = Ankoraŭ ne ekzistas novaĵletero por aboni.
edition-language-notice = Lingva eldono: { $language } — ĉiu artikolo aperas tradukita, kie traduko ekzistas, kaj alie en sia originala lingvo.
mail-read-article = Legi la artikolon
mail-read-on-web = Legi ĉi tiun eldonon en la reto
mail-why-you-receive = Vi ricevas { $newsletter }, ĉar vi abonis ĉe { $site }.
confirm-subject = Konfirmu vian abonon ĉe { $site }
confirm-greeting = Saluton,
confirm-asked = Iu, verŝajne vi, petis ricevi { $newsletters } de { $site } ĉe ĉi tiu adreso.
confirm-open-link =
    { $hours ->
        [one] Por konfirmi, malfermu ĉi tiun ligilon (ĝi funkcias dum { $hours } horo):
       *[other] Por konfirmi, malfermu ĉi tiun ligilon (ĝi funkcias dum { $hours } horoj):
    }
confirm-button = Konfirmi mian abonon
confirm-link-works =
    { $hours ->
        [one] La ligilo funkcias dum { $hours } horo.
       *[other] La ligilo funkcias dum { $hours } horoj.
    }
confirm-copy-address = Se la butono ne funkcias, kopiu ĉi tiun adreson en vian retumilon:
confirm-not-you = Se tio ne estis vi, ignoru ĉi tiun retleteron: vi ne plu aŭdos de ni.
schedule-daily = Ĉiutage je { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Ĉiun lundon je { $time } ({ $zone })
        [tuesday] Ĉiun mardon je { $time } ({ $zone })
        [wednesday] Ĉiun merkredon je { $time } ({ $zone })
        [thursday] Ĉiun ĵaŭdon je { $time } ({ $zone })
        [friday] Ĉiun vendredon je { $time } ({ $zone })
        [saturday] Ĉiun sabaton je { $time } ({ $zone })
       *[sunday] Ĉiun dimanĉon je { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Kontrolu vian leterkeston
notice-check-inbox-text = Ni sendis al vi retleteron kun ligilo por konfirmi vian abonon. Eble ĝi alvenos post minuto; se ne, rigardu en via spama dosierujo.
notice-subscribed = Vi abonis
notice-subscribed-text = Dankon. Vi ricevos { $newsletters } ekde la venonta eldono. Ĉiu retletero havas ligilon por ŝanĝi viajn elektojn aŭ malaboni.
our-newsletter = nian novaĵleteron
notice-already-subscribed = Vi jam abonis
notice-already-subscribed-text = Ĉi tiu ligilo jam estis uzita, kaj via abono estas konfirmita. Nenio plu farendas.
notice-link-expired = Ĉi tiu ligilo eksvalidiĝis
notice-link-expired-text = Konfirmaj ligiloj funkcias nur dum limigita tempo, kaj ĉi tiu estas tro malnova. Abonu denove kaj ni sendos al vi novan.
subscribe-again = Aboni denove
notice-link-unknown = Ĉi tiu ligilo ne funkcias
notice-link-unknown-text = Eble ĝi estas nekompleta (kontrolu, ke ĝi estis kopiita tute), aŭ pli nova konfirma retletero anstataŭis ĝin. Denova abono sendas novan ligilon.

## Newsletter forms: why a form was refused

form-email-missing = Bonvolu entajpi vian retpoŝtadreson.
form-invalid-email = Ĉi tio ne estas retpoŝtadreso: bonvolu kontroli ĝin.
form-unknown-newsletter = Bonvolu elekti denove: ne estas novaĵletero kun tiu nomo.
form-invalid = Bonvolu kontroli viajn elektojn kaj reprovi.
form-rate-limited = Tro da petoj samtempe. Se vi ĵus abonis, bonvolu kontroli vian leterkeston (kaj spaman dosierujon); alie reprovu post unu horo.
