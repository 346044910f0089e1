number-decimal-separator = .
number-group-separator = ,
number-grouping = 3 2
number-min-grouping = 1
number-digits = ०१२३४५६७८९
month-1 = जनवरी
month-2 = फेब्रुअरी
month-3 = मार्च
month-4 = अप्रिल
month-5 = मे
month-6 = जुन
month-7 = जुलाई
month-8 = अगस्ट
month-9 = सेप्टेम्बर
month-10 = अक्टोबर
month-11 = नोभेम्बर
month-12 = डिसेम्बर
date-long = { $year } { $month } { $day }
list-separator = { ", " }
list-and = { " र " }
list-or = { " वा " }
skip-to-content = मुख्य सामग्रीमा जानुहोस्
search = खोज्नुहोस्
search-articles = लेखहरूमा खोज्नुहोस्
nav-sections = खण्डहरू
nav-regions = क्षेत्रहरू
nav-themes = विषयहरू
nav-reports = विशेष रिपोर्टहरू
email-address = तपाईंको इमेल ठेगाना
subscribe = सदस्यता लिनुहोस्
all-newsletters = सबै समाचारपत्रहरू
feed-rss = RSS फिड
feed-atom = Atom फिड
feed-json = JSON फिड
media-inquiries = सञ्चारमाध्यमका लागि: { $email }
site-elsewhere = अन्यत्र { $site }
preview-title = पूर्वावलोकन — प्रकाशित छैन।
preview-text = पाठकहरूले यो पृष्ठ देख्न सक्दैनन्; यसले सम्पादन भइरहेको संस्करण देखाउँछ।
languages = भाषाहरू
language-offer = यो पृष्ठ नेपालीमा पढ्नुहोस्
language-offer-dismiss = पर्दैन, धन्यवाद
translation-reviewed = सम्पादकीय टोलीले अनुवाद गरी जाँचेको।
translation-machine = मेसिन अनुवाद ({ $engine }), सम्पादकीय टोलीले नजाँचेको।
translation-machine-model = मेसिन अनुवाद ({ $engine }, { $model }), सम्पादकीय टोलीले नजाँचेको।
translation-outdated = यो अनुवाद भएपछि मूल लेख परिवर्तन भएको छ; अद्यावधिक अनुवाद आउँदै छ।
translation-outdated-locked = यो अनुवाद भएपछि मूल लेख परिवर्तन भएको छ।
translation-partial = केही अंशहरू अनुवाद गर्न सकिएन, त्यसैले तिनीहरू मूल भाषामा ({ $language }) देखाइएका छन्।
translation-read-original = मूल लेख पढ्नुहोस् ({ $language })
byline = लेखक: { $authors }
published = प्रकाशित: { $date }
first-published = पहिलो पटक प्रकाशन: { $source }
source-and-date = { $source }, { $date }
filed-region = क्षेत्र:
filed-theme = विषय:
filed-report = विशेष रिपोर्ट:
original-source = यो लेखको मूल स्रोत { $source } हो।
more-from = { $source } बाट थप
source-website = { $source } को वेबसाइट
articles-by = लेखकका लेखहरू
organisation = संस्था
share-article = यो लेख सेयर गर्नुहोस्
share-email = इमेल
republish-published-by = यो लेख { $site } ले प्रकाशित गरेको हो।
republish-original-source = यस लेखको मूल स्रोत { $source } हो।
article-link = यो लेखको लिङ्क
copy-link = लिङ्क प्रतिलिपि गर्नुहोस्
copied = प्रतिलिपि भयो
republish = यो लेख पुनः प्रकाशित गर्नुहोस्
republish-terms = तपाईं यो लेख आफ्नो साइटमा पूरै र नबदली, तलको श्रेय र लिङ्कसहित पुनः प्रकाशित गर्न सक्नुहुन्छ। HTML प्रतिलिपि गर्नुहोस्:
republish-html = यो लेखको HTML
copy-html = HTML प्रतिलिपि गर्नुहोस्
disclaimer = अस्वीकरण
from-site = { $site } बाट
newsletter = समाचारपत्र
membership = सदस्यता
other-languages = अन्य भाषाहरू
related-articles = सम्बन्धित लेखहरू
card-via = { $source } मार्फत
pages = पृष्ठहरू
newer-articles = नयाँ लेखहरू
older-articles = पुराना लेखहरू
page-of = पृष्ठ { $page } / { $total }
featured = विशेष
latest = पछिल्ला
nothing-published = अहिलेसम्म केही प्रकाशित भएको छैन।
kind-region = क्षेत्र
kind-theme = विषय
kind-report = विशेष रिपोर्ट
kind-author = लेखक
kind-source = स्रोत
breadcrumb = नेभिगेसन मार्ग
visit-website = वेबसाइट हेर्नुहोस्
website = वेबसाइट
within = { $place } भित्र
articles = लेखहरू
no-articles-here = यहाँ अहिलेसम्म कुनै लेख छैन।
error-status = त्रुटि { $status }
error-not-found = पृष्ठ भेटिएन
error-gone = यो लेख फिर्ता लिइएको छ
error-other = केही गडबड भयो
error-not-found-text = यस ठेगानामा कुनै पृष्ठ छैन। सायद यो सारिएको छ, वा लिंक गलत टाइप भएको छ।
error-gone-text = यो कुनै बेला यहाँ प्रकाशित भएको थियो र पछि हटाइएको छ।
error-other-text = कृपया एकछिनपछि फेरि प्रयास गर्नुहोस्।
front-page = { $site } को गृहपृष्ठमा जानुहोस्
search-results-for = “{ $query }” का खोज नतिजाहरू
filtered-by = फिल्टर:
remove-filter = { $filter } फिल्टर हटाउनुहोस्
article-count = { $count ->
        [one] { $count } लेख
       *[other] { $count } लेखहरू
    }
results = नतिजाहरू
no-match = कुनै लेख मेल खाएन। कम वा फरक शब्दहरू प्रयोग गर्नुहोस्, वा कुनै फिल्टर हटाउनुहोस्।
result-pages = नतिजाका पृष्ठहरू
previous = अघिल्लो
next = अर्को
narrow-results = नतिजा साँघुरो पार्नुहोस्
facet-language = भाषा
facet-year = वर्ष
mastodon-share = Mastodon मा सेयर गर्नुहोस्
mastodon-server = तपाईंको Mastodon सर्भर
mastodon-hint = सर्भरको नाम मात्र, जस्तै { $example }। तपाईंको ब्राउजरले यसलाई अर्को पटकका लागि सम्झन्छ; हामी यसलाई राख्दैनौँ।
mastodon-continue = Mastodon मा जारी राख्नुहोस्
mastodon-post = पोस्ट
newsletters = समाचारपत्रहरू
past-editions = अघिल्ला अङ्कहरू
no-editions = अहिलेसम्म कुनै अङ्क पठाइएको छैन।
newer = नयाँ
older = पुराना
edition-number = अङ्क { $number }
edition-from = { $source } बाट
edition-get = { $newsletter } इमेलमा पाउनुहोस्
your-newsletters = तपाईंका समाचारपत्रहरू
preferences-for = { $email } का लागि।
choices-saved = तपाईंका रोजाइहरू सुरक्षित भए।
send-me = मलाई पठाउनुहोस्
language-edition = भाषा संस्करण
save-choices = मेरा रोजाइहरू सुरक्षित गर्नुहोस्
unsubscribe-everything = सबैबाट सदस्यता रद्द गर्नुहोस्
unsubscribed = तपाईंको सदस्यता रद्द भयो
no-longer-receive = अब तपाईंले { $newsletters } पाउनुहुने छैन।
no-longer-receive-any = अब तपाईंले हाम्रा समाचारपत्रहरू पाउनुहुने छैन।
changed-your-mind = मन बदलियो? आफ्ना समाचारपत्रहरू फेरि रोज्नुहोस्
unsubscribe = सदस्यता रद्द गर्नुहोस्
stop-receiving = { $newsletter } पाउन बन्द गर्ने?
stop-receiving-all = हाम्रा सबै समाचारपत्रहरू पाउन बन्द गर्ने?
choose-newsletters = वा कुन समाचारपत्रहरू पाउने भनी रोज्नुहोस्
which-newsletters = कुन समाचारपत्रहरू
subscribe-hint = पुष्टिका लागि हामी तपाईंलाई एउटा लिङ्क इमेल गर्नेछौँ। कुनै ट्र्याकिङ पिक्सेल छैन, कुनै बदलिएका लिङ्क छैनन्; हरेक इमेलमा एक क्लिकमा सदस्यता रद्द गर्ने लिङ्क हुन्छ।
no-newsletters = सदस्यता लिनका लागि अहिलेसम्म कुनै समाचारपत्र छैन।
edition-language-notice = भाषा संस्करण: { $language } — अनुवाद भएको ठाउँमा हरेक लेख अनुवादमा, नभए आफ्नै मूल भाषामा देखाइन्छ।
mail-read-article = लेख पढ्नुहोस्
mail-read-on-web = यो अंक वेबमा पढ्नुहोस्
mail-why-you-receive = तपाईंले { $site } मा सदस्यता लिनुभएकाले { $newsletter } पाउनुहुन्छ।
schedule-daily = हरेक दिन { $time } बजे ({ $zone })
schedule-weekly =
    { $day ->
        [monday] हरेक सोमबार { $time } बजे ({ $zone })
        [tuesday] हरेक मङ्गलबार { $time } बजे ({ $zone })
        [wednesday] हरेक बुधबार { $time } बजे ({ $zone })
        [thursday] हरेक बिहीबार { $time } बजे ({ $zone })
        [friday] हरेक शुक्रबार { $time } बजे ({ $zone })
        [saturday] हरेक शनिबार { $time } बजे ({ $zone })
       *[sunday] हरेक आइतबार { $time } बजे ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = आफ्नो इनबक्स हेर्नुहोस्
notice-check-inbox-text = हामीले तपाईंलाई सदस्यता पुष्टि गर्ने लिंकसहितको इमेल पठाएका छौं। आइपुग्न एक मिनेट लाग्न सक्छ; नआए स्प्याम फोल्डर हेर्नुहोस्।
notice-subscribed = तपाईंले सदस्यता लिनुभयो
notice-subscribed-text = धन्यवाद। अर्को अंकदेखि तपाईंले { $newsletters } पाउनुहुनेछ। हरेक इमेलमा आफ्ना छनोट बदल्ने वा सदस्यता त्याग्ने लिंक हुन्छ।
our-newsletter = हाम्रो समाचारपत्र
notice-already-subscribed = तपाईंले पहिले नै सदस्यता लिनुभएको छ
notice-already-subscribed-text = यो लिंक पहिले नै प्रयोग भइसकेको छ, र तपाईंको सदस्यता पुष्टि भएको छ। अरू केही गर्नु पर्दैन।
notice-link-expired = यो लिंकको म्याद सकियो
notice-link-expired-text = पुष्टि लिंकहरू सीमित समयसम्म मात्र चल्छन्, र यो धेरै पुरानो भयो। फेरि सदस्यता लिनुहोस्, हामी नयाँ लिंक पठाउनेछौं।
subscribe-again = फेरि सदस्यता लिनुहोस्
notice-link-unknown = यो लिंकले काम गर्दैन
notice-link-unknown-text = यो अपूर्ण हुन सक्छ (पूरै कपी भएको छ कि जाँच्नुहोस्), वा नयाँ पुष्टि इमेलले यसको ठाउँ लिएको हुन सक्छ। फेरि सदस्यता लिँदा नयाँ लिंक पठाइन्छ।

## Newsletter forms: why a form was refused

form-email-missing = कृपया आफ्नो इमेल ठेगाना लेख्नुहोस्।
form-invalid-email = यो इमेल ठेगाना होइन: कृपया जाँच्नुहोस्।
form-unknown-newsletter = कृपया फेरि छान्नुहोस्: त्यो नामको कुनै समाचारपत्र छैन।
form-invalid = कृपया आफ्ना छनोट जाँचेर फेरि प्रयास गर्नुहोस्।
form-rate-limited = एकैपटक धेरै अनुरोधहरू। तपाईंले भर्खरै सदस्यता लिनुभएको हो भने कृपया इनबक्स (र स्प्याम फोल्डर) हेर्नुहोस्; नत्र एक घण्टापछि फेरि प्रयास गर्नुहोस्।
