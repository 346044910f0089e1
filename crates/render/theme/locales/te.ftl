number-decimal-separator = .
number-group-separator = ,
number-grouping = 3 2
number-min-grouping = 1
number-digits = 0123456789
month-1 = జనవరి
month-2 = ఫిబ్రవరి
month-3 = మార్చి
month-4 = ఏప్రిల్
month-5 = మే
month-6 = జూన్
month-7 = జులై
month-8 = ఆగస్టు
month-9 = సెప్టెంబర్
month-10 = అక్టోబర్
month-11 = నవంబర్
month-12 = డిసెంబర్
date-long = { $day } { $month }, { $year }
list-separator = { ", " }
list-and = { " మరియు " }
list-or = { " లేదా " }
skip-to-content = ప్రధాన కంటెంట్‌కు వెళ్లండి
search = వెతకండి
search-articles = వ్యాసాల్లో వెతకండి
nav-sections = విభాగాలు
nav-regions = ప్రాంతాలు
nav-themes = అంశాలు
nav-reports = ప్రత్యేక కథనాలు
email-address = మీ ఈమెయిల్ చిరునామా
subscribe = సభ్యత్వం తీసుకోండి
all-newsletters = అన్ని వార్తాలేఖలు
feed-rss = RSS ఫీడ్
feed-atom = Atom ఫీడ్
feed-json = JSON ఫీడ్
media-inquiries = మీడియా కోసం: { $email }
site-elsewhere = ఇతర చోట్ల { $site }
preview-title = ప్రివ్యూ — ప్రచురించలేదు.
preview-text = పాఠకులు ఈ పేజీని చూడలేరు; ఇది సవరణలో ఉన్న వెర్షన్‌ను చూపిస్తుంది.
languages = భాషలు
language-offer = ఈ పేజీని తెలుగులో చదవండి
language-offer-dismiss = వద్దు, ధన్యవాదాలు
translation-reviewed = న్యూస్‌రూమ్ అనువదించి సమీక్షించింది.
translation-machine = యంత్ర అనువాదం ({ $engine }), న్యూస్‌రూమ్ సమీక్షించలేదు.
translation-machine-model = యంత్ర అనువాదం ({ $engine }, { $model }), న్యూస్‌రూమ్ సమీక్షించలేదు.
translation-outdated = ఈ అనువాదం చేసిన తర్వాత మూలం మారింది; నవీకరించిన అనువాదం వస్తోంది.
translation-outdated-locked = ఈ అనువాదం చేసిన తర్వాత మూలం మారింది.
translation-partial = కొన్ని భాగాలను అనువదించలేకపోయాం, కాబట్టి అవి మూల భాషలో ({ $language }) చూపబడ్డాయి.
translation-read-original = మూలాన్ని చదవండి ({ $language })
byline = రచయిత: { $authors }
published = ప్రచురణ: { $date }
first-published = మొదట ప్రచురించినది: { $source }
source-and-date = { $source }, { $date }
filed-region = ప్రాంతం:
filed-theme = అంశం:
filed-report = ప్రత్యేక కథనం:
original-source = ఈ వ్యాసం మూల ఆధారం { $source }.
more-from = { $source } నుండి మరిన్ని
source-website = { $source } వెబ్‌సైట్
articles-by = రచయిత వ్యాసాలు
organisation = సంస్థ
share-article = ఈ వ్యాసాన్ని షేర్ చేయండి
share-email = ఈమెయిల్
republish-published-by = ఈ వ్యాసాన్ని { $site } ప్రచురించింది.
republish-original-source = ఈ వ్యాసానికి అసలు మూలం { $source }.
article-link = ఈ వ్యాసానికి లింక్
copy-link = లింక్ కాపీ చేయండి
copied = కాపీ అయింది
republish = ఈ వ్యాసాన్ని మళ్లీ ప్రచురించండి
republish-terms = ఈ వ్యాసాన్ని మీ సైట్‌లో పూర్తిగా, మార్పులు లేకుండా, కింది క్రెడిట్ మరియు లింక్‌తో మళ్లీ ప్రచురించవచ్చు. HTML కాపీ చేయండి:
republish-html = ఈ వ్యాసం HTML
copy-html = HTML కాపీ చేయండి
disclaimer = నిరాకరణ
from-site = { $site } నుండి
newsletter = వార్తాలేఖ
membership = సభ్యత్వం
other-languages = ఇతర భాషలు
related-articles = సంబంధిత వ్యాసాలు
card-via = { $source } ద్వారా
pages = పేజీలు
newer-articles = కొత్త వ్యాసాలు
older-articles = పాత వ్యాసాలు
page-of = పేజీ { $page } / { $total }
featured = ఎంపిక చేసినవి
latest = తాజావి
nothing-published = ఇంకా ఏదీ ప్రచురించలేదు.
kind-region = ప్రాంతం
kind-theme = అంశం
kind-report = ప్రత్యేక కథనం
kind-author = రచయిత
kind-source = ఆధారం
breadcrumb = నావిగేషన్ మార్గం
visit-website = వెబ్‌సైట్‌ను సందర్శించండి
website = వెబ్‌సైట్
within = { $place } లోపల
articles = వ్యాసాలు
no-articles-here = ఇక్కడ ఇంకా వ్యాసాలు లేవు.
error-status = లోపం { $status }
error-not-found = పేజీ కనుగొనబడలేదు
error-gone = ఈ వ్యాసాన్ని ఉపసంహరించారు
error-other = ఏదో తప్పు జరిగింది
error-unavailable = తాత్కాలికంగా అందుబాటులో లేదు
error-not-found-text = ఈ చిరునామాలో పేజీ లేదు. అది వేరే చోటికి మారి ఉండవచ్చు, లేదా లింక్ తప్పుగా టైప్ అయి ఉండవచ్చు.
error-gone-text = ఇది ఒకప్పుడు ఇక్కడ ప్రచురించబడింది, తర్వాత తొలగించబడింది.
error-other-text = దయచేసి కాసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.
front-page = { $site } ముఖపేజీకి వెళ్లండి
search-results-for = “{ $query }” కోసం శోధన ఫలితాలు
filtered-by = ఫిల్టర్లు:
remove-filter = { $filter } ఫిల్టర్ తీసివేయండి
article-count = { $count ->
        [one] { $count } వ్యాసం
       *[other] { $count } వ్యాసాలు
    }
results = ఫలితాలు
no-match = ఏ వ్యాసమూ సరిపోలలేదు. తక్కువ లేదా వేరే పదాలు ప్రయత్నించండి, లేదా ఒక ఫిల్టర్ తీసివేయండి.
result-pages = ఫలితాల పేజీలు
previous = మునుపటి
next = తర్వాత
narrow-results = ఫలితాలను కుదించండి
facet-language = భాష
facet-year = సంవత్సరం
mastodon-share = Mastodonలో షేర్ చేయండి
mastodon-server = మీ Mastodon సర్వర్
mastodon-hint = సర్వర్ పేరు మాత్రమే, ఉదా. { $example }. మీ బ్రౌజర్ దాన్ని తదుపరిసారి కోసం గుర్తుంచుకుంటుంది; మేము దాన్ని నిల్వ చేయము.
mastodon-continue = Mastodonకు కొనసాగండి
mastodon-post = పోస్ట్
newsletters = వార్తాలేఖలు
past-editions = గత సంచికలు
no-editions = ఇంకా ఏ సంచికా పంపలేదు.
newer = కొత్తవి
older = పాతవి
edition-number = సంచిక { $number }
edition-from = { $source } నుండి
edition-get = { $newsletter }ను ఈమెయిల్‌లో పొందండి
your-newsletters = మీ వార్తాలేఖలు
preferences-for = { $email } కోసం.
choices-saved = మీ ఎంపికలు సేవ్ అయ్యాయి.
send-me = నాకు పంపండి
language-edition = భాషా సంచిక
save-choices = నా ఎంపికలను సేవ్ చేయండి
unsubscribe-everything = అన్నింటి నుండి అన్‌సబ్‌స్క్రైబ్ చేయండి
unsubscribed = మీరు అన్‌సబ్‌స్క్రైబ్ అయ్యారు
no-longer-receive = ఇకపై మీకు { $newsletters } రావు.
no-longer-receive-any = ఇకపై మీకు మా వార్తాలేఖలు రావు.
changed-your-mind = మనసు మార్చుకున్నారా? మీ వార్తాలేఖలను మళ్లీ ఎంచుకోండి
unsubscribe = అన్‌సబ్‌స్క్రైబ్ చేయండి
stop-receiving = { $newsletter } అందుకోవడం ఆపాలా?
stop-receiving-all = మా అన్ని వార్తాలేఖలు అందుకోవడం ఆపాలా?
choose-newsletters = లేదా ఏ వార్తాలేఖలు అందుకోవాలో ఎంచుకోండి
which-newsletters = ఏ వార్తాలేఖలు
subscribe-hint = నిర్ధారణ కోసం మేము మీకు ఒక లింక్ ఈమెయిల్ చేస్తాము. ట్రాకింగ్ పిక్సెల్‌లు లేవు, మార్చిన లింక్‌లు లేవు; ప్రతి ఈమెయిల్‌లో ఒక్క క్లిక్‌తో అన్‌సబ్‌స్క్రైబ్ చేసే లింక్ ఉంటుంది.
no-newsletters = సభ్యత్వం తీసుకోవడానికి ఇంకా వార్తాలేఖ ఏదీ లేదు.
edition-language-notice = భాషా సంచిక: { $language } — అనువాదం ఉన్నచోట ప్రతి వ్యాసం అనువాదంలో, లేకపోతే దాని మూల భాషలో చూపబడుతుంది.
mail-read-article = వ్యాసం చదవండి
mail-read-on-web = ఈ సంచికను వెబ్‌లో చదవండి
mail-why-you-receive = మీరు { $site }లో సభ్యత్వం తీసుకున్నందున మీకు { $newsletter } వస్తోంది.
confirm-subject = { $site }లో మీ సభ్యత్వాన్ని నిర్ధారించండి
confirm-greeting = నమస్కారం,
confirm-asked = ఎవరో, బహుశా మీరే, ఈ చిరునామాకు { $site } నుండి { $newsletters } పొందాలని అభ్యర్థించారు.
confirm-open-link =
    { $hours ->
        [one] నిర్ధారించడానికి ఈ లింక్‌ను తెరవండి (ఇది { $hours } గంట పనిచేస్తుంది):
       *[other] నిర్ధారించడానికి ఈ లింక్‌ను తెరవండి (ఇది { $hours } గంటలు పనిచేస్తుంది):
    }
confirm-button = నా సభ్యత్వాన్ని నిర్ధారించండి
confirm-link-works =
    { $hours ->
        [one] ఈ లింక్ { $hours } గంట పనిచేస్తుంది.
       *[other] ఈ లింక్ { $hours } గంటలు పనిచేస్తుంది.
    }
confirm-copy-address = బటన్ పని చేయకపోతే, ఈ చిరునామాను మీ బ్రౌజర్‌లో కాపీ చేయండి:
confirm-not-you = ఇది మీరు కాకపోతే, ఈ ఈమెయిల్‌ను పట్టించుకోకండి: మా నుండి మీకు మళ్లీ ఏమీ రాదు.
schedule-daily = ప్రతిరోజూ { $time }కి ({ $zone })
schedule-weekly =
    { $day ->
        [monday] ప్రతి సోమవారం { $time }కి ({ $zone })
        [tuesday] ప్రతి మంగళవారం { $time }కి ({ $zone })
        [wednesday] ప్రతి బుధవారం { $time }కి ({ $zone })
        [thursday] ప్రతి గురువారం { $time }కి ({ $zone })
        [friday] ప్రతి శుక్రవారం { $time }కి ({ $zone })
        [saturday] ప్రతి శనివారం { $time }కి ({ $zone })
       *[sunday] ప్రతి ఆదివారం { $time }కి ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = మీ ఇన్‌బాక్స్ చూడండి
notice-check-inbox-text = మీ సభ్యత్వాన్ని నిర్ధారించే లింక్‌తో మీకు ఒక ఈమెయిల్ పంపాము. అది రావడానికి ఒక నిమిషం పట్టవచ్చు; రాకపోతే స్పామ్ ఫోల్డర్ చూడండి.
notice-subscribed = మీరు సభ్యత్వం తీసుకున్నారు
notice-subscribed-text = ధన్యవాదాలు. తదుపరి సంచిక నుంచి మీకు { $newsletters } వస్తుంది. ప్రతి ఈమెయిల్‌లో మీ ఎంపికలను మార్చడానికి లేదా సభ్యత్వాన్ని రద్దు చేయడానికి లింక్ ఉంటుంది.
our-newsletter = మా వార్తాలేఖ
notice-already-subscribed = మీరు ఇప్పటికే సభ్యులు
notice-already-subscribed-text = ఈ లింక్ ఇంతకుముందే ఉపయోగించబడింది, మీ సభ్యత్వం నిర్ధారించబడింది. ఇంకేమీ చేయనక్కర్లేదు.
notice-link-expired = ఈ లింక్ గడువు ముగిసింది
notice-link-expired-text = నిర్ధారణ లింక్‌లు పరిమిత కాలం మాత్రమే పనిచేస్తాయి, ఇది చాలా పాతది. మళ్లీ సభ్యత్వం తీసుకోండి, మేము కొత్తది పంపుతాము.
subscribe-again = మళ్లీ సభ్యత్వం తీసుకోండి
notice-link-unknown = ఈ లింక్ పనిచేయడం లేదు
notice-link-unknown-text = అది అసంపూర్ణంగా ఉండవచ్చు (పూర్తిగా కాపీ అయిందో లేదో చూడండి), లేదా కొత్త నిర్ధారణ ఈమెయిల్ దాని స్థానాన్ని తీసుకుని ఉండవచ్చు. మళ్లీ సభ్యత్వం తీసుకుంటే కొత్త లింక్ పంపబడుతుంది.

## Newsletter forms: why a form was refused

form-email-missing = దయచేసి మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి.
form-invalid-email = ఇది ఈమెయిల్ చిరునామా కాదు: దయచేసి సరిచూడండి.
form-unknown-newsletter = దయచేసి మళ్లీ ఎంచుకోండి: ఆ పేరుతో వార్తాలేఖ ఏదీ లేదు.
form-invalid = దయచేసి మీ ఎంపికలను సరిచూసి మళ్లీ ప్రయత్నించండి.
form-rate-limited = ఒకేసారి చాలా ఎక్కువ అభ్యర్థనలు. మీరు ఇప్పుడే సభ్యత్వం తీసుకుంటే, దయచేసి మీ ఇన్‌బాక్స్ (మరియు స్పామ్ ఫోల్డర్) చూడండి; లేకపోతే ఒక గంట తర్వాత మళ్లీ ప్రయత్నించండి.
