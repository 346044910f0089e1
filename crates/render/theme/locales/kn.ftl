number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = ಜನವರಿ
month-2 = ಫೆಬ್ರವರಿ
month-3 = ಮಾರ್ಚ್
month-4 = ಏಪ್ರಿಲ್
month-5 = ಮೇ
month-6 = ಜೂನ್
month-7 = ಜುಲೈ
month-8 = ಆಗಸ್ಟ್
month-9 = ಸೆಪ್ಟೆಂಬರ್
month-10 = ಅಕ್ಟೋಬರ್
month-11 = ನವೆಂಬರ್
month-12 = ಡಿಸೆಂಬರ್
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " ಮತ್ತು " }
list-or = { " ಅಥವಾ " }
skip-to-content = ಮುಖ್ಯ ವಿಷಯಕ್ಕೆ ಹೋಗಿ
search = ಹುಡುಕಿ
search-articles = ಲೇಖನಗಳಲ್ಲಿ ಹುಡುಕಿ
nav-sections = ವಿಭಾಗಗಳು
nav-regions = ಪ್ರದೇಶಗಳು
nav-themes = ವಿಷಯಗಳು
nav-reports = ವಿಶೇಷ ವರದಿಗಳು
email-address = ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸ
subscribe = ಚಂದಾದಾರರಾಗಿ
all-newsletters = ಎಲ್ಲ ಸುದ್ದಿಪತ್ರಗಳು
feed-rss = RSS ಫೀಡ್
feed-atom = Atom ಫೀಡ್
feed-json = JSON ಫೀಡ್
media-inquiries = ಮಾಧ್ಯಮಗಳಿಗೆ: { $email }
site-elsewhere = ಇತರೆಡೆ { $site }
preview-title = ಮುನ್ನೋಟ — ಪ್ರಕಟವಾಗಿಲ್ಲ.
preview-text = ಓದುಗರು ಈ ಪುಟವನ್ನು ನೋಡಲಾರರು; ಇದು ಸಂಪಾದನೆಯಾಗುತ್ತಿರುವ ಆವೃತ್ತಿಯನ್ನು ತೋರಿಸುತ್ತದೆ.
languages = ಭಾಷೆಗಳು
language-offer = ಈ ಪುಟವನ್ನು ಕನ್ನಡದಲ್ಲಿ ಓದಿ
language-offer-dismiss = ಬೇಡ, ಧನ್ಯವಾದಗಳು
translation-reviewed = ಸುದ್ದಿಮನೆ ಅನುವಾದಿಸಿ ಪರಿಶೀಲಿಸಿದೆ.
translation-machine = ಯಂತ್ರ ಅನುವಾದ ({ $engine }), ಸುದ್ದಿಮನೆ ಪರಿಶೀಲಿಸಿಲ್ಲ.
translation-machine-model = ಯಂತ್ರ ಅನುವಾದ ({ $engine }, { $model }), ಸುದ್ದಿಮನೆ ಪರಿಶೀಲಿಸಿಲ್ಲ.
translation-outdated = ಈ ಅನುವಾದದ ನಂತರ ಮೂಲ ಬದಲಾಗಿದೆ; ನವೀಕರಿಸಿದ ಅನುವಾದ ಬರುತ್ತಿದೆ.
translation-outdated-locked = ಈ ಅನುವಾದದ ನಂತರ ಮೂಲ ಬದಲಾಗಿದೆ.
translation-partial = ಕೆಲವು ಭಾಗಗಳನ್ನು ಅನುವಾದಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ, ಆದ್ದರಿಂದ ಅವುಗಳನ್ನು ಮೂಲ ಭಾಷೆಯಲ್ಲಿ ({ $language }) ತೋರಿಸಲಾಗಿದೆ.
translation-read-original = ಮೂಲವನ್ನು ಓದಿ ({ $language })
byline = ಲೇಖಕರು: { $authors }
published = ಪ್ರಕಟಣೆ: { $date }
first-published = ಮೊದಲು ಪ್ರಕಟಿಸಿದ್ದು: { $source }
source-and-date = { $source }, { $date }
filed-region = ಪ್ರದೇಶ:
filed-theme = ವಿಷಯ:
filed-report = ವಿಶೇಷ ವರದಿ:
original-source = ಈ ಲೇಖನದ ಮೂಲ ಆಕರ { $source }.
more-from = { $source } ನಿಂದ ಇನ್ನಷ್ಟು
source-website = { $source } ಜಾಲತಾಣ
articles-by = ಲೇಖಕರ ಲೇಖನಗಳು
organisation = ಸಂಸ್ಥೆ
share-article = ಈ ಲೇಖನವನ್ನು ಹಂಚಿಕೊಳ್ಳಿ
share-email = ಇಮೇಲ್
republish-published-by = ಈ ಲೇಖನವನ್ನು { $site } ಪ್ರಕಟಿಸಿದೆ.
republish-original-source = ಈ ಲೇಖನದ ಮೂಲ { $source }.
article-link = ಈ ಲೇಖನದ ಲಿಂಕ್
copy-link = ಲಿಂಕ್ ನಕಲಿಸಿ
copied = ನಕಲಿಸಲಾಗಿದೆ
republish = ಈ ಲೇಖನವನ್ನು ಮರುಪ್ರಕಟಿಸಿ
republish-terms = ಈ ಲೇಖನವನ್ನು ನಿಮ್ಮ ತಾಣದಲ್ಲಿ ಪೂರ್ಣವಾಗಿ ಮತ್ತು ಬದಲಾಯಿಸದೆ, ಕೆಳಗಿನ ಶ್ರೇಯ ಮತ್ತು ಲಿಂಕ್‌ನೊಂದಿಗೆ ಮರುಪ್ರಕಟಿಸಬಹುದು. HTML ನಕಲಿಸಿ:
republish-html = ಈ ಲೇಖನದ HTML
copy-html = HTML ನಕಲಿಸಿ
disclaimer = ಹಕ್ಕುನಿರಾಕರಣೆ
from-site = { $site } ಕಡೆಯಿಂದ
newsletter = ಸುದ್ದಿಪತ್ರ
membership = ಸದಸ್ಯತ್ವ
other-languages = ಇತರ ಭಾಷೆಗಳು
related-articles = ಸಂಬಂಧಿತ ಲೇಖನಗಳು
card-via = { $source } ಮೂಲಕ
pages = ಪುಟಗಳು
newer-articles = ಹೊಸ ಲೇಖನಗಳು
older-articles = ಹಳೆಯ ಲೇಖನಗಳು
page-of = ಪುಟ { $page } / { $total }
featured = ಆಯ್ದವು
latest = ಇತ್ತೀಚಿನವು
nothing-published = ಇನ್ನೂ ಏನೂ ಪ್ರಕಟವಾಗಿಲ್ಲ.
kind-region = ಪ್ರದೇಶ
kind-theme = ವಿಷಯ
kind-report = ವಿಶೇಷ ವರದಿ
kind-author = ಲೇಖಕ
kind-source = ಆಕರ
breadcrumb = ಸಂಚರಣೆ ಹಾದಿ
visit-website = ಜಾಲತಾಣಕ್ಕೆ ಭೇಟಿ ನೀಡಿ
website = ಜಾಲತಾಣ
within = { $place } ಒಳಗೆ
articles = ಲೇಖನಗಳು
no-articles-here = ಇಲ್ಲಿ ಇನ್ನೂ ಲೇಖನಗಳಿಲ್ಲ.
error-status = ದೋಷ { $status }
error-not-found = ಪುಟ ಸಿಗಲಿಲ್ಲ
error-gone = ಈ ಲೇಖನವನ್ನು ಹಿಂಪಡೆಯಲಾಗಿದೆ
error-other = ಏನೋ ತಪ್ಪಾಗಿದೆ
error-unavailable = ತಾತ್ಕಾಲಿಕವಾಗಿ ಲಭ್ಯವಿಲ್ಲ
error-not-found-text = ಈ ವಿಳಾಸದಲ್ಲಿ ಯಾವುದೇ ಪುಟವಿಲ್ಲ. ಅದು ಸ್ಥಳಾಂತರಗೊಂಡಿರಬಹುದು, ಅಥವಾ ಲಿಂಕ್ ತಪ್ಪಾಗಿ ಟೈಪ್ ಆಗಿರಬಹುದು.
error-gone-text = ಇದು ಒಮ್ಮೆ ಇಲ್ಲಿ ಪ್ರಕಟವಾಗಿತ್ತು, ನಂತರ ತೆಗೆದುಹಾಕಲಾಗಿದೆ.
error-other-text = ದಯವಿಟ್ಟು ಸ್ವಲ್ಪ ಸಮಯದ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
front-page = { $site } ಮುಖಪುಟಕ್ಕೆ ಹೋಗಿ
search-results-for = “{ $query }” ಗಾಗಿ ಹುಡುಕಾಟದ ಫಲಿತಾಂಶಗಳು
filtered-by = ಫಿಲ್ಟರ್‌ಗಳು:
remove-filter = { $filter } ಫಿಲ್ಟರ್ ತೆಗೆದುಹಾಕಿ
article-count = { $count ->
        [one] { $count } ಲೇಖನ
       *[other] { $count } ಲೇಖನಗಳು
    }
results = ಫಲಿತಾಂಶಗಳು
no-match = ಯಾವ ಲೇಖನವೂ ಹೊಂದಿಕೆಯಾಗಲಿಲ್ಲ. ಕಡಿಮೆ ಅಥವಾ ಬೇರೆ ಪದಗಳನ್ನು ಪ್ರಯತ್ನಿಸಿ, ಇಲ್ಲವೇ ಒಂದು ಫಿಲ್ಟರ್ ತೆಗೆದುಹಾಕಿ.
result-pages = ಫಲಿತಾಂಶದ ಪುಟಗಳು
previous = ಹಿಂದಿನದು
next = ಮುಂದಿನದು
narrow-results = ಫಲಿತಾಂಶಗಳನ್ನು ಕಿರಿದಾಗಿಸಿ
facet-language = ಭಾಷೆ
facet-year = ವರ್ಷ
mastodon-share = Mastodon‌ನಲ್ಲಿ ಹಂಚಿಕೊಳ್ಳಿ
mastodon-server = ನಿಮ್ಮ Mastodon ಸರ್ವರ್
mastodon-hint = ಸರ್ವರ್‌ನ ಹೆಸರು ಮಾತ್ರ, ಉದಾ. { $example }. ನಿಮ್ಮ ಬ್ರೌಸರ್ ಇದನ್ನು ಮುಂದಿನ ಬಾರಿಗಾಗಿ ನೆನಪಿಟ್ಟುಕೊಳ್ಳುತ್ತದೆ; ನಾವು ಇದನ್ನು ಉಳಿಸುವುದಿಲ್ಲ.
mastodon-continue = Mastodon‌ಗೆ ಮುಂದುವರಿಯಿರಿ
mastodon-post = ಪೋಸ್ಟ್
newsletters = ಸುದ್ದಿಪತ್ರಗಳು
past-editions = ಹಿಂದಿನ ಸಂಚಿಕೆಗಳು
no-editions = ಇನ್ನೂ ಯಾವ ಸಂಚಿಕೆಯೂ ಕಳುಹಿಸಲಾಗಿಲ್ಲ.
newer = ಹೊಸವು
older = ಹಳೆಯವು
edition-number = ಸಂಚಿಕೆ { $number }
edition-from = { $source } ನಿಂದ
edition-get = { $newsletter } ಅನ್ನು ಇಮೇಲ್‌ನಲ್ಲಿ ಪಡೆಯಿರಿ
your-newsletters = ನಿಮ್ಮ ಸುದ್ದಿಪತ್ರಗಳು
preferences-for = { $email } ಗಾಗಿ.
choices-saved = ನಿಮ್ಮ ಆಯ್ಕೆಗಳನ್ನು ಉಳಿಸಲಾಗಿದೆ.
send-me = ನನಗೆ ಕಳುಹಿಸಿ
language-edition = ಭಾಷಾ ಆವೃತ್ತಿ
save-choices = ನನ್ನ ಆಯ್ಕೆಗಳನ್ನು ಉಳಿಸಿ
unsubscribe-everything = ಎಲ್ಲದರಿಂದ ಚಂದಾದಾರಿಕೆ ರದ್ದುಮಾಡಿ
unsubscribed = ನಿಮ್ಮ ಚಂದಾದಾರಿಕೆ ರದ್ದಾಗಿದೆ
no-longer-receive = ಇನ್ನು ಮುಂದೆ ನಿಮಗೆ { $newsletters } ಬರುವುದಿಲ್ಲ.
no-longer-receive-any = ಇನ್ನು ಮುಂದೆ ನಿಮಗೆ ನಮ್ಮ ಸುದ್ದಿಪತ್ರಗಳು ಬರುವುದಿಲ್ಲ.
changed-your-mind = ಮನಸ್ಸು ಬದಲಾಯಿತೇ? ನಿಮ್ಮ ಸುದ್ದಿಪತ್ರಗಳನ್ನು ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ
unsubscribe = ಚಂದಾದಾರಿಕೆ ರದ್ದುಮಾಡಿ
stop-receiving = { $newsletter } ಪಡೆಯುವುದನ್ನು ನಿಲ್ಲಿಸಬೇಕೇ?
stop-receiving-all = ನಮ್ಮ ಎಲ್ಲ ಸುದ್ದಿಪತ್ರಗಳನ್ನು ಪಡೆಯುವುದನ್ನು ನಿಲ್ಲಿಸಬೇಕೇ?
choose-newsletters = ಅಥವಾ ಯಾವ ಸುದ್ದಿಪತ್ರಗಳನ್ನು ಪಡೆಯಬೇಕೆಂದು ಆಯ್ಕೆಮಾಡಿ
which-newsletters = ಯಾವ ಸುದ್ದಿಪತ್ರಗಳು
subscribe-hint = ದೃಢೀಕರಿಸಲು ನಾವು ನಿಮಗೆ ಒಂದು ಲಿಂಕ್ ಇಮೇಲ್ ಮಾಡುತ್ತೇವೆ. ಟ್ರ್ಯಾಕಿಂಗ್ ಪಿಕ್ಸೆಲ್‌ಗಳಿಲ್ಲ, ಬದಲಾಯಿಸಿದ ಲಿಂಕ್‌ಗಳಿಲ್ಲ; ಪ್ರತಿ ಇಮೇಲ್‌ನಲ್ಲೂ ಒಂದೇ ಕ್ಲಿಕ್‌ನಲ್ಲಿ ಚಂದಾದಾರಿಕೆ ರದ್ದುಮಾಡುವ ಲಿಂಕ್ ಇರುತ್ತದೆ.
no-newsletters = ಚಂದಾದಾರರಾಗಲು ಇನ್ನೂ ಯಾವ ಸುದ್ದಿಪತ್ರವೂ ಇಲ್ಲ.
edition-language-notice = ಭಾಷಾ ಆವೃತ್ತಿ: { $language } — ಅನುವಾದ ಇರುವಲ್ಲಿ ಪ್ರತಿ ಲೇಖನವನ್ನು ಅನುವಾದದಲ್ಲಿ, ಇಲ್ಲದಿದ್ದರೆ ಅದರ ಮೂಲ ಭಾಷೆಯಲ್ಲಿ ತೋರಿಸಲಾಗುತ್ತದೆ.
mail-read-article = ಲೇಖನ ಓದಿ
mail-read-on-web = ಈ ಸಂಚಿಕೆಯನ್ನು ವೆಬ್‌ನಲ್ಲಿ ಓದಿ
mail-why-you-receive = ನೀವು { $site } ನಲ್ಲಿ ಚಂದಾದಾರರಾಗಿರುವುದರಿಂದ { $newsletter } ಪಡೆಯುತ್ತಿದ್ದೀರಿ.
confirm-subject = { $site } ನಲ್ಲಿ ನಿಮ್ಮ ಚಂದಾದಾರಿಕೆಯನ್ನು ದೃಢೀಕರಿಸಿ
confirm-greeting = ನಮಸ್ಕಾರ,
confirm-asked = ಯಾರೋ, ಬಹುಶಃ ನೀವೇ, ಈ ವಿಳಾಸಕ್ಕೆ { $site } ನಿಂದ { $newsletters } ಪಡೆಯಲು ಕೋರಿದ್ದಾರೆ.
confirm-open-link =
    { $hours ->
        [one] ದೃಢೀಕರಿಸಲು ಈ ಲಿಂಕ್ ತೆರೆಯಿರಿ (ಇದು { $hours } ಗಂಟೆ ಕಾಲ ಕೆಲಸ ಮಾಡುತ್ತದೆ):
       *[other] ದೃಢೀಕರಿಸಲು ಈ ಲಿಂಕ್ ತೆರೆಯಿರಿ (ಇದು { $hours } ಗಂಟೆಗಳ ಕಾಲ ಕೆಲಸ ಮಾಡುತ್ತದೆ):
    }
confirm-button = ನನ್ನ ಚಂದಾದಾರಿಕೆಯನ್ನು ದೃಢೀಕರಿಸಿ
confirm-link-works =
    { $hours ->
        [one] ಈ ಲಿಂಕ್ { $hours } ಗಂಟೆ ಕಾಲ ಕೆಲಸ ಮಾಡುತ್ತದೆ.
       *[other] ಈ ಲಿಂಕ್ { $hours } ಗಂಟೆಗಳ ಕಾಲ ಕೆಲಸ ಮಾಡುತ್ತದೆ.
    }
confirm-copy-address = ಬಟನ್ ಕೆಲಸ ಮಾಡದಿದ್ದರೆ, ಈ ವಿಳಾಸವನ್ನು ನಿಮ್ಮ ಬ್ರೌಸರ್‌ಗೆ ನಕಲಿಸಿ:
confirm-not-you = ಇದು ನೀವಲ್ಲದಿದ್ದರೆ, ಈ ಇಮೇಲ್ ಅನ್ನು ನಿರ್ಲಕ್ಷಿಸಿ: ನಮ್ಮಿಂದ ನಿಮಗೆ ಮತ್ತೆ ಏನೂ ಬರುವುದಿಲ್ಲ.
schedule-daily = ಪ್ರತಿದಿನ { $time } ಕ್ಕೆ ({ $zone })
schedule-weekly =
    { $day ->
        [monday] ಪ್ರತಿ ಸೋಮವಾರ { $time } ಕ್ಕೆ ({ $zone })
        [tuesday] ಪ್ರತಿ ಮಂಗಳವಾರ { $time } ಕ್ಕೆ ({ $zone })
        [wednesday] ಪ್ರತಿ ಬುಧವಾರ { $time } ಕ್ಕೆ ({ $zone })
        [thursday] ಪ್ರತಿ ಗುರುವಾರ { $time } ಕ್ಕೆ ({ $zone })
        [friday] ಪ್ರತಿ ಶುಕ್ರವಾರ { $time } ಕ್ಕೆ ({ $zone })
        [saturday] ಪ್ರತಿ ಶನಿವಾರ { $time } ಕ್ಕೆ ({ $zone })
       *[sunday] ಪ್ರತಿ ಭಾನುವಾರ { $time } ಕ್ಕೆ ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = ನಿಮ್ಮ ಇನ್‌ಬಾಕ್ಸ್ ಪರಿಶೀಲಿಸಿ
notice-check-inbox-text = ನಿಮ್ಮ ಚಂದಾದಾರಿಕೆಯನ್ನು ದೃಢೀಕರಿಸುವ ಲಿಂಕ್ ಇರುವ ಇಮೇಲ್ ಅನ್ನು ನಿಮಗೆ ಕಳುಹಿಸಿದ್ದೇವೆ. ಅದು ತಲುಪಲು ಒಂದು ನಿಮಿಷ ಬೇಕಾಗಬಹುದು; ತಲುಪದಿದ್ದರೆ ಸ್ಪ್ಯಾಮ್ ಫೋಲ್ಡರ್ ನೋಡಿ.
notice-subscribed = ನೀವು ಚಂದಾದಾರರಾಗಿದ್ದೀರಿ
notice-subscribed-text = ಧನ್ಯವಾದಗಳು. ಮುಂದಿನ ಆವೃತ್ತಿಯಿಂದ ನಿಮಗೆ { $newsletters } ಬರುತ್ತದೆ. ಪ್ರತಿಯೊಂದು ಇಮೇಲ್‌ನಲ್ಲೂ ನಿಮ್ಮ ಆಯ್ಕೆಗಳನ್ನು ಬದಲಿಸಲು ಅಥವಾ ಚಂದಾದಾರಿಕೆ ರದ್ದುಗೊಳಿಸಲು ಲಿಂಕ್ ಇರುತ್ತದೆ.
our-newsletter = ನಮ್ಮ ಸುದ್ದಿಪತ್ರ
notice-already-subscribed = ನೀವು ಈಗಾಗಲೇ ಚಂದಾದಾರರಾಗಿದ್ದೀರಿ
notice-already-subscribed-text = ಈ ಲಿಂಕ್ ಅನ್ನು ಈ ಮೊದಲೇ ಬಳಸಲಾಗಿದೆ, ಮತ್ತು ನಿಮ್ಮ ಚಂದಾದಾರಿಕೆ ದೃಢೀಕರಿಸಲಾಗಿದೆ. ಇನ್ನೇನೂ ಮಾಡಬೇಕಿಲ್ಲ.
notice-link-expired = ಈ ಲಿಂಕ್‌ನ ಅವಧಿ ಮುಗಿದಿದೆ
notice-link-expired-text = ದೃಢೀಕರಣ ಲಿಂಕ್‌ಗಳು ಸೀಮಿತ ಸಮಯ ಮಾತ್ರ ಕೆಲಸ ಮಾಡುತ್ತವೆ, ಮತ್ತು ಇದು ತುಂಬಾ ಹಳೆಯದು. ಮತ್ತೆ ಚಂದಾದಾರರಾಗಿ, ನಾವು ಹೊಸದನ್ನು ಕಳುಹಿಸುತ್ತೇವೆ.
subscribe-again = ಮತ್ತೆ ಚಂದಾದಾರರಾಗಿ
notice-link-unknown = ಈ ಲಿಂಕ್ ಕೆಲಸ ಮಾಡುತ್ತಿಲ್ಲ
notice-link-unknown-text = ಅದು ಅಪೂರ್ಣವಾಗಿರಬಹುದು (ಪೂರ್ತಿಯಾಗಿ ನಕಲಾಗಿದೆಯೇ ಎಂದು ಪರಿಶೀಲಿಸಿ), ಅಥವಾ ಹೊಸ ದೃಢೀಕರಣ ಇಮೇಲ್ ಅದರ ಜಾಗ ಪಡೆದಿರಬಹುದು. ಮತ್ತೆ ಚಂದಾದಾರರಾದರೆ ಹೊಸ ಲಿಂಕ್ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.

## Newsletter forms: why a form was refused

form-email-missing = ದಯವಿಟ್ಟು ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ.
form-invalid-email = ಇದು ಇಮೇಲ್ ವಿಳಾಸವಲ್ಲ: ದಯವಿಟ್ಟು ಪರಿಶೀಲಿಸಿ.
form-unknown-newsletter = ದಯವಿಟ್ಟು ಮತ್ತೆ ಆಯ್ಕೆಮಾಡಿ: ಆ ಹೆಸರಿನ ಯಾವುದೇ ಸುದ್ದಿಪತ್ರವಿಲ್ಲ.
form-invalid = ದಯವಿಟ್ಟು ನಿಮ್ಮ ಆಯ್ಕೆಗಳನ್ನು ಪರಿಶೀಲಿಸಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
form-rate-limited = ಒಂದೇ ಸಮಯದಲ್ಲಿ ತುಂಬಾ ವಿನಂತಿಗಳು. ನೀವು ಈಗಷ್ಟೇ ಚಂದಾದಾರರಾಗಿದ್ದರೆ, ದಯವಿಟ್ಟು ನಿಮ್ಮ ಇನ್‌ಬಾಕ್ಸ್ (ಮತ್ತು ಸ್ಪ್ಯಾಮ್ ಫೋಲ್ಡರ್) ಪರಿಶೀಲಿಸಿ; ಇಲ್ಲದಿದ್ದರೆ ಒಂದು ಗಂಟೆಯ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
