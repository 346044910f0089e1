number-decimal-separator = ,
number-group-separator = .
number-grouping = 3
number-min-grouping = 1
number-digits = 0123456789
month-1 = Ιανουαρίου
month-2 = Φεβρουαρίου
month-3 = Μαρτίου
month-4 = Απριλίου
month-5 = Μαΐου
month-6 = Ιουνίου
month-7 = Ιουλίου
month-8 = Αυγούστου
month-9 = Σεπτεμβρίου
month-10 = Οκτωβρίου
month-11 = Νοεμβρίου
month-12 = Δεκεμβρίου
date-long = { $day } { $month } { $year }
list-separator = { ", " }
list-and = { " και " }
list-or = { " ή " }
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
search = Αναζήτηση
search-articles = Αναζήτηση άρθρων
nav-sections = Ενότητες
nav-regions = Περιοχές
nav-themes = Θέματα
nav-reports = Αφιερώματα
email-address = Η διεύθυνση email σας
subscribe = Εγγραφή
all-newsletters = Όλα τα ενημερωτικά δελτία
feed-rss = Ροή RSS
feed-atom = Ροή Atom
feed-json = JSON Feed
media-inquiries = Για τα μέσα ενημέρωσης: { $email }
site-elsewhere = Το { $site } αλλού
preview-title = Προεπισκόπηση — δεν έχει δημοσιευτεί.
preview-text = Οι αναγνώστες δεν βλέπουν αυτή τη σελίδα· δείχνει την αναθεώρηση που επεξεργάζεστε.
languages = Γλώσσες
language-offer = Διαβάστε αυτή τη σελίδα στα ελληνικά
language-offer-dismiss = Όχι, ευχαριστώ
translation-reviewed = Μετάφραση ελεγμένη από τη σύνταξη.
translation-machine = Αυτόματη μετάφραση ({ $engine }), χωρίς έλεγχο από τη σύνταξη.
translation-machine-model = Αυτόματη μετάφραση ({ $engine }, { $model }), χωρίς έλεγχο από τη σύνταξη.
translation-outdated = Το πρωτότυπο άλλαξε μετά από αυτή τη μετάφραση· μια ενημερωμένη μετάφραση είναι καθ’ οδόν.
translation-outdated-locked = Το πρωτότυπο άλλαξε μετά από αυτή τη μετάφραση.
translation-partial = Ορισμένα αποσπάσματα δεν ήταν δυνατό να μεταφραστούν και εμφανίζονται στην πρωτότυπη γλώσσα ({ $language }).
translation-read-original = Διαβάστε το πρωτότυπο ({ $language })
byline = Από { $authors }
published = Δημοσιεύτηκε στις { $date }
first-published = Πρωτοδημοσιεύτηκε από { $source }
source-and-date = { $source }, { $date }
filed-region = Περιοχή:
filed-theme = Θέμα:
filed-report = Αφιέρωμα:
original-source = Η αρχική πηγή αυτού του άρθρου είναι { $source }.
more-from = Περισσότερα από { $source }
source-website = Ιστότοπος { $source }
articles-by = Άρθρα από
organisation = Οργανισμός
share-article = Κοινοποιήστε αυτό το άρθρο
share-email = Ηλ. ταχυδρομείο
republish-published-by = Αυτό το άρθρο δημοσιεύτηκε από { $site }.
republish-original-source = Η αρχική πηγή αυτού του άρθρου είναι { $source }.
article-link = Σύνδεσμος προς αυτό το άρθρο
copy-link = Αντιγραφή συνδέσμου
copied = Αντιγράφηκε
republish = Αναδημοσιεύστε αυτό το άρθρο
republish-terms = Μπορείτε να αναδημοσιεύσετε αυτό το άρθρο στον δικό σας ιστότοπο, ολόκληρο και χωρίς αλλαγές, με την αναφορά και τον σύνδεσμο παρακάτω. Αντιγράψτε τον κώδικα HTML:
republish-html = HTML αυτού του άρθρου
copy-html = Αντιγραφή HTML
disclaimer = Αποποίηση ευθύνης
from-site = Από το { $site }
newsletter = Ενημερωτικό δελτίο
membership = Συνδρομή μέλους
other-languages = Άλλες γλώσσες
related-articles = Σχετικά άρθρα
card-via = μέσω { $source }
pages = Σελίδες
newer-articles = Νεότερα άρθρα
older-articles = Παλαιότερα άρθρα
page-of = Σελίδα { $page } από { $total }
featured = Επιλεγμένα
latest = Τελευταία
nothing-published = Δεν έχει δημοσιευτεί τίποτα ακόμη.
kind-region = Περιοχή
kind-theme = Θέμα
kind-report = Αφιέρωμα
kind-author = Συντάκτης
kind-source = Πηγή
breadcrumb = Διαδρομή πλοήγησης
visit-website = Επισκεφθείτε τον ιστότοπο
website = Ιστότοπος
within = Στην περιοχή { $place }
articles = Άρθρα
no-articles-here = Δεν υπάρχουν ακόμη άρθρα εδώ.
error-status = Σφάλμα { $status }
error-not-found = Η σελίδα δεν βρέθηκε
error-gone = Αυτό το άρθρο έχει αποσυρθεί
error-other = Κάτι πήγε στραβά
error-unavailable = Προσωρινά μη διαθέσιμο
error-not-found-text = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Ίσως μετακινήθηκε ή ο σύνδεσμος γράφτηκε λάθος.
error-gone-text = Δημοσιεύτηκε εδώ κάποτε και έχει αφαιρεθεί από τότε.
error-other-text = Δοκιμάστε ξανά σε λίγο.
front-page = Μετάβαση στην πρώτη σελίδα του { $site }
search-results-for = Αποτελέσματα αναζήτησης για «{ $query }»
filtered-by = Φίλτρα:
remove-filter = Αφαίρεση φίλτρου { $filter }
article-count = { $count ->
        [one] { $count } άρθρο
       *[other] { $count } άρθρα
    }
results = Αποτελέσματα
no-match = Κανένα άρθρο δεν ταιριάζει. Δοκιμάστε λιγότερες ή διαφορετικές λέξεις ή αφαιρέστε ένα φίλτρο.
result-pages = Σελίδες αποτελεσμάτων
previous = Προηγούμενη
next = Επόμενη
narrow-results = Περιορισμός αποτελεσμάτων
facet-language = Γλώσσα
facet-year = Έτος
mastodon-share = Κοινοποίηση στο Mastodon
mastodon-server = Ο διακομιστής σας στο Mastodon
mastodon-hint = Μόνο το όνομα του διακομιστή, π.χ. { $example }. Το πρόγραμμα περιήγησής σας το θυμάται για την επόμενη φορά· εμείς δεν το αποθηκεύουμε.
mastodon-continue = Συνέχεια στο Mastodon
mastodon-post = Η ανάρτηση
newsletters = Ενημερωτικά δελτία
past-editions = Προηγούμενα τεύχη
no-editions = Δεν έχει σταλεί ακόμη κανένα τεύχος.
newer = Νεότερα
older = Παλαιότερα
edition-number = Αρ. { $number }
edition-from = Από { $source }
edition-get = Λάβετε το { $newsletter } με email
your-newsletters = Τα ενημερωτικά σας δελτία
preferences-for = Για { $email }.
choices-saved = Οι επιλογές σας αποθηκεύτηκαν.
send-me = Στείλτε μου
language-edition = Γλωσσική έκδοση
save-choices = Αποθήκευση των επιλογών μου
unsubscribe-everything = Διαγραφή από όλα
unsubscribed = Η εγγραφή σας ακυρώθηκε
no-longer-receive = Δεν θα λαμβάνετε πλέον { $newsletters }.
no-longer-receive-any = Δεν θα λαμβάνετε πλέον τα ενημερωτικά μας δελτία.
changed-your-mind = Αλλάξατε γνώμη; Επιλέξτε ξανά τα ενημερωτικά σας δελτία
unsubscribe = Διαγραφή
stop-receiving = Να σταματήσετε να λαμβάνετε { $newsletter };
stop-receiving-all = Να σταματήσετε να λαμβάνετε όλα τα ενημερωτικά μας δελτία;
choose-newsletters = Ή επιλέξτε ποια ενημερωτικά δελτία λαμβάνετε
which-newsletters = Ποια ενημερωτικά δελτία
subscribe-hint = Θα σας στείλουμε με email έναν σύνδεσμο επιβεβαίωσης. Χωρίς pixel παρακολούθησης, χωρίς τροποποιημένους συνδέσμους· κάθε email έχει σύνδεσμο διαγραφής με ένα κλικ.
no-newsletters = Δεν υπάρχει ακόμη ενημερωτικό δελτίο για εγγραφή.
edition-language-notice = Γλωσσική έκδοση: { $language } — κάθε άρθρο εμφανίζεται σε μετάφραση όπου υπάρχει, αλλιώς στην αρχική του γλώσσα.
mail-read-article = Διαβάστε το άρθρο
mail-read-on-web = Διαβάστε αυτό το τεύχος στον ιστό
mail-why-you-receive = Λαμβάνετε το { $newsletter } επειδή εγγραφήκατε στο { $site }.
confirm-subject = Επιβεβαιώστε την εγγραφή σας στο { $site }
confirm-greeting = Γεια σας,
confirm-asked = Κάποιος, πιθανότατα εσείς, ζήτησε να λαμβάνει { $newsletters } από το { $site } σε αυτή τη διεύθυνση.
confirm-open-link =
    { $hours ->
        [one] Για επιβεβαίωση, ανοίξτε αυτόν τον σύνδεσμο (ισχύει για { $hours } ώρα):
       *[other] Για επιβεβαίωση, ανοίξτε αυτόν τον σύνδεσμο (ισχύει για { $hours } ώρες):
    }
confirm-button = Επιβεβαίωση εγγραφής
confirm-link-works =
    { $hours ->
        [one] Ο σύνδεσμος ισχύει για { $hours } ώρα.
       *[other] Ο σύνδεσμος ισχύει για { $hours } ώρες.
    }
confirm-copy-address = Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτή τη διεύθυνση στο πρόγραμμα περιήγησής σας:
confirm-not-you = Αν δεν ήσασταν εσείς, αγνοήστε αυτό το email: δεν θα ξανακούσετε από εμάς.
schedule-daily = Κάθε μέρα στις { $time } ({ $zone })
schedule-weekly =
    { $day ->
        [monday] Κάθε Δευτέρα στις { $time } ({ $zone })
        [tuesday] Κάθε Τρίτη στις { $time } ({ $zone })
        [wednesday] Κάθε Τετάρτη στις { $time } ({ $zone })
        [thursday] Κάθε Πέμπτη στις { $time } ({ $zone })
        [friday] Κάθε Παρασκευή στις { $time } ({ $zone })
        [saturday] Κάθε Σάββατο στις { $time } ({ $zone })
       *[sunday] Κάθε Κυριακή στις { $time } ({ $zone })
    }

## Newsletter notices: where a subscription stands

notice-check-inbox = Ελέγξτε τα εισερχόμενά σας
notice-check-inbox-text = Σας στείλαμε ένα email με σύνδεσμο για να επιβεβαιώσετε την εγγραφή σας. Μπορεί να αργήσει ένα λεπτό· αν δεν έρθει, κοιτάξτε στον φάκελο ανεπιθύμητης αλληλογραφίας.
notice-subscribed = Η εγγραφή σας ολοκληρώθηκε
notice-subscribed-text = Ευχαριστούμε. Θα λαμβάνετε { $newsletters } από το επόμενο τεύχος. Κάθε email έχει σύνδεσμο για να αλλάξετε τις επιλογές σας ή να διαγραφείτε.
our-newsletter = το ενημερωτικό μας δελτίο
notice-already-subscribed = Είστε ήδη εγγεγραμμένοι
notice-already-subscribed-text = Αυτός ο σύνδεσμος έχει ήδη χρησιμοποιηθεί και η εγγραφή σας είναι επιβεβαιωμένη. Δεν χρειάζεται να κάνετε τίποτε άλλο.
notice-link-expired = Αυτός ο σύνδεσμος έχει λήξει
notice-link-expired-text = Οι σύνδεσμοι επιβεβαίωσης ισχύουν για περιορισμένο χρόνο, και αυτός είναι πολύ παλιός. Εγγραφείτε ξανά και θα σας στείλουμε έναν καινούριο.
subscribe-again = Εγγραφή ξανά
notice-link-unknown = Αυτός ο σύνδεσμος δεν λειτουργεί
notice-link-unknown-text = Ίσως είναι ελλιπής (ελέγξτε ότι αντιγράφηκε ολόκληρος) ή τον αντικατέστησε ένα νεότερο email επιβεβαίωσης. Με νέα εγγραφή στέλνεται νέος σύνδεσμος.

## Newsletter forms: why a form was refused

form-email-missing = Εισαγάγετε τη διεύθυνση email σας.
form-invalid-email = Αυτή δεν είναι διεύθυνση email: ελέγξτε την.
form-unknown-newsletter = Επιλέξτε ξανά: δεν υπάρχει ενημερωτικό δελτίο με αυτό το όνομα.
form-invalid = Ελέγξτε τις επιλογές σας και δοκιμάστε ξανά.
form-rate-limited = Πάρα πολλά αιτήματα ταυτόχρονα. Αν μόλις εγγραφήκατε, ελέγξτε τα εισερχόμενά σας (και τον φάκελο ανεπιθύμητης αλληλογραφίας)· αλλιώς δοκιμάστε ξανά σε μία ώρα.
