number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = Jannar
month-2 = Frar
month-3 = Marzu
month-4 = April
month-5 = Mejju
month-6 = Ġunju
month-7 = Lulju
month-8 = Awwissu
month-9 = Settembru
month-10 = Ottubru
month-11 = Novembru
month-12 = Diċembru
date-long = { $day } ta’ { $month } { $year }
list-separator = { ", " }
list-and = { " u " }
list-or = { " jew " }
skip-to-content = Aqbeż għall-kontenut ewlieni
search = Fittex
search-articles = Fittex fl-artikli
nav-sections = Taqsimiet
nav-regions = Reġjuni
nav-themes = Temi
nav-reports = Rapporti fil-fond
email-address = L-indirizz tal-email tiegħek
subscribe = Abbona
all-newsletters = In-newsletters kollha
feed-rss = Feed RSS
feed-atom = Feed Atom
feed-json = JSON Feed
media-inquiries = Għall-midja: { $email }
site-elsewhere = { $site } x’imkien ieħor
preview-title = Dehra minn qabel — mhux ippubblikat.
preview-text = Il-qarrejja ma jistgħux jaraw din il-paġna; turi r-reviżjoni li qed tiġi editjata.
languages = Lingwi
language-offer = Aqra din il-paġna bil-Malti
language-offer-dismiss = Le, grazzi
translation-reviewed = Tradott u rivedut mill-kamra tal-aħbarijiet.
translation-machine = Traduzzjoni awtomatika ({ $engine }), mhux riveduta mill-kamra tal-aħbarijiet.
translation-machine-model = Traduzzjoni awtomatika ({ $engine }, { $model }), mhux riveduta mill-kamra tal-aħbarijiet.
translation-outdated = L-oriġinal inbidel minn meta saret din it-traduzzjoni; traduzzjoni aġġornata ġejja fi triqitha.
translation-outdated-locked = L-oriġinal inbidel minn meta saret din it-traduzzjoni.
translation-partial = Xi siltiet ma setgħux jiġu tradotti u qed jintwerew fil-lingwa oriġinali ({ $language }).
translation-read-original = Aqra l-oriġinal ({ $language })
byline = Minn { $authors }
published = Ippubblikat fl-{ $date }
first-published = L-ewwel ippubblikat minn { $source }
source-and-date = { $source }, { $date }
filed-region = Reġjun:
filed-theme = Tema:
filed-report = Rapport fil-fond:
original-source = Is-sors oriġinali ta’ dan l-artiklu huwa { $source }.
more-from = Aktar minn { $source }
source-website = Is-sit web ta’ { $source }
articles-by = Artikli minn
organisation = Organizzazzjoni
share-article = Aqsam dan l-artiklu
share-email = Email
republish-published-by = Dan l-artiklu ġie ppubblikat minn { $site }.
republish-original-source = Is-sors oriġinali ta’ dan l-artiklu huwa { $source }.
article-link = Link għal dan l-artiklu
copy-link = Ikkopja l-link
copied = Ikkupjat
republish = Erġa’ ppubblika dan l-artiklu
republish-terms = Tista’ terġa’ tippubblika dan l-artiklu fuq is-sit tiegħek, sħiħ u mingħajr bidliet, bil-kreditu u l-link hawn taħt. Ikkopja l-HTML:
republish-html = L-HTML ta’ dan l-artiklu
copy-html = Ikkopja l-HTML
disclaimer = Ċaħda ta’ responsabbiltà
from-site = Minn { $site }
newsletter = Newsletter
membership = Sħubija
other-languages = Lingwi oħra
related-articles = Artikli relatati
card-via = permezz ta’ { $source }
pages = Paġni
newer-articles = Artikli aktar ġodda
older-articles = Artikli aktar qodma
page-of = Paġna { $page } minn { $total }
featured = Magħżula
latest = L-aħħar
nothing-published = Għadu ma ġie ppubblikat xejn.
kind-region = Reġjun
kind-theme = Tema
kind-report = Rapport fil-fond
kind-author = Awtur
kind-source = Sors
breadcrumb = Mogħdija ta’ navigazzjoni
visit-website = Żur is-sit web
website = Sit web
within = F’{ $place }
articles = Artikli
no-articles-here = Għad m’hawn l-ebda artiklu hawn.
error-status = Żball { $status }
error-not-found = Il-paġna ma nstabitx
error-gone = Dan l-artiklu ġie rtirat
error-other = Xi ħaġa marret ħażin
error-unavailable = Mhux disponibbli temporanjament
error-not-found-text = M’hemm l-ebda paġna f’dan l-indirizz. Forsi ġiet imċaqalqa, jew il-link inkiteb ħażin.
error-gone-text = Kien ippubblikat hawn darba u minn dak iż-żmien tneħħa.
error-other-text = Jekk jogħġbok erġa’ pprova fi ftit.
front-page = Mur fil-paġna ewlenija ta’ { $site }
search-results-for = Riżultati tat-tfittxija għal “{ $query }”
filtered-by = Iffiltrat skont:
remove-filter = Neħħi l-filtru { $filter }
article-count = { $count ->
        [one] { $count } artiklu
        [few] { $count } artikli
        [many] { $count }-il artiklu
       *[other] { $count } artiklu
    }
results = Riżultati
no-match = L-ebda artiklu ma jaqbel. Ipprova inqas kliem jew kliem ieħor, jew neħħi filtru.
result-pages = Paġni tar-riżultati
previous = Ta’ qabel
next = Li jmiss
narrow-results = Irfina r-riżultati
facet-language = Lingwa
facet-year = Sena
mastodon-share = Aqsam fuq Mastodon
mastodon-server = Is-server Mastodon tiegħek
mastodon-hint = L-isem tas-server biss, bħal { $example }. Il-browser tiegħek jiftakru għad-darba li jmiss; aħna ma nżommuhx.
mastodon-continue = Kompli lejn Mastodon
mastodon-post = Il-post
newsletters = Newsletters
past-editions = Ħarġiet preċedenti
no-editions = Għadha ma ħarġet l-ebda ħarġa.
newer = Aktar ġodda
older = Aktar qodma
edition-number = Nru { $number }
edition-from = Minn { $source }
edition-get = Irċievi { $newsletter } bl-email
your-newsletters = In-newsletters tiegħek
preferences-for = Għal { $email }.
choices-saved = L-għażliet tiegħek ġew salvati.
send-me = Ibagħtuli
language-edition = Edizzjoni tal-lingwa
save-choices = Issejvja l-għażliet tiegħi
unsubscribe-everything = Neħħi l-abbonamenti kollha
unsubscribed = L-abbonament tiegħek tneħħa
no-longer-receive = M’intix se tirċievi aktar { $newsletters }.
no-longer-receive-any = M’intix se tirċievi aktar in-newsletters tagħna.
changed-your-mind = Bdilt fehmtek? Erġa’ agħżel in-newsletters tiegħek
unsubscribe = Neħħi l-abbonament
stop-receiving = Tieqaf tirċievi { $newsletter }?
stop-receiving-all = Tieqaf tirċievi n-newsletters kollha tagħna?
choose-newsletters = Jew agħżel liema newsletters tirċievi
which-newsletters = Liema newsletters
subscribe-hint = Nibagħtulek link biex tikkonferma. L-ebda pixel ta’ traċċar, l-ebda link mibdul; kull email għandha link biex tneħħi l-abbonament bi klikk waħda.
no-newsletters = Għad m’hemm l-ebda newsletter biex tabbona fiha.
edition-language-notice = Edizzjoni tal-lingwa: { $language } — kull artiklu jidher tradott fejn hemm traduzzjoni, u inkella bil-lingwa oriġinali tiegħu.
mail-read-article = Aqra l-artiklu
mail-read-on-web = Aqra din l-edizzjoni fuq il-web
mail-why-you-receive = Qed tirċievi { $newsletter } għax abbonajt fuq { $site }.
confirm-subject = Ikkonferma l-abbonament tiegħek ma’ { $site }
confirm-greeting = Bonġu,
confirm-asked = Xi ħadd, probabbilment int, talab li jirċievi { $newsletters } minn { $site } f’dan l-indirizz.
confirm-open-link =
    { $hours ->
        [one] Biex tikkonferma, iftaħ din il-link (taħdem għal { $hours } siegħa):
        [two] Biex tikkonferma, iftaħ din il-link (taħdem għal { $hours } sigħat):
        [few] Biex tikkonferma, iftaħ din il-link (taħdem għal { $hours } sigħat):
       *[other] Biex tikkonferma, iftaħ din il-link (taħdem għal { $hours } siegħa):
    }
confirm-button = Ikkonferma l-abbonament tiegħi
confirm-link-works =
    { $hours ->
        [one] Il-link taħdem għal { $hours } siegħa.
        [two] Il-link taħdem għal { $hours } sigħat.
        [few] Il-link taħdem għal { $hours } sigħat.
       *[other] Il-link taħdem għal { $hours } siegħa.
    }
confirm-copy-address = Jekk il-buttuna ma taħdimx, ikkopja dan l-indirizz fil-browser tiegħek:
confirm-not-you = Jekk ma kontx int, injora din l-email: ma terġax tisma’ minna.
schedule-daily = Kuljum fil-{ $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Kull nhar ta’ Tnejn fil-{ $time } ({ $zone })
        [tuesday] Kull nhar ta’ Tlieta fil-{ $time } ({ $zone })
        [wednesday] Kull nhar ta’ Erbgħa fil-{ $time } ({ $zone })
        [thursday] Kull nhar ta’ Ħamis fil-{ $time } ({ $zone })
        [friday] Kull nhar ta’ Ġimgħa fil-{ $time } ({ $zone })
        [saturday] Kull nhar ta’ Sibt fil-{ $time } ({ $zone })
       *[sunday] Kull nhar ta’ Ħadd fil-{ $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Iċċekkja l-inbox tiegħek
notice-check-inbox-text = Bgħatnielek email b’link biex tikkonferma l-abbonament tiegħek. Jista’ jdum minuta biex jasal; jekk ma jasalx, fittex fil-folder tal-ispam.
notice-subscribed = Issa int abbonat
notice-subscribed-text = Grazzi. Se tirċievi { $newsletters } mill-ħarġa li jmiss ’il quddiem. Kull email għandu link biex tibdel l-għażliet tiegħek jew tneħħi l-abbonament.
our-newsletter = in-newsletter tagħna
notice-already-subscribed = Int diġà abbonat
notice-already-subscribed-text = Dan il-link intuża qabel, u l-abbonament tiegħek huwa kkonfermat. M’hemmx xi tagħmel aktar.
notice-link-expired = Dan il-link skada
notice-link-expired-text = Il-links ta’ konferma jaħdmu għal żmien limitat, u dan huwa qadim wisq. Erġa’ abbona u nibgħatulek wieħed ġdid.
subscribe-again = Erġa’ abbona
notice-link-unknown = Dan il-link ma jaħdimx
notice-link-unknown-text = Forsi mhuwiex komplut (iċċekkja li kkupjajtu kollu), jew email ta’ konferma aktar ġdid ħa postu. Jekk terġa’ tabbona, jintbagħat link ġdid.

## Newsletter forms: why a form was refused

form-email-missing = Jekk jogħġbok daħħal l-indirizz tal-email tiegħek.
form-invalid-email = Dan mhuwiex indirizz tal-email: jekk jogħġbok iċċekkjah.
form-unknown-newsletter = Jekk jogħġbok erġa’ agħżel: m’hemm l-ebda newsletter b’dak l-isem.
form-invalid = Jekk jogħġbok iċċekkja l-għażliet tiegħek u erġa’ pprova.
form-rate-limited = Wisq talbiet f’daqqa. Jekk għadek kif abbonajt, iċċekkja l-inbox tiegħek (u l-folder tal-ispam); inkella erġa’ pprova fi żmien siegħa.
