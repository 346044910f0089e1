number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " a " }
list-or = { " neu " }
skip-to-content = Neidio i’r prif gynnwys
search = Chwilio
search-articles = Chwilio erthyglau
nav-sections = Adrannau
nav-regions = Rhanbarthau
nav-themes = Themâu
nav-reports = Adroddiadau manwl
email-address = Eich cyfeiriad e-bost
subscribe = Tanysgrifio
all-newsletters = Pob cylchlythyr
feed-rss = Ffrwd RSS
feed-atom = Ffrwd Atom
feed-json = JSON Feed
media-inquiries = Ymholiadau’r cyfryngau: { $email }
site-elsewhere = { $site } mewn mannau eraill
preview-title = Rhagolwg — heb ei gyhoeddi.
preview-text = Ni all darllenwyr weld y dudalen hon; mae’n dangos y fersiwn sy’n cael ei golygu.
languages = Ieithoedd
language-offer = Darllenwch y dudalen hon yn Gymraeg
language-offer-dismiss = Dim diolch
translation-reviewed = Wedi’i gyfieithu a’i adolygu gan yr ystafell newyddion.
translation-machine = Cyfieithiad peirianyddol ({ $engine }), heb ei adolygu gan yr ystafell newyddion.
translation-machine-model = Cyfieithiad peirianyddol ({ $engine }, { $model }), heb ei adolygu gan yr ystafell newyddion.
translation-outdated = Mae’r gwreiddiol wedi newid ers gwneud y cyfieithiad hwn; mae cyfieithiad wedi’i ddiweddaru ar y ffordd.
translation-outdated-locked = Mae’r gwreiddiol wedi newid ers gwneud y cyfieithiad hwn.
translation-partial = Nid oedd modd cyfieithu rhai darnau, felly fe’u dangosir yn yr iaith wreiddiol ({ $language }).
translation-read-original = Darllen y gwreiddiol ({ $language })
byline = Gan { $authors }
published = Cyhoeddwyd { $date }
first-published = Cyhoeddwyd gyntaf gan { $source }
source-and-date = { $source }, { $date }
filed-region = Rhanbarth:
filed-theme = Thema:
filed-report = Adroddiad manwl:
original-source = Ffynhonnell wreiddiol yr erthygl hon yw { $source }.
more-from = Rhagor gan { $source }
source-website = Gwefan { $source }
articles-by = Erthyglau gan
organisation = Sefydliad
share-article = Rhannu’r erthygl hon
share-email = E-bost
republish-published-by = Cyhoeddwyd yr erthygl hon gan { $site }.
republish-original-source = Ffynhonnell wreiddiol yr erthygl hon yw { $source }.
article-link = Dolen i’r erthygl hon
copy-link = Copïo’r ddolen
copied = Wedi’i gopïo
republish = Ailgyhoeddi’r erthygl hon
republish-terms = Cewch ailgyhoeddi’r erthygl hon ar eich gwefan eich hun, yn llawn a heb ei newid, gyda’r gydnabyddiaeth a’r ddolen isod. Copïwch yr HTML:
republish-html = HTML yr erthygl hon
copy-html = Copïo’r HTML
disclaimer = Ymwadiad
from-site = Gan { $site }
newsletter = Cylchlythyr
membership = Aelodaeth
other-languages = Ieithoedd eraill
related-articles = Erthyglau cysylltiedig
card-via = drwy { $source }
pages = Tudalennau
newer-articles = Erthyglau mwy diweddar
older-articles = Erthyglau hŷn
page-of = Tudalen { $page } o { $total }
featured = Dan sylw
latest = Diweddaraf
nothing-published = Dim wedi’i gyhoeddi eto.
kind-region = Rhanbarth
kind-theme = Thema
kind-report = Adroddiad manwl
kind-author = Awdur
kind-source = Ffynhonnell
breadcrumb = Briwsion bara
visit-website = Ymweld â’r wefan
website = Gwefan
within = O fewn { $place }
articles = Erthyglau
no-articles-here = Does dim erthyglau yma eto.
error-status = Gwall { $status }
error-not-found = Heb ddod o hyd i’r dudalen
error-gone = Mae’r erthygl hon wedi’i thynnu’n ôl
error-other = Aeth rhywbeth o’i le
error-unavailable = Ddim ar gael dros dro
error-not-found-text = Does dim tudalen yn y cyfeiriad hwn. Efallai ei bod wedi symud, neu fod camgymeriad yn y ddolen.
error-gone-text = Cafodd ei chyhoeddi yma unwaith, ac mae wedi’i thynnu ers hynny.
error-other-text = Rhowch gynnig arall arni mewn munud.
front-page = Mynd i hafan { $site }
search-results-for = Canlyniadau chwilio am “{ $query }”
filtered-by = Wedi’i hidlo yn ôl:
remove-filter = Tynnu’r hidlydd { $filter }
article-count = { $count ->
        [zero] { $count } erthygl
        [one] { $count } erthygl
        [two] { $count } erthygl
        [few] { $count } erthygl
        [many] { $count } erthygl
       *[other] { $count } o erthyglau
    }
results = Canlyniadau
no-match = Does dim erthyglau’n cyfateb. Rhowch gynnig ar lai o eiriau neu eiriau gwahanol, neu tynnwch hidlydd.
result-pages = Tudalennau canlyniadau
previous = Blaenorol
next = Nesaf
narrow-results = Culhau’r canlyniadau
facet-language = Iaith
facet-year = Blwyddyn
mastodon-share = Rhannu ar Mastodon
mastodon-server = Eich gweinydd Mastodon
mastodon-hint = Dim ond enw’r gweinydd, fel { $example }. Bydd eich porwr yn ei gofio y tro nesaf; dydyn ni ddim yn ei gadw.
mastodon-continue = Ymlaen i Mastodon
mastodon-post = Y neges
newsletters = Cylchlythyrau
past-editions = Rhifynnau blaenorol
no-editions = Does dim rhifyn wedi’i anfon eto.
newer = Mwy diweddar
older = Hŷn
edition-number = Rhif { $number }
edition-from = Gan { $source }
edition-get = Cael { $newsletter } drwy e-bost
your-newsletters = Eich cylchlythyrau
preferences-for = Ar gyfer { $email }.
choices-saved = Mae eich dewisiadau wedi’u cadw.
send-me = Anfonwch ataf
language-edition = Rhifyn iaith
save-choices = Cadw fy newisiadau
unsubscribe-everything = Dad-danysgrifio o bopeth
unsubscribed = Rydych wedi dad-danysgrifio
no-longer-receive = Fyddwch chi ddim yn cael { $newsletters } mwyach.
no-longer-receive-any = Fyddwch chi ddim yn cael ein cylchlythyrau mwyach.
changed-your-mind = Wedi newid eich meddwl? Dewiswch eich cylchlythyrau eto
unsubscribe = Dad-danysgrifio
stop-receiving = Peidio â chael { $newsletter }?
stop-receiving-all = Peidio â chael unrhyw un o’n cylchlythyrau?
choose-newsletters = Neu dewiswch pa gylchlythyrau rydych yn eu cael
which-newsletters = Pa gylchlythyrau
subscribe-hint = Byddwn yn anfon dolen atoch i gadarnhau. Dim picseli tracio, dim dolenni wedi’u hailysgrifennu; mae gan bob e-bost ddolen dad-danysgrifio un clic.
no-newsletters = Does dim cylchlythyr i danysgrifio iddo eto.
edition-language-notice = Rhifyn iaith: { $language } — dangosir pob erthygl wedi’i chyfieithu lle mae cyfieithiad, ac fel arall yn ei hiaith wreiddiol.
mail-read-article = Darllen yr erthygl
mail-read-on-web = Darllen y rhifyn hwn ar y we
mail-why-you-receive = Rydych yn cael { $newsletter } am i chi danysgrifio ar { $site }.
confirm-subject = Cadarnhewch eich tanysgrifiad i { $site }
confirm-greeting = Helo,
confirm-asked = Mae rhywun, chi mae’n debyg, wedi gofyn am gael { $newsletters } gan { $site } yn y cyfeiriad hwn.
confirm-open-link = I gadarnhau, agorwch y ddolen hon (mae’n gweithio am { $hours } awr):
confirm-button = Cadarnhau fy nhanysgrifiad
confirm-link-works = Mae’r ddolen yn gweithio am { $hours } awr.
confirm-copy-address = Os nad yw’r botwm yn gweithio, copïwch y cyfeiriad hwn i’ch porwr:
confirm-not-you = Os nad chi oedd hyn, anwybyddwch yr e-bost hwn: chlywch chi ddim gennym ni eto.
schedule-daily = Bob dydd am { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Bob dydd Llun am { $time } ({ $zone })
        [tuesday] Bob dydd Mawrth am { $time } ({ $zone })
        [wednesday] Bob dydd Mercher am { $time } ({ $zone })
        [thursday] Bob dydd Iau am { $time } ({ $zone })
        [friday] Bob dydd Gwener am { $time } ({ $zone })
        [saturday] Bob dydd Sadwrn am { $time } ({ $zone })
       *[sunday] Bob dydd Sul am { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Edrychwch yn eich mewnflwch
notice-check-inbox-text = Rydyn ni wedi anfon e-bost atoch gyda dolen i gadarnhau eich tanysgrifiad. Gall gymryd munud i gyrraedd; os na ddaw, edrychwch yn eich ffolder sbam.
notice-subscribed = Rydych wedi tanysgrifio
notice-subscribed-text = Diolch. Byddwch yn cael { $newsletters } o’r rhifyn nesaf ymlaen. Mae gan bob e-bost ddolen i newid eich dewisiadau neu ddad-danysgrifio.
our-newsletter = ein cylchlythyr
notice-already-subscribed = Rydych eisoes wedi tanysgrifio
notice-already-subscribed-text = Mae’r ddolen hon wedi’i defnyddio o’r blaen, ac mae eich tanysgrifiad wedi’i gadarnhau. Does dim byd arall i’w wneud.
notice-link-expired = Mae’r ddolen hon wedi dod i ben
notice-link-expired-text = Dim ond am gyfnod cyfyngedig y mae dolenni cadarnhau’n gweithio, ac mae hon yn rhy hen. Tanysgrifiwch eto ac fe anfonwn ddolen newydd atoch.
subscribe-again = Tanysgrifio eto
notice-link-unknown = Dyw’r ddolen hon ddim yn gweithio
notice-link-unknown-text = Efallai nad yw’n gyflawn (gwiriwch iddi gael ei chopïo i gyd), neu fod e-bost cadarnhau mwy newydd wedi cymryd ei lle. Mae tanysgrifio eto’n anfon dolen newydd.

## Newsletter forms: why a form was refused

form-email-missing = Rhowch eich cyfeiriad e-bost.
form-invalid-email = Nid cyfeiriad e-bost yw hwn: gwiriwch ef.
form-unknown-newsletter = Dewiswch eto: does dim cylchlythyr â’r enw hwnnw.
form-invalid = Gwiriwch eich dewisiadau a rhowch gynnig arall arni.
form-rate-limited = Gormod o geisiadau ar unwaith. Os ydych newydd danysgrifio, edrychwch yn eich mewnflwch (a’ch ffolder sbam); fel arall rhowch gynnig arall arni ymhen awr.
