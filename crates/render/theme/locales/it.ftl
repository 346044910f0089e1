number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " e " }
list-or = { " o " }
skip-to-content = Vai al contenuto principale
search = Cerca
search-articles = Cerca negli articoli
nav-sections = Sezioni
nav-regions = Regioni
nav-themes = Temi
nav-reports = Approfondimenti
email-address = Il tuo indirizzo email
subscribe = Iscriviti
all-newsletters = Tutte le newsletter
feed-rss = Feed RSS
feed-atom = Feed Atom
feed-json = JSON Feed
media-inquiries = Per la stampa: { $email }
site-elsewhere = { $site } altrove
preview-title = Anteprima — non pubblicato.
preview-text = I lettori non possono vedere questa pagina; mostra la revisione in corso di modifica.
languages = Lingue
language-offer = Leggi questa pagina in italiano
language-offer-dismiss = No, grazie
translation-reviewed = Tradotto e rivisto dalla redazione.
translation-machine = Traduzione automatica ({ $engine }), non rivista dalla redazione.
translation-machine-model = Traduzione automatica ({ $engine }, { $model }), non rivista dalla redazione.
translation-outdated = L’originale è cambiato da quando è stata fatta questa traduzione; una traduzione aggiornata è in arrivo.
translation-outdated-locked = L’originale è cambiato da quando è stata fatta questa traduzione.
translation-partial = Non è stato possibile tradurre alcuni passaggi, che sono mostrati nella lingua originale ({ $language }).
translation-read-original = Leggi l’originale ({ $language })
byline = Di { $authors }
published = Pubblicato il { $date }
first-published = Pubblicato per la prima volta da { $source }
source-and-date = { $source }, { $date }
filed-region = Regione:
filed-theme = Tema:
filed-report = Approfondimento:
original-source = La fonte originale di questo articolo è { $source }.
more-from = Altro da { $source }
source-website = Sito web di { $source }
articles-by = Articoli di
organisation = Organizzazione
share-article = Condividi questo articolo
share-email = Email
republish-published-by = Questo articolo è stato pubblicato da { $site }.
republish-original-source = La fonte originale di questo articolo è { $source }.
article-link = Link a questo articolo
copy-link = Copia il link
copied = Copiato
republish = Ripubblica questo articolo
republish-terms = Puoi ripubblicare questo articolo sul tuo sito, integralmente e senza modifiche, con la citazione e il link qui sotto. Copia l’HTML:
republish-html = HTML di questo articolo
copy-html = Copia l’HTML
disclaimer = Avvertenza
from-site = Da { $site }
newsletter = Newsletter
membership = Abbonamento
other-languages = Altre lingue
related-articles = Articoli correlati
card-via = via { $source }
pages = Pagine
newer-articles = Articoli più recenti
older-articles = Articoli meno recenti
page-of = Pagina { $page } di { $total }
featured = In evidenza
latest = Ultimi articoli
nothing-published = Ancora nessuna pubblicazione.
kind-region = Regione
kind-theme = Tema
kind-report = Approfondimento
kind-author = Autore
kind-source = Fonte
breadcrumb = Percorso di navigazione
visit-website = Visita il sito web
website = Sito web
within = In { $place }
articles = Articoli
no-articles-here = Qui non ci sono ancora articoli.
error-status = Errore { $status }
error-not-found = Pagina non trovata
error-gone = Questo articolo è stato ritirato
error-other = Qualcosa è andato storto
error-unavailable = Temporaneamente non disponibile
error-not-found-text = A questo indirizzo non c’è nessuna pagina. Forse è stata spostata, o il link contiene un errore di battitura.
error-gone-text = È stato pubblicato qui un tempo e poi rimosso.
error-other-text = Riprova tra un momento.
front-page = Vai alla prima pagina di { $site }
search-results-for = Risultati della ricerca per «{ $query }»
filtered-by = Filtrato per:
remove-filter = Rimuovi il filtro { $filter }
article-count = { $count ->
        [one] { $count } articolo
       *[other] { $count } articoli
    }
results = Risultati
no-match = Nessun articolo corrisponde. Prova con meno parole o con parole diverse, oppure rimuovi un filtro.
result-pages = Pagine dei risultati
previous = Precedente
next = Successiva
narrow-results = Restringi i risultati
facet-language = Lingua
facet-year = Anno
mastodon-share = Condividi su Mastodon
mastodon-server = Il tuo server Mastodon
mastodon-hint = Solo il nome del server, ad esempio { $example }. Il tuo browser lo ricorderà per la prossima volta; noi non lo conserviamo.
mastodon-continue = Continua su Mastodon
mastodon-post = Il post
newsletters = Newsletter
past-editions = Numeri precedenti
no-editions = Non è ancora uscito nessun numero.
newer = Più recenti
older = Meno recenti
edition-number = N. { $number }
edition-from = Da { $source }
edition-get = Ricevi { $newsletter } via email
your-newsletters = Le tue newsletter
preferences-for = Per { $email }.
choices-saved = Le tue scelte sono state salvate.
send-me = Inviami
language-edition = Edizione in lingua
save-choices = Salva le mie scelte
unsubscribe-everything = Annulla tutte le iscrizioni
unsubscribed = Iscrizione annullata
no-longer-receive = Non riceverai più { $newsletters }.
no-longer-receive-any = Non riceverai più le nostre newsletter.
changed-your-mind = Hai cambiato idea? Scegli di nuovo le tue newsletter
unsubscribe = Annulla l’iscrizione
stop-receiving = Non ricevere più { $newsletter }?
stop-receiving-all = Non ricevere più nessuna delle nostre newsletter?
choose-newsletters = Oppure scegli quali newsletter ricevere
which-newsletters = Quali newsletter
subscribe-hint = Ti invieremo un link di conferma via email. Niente pixel traccianti, niente link riscritti; ogni email contiene un link per annullare l’iscrizione con un clic.
no-newsletters = Non c’è ancora nessuna newsletter a cui iscriversi.
edition-language-notice = Edizione in lingua: { $language } — ogni articolo compare tradotto se esiste una traduzione, altrimenti nella lingua originale.
mail-read-article = Leggi l’articolo
mail-read-on-web = Leggi questa edizione sul web
mail-why-you-receive = Ricevi { $newsletter } perché ti sei iscritto su { $site }.
confirm-subject = Conferma la tua iscrizione a { $site }
confirm-greeting = Ciao,
confirm-asked = Qualcuno, probabilmente tu, ha chiesto di ricevere { $newsletters } di { $site } a questo indirizzo.
confirm-open-link =
    { $hours ->
        [one] Per confermare, apri questo link (funziona per { $hours } ora):
       *[other] Per confermare, apri questo link (funziona per { $hours } ore):
    }
confirm-button = Conferma la mia iscrizione
confirm-link-works =
    { $hours ->
        [one] Il link funziona per { $hours } ora.
       *[other] Il link funziona per { $hours } ore.
    }
confirm-copy-address = Se il pulsante non funziona, copia questo indirizzo nel browser:
confirm-not-you = Se non sei stato tu, ignora questa email: non avrai più nostre notizie.
schedule-daily = Ogni giorno alle { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Ogni lunedì alle { $time } ({ $zone })
        [tuesday] Ogni martedì alle { $time } ({ $zone })
        [wednesday] Ogni mercoledì alle { $time } ({ $zone })
        [thursday] Ogni giovedì alle { $time } ({ $zone })
        [friday] Ogni venerdì alle { $time } ({ $zone })
        [saturday] Ogni sabato alle { $time } ({ $zone })
       *[sunday] Ogni domenica alle { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Controlla la tua casella di posta
notice-check-inbox-text = Ti abbiamo inviato un’email con un link per confermare l’iscrizione. Potrebbe volerci un minuto perché arrivi; se non arriva, guarda nella cartella dello spam.
notice-subscribed = Sei iscritto
notice-subscribed-text = Grazie. Riceverai { $newsletters } a partire dal prossimo numero. Ogni email contiene un link per modificare le tue scelte o annullare l’iscrizione.
our-newsletter = la nostra newsletter
notice-already-subscribed = Sei già iscritto
notice-already-subscribed-text = Questo link è già stato usato e la tua iscrizione è confermata. Non devi fare altro.
notice-link-expired = Questo link è scaduto
notice-link-expired-text = I link di conferma funzionano per un tempo limitato, e questo è troppo vecchio. Iscriviti di nuovo e te ne invieremo uno nuovo.
subscribe-again = Iscriviti di nuovo
notice-link-unknown = Questo link non funziona
notice-link-unknown-text = Forse è incompleto (controlla di averlo copiato per intero), oppure è stato sostituito da un’email di conferma più recente. Iscrivendoti di nuovo riceverai un nuovo link.

## Newsletter forms: why a form was refused

form-email-missing = Inserisci il tuo indirizzo email.
form-invalid-email = Questo non è un indirizzo email: controllalo.
form-unknown-newsletter = Scegli di nuovo: non esiste una newsletter con quel nome.
form-invalid = Controlla le tue scelte e riprova.
form-rate-limited = Troppe richieste insieme. Se ti sei appena iscritto, controlla la tua casella di posta (e la cartella dello spam); altrimenti riprova tra un’ora.
