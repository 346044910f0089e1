number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = de genièr
month-2 = de febrièr
month-3 = de març
month-4 = d’abril
month-5 = de mai
month-6 = de junh
month-7 = de julhet
month-8 = d’agost
month-9 = de setembre
month-10 = d’octòbre
month-11 = de novembre
month-12 = de decembre
date-long = { $day } { $month } de { $year }
list-separator = { ", " }
list-and = { " e " }
list-or = { " o " }
skip-to-content = Anar al contengut principal
search = Cercar
search-articles = Cercar d’articles
nav-sections = Rubricas
nav-regions = Regions
nav-themes = Tèmas
nav-reports = Dorsièrs
email-address = Vòstra adreça electronica
subscribe = S’abonar
all-newsletters = Totas las letras d’informacion
feed-rss = Flux RSS
feed-atom = Flux Atom
feed-json = JSON Feed
media-inquiries = Contacte per la premsa: { $email }
site-elsewhere = { $site } endacòm mai
preview-title = Apercebut — pas publicat.
preview-text = Los lectors pòdon pas veire aquesta pagina; mòstra la version en cors de modificacion.
languages = Lengas
language-offer = Legir aquesta pagina en occitan
language-offer-dismiss = Non, mercé
translation-reviewed = Traduch e relegit per la redaccion.
translation-machine = Traduccion automatica ({ $engine }), pas relegida per la redaccion.
translation-machine-model = Traduccion automatica ({ $engine }, { $model }), pas relegida per la redaccion.
translation-outdated = L’original a cambiat dempuèi aquesta traduccion; una traduccion mesa a jorn es en preparacion.
translation-outdated-locked = L’original a cambiat dempuèi aquesta traduccion.
translation-partial = Unes passatges se podián pas traduire e son afichats dins la lenga d’origina ({ $language }).
translation-read-original = Legir l’original ({ $language })
byline = Per { $authors }
published = Publicat lo { $date }
first-published = Publicat primièr per { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Tèma:
filed-report = Dorsièr:
original-source = La font originala d’aqueste article es { $source }.
more-from = Mai d’articles de { $source }
source-website = Site de { $source }
articles-by = Articles de
organisation = Organizacion
share-article = Partejar aqueste article
share-email = Corrièl
republish-published-by = Aqueste article foguèt publicat per { $site }.
republish-original-source = La font originala d’aqueste article es { $source }.
article-link = Ligam cap a aqueste article
copy-link = Copiar lo ligam
copied = Copiat
republish = Tornar publicar aqueste article
republish-terms = Podètz tornar publicar aqueste article sus vòstre site, complet e sens modificacion, amb la mencion e lo ligam çai-jos. Copiatz l’HTML:
republish-html = HTML d’aqueste article
copy-html = Copiar l’HTML
disclaimer = Avertiment
from-site = De la part de { $site }
newsletter = Letra d’informacion
membership = Adesion
other-languages = Autras lengas
related-articles = Articles ligats
card-via = via { $source }
pages = Paginas
newer-articles = Articles mai recents
older-articles = Articles mai ancians
page-of = Pagina { $page } sus { $total }
featured = A la una
latest = Darrièras publicacions
nothing-published = Res es pas encara estat publicat.
kind-region = Region
kind-theme = Tèma
kind-report = Dorsièr
kind-author = Autor
kind-source = Font
breadcrumb = Camin de navigacion
visit-website = Visitar lo site
website = Site web
within = Dins { $place }
articles = Articles
no-articles-here = I a pas encara cap d’article aicí.
error-status = Error { $status }
error-not-found = Pagina pas trobada
error-gone = Aqueste article es estat retirat
error-other = Quicòm a trucat
error-unavailable = Temporàriament indisponible
error-not-found-text = I a pas cap de pagina a aquesta adreça. Benlèu es estada desplaçada, o lo ligam es mal escrich.
error-gone-text = Foguèt publicat aicí un còp, puèi es estat levat.
error-other-text = Ensajatz tornamai d’aquí un moment.
front-page = Anar a la primièra pagina de { $site }
search-results-for = Resultats de recèrca per «{ $query }»
filtered-by = Filtrat per:
remove-filter = Levar lo filtre { $filter }
article-count = { $count ->
        [0] { $count } article
        [one] { $count } article
       *[other] { $count } articles
    }
results = Resultats
no-match = Cap d’article correspond pas. Ensajatz amb mens de mots o d’autres mots, o levatz un filtre.
result-pages = Paginas de resultats
previous = Precedent
next = Seguent
narrow-results = Afinar los resultats
facet-language = Lenga
facet-year = Annada
mastodon-share = Partejar sus Mastodon
mastodon-server = Vòstre servidor Mastodon
mastodon-hint = Sonque lo nom del servidor, per exemple { $example }. Vòstre navegador se’n rementarà la còp que ven; nosautres l’enregistram pas.
mastodon-continue = Contunhar cap a Mastodon
mastodon-post = La publicacion
newsletters = Letras d’informacion
past-editions = Numèros precedents
no-editions = Cap de numèro es pas encara estat mandat.
newer = Mai recents
older = Mai ancians
edition-number = N° { $number }
edition-from = De { $source }
edition-get = Recebre { $newsletter } per corrièl
your-newsletters = Vòstras letras d’informacion
preferences-for = Per { $email }.
choices-saved = Vòstres causidas son enregistradas.
send-me = Mandatz-me
language-edition = Edicion per lenga
save-choices = Enregistrar mas causidas
unsubscribe-everything = Me desabonar de tot
unsubscribed = Sètz desabonat
no-longer-receive = Recebretz pas mai { $newsletters }.
no-longer-receive-any = Recebretz pas mai nòstras letras d’informacion.
changed-your-mind = Avètz cambiat d’idèa? Causissètz tornamai vòstras letras d’informacion
unsubscribe = Se desabonar
stop-receiving = Recebre pas mai { $newsletter }?
stop-receiving-all = Recebre pas mai cap de nòstras letras d’informacion?
choose-newsletters = O causissètz las letras d’informacion que recebètz
which-newsletters = Quinas letras d’informacion
subscribe-hint = Vos mandarem un ligam de confirmacion per corrièl. Cap de pixèl espion, cap de ligam reescrich; cada corrièl conten un ligam de desabonament en un clic.
no-newsletters = I a pas encara cap de letra d’informacion a la quala s’abonar.
edition-language-notice = Edicion per lenga: { $language } — cada article es mostrat traduch se n’a una traduccion, e autrament dins sa lenga d’origina.
mail-read-article = Legir l’article
mail-read-on-web = Legir aquesta edicion sul web
mail-why-you-receive = Recebètz { $newsletter } perque vos sètz abonat sus { $site }.
confirm-subject = Confirmatz vòstre abonament a { $site }
confirm-greeting = Bonjorn,
confirm-asked = Qualqu’un, probablament vos, a demandat de recebre { $newsletters } de { $site } a aquesta adreça.
confirm-open-link =
    { $hours ->
        [one] Per confirmar, dobrissètz aqueste ligam (fonciona pendent { $hours } ora):
       *[other] Per confirmar, dobrissètz aqueste ligam (fonciona pendent { $hours } oras):
    }
confirm-button = Confirmar mon abonament
confirm-link-works =
    { $hours ->
        [one] Lo ligam fonciona pendent { $hours } ora.
       *[other] Lo ligam fonciona pendent { $hours } oras.
    }
confirm-copy-address = Se lo boton fonciona pas, copiatz aquesta adreça dins vòstre navegador:
confirm-not-you = Se èra pas vos, ignoratz aqueste corrièl: auretz pas mai de nòvas nòstras.
schedule-daily = Cada jorn a { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Cada diluns a { $time } ({ $zone })
        [tuesday] Cada dimars a { $time } ({ $zone })
        [wednesday] Cada dimècres a { $time } ({ $zone })
        [thursday] Cada dijòus a { $time } ({ $zone })
        [friday] Cada divendres a { $time } ({ $zone })
        [saturday] Cada dissabte a { $time } ({ $zone })
       *[sunday] Cada dimenge a { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Consultatz vòstra bóstia de recepcion
notice-check-inbox-text = Vos avèm mandat un corrièl amb un ligam per confirmar vòstre abonament. Pòt metre una minuta per arribar; se arriba pas, agachatz dins lo dorsièr de corrièr indesirable.
notice-subscribed = Sètz abonat
notice-subscribed-text = Mercés. Recebretz { $newsletters } a partir de la pròxima edicion. Cada corrièl conten un ligam per modificar vòstras causidas o vos desabonar.
our-newsletter = nòstra letra d’informacion
notice-already-subscribed = Sètz ja abonat
notice-already-subscribed-text = Aqueste ligam es ja estat utilizat, e vòstre abonament es confirmat. Avètz pas res mai a far.
notice-link-expired = Aqueste ligam a expirat
notice-link-expired-text = Los ligams de confirmacion foncionan pas qu’un temps limitat, e aqueste es tròp ancian. Abonatz-vos tornamai e vos ne mandarem un novèl.
subscribe-again = S’abonar tornamai
notice-link-unknown = Aqueste ligam fonciona pas
notice-link-unknown-text = Benlèu es incomplet (verificatz qu’es estat copiat en entièr), o un corrièl de confirmacion mai recent l’a remplaçat. S’abonar tornamai manda un ligam novèl.

## Newsletter forms: why a form was refused

form-email-missing = Picatz vòstra adreça electronica.
form-invalid-email = Aquò es pas una adreça electronica: verificatz-la.
form-unknown-newsletter = Causissètz tornamai: i a pas cap de letra d’informacion d’aqueste nom.
form-invalid = Verificatz vòstras causidas e ensajatz tornamai.
form-rate-limited = Tròp de demandas a l’encòp. Se venètz de vos abonar, consultatz vòstra bóstia de recepcion (e lo dorsièr de corrièr indesirable); siquenon, ensajatz tornamai d’aquí una ora.
