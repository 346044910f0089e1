number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = ጃንዋሪ
month-2 = ፌብሩዋሪ
month-3 = ማርች
month-4 = ኤፕሪል
month-5 = ሜይ
month-6 = ጁን
month-7 = ጁላይ
month-8 = ኦገስት
month-9 = ሴፕቴምበር
month-10 = ኦክቶበር
month-11 = ኖቬምበር
month-12 = ዲሴምበር
date-long = { $day } { $month } { $year }
list-separator = { "፣ " }
list-and = { " እና " }
list-or = { " ወይም " }
skip-to-content = ወደ ዋናው ይዘት ይሂዱ
search = ፈልግ
search-articles = ጽሑፎችን ፈልግ
nav-sections = ክፍሎች
nav-regions = ክልሎች
nav-themes = ርዕሶች
nav-reports = ልዩ ዘገባዎች
email-address = የኢሜይል አድራሻዎ
subscribe = ይመዝገቡ
all-newsletters = ሁሉም ጋዜጣዎች
feed-rss = RSS ምግብ
feed-atom = Atom ምግብ
feed-json = JSON ምግብ
media-inquiries = ለመገናኛ ብዙኃን፦ { $email }
site-elsewhere = { $site } በሌሎች ቦታዎች
preview-title = ቅድመ እይታ — አልታተመም።
preview-text = አንባቢዎች ይህን ገጽ ማየት አይችሉም፤ እየተስተካከለ ያለውን ስሪት ያሳያል።
languages = ቋንቋዎች
language-offer = ይህን ገጽ በአማርኛ ያንብቡ
language-offer-dismiss = አይ፣ አመሰግናለሁ
translation-reviewed = በዜና ክፍሉ የተተረጎመና የተገመገመ።
translation-machine = የማሽን ትርጉም ({ $engine })፣ በዜና ክፍሉ ያልተገመገመ።
translation-machine-model = የማሽን ትርጉም ({ $engine }፣ { $model })፣ በዜና ክፍሉ ያልተገመገመ።
translation-outdated = ይህ ትርጉም ከተሰራ በኋላ ዋናው ጽሑፍ ተለውጧል፤ የዘመነ ትርጉም በመንገድ ላይ ነው።
translation-outdated-locked = ይህ ትርጉም ከተሰራ በኋላ ዋናው ጽሑፍ ተለውጧል።
translation-partial = አንዳንድ ክፍሎች መተርጎም ስላልተቻለ በዋናው ቋንቋ ({ $language }) ቀርበዋል።
translation-read-original = ዋናውን ያንብቡ ({ $language })
byline = በ{ $authors }
published = የታተመው፦ { $date }
first-published = በመጀመሪያ ያሳተመው፦ { $source }
source-and-date = { $source }፣ { $date }
filed-region = ክልል፦
filed-theme = ርዕስ፦
filed-report = ልዩ ዘገባ፦
original-source = የዚህ ጽሑፍ ዋና ምንጭ { $source } ነው።
more-from = ተጨማሪ ከ{ $source }
source-website = የ{ $source } ድር ጣቢያ
articles-by = የጸሐፊው ጽሑፎች
organisation = ድርጅት
share-article = ይህን ጽሑፍ ያጋሩ
share-email = ኢሜይል
republish-published-by = ይህ ጽሑፍ የታተመው በ{ $site } ነው።
republish-original-source = የዚህ ጽሑፍ የመጀመሪያ ምንጭ { $source } ነው።
article-link = ወደዚህ ጽሑፍ የሚወስድ አገናኝ
copy-link = አገናኙን ቅዳ
copied = ተቀድቷል
republish = ይህን ጽሑፍ እንደገና ያትሙ
republish-terms = ይህን ጽሑፍ በራስዎ ድር ጣቢያ ላይ ሙሉ በሙሉና ሳይለወጥ፣ ከታች ካለው ምስጋናና አገናኝ ጋር እንደገና ማተም ይችላሉ። HTMLውን ይቅዱ፦
republish-html = የዚህ ጽሑፍ HTML
copy-html = HTML ቅዳ
disclaimer = የኃላፊነት ማስተባበያ
from-site = ከ{ $site }
newsletter = ጋዜጣ
membership = አባልነት
other-languages = ሌሎች ቋንቋዎች
related-articles = ተዛማጅ ጽሑፎች
card-via = በ{ $source } በኩል
pages = ገጾች
newer-articles = አዳዲስ ጽሑፎች
older-articles = የቆዩ ጽሑፎች
page-of = ገጽ { $page } ከ{ $total }
featured = ተመራጭ
latest = የቅርብ ጊዜ
nothing-published = እስካሁን ምንም አልታተመም።
kind-region = ክልል
kind-theme = ርዕስ
kind-report = ልዩ ዘገባ
kind-author = ጸሐፊ
kind-source = ምንጭ
breadcrumb = የማሰሻ መንገድ
visit-website = ድር ጣቢያውን ይጎብኙ
website = ድር ጣቢያ
within = በ{ $place } ውስጥ
articles = ጽሑፎች
no-articles-here = እዚህ እስካሁን ጽሑፍ የለም።
error-status = ስህተት { $status }
error-not-found = ገጹ አልተገኘም
error-gone = ይህ ጽሑፍ ተነስቷል
error-other = የሆነ ችግር ተፈጥሯል
error-not-found-text = በዚህ አድራሻ ምንም ገጽ የለም። ተዛውሮ ሊሆን ይችላል፣ ወይም አገናኙ በስህተት ተጽፎ ሊሆን ይችላል።
error-gone-text = አንድ ጊዜ እዚህ ታትሞ ነበር፣ ከዚያ በኋላ ተወግዷል።
error-other-text = እባክዎ ከጥቂት ጊዜ በኋላ እንደገና ይሞክሩ።
front-page = ወደ { $site } የፊት ገጽ ይሂዱ
search-results-for = ለ«{ $query }» የፍለጋ ውጤቶች
filtered-by = ማጣሪያዎች፦
remove-filter = የ{ $filter } ማጣሪያን አስወግድ
article-count = { $count ->
        [one] { $count } ጽሑፍ
       *[other] { $count } ጽሑፎች
    }
results = ውጤቶች
no-match = የሚዛመድ ጽሑፍ የለም። ጥቂት ወይም ሌላ ቃላትን ይሞክሩ፣ ወይም ማጣሪያ ያስወግዱ።
result-pages = የውጤት ገጾች
previous = ቀዳሚ
next = ቀጣይ
narrow-results = ውጤቶችን አጥብብ
facet-language = ቋንቋ
facet-year = ዓመት
mastodon-share = በMastodon ላይ ያጋሩ
mastodon-server = የእርስዎ Mastodon አገልጋይ
mastodon-hint = የአገልጋዩ ስም ብቻ፣ ለምሳሌ { $example }። አሳሽዎ ለሚቀጥለው ጊዜ ያስታውሰዋል፤ እኛ አናስቀምጠውም።
mastodon-continue = ወደ Mastodon ይቀጥሉ
mastodon-post = ልጥፉ
newsletters = ጋዜጣዎች
past-editions = ያለፉ እትሞች
no-editions = እስካሁን ምንም እትም አልተላከም።
newer = አዳዲስ
older = የቆዩ
edition-number = ቁ. { $number }
edition-from = ከ{ $source }
edition-get = { $newsletter }ን በኢሜይል ያግኙ
your-newsletters = የእርስዎ ጋዜጣዎች
preferences-for = ለ{ $email }።
choices-saved = ምርጫዎችዎ ተቀምጠዋል።
send-me = ላኩልኝ
language-edition = የቋንቋ እትም
save-choices = ምርጫዎቼን አስቀምጥ
unsubscribe-everything = ከሁሉም ምዝገባ ውጣ
unsubscribed = ምዝገባዎ ተሰርዟል
no-longer-receive = ከእንግዲህ { $newsletters } አይደርስዎትም።
no-longer-receive-any = ከእንግዲህ ጋዜጣዎቻችን አይደርስዎትም።
changed-your-mind = ሐሳብዎን ቀየሩ? ጋዜጣዎችዎን እንደገና ይምረጡ
unsubscribe = ከምዝገባ ውጣ
stop-receiving = { $newsletter } መቀበል ይቁም?
stop-receiving-all = ሁሉንም ጋዜጣዎቻችን መቀበል ይቁም?
choose-newsletters = ወይም የሚቀበሏቸውን ጋዜጣዎች ይምረጡ
which-newsletters = የትኞቹ ጋዜጣዎች
subscribe-hint = ለማረጋገጥ አገናኝ በኢሜይል እንልክልዎታለን። የመከታተያ ፒክሰሎች የሉም፣ የተቀየሩ አገናኞች የሉም፤ እያንዳንዱ ኢሜይል በአንድ ጠቅታ ከምዝገባ የሚያስወጣ አገናኝ አለው።
no-newsletters = ለመመዝገብ እስካሁን ጋዜጣ የለም።
edition-language-notice = የቋንቋ እትም: { $language } — እያንዳንዱ ጽሑፍ ትርጉም ካለው በትርጉሙ፣ ከሌለው ደግሞ በመጀመሪያው ቋንቋ ይቀርባል።
mail-read-article = ጽሑፉን ያንብቡ
mail-read-on-web = ይህን እትም በድር ላይ ያንብቡ
mail-why-you-receive = { $newsletter }ን የሚቀበሉት በ{ $site } ስለተመዘገቡ ነው።
schedule-daily = በየቀኑ { $time } ላይ ({ $zone })
schedule-weekly =
    { $day ->
        [monday] በየሰኞ { $time } ላይ ({ $zone })
        [tuesday] በየማክሰኞ { $time } ላይ ({ $zone })
        [wednesday] በየረቡዕ { $time } ላይ ({ $zone })
        [thursday] በየሐሙስ { $time } ላይ ({ $zone })
        [friday] በየዓርብ { $time } ላይ ({ $zone })
        [saturday] በየቅዳሜ { $time } ላይ ({ $zone })
       *[sunday] በየእሑድ { $time } ላይ ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = የመልዕክት ሳጥንዎን ይመልከቱ
notice-check-inbox-text = ምዝገባዎን የሚያረጋግጡበት አገናኝ የያዘ ኢሜይል ልከንልዎታል። ለመድረስ አንድ ደቂቃ ሊወስድ ይችላል፤ ካልደረሰ የአይፈለጌ መልዕክት አቃፊዎን ይመልከቱ።
notice-subscribed = ተመዝግበዋል
notice-subscribed-text = እናመሰግናለን። ከሚቀጥለው እትም ጀምሮ { $newsletters } ይደርስዎታል። እያንዳንዱ ኢሜይል ምርጫዎን የሚቀይሩበት ወይም ምዝገባዎን የሚሰርዙበት አገናኝ አለው።
our-newsletter = ጋዜጣችን
notice-already-subscribed = አስቀድመው ተመዝግበዋል
notice-already-subscribed-text = ይህ አገናኝ ቀደም ብሎ ጥቅም ላይ ውሏል፣ ምዝገባዎም ተረጋግጧል። ሌላ የሚደረግ ነገር የለም።
notice-link-expired = ይህ አገናኝ ጊዜው አልፎበታል
notice-link-expired-text = የማረጋገጫ አገናኞች የሚሠሩት ለተወሰነ ጊዜ ብቻ ነው፣ ይህኛው በጣም አርጅቷል። እንደገና ይመዝገቡ፣ አዲስ እንልክልዎታለን።
subscribe-again = እንደገና ይመዝገቡ
notice-link-unknown = ይህ አገናኝ አይሠራም
notice-link-unknown-text = ያልተሟላ ሊሆን ይችላል (ሙሉ በሙሉ መቀዳቱን ያረጋግጡ)፣ ወይም አዲስ የማረጋገጫ ኢሜይል ተክቶት ሊሆን ይችላል። እንደገና መመዝገብ አዲስ አገናኝ ይልካል።

## Newsletter forms: why a form was refused

form-email-missing = እባክዎ የኢሜይል አድራሻዎን ያስገቡ።
form-invalid-email = ይህ የኢሜይል አድራሻ አይደለም፤ እባክዎ ያረጋግጡት።
form-unknown-newsletter = እባክዎ እንደገና ይምረጡ፤ በዚያ ስም ምንም ጋዜጣ የለም።
form-invalid = እባክዎ ምርጫዎን ያረጋግጡና እንደገና ይሞክሩ።
form-rate-limited = በአንድ ጊዜ በጣም ብዙ ጥያቄዎች። አሁን ከተመዘገቡ፣ እባክዎ የመልዕክት ሳጥንዎን (እና የአይፈለጌ መልዕክት አቃፊዎን) ይመልከቱ፤ ካልሆነ ከአንድ ሰዓት በኋላ እንደገና ይሞክሩ።
