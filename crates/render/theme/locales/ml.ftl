number-decimal-separator = .
number-group-separator = ,
number-grouping = 3 2
number-min-grouping = 1
number-digits = 0123456789
month-1 = ജനുവരി
month-2 = ഫെബ്രുവരി
month-3 = മാർച്ച്
month-4 = ഏപ്രിൽ
month-5 = മേയ്
month-6 = ജൂൺ
month-7 = ജൂലൈ
month-8 = ഓഗസ്റ്റ്
month-9 = സെപ്റ്റംബർ
month-10 = ഒക്‌ടോബർ
month-11 = നവംബർ
month-12 = ഡിസംബർ
date-long = { $year }, { $month } { $day }
list-separator = { ", " }
list-and = { " കൂടാതെ " }
list-or = { " അല്ലെങ്കിൽ " }
skip-to-content = പ്രധാന ഉള്ളടക്കത്തിലേക്ക് പോകുക
search = തിരയുക
search-articles = ലേഖനങ്ങളിൽ തിരയുക
nav-sections = വിഭാഗങ്ങൾ
nav-regions = പ്രദേശങ്ങൾ
nav-themes = വിഷയങ്ങൾ
nav-reports = പ്രത്യേക റിപ്പോർട്ടുകൾ
email-address = നിങ്ങളുടെ ഇമെയിൽ വിലാസം
subscribe = വരിക്കാരാകുക
all-newsletters = എല്ലാ വാർത്താക്കുറിപ്പുകളും
feed-rss = RSS ഫീഡ്
feed-atom = Atom ഫീഡ്
feed-json = JSON ഫീഡ്
media-inquiries = മാധ്യമങ്ങൾക്ക്: { $email }
site-elsewhere = മറ്റിടങ്ങളിൽ { $site }
preview-title = പ്രിവ്യൂ — പ്രസിദ്ധീകരിച്ചിട്ടില്ല.
preview-text = വായനക്കാർക്ക് ഈ പേജ് കാണാനാകില്ല; തിരുത്തിക്കൊണ്ടിരിക്കുന്ന പതിപ്പാണ് ഇത് കാണിക്കുന്നത്.
languages = ഭാഷകൾ
language-offer = ഈ പേജ് മലയാളത്തിൽ വായിക്കുക
language-offer-dismiss = വേണ്ട, നന്ദി
translation-reviewed = ന്യൂസ്‌റൂം വിവർത്തനം ചെയ്ത് പരിശോധിച്ചത്.
translation-machine = യന്ത്ര വിവർത്തനം ({ $engine }), ന്യൂസ്‌റൂം പരിശോധിച്ചിട്ടില്ല.
translation-machine-model = യന്ത്ര വിവർത്തനം ({ $engine }, { $model }), ന്യൂസ്‌റൂം പരിശോധിച്ചിട്ടില്ല.
translation-outdated = ഈ വിവർത്തനത്തിനുശേഷം മൂലരൂപം മാറി; പുതുക്കിയ വിവർത്തനം വരുന്നുണ്ട്.
translation-outdated-locked = ഈ വിവർത്തനത്തിനുശേഷം മൂലരൂപം മാറി.
translation-partial = ചില ഭാഗങ്ങൾ വിവർത്തനം ചെയ്യാൻ കഴിഞ്ഞില്ല, അതിനാൽ അവ മൂലഭാഷയിൽ ({ $language }) കാണിച്ചിരിക്കുന്നു.
translation-read-original = മൂലരൂപം വായിക്കുക ({ $language })
byline = എഴുതിയത്: { $authors }
published = പ്രസിദ്ധീകരിച്ചത്: { $date }
first-published = ആദ്യം പ്രസിദ്ധീകരിച്ചത്: { $source }
source-and-date = { $source }, { $date }
filed-region = പ്രദേശം:
filed-theme = വിഷയം:
filed-report = പ്രത്യേക റിപ്പോർട്ട്:
original-source = ഈ ലേഖനത്തിന്റെ യഥാർഥ ഉറവിടം { $source } ആണ്.
more-from = { $source } ൽ നിന്ന് കൂടുതൽ
source-website = { $source } വെബ്‌സൈറ്റ്
articles-by = ലേഖകന്റെ ലേഖനങ്ങൾ
organisation = സ്ഥാപനം
share-article = ഈ ലേഖനം പങ്കിടുക
share-email = ഇമെയിൽ
republish-published-by = ഈ ലേഖനം പ്രസിദ്ധീകരിച്ചത് { $site } ആണ്.
republish-original-source = ഈ ലേഖനത്തിന്റെ യഥാർത്ഥ ഉറവിടം { $source } ആണ്.
article-link = ഈ ലേഖനത്തിലേക്കുള്ള ലിങ്ക്
copy-link = ലിങ്ക് പകർത്തുക
copied = പകർത്തി
republish = ഈ ലേഖനം വീണ്ടും പ്രസിദ്ധീകരിക്കുക
republish-terms = ഈ ലേഖനം നിങ്ങളുടെ സൈറ്റിൽ പൂർണമായും മാറ്റങ്ങളില്ലാതെയും, താഴെയുള്ള കടപ്പാടും ലിങ്കും സഹിതം വീണ്ടും പ്രസിദ്ധീകരിക്കാം. HTML പകർത്തുക:
republish-html = ഈ ലേഖനത്തിന്റെ HTML
copy-html = HTML പകർത്തുക
disclaimer = നിരാകരണം
from-site = { $site } ൽ നിന്ന്
newsletter = വാർത്താക്കുറിപ്പ്
membership = അംഗത്വം
other-languages = മറ്റു ഭാഷകൾ
related-articles = അനുബന്ധ ലേഖനങ്ങൾ
card-via = { $source } വഴി
pages = പേജുകൾ
newer-articles = പുതിയ ലേഖനങ്ങൾ
older-articles = പഴയ ലേഖനങ്ങൾ
page-of = പേജ് { $page } / { $total }
featured = തിരഞ്ഞെടുത്തവ
latest = ഏറ്റവും പുതിയവ
nothing-published = ഇതുവരെ ഒന്നും പ്രസിദ്ധീകരിച്ചിട്ടില്ല.
kind-region = പ്രദേശം
kind-theme = വിഷയം
kind-report = പ്രത്യേക റിപ്പോർട്ട്
kind-author = ലേഖകൻ
kind-source = ഉറവിടം
breadcrumb = നാവിഗേഷൻ പാത
visit-website = വെബ്‌സൈറ്റ് സന്ദർശിക്കുക
website = വെബ്‌സൈറ്റ്
within = { $place } ൽ
articles = ലേഖനങ്ങൾ
no-articles-here = ഇവിടെ ഇതുവരെ ലേഖനങ്ങളില്ല.
error-status = പിശക് { $status }
error-not-found = പേജ് കണ്ടെത്തിയില്ല
error-gone = ഈ ലേഖനം പിൻവലിച്ചു
error-other = എന്തോ കുഴപ്പം സംഭവിച്ചു
error-not-found-text = ഈ വിലാസത്തിൽ പേജ് ഇല്ല. അത് മാറ്റിയിരിക്കാം, അല്ലെങ്കിൽ ലിങ്ക് തെറ്റായി ടൈപ്പ് ചെയ്തിരിക്കാം.
error-gone-text = ഇത് ഒരിക്കൽ ഇവിടെ പ്രസിദ്ധീകരിച്ചിരുന്നു, പിന്നീട് നീക്കം ചെയ്തു.
error-other-text = അൽപ്പസമയത്തിനു ശേഷം വീണ്ടും ശ്രമിക്കുക.
front-page = { $site } മുഖപേജിലേക്ക് പോകുക
search-results-for = “{ $query }” എന്നതിനുള്ള തിരയൽ ഫലങ്ങൾ
filtered-by = ഫിൽട്ടറുകൾ:
remove-filter = { $filter } ഫിൽട്ടർ നീക്കുക
article-count = { $count ->
        [one] { $count } ലേഖനം
       *[other] { $count } ലേഖനങ്ങൾ
    }
results = ഫലങ്ങൾ
no-match = ഒരു ലേഖനവും പൊരുത്തപ്പെടുന്നില്ല. കുറച്ചോ വ്യത്യസ്തമോ ആയ വാക്കുകൾ ശ്രമിക്കുക, അല്ലെങ്കിൽ ഒരു ഫിൽട്ടർ നീക്കുക.
result-pages = ഫല പേജുകൾ
previous = മുമ്പത്തേത്
next = അടുത്തത്
narrow-results = ഫലങ്ങൾ ചുരുക്കുക
facet-language = ഭാഷ
facet-year = വർഷം
mastodon-share = Mastodon-ൽ പങ്കിടുക
mastodon-server = നിങ്ങളുടെ Mastodon സെർവർ
mastodon-hint = സെർവറിന്റെ പേര് മാത്രം, ഉദാ. { $example }. നിങ്ങളുടെ ബ്രൗസർ അടുത്ത തവണത്തേക്ക് ഇത് ഓർക്കും; ഞങ്ങൾ ഇത് സൂക്ഷിക്കുന്നില്ല.
mastodon-continue = Mastodon-ലേക്ക് തുടരുക
mastodon-post = പോസ്റ്റ്
newsletters = വാർത്താക്കുറിപ്പുകൾ
past-editions = മുൻ ലക്കങ്ങൾ
no-editions = ഇതുവരെ ഒരു ലക്കവും അയച്ചിട്ടില്ല.
newer = പുതിയവ
older = പഴയവ
edition-number = ലക്കം { $number }
edition-from = { $source } ൽ നിന്ന്
edition-get = { $newsletter } ഇമെയിലിൽ നേടുക
your-newsletters = നിങ്ങളുടെ വാർത്താക്കുറിപ്പുകൾ
preferences-for = { $email } നായി.
choices-saved = നിങ്ങളുടെ തിരഞ്ഞെടുപ്പുകൾ സംരക്ഷിച്ചു.
send-me = എനിക്ക് അയയ്ക്കുക
language-edition = ഭാഷാ പതിപ്പ്
save-choices = എന്റെ തിരഞ്ഞെടുപ്പുകൾ സംരക്ഷിക്കുക
unsubscribe-everything = എല്ലാത്തിൽ നിന്നും വരിക്കാരത്വം ഒഴിവാക്കുക
unsubscribed = നിങ്ങളുടെ വരിക്കാരത്വം ഒഴിവാക്കി
no-longer-receive = ഇനി നിങ്ങൾക്ക് { $newsletters } ലഭിക്കില്ല.
no-longer-receive-any = ഇനി നിങ്ങൾക്ക് ഞങ്ങളുടെ വാർത്താക്കുറിപ്പുകൾ ലഭിക്കില്ല.
changed-your-mind = മനസ്സ് മാറിയോ? നിങ്ങളുടെ വാർത്താക്കുറിപ്പുകൾ വീണ്ടും തിരഞ്ഞെടുക്കുക
unsubscribe = വരിക്കാരത്വം ഒഴിവാക്കുക
stop-receiving = { $newsletter } ലഭിക്കുന്നത് നിർത്തണോ?
stop-receiving-all = ഞങ്ങളുടെ എല്ലാ വാർത്താക്കുറിപ്പുകളും ലഭിക്കുന്നത് നിർത്തണോ?
choose-newsletters = അല്ലെങ്കിൽ ഏതൊക്കെ വാർത്താക്കുറിപ്പുകൾ ലഭിക്കണമെന്ന് തിരഞ്ഞെടുക്കുക
which-newsletters = ഏതൊക്കെ വാർത്താക്കുറിപ്പുകൾ
subscribe-hint = സ്ഥിരീകരിക്കാൻ ഞങ്ങൾ നിങ്ങൾക്ക് ഒരു ലിങ്ക് ഇമെയിൽ ചെയ്യും. ട്രാക്കിങ് പിക്സലുകളില്ല, മാറ്റിയെഴുതിയ ലിങ്കുകളില്ല; ഓരോ ഇമെയിലിലും ഒറ്റ ക്ലിക്കിൽ വരിക്കാരത്വം ഒഴിവാക്കാനുള്ള ലിങ്കുണ്ട്.
no-newsletters = വരിക്കാരാകാൻ ഇതുവരെ വാർത്താക്കുറിപ്പുകളൊന്നുമില്ല.
edition-language-notice = ഭാഷാ പതിപ്പ്: { $language } — വിവർത്തനം ഉള്ളിടത്ത് ഓരോ ലേഖനവും വിവർത്തനത്തിലും ഇല്ലെങ്കിൽ മൂലഭാഷയിലും കാണിക്കുന്നു.
mail-read-article = ലേഖനം വായിക്കുക
mail-read-on-web = ഈ ലക്കം വെബിൽ വായിക്കുക
mail-why-you-receive = നിങ്ങൾ { $site }-ൽ വരിക്കാരായതിനാലാണ് { $newsletter } ലഭിക്കുന്നത്.
schedule-daily = ദിവസവും { $time }-ന് ({ $zone })
schedule-weekly =
    { $day ->
        [monday] എല്ലാ തിങ്കളാഴ്ചയും { $time }-ന് ({ $zone })
        [tuesday] എല്ലാ ചൊവ്വാഴ്ചയും { $time }-ന് ({ $zone })
        [wednesday] എല്ലാ ബുധനാഴ്ചയും { $time }-ന് ({ $zone })
        [thursday] എല്ലാ വ്യാഴാഴ്ചയും { $time }-ന് ({ $zone })
        [friday] എല്ലാ വെള്ളിയാഴ്ചയും { $time }-ന് ({ $zone })
        [saturday] എല്ലാ ശനിയാഴ്ചയും { $time }-ന് ({ $zone })
       *[sunday] എല്ലാ ഞായറാഴ്ചയും { $time }-ന് ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = നിങ്ങളുടെ ഇൻബോക്സ് പരിശോധിക്കുക
notice-check-inbox-text = നിങ്ങളുടെ വരിസംഖ്യ സ്ഥിരീകരിക്കാനുള്ള ലിങ്കുള്ള ഒരു ഇമെയിൽ ഞങ്ങൾ അയച്ചിട്ടുണ്ട്. എത്താൻ ഒരു മിനിറ്റ് എടുത്തേക്കാം; എത്തിയില്ലെങ്കിൽ സ്പാം ഫോൾഡർ നോക്കുക.
notice-subscribed = നിങ്ങൾ വരിക്കാരായി
notice-subscribed-text = നന്ദി. അടുത്ത ലക്കം മുതൽ നിങ്ങൾക്ക് { $newsletters } ലഭിക്കും. ഓരോ ഇമെയിലിലും നിങ്ങളുടെ തിരഞ്ഞെടുപ്പുകൾ മാറ്റാനോ വരിസംഖ്യ റദ്ദാക്കാനോ ഉള്ള ലിങ്ക് ഉണ്ട്.
our-newsletter = ഞങ്ങളുടെ വാർത്താക്കുറിപ്പ്
notice-already-subscribed = നിങ്ങൾ ഇതിനകം വരിക്കാരാണ്
notice-already-subscribed-text = ഈ ലിങ്ക് മുമ്പ് ഉപയോഗിച്ചിട്ടുണ്ട്, നിങ്ങളുടെ വരിസംഖ്യ സ്ഥിരീകരിച്ചിട്ടുമുണ്ട്. ഇനി ഒന്നും ചെയ്യാനില്ല.
notice-link-expired = ഈ ലിങ്കിന്റെ കാലാവധി കഴിഞ്ഞു
notice-link-expired-text = സ്ഥിരീകരണ ലിങ്കുകൾ പരിമിത സമയത്തേക്കേ പ്രവർത്തിക്കൂ, ഇത് വളരെ പഴയതാണ്. വീണ്ടും വരിക്കാരാകൂ, ഞങ്ങൾ പുതിയൊന്ന് അയയ്ക്കാം.
subscribe-again = വീണ്ടും വരിക്കാരാകുക
notice-link-unknown = ഈ ലിങ്ക് പ്രവർത്തിക്കുന്നില്ല
notice-link-unknown-text = അത് അപൂർണ്ണമായിരിക്കാം (മുഴുവനായി പകർത്തിയോ എന്ന് പരിശോധിക്കുക), അല്ലെങ്കിൽ പുതിയൊരു സ്ഥിരീകരണ ഇമെയിൽ അതിനു പകരം വന്നിരിക്കാം. വീണ്ടും വരിക്കാരായാൽ പുതിയ ലിങ്ക് അയയ്ക്കും.

## Newsletter forms: why a form was refused

form-email-missing = നിങ്ങളുടെ ഇമെയിൽ വിലാസം നൽകുക.
form-invalid-email = ഇതൊരു ഇമെയിൽ വിലാസമല്ല: ദയവായി പരിശോധിക്കുക.
form-unknown-newsletter = വീണ്ടും തിരഞ്ഞെടുക്കുക: ആ പേരിൽ ഒരു വാർത്താക്കുറിപ്പും ഇല്ല.
form-invalid = നിങ്ങളുടെ തിരഞ്ഞെടുപ്പുകൾ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.
form-rate-limited = ഒരേസമയം വളരെയധികം അഭ്യർത്ഥനകൾ. നിങ്ങൾ ഇപ്പോൾ വരിക്കാരായെങ്കിൽ ഇൻബോക്സും (സ്പാം ഫോൾഡറും) പരിശോധിക്കുക; അല്ലെങ്കിൽ ഒരു മണിക്കൂർ കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.
