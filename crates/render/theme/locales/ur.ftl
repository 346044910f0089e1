number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-long = { $day } { $month }، { $year }
list-separator = { "، " }
list-and = { " اور " }
list-or = { " یا " }
skip-to-content = مرکزی مواد پر جائیں
search = تلاش
search-articles = مضامین میں تلاش کریں
nav-sections = شعبے
nav-regions = خطے
nav-themes = موضوعات
nav-reports = خصوصی رپورٹیں
email-address = آپ کا ای میل پتہ
subscribe = سبسکرائب کریں
all-newsletters = تمام نیوز لیٹر
feed-rss = آر ایس ایس فیڈ
feed-atom = ایٹم فیڈ
feed-json = JSON فیڈ
media-inquiries = میڈیا کے لیے: { $email }
site-elsewhere = { $site } دیگر جگہوں پر
preview-title = پیش منظر — شائع نہیں ہوا۔
preview-text = قارئین یہ صفحہ نہیں دیکھ سکتے؛ یہ زیرِ ترمیم نسخہ دکھاتا ہے۔
languages = زبانیں
language-offer = یہ صفحہ اردو میں پڑھیں
language-offer-dismiss = نہیں، شکریہ
translation-reviewed = ادارتی عملے نے ترجمہ کیا اور جانچا۔
translation-machine = مشینی ترجمہ ({ $engine })، ادارتی عملے نے نہیں جانچا۔
translation-machine-model = مشینی ترجمہ ({ $engine }، { $model })، ادارتی عملے نے نہیں جانچا۔
translation-outdated = یہ ترجمہ ہونے کے بعد اصل متن بدل گیا ہے؛ تازہ ترجمہ تیار ہو رہا ہے۔
translation-outdated-locked = یہ ترجمہ ہونے کے بعد اصل متن بدل گیا ہے۔
translation-partial = کچھ حصوں کا ترجمہ نہیں ہو سکا، اس لیے وہ اصل زبان ({ $language }) میں دکھائے گئے ہیں۔
translation-read-original = اصل متن پڑھیں ({ $language })
byline = از { $authors }
published = شائع شدہ { $date }
first-published = پہلی بار شائع کیا: { $source }
source-and-date = { $source }، { $date }
filed-region = خطہ:
filed-theme = موضوع:
filed-report = خصوصی رپورٹ:
original-source = اس مضمون کا اصل ماخذ { $source } ہے۔
more-from = { $source } سے مزید
source-website = { $source } کی ویب سائٹ
articles-by = مصنف کے مضامین
organisation = ادارہ
share-article = یہ مضمون شیئر کریں
share-email = ای میل
republish-published-by = یہ مضمون { $site } نے شائع کیا۔
republish-original-source = اس مضمون کا اصل ماخذ { $source } ہے۔
article-link = اس مضمون کا لنک
copy-link = لنک کاپی کریں
copied = کاپی ہو گیا
republish = یہ مضمون دوبارہ شائع کریں
republish-terms = آپ یہ مضمون اپنی ویب سائٹ پر مکمل اور بغیر تبدیلی کے، نیچے دیے گئے حوالے اور لنک کے ساتھ دوبارہ شائع کر سکتے ہیں۔ HTML کاپی کریں:
republish-html = اس مضمون کا HTML
copy-html = HTML کاپی کریں
disclaimer = دستبرداری
from-site = { $site } کی جانب سے
newsletter = نیوز لیٹر
membership = رکنیت
other-languages = دیگر زبانیں
related-articles = متعلقہ مضامین
card-via = بذریعہ { $source }
pages = صفحات
newer-articles = نئے مضامین
older-articles = پرانے مضامین
page-of = صفحہ { $page } از { $total }
featured = نمایاں
latest = تازہ ترین
nothing-published = ابھی کچھ شائع نہیں ہوا۔
kind-region = خطہ
kind-theme = موضوع
kind-report = خصوصی رپورٹ
kind-author = مصنف
kind-source = ماخذ
breadcrumb = راہنما راستہ
visit-website = ویب سائٹ دیکھیں
website = ویب سائٹ
within = { $place } میں
articles = مضامین
no-articles-here = یہاں ابھی کوئی مضمون نہیں۔
error-status = خرابی { $status }
error-not-found = صفحہ نہیں ملا
error-gone = یہ مضمون واپس لے لیا گیا ہے
error-other = کچھ غلط ہو گیا
error-unavailable = عارضی طور پر دستیاب نہیں
error-not-found-text = اس پتے پر کوئی صفحہ نہیں ہے۔ ہو سکتا ہے یہ منتقل ہو گیا ہو، یا لنک غلط لکھا گیا ہو۔
error-gone-text = یہ کبھی یہاں شائع ہوا تھا اور بعد میں ہٹا دیا گیا۔
error-other-text = براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
front-page = { $site } کے سرورق پر جائیں
search-results-for = “{ $query }” کے تلاش کے نتائج
filtered-by = فلٹر:
remove-filter = فلٹر { $filter } ہٹائیں
article-count = { $count ->
        [one] { $count } مضمون
       *[other] { $count } مضامین
    }
results = نتائج
no-match = کوئی مضمون مطابقت نہیں رکھتا۔ کم یا مختلف الفاظ آزمائیں، یا کوئی فلٹر ہٹائیں۔
result-pages = نتائج کے صفحات
previous = پچھلا
next = اگلا
narrow-results = نتائج محدود کریں
facet-language = زبان
facet-year = سال
mastodon-share = ماسٹوڈون پر شیئر کریں
mastodon-server = آپ کا ماسٹوڈون سرور
mastodon-hint = صرف سرور کا نام، جیسے { $example }۔ آپ کا براؤزر اسے اگلی بار کے لیے یاد رکھتا ہے؛ ہم اسے محفوظ نہیں کرتے۔
mastodon-continue = ماسٹوڈون پر جاری رکھیں
mastodon-post = پوسٹ
newsletters = نیوز لیٹر
past-editions = پچھلے شمارے
no-editions = ابھی کوئی شمارہ نہیں بھیجا گیا۔
newer = نئے
older = پرانے
edition-number = شمارہ { $number }
edition-from = { $source } سے
edition-get = { $newsletter } ای میل پر حاصل کریں
your-newsletters = آپ کے نیوز لیٹر
preferences-for = برائے { $email }۔
choices-saved = آپ کے انتخاب محفوظ ہو گئے۔
send-me = مجھے بھیجیں
language-edition = زبان کا ایڈیشن
save-choices = میرے انتخاب محفوظ کریں
unsubscribe-everything = ہر چیز سے ان سبسکرائب کریں
unsubscribed = آپ ان سبسکرائب ہو گئے ہیں
no-longer-receive = اب آپ کو { $newsletters } موصول نہیں ہوں گے۔
no-longer-receive-any = اب آپ کو ہمارے نیوز لیٹر موصول نہیں ہوں گے۔
changed-your-mind = ارادہ بدل گیا؟ اپنے نیوز لیٹر دوبارہ منتخب کریں
unsubscribe = ان سبسکرائب کریں
stop-receiving = { $newsletter } وصول کرنا بند کریں؟
stop-receiving-all = ہمارے تمام نیوز لیٹر وصول کرنا بند کریں؟
choose-newsletters = یا منتخب کریں کہ کون سے نیوز لیٹر وصول کرنے ہیں
which-newsletters = کون سے نیوز لیٹر
subscribe-hint = تصدیق کے لیے ہم آپ کو ایک لنک بھیجیں گے۔ کوئی ٹریکنگ پکسل نہیں، کوئی بدلے ہوئے لنک نہیں؛ ہر ای میل میں ایک کلک سے ان سبسکرائب کرنے کا لنک ہے۔
no-newsletters = ابھی سبسکرائب کرنے کے لیے کوئی نیوز لیٹر نہیں۔
edition-language-notice = زبان کا ایڈیشن: { $language } — جہاں ترجمہ موجود ہے وہاں ہر مضمون ترجمے میں، ورنہ اپنی اصل زبان میں دکھایا جاتا ہے۔
mail-read-article = مضمون پڑھیں
mail-read-on-web = یہ شمارہ ویب پر پڑھیں
mail-why-you-receive = آپ کو { $newsletter } اس لیے ملتا ہے کہ آپ نے { $site } پر سبسکرائب کیا تھا۔
confirm-subject = { $site } کی سبسکرپشن کی تصدیق کریں
confirm-greeting = السلام علیکم،
confirm-asked = کسی نے، غالباً آپ نے، اس پتے پر { $site } سے { $newsletters } حاصل کرنے کی درخواست کی ہے۔
confirm-open-link =
    { $hours ->
        [one] تصدیق کے لیے یہ لنک کھولیں (یہ { $hours } گھنٹے تک کام کرتا ہے):
       *[other] تصدیق کے لیے یہ لنک کھولیں (یہ { $hours } گھنٹوں تک کام کرتا ہے):
    }
confirm-button = میری سبسکرپشن کی تصدیق کریں
confirm-link-works =
    { $hours ->
        [one] یہ لنک { $hours } گھنٹے تک کام کرتا ہے۔
       *[other] یہ لنک { $hours } گھنٹوں تک کام کرتا ہے۔
    }
confirm-copy-address = اگر بٹن کام نہ کرے تو یہ پتہ اپنے براؤزر میں کاپی کریں:
confirm-not-you = اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کر دیں: آپ کو ہم سے دوبارہ کچھ نہیں ملے گا۔
schedule-daily = ہر روز { $time } بجے ({ $zone })
schedule-weekly =
    { $day ->
        [monday] ہر پیر { $time } بجے ({ $zone })
        [tuesday] ہر منگل { $time } بجے ({ $zone })
        [wednesday] ہر بدھ { $time } بجے ({ $zone })
        [thursday] ہر جمعرات { $time } بجے ({ $zone })
        [friday] ہر جمعہ { $time } بجے ({ $zone })
        [saturday] ہر ہفتہ { $time } بجے ({ $zone })
       *[sunday] ہر اتوار { $time } بجے ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = اپنا ان باکس دیکھیں
notice-check-inbox-text = ہم نے آپ کو ایک ای میل بھیجی ہے جس میں آپ کی سبسکرپشن کی تصدیق کا لنک ہے۔ اسے پہنچنے میں ایک منٹ لگ سکتا ہے؛ نہ پہنچے تو اسپام فولڈر دیکھیں۔
notice-subscribed = آپ نے سبسکرائب کر لیا ہے
notice-subscribed-text = شکریہ۔ اگلے شمارے سے آپ کو { $newsletters } ملے گا۔ ہر ای میل میں اپنی پسند بدلنے یا ان سبسکرائب کرنے کا لنک ہوتا ہے۔
our-newsletter = ہمارا نیوز لیٹر
notice-already-subscribed = آپ پہلے ہی سبسکرائب کر چکے ہیں
notice-already-subscribed-text = یہ لنک پہلے استعمال ہو چکا ہے، اور آپ کی سبسکرپشن کی تصدیق ہو چکی ہے۔ مزید کچھ کرنے کی ضرورت نہیں۔
notice-link-expired = اس لنک کی میعاد ختم ہو گئی ہے
notice-link-expired-text = تصدیقی لنک محدود وقت تک ہی کام کرتے ہیں، اور یہ بہت پرانا ہے۔ دوبارہ سبسکرائب کریں، ہم آپ کو نیا لنک بھیج دیں گے۔
subscribe-again = دوبارہ سبسکرائب کریں
notice-link-unknown = یہ لنک کام نہیں کرتا
notice-link-unknown-text = ہو سکتا ہے یہ نامکمل ہو (دیکھیں کہ پورا کاپی ہوا ہے)، یا کسی نئی تصدیقی ای میل نے اس کی جگہ لے لی ہو۔ دوبارہ سبسکرائب کرنے پر نیا لنک بھیجا جاتا ہے۔

## Newsletter forms: why a form was refused

form-email-missing = براہ کرم اپنا ای میل پتا درج کریں۔
form-invalid-email = یہ ای میل پتا نہیں ہے: براہ کرم اسے جانچ لیں۔
form-unknown-newsletter = براہ کرم دوبارہ منتخب کریں: اس نام کا کوئی نیوز لیٹر نہیں ہے۔
form-invalid = براہ کرم اپنے انتخاب جانچیں اور دوبارہ کوشش کریں۔
form-rate-limited = ایک ساتھ بہت زیادہ درخواستیں۔ اگر آپ نے ابھی سبسکرائب کیا ہے تو براہ کرم اپنا ان باکس (اور اسپام فولڈر) دیکھیں؛ ورنہ ایک گھنٹے بعد دوبارہ کوشش کریں۔
