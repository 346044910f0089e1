number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-long = { $day }. { $month } { $year }
list-separator = { ", " }
list-and = { " und " }
list-or = { " oder " }
skip-to-content = Zum Hauptinhalt springen
search = Suchen
search-articles = Artikel durchsuchen
nav-sections = Rubriken
nav-regions = Regionen
nav-themes = Themen
nav-reports = Schwerpunkte
email-address = Ihre E-Mail-Adresse
subscribe = Abonnieren
all-newsletters = Alle Newsletter
feed-rss = RSS-Feed
feed-atom = Atom-Feed
feed-json = JSON Feed
media-inquiries = Presseanfragen: { $email }
site-elsewhere = { $site } anderswo
preview-title = Vorschau – nicht veröffentlicht.
preview-text = Leser können diese Seite nicht sehen; sie zeigt die Fassung, die gerade bearbeitet wird.
languages = Sprachen
language-offer = Diese Seite auf Deutsch lesen
language-offer-dismiss = Nein, danke
translation-reviewed = Übersetzt und geprüft von der Redaktion.
translation-machine = Maschinelle Übersetzung ({ $engine }), nicht von der Redaktion geprüft.
translation-machine-model = Maschinelle Übersetzung ({ $engine }, { $model }), nicht von der Redaktion geprüft.
translation-outdated = Das Original wurde geändert, seit diese Übersetzung entstand; eine aktualisierte Übersetzung ist unterwegs.
translation-outdated-locked = Das Original wurde geändert, seit diese Übersetzung entstand.
translation-partial = Einige Passagen konnten nicht übersetzt werden und stehen in der Originalsprache ({ $language }).
translation-read-original = Original lesen ({ $language })
byline = Von { $authors }
published = Veröffentlicht am { $date }
first-published = Zuerst erschienen bei { $source }
source-and-date = { $source }, { $date }
filed-region = Region:
filed-theme = Thema:
filed-report = Schwerpunkt:
original-source = Die Originalquelle dieses Artikels ist { $source }.
more-from = Mehr von { $source }
source-website = Website von { $source }
articles-by = Artikel von
organisation = Organisation
share-article = Diesen Artikel teilen
share-email = E-Mail
republish-published-by = Dieser Artikel wurde von { $site } veröffentlicht.
republish-original-source = Die ursprüngliche Quelle dieses Artikels ist { $source }.
article-link = Link zu diesem Artikel
copy-link = Link kopieren
copied = Kopiert
republish = Diesen Artikel übernehmen
republish-terms = Sie dürfen diesen Artikel auf Ihrer eigenen Website vollständig und unverändert veröffentlichen, mit dem Quellenhinweis und dem Link unten. Kopieren Sie das HTML:
republish-html = HTML dieses Artikels
copy-html = HTML kopieren
disclaimer = Haftungsausschluss
from-site = Von { $site }
newsletter = Newsletter
membership = Mitgliedschaft
other-languages = Weitere Sprachen
related-articles = Verwandte Artikel
card-via = über { $source }
pages = Seiten
newer-articles = Neuere Artikel
older-articles = Ältere Artikel
page-of = Seite { $page } von { $total }
featured = Empfohlen
latest = Neueste
nothing-published = Noch nichts veröffentlicht.
kind-region = Region
kind-theme = Thema
kind-report = Schwerpunkt
kind-author = Autor
kind-source = Quelle
breadcrumb = Brotkrümelnavigation
visit-website = Website besuchen
website = Website
within = In { $place }
articles = Artikel
no-articles-here = Hier gibt es noch keine Artikel.
error-status = Fehler { $status }
error-not-found = Seite nicht gefunden
error-gone = Dieser Artikel wurde zurückgezogen
error-other = Etwas ist schiefgelaufen
error-unavailable = Vorübergehend nicht verfügbar
error-not-found-text = Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link ist falsch geschrieben.
error-gone-text = Er war hier einmal veröffentlicht und wurde inzwischen entfernt.
error-other-text = Bitte versuchen Sie es gleich noch einmal.
front-page = Zur Startseite von { $site }
search-results-for = Suchergebnisse für „{ $query }“
filtered-by = Gefiltert nach:
remove-filter = Filter { $filter } entfernen
article-count = { $count ->
        [one] { $count } Artikel
       *[other] { $count } Artikel
    }
results = Ergebnisse
no-match = Keine Artikel gefunden. Versuchen Sie weniger oder andere Wörter oder entfernen Sie einen Filter.
result-pages = Ergebnisseiten
previous = Zurück
next = Weiter
narrow-results = Ergebnisse eingrenzen
facet-language = Sprache
facet-year = Jahr
mastodon-share = Auf Mastodon teilen
mastodon-server = Ihr Mastodon-Server
mastodon-hint = Nur der Name des Servers, etwa { $example }. Ihr Browser merkt ihn sich für das nächste Mal; wir speichern ihn nicht.
mastodon-continue = Weiter zu Mastodon
mastodon-post = Der Beitrag
newsletters = Newsletter
past-editions = Frühere Ausgaben
no-editions = Es wurde noch keine Ausgabe verschickt.
newer = Neuer
older = Älter
edition-number = Nr. { $number }
edition-from = Von { $source }
edition-get = { $newsletter } per E-Mail erhalten
your-newsletters = Ihre Newsletter
preferences-for = Für { $email }.
choices-saved = Ihre Auswahl ist gespeichert.
send-me = Schicken Sie mir
language-edition = Sprachausgabe
save-choices = Meine Auswahl speichern
unsubscribe-everything = Alles abbestellen
unsubscribed = Sie sind abgemeldet
no-longer-receive = Sie erhalten { $newsletters } nicht mehr.
no-longer-receive-any = Sie erhalten unsere Newsletter nicht mehr.
changed-your-mind = Umentschieden? Wählen Sie Ihre Newsletter erneut
unsubscribe = Abbestellen
stop-receiving = { $newsletter } nicht mehr erhalten?
stop-receiving-all = Keinen unserer Newsletter mehr erhalten?
choose-newsletters = Oder wählen Sie, welche Newsletter Sie erhalten
which-newsletters = Welche Newsletter
subscribe-hint = Wir schicken Ihnen einen Link zur Bestätigung. Keine Zählpixel, keine umgeschriebenen Links; jede E-Mail enthält einen Abmeldelink mit einem Klick.
no-newsletters = Es gibt noch keinen Newsletter zum Abonnieren.
edition-language-notice = Sprachausgabe: { $language } — jeder Artikel erscheint in Übersetzung, wo es eine gibt, und sonst in seiner Originalsprache.
mail-read-article = Artikel lesen
mail-read-on-web = Diese Ausgabe im Web lesen
mail-why-you-receive = Sie erhalten { $newsletter }, weil Sie sich bei { $site } angemeldet haben.
confirm-subject = Bestätigen Sie Ihr Abonnement bei { $site }
confirm-greeting = Guten Tag,
confirm-asked = Jemand, vermutlich Sie, hat darum gebeten, { $newsletters } von { $site } an diese Adresse zu erhalten.
confirm-open-link =
    { $hours ->
        [one] Zur Bestätigung öffnen Sie diesen Link (er gilt { $hours } Stunde):
       *[other] Zur Bestätigung öffnen Sie diesen Link (er gilt { $hours } Stunden):
    }
confirm-button = Abonnement bestätigen
confirm-link-works =
    { $hours ->
        [one] Der Link gilt { $hours } Stunde.
       *[other] Der Link gilt { $hours } Stunden.
    }
confirm-copy-address = Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:
confirm-not-you = Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Sie hören dann nichts mehr von uns.
schedule-daily = Täglich um { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Jeden Montag um { $time } ({ $zone })
        [tuesday] Jeden Dienstag um { $time } ({ $zone })
        [wednesday] Jeden Mittwoch um { $time } ({ $zone })
        [thursday] Jeden Donnerstag um { $time } ({ $zone })
        [friday] Jeden Freitag um { $time } ({ $zone })
        [saturday] Jeden Samstag um { $time } ({ $zone })
       *[sunday] Jeden Sonntag um { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Sehen Sie in Ihr Postfach
notice-check-inbox-text = Wir haben Ihnen eine E-Mail mit einem Link zur Bestätigung Ihres Abonnements geschickt. Es kann eine Minute dauern, bis sie ankommt; falls nicht, sehen Sie in Ihrem Spam-Ordner nach.
notice-subscribed = Sie haben abonniert
notice-subscribed-text = Vielen Dank. Sie erhalten { $newsletters } ab der nächsten Ausgabe. Jede E-Mail enthält einen Link, um Ihre Auswahl zu ändern oder sich abzumelden.
our-newsletter = unseren Newsletter
notice-already-subscribed = Sie haben bereits abonniert
notice-already-subscribed-text = Dieser Link wurde schon verwendet, und Ihr Abonnement ist bestätigt. Sie müssen nichts weiter tun.
notice-link-expired = Dieser Link ist abgelaufen
notice-link-expired-text = Bestätigungslinks gelten nur eine begrenzte Zeit, und dieser ist zu alt. Abonnieren Sie erneut, dann schicken wir Ihnen einen neuen.
subscribe-again = Erneut abonnieren
notice-link-unknown = Dieser Link funktioniert nicht
notice-link-unknown-text = Vielleicht ist er unvollständig (prüfen Sie, ob er ganz kopiert wurde), oder eine neuere Bestätigungs-E-Mail hat ihn ersetzt. Wenn Sie erneut abonnieren, erhalten Sie einen neuen Link.

## Newsletter forms: why a form was refused

form-email-missing = Bitte geben Sie Ihre E-Mail-Adresse ein.
form-invalid-email = Das ist keine E-Mail-Adresse: Bitte prüfen Sie sie.
form-unknown-newsletter = Bitte wählen Sie erneut: Einen Newsletter mit diesem Namen gibt es nicht.
form-invalid = Bitte prüfen Sie Ihre Auswahl und versuchen Sie es noch einmal.
form-rate-limited = Zu viele Anfragen auf einmal. Wenn Sie gerade abonniert haben, sehen Sie bitte in Ihr Postfach (und Ihren Spam-Ordner); andernfalls versuchen Sie es in einer Stunde noch einmal.
