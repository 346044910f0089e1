number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = janúar
month-2 = febrúar
month-3 = mars
month-4 = apríl
month-5 = maí
month-6 = júní
month-7 = júlí
month-8 = ágúst
month-9 = september
month-10 = október
month-11 = nóvember
month-12 = desember
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " og " }
list-or = { " eða " }
skip-to-content = Fara í aðalefni
search = Leita
search-articles = Leita í greinum
nav-sections = Efnisflokkar
nav-regions = Svæði
nav-themes = Málefni
nav-reports = Fréttaskýringar
email-address = Netfangið þitt
subscribe = Gerast áskrifandi
all-newsletters = Öll fréttabréf
feed-rss = RSS-straumur
feed-atom = Atom-straumur
feed-json = JSON Feed
media-inquiries = Fyrirspurnir fjölmiðla: { $email }
site-elsewhere = { $site } annars staðar
preview-title = Forskoðun — ekki birt.
preview-text = Lesendur sjá ekki þessa síðu; hún sýnir útgáfuna sem verið er að breyta.
languages = Tungumál
language-offer = Lesa þessa síðu á íslensku
language-offer-dismiss = Nei, takk
translation-reviewed = Þýtt og yfirfarið af ritstjórn.
translation-machine = Vélþýðing ({ $engine }), ekki yfirfarin af ritstjórn.
translation-machine-model = Vélþýðing ({ $engine }, { $model }), ekki yfirfarin af ritstjórn.
translation-outdated = Frumtextanum hefur verið breytt síðan þessi þýðing var gerð; uppfærð þýðing er á leiðinni.
translation-outdated-locked = Frumtextanum hefur verið breytt síðan þessi þýðing var gerð.
translation-partial = Ekki tókst að þýða suma kafla og eru þeir sýndir á frummálinu ({ $language }).
translation-read-original = Lesa frumtextann ({ $language })
byline = Eftir { $authors }
published = Birt { $date }
first-published = Fyrst birt hjá { $source }
source-and-date = { $source }, { $date }
filed-region = Svæði:
filed-theme = Málefni:
filed-report = Fréttaskýring:
original-source = Upprunaleg heimild þessarar greinar er { $source }.
more-from = Meira frá { $source }
source-website = Vefur { $source }
articles-by = Greinar eftir
organisation = Samtök
share-article = Deila þessari grein
share-email = Tölvupóstur
republish-published-by = Þessi grein var birt af { $site }.
republish-original-source = Upprunaleg heimild þessarar greinar er { $source }.
article-link = Tengill á þessa grein
copy-link = Afrita tengil
copied = Afritað
republish = Endurbirta þessa grein
republish-terms = Þú mátt endurbirta þessa grein á þínum eigin vef, í heild og óbreytta, með tilvísuninni og tenglinum hér að neðan. Afritaðu HTML-kóðann:
republish-html = HTML þessarar greinar
copy-html = Afrita HTML
disclaimer = Fyrirvari
from-site = Frá { $site }
newsletter = Fréttabréf
membership = Aðild
other-languages = Önnur tungumál
related-articles = Tengdar greinar
card-via = í gegnum { $source }
pages = Síður
newer-articles = Nýrri greinar
older-articles = Eldri greinar
page-of = Síða { $page } af { $total }
featured = Í brennidepli
latest = Nýjast
nothing-published = Ekkert hefur verið birt enn.
kind-region = Svæði
kind-theme = Málefni
kind-report = Fréttaskýring
kind-author = Höfundur
kind-source = Heimild
breadcrumb = Brauðmolaslóð
visit-website = Fara á vefinn
website = Vefur
within = Í { $place }
articles = Greinar
no-articles-here = Hér eru engar greinar enn.
error-status = Villa { $status }
error-not-found = Síða fannst ekki
error-gone = Þessi grein hefur verið dregin til baka
error-other = Eitthvað fór úrskeiðis
error-unavailable = Tímabundið ekki tiltækt
error-not-found-text = Engin síða er á þessu vistfangi. Hún gæti hafa verið flutt, eða tengillinn er rangt sleginn inn.
error-gone-text = Hún var einu sinni birt hér en hefur síðan verið fjarlægð.
error-other-text = Reyndu aftur eftir smástund.
front-page = Fara á forsíðu { $site }
search-results-for = Leitarniðurstöður fyrir „{ $query }“
filtered-by = Síað eftir:
remove-filter = Fjarlægja síuna { $filter }
article-count = { $count ->
        [one] { $count } grein
       *[other] { $count } greinar
    }
results = Niðurstöður
no-match = Engin grein passar. Prófaðu færri eða önnur orð eða fjarlægðu síu.
result-pages = Niðurstöðusíður
previous = Fyrri
next = Næsta
narrow-results = Þrengja niðurstöður
facet-language = Tungumál
facet-year = Ár
mastodon-share = Deila á Mastodon
mastodon-server = Mastodon-þjónninn þinn
mastodon-hint = Aðeins heiti þjónsins, til dæmis { $example }. Vafrinn þinn man það næst; við geymum það ekki.
mastodon-continue = Halda áfram á Mastodon
mastodon-post = Færslan
newsletters = Fréttabréf
past-editions = Fyrri tölublöð
no-editions = Ekkert tölublað hefur verið sent enn.
newer = Nýrri
older = Eldri
edition-number = Nr. { $number }
edition-from = Frá { $source }
edition-get = Fáðu { $newsletter } í tölvupósti
your-newsletters = Fréttabréfin þín
preferences-for = Fyrir { $email }.
choices-saved = Val þitt hefur verið vistað.
send-me = Sendið mér
language-edition = Tungumálaútgáfa
save-choices = Vista valið mitt
unsubscribe-everything = Segja upp öllu
unsubscribed = Þú hefur sagt upp áskrift
no-longer-receive = Þú færð ekki lengur { $newsletters }.
no-longer-receive-any = Þú færð ekki lengur fréttabréfin okkar.
changed-your-mind = Skiptirðu um skoðun? Veldu fréttabréfin þín aftur
unsubscribe = Segja upp áskrift
stop-receiving = Hætta að fá { $newsletter }?
stop-receiving-all = Hætta að fá öll fréttabréfin okkar?
choose-newsletters = Eða veldu hvaða fréttabréf þú færð
which-newsletters = Hvaða fréttabréf
subscribe-hint = Við sendum þér tengil til staðfestingar. Engir rakningardílar, engir endurskrifaðir tenglar; hver póstur er með tengil til að segja upp með einum smelli.
no-newsletters = Það er ekkert fréttabréf til að gerast áskrifandi að enn.
edition-language-notice = Tungumálaútgáfa: { $language } — hver grein birtist í þýðingu þar sem hún er til, annars á frummálinu.
mail-read-article = Lesa greinina
mail-read-on-web = Lesa þetta tölublað á vefnum
mail-why-you-receive = Þú færð { $newsletter } af því að þú skráðir þig á { $site }.
confirm-subject = Staðfestu áskriftina að { $site }
confirm-greeting = Halló,
confirm-asked = Einhver, líklega þú, bað um að fá { $newsletters } frá { $site } á þetta netfang.
confirm-open-link =
    { $hours ->
        [one] Opnaðu þennan tengil til að staðfesta (hann virkar í { $hours } klukkustund):
       *[other] Opnaðu þennan tengil til að staðfesta (hann virkar í { $hours } klukkustundir):
    }
confirm-button = Staðfesta áskriftina
confirm-link-works =
    { $hours ->
        [one] Tengillinn virkar í { $hours } klukkustund.
       *[other] Tengillinn virkar í { $hours } klukkustundir.
    }
confirm-copy-address = Ef hnappurinn virkar ekki skaltu afrita þetta vistfang í vafrann:
confirm-not-you = Ef þetta varst ekki þú skaltu hunsa þennan tölvupóst: þú heyrir ekki frá okkur aftur.
schedule-daily = Alla daga kl. { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Alla mánudaga kl. { $time } ({ $zone })
        [tuesday] Alla þriðjudaga kl. { $time } ({ $zone })
        [wednesday] Alla miðvikudaga kl. { $time } ({ $zone })
        [thursday] Alla fimmtudaga kl. { $time } ({ $zone })
        [friday] Alla föstudaga kl. { $time } ({ $zone })
        [saturday] Alla laugardaga kl. { $time } ({ $zone })
       *[sunday] Alla sunnudaga kl. { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Skoðaðu pósthólfið þitt
notice-check-inbox-text = Við sendum þér tölvupóst með tengli til að staðfesta áskriftina. Það getur tekið mínútu fyrir hann að berast; ef hann berst ekki, skoðaðu ruslpóstmöppuna.
notice-subscribed = Þú ert orðin(n) áskrifandi
notice-subscribed-text = Takk fyrir. Þú færð { $newsletters } frá og með næsta tölublaði. Í hverjum pósti er tengill til að breyta vali þínu eða segja upp áskrift.
our-newsletter = fréttabréfið okkar
notice-already-subscribed = Þú ert nú þegar áskrifandi
notice-already-subscribed-text = Þessi tengill hefur verið notaður áður og áskriftin þín er staðfest. Það er ekkert fleira að gera.
notice-link-expired = Þessi tengill er útrunninn
notice-link-expired-text = Staðfestingartenglar virka aðeins í takmarkaðan tíma og þessi er of gamall. Skráðu þig aftur og við sendum þér nýjan.
subscribe-again = Gerast áskrifandi aftur
notice-link-unknown = Þessi tengill virkar ekki
notice-link-unknown-text = Hann gæti verið ófullkominn (athugaðu hvort hann var afritaður í heild), eða nýrri staðfestingarpóstur hefur leyst hann af hólmi. Ný skráning sendir nýjan tengil.

## Newsletter forms: why a form was refused

form-email-missing = Sláðu inn netfangið þitt.
form-invalid-email = Þetta er ekki netfang: athugaðu það.
form-unknown-newsletter = Veldu aftur: ekkert fréttabréf ber þetta nafn.
form-invalid = Athugaðu valið þitt og reyndu aftur.
form-rate-limited = Of margar beiðnir í einu. Ef þú varst að skrá þig, skoðaðu pósthólfið (og ruslpóstmöppuna); annars reyndu aftur eftir klukkustund.
