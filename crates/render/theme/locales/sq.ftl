number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " dhe " }
list-or = { " ose " }
skip-to-content = Kalo te përmbajtja kryesore
search = Kërko
search-articles = Kërko artikuj
nav-sections = Rubrikat
nav-regions = Rajonet
nav-themes = Temat
nav-reports = Raporte të thelluara
email-address = Adresa jote e email-it
subscribe = Abonohu
all-newsletters = Të gjitha buletinet
feed-rss = Burim RSS
feed-atom = Burim Atom
feed-json = JSON Feed
media-inquiries = Për mediat: { $email }
site-elsewhere = { $site } gjetkë
preview-title = Paraparje — e pabotuar.
preview-text = Lexuesit nuk e shohin këtë faqe; ajo tregon versionin që po redaktohet.
languages = Gjuhët
language-offer = Lexojeni këtë faqe në shqip
language-offer-dismiss = Jo, faleminderit
translation-reviewed = Përkthyer dhe rishikuar nga redaksia.
translation-machine = Përkthim automatik ({ $engine }), i parishikuar nga redaksia.
translation-machine-model = Përkthim automatik ({ $engine }, { $model }), i parishikuar nga redaksia.
translation-outdated = Origjinali ka ndryshuar që kur u bë ky përkthim; një përkthim i përditësuar është në rrugë.
translation-outdated-locked = Origjinali ka ndryshuar që kur u bë ky përkthim.
translation-partial = Disa pjesë nuk mund të përktheheshin dhe shfaqen në gjuhën origjinale ({ $language }).
translation-read-original = Lexo origjinalin ({ $language })
byline = Nga { $authors }
published = Botuar më { $date }
first-published = Botuar fillimisht nga { $source }
source-and-date = { $source }, { $date }
filed-region = Rajoni:
filed-theme = Tema:
filed-report = Raport i thelluar:
original-source = Burimi origjinal i këtij artikulli është { $source }.
more-from = Më shumë nga { $source }
source-website = Faqja e internetit e { $source }
articles-by = Artikuj nga
organisation = Organizatë
share-article = Ndaje këtë artikull
share-email = Email
republish-published-by = Ky artikull u botua nga { $site }.
republish-original-source = Burimi origjinal i këtij artikulli është { $source }.
article-link = Lidhja e këtij artikulli
copy-link = Kopjo lidhjen
copied = U kopjua
republish = Ribotoje këtë artikull
republish-terms = Mund ta ribotosh këtë artikull në faqen tënde, të plotë dhe pa ndryshime, me përmendjen dhe lidhjen më poshtë. Kopjo HTML-në:
republish-html = HTML-ja e këtij artikulli
copy-html = Kopjo HTML-në
disclaimer = Mohim përgjegjësie
from-site = Nga { $site }
newsletter = Buletin
membership = Anëtarësim
other-languages = Gjuhë të tjera
related-articles = Artikuj të ngjashëm
card-via = nëpërmjet { $source }
pages = Faqet
newer-articles = Artikuj më të rinj
older-articles = Artikuj më të vjetër
page-of = Faqja { $page } nga { $total }
featured = Të veçuara
latest = Më të rejat
nothing-published = Ende nuk është botuar asgjë.
kind-region = Rajon
kind-theme = Temë
kind-report = Raport i thelluar
kind-author = Autor
kind-source = Burim
breadcrumb = Shtegu i navigimit
visit-website = Vizito faqen e internetit
website = Faqja e internetit
within = Brenda { $place }
articles = Artikuj
no-articles-here = Ende nuk ka artikuj këtu.
error-status = Gabim { $status }
error-not-found = Faqja nuk u gjet
error-gone = Ky artikull është tërhequr
error-other = Diçka shkoi keq
error-not-found-text = Nuk ka asnjë faqe në këtë adresë. Ndoshta është zhvendosur, ose lidhja është shkruar gabim.
error-gone-text = Dikur u botua këtu dhe më pas është hequr.
error-other-text = Provo sërish pas pak.
front-page = Shko te faqja kryesore e { $site }
search-results-for = Rezultatet e kërkimit për “{ $query }”
filtered-by = Filtruar sipas:
remove-filter = Hiq filtrin { $filter }
article-count = { $count ->
        [one] { $count } artikull
       *[other] { $count } artikuj
    }
results = Rezultatet
no-match = Asnjë artikull nuk përputhet. Provo më pak fjalë ose fjalë të tjera, ose hiq një filtër.
result-pages = Faqet e rezultateve
previous = E mëparshmja
next = Tjetra
narrow-results = Ngushto rezultatet
facet-language = Gjuha
facet-year = Viti
mastodon-share = Ndaje në Mastodon
mastodon-server = Serveri yt i Mastodon-it
mastodon-hint = Vetëm emri i serverit, si { $example }. Shfletuesi yt e mban mend për herën tjetër; ne nuk e ruajmë.
mastodon-continue = Vazhdo te Mastodon
mastodon-post = Postimi
newsletters = Buletinet
past-editions = Numrat e mëparshëm
no-editions = Ende nuk është dërguar asnjë numër.
newer = Më të rinj
older = Më të vjetër
edition-number = Nr. { $number }
edition-from = Nga { $source }
edition-get = Merr { $newsletter } me email
your-newsletters = Buletinet e tua
preferences-for = Për { $email }.
choices-saved = Zgjedhjet e tua u ruajtën.
send-me = Më dërgoni
language-edition = Botimi sipas gjuhës
save-choices = Ruaj zgjedhjet e mia
unsubscribe-everything = Çabonohu nga të gjitha
unsubscribed = U çabonove
no-longer-receive = Nuk do të marrësh më { $newsletters }.
no-longer-receive-any = Nuk do të marrësh më buletinet tona.
changed-your-mind = Ndryshove mendje? Zgjidh sërish buletinet e tua
unsubscribe = Çabonohu
stop-receiving = Të mos marrësh më { $newsletter }?
stop-receiving-all = Të mos marrësh më asnjë nga buletinet tona?
choose-newsletters = Ose zgjidh cilat buletine merr
which-newsletters = Cilat buletine
subscribe-hint = Do të të dërgojmë një lidhje për ta konfirmuar. Pa piksela gjurmimi, pa lidhje të rishkruara; çdo email ka një lidhje çabonimi me një klikim.
no-newsletters = Ende nuk ka buletin për t’u abonuar.
edition-language-notice = Botimi sipas gjuhës: { $language } — çdo artikull shfaqet i përkthyer kur ka përkthim, përndryshe në gjuhën e tij origjinale.
mail-read-article = Lexo artikullin
mail-read-on-web = Lexo këtë numër në ueb
mail-why-you-receive = E merr { $newsletter } sepse je abonuar te { $site }.
schedule-daily = Çdo ditë në orën { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Çdo të hënë në orën { $time } ({ $zone })
        [tuesday] Çdo të martë në orën { $time } ({ $zone })
        [wednesday] Çdo të mërkurë në orën { $time } ({ $zone })
        [thursday] Çdo të enjte në orën { $time } ({ $zone })
        [friday] Çdo të premte në orën { $time } ({ $zone })
        [saturday] Çdo të shtunë në orën { $time } ({ $zone })
       *[sunday] Çdo të diel në orën { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Kontrollo kutinë postare
notice-check-inbox-text = Të dërguam një email me një lidhje për të konfirmuar abonimin. Mund të vonojë një minutë; nëse nuk vjen, shiko te dosja e postës së padëshiruar.
notice-subscribed = Je abonuar
notice-subscribed-text = Faleminderit. Do të marrësh { $newsletters } nga numri i ardhshëm. Çdo email ka një lidhje për të ndryshuar zgjedhjet ose për t’u çabonuar.
our-newsletter = buletinin tonë
notice-already-subscribed = Je abonuar tashmë
notice-already-subscribed-text = Kjo lidhje është përdorur më parë dhe abonimi yt është konfirmuar. Nuk ka asgjë tjetër për të bërë.
notice-link-expired = Kjo lidhje ka skaduar
notice-link-expired-text = Lidhjet e konfirmimit funksionojnë për një kohë të kufizuar dhe kjo është shumë e vjetër. Abonohu sërish dhe do të të dërgojmë një të re.
subscribe-again = Abonohu sërish
notice-link-unknown = Kjo lidhje nuk funksionon
notice-link-unknown-text = Ndoshta është e paplotë (kontrollo nëse është kopjuar e gjitha), ose e ka zëvendësuar një email konfirmimi më i ri. Abonimi sërish dërgon një lidhje të re.

## Newsletter forms: why a form was refused

form-email-missing = Shkruaj adresën tënde të email-it.
form-invalid-email = Kjo nuk është adresë email-i: të lutem kontrolloje.
form-unknown-newsletter = Zgjidh sërish: nuk ka asnjë buletin me këtë emër.
form-invalid = Kontrollo zgjedhjet e tua dhe provo sërish.
form-rate-limited = Shumë kërkesa njëherësh. Nëse sapo je abonuar, kontrollo kutinë postare (dhe dosjen e postës së padëshiruar); përndryshe provo sërish pas një ore.
