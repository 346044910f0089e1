number-decimal-separator = .
number-group-separator = ,
number-grouping = 3 2
number-min-grouping = 1
number-digits = 0123456789
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " ਅਤੇ " }
list-or = { " ਜਾਂ " }
skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
search = ਖੋਜੋ
search-articles = ਲੇਖਾਂ ਵਿੱਚ ਖੋਜੋ
nav-sections = ਭਾਗ
nav-regions = ਖੇਤਰ
nav-themes = ਵਿਸ਼ੇ
nav-reports = ਵਿਸ਼ੇਸ਼ ਰਿਪੋਰਟਾਂ
email-address = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ
subscribe = ਗਾਹਕ ਬਣੋ
all-newsletters = ਸਾਰੇ ਨਿਊਜ਼ਲੈਟਰ
feed-rss = RSS ਫ਼ੀਡ
feed-atom = Atom ਫ਼ੀਡ
feed-json = JSON ਫ਼ੀਡ
media-inquiries = ਮੀਡੀਆ ਲਈ: { $email }
site-elsewhere = ਹੋਰ ਥਾਵਾਂ ’ਤੇ { $site }
preview-title = ਝਲਕ — ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ।
preview-text = ਪਾਠਕ ਇਹ ਪੰਨਾ ਨਹੀਂ ਦੇਖ ਸਕਦੇ; ਇਹ ਸੋਧਿਆ ਜਾ ਰਿਹਾ ਸੰਸਕਰਣ ਦਿਖਾਉਂਦਾ ਹੈ।
languages = ਭਾਸ਼ਾਵਾਂ
language-offer = ਇਹ ਪੰਨਾ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹੋ
language-offer-dismiss = ਨਹੀਂ, ਧੰਨਵਾਦ
translation-reviewed = ਸੰਪਾਦਕੀ ਟੀਮ ਵੱਲੋਂ ਅਨੁਵਾਦਿਤ ਅਤੇ ਜਾਂਚਿਆ ਗਿਆ।
translation-machine = ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ ({ $engine }), ਸੰਪਾਦਕੀ ਟੀਮ ਵੱਲੋਂ ਨਹੀਂ ਜਾਂਚਿਆ ਗਿਆ।
translation-machine-model = ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ ({ $engine }, { $model }), ਸੰਪਾਦਕੀ ਟੀਮ ਵੱਲੋਂ ਨਹੀਂ ਜਾਂਚਿਆ ਗਿਆ।
translation-outdated = ਇਹ ਅਨੁਵਾਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਮੂਲ ਲੇਖ ਬਦਲ ਗਿਆ ਹੈ; ਅੱਪਡੇਟ ਕੀਤਾ ਅਨੁਵਾਦ ਆ ਰਿਹਾ ਹੈ।
translation-outdated-locked = ਇਹ ਅਨੁਵਾਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਮੂਲ ਲੇਖ ਬਦਲ ਗਿਆ ਹੈ।
translation-partial = ਕੁਝ ਹਿੱਸਿਆਂ ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋ ਸਕਿਆ, ਇਸ ਲਈ ਉਹ ਮੂਲ ਭਾਸ਼ਾ ({ $language }) ਵਿੱਚ ਦਿਖਾਏ ਗਏ ਹਨ।
translation-read-original = ਮੂਲ ਲੇਖ ਪੜ੍ਹੋ ({ $language })
byline = ਲੇਖਕ: { $authors }
published = ਪ੍ਰਕਾਸ਼ਿਤ: { $date }
first-published = ਪਹਿਲੀ ਵਾਰ ਪ੍ਰਕਾਸ਼ਿਤ: { $source }
source-and-date = { $source }, { $date }
filed-region = ਖੇਤਰ:
filed-theme = ਵਿਸ਼ਾ:
filed-report = ਵਿਸ਼ੇਸ਼ ਰਿਪੋਰਟ:
original-source = ਇਸ ਲੇਖ ਦਾ ਮੂਲ ਸਰੋਤ { $source } ਹੈ।
more-from = { $source } ਤੋਂ ਹੋਰ
source-website = { $source } ਦੀ ਵੈੱਬਸਾਈਟ
articles-by = ਲੇਖਕ ਦੇ ਲੇਖ
organisation = ਸੰਸਥਾ
share-article = ਇਹ ਲੇਖ ਸਾਂਝਾ ਕਰੋ
share-email = ਈਮੇਲ
republish-published-by = ਇਹ ਲੇਖ { $site } ਵੱਲੋਂ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਗਿਆ ਸੀ।
republish-original-source = ਇਸ ਲੇਖ ਦਾ ਮੂਲ ਸਰੋਤ { $source } ਹੈ।
article-link = ਇਸ ਲੇਖ ਦਾ ਲਿੰਕ
copy-link = ਲਿੰਕ ਕਾਪੀ ਕਰੋ
copied = ਕਾਪੀ ਹੋ ਗਿਆ
republish = ਇਹ ਲੇਖ ਮੁੜ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
republish-terms = ਤੁਸੀਂ ਇਹ ਲੇਖ ਆਪਣੀ ਸਾਈਟ ’ਤੇ ਪੂਰਾ ਅਤੇ ਬਿਨਾਂ ਬਦਲਾਅ ਦੇ, ਹੇਠਾਂ ਦਿੱਤੇ ਸਿਹਰੇ ਅਤੇ ਲਿੰਕ ਨਾਲ ਮੁੜ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰ ਸਕਦੇ ਹੋ। HTML ਕਾਪੀ ਕਰੋ:
republish-html = ਇਸ ਲੇਖ ਦਾ HTML
copy-html = HTML ਕਾਪੀ ਕਰੋ
disclaimer = ਬੇਦਾਅਵਾ
from-site = { $site } ਵੱਲੋਂ
newsletter = ਨਿਊਜ਼ਲੈਟਰ
membership = ਮੈਂਬਰਸ਼ਿਪ
other-languages = ਹੋਰ ਭਾਸ਼ਾਵਾਂ
related-articles = ਸੰਬੰਧਿਤ ਲੇਖ
card-via = { $source } ਰਾਹੀਂ
pages = ਪੰਨੇ
newer-articles = ਨਵੇਂ ਲੇਖ
older-articles = ਪੁਰਾਣੇ ਲੇਖ
page-of = ਪੰਨਾ { $page } / { $total }
featured = ਚੋਣਵੇਂ
latest = ਤਾਜ਼ਾ
nothing-published = ਹਾਲੇ ਕੁਝ ਵੀ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਇਆ।
kind-region = ਖੇਤਰ
kind-theme = ਵਿਸ਼ਾ
kind-report = ਵਿਸ਼ੇਸ਼ ਰਿਪੋਰਟ
kind-author = ਲੇਖਕ
kind-source = ਸਰੋਤ
breadcrumb = ਨੈਵੀਗੇਸ਼ਨ ਮਾਰਗ
visit-website = ਵੈੱਬਸਾਈਟ ’ਤੇ ਜਾਓ
website = ਵੈੱਬਸਾਈਟ
within = { $place } ਵਿੱਚ
articles = ਲੇਖ
no-articles-here = ਇੱਥੇ ਹਾਲੇ ਕੋਈ ਲੇਖ ਨਹੀਂ ਹੈ।
error-status = ਗਲਤੀ { $status }
error-not-found = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
error-gone = ਇਹ ਲੇਖ ਵਾਪਸ ਲੈ ਲਿਆ ਗਿਆ ਹੈ
error-other = ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ
error-unavailable = ਅਸਥਾਈ ਤੌਰ ’ਤੇ ਉਪਲਬਧ ਨਹੀਂ
error-not-found-text = ਇਸ ਪਤੇ ’ਤੇ ਕੋਈ ਪੰਨਾ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਹਿਲਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਲਿੰਕ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ ਹੋਵੇ।
error-gone-text = ਇਹ ਇੱਕ ਵਾਰ ਇੱਥੇ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਇਆ ਸੀ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਹਟਾ ਦਿੱਤਾ ਗਿਆ।
error-other-text = ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
front-page = { $site } ਦੇ ਮੁੱਖ ਪੰਨੇ ’ਤੇ ਜਾਓ
search-results-for = “{ $query }” ਲਈ ਖੋਜ ਨਤੀਜੇ
filtered-by = ਫ਼ਿਲਟਰ:
remove-filter = { $filter } ਫ਼ਿਲਟਰ ਹਟਾਓ
article-count = { $count } ਲੇਖ
results = ਨਤੀਜੇ
no-match = ਕੋਈ ਲੇਖ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਘੱਟ ਜਾਂ ਵੱਖਰੇ ਸ਼ਬਦ ਅਜ਼ਮਾਓ, ਜਾਂ ਕੋਈ ਫ਼ਿਲਟਰ ਹਟਾਓ।
result-pages = ਨਤੀਜਿਆਂ ਦੇ ਪੰਨੇ
previous = ਪਿਛਲਾ
next = ਅਗਲਾ
narrow-results = ਨਤੀਜੇ ਸੀਮਤ ਕਰੋ
facet-language = ਭਾਸ਼ਾ
facet-year = ਸਾਲ
mastodon-share = Mastodon ’ਤੇ ਸਾਂਝਾ ਕਰੋ
mastodon-server = ਤੁਹਾਡਾ Mastodon ਸਰਵਰ
mastodon-hint = ਸਿਰਫ਼ ਸਰਵਰ ਦਾ ਨਾਂ, ਜਿਵੇਂ { $example }। ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਇਸਨੂੰ ਅਗਲੀ ਵਾਰ ਲਈ ਯਾਦ ਰੱਖਦਾ ਹੈ; ਅਸੀਂ ਇਸਨੂੰ ਸਾਂਭਦੇ ਨਹੀਂ।
mastodon-continue = Mastodon ’ਤੇ ਜਾਰੀ ਰੱਖੋ
mastodon-post = ਪੋਸਟ
newsletters = ਨਿਊਜ਼ਲੈਟਰ
past-editions = ਪਿਛਲੇ ਅੰਕ
no-editions = ਹਾਲੇ ਕੋਈ ਅੰਕ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
newer = ਨਵੇਂ
older = ਪੁਰਾਣੇ
edition-number = ਅੰਕ { $number }
edition-from = { $source } ਤੋਂ
edition-get = { $newsletter } ਈਮੇਲ ’ਤੇ ਪ੍ਰਾਪਤ ਕਰੋ
your-newsletters = ਤੁਹਾਡੇ ਨਿਊਜ਼ਲੈਟਰ
preferences-for = { $email } ਲਈ।
choices-saved = ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਸਾਂਭ ਲਈਆਂ ਗਈਆਂ ਹਨ।
send-me = ਮੈਨੂੰ ਭੇਜੋ
language-edition = ਭਾਸ਼ਾ ਸੰਸਕਰਣ
save-choices = ਮੇਰੀਆਂ ਚੋਣਾਂ ਸਾਂਭੋ
unsubscribe-everything = ਹਰ ਚੀਜ਼ ਤੋਂ ਗਾਹਕੀ ਰੱਦ ਕਰੋ
unsubscribed = ਤੁਹਾਡੀ ਗਾਹਕੀ ਰੱਦ ਹੋ ਗਈ ਹੈ
no-longer-receive = ਹੁਣ ਤੁਹਾਨੂੰ { $newsletters } ਨਹੀਂ ਮਿਲੇਗਾ।
no-longer-receive-any = ਹੁਣ ਤੁਹਾਨੂੰ ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ ਨਹੀਂ ਮਿਲਣਗੇ।
changed-your-mind = ਇਰਾਦਾ ਬਦਲ ਗਿਆ? ਆਪਣੇ ਨਿਊਜ਼ਲੈਟਰ ਦੁਬਾਰਾ ਚੁਣੋ
unsubscribe = ਗਾਹਕੀ ਰੱਦ ਕਰੋ
stop-receiving = ਕੀ { $newsletter } ਪ੍ਰਾਪਤ ਕਰਨਾ ਬੰਦ ਕਰਨਾ ਹੈ?
stop-receiving-all = ਕੀ ਸਾਡੇ ਸਾਰੇ ਨਿਊਜ਼ਲੈਟਰ ਪ੍ਰਾਪਤ ਕਰਨੇ ਬੰਦ ਕਰਨੇ ਹਨ?
choose-newsletters = ਜਾਂ ਚੁਣੋ ਕਿ ਕਿਹੜੇ ਨਿਊਜ਼ਲੈਟਰ ਪ੍ਰਾਪਤ ਕਰਨੇ ਹਨ
which-newsletters = ਕਿਹੜੇ ਨਿਊਜ਼ਲੈਟਰ
subscribe-hint = ਪੁਸ਼ਟੀ ਲਈ ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਕ ਲਿੰਕ ਈਮੇਲ ਕਰਾਂਗੇ। ਕੋਈ ਟ੍ਰੈਕਿੰਗ ਪਿਕਸਲ ਨਹੀਂ, ਕੋਈ ਬਦਲੇ ਹੋਏ ਲਿੰਕ ਨਹੀਂ; ਹਰ ਈਮੇਲ ਵਿੱਚ ਇੱਕ ਕਲਿੱਕ ਨਾਲ ਗਾਹਕੀ ਰੱਦ ਕਰਨ ਦਾ ਲਿੰਕ ਹੁੰਦਾ ਹੈ।
no-newsletters = ਗਾਹਕ ਬਣਨ ਲਈ ਹਾਲੇ ਕੋਈ ਨਿਊਜ਼ਲੈਟਰ ਨਹੀਂ ਹੈ।
edition-language-notice = ਭਾਸ਼ਾ ਸੰਸਕਰਣ: { $language } — ਜਿੱਥੇ ਅਨੁਵਾਦ ਹੈ ਉੱਥੇ ਹਰ ਲੇਖ ਅਨੁਵਾਦ ਵਿੱਚ, ਨਹੀਂ ਤਾਂ ਆਪਣੀ ਮੂਲ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
mail-read-article = ਲੇਖ ਪੜ੍ਹੋ
mail-read-on-web = ਇਹ ਅੰਕ ਵੈੱਬ ’ਤੇ ਪੜ੍ਹੋ
mail-why-you-receive = ਤੁਹਾਨੂੰ { $newsletter } ਇਸ ਲਈ ਮਿਲਦਾ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ { $site } ’ਤੇ ਗਾਹਕੀ ਲਈ ਸੀ।
confirm-subject = { $site } ’ਤੇ ਆਪਣੀ ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
confirm-greeting = ਸਤ ਸ੍ਰੀ ਅਕਾਲ,
confirm-asked = ਕਿਸੇ ਨੇ, ਸ਼ਾਇਦ ਤੁਸੀਂ, ਇਸ ਪਤੇ ’ਤੇ { $site } ਤੋਂ { $newsletters } ਪ੍ਰਾਪਤ ਕਰਨ ਦੀ ਬੇਨਤੀ ਕੀਤੀ ਹੈ।
confirm-open-link =
    { $hours ->
        [one] ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ (ਇਹ { $hours } ਘੰਟੇ ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ):
       *[other] ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ (ਇਹ { $hours } ਘੰਟਿਆਂ ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ):
    }
confirm-button = ਮੇਰੀ ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
confirm-link-works =
    { $hours ->
        [one] ਇਹ ਲਿੰਕ { $hours } ਘੰਟੇ ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ।
       *[other] ਇਹ ਲਿੰਕ { $hours } ਘੰਟਿਆਂ ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ।
    }
confirm-copy-address = ਜੇ ਬਟਨ ਕੰਮ ਨਾ ਕਰੇ, ਤਾਂ ਇਹ ਪਤਾ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਕਾਪੀ ਕਰੋ:
confirm-not-you = ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਤਾਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰੋ: ਤੁਹਾਨੂੰ ਸਾਡੇ ਵੱਲੋਂ ਮੁੜ ਕੁਝ ਨਹੀਂ ਮਿਲੇਗਾ।
schedule-daily = ਹਰ ਰੋਜ਼ { $time } ਵਜੇ ({ $zone })
schedule-weekly =
    { $day ->
        [monday] ਹਰ ਸੋਮਵਾਰ { $time } ਵਜੇ ({ $zone })
        [tuesday] ਹਰ ਮੰਗਲਵਾਰ { $time } ਵਜੇ ({ $zone })
        [wednesday] ਹਰ ਬੁੱਧਵਾਰ { $time } ਵਜੇ ({ $zone })
        [thursday] ਹਰ ਵੀਰਵਾਰ { $time } ਵਜੇ ({ $zone })
        [friday] ਹਰ ਸ਼ੁੱਕਰਵਾਰ { $time } ਵਜੇ ({ $zone })
        [saturday] ਹਰ ਸ਼ਨਿੱਚਰਵਾਰ { $time } ਵਜੇ ({ $zone })
       *[sunday] ਹਰ ਐਤਵਾਰ { $time } ਵਜੇ ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = ਆਪਣਾ ਇਨਬਾਕਸ ਵੇਖੋ
notice-check-inbox-text = ਅਸੀਂ ਤੁਹਾਨੂੰ ਤੁਹਾਡੀ ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲੇ ਲਿੰਕ ਨਾਲ ਇੱਕ ਈਮੇਲ ਭੇਜੀ ਹੈ। ਇਸਨੂੰ ਪਹੁੰਚਣ ਵਿੱਚ ਇੱਕ ਮਿੰਟ ਲੱਗ ਸਕਦਾ ਹੈ; ਨਾ ਪਹੁੰਚੇ ਤਾਂ ਸਪੈਮ ਫੋਲਡਰ ਵੇਖੋ।
notice-subscribed = ਤੁਸੀਂ ਗਾਹਕ ਬਣ ਗਏ ਹੋ
notice-subscribed-text = ਧੰਨਵਾਦ। ਅਗਲੇ ਅੰਕ ਤੋਂ ਤੁਹਾਨੂੰ { $newsletters } ਮਿਲੇਗਾ। ਹਰ ਈਮੇਲ ਵਿੱਚ ਆਪਣੀਆਂ ਚੋਣਾਂ ਬਦਲਣ ਜਾਂ ਗਾਹਕੀ ਛੱਡਣ ਦਾ ਲਿੰਕ ਹੁੰਦਾ ਹੈ।
our-newsletter = ਸਾਡਾ ਨਿਊਜ਼ਲੈਟਰ
notice-already-subscribed = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਗਾਹਕ ਹੋ
notice-already-subscribed-text = ਇਹ ਲਿੰਕ ਪਹਿਲਾਂ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ, ਅਤੇ ਤੁਹਾਡੀ ਗਾਹਕੀ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਚੁੱਕੀ ਹੈ। ਹੋਰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
notice-link-expired = ਇਸ ਲਿੰਕ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ
notice-link-expired-text = ਪੁਸ਼ਟੀ ਲਿੰਕ ਸੀਮਤ ਸਮੇਂ ਲਈ ਹੀ ਕੰਮ ਕਰਦੇ ਹਨ, ਅਤੇ ਇਹ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ। ਮੁੜ ਗਾਹਕ ਬਣੋ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਨਵਾਂ ਲਿੰਕ ਭੇਜਾਂਗੇ।
subscribe-again = ਮੁੜ ਗਾਹਕ ਬਣੋ
notice-link-unknown = ਇਹ ਲਿੰਕ ਕੰਮ ਨਹੀਂ ਕਰਦਾ
notice-link-unknown-text = ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਅਧੂਰਾ ਹੋਵੇ (ਵੇਖੋ ਕਿ ਇਹ ਪੂਰਾ ਕਾਪੀ ਹੋਇਆ ਹੈ), ਜਾਂ ਕਿਸੇ ਨਵੀਂ ਪੁਸ਼ਟੀ ਈਮੇਲ ਨੇ ਇਸਦੀ ਥਾਂ ਲੈ ਲਈ ਹੋਵੇ। ਮੁੜ ਗਾਹਕ ਬਣਨ ’ਤੇ ਨਵਾਂ ਲਿੰਕ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ।

## Newsletter forms: why a form was refused

form-email-missing = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਦਰਜ ਕਰੋ।
form-invalid-email = ਇਹ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਹੈ: ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਜਾਂਚੋ।
form-unknown-newsletter = ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਚੁਣੋ: ਇਸ ਨਾਂ ਦਾ ਕੋਈ ਨਿਊਜ਼ਲੈਟਰ ਨਹੀਂ ਹੈ।
form-invalid = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੀਆਂ ਚੋਣਾਂ ਜਾਂਚੋ ਅਤੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
form-rate-limited = ਇੱਕੋ ਵੇਲੇ ਬਹੁਤ ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ। ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਗਾਹਕੀ ਲਈ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਇਨਬਾਕਸ (ਅਤੇ ਸਪੈਮ ਫੋਲਡਰ) ਵੇਖੋ; ਨਹੀਂ ਤਾਂ ਇੱਕ ਘੰਟੇ ਬਾਅਦ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
