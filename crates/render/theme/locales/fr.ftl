number-decimal-separator = ,
number-group-separator = { "\u202F" }
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
list-separator = { ", " }
list-and = { " et " }
list-or = { " ou " }
skip-to-content = Aller au contenu principal
search = Rechercher
search-articles = Rechercher des articles
nav-sections = Rubriques
nav-regions = Régions
nav-themes = Thèmes
nav-reports = Dossiers
email-address = Votre adresse e-mail
subscribe = S’abonner
all-newsletters = Toutes les lettres d’information
feed-rss = Flux RSS
feed-atom = Flux Atom
feed-json = JSON Feed
media-inquiries = Contact presse : { $email }
site-elsewhere = { $site } ailleurs
preview-title = Aperçu — non publié.
preview-text = Les lecteurs ne voient pas cette page ; elle montre la version en cours de modification.
languages = Langues
language-offer = Lire cette page en français
language-offer-dismiss = Non merci
translation-reviewed = Traduit et relu par la rédaction.
translation-machine = Traduction automatique ({ $engine }), non relue par la rédaction.
translation-machine-model = Traduction automatique ({ $engine }, { $model }), non relue par la rédaction.
translation-outdated = L’original a changé depuis cette traduction ; une traduction à jour est en préparation.
translation-outdated-locked = L’original a changé depuis cette traduction.
translation-partial = Certains passages n’ont pas pu être traduits et sont affichés dans la langue d’origine ({ $language }).
translation-read-original = Lire l’original ({ $language })
byline = Par { $authors }
published = Publié le { $date }
first-published = Publié d’abord par { $source }
source-and-date = { $source }, { $date }
filed-region = Région :
filed-theme = Thème :
filed-report = Dossier :
original-source = La source originale de cet article est { $source }.
more-from = Plus d’articles de { $source }
source-website = Site de { $source }
articles-by = Articles de
organisation = Organisation
share-article = Partager cet article
share-email = Courriel
republish-published-by = Cet article a été publié par { $site }.
republish-original-source = La source originale de cet article est { $source }.
article-link = Lien vers cet article
copy-link = Copier le lien
copied = Copié
republish = Republier cet article
republish-terms = Vous pouvez republier cet article sur votre propre site, en entier et sans modification, avec la mention et le lien ci-dessous. Copiez le HTML :
republish-html = HTML de cet article
copy-html = Copier le HTML
disclaimer = Avertissement
from-site = De la part de { $site }
newsletter = Lettre d’information
membership = Adhésion
other-languages = Autres langues
related-articles = Articles liés
card-via = via { $source }
pages = Pages
newer-articles = Articles plus récents
older-articles = Articles plus anciens
page-of = Page { $page } sur { $total }
featured = À la une
latest = Dernières publications
nothing-published = Rien n’a encore été publié.
kind-region = Région
kind-theme = Thème
kind-report = Dossier
kind-author = Auteur
kind-source = Source
breadcrumb = Fil d’Ariane
visit-website = Visiter le site
website = Site web
within = Dans { $place }
articles = Articles
no-articles-here = Aucun article ici pour le moment.
error-status = Erreur { $status }
error-not-found = Page introuvable
error-gone = Cet article a été retiré
error-other = Une erreur s’est produite
error-unavailable = Temporairement indisponible
error-not-found-text = Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien comporte une faute de frappe.
error-gone-text = Il a été publié ici autrefois, puis retiré depuis.
error-other-text = Veuillez réessayer dans un instant.
front-page = Aller à la une de { $site }
search-results-for = Résultats de recherche pour « { $query } »
filtered-by = Filtré par :
remove-filter = Retirer le filtre { $filter }
article-count = { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
results = Résultats
no-match = Aucun article ne correspond. Essayez avec moins de mots ou d’autres mots, ou retirez un filtre.
result-pages = Pages de résultats
previous = Précédent
next = Suivant
narrow-results = Affiner les résultats
facet-language = Langue
facet-year = Année
mastodon-share = Partager sur Mastodon
mastodon-server = Votre serveur Mastodon
mastodon-hint = Seulement le nom du serveur, par exemple { $example }. Votre navigateur s’en souviendra la prochaine fois ; nous ne l’enregistrons pas.
mastodon-continue = Continuer vers Mastodon
mastodon-post = La publication
newsletters = Lettres d’information
past-editions = Numéros précédents
no-editions = Aucun numéro n’a encore été envoyé.
newer = Plus récents
older = Plus anciens
edition-number = N° { $number }
edition-from = De { $source }
edition-get = Recevoir { $newsletter } par e-mail
your-newsletters = Vos lettres d’information
preferences-for = Pour { $email }.
choices-saved = Vos choix sont enregistrés.
send-me = M’envoyer
language-edition = Édition linguistique
save-choices = Enregistrer mes choix
unsubscribe-everything = Me désabonner de tout
unsubscribed = Vous êtes désabonné
no-longer-receive = Vous ne recevrez plus { $newsletters }.
no-longer-receive-any = Vous ne recevrez plus nos lettres d’information.
changed-your-mind = Vous avez changé d’avis ? Choisissez à nouveau vos lettres d’information
unsubscribe = Se désabonner
stop-receiving = Ne plus recevoir { $newsletter } ?
stop-receiving-all = Ne plus recevoir aucune de nos lettres d’information ?
choose-newsletters = Ou choisissez les lettres d’information que vous recevez
which-newsletters = Quelles lettres d’information
subscribe-hint = Nous vous enverrons un lien de confirmation par e-mail. Pas de pixel espion, pas de liens réécrits ; chaque e-mail contient un lien de désabonnement en un clic.
no-newsletters = Il n’y a pas encore de lettre d’information à laquelle s’abonner.
edition-language-notice = Édition linguistique : { $language } — chaque article figure dans sa traduction s’il en a une, sinon dans sa langue d’origine.
mail-read-article = Lire l’article
mail-read-on-web = Lire cette édition sur le web
mail-why-you-receive = Vous recevez { $newsletter } parce que vous vous êtes abonné sur { $site }.
confirm-subject = Confirmez votre abonnement à { $site }
confirm-greeting = Bonjour,
confirm-asked = Quelqu’un, probablement vous, a demandé à recevoir { $newsletters } de { $site } à cette adresse.
confirm-open-link =
    { $hours ->
        [one] Pour confirmer, ouvrez ce lien (il est valable { $hours } heure) :
       *[other] Pour confirmer, ouvrez ce lien (il est valable { $hours } heures) :
    }
confirm-button = Confirmer mon abonnement
confirm-link-works =
    { $hours ->
        [one] Le lien est valable { $hours } heure.
       *[other] Le lien est valable { $hours } heures.
    }
confirm-copy-address = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
confirm-not-you = Si ce n’était pas vous, ignorez cet e-mail : vous n’entendrez plus parler de nous.
schedule-daily = Chaque jour à { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Chaque lundi à { $time } ({ $zone })
        [tuesday] Chaque mardi à { $time } ({ $zone })
        [wednesday] Chaque mercredi à { $time } ({ $zone })
        [thursday] Chaque jeudi à { $time } ({ $zone })
        [friday] Chaque vendredi à { $time } ({ $zone })
        [saturday] Chaque samedi à { $time } ({ $zone })
       *[sunday] Chaque dimanche à { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Consultez votre boîte de réception
notice-check-inbox-text = Nous vous avons envoyé un e-mail avec un lien pour confirmer votre abonnement. Il peut mettre une minute à arriver ; sinon, regardez dans votre dossier de courrier indésirable.
notice-subscribed = Vous êtes abonné
notice-subscribed-text = Merci. Vous recevrez { $newsletters } à partir de la prochaine édition. Chaque e-mail contient un lien pour modifier vos choix ou vous désabonner.
our-newsletter = notre lettre d’information
notice-already-subscribed = Vous êtes déjà abonné
notice-already-subscribed-text = Ce lien a déjà été utilisé, et votre abonnement est confirmé. Vous n’avez plus rien à faire.
notice-link-expired = Ce lien a expiré
notice-link-expired-text = Les liens de confirmation ne fonctionnent que pendant un temps limité, et celui-ci est trop ancien. Abonnez-vous à nouveau et nous vous en enverrons un nouveau.
subscribe-again = S’abonner à nouveau
notice-link-unknown = Ce lien ne fonctionne pas
notice-link-unknown-text = Il est peut-être incomplet (vérifiez qu’il a été copié en entier), ou un e-mail de confirmation plus récent l’a remplacé. Vous abonner à nouveau envoie un nouveau lien.

## Newsletter forms: why a form was refused

form-email-missing = Veuillez saisir votre adresse e-mail.
form-invalid-email = Ce n’est pas une adresse e-mail : veuillez la vérifier.
form-unknown-newsletter = Veuillez choisir à nouveau : il n’y a pas de lettre d’information de ce nom.
form-invalid = Veuillez vérifier vos choix et réessayer.
form-rate-limited = Trop de demandes à la fois. Si vous venez de vous abonner, consultez votre boîte de réception (et le dossier de courrier indésirable) ; sinon, réessayez dans une heure.
