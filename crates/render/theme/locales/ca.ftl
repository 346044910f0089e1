number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = de gener
month-2 = de febrer
month-3 = de març
month-4 = d’abril
month-5 = de maig
month-6 = de juny
month-7 = de juliol
month-8 = d’agost
month-9 = de setembre
month-10 = d’octubre
month-11 = de novembre
month-12 = de desembre
date-long = { $day } { $month } de { $year }
list-separator = { ", " }
list-and = { " i " }
list-or = { " o " }
skip-to-content = Vés al contingut principal
search = Cerca
search-articles = Cerca articles
nav-sections = Seccions
nav-regions = Regions
nav-themes = Temes
nav-reports = Reportatges
email-address = La teva adreça electrònica
subscribe = Subscriu-t’hi
all-newsletters = Tots els butlletins
feed-rss = Canal RSS
feed-atom = Canal Atom
feed-json = JSON Feed
media-inquiries = Consultes de premsa: { $email }
site-elsewhere = { $site } en altres llocs
preview-title = Previsualització: no publicat.
preview-text = Els lectors no poden veure aquesta pàgina; mostra la revisió que s’està editant.
languages = Llengües
language-offer = Llegiu aquesta pàgina en català
language-offer-dismiss = No, gràcies
translation-reviewed = Traduït i revisat per la redacció.
translation-machine = Traducció automàtica ({ $engine }), no revisada per la redacció.
translation-machine-model = Traducció automàtica ({ $engine }, { $model }), no revisada per la redacció.
translation-outdated = L’original ha canviat des que es va fer aquesta traducció; aviat n’hi haurà una d’actualitzada.
translation-outdated-locked = L’original ha canviat des que es va fer aquesta traducció.
translation-partial = Alguns fragments no s’han pogut traduir i es mostren en la llengua original ({ $language }).
translation-read-original = Llegeix l’original ({ $language })
byline = Per { $authors }
published = Publicat el { $date }
first-published = Publicat originalment per { $source }
source-and-date = { $source }, { $date }
filed-region = Regió:
filed-theme = Tema:
filed-report = Reportatge:
original-source = La font original d’aquest article és { $source }.
more-from = Més de { $source }
source-website = Web de { $source }
articles-by = Articles de
organisation = Organització
share-article = Comparteix aquest article
share-email = Correu electrònic
republish-published-by = Aquest article l’ha publicat { $site }.
republish-original-source = La font original d’aquest article és { $source }.
article-link = Enllaç a aquest article
copy-link = Copia l’enllaç
copied = Copiat
republish = Republica aquest article
republish-terms = Pots republicar aquest article al teu lloc web, sencer i sense canvis, amb el crèdit i l’enllaç de sota. Copia l’HTML:
republish-html = HTML d’aquest article
copy-html = Copia l’HTML
disclaimer = Avís legal
from-site = De { $site }
newsletter = Butlletí
membership = Subscripció de suport
other-languages = Altres llengües
related-articles = Articles relacionats
card-via = via { $source }
pages = Pàgines
newer-articles = Articles més recents
older-articles = Articles més antics
page-of = Pàgina { $page } de { $total }
featured = Destacats
latest = El més recent
nothing-published = Encara no s’ha publicat res.
kind-region = Regió
kind-theme = Tema
kind-report = Reportatge
kind-author = Autor
kind-source = Font
breadcrumb = Ruta de navegació
visit-website = Visita el web
website = Lloc web
within = A { $place }
articles = Articles
no-articles-here = Encara no hi ha cap article aquí.
error-status = Error { $status }
error-not-found = No s’ha trobat la pàgina
error-gone = Aquest article s’ha retirat
error-other = Alguna cosa ha anat malament
error-unavailable = Temporalment no disponible
error-not-found-text = No hi ha cap pàgina en aquesta adreça. Potser s’ha mogut, o l’enllaç està mal escrit.
error-gone-text = Es va publicar aquí una vegada i després es va retirar.
error-other-text = Torna-ho a provar d’aquí a un moment.
front-page = Vés a la portada de { $site }
search-results-for = Resultats de la cerca de «{ $query }»
filtered-by = Filtrat per:
remove-filter = Treu el filtre { $filter }
article-count = { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
results = Resultats
no-match = Cap article no coincideix. Prova amb menys paraules o amb unes altres, o treu un filtre.
result-pages = Pàgines de resultats
previous = Anterior
next = Següent
narrow-results = Afina els resultats
facet-language = Llengua
facet-year = Any
mastodon-share = Comparteix a Mastodon
mastodon-server = El teu servidor de Mastodon
mastodon-hint = Només el nom del servidor, com ara { $example }. El teu navegador el recordarà per a la pròxima vegada; nosaltres no el desem.
mastodon-continue = Continua a Mastodon
mastodon-post = La publicació
newsletters = Butlletins
past-editions = Edicions anteriors
no-editions = Encara no s’ha enviat cap edició.
newer = Més recents
older = Més antigues
edition-number = Núm. { $number }
edition-from = De { $source }
edition-get = Rep { $newsletter } per correu electrònic
your-newsletters = Els teus butlletins
preferences-for = Per a { $email }.
choices-saved = S’han desat les teves preferències.
send-me = Envieu-me
language-edition = Edició per llengua
save-choices = Desa les meves preferències
unsubscribe-everything = Dona’m de baixa de tot
unsubscribed = T’has donat de baixa
no-longer-receive = Ja no rebràs { $newsletters }.
no-longer-receive-any = Ja no rebràs els nostres butlletins.
changed-your-mind = Has canviat d’opinió? Torna a triar els teus butlletins
unsubscribe = Dona’t de baixa
stop-receiving = Vols deixar de rebre { $newsletter }?
stop-receiving-all = Vols deixar de rebre tots els nostres butlletins?
choose-newsletters = O tria quins butlletins reps
which-newsletters = Quins butlletins
subscribe-hint = T’enviarem un enllaç per confirmar-ho. Sense píxels de seguiment ni enllaços reescrits; cada correu inclou un enllaç per donar-te de baixa amb un clic.
no-newsletters = Encara no hi ha cap butlletí al qual subscriure’s.
edition-language-notice = Edició per llengua: { $language } — cada article es mostra traduït si en té traducció, i si no, en la llengua original.
mail-read-article = Llegeix l’article
mail-read-on-web = Llegeix aquesta edició al web
mail-why-you-receive = Reps { $newsletter } perquè t’hi vas subscriure a { $site }.
confirm-subject = Confirma la teva subscripció a { $site }
confirm-greeting = Hola,
confirm-asked = Algú, probablement tu, ha demanat rebre { $newsletters } de { $site } en aquesta adreça.
confirm-open-link =
    { $hours ->
        [one] Per confirmar-ho, obre aquest enllaç (funciona durant { $hours } hora):
       *[other] Per confirmar-ho, obre aquest enllaç (funciona durant { $hours } hores):
    }
confirm-button = Confirma la meva subscripció
confirm-link-works =
    { $hours ->
        [one] L’enllaç funciona durant { $hours } hora.
       *[other] L’enllaç funciona durant { $hours } hores.
    }
confirm-copy-address = Si el botó no funciona, copia aquesta adreça al navegador:
confirm-not-you = Si no has estat tu, no facis cas d’aquest correu: no tornaràs a tenir notícies nostres.
schedule-daily = Cada dia a les { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Cada dilluns a les { $time } ({ $zone })
        [tuesday] Cada dimarts a les { $time } ({ $zone })
        [wednesday] Cada dimecres a les { $time } ({ $zone })
        [thursday] Cada dijous a les { $time } ({ $zone })
        [friday] Cada divendres a les { $time } ({ $zone })
        [saturday] Cada dissabte a les { $time } ({ $zone })
       *[sunday] Cada diumenge a les { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Mira la teva safata d’entrada
notice-check-inbox-text = T’hem enviat un correu amb un enllaç per confirmar la subscripció. Pot trigar un minut a arribar; si no arriba, mira a la carpeta de correu brossa.
notice-subscribed = Ja estàs subscrit
notice-subscribed-text = Gràcies. Rebràs { $newsletters } a partir de la propera edició. Cada correu té un enllaç per canviar les teves opcions o donar-te de baixa.
our-newsletter = el nostre butlletí
notice-already-subscribed = Ja estaves subscrit
notice-already-subscribed-text = Aquest enllaç ja s’ha fet servir i la teva subscripció està confirmada. No cal fer res més.
notice-link-expired = Aquest enllaç ha caducat
notice-link-expired-text = Els enllaços de confirmació funcionen durant un temps limitat, i aquest és massa antic. Torna’t a subscriure i t’enviarem un enllaç nou.
subscribe-again = Torna’t a subscriure
notice-link-unknown = Aquest enllaç no funciona
notice-link-unknown-text = Potser està incomplet (comprova que s’ha copiat sencer), o un correu de confirmació més recent l’ha substituït. Si et tornes a subscriure, t’enviarem un enllaç nou.

## Newsletter forms: why a form was refused

form-email-missing = Escriu la teva adreça de correu electrònic.
form-invalid-email = Això no és una adreça de correu electrònic: revisa-la.
form-unknown-newsletter = Torna a triar: no hi ha cap butlletí amb aquest nom.
form-invalid = Revisa les teves opcions i torna-ho a provar.
form-rate-limited = Massa sol·licituds alhora. Si t’acabes de subscriure, mira la safata d’entrada (i la carpeta de correu brossa); si no, torna-ho a provar d’aquí a una hora.
