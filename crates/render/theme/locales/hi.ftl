number-decimal-separator = .
number-group-separator = ,
number-grouping = 3 2
number-min-grouping = 1
number-digits = 0123456789
month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्तूबर
month-11 = नवंबर
month-12 = दिसंबर
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " और " }
list-or = { " या " }
skip-to-content = मुख्य सामग्री पर जाएँ
search = खोजें
search-articles = लेखों में खोजें
nav-sections = खंड
nav-regions = क्षेत्र
nav-themes = विषय
nav-reports = विशेष रिपोर्ट
email-address = आपका ईमेल पता
subscribe = सदस्यता लें
all-newsletters = सभी न्यूज़लेटर
feed-rss = RSS फ़ीड
feed-atom = Atom फ़ीड
feed-json = JSON फ़ीड
media-inquiries = मीडिया पूछताछ: { $email }
site-elsewhere = { $site } अन्य जगहों पर
preview-title = पूर्वावलोकन — प्रकाशित नहीं।
preview-text = पाठक यह पेज नहीं देख सकते; यह संपादित हो रहा संस्करण दिखाता है।
languages = भाषाएँ
language-offer = यह पृष्ठ हिन्दी में पढ़ें
language-offer-dismiss = नहीं, धन्यवाद
translation-reviewed = संपादकीय टीम द्वारा अनुवादित और जाँचा गया।
translation-machine = मशीनी अनुवाद ({ $engine }), संपादकीय टीम द्वारा जाँचा नहीं गया।
translation-machine-model = मशीनी अनुवाद ({ $engine }, { $model }), संपादकीय टीम द्वारा जाँचा नहीं गया।
translation-outdated = यह अनुवाद होने के बाद मूल लेख बदल गया है; अद्यतन अनुवाद आ रहा है।
translation-outdated-locked = यह अनुवाद होने के बाद मूल लेख बदल गया है।
translation-partial = कुछ अंशों का अनुवाद नहीं हो सका, इसलिए वे मूल भाषा ({ $language }) में दिखाए गए हैं।
translation-read-original = मूल लेख पढ़ें ({ $language })
byline = लेखक: { $authors }
published = प्रकाशित: { $date }
first-published = पहली बार प्रकाशित: { $source }
source-and-date = { $source }, { $date }
filed-region = क्षेत्र:
filed-theme = विषय:
filed-report = विशेष रिपोर्ट:
original-source = इस लेख का मूल स्रोत { $source } है।
more-from = { $source } से और
source-website = { $source } की वेबसाइट
articles-by = लेखक के लेख
organisation = संगठन
share-article = यह लेख साझा करें
share-email = ईमेल
republish-published-by = यह लेख { $site } ने प्रकाशित किया था।
republish-original-source = इस लेख का मूल स्रोत { $source } है।
article-link = इस लेख का लिंक
copy-link = लिंक कॉपी करें
copied = कॉपी हो गया
republish = यह लेख दोबारा प्रकाशित करें
republish-terms = आप यह लेख अपनी साइट पर पूरा और बिना बदलाव के, नीचे दिए श्रेय और लिंक के साथ दोबारा प्रकाशित कर सकते हैं। HTML कॉपी करें:
republish-html = इस लेख का HTML
copy-html = HTML कॉपी करें
disclaimer = अस्वीकरण
from-site = { $site } की ओर से
newsletter = न्यूज़लेटर
membership = सदस्यता
other-languages = अन्य भाषाएँ
related-articles = संबंधित लेख
card-via = { $source } के माध्यम से
pages = पेज
newer-articles = नए लेख
older-articles = पुराने लेख
page-of = पेज { $page }, कुल { $total }
featured = चुनिंदा
latest = ताज़ा
nothing-published = अभी तक कुछ प्रकाशित नहीं हुआ है।
kind-region = क्षेत्र
kind-theme = विषय
kind-report = विशेष रिपोर्ट
kind-author = लेखक
kind-source = स्रोत
breadcrumb = नेविगेशन पथ
visit-website = वेबसाइट पर जाएँ
website = वेबसाइट
within = { $place } में
articles = लेख
no-articles-here = यहाँ अभी कोई लेख नहीं है।
error-status = त्रुटि { $status }
error-not-found = पेज नहीं मिला
error-gone = यह लेख वापस ले लिया गया है
error-other = कुछ गड़बड़ हो गई
error-unavailable = अस्थायी रूप से अनुपलब्ध
error-not-found-text = इस पते पर कोई पेज नहीं है। हो सकता है वह कहीं और चला गया हो, या लिंक गलत लिखा गया हो।
error-gone-text = यह एक समय यहाँ प्रकाशित हुआ था और तब से हटा दिया गया है।
error-other-text = कृपया थोड़ी देर में फिर कोशिश करें।
front-page = { $site } के मुखपृष्ठ पर जाएँ
search-results-for = “{ $query }” के खोज परिणाम
filtered-by = फ़िल्टर:
remove-filter = फ़िल्टर { $filter } हटाएँ
article-count = { $count } लेख
results = परिणाम
no-match = कोई लेख मेल नहीं खाता। कम या अलग शब्द आज़माएँ, या कोई फ़िल्टर हटाएँ।
result-pages = परिणाम पेज
previous = पिछला
next = अगला
narrow-results = परिणाम सीमित करें
facet-language = भाषा
facet-year = वर्ष
mastodon-share = Mastodon पर साझा करें
mastodon-server = आपका Mastodon सर्वर
mastodon-hint = केवल सर्वर का नाम, जैसे { $example }। आपका ब्राउज़र इसे अगली बार के लिए याद रखता है; हम इसे सहेजते नहीं।
mastodon-continue = Mastodon पर जारी रखें
mastodon-post = पोस्ट
newsletters = न्यूज़लेटर
past-editions = पिछले अंक
no-editions = अभी तक कोई अंक नहीं भेजा गया है।
newer = नए
older = पुराने
edition-number = अंक { $number }
edition-from = { $source } से
edition-get = { $newsletter } ईमेल पर पाएँ
your-newsletters = आपके न्यूज़लेटर
preferences-for = { $email } के लिए।
choices-saved = आपकी पसंद सहेज ली गई है।
send-me = मुझे भेजें
language-edition = भाषा संस्करण
save-choices = मेरी पसंद सहेजें
unsubscribe-everything = सब कुछ से सदस्यता छोड़ें
unsubscribed = आपकी सदस्यता समाप्त हो गई है
no-longer-receive = अब आपको { $newsletters } नहीं मिलेगा।
no-longer-receive-any = अब आपको हमारे न्यूज़लेटर नहीं मिलेंगे।
changed-your-mind = मन बदल गया? अपने न्यूज़लेटर फिर से चुनें
unsubscribe = सदस्यता छोड़ें
stop-receiving = { $newsletter } पाना बंद करें?
stop-receiving-all = हमारे सभी न्यूज़लेटर पाना बंद करें?
choose-newsletters = या चुनें कि आपको कौन-से न्यूज़लेटर मिलें
which-newsletters = कौन-से न्यूज़लेटर
subscribe-hint = पुष्टि के लिए हम आपको एक लिंक ईमेल करेंगे। कोई ट्रैकिंग पिक्सेल नहीं, कोई बदले हुए लिंक नहीं; हर ईमेल में एक क्लिक में सदस्यता छोड़ने का लिंक होता है।
no-newsletters = सदस्यता लेने के लिए अभी कोई न्यूज़लेटर नहीं है।
edition-language-notice = भाषा संस्करण: { $language } — जहाँ अनुवाद उपलब्ध है वहाँ हर लेख अनुवाद में, वरना अपनी मूल भाषा में दिखाया जाता है।
mail-read-article = लेख पढ़ें
mail-read-on-web = यह अंक वेब पर पढ़ें
mail-why-you-receive = आपको { $newsletter } इसलिए मिलता है क्योंकि आपने { $site } पर सदस्यता ली है।
confirm-subject = { $site } की सदस्यता की पुष्टि करें
confirm-greeting = नमस्ते,
confirm-asked = किसी ने, शायद आपने, इस पते पर { $site } से { $newsletters } पाने का अनुरोध किया है।
confirm-open-link =
    { $hours ->
        [one] पुष्टि करने के लिए यह लिंक खोलें (यह { $hours } घंटे तक काम करता है):
       *[other] पुष्टि करने के लिए यह लिंक खोलें (यह { $hours } घंटों तक काम करता है):
    }
confirm-button = मेरी सदस्यता की पुष्टि करें
confirm-link-works =
    { $hours ->
        [one] यह लिंक { $hours } घंटे तक काम करता है।
       *[other] यह लिंक { $hours } घंटों तक काम करता है।
    }
confirm-copy-address = अगर बटन काम न करे, तो यह पता अपने ब्राउज़र में कॉपी करें:
confirm-not-you = अगर यह आप नहीं थे, तो इस ईमेल को अनदेखा करें: आपको हमसे फिर कुछ नहीं मिलेगा।
schedule-daily = हर दिन { $time } बजे ({ $zone })
schedule-weekly =
    { $day ->
        [monday] हर सोमवार { $time } बजे ({ $zone })
        [tuesday] हर मंगलवार { $time } बजे ({ $zone })
        [wednesday] हर बुधवार { $time } बजे ({ $zone })
        [thursday] हर गुरुवार { $time } बजे ({ $zone })
        [friday] हर शुक्रवार { $time } बजे ({ $zone })
        [saturday] हर शनिवार { $time } बजे ({ $zone })
       *[sunday] हर रविवार { $time } बजे ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = अपना इनबॉक्स देखें
notice-check-inbox-text = हमने आपको आपकी सदस्यता की पुष्टि के लिंक वाला एक ईमेल भेजा है। उसे पहुँचने में एक मिनट लग सकता है; अगर न पहुँचे, तो स्पैम फ़ोल्डर देखें।
notice-subscribed = आपकी सदस्यता शुरू हो गई है
notice-subscribed-text = धन्यवाद। अगले अंक से आपको { $newsletters } मिलेगा। हर ईमेल में अपनी पसंद बदलने या सदस्यता छोड़ने का लिंक होता है।
our-newsletter = हमारा न्यूज़लेटर
notice-already-subscribed = आप पहले से सदस्य हैं
notice-already-subscribed-text = यह लिंक पहले इस्तेमाल हो चुका है, और आपकी सदस्यता की पुष्टि हो चुकी है। अब कुछ और करने की ज़रूरत नहीं है।
notice-link-expired = इस लिंक की अवधि समाप्त हो गई है
notice-link-expired-text = पुष्टि के लिंक सीमित समय तक ही काम करते हैं, और यह बहुत पुराना है। फिर से सदस्यता लें, हम आपको नया लिंक भेजेंगे।
subscribe-again = फिर से सदस्यता लें
notice-link-unknown = यह लिंक काम नहीं करता
notice-link-unknown-text = हो सकता है यह अधूरा हो (जाँच लें कि पूरा कॉपी हुआ है), या किसी नए पुष्टि ईमेल ने इसकी जगह ले ली हो। फिर से सदस्यता लेने पर नया लिंक भेजा जाता है।

## Newsletter forms: why a form was refused

form-email-missing = कृपया अपना ईमेल पता लिखें।
form-invalid-email = यह ईमेल पता नहीं है: कृपया इसे जाँच लें।
form-unknown-newsletter = कृपया फिर से चुनें: इस नाम का कोई न्यूज़लेटर नहीं है।
form-invalid = कृपया अपनी पसंद जाँचें और फिर कोशिश करें।
form-rate-limited = एक साथ बहुत ज़्यादा अनुरोध। अगर आपने अभी-अभी सदस्यता ली है, तो कृपया अपना इनबॉक्स (और स्पैम फ़ोल्डर) देखें; नहीं तो एक घंटे बाद फिर कोशिश करें।
