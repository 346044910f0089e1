# The theme's own words in English: the reference catalogue.
#
# Every other file in this folder has exactly these keys; the theme refuses to start if one is
# missing or misspelt. Templates print a message with `t("key", name=value)`. Variables
# (`$name`) are given by the templates and listed above each message that takes any; a
# variable may hold markup (a link, a <time> element), which the message places but never
# writes. Numbers given to a message select plural variants (`[one]`, `[few]`, … as the
# language's CLDR plural rules name them) and print with the separators below.

## Numbers: how this language writes 1,234,567.5

number-decimal-separator = .
number-group-separator = ,
# Digits in a group: "3", or "3 2" where the groups left of the first hold two (12,34,567).
number-grouping = 3
# Digits before the first separator appears: 2 writes 1000 but 10,000.
number-min-grouping = 1
# The digits 0 to 9 in this language's script.
number-digits = 0123456789

## Dates: the month as it is written inside a date ("13 November 2026")

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# $day (a number), $month (one of the above), $year (text)
date-long = { $day } { $month } { $year }

## Lists: "A, B and C"

list-separator = { ", " }
list-and = { " and " }
list-or = { " or " }

## The page frame: masthead, navigation, footer

skip-to-content = Skip to main content
search = Search
search-articles = Search articles
nav-sections = Sections
nav-regions = Regions
nav-themes = Themes
nav-reports = In-depth Reports
email-address = Your email address
subscribe = Subscribe
all-newsletters = All newsletters
feed-rss = RSS feed
feed-atom = Atom feed
feed-json = JSON Feed
# $email: the address, as a link
media-inquiries = For media inquiries: { $email }
# $site: the site's name
site-elsewhere = { $site } elsewhere

## Articles

preview-title = Preview — not published.
preview-text = Readers cannot see this page; it shows the revision being edited.
languages = Languages
# The notice offering a page in this catalogue's own language to a reader whose browser asks
# for it: each catalogue names its own language.
language-offer = Read this page in English
language-offer-dismiss = No, thanks
translation-reviewed = Translated and reviewed by the newsroom.
# $engine: the translation engine
translation-machine = Machine translation ({ $engine }), not reviewed by the newsroom.
# $engine, $model: the translation engine and its model
translation-machine-model = Machine translation ({ $engine }, { $model }), not reviewed by the newsroom.
translation-outdated = The original has changed since this translation was made; an updated translation is on its way.
# Shown instead when the newsroom locked its translation: no update is coming.
translation-outdated-locked = The original has changed since this translation was made.
# $language: the original's language, named in itself. Shown when passages no engine could
# translate stay in the original language (marked on the page).
translation-partial = Some passages could not be translated and are shown in the original language ({ $language }).
# $language: the original's language, named in itself
translation-read-original = Read the original ({ $language })
# $authors: the authors' names, as links
byline = By { $authors }
# $date: the date, as a <time> element
published = Published { $date }
# $source: the partner outlet and the date, as a link
first-published = First published by { $source }
# $source: the partner outlet; $date: the date
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Theme:
filed-report = In-depth Report:
# $source: the partner outlet, as a link
original-source = The original source of this article is { $source }.
# $source: the partner outlet
more-from = More from { $source }
# $source: the partner outlet
source-website = { $source } website
articles-by = Articles by
organisation = Organisation
share-article = Share this article
# The share link that opens the reader's email program.
share-email = Email
# The republishing kit's closing lines; $site and $source are links.
republish-published-by = This article was published by { $site }.
republish-original-source = The original source of this article is { $source }.
article-link = Link to this article
copy-link = Copy link
# What a copy button says once it has copied
copied = Copied
republish = Republish this article
republish-terms = You may republish this article on your own site, in full and unchanged, with the credit and link below. Copy the HTML:
republish-html = HTML of this article
copy-html = Copy HTML
disclaimer = Disclaimer
# $site: the site's name
from-site = From { $site }
newsletter = Newsletter
membership = Membership
other-languages = Other languages
related-articles = Related articles

## Cards and pagination

# $source: the partner outlet, as a link
card-via = via { $source }
pages = Pages
newer-articles = Newer articles
older-articles = Older articles
# $page, $total: numbers
page-of = Page { $page } of { $total }

## The home page

featured = Featured
latest = Latest
nothing-published = Nothing published yet.

## Listings

kind-region = Region
kind-theme = Theme
kind-report = In-depth Report
kind-author = Author
kind-source = Source
breadcrumb = Breadcrumb
visit-website = Visit the website
website = Website
# $place: the region's name
within = Within { $place }
articles = Articles
no-articles-here = No articles here yet.

## Error pages

# $status: the HTTP status, a number
error-status = Error { $status }
error-not-found = Page not found
error-gone = This article has been withdrawn
error-other = Something went wrong
error-unavailable = Temporarily unavailable
error-not-found-text = There is no page at this address. It may have moved, or the link may be mistyped.
error-gone-text = It was published here once and has since been removed.
error-other-text = Please try again in a moment.
# $site: the site's name
front-page = Go to the front page of { $site }

## Search

# $query: what the reader typed
search-results-for = Search results for “{ $query }”
filtered-by = Filtered by:
# $filter: the filter's name
remove-filter = Remove filter { $filter }
# $count: a number
article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
results = Results
no-match = No articles match. Try fewer or different words, or remove a filter.
result-pages = Result pages
previous = Previous
next = Next
narrow-results = Narrow the results
# Facet headings beside the results, with the kind-… names above
facet-language = Language
facet-year = Year

## Sharing on Mastodon

mastodon-share = Share on Mastodon
mastodon-server = Your Mastodon server
# $example: a server's name, as code
mastodon-hint = Only the server's name, such as { $example }. Your browser remembers it for next time; we do not store it.
mastodon-continue = Continue to Mastodon
mastodon-post = The post

## Newsletters

newsletters = Newsletters
past-editions = Past editions
no-editions = No edition has gone out yet.
newer = Newer
older = Older
# $number: the edition's number
edition-number = No. { $number }
# $source: the partner outlet
edition-from = From { $source }
# $newsletter: the newsletter's name
edition-get = Get { $newsletter } by email
your-newsletters = Your newsletters
# $email: the address, partly hidden, in bold
preferences-for = For { $email }.
choices-saved = Your choices are saved.
send-me = Send me
language-edition = Language edition
save-choices = Save my choices
unsubscribe-everything = Unsubscribe from everything
unsubscribed = You are unsubscribed
# $newsletters: the newsletters' names, in bold, as a list with "or"
no-longer-receive = You will no longer receive { $newsletters }.
no-longer-receive-any = You will no longer receive our newsletters.
changed-your-mind = Changed your mind? Choose your newsletters again
unsubscribe = Unsubscribe
# $newsletter: the newsletter's name, in bold
stop-receiving = Stop receiving { $newsletter }?
stop-receiving-all = Stop receiving all our newsletters?
choose-newsletters = Or choose which newsletters you receive
which-newsletters = Which newsletters
subscribe-hint = We will email you a link to confirm. No tracking pixels, no rewritten links; every email has a one-click unsubscribe link.
no-newsletters = There is no newsletter to subscribe to yet.
# $language: the edition's language, named in itself
edition-language-notice = Language edition: { $language } — each article is shown in translation where one exists, and otherwise in its original language.
mail-read-article = Read the article
mail-read-on-web = Read this edition on the web
# $newsletter: the newsletter's name; $site: the site's name (a link in the HTML email)
mail-why-you-receive = You receive { $newsletter } because you subscribed at { $site }.
# The confirmation email sent when a reader subscribes, from here to confirm-not-you.
# $site: the site's name
confirm-subject = Confirm your subscription to { $site }
confirm-greeting = Hello,
# $newsletters: the newsletters' names, as a list with "and" (in bold in the HTML email); $site: the site's name
confirm-asked = Someone, probably you, asked to receive { $newsletters } from { $site } at this address.
# $hours: how many hours the link works (a number: choose plural forms on it)
confirm-open-link =
    { $hours ->
        [one] To confirm, open this link (it works for { $hours } hour):
       *[other] To confirm, open this link (it works for { $hours } hours):
    }
confirm-button = Confirm my subscription
# $hours: as in confirm-open-link
confirm-link-works =
    { $hours ->
        [one] The link works for { $hours } hour.
       *[other] The link works for { $hours } hours.
    }
confirm-copy-address = If the button does not work, copy this address into your browser:
confirm-not-you = If it was not you, ignore this email: you will not hear from us again.
# $time: the send time (07:00); $zone: its time zone (Europe/Paris)
schedule-daily = Every day at { $time } ({ $zone })
# $day: monday … sunday; $time, $zone as above
schedule-weekly =
    { $day ->
        [monday] Every Monday at { $time } ({ $zone })
        [tuesday] Every Tuesday at { $time } ({ $zone })
        [wednesday] Every Wednesday at { $time } ({ $zone })
        [thursday] Every Thursday at { $time } ({ $zone })
        [friday] Every Friday at { $time } ({ $zone })
        [saturday] Every Saturday at { $time } ({ $zone })
       *[sunday] Every Sunday at { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Check your inbox
notice-check-inbox-text = We have sent you an email with a link to confirm your subscription. It may take a minute to arrive; if it does not, look in your spam folder.
notice-subscribed = You are subscribed
# $newsletters: the newsletters' names, as a list with "and", or our-newsletter
notice-subscribed-text = Thank you. You will receive { $newsletters } from the next edition on. Every email has a link to change your choices or unsubscribe.
our-newsletter = our newsletter
notice-already-subscribed = You are already subscribed
notice-already-subscribed-text = This link was used before, and your subscription is confirmed. There is nothing more to do.
notice-link-expired = This link has expired
notice-link-expired-text = Confirmation links work for a limited time, and this one is too old. Subscribe again and we will send you a fresh one.
subscribe-again = Subscribe again
notice-link-unknown = This link does not work
notice-link-unknown-text = It may be incomplete (check that it was copied whole), or a newer confirmation email replaced it. Subscribing again sends a new link.

## Newsletter forms: why a form was refused

form-email-missing = Please enter your email address.
form-invalid-email = This is not an email address: please check it.
form-unknown-newsletter = Please choose again: there is no newsletter by that name.
form-invalid = Please check your choices and try again.
form-rate-limited = Too many requests at once. If you have just subscribed, please check your inbox (and spam folder); otherwise try again in an hour.
