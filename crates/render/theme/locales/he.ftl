number-decimal-separator = .
number-group-separator = ,
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = בינואר
month-2 = בפברואר
month-3 = במרץ
month-4 = באפריל
month-5 = במאי
month-6 = ביוני
month-7 = ביולי
month-8 = באוגוסט
month-9 = בספטמבר
month-10 = באוקטובר
month-11 = בנובמבר
month-12 = בדצמבר
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " ו" }
list-or = { " או " }
skip-to-content = דילוג לתוכן הראשי
search = חיפוש
search-articles = חיפוש בכתבות
nav-sections = מדורים
nav-regions = אזורים
nav-themes = נושאים
nav-reports = תחקירים
email-address = כתובת הדוא״ל שלך
subscribe = הרשמה
all-newsletters = כל הניוזלטרים
feed-rss = פיד RSS
feed-atom = פיד Atom
feed-json = JSON Feed
media-inquiries = לפניות תקשורת: { $email }
site-elsewhere = { $site } במקומות אחרים
preview-title = תצוגה מקדימה — לא פורסם.
preview-text = הקוראים אינם רואים את הדף הזה; הוא מציג את הגרסה שנמצאת בעריכה.
languages = שפות
language-offer = לקריאת הדף הזה בעברית
language-offer-dismiss = לא, תודה
translation-reviewed = תורגם ונבדק בידי המערכת.
translation-machine = תרגום מכונה ({ $engine }), לא נבדק בידי המערכת.
translation-machine-model = תרגום מכונה ({ $engine }, { $model }), לא נבדק בידי המערכת.
translation-outdated = המקור השתנה מאז שנעשה התרגום הזה; תרגום מעודכן בדרך.
translation-outdated-locked = המקור השתנה מאז שנעשה התרגום הזה.
translation-partial = חלק מהקטעים לא ניתן היה לתרגם, והם מוצגים בשפת המקור ({ $language }).
translation-read-original = לקריאת המקור ({ $language })
byline = מאת { $authors }
published = פורסם ב־{ $date }
first-published = פורסם לראשונה ב־{ $source }
source-and-date = { $source }, { $date }
filed-region = אזור:
filed-theme = נושא:
filed-report = תחקיר:
original-source = המקור של כתבה זו הוא { $source }.
more-from = עוד מ־{ $source }
source-website = האתר של { $source }
articles-by = כתבות מאת
organisation = ארגון
share-article = שיתוף הכתבה
share-email = דוא״ל
republish-published-by = המאמר פורסם על ידי { $site }.
republish-original-source = המקור המקורי של המאמר הוא { $source }.
article-link = קישור לכתבה זו
copy-link = העתקת הקישור
copied = הועתק
republish = פרסום חוזר של הכתבה
republish-terms = מותר לך לפרסם מחדש את הכתבה הזו באתר שלך, במלואה וללא שינוי, עם הקרדיט והקישור שלמטה. יש להעתיק את קוד ה־HTML:
republish-html = קוד ה־HTML של הכתבה
copy-html = העתקת HTML
disclaimer = הבהרה
from-site = מאת { $site }
newsletter = ניוזלטר
membership = חברות
other-languages = שפות נוספות
related-articles = כתבות קשורות
card-via = דרך { $source }
pages = עמודים
newer-articles = כתבות חדשות יותר
older-articles = כתבות ישנות יותר
page-of = עמוד { $page } מתוך { $total }
featured = נבחרות
latest = האחרונות
nothing-published = עדיין לא פורסם דבר.
kind-region = אזור
kind-theme = נושא
kind-report = תחקיר
kind-author = כותב
kind-source = מקור
breadcrumb = פירורי לחם
visit-website = מעבר לאתר
website = אתר
within = בתוך { $place }
articles = כתבות
no-articles-here = אין כאן כתבות עדיין.
error-status = שגיאה { $status }
error-not-found = הדף לא נמצא
error-gone = הכתבה הוסרה
error-other = משהו השתבש
error-unavailable = לא זמין באופן זמני
error-not-found-text = אין דף בכתובת הזאת. אולי הוא הועבר, או שנפלה טעות בקישור.
error-gone-text = הוא פורסם כאן בעבר והוסר מאז.
error-other-text = נא לנסות שוב בעוד רגע.
front-page = לעמוד הראשי של { $site }
search-results-for = תוצאות חיפוש עבור „{ $query }”
filtered-by = סינון לפי:
remove-filter = הסרת המסנן { $filter }
article-count = { $count ->
        [one] כתבה אחת
        [two] שתי כתבות
        [many] { $count } כתבות
       *[other] { $count } כתבות
    }
results = תוצאות
no-match = אין כתבות תואמות. כדאי לנסות פחות מילים או מילים אחרות, או להסיר מסנן.
result-pages = עמודי תוצאות
previous = הקודם
next = הבא
narrow-results = צמצום התוצאות
facet-language = שפה
facet-year = שנה
mastodon-share = שיתוף במסטודון
mastodon-server = שרת המסטודון שלך
mastodon-hint = רק שם השרת, למשל { $example }. הדפדפן שלך יזכור אותו לפעם הבאה; אנחנו לא שומרים אותו.
mastodon-continue = המשך למסטודון
mastodon-post = הפוסט
newsletters = ניוזלטרים
past-editions = גיליונות קודמים
no-editions = עדיין לא נשלח אף גיליון.
newer = חדשים יותר
older = ישנים יותר
edition-number = גיליון { $number }
edition-from = מתוך { $source }
edition-get = לקבלת { $newsletter } בדוא״ל
your-newsletters = הניוזלטרים שלך
preferences-for = עבור { $email }.
choices-saved = הבחירות שלך נשמרו.
send-me = שלחו לי
language-edition = מהדורת שפה
save-choices = שמירת הבחירות שלי
unsubscribe-everything = ביטול כל המינויים
unsubscribed = ההרשמה שלך בוטלה
no-longer-receive = לא יישלחו אליך עוד { $newsletters }.
no-longer-receive-any = לא יישלחו אליך עוד הניוזלטרים שלנו.
changed-your-mind = התחרטת? אפשר לבחור שוב את הניוזלטרים
unsubscribe = ביטול הרשמה
stop-receiving = להפסיק לקבל את { $newsletter }?
stop-receiving-all = להפסיק לקבל את כל הניוזלטרים שלנו?
choose-newsletters = או לבחור אילו ניוזלטרים יישלחו אליך
which-newsletters = אילו ניוזלטרים
subscribe-hint = נשלח אליך קישור לאישור. בלי פיקסלי מעקב ובלי קישורים משוכתבים; בכל הודעה יש קישור לביטול ההרשמה בלחיצה אחת.
no-newsletters = עדיין אין ניוזלטר להרשמה.
edition-language-notice = מהדורת שפה: { $language } — כל כתבה מוצגת בתרגום כשיש כזה, ואחרת בשפת המקור שלה.
mail-read-article = לקריאת הכתבה
mail-read-on-web = לקריאת הגיליון הזה באתר
mail-why-you-receive = קיבלת את { $newsletter } כי נרשמת ב־{ $site }.
confirm-subject = אישור ההרשמה ל־{ $site }
confirm-greeting = שלום,
confirm-asked = מישהו, כנראה מדובר בך, ביקש לקבל את { $newsletters } מ־{ $site } לכתובת הזו.
confirm-open-link =
    { $hours ->
        [one] לאישור יש לפתוח את הקישור הזה (הוא תקף למשך שעה אחת):
        [two] לאישור יש לפתוח את הקישור הזה (הוא תקף למשך שעתיים):
       *[other] לאישור יש לפתוח את הקישור הזה (הוא תקף למשך { $hours } שעות):
    }
confirm-button = אישור ההרשמה שלי
confirm-link-works =
    { $hours ->
        [one] הקישור תקף למשך שעה אחת.
        [two] הקישור תקף למשך שעתיים.
       *[other] הקישור תקף למשך { $hours } שעות.
    }
confirm-copy-address = אם הכפתור לא עובד, יש להעתיק את הכתובת הזו לדפדפן:
confirm-not-you = אם לא ביקשת זאת, אפשר להתעלם מהודעה זו: לא נשלח אליך דבר נוסף.
schedule-daily = כל יום בשעה { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] כל יום שני בשעה { $time } ({ $zone })
        [tuesday] כל יום שלישי בשעה { $time } ({ $zone })
        [wednesday] כל יום רביעי בשעה { $time } ({ $zone })
        [thursday] כל יום חמישי בשעה { $time } ({ $zone })
        [friday] כל יום שישי בשעה { $time } ({ $zone })
        [saturday] כל שבת בשעה { $time } ({ $zone })
       *[sunday] כל יום ראשון בשעה { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = כדאי לבדוק את תיבת הדואר
notice-check-inbox-text = שלחנו אליך הודעת דוא״ל עם קישור לאישור ההרשמה. ייתכן שתגיע רק בעוד דקה; אם לא הגיעה, כדאי לבדוק בתיקיית הספאם.
notice-subscribed = ההרשמה הושלמה
notice-subscribed-text = תודה. החל מהגיליון הבא יישלחו אליך { $newsletters }. בכל הודעה יש קישור לשינוי הבחירות או לביטול ההרשמה.
our-newsletter = הניוזלטר שלנו
notice-already-subscribed = כבר נרשמת
notice-already-subscribed-text = כבר נעשה שימוש בקישור הזה, וההרשמה שלך מאושרת. אין צורך לעשות דבר נוסף.
notice-link-expired = תוקף הקישור פג
notice-link-expired-text = קישורי אישור פועלים לזמן מוגבל, והקישור הזה ישן מדי. אפשר להירשם שוב ונשלח קישור חדש.
subscribe-again = הרשמה מחדש
notice-link-unknown = הקישור הזה לא עובד
notice-link-unknown-text = ייתכן שהוא חלקי (כדאי לוודא שהועתק במלואו), או שהודעת אישור חדשה יותר החליפה אותו. הרשמה מחדש שולחת קישור חדש.

## Newsletter forms: why a form was refused

form-email-missing = נא להזין את כתובת הדוא״ל שלך.
form-invalid-email = זו אינה כתובת דוא״ל: נא לבדוק אותה.
form-unknown-newsletter = נא לבחור שוב: אין ניוזלטר בשם הזה.
form-invalid = נא לבדוק את הבחירות ולנסות שוב.
form-rate-limited = יותר מדי בקשות בבת אחת. אם נרשמת זה עתה, כדאי לבדוק את תיבת הדואר (ואת תיקיית הספאם); אחרת אפשר לנסות שוב בעוד שעה.
