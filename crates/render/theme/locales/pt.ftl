number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-grouping = 3
number-min-grouping = 2
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
skip-to-content = Saltar para o conteúdo principal
search = Pesquisar
search-articles = Pesquisar artigos
nav-sections = Secções
nav-regions = Regiões
nav-themes = Temas
nav-reports = Dossiês
email-address = O seu endereço de e-mail
subscribe = Subscrever
all-newsletters = Todas as newsletters
feed-rss = Feed RSS
feed-atom = Feed Atom
feed-json = JSON Feed
media-inquiries = Contactos para a imprensa: { $email }
site-elsewhere = { $site } noutros sítios
preview-title = Pré-visualização — não publicado.
preview-text = Os leitores não podem ver esta página; mostra a revisão que está a ser editada.
languages = Idiomas
language-offer = Ler esta página em português
language-offer-dismiss = Não, obrigado
translation-reviewed = Traduzido e revisto pela redação.
translation-machine = Tradução automática ({ $engine }), não revista pela redação.
translation-machine-model = Tradução automática ({ $engine }, { $model }), não revista pela redação.
translation-outdated = O original mudou desde que esta tradução foi feita; está a caminho uma tradução atualizada.
translation-outdated-locked = O original mudou desde que esta tradução foi feita.
translation-partial = Alguns excertos não puderam ser traduzidos e são apresentados na língua original ({ $language }).
translation-read-original = Ler o original ({ $language })
byline = Por { $authors }
published = Publicado a { $date }
first-published = Publicado originalmente por { $source }
source-and-date = { $source }, { $date }
filed-region = Região:
filed-theme = Tema:
filed-report = Dossiê:
original-source = A fonte original deste artigo é { $source }.
more-from = Mais de { $source }
source-website = Site de { $source }
articles-by = Artigos de
organisation = Organização
share-article = Partilhar este artigo
share-email = E-mail
republish-published-by = Este artigo foi publicado por { $site }.
republish-original-source = A fonte original deste artigo é { $source }.
article-link = Ligação para este artigo
copy-link = Copiar ligação
copied = Copiado
republish = Republicar este artigo
republish-terms = Pode republicar este artigo no seu próprio site, na íntegra e sem alterações, com o crédito e a ligação abaixo. Copie o HTML:
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
nothing-published = Ainda não há nada publicado.
kind-region = Região
kind-theme = Tema
kind-report = Dossiê
kind-author = Autor
kind-source = Fonte
breadcrumb = Navegação estrutural
visit-website = Visitar o site
website = Site
within = Em { $place }
articles = Artigos
no-articles-here = Ainda não há artigos aqui.
error-status = Erro { $status }
error-not-found = Página não encontrada
error-gone = Este artigo foi retirado
error-other = Algo correu mal
error-unavailable = Temporariamente indisponível
error-not-found-text = Não existe nenhuma página neste endereço. Pode ter sido movida, ou a ligação pode ter um erro.
error-gone-text = Foi publicado aqui em tempos e entretanto removido.
error-other-text = Tente novamente dentro de momentos.
front-page = Ir para a primeira página de { $site }
search-results-for = Resultados da pesquisa por «{ $query }»
filtered-by = Filtrado por:
remove-filter = Remover o filtro { $filter }
article-count = { $count ->
        [one] { $count } artigo
       *[other] { $count } artigos
    }
results = Resultados
no-match = Nenhum artigo corresponde. Experimente menos palavras ou palavras diferentes, ou remova um filtro.
result-pages = Páginas de resultados
previous = Anterior
next = Seguinte
narrow-results = Refinar os resultados
facet-language = Idioma
facet-year = Ano
mastodon-share = Partilhar no Mastodon
mastodon-server = O seu servidor Mastodon
mastodon-hint = Apenas o nome do servidor, como { $example }. O seu navegador lembra-se dele para a próxima vez; nós não o guardamos.
mastodon-continue = Continuar para o Mastodon
mastodon-post = A publicação
newsletters = Newsletters
past-editions = Edições anteriores
no-editions = Ainda não saiu nenhuma edição.
newer = Mais recentes
older = Mais antigas
edition-number = N.º { $number }
edition-from = De { $source }
edition-get = Receber { $newsletter } por e-mail
your-newsletters = As suas newsletters
preferences-for = Para { $email }.
choices-saved = As suas escolhas foram guardadas.
send-me = Enviem-me
language-edition = Edição por idioma
save-choices = Guardar as minhas escolhas
unsubscribe-everything = Cancelar todas as subscrições
unsubscribed = A sua subscrição foi cancelada
no-longer-receive = Deixará de receber { $newsletters }.
no-longer-receive-any = Deixará de receber as nossas newsletters.
changed-your-mind = Mudou de ideias? Escolha novamente as suas newsletters
unsubscribe = Cancelar subscrição
stop-receiving = Deixar de receber { $newsletter }?
stop-receiving-all = Deixar de receber todas as nossas newsletters?
choose-newsletters = Ou escolha que newsletters recebe
which-newsletters = Que newsletters
subscribe-hint = Vamos enviar-lhe uma ligação de confirmação por e-mail. Sem píxeis de rastreio, sem ligações reescritas; cada e-mail tem uma ligação para cancelar a subscrição com um clique.
no-newsletters = Ainda não há nenhuma newsletter para subscrever.
edition-language-notice = Edição por idioma: { $language } — cada artigo aparece traduzido quando existe tradução e, caso contrário, na língua original.
mail-read-article = Ler o artigo
mail-read-on-web = Ler esta edição na web
mail-why-you-receive = Recebe { $newsletter } porque se subscreveu em { $site }.
confirm-subject = Confirme a sua subscrição de { $site }
confirm-greeting = Olá,
confirm-asked = Foi pedido, provavelmente por si, o envio de { $newsletters } de { $site } para este endereço.
confirm-open-link =
    { $hours ->
        [one] Para confirmar, abra esta ligação (funciona durante { $hours } hora):
       *[other] Para confirmar, abra esta ligação (funciona durante { $hours } horas):
    }
confirm-button = Confirmar a minha subscrição
confirm-link-works =
    { $hours ->
        [one] A ligação funciona durante { $hours } hora.
       *[other] A ligação funciona durante { $hours } horas.
    }
confirm-copy-address = Se o botão não funcionar, copie este endereço para o seu navegador:
confirm-not-you = Se não fez este pedido, ignore este e-mail: não voltará a receber nada nosso.
schedule-daily = Todos os dias às { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Todas as segundas-feiras às { $time } ({ $zone })
        [tuesday] Todas as terças-feiras às { $time } ({ $zone })
        [wednesday] Todas as quartas-feiras às { $time } ({ $zone })
        [thursday] Todas as quintas-feiras às { $time } ({ $zone })
        [friday] Todas as sextas-feiras às { $time } ({ $zone })
        [saturday] Todos os sábados às { $time } ({ $zone })
       *[sunday] Todos os domingos às { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Consulte a sua caixa de entrada
notice-check-inbox-text = Enviámos-lhe um e-mail com uma ligação para confirmar a sua subscrição. Pode demorar um minuto a chegar; se não chegar, procure na pasta de spam.
notice-subscribed = A sua subscrição está ativa
notice-subscribed-text = Obrigado. Receberá { $newsletters } a partir da próxima edição. Cada e-mail tem uma ligação para alterar as suas escolhas ou cancelar a subscrição.
our-newsletter = a nossa newsletter
notice-already-subscribed = Já tem uma subscrição
notice-already-subscribed-text = Esta ligação já foi usada, e a sua subscrição está confirmada. Não há mais nada a fazer.
notice-link-expired = Esta ligação expirou
notice-link-expired-text = As ligações de confirmação funcionam durante um tempo limitado, e esta é demasiado antiga. Subscreva novamente e enviar-lhe-emos uma nova.
subscribe-again = Subscrever novamente
notice-link-unknown = Esta ligação não funciona
notice-link-unknown-text = Pode estar incompleta (verifique se foi copiada na íntegra), ou um e-mail de confirmação mais recente substituiu-a. Subscrever novamente envia uma nova ligação.

## Newsletter forms: why a form was refused

form-email-missing = Introduza o seu endereço de e-mail.
form-invalid-email = Isto não é um endereço de e-mail: verifique-o.
form-unknown-newsletter = Escolha novamente: não existe nenhuma newsletter com esse nome.
form-invalid = Verifique as suas escolhas e tente novamente.
form-rate-limited = Demasiados pedidos ao mesmo tempo. Se acabou de subscrever, consulte a sua caixa de entrada (e a pasta de spam); caso contrário, tente novamente dentro de uma hora.
