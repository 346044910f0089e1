number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 2
number-digits = 0123456789
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }
list-separator = { ", " }
list-and = { " y " }
list-or = { " o " }
skip-to-content = Saltar al contenido principal
search = Buscar
search-articles = Buscar artículos
nav-sections = Secciones
nav-regions = Regiones
nav-themes = Temas
nav-reports = Informes especiales
email-address = Tu dirección de correo electrónico
subscribe = Suscribirse
all-newsletters = Todos los boletines
feed-rss = Canal RSS
feed-atom = Canal Atom
feed-json = JSON Feed
media-inquiries = Consultas de prensa: { $email }
site-elsewhere = { $site } en otros sitios
preview-title = Vista previa: sin publicar.
preview-text = Los lectores no pueden ver esta página; muestra la revisión que se está editando.
languages = Idiomas
language-offer = Leer esta página en español
language-offer-dismiss = No, gracias
translation-reviewed = Traducido y revisado por la redacción.
translation-machine = Traducción automática ({ $engine }), no revisada por la redacción.
translation-machine-model = Traducción automática ({ $engine }, { $model }), no revisada por la redacción.
translation-outdated = El original ha cambiado desde que se hizo esta traducción; hay una traducción actualizada en camino.
translation-outdated-locked = El original ha cambiado desde que se hizo esta traducción.
translation-partial = Algunos fragmentos no se pudieron traducir y se muestran en el idioma original ({ $language }).
translation-read-original = Leer el original ({ $language })
byline = Por { $authors }
published = Publicado el { $date }
first-published = Publicado originalmente por { $source }
source-and-date = { $source }, { $date }
filed-region = Región:
filed-theme = Tema:
filed-report = Informe especial:
original-source = La fuente original de este artículo es { $source }.
more-from = Más de { $source }
source-website = Sitio web de { $source }
articles-by = Artículos de
organisation = Organización
share-article = Compartir este artículo
share-email = Correo electrónico
republish-published-by = Este artículo fue publicado por { $site }.
republish-original-source = La fuente original de este artículo es { $source }.
article-link = Enlace a este artículo
copy-link = Copiar enlace
copied = Copiado
republish = Republicar este artículo
republish-terms = Puedes republicar este artículo en tu propio sitio, completo y sin cambios, con el crédito y el enlace de abajo. Copia el HTML:
republish-html = HTML de este artículo
copy-html = Copiar HTML
disclaimer = Aviso legal
from-site = De { $site }
newsletter = Boletín
membership = Membresía
other-languages = Otros idiomas
related-articles = Artículos relacionados
card-via = vía { $source }
pages = Páginas
newer-articles = Artículos más recientes
older-articles = Artículos anteriores
page-of = Página { $page } de { $total }
featured = Destacados
latest = Lo último
nothing-published = Todavía no se ha publicado nada.
kind-region = Región
kind-theme = Tema
kind-report = Informe especial
kind-author = Autor
kind-source = Fuente
breadcrumb = Ruta de navegación
visit-website = Visitar el sitio web
website = Sitio web
within = En { $place }
articles = Artículos
no-articles-here = Todavía no hay artículos aquí.
error-status = Error { $status }
error-not-found = Página no encontrada
error-gone = Este artículo ha sido retirado
error-other = Algo salió mal
error-unavailable = No disponible temporalmente
error-not-found-text = No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
error-gone-text = Se publicó aquí en su momento y desde entonces se ha retirado.
error-other-text = Vuelve a intentarlo dentro de un momento.
front-page = Ir a la portada de { $site }
search-results-for = Resultados de búsqueda de «{ $query }»
filtered-by = Filtrado por:
remove-filter = Quitar el filtro { $filter }
article-count = { $count ->
        [one] { $count } artículo
       *[other] { $count } artículos
    }
results = Resultados
no-match = Ningún artículo coincide. Prueba con menos palabras o con otras, o quita un filtro.
result-pages = Páginas de resultados
previous = Anterior
next = Siguiente
narrow-results = Afinar los resultados
facet-language = Idioma
facet-year = Año
mastodon-share = Compartir en Mastodon
mastodon-server = Tu servidor de Mastodon
mastodon-hint = Solo el nombre del servidor, como { $example }. Tu navegador lo recordará para la próxima vez; nosotros no lo guardamos.
mastodon-continue = Continuar a Mastodon
mastodon-post = La publicación
newsletters = Boletines
past-editions = Ediciones anteriores
no-editions = Todavía no se ha enviado ninguna edición.
newer = Más recientes
older = Anteriores
edition-number = N.º { $number }
edition-from = De { $source }
edition-get = Recibe { $newsletter } por correo electrónico
your-newsletters = Tus boletines
preferences-for = Para { $email }.
choices-saved = Tus preferencias se han guardado.
send-me = Enviarme
language-edition = Edición por idioma
save-choices = Guardar mis preferencias
unsubscribe-everything = Darme de baja de todo
unsubscribed = Te has dado de baja
no-longer-receive = Ya no recibirás { $newsletters }.
no-longer-receive-any = Ya no recibirás nuestros boletines.
changed-your-mind = ¿Has cambiado de opinión? Vuelve a elegir tus boletines
unsubscribe = Darse de baja
stop-receiving = ¿Dejar de recibir { $newsletter }?
stop-receiving-all = ¿Dejar de recibir todos nuestros boletines?
choose-newsletters = O elige qué boletines recibes
which-newsletters = Qué boletines
subscribe-hint = Te enviaremos un enlace para confirmar. Sin píxeles de seguimiento ni enlaces reescritos; cada correo incluye un enlace para darte de baja con un clic.
no-newsletters = Todavía no hay ningún boletín al que suscribirse.
edition-language-notice = Edición por idioma: { $language } — cada artículo aparece traducido si tiene traducción y, si no, en su idioma original.
mail-read-article = Leer el artículo
mail-read-on-web = Leer esta edición en la web
mail-why-you-receive = Recibes { $newsletter } porque te suscribiste en { $site }.
confirm-subject = Confirma tu suscripción a { $site }
confirm-greeting = Hola:
confirm-asked = Alguien, probablemente tú, ha pedido recibir { $newsletters } de { $site } en esta dirección.
confirm-open-link =
    { $hours ->
        [one] Para confirmarlo, abre este enlace (funciona durante { $hours } hora):
       *[other] Para confirmarlo, abre este enlace (funciona durante { $hours } horas):
    }
confirm-button = Confirmar mi suscripción
confirm-link-works =
    { $hours ->
        [one] El enlace funciona durante { $hours } hora.
       *[other] El enlace funciona durante { $hours } horas.
    }
confirm-copy-address = Si el botón no funciona, copia esta dirección en tu navegador:
confirm-not-you = Si no has sido tú, ignora este correo: no volverás a saber de nosotros.
schedule-daily = Todos los días a las { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Todos los lunes a las { $time } ({ $zone })
        [tuesday] Todos los martes a las { $time } ({ $zone })
        [wednesday] Todos los miércoles a las { $time } ({ $zone })
        [thursday] Todos los jueves a las { $time } ({ $zone })
        [friday] Todos los viernes a las { $time } ({ $zone })
        [saturday] Todos los sábados a las { $time } ({ $zone })
       *[sunday] Todos los domingos a las { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Revisa tu bandeja de entrada
notice-check-inbox-text = Te hemos enviado un correo con un enlace para confirmar tu suscripción. Puede tardar un minuto en llegar; si no llega, mira en la carpeta de correo no deseado.
notice-subscribed = Ya estás suscrito
notice-subscribed-text = Gracias. Recibirás { $newsletters } a partir de la próxima edición. Cada correo incluye un enlace para cambiar tus opciones o darte de baja.
our-newsletter = nuestro boletín
notice-already-subscribed = Ya estabas suscrito
notice-already-subscribed-text = Este enlace ya se usó y tu suscripción está confirmada. No tienes que hacer nada más.
notice-link-expired = Este enlace ha caducado
notice-link-expired-text = Los enlaces de confirmación funcionan durante un tiempo limitado y este es demasiado antiguo. Vuelve a suscribirte y te enviaremos uno nuevo.
subscribe-again = Volver a suscribirse
notice-link-unknown = Este enlace no funciona
notice-link-unknown-text = Puede que esté incompleto (comprueba que se copió entero) o que lo haya sustituido un correo de confirmación más reciente. Si vuelves a suscribirte, te enviaremos un enlace nuevo.

## Newsletter forms: why a form was refused

form-email-missing = Escribe tu dirección de correo electrónico.
form-invalid-email = Esto no es una dirección de correo electrónico: revísala.
form-unknown-newsletter = Vuelve a elegir: no hay ningún boletín con ese nombre.
form-invalid = Revisa tus opciones y vuelve a intentarlo.
form-rate-limited = Demasiadas solicitudes a la vez. Si acabas de suscribirte, revisa tu bandeja de entrada (y la carpeta de correo no deseado); si no, vuelve a intentarlo dentro de una hora.
