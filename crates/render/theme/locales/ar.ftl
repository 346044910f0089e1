number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $day } { $month } { $year }
list-separator = { "، " }
list-and = { " و" }
list-or = { " أو " }
skip-to-content = انتقل إلى المحتوى الرئيسي
search = بحث
search-articles = ابحث في المقالات
nav-sections = الأقسام
nav-regions = المناطق
nav-themes = المواضيع
nav-reports = ملفات معمّقة
email-address = بريدك الإلكتروني
subscribe = اشترك
all-newsletters = كل النشرات البريدية
feed-rss = خلاصة RSS
feed-atom = خلاصة Atom
feed-json = خلاصة JSON
media-inquiries = للاستفسارات الصحفية: { $email }
site-elsewhere = { $site } على منصات أخرى
preview-title = معاينة — غير منشور.
preview-text = لا يستطيع القراء رؤية هذه الصفحة؛ فهي تعرض النسخة قيد التحرير.
languages = اللغات
language-offer = اقرأ هذه الصفحة بالعربية
language-offer-dismiss = لا، شكرًا
translation-reviewed = ترجمة راجعتها غرفة الأخبار.
translation-machine = ترجمة آلية ({ $engine })، لم تراجعها غرفة الأخبار.
translation-machine-model = ترجمة آلية ({ $engine }، { $model })، لم تراجعها غرفة الأخبار.
translation-outdated = تغيّر النص الأصلي منذ إعداد هذه الترجمة؛ ترجمة محدّثة في الطريق.
translation-outdated-locked = تغيّر النص الأصلي منذ إعداد هذه الترجمة.
translation-partial = تعذّرت ترجمة بعض المقاطع، فهي معروضة بلغتها الأصلية ({ $language }).
translation-read-original = اقرأ النص الأصلي ({ $language })
byline = بقلم { $authors }
published = نُشر في { $date }
first-published = نُشر أولًا في { $source }
source-and-date = { $source }، { $date }
filed-region = المنطقة:
filed-theme = الموضوع:
filed-report = ملف معمّق:
original-source = المصدر الأصلي لهذا المقال هو { $source }.
more-from = المزيد من { $source }
source-website = موقع { $source }
articles-by = مقالات بقلم
organisation = مؤسسة
share-article = شارك هذا المقال
share-email = البريد الإلكتروني
republish-published-by = نُشر هذا المقال في { $site }.
republish-original-source = المصدر الأصلي لهذا المقال هو { $source }.
article-link = رابط هذا المقال
copy-link = انسخ الرابط
copied = نُسخ
republish = أعد نشر هذا المقال
republish-terms = يمكنك إعادة نشر هذا المقال على موقعك كاملًا ودون تعديل، مع الإشارة إلى المصدر والرابط أدناه. انسخ شيفرة HTML:
republish-html = شيفرة HTML لهذا المقال
copy-html = انسخ HTML
disclaimer = إخلاء المسؤولية
from-site = من { $site }
newsletter = النشرة البريدية
membership = العضوية
other-languages = لغات أخرى
related-articles = مقالات ذات صلة
card-via = عبر { $source }
pages = الصفحات
newer-articles = مقالات أحدث
older-articles = مقالات أقدم
page-of = الصفحة { $page } من { $total }
featured = مختارات
latest = الأحدث
nothing-published = لم يُنشر شيء بعد.
kind-region = منطقة
kind-theme = موضوع
kind-report = ملف معمّق
kind-author = كاتب
kind-source = مصدر
breadcrumb = مسار التنقل
visit-website = زيارة الموقع
website = الموقع الإلكتروني
within = داخل { $place }
articles = المقالات
no-articles-here = لا توجد مقالات هنا بعد.
error-status = خطأ { $status }
error-not-found = الصفحة غير موجودة
error-gone = سُحب هذا المقال
error-other = حدث خطأ ما
error-unavailable = غير متاح مؤقتًا
error-not-found-text = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط خطأً.
error-gone-text = نُشرت هنا ذات مرة ثم أُزيلت منذ ذلك الحين.
error-other-text = يُرجى المحاولة مرة أخرى بعد قليل.
front-page = انتقل إلى الصفحة الرئيسية لـ{ $site }
search-results-for = نتائج البحث عن «{ $query }»
filtered-by = التصفية حسب:
remove-filter = أزل عامل التصفية { $filter }
article-count = { $count ->
        [zero] لا توجد مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    }
results = النتائج
no-match = لا توجد مقالات مطابقة. جرّب كلمات أقل أو مختلفة، أو أزل أحد عوامل التصفية.
result-pages = صفحات النتائج
previous = السابق
next = التالي
narrow-results = تضييق النتائج
facet-language = اللغة
facet-year = السنة
mastodon-share = شارك على ماستودون
mastodon-server = خادمك على ماستودون
mastodon-hint = اسم الخادم فقط، مثل { $example }. يتذكره متصفحك في المرة القادمة؛ ونحن لا نحفظه.
mastodon-continue = تابع إلى ماستودون
mastodon-post = المنشور
newsletters = النشرات البريدية
past-editions = الأعداد السابقة
no-editions = لم يصدر أي عدد بعد.
newer = الأحدث
older = الأقدم
edition-number = العدد { $number }
edition-from = من { $source }
edition-get = تلقَّ { $newsletter } عبر البريد الإلكتروني
your-newsletters = نشراتك البريدية
preferences-for = للعنوان { $email }.
choices-saved = حُفظت اختياراتك.
send-me = أرسلوا إليّ
language-edition = نسخة اللغة
save-choices = احفظ اختياراتي
unsubscribe-everything = ألغِ الاشتراك في كل شيء
unsubscribed = أُلغي اشتراكك
no-longer-receive = لن تتلقى بعد الآن { $newsletters }.
no-longer-receive-any = لن تتلقى نشراتنا البريدية بعد الآن.
changed-your-mind = غيّرت رأيك؟ اختر نشراتك البريدية من جديد
unsubscribe = إلغاء الاشتراك
stop-receiving = هل تريد التوقف عن تلقي { $newsletter }؟
stop-receiving-all = هل تريد التوقف عن تلقي كل نشراتنا البريدية؟
choose-newsletters = أو اختر النشرات التي تتلقاها
which-newsletters = أي النشرات
subscribe-hint = سنرسل إليك رابطًا للتأكيد. لا بكسلات تتبع ولا روابط معدّلة؛ وفي كل رسالة رابط لإلغاء الاشتراك بنقرة واحدة.
no-newsletters = لا توجد بعد نشرة بريدية للاشتراك فيها.
edition-language-notice = نسخة اللغة: { $language } — تظهر كل مقالة مترجمةً حيث توجد ترجمة، وإلا فبلغتها الأصلية.
mail-read-article = اقرأ المقال
mail-read-on-web = اقرأ هذا العدد على الويب
mail-why-you-receive = تصلك { $newsletter } لأنك اشتركت في { $site }.
confirm-subject = أكِّد اشتراكك في { $site }
confirm-greeting = مرحبًا،
confirm-asked = طلب أحدهم، وربما أنت، أن تصله { $newsletters } من { $site } على هذا العنوان.
confirm-open-link =
    { $hours ->
        [zero] للتأكيد، افتح هذا الرابط (يعمل لمدة { $hours } ساعة):
        [one] للتأكيد، افتح هذا الرابط (يعمل لمدة ساعة واحدة):
        [two] للتأكيد، افتح هذا الرابط (يعمل لمدة ساعتين):
        [few] للتأكيد، افتح هذا الرابط (يعمل لمدة { $hours } ساعات):
        [many] للتأكيد، افتح هذا الرابط (يعمل لمدة { $hours } ساعة):
       *[other] للتأكيد، افتح هذا الرابط (يعمل لمدة { $hours } ساعة):
    }
confirm-button = تأكيد اشتراكي
confirm-link-works =
    { $hours ->
        [zero] يعمل الرابط لمدة { $hours } ساعة.
        [one] يعمل الرابط لمدة ساعة واحدة.
        [two] يعمل الرابط لمدة ساعتين.
        [few] يعمل الرابط لمدة { $hours } ساعات.
        [many] يعمل الرابط لمدة { $hours } ساعة.
       *[other] يعمل الرابط لمدة { $hours } ساعة.
    }
confirm-copy-address = إن لم يعمل الزر، فانسخ هذا العنوان إلى متصفحك:
confirm-not-you = إن لم تكن أنت من طلب ذلك، فتجاهل هذه الرسالة: لن تصلك منا رسائل أخرى.
schedule-daily = كل يوم في الساعة { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] كل يوم اثنين في الساعة { $time } ({ $zone })
        [tuesday] كل يوم ثلاثاء في الساعة { $time } ({ $zone })
        [wednesday] كل يوم أربعاء في الساعة { $time } ({ $zone })
        [thursday] كل يوم خميس في الساعة { $time } ({ $zone })
        [friday] كل يوم جمعة في الساعة { $time } ({ $zone })
        [saturday] كل يوم سبت في الساعة { $time } ({ $zone })
       *[sunday] كل يوم أحد في الساعة { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = تحقّق من بريدك الوارد
notice-check-inbox-text = أرسلنا إليك رسالة بريد إلكتروني فيها رابط لتأكيد اشتراكك. قد تستغرق دقيقة لتصل؛ وإن لم تصل، فابحث في مجلد الرسائل غير المرغوب فيها.
notice-subscribed = أنت مشترك الآن
notice-subscribed-text = شكرًا لك. ستتلقى { $newsletters } بدءًا من العدد القادم. في كل رسالة رابط لتغيير اختياراتك أو لإلغاء الاشتراك.
our-newsletter = نشرتنا البريدية
notice-already-subscribed = أنت مشترك بالفعل
notice-already-subscribed-text = استُخدم هذا الرابط من قبل، واشتراكك مؤكَّد. لا شيء آخر عليك فعله.
notice-link-expired = انتهت صلاحية هذا الرابط
notice-link-expired-text = تعمل روابط التأكيد لمدة محدودة، وهذا الرابط قديم جدًا. اشترك مرة أخرى وسنرسل إليك رابطًا جديدًا.
subscribe-again = اشترك مرة أخرى
notice-link-unknown = هذا الرابط لا يعمل
notice-link-unknown-text = ربما يكون ناقصًا (تحقّق من أنه نُسخ كاملًا)، أو حلّت محلّه رسالة تأكيد أحدث. الاشتراك مرة أخرى يرسل رابطًا جديدًا.

## Newsletter forms: why a form was refused

form-email-missing = يُرجى إدخال عنوان بريدك الإلكتروني.
form-invalid-email = هذا ليس عنوان بريد إلكتروني: يُرجى التحقق منه.
form-unknown-newsletter = يُرجى الاختيار مرة أخرى: لا توجد نشرة بريدية بهذا الاسم.
form-invalid = يُرجى التحقق من اختياراتك والمحاولة مرة أخرى.
form-rate-limited = طلبات كثيرة جدًا في وقت واحد. إن كنت قد اشتركت للتو، فتحقّق من بريدك الوارد (ومجلد الرسائل غير المرغوب فيها)؛ وإلا فحاول مرة أخرى بعد ساعة.
