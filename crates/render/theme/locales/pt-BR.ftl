number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-long = { $day } de { $month } de { $year }
list-separator = { ", " }
list-and = { " e " }
list-or = { " ou " }
skip-to-content = Pular para o conteúdo principal
search = Buscar
search-articles = Buscar artigos
nav-sections = Seções
nav-regions = Regiões
nav-themes = Temas
nav-reports = Reportagens especiais
email-address = Seu endereço de e-mail
subscribe = Assinar
all-newsletters = Todas as newsletters
feed-rss = Feed RSS
feed-atom = Feed Atom
feed-json = JSON Feed
media-inquiries = Contato para a imprensa: { $email }
site-elsewhere = { $site } em outros lugares
preview-title = Pré-visualização — não publicado.
preview-text = Os leitores não podem ver esta página; ela mostra a revisão que está sendo editada.
languages = Idiomas
language-offer = Ler esta página em português
language-offer-dismiss = Não, obrigado
translation-reviewed = Traduzido e revisado pela redação.
translation-machine = Tradução automática ({ $engine }), não revisada pela redação.
translation-machine-model = Tradução automática ({ $engine }, { $model }), não revisada pela redação.
translation-outdated = O original mudou desde que esta tradução foi feita; uma tradução atualizada está a caminho.
translation-outdated-locked = O original mudou desde que esta tradução foi feita.
translation-partial = Alguns trechos não puderam ser traduzidos e aparecem no idioma original ({ $language }).
translation-read-original = Ler o original ({ $language })
byline = Por { $authors }
published = Publicado em { $date }
first-published = Publicado originalmente por { $source }
source-and-date = { $source }, { $date }
filed-region = Região:
filed-theme = Tema:
filed-report = Reportagem especial:
original-source = A fonte original deste artigo é { $source }.
more-from = Mais de { $source }
source-website = Site de { $source }
articles-by = Artigos de
organisation = Organização
share-article = Compartilhar este artigo
share-email = E-mail
republish-published-by = Este artigo foi publicado por { $site }.
republish-original-source = A fonte original deste artigo é { $source }.
article-link = Link para este artigo
copy-link = Copiar link
copied = Copiado
republish = Republicar este artigo
republish-terms = Você pode republicar este artigo no seu próprio site, na íntegra e sem alterações, com o crédito e o link abaixo. Copie o HTML:
republish-html = HTML deste artigo
copy-html = Copiar HTML
disclaimer = Aviso legal
from-site = De { $site }
newsletter = Newsletter
membership = Assinatura
other-languages = Outros idiomas
related-articles = Artigos relacionados
card-via = via { $source }
pages = Páginas
newer-articles = Artigos mais recentes
older-articles = Artigos mais antigos
page-of = Página { $page } de { $total }
featured = Destaques
latest = Mais recentes
nothing-published = Nada publicado ainda.
kind-region = Região
kind-theme = Tema
kind-report = Reportagem especial
kind-author = Autor
kind-source = Fonte
breadcrumb = Trilha de navegação
visit-website = Visitar o site
website = Site
within = Em { $place }
articles = Artigos
no-articles-here = Ainda não há artigos aqui.
error-status = Erro { $status }
error-not-found = Página não encontrada
error-gone = Este artigo foi retirado
error-other = Algo deu errado
error-unavailable = Temporariamente indisponível
error-not-found-text = Não há nenhuma página neste endereço. Talvez ela tenha mudado de lugar, ou o link esteja digitado errado.
error-gone-text = Foi publicado aqui uma vez e depois removido.
error-other-text = Tente de novo daqui a pouco.
front-page = Ir para a página inicial de { $site }
search-results-for = Resultados da busca por “{ $query }”
filtered-by = Filtrado por:
remove-filter = Remover o filtro { $filter }
article-count = { $count ->
        [one] { $count } artigo
       *[other] { $count } artigos
    }
results = Resultados
no-match = Nenhum artigo encontrado. Tente menos palavras ou palavras diferentes, ou remova um filtro.
result-pages = Páginas de resultados
previous = Anterior
next = Próxima
narrow-results = Refinar os resultados
facet-language = Idioma
facet-year = Ano
mastodon-share = Compartilhar no Mastodon
mastodon-server = Seu servidor Mastodon
mastodon-hint = Só o nome do servidor, como { $example }. Seu navegador lembra dele da próxima vez; nós não o guardamos.
mastodon-continue = Continuar para o Mastodon
mastodon-post = A publicação
newsletters = Newsletters
past-editions = Edições anteriores
no-editions = Nenhuma edição foi enviada ainda.
newer = Mais recentes
older = Mais antigas
edition-number = Nº { $number }
edition-from = De { $source }
edition-get = Receba { $newsletter } por e-mail
your-newsletters = Suas newsletters
preferences-for = Para { $email }.
choices-saved = Suas escolhas foram salvas.
send-me = Quero receber
language-edition = Edição por idioma
save-choices = Salvar minhas escolhas
unsubscribe-everything = Cancelar todas as assinaturas
unsubscribed = Sua assinatura foi cancelada
no-longer-receive = Você não vai mais receber { $newsletters }.
no-longer-receive-any = Você não vai mais receber nossas newsletters.
changed-your-mind = Mudou de ideia? Escolha suas newsletters de novo
unsubscribe = Cancelar assinatura
stop-receiving = Deixar de receber { $newsletter }?
stop-receiving-all = Deixar de receber todas as nossas newsletters?
choose-newsletters = Ou escolha quais newsletters você recebe
which-newsletters = Quais newsletters
subscribe-hint = Vamos enviar um link de confirmação para o seu e-mail. Sem pixels de rastreamento, sem links reescritos; todo e-mail tem um link para cancelar a assinatura com um clique.
no-newsletters = Ainda não há nenhuma newsletter para assinar.
edition-language-notice = Edição por idioma: { $language } — cada artigo aparece traduzido quando há tradução e, caso contrário, no idioma original.
mail-read-article = Ler o artigo
mail-read-on-web = Ler esta edição na web
mail-why-you-receive = Você recebe { $newsletter } porque se inscreveu em { $site }.
confirm-subject = Confirme sua assinatura de { $site }
confirm-greeting = Olá,
confirm-asked = Alguém, provavelmente você, pediu para receber { $newsletters } de { $site } neste endereço.
confirm-open-link =
    { $hours ->
        [one] Para confirmar, abra este link (ele funciona por { $hours } hora):
       *[other] Para confirmar, abra este link (ele funciona por { $hours } horas):
    }
confirm-button = Confirmar minha assinatura
confirm-link-works =
    { $hours ->
        [one] O link funciona por { $hours } hora.
       *[other] O link funciona por { $hours } horas.
    }
confirm-copy-address = Se o botão não funcionar, copie este endereço no seu navegador:
confirm-not-you = Se não foi você, ignore este e-mail: você não receberá mais nada de nós.
schedule-daily = Todos os dias às { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Toda segunda-feira às { $time } ({ $zone })
        [tuesday] Toda terça-feira às { $time } ({ $zone })
        [wednesday] Toda quarta-feira às { $time } ({ $zone })
        [thursday] Toda quinta-feira às { $time } ({ $zone })
        [friday] Toda sexta-feira às { $time } ({ $zone })
        [saturday] Todo sábado às { $time } ({ $zone })
       *[sunday] Todo domingo às { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Confira sua caixa de entrada
notice-check-inbox-text = Enviamos um e-mail com um link para confirmar sua assinatura. Ele pode levar um minuto para chegar; se não chegar, procure na pasta de spam.
notice-subscribed = Sua assinatura está ativa
notice-subscribed-text = Obrigado. Você vai receber { $newsletters } a partir da próxima edição. Todo e-mail traz um link para mudar suas escolhas ou cancelar a assinatura.
our-newsletter = nossa newsletter
notice-already-subscribed = Você já é assinante
notice-already-subscribed-text = Este link já foi usado, e sua assinatura está confirmada. Não há mais nada a fazer.
notice-link-expired = Este link expirou
notice-link-expired-text = Os links de confirmação funcionam por tempo limitado, e este é antigo demais. Assine de novo e enviaremos um novo.
subscribe-again = Assinar de novo
notice-link-unknown = Este link não funciona
notice-link-unknown-text = Talvez esteja incompleto (confira se foi copiado inteiro), ou um e-mail de confirmação mais recente o substituiu. Assinar de novo envia um novo link.

## Newsletter forms: why a form was refused

form-email-missing = Digite seu endereço de e-mail.
form-invalid-email = Isto não é um endereço de e-mail: confira-o.
form-unknown-newsletter = Escolha de novo: não existe newsletter com esse nome.
form-invalid = Confira suas escolhas e tente de novo.
form-rate-limited = Pedidos demais ao mesmo tempo. Se você acabou de assinar, confira sua caixa de entrada (e a pasta de spam); caso contrário, tente de novo daqui a uma hora.
