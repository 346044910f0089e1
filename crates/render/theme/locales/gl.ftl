number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = xaneiro
month-2 = febreiro
month-3 = marzo
month-4 = abril
month-5 = maio
month-6 = xuño
month-7 = xullo
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = decembro
date-long = { $day } de { $month } de { $year }
list-separator = { ", " }
list-and = { " e " }
list-or = { " ou " }
skip-to-content = Ir ao contido principal
search = Buscar
search-articles = Buscar artigos
nav-sections = Seccións
nav-regions = Rexións
nav-themes = Temas
nav-reports = Reportaxes
email-address = O teu enderezo de correo electrónico
subscribe = Subscribirse
all-newsletters = Todos os boletíns
feed-rss = Fonte RSS
feed-atom = Fonte Atom
feed-json = JSON Feed
media-inquiries = Consultas de prensa: { $email }
site-elsewhere = { $site } noutros sitios
preview-title = Vista previa: sen publicar.
preview-text = Os lectores non poden ver esta páxina; mostra a revisión que se está a editar.
languages = Linguas
language-offer = Ler esta páxina en galego
language-offer-dismiss = Non, grazas
translation-reviewed = Traducido e revisado pola redacción.
translation-machine = Tradución automática ({ $engine }), sen revisar pola redacción.
translation-machine-model = Tradución automática ({ $engine }, { $model }), sen revisar pola redacción.
translation-outdated = O orixinal cambiou desde que se fixo esta tradución; hai unha tradución actualizada en camiño.
translation-outdated-locked = O orixinal cambiou desde que se fixo esta tradución.
translation-partial = Algúns fragmentos non se puideron traducir e móstranse na lingua orixinal ({ $language }).
translation-read-original = Ler o orixinal ({ $language })
byline = Por { $authors }
published = Publicado o { $date }
first-published = Publicado orixinalmente por { $source }
source-and-date = { $source }, { $date }
filed-region = Rexión:
filed-theme = Tema:
filed-report = Reportaxe:
original-source = A fonte orixinal deste artigo é { $source }.
more-from = Máis de { $source }
source-website = Sitio web de { $source }
articles-by = Artigos de
organisation = Organización
share-article = Compartir este artigo
share-email = Correo electrónico
republish-published-by = Este artigo foi publicado por { $site }.
republish-original-source = A fonte orixinal deste artigo é { $source }.
article-link = Ligazón a este artigo
copy-link = Copiar a ligazón
copied = Copiado
republish = Republicar este artigo
republish-terms = Podes republicar este artigo no teu propio sitio, completo e sen cambios, co crédito e a ligazón de abaixo. Copia o HTML:
republish-html = HTML deste artigo
copy-html = Copiar o HTML
disclaimer = Aviso legal
from-site = De { $site }
newsletter = Boletín
membership = Socios
other-languages = Outras linguas
related-articles = Artigos relacionados
card-via = vía { $source }
pages = Páxinas
newer-articles = Artigos máis recentes
older-articles = Artigos máis antigos
page-of = Páxina { $page } de { $total }
featured = Destacados
latest = O máis recente
nothing-published = Aínda non se publicou nada.
kind-region = Rexión
kind-theme = Tema
kind-report = Reportaxe
kind-author = Autor
kind-source = Fonte
breadcrumb = Ruta de navegación
visit-website = Visitar o sitio web
website = Sitio web
within = En { $place }
articles = Artigos
no-articles-here = Aínda non hai artigos aquí.
error-status = Erro { $status }
error-not-found = Non se atopou a páxina
error-gone = Este artigo foi retirado
error-other = Algo saíu mal
error-unavailable = Non dispoñible temporalmente
error-not-found-text = Non hai ningunha páxina neste enderezo. Quizais se moveu, ou a ligazón está mal escrita.
error-gone-text = Publicouse aquí nalgún momento e despois retirouse.
error-other-text = Téntao de novo nun momento.
front-page = Ir á portada de { $site }
search-results-for = Resultados da busca de «{ $query }»
filtered-by = Filtrado por:
remove-filter = Quitar o filtro { $filter }
article-count = { $count ->
        [one] { $count } artigo
       *[other] { $count } artigos
    }
results = Resultados
no-match = Ningún artigo coincide. Proba con menos palabras ou con outras, ou quita un filtro.
result-pages = Páxinas de resultados
previous = Anterior
next = Seguinte
narrow-results = Afinar os resultados
facet-language = Lingua
facet-year = Ano
mastodon-share = Compartir en Mastodon
mastodon-server = O teu servidor de Mastodon
mastodon-hint = Só o nome do servidor, como { $example }. O teu navegador lembrarao para a próxima vez; nós non o gardamos.
mastodon-continue = Continuar a Mastodon
mastodon-post = A publicación
newsletters = Boletíns
past-editions = Edicións anteriores
no-editions = Aínda non se enviou ningunha edición.
newer = Máis recentes
older = Máis antigas
edition-number = N.º { $number }
edition-from = De { $source }
edition-get = Recibe { $newsletter } por correo electrónico
your-newsletters = Os teus boletíns
preferences-for = Para { $email }.
choices-saved = Gardáronse as túas preferencias.
send-me = Enviádeme
language-edition = Edición por lingua
save-choices = Gardar as miñas preferencias
unsubscribe-everything = Darme de baixa de todo
unsubscribed = Démoste de baixa
no-longer-receive = Xa non recibirás { $newsletters }.
no-longer-receive-any = Xa non recibirás os nosos boletíns.
changed-your-mind = Cambiaches de opinión? Volve escoller os teus boletíns
unsubscribe = Darse de baixa
stop-receiving = Deixar de recibir { $newsletter }?
stop-receiving-all = Deixar de recibir todos os nosos boletíns?
choose-newsletters = Ou escolle que boletíns recibes
which-newsletters = Que boletíns
subscribe-hint = Enviarémosche unha ligazón para confirmar. Sen píxeles de seguimento nin ligazóns reescritas; cada correo inclúe unha ligazón para darte de baixa cun clic.
no-newsletters = Aínda non hai ningún boletín ao que subscribirse.
edition-language-notice = Edición por lingua: { $language } — cada artigo aparece traducido se ten tradución e, se non, na súa lingua orixinal.
mail-read-article = Ler o artigo
mail-read-on-web = Ler esta edición na web
mail-why-you-receive = Recibes { $newsletter } porque te subscribiches en { $site }.
confirm-subject = Confirma a túa subscrición a { $site }
confirm-greeting = Ola:
confirm-asked = Alguén, probablemente ti, pediu recibir { $newsletters } de { $site } neste enderezo.
confirm-open-link =
    { $hours ->
        [one] Para confirmalo, abre esta ligazón (funciona durante { $hours } hora):
       *[other] Para confirmalo, abre esta ligazón (funciona durante { $hours } horas):
    }
confirm-button = Confirmar a miña subscrición
confirm-link-works =
    { $hours ->
        [one] A ligazón funciona durante { $hours } hora.
       *[other] A ligazón funciona durante { $hours } horas.
    }
confirm-copy-address = Se o botón non funciona, copia este enderezo no navegador:
confirm-not-you = Se non fuches ti, ignora este correo: non volverás saber de nós.
schedule-daily = Todos os días ás { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Todos os luns ás { $time } ({ $zone })
        [tuesday] Todos os martes ás { $time } ({ $zone })
        [wednesday] Todos os mércores ás { $time } ({ $zone })
        [thursday] Todos os xoves ás { $time } ({ $zone })
        [friday] Todos os venres ás { $time } ({ $zone })
        [saturday] Todos os sábados ás { $time } ({ $zone })
       *[sunday] Todos os domingos ás { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Mira a túa caixa de entrada
notice-check-inbox-text = Enviámosche un correo cunha ligazón para confirmar a túa subscrición. Pode tardar un minuto en chegar; se non chega, mira no cartafol de correo lixo.
notice-subscribed = Xa estás subscrito
notice-subscribed-text = Grazas. Recibirás { $newsletters } a partir da próxima edición. Cada correo ten unha ligazón para cambiar as túas opcións ou darte de baixa.
our-newsletter = o noso boletín
notice-already-subscribed = Xa estabas subscrito
notice-already-subscribed-text = Esta ligazón xa se usou e a túa subscrición está confirmada. Non tes que facer nada máis.
notice-link-expired = Esta ligazón caducou
notice-link-expired-text = As ligazóns de confirmación funcionan durante un tempo limitado, e esta é demasiado antiga. Subscríbete de novo e enviarémosche unha nova.
subscribe-again = Subscribirse de novo
notice-link-unknown = Esta ligazón non funciona
notice-link-unknown-text = Quizais estea incompleta (comproba que se copiou enteira), ou substituíuna un correo de confirmación máis recente. Se te subscribes de novo, enviarémosche unha ligazón nova.

## Newsletter forms: why a form was refused

form-email-missing = Escribe o teu enderezo de correo electrónico.
form-invalid-email = Isto non é un enderezo de correo electrónico: revísao.
form-unknown-newsletter = Escolle de novo: non hai ningún boletín con ese nome.
form-invalid = Revisa as túas opcións e téntao de novo.
form-rate-limited = Demasiadas solicitudes á vez. Se acabas de subscribirte, mira a túa caixa de entrada (e o cartafol de correo lixo); se non, téntao de novo dentro dunha hora.
