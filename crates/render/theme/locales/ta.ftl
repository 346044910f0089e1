number-decimal-separator = .
number-group-separator = ,
number-grouping = 3 2
number-min-grouping = 1
number-digits = 0123456789
month-1 = ஜனவரி
month-2 = பிப்ரவரி
month-3 = மார்ச்
month-4 = ஏப்ரல்
month-5 = மே
month-6 = ஜூன்
month-7 = ஜூலை
month-8 = ஆகஸ்ட்
month-9 = செப்டம்பர்
month-10 = அக்டோபர்
month-11 = நவம்பர்
month-12 = டிசம்பர்
date-long = { $day } { $month }, { $year }
list-separator = { ", " }
list-and = { " மற்றும் " }
list-or = { " அல்லது " }
skip-to-content = முதன்மை உள்ளடக்கத்துக்குச் செல்
search = தேடு
search-articles = கட்டுரைகளில் தேடு
nav-sections = பிரிவுகள்
nav-regions = பகுதிகள்
nav-themes = தலைப்புகள்
nav-reports = சிறப்புக் கட்டுரைகள்
email-address = உங்கள் மின்னஞ்சல் முகவரி
subscribe = பதிவுசெய்
all-newsletters = எல்லா செய்திமடல்களும்
feed-rss = RSS ஊட்டம்
feed-atom = Atom ஊட்டம்
feed-json = JSON ஊட்டம்
media-inquiries = ஊடகங்களுக்கு: { $email }
site-elsewhere = பிற இடங்களில் { $site }
preview-title = முன்னோட்டம் — வெளியிடப்படவில்லை.
preview-text = வாசகர்களால் இந்தப் பக்கத்தைப் பார்க்க முடியாது; திருத்தப்படும் பதிப்பை இது காட்டுகிறது.
languages = மொழிகள்
language-offer = இந்தப் பக்கத்தைத் தமிழில் படிக்கவும்
language-offer-dismiss = வேண்டாம், நன்றி
translation-reviewed = செய்தியறை மொழிபெயர்த்து சரிபார்த்தது.
translation-machine = இயந்திர மொழிபெயர்ப்பு ({ $engine }), செய்தியறை சரிபார்க்கவில்லை.
translation-machine-model = இயந்திர மொழிபெயர்ப்பு ({ $engine }, { $model }), செய்தியறை சரிபார்க்கவில்லை.
translation-outdated = இந்த மொழிபெயர்ப்புக்குப் பிறகு மூலம் மாறியுள்ளது; புதுப்பிக்கப்பட்ட மொழிபெயர்ப்பு வந்துகொண்டிருக்கிறது.
translation-outdated-locked = இந்த மொழிபெயர்ப்புக்குப் பிறகு மூலம் மாறியுள்ளது.
translation-partial = சில பகுதிகளை மொழிபெயர்க்க முடியவில்லை, எனவே அவை மூல மொழியில் ({ $language }) காட்டப்படுகின்றன.
translation-read-original = மூலத்தைப் படிக்க ({ $language })
byline = எழுதியவர்: { $authors }
published = வெளியிடப்பட்டது: { $date }
first-published = முதலில் வெளியிட்டது: { $source }
source-and-date = { $source }, { $date }
filed-region = பகுதி:
filed-theme = தலைப்பு:
filed-report = சிறப்புக் கட்டுரை:
original-source = இந்தக் கட்டுரையின் மூல ஆதாரம் { $source }.
more-from = { $source } வழங்கும் மேலும்
source-website = { $source } இணையதளம்
articles-by = எழுத்தாளரின் கட்டுரைகள்
organisation = அமைப்பு
share-article = இந்தக் கட்டுரையைப் பகிர்
share-email = மின்னஞ்சல்
republish-published-by = இந்தக் கட்டுரையை { $site } வெளியிட்டது.
republish-original-source = இந்தக் கட்டுரையின் மூல ஆதாரம் { $source }.
article-link = இந்தக் கட்டுரைக்கான இணைப்பு
copy-link = இணைப்பை நகலெடு
copied = நகலெடுக்கப்பட்டது
republish = இந்தக் கட்டுரையை மீண்டும் வெளியிடு
republish-terms = இந்தக் கட்டுரையை உங்கள் தளத்தில் முழுமையாகவும் மாற்றமின்றியும், கீழே உள்ள நன்றிக்குறிப்பு மற்றும் இணைப்புடன் மீண்டும் வெளியிடலாம். HTML-ஐ நகலெடுக்கவும்:
republish-html = இந்தக் கட்டுரையின் HTML
copy-html = HTML-ஐ நகலெடு
disclaimer = பொறுப்புத் துறப்பு
from-site = { $site } வழங்குவது
newsletter = செய்திமடல்
membership = உறுப்பினர் சேர்க்கை
other-languages = பிற மொழிகள்
related-articles = தொடர்புடைய கட்டுரைகள்
card-via = { $source } வழியாக
pages = பக்கங்கள்
newer-articles = புதிய கட்டுரைகள்
older-articles = பழைய கட்டுரைகள்
page-of = பக்கம் { $page } / { $total }
featured = சிறப்பு
latest = சமீபத்தியவை
nothing-published = இன்னும் எதுவும் வெளியிடப்படவில்லை.
kind-region = பகுதி
kind-theme = தலைப்பு
kind-report = சிறப்புக் கட்டுரை
kind-author = எழுத்தாளர்
kind-source = ஆதாரம்
breadcrumb = வழிசெலுத்தல் பாதை
visit-website = இணையதளத்துக்குச் செல்
website = இணையதளம்
within = { $place } பகுதிக்குள்
articles = கட்டுரைகள்
no-articles-here = இங்கு இன்னும் கட்டுரைகள் இல்லை.
error-status = பிழை { $status }
error-not-found = பக்கம் கிடைக்கவில்லை
error-gone = இந்தக் கட்டுரை திரும்பப் பெறப்பட்டது
error-other = ஏதோ தவறு நடந்தது
error-not-found-text = இந்த முகவரியில் பக்கம் எதுவும் இல்லை. அது இடம் மாறியிருக்கலாம், அல்லது இணைப்பு தவறாகத் தட்டச்சு செய்யப்பட்டிருக்கலாம்.
error-gone-text = இது ஒருமுறை இங்கே வெளியிடப்பட்டு, பின்னர் நீக்கப்பட்டது.
error-other-text = சிறிது நேரம் கழித்து மீண்டும் முயலவும்.
front-page = { $site } முகப்புப் பக்கத்துக்குச் செல்
search-results-for = “{ $query }” என்பதற்கான தேடல் முடிவுகள்
filtered-by = வடிப்பான்கள்:
remove-filter = { $filter } வடிப்பானை நீக்கு
article-count = { $count ->
        [one] { $count } கட்டுரை
       *[other] { $count } கட்டுரைகள்
    }
results = முடிவுகள்
no-match = எந்தக் கட்டுரையும் பொருந்தவில்லை. குறைவான அல்லது வேறு சொற்களை முயலுங்கள், அல்லது ஒரு வடிப்பானை நீக்குங்கள்.
result-pages = முடிவுப் பக்கங்கள்
previous = முந்தையது
next = அடுத்தது
narrow-results = முடிவுகளைக் குறுக்கு
facet-language = மொழி
facet-year = ஆண்டு
mastodon-share = Mastodon-இல் பகிர்
mastodon-server = உங்கள் Mastodon சேவையகம்
mastodon-hint = சேவையகத்தின் பெயர் மட்டும், எ.கா. { $example }. உங்கள் உலாவி அடுத்த முறைக்காக இதை நினைவில் வைக்கும்; நாங்கள் இதைச் சேமிப்பதில்லை.
mastodon-continue = Mastodon-க்குத் தொடர்
mastodon-post = இடுகை
newsletters = செய்திமடல்கள்
past-editions = முந்தைய இதழ்கள்
no-editions = இன்னும் எந்த இதழும் அனுப்பப்படவில்லை.
newer = புதியவை
older = பழையவை
edition-number = இதழ் { $number }
edition-from = { $source } இலிருந்து
edition-get = { $newsletter } மின்னஞ்சலில் பெறுக
your-newsletters = உங்கள் செய்திமடல்கள்
preferences-for = { $email } க்கு.
choices-saved = உங்கள் தேர்வுகள் சேமிக்கப்பட்டன.
send-me = எனக்கு அனுப்பு
language-edition = மொழிப் பதிப்பு
save-choices = என் தேர்வுகளைச் சேமி
unsubscribe-everything = அனைத்திலிருந்தும் விலகு
unsubscribed = நீங்கள் விலகிவிட்டீர்கள்
no-longer-receive = இனி உங்களுக்கு { $newsletters } வராது.
no-longer-receive-any = இனி உங்களுக்கு எங்கள் செய்திமடல்கள் வராது.
changed-your-mind = மனம் மாறியதா? உங்கள் செய்திமடல்களை மீண்டும் தேர்ந்தெடுங்கள்
unsubscribe = விலகு
stop-receiving = { $newsletter } பெறுவதை நிறுத்தவா?
stop-receiving-all = எங்கள் எல்லா செய்திமடல்களையும் பெறுவதை நிறுத்தவா?
choose-newsletters = அல்லது எந்தச் செய்திமடல்களைப் பெற வேண்டும் எனத் தேர்ந்தெடுங்கள்
which-newsletters = எந்தச் செய்திமடல்கள்
subscribe-hint = உறுதிப்படுத்த ஓர் இணைப்பை மின்னஞ்சலில் அனுப்புவோம். கண்காணிப்பு பிக்சல்கள் இல்லை, மாற்றியெழுதப்பட்ட இணைப்புகள் இல்லை; ஒவ்வொரு மின்னஞ்சலிலும் ஒரே சொடுக்கில் விலகும் இணைப்பு உண்டு.
no-newsletters = பதிவுசெய்ய இன்னும் செய்திமடல் எதுவும் இல்லை.
edition-language-notice = மொழிப் பதிப்பு: { $language } — மொழிபெயர்ப்பு உள்ள இடங்களில் ஒவ்வொரு கட்டுரையும் மொழிபெயர்ப்பிலும், இல்லையெனில் அதன் மூல மொழியிலும் காட்டப்படுகிறது.
mail-read-article = கட்டுரையைப் படிக்க
mail-read-on-web = இந்த இதழை இணையத்தில் படிக்க
mail-why-you-receive = நீங்கள் { $site } இல் பதிவு செய்ததால் { $newsletter } உங்களுக்கு வருகிறது.
schedule-daily = தினமும் { $time } மணிக்கு ({ $zone })
schedule-weekly =
    { $day ->
        [monday] ஒவ்வொரு திங்களும் { $time } மணிக்கு ({ $zone })
        [tuesday] ஒவ்வொரு செவ்வாயும் { $time } மணிக்கு ({ $zone })
        [wednesday] ஒவ்வொரு புதனும் { $time } மணிக்கு ({ $zone })
        [thursday] ஒவ்வொரு வியாழனும் { $time } மணிக்கு ({ $zone })
        [friday] ஒவ்வொரு வெள்ளியும் { $time } மணிக்கு ({ $zone })
        [saturday] ஒவ்வொரு சனியும் { $time } மணிக்கு ({ $zone })
       *[sunday] ஒவ்வொரு ஞாயிறும் { $time } மணிக்கு ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = உங்கள் இன்பாக்ஸைப் பாருங்கள்
notice-check-inbox-text = உங்கள் சந்தாவை உறுதிப்படுத்தும் இணைப்புடன் ஒரு மின்னஞ்சலை அனுப்பியுள்ளோம். அது வர ஒரு நிமிடம் ஆகலாம்; வரவில்லை என்றால் ஸ்பேம் கோப்புறையைப் பாருங்கள்.
notice-subscribed = நீங்கள் பதிவுசெய்துவிட்டீர்கள்
notice-subscribed-text = நன்றி. அடுத்த இதழிலிருந்து உங்களுக்கு { $newsletters } வரும். ஒவ்வொரு மின்னஞ்சலிலும் உங்கள் தேர்வுகளை மாற்ற அல்லது சந்தாவிலிருந்து விலக இணைப்பு உள்ளது.
our-newsletter = எங்கள் செய்திமடல்
notice-already-subscribed = நீங்கள் ஏற்கெனவே பதிவுசெய்துள்ளீர்கள்
notice-already-subscribed-text = இந்த இணைப்பு முன்பே பயன்படுத்தப்பட்டுள்ளது, உங்கள் சந்தா உறுதிசெய்யப்பட்டுள்ளது. வேறு எதுவும் செய்ய வேண்டியதில்லை.
notice-link-expired = இந்த இணைப்பு காலாவதியாகிவிட்டது
notice-link-expired-text = உறுதிப்படுத்தும் இணைப்புகள் குறிப்பிட்ட காலம் மட்டுமே வேலை செய்யும், இது மிகப் பழையது. மீண்டும் பதிவுசெய்யுங்கள், புதிய இணைப்பை அனுப்புகிறோம்.
subscribe-again = மீண்டும் பதிவுசெய்
notice-link-unknown = இந்த இணைப்பு வேலை செய்யவில்லை
notice-link-unknown-text = அது முழுமையடையாமல் இருக்கலாம் (முழுவதும் நகலெடுக்கப்பட்டதா எனப் பாருங்கள்), அல்லது புதிய உறுதிப்படுத்தும் மின்னஞ்சல் அதன் இடத்தைப் பிடித்திருக்கலாம். மீண்டும் பதிவுசெய்தால் புதிய இணைப்பு அனுப்பப்படும்.

## Newsletter forms: why a form was refused

form-email-missing = உங்கள் மின்னஞ்சல் முகவரியை உள்ளிடவும்.
form-invalid-email = இது மின்னஞ்சல் முகவரி அல்ல: தயவுசெய்து சரிபாருங்கள்.
form-unknown-newsletter = மீண்டும் தேர்ந்தெடுக்கவும்: அந்தப் பெயரில் செய்திமடல் எதுவும் இல்லை.
form-invalid = உங்கள் தேர்வுகளைச் சரிபார்த்து மீண்டும் முயலவும்.
form-rate-limited = ஒரே நேரத்தில் அதிகமான கோரிக்கைகள். நீங்கள் இப்போதுதான் பதிவுசெய்திருந்தால், உங்கள் இன்பாக்ஸையும் (ஸ்பேம் கோப்புறையையும்) பாருங்கள்; இல்லையெனில் ஒரு மணி நேரம் கழித்து மீண்டும் முயலவும்.
