# The editors' admin, in English: every sentence the admin's Rust code says to a person.
#
# Keys are named in crates/web/src/admin/messages.rs (an enum variant each; `EditorSaved` is
# `editor-saved`) and, for refusals beside a field, by gazette_domain::FieldErrorKind after
# `field-`. The web crate's tests word every one of them, so a key missing here, a variable the
# code does not pass, or a key no code names fails them. Headings, labels and hints of the
# pages are still written in the templates (crates/render/admin/*.html).
#
# A translation goes beside this file as {tag}.ftl with the same keys.

## Refusals beside a field. They stand under the field they are about, so they do not name it.

# $max: the limit; $unit: "characters" or "bytes".
field-too-long = { $unit ->
    [bytes] Keep this to { $max } bytes or fewer.
   *[characters] Keep this to { $max } characters or fewer.
}
field-required = Fill this in.
field-not-url = Give a full web address, starting with https://.
field-not-image-address = Choose an image from the media library, or give a full web address starting with https://.
field-not-date = Give a date, such as 2026-11-18.
field-not-date-time = That is not a date and time; pick one, such as 1 December 2026 at 14:30.
field-no-date-time = Choose a date and a time.
field-not-in-future = That time has passed; choose a later one.
field-not-time-zone = That is not a time zone; choose one such as Europe/Lisbon or America/Bogota.
field-not-email = That is not an email address; check it for a typo.
field-not-language = Choose a language from the list.
# $character: the character a slug cannot hold.
field-slug-character = A slug holds only lowercase letters, digits and hyphens, not “{ $character }”.
field-slug-hyphens = A slug cannot start or end with a hyphen, or have two in a row.
field-slug-reserved = The site uses this address for its own pages; choose another.
field-slug-not-made = No address can be made from the name; type a slug.
field-image-without-alt = Describe the image for readers who cannot see it.
field-body-to-publish = Write the body before publishing; a draft can be saved without one.
# $item: what is in the list twice (a slug).
field-listed-twice = { $item } is listed twice.
# $min: the fewest characters a password has.
field-password-too-short = Use at least { $min } characters.
field-wrong-password = That is not your current password.
field-choose = Choose one.

## The error page: a heading for the kind of failure, and what to do next.

heading-not-found = Not found
advice-not-found = It may have been deleted, or the address is mistyped.
heading-gone = Gone
advice-gone = It was deleted; its address stays retired.
heading-forbidden = Not allowed
advice-forbidden = Your role does not allow this; ask an administrator.
heading-conflict = Not done
advice-conflict = Nothing was changed. Reload the page to see the latest state.
heading-invalid = That cannot be used
advice-invalid = Nothing was changed. Go back, correct it and try again.
heading-too-many = Too many attempts
advice-too-many = Wait a little, then try again.
heading-unavailable = Not available just now
advice-unavailable = Nothing was lost. Try again in a minute.
heading-failed = Something went wrong
advice-failed = Nothing was lost; the failure is in the server's log. Try again, and tell an administrator if it keeps happening.
heading-expired = This form has expired
advice-expired = Go back, reload the page (what you typed may need typing again) and send it once more.
form-expired = It was opened in an earlier session, or came from another site, so nothing was saved.

## Notices the management pages show after a redirect (`?notice=`).

notice-created = Created.
notice-saved = Saved.
notice-deleted = Deleted.
notice-feed-added = Feed added; Gazette polls it in a moment.
notice-feed-removed = Feed removed. What it brought stays.
notice-polling = The feed will be polled in a moment.
notice-test-sent = A test went to your address. It is no delivery: no subscriber got it.
notice-sending = The edition is going out; the counts below follow it.

## Signing in, and one's own profile.

sign-in-expired = The sign-in form expired; please sign in again.
form-expired-retry = The form expired; please try again.
password-set = Your new password is set; sign in with it.
profile-saved = Profile saved.
password-changed = Password changed. Your other sessions were signed out; this one stays.

## The article editor. $revision: the article's revision number after what was done.

editor-created = Saved as a new draft (revision { $revision }).
editor-saved = Saved as revision { $revision }.
editor-unchanged = Saved; nothing had changed since revision { $revision }, so no new one was made.
editor-published = Published (revision { $revision }); readers can see it now.
# $at: when it goes live, in the site's time zone.
editor-scheduled = Scheduled to go live at { $at } (revision { $revision }).
editor-unpublished = Unpublished; its address now answers 410 Gone.
editor-restored = Restored as revision { $revision }.
editor-kept = Changes saved; readers still see the live version until you press Update.
editor-update-scheduled = Update scheduled; until then readers see the live version.
editor-discarded = Changes discarded; the form shows the live version.
editor-duplicated = This is a copy, saved as a new draft: give it its own title and address before publishing.
editor-review-requested = Saved as revision { $revision } and sent to the editors for review.
editor-review-withdrawn = The review request was withdrawn.
editor-restored-for-review = The revision is loaded below as changes to review; readers see the live version until you press Update.
preview-updated = Preview updated below; nothing was saved.
image-in-form = The image is in the form below; press Save to keep it.
# $from: the revision restored; $revision: the new revision it became.
revision-restored = Revision { $from } restored as revision { $revision }.

## The articles list, after an action. $count: how many articles it changed.

list-deleted = { $count ->
    [one] The article was deleted; its address now answers 410 Gone.
   *[other] { $count } articles deleted; their addresses now answer 410 Gone.
}
list-published = { $count ->
    [one] 1 article published.
   *[other] { $count } articles published.
}
list-unpublished = { $count ->
    [one] 1 article unpublished; its address answers 410 Gone until it is published again.
   *[other] { $count } articles unpublished; their addresses answer 410 Gone until published again.
}
list-filed = { $count ->
    [one] 1 article filed.
   *[other] { $count } articles filed.
}
list-unchanged = Nothing needed changing: the articles were already so.
list-choose-action = Choose what to do with the articles ticked.
list-choose-region = Choose the region to file the articles under.
list-choose-theme = Choose the theme to file the articles under.

## The media library.

image-deleted = Image deleted, with all its sizes.
image-described = Description saved. Articles that already use the image keep the text they were given.
# $max_mib: the largest upload, in MiB.
upload-too-large = The file is larger than { $max_mib } MiB; choose a smaller one.
upload-cut-short = The upload was cut short or malformed; try again.
upload-form-expired = This form expired or came from another site; reload the page and try again.

## Subscribers.

import-unreadable = The form was cut short or the file is too large; try again.

## Translations.

# $language: the language's name in English.
translation-requested = A translation into { $language } is on its way; this page shows it once made.
translation-reviewed = Marked as reviewed by the newsroom.
translation-machine = Marked as a machine translation again.
translation-locked = Locked: the machine will not refresh this translation.
translation-unlocked = Unlocked: the next edit of the article refreshes it.
translation-refresh = A fresh machine translation is on its way.
translation-saved = Saved, and locked against machine refresh.

## The site's own words (names, tagline, blurbs) in other languages.

# $language: the language's name in English.
site-texts-requested = The site's texts missing or outdated in { $language } are being translated; this page shows them once made.
site-text-saved = Saved as the newsroom's text: the machine will not replace it while it is locked.
site-text-reviewed = Marked as reviewed by the newsroom.
site-text-machine = Marked as a machine translation again.
site-text-locked = Locked: the machine will not refresh this text.
site-text-unlocked = Unlocked: the next change of the original refreshes it.

## The next edition of a newsletter. $why: why, as a sentence (a refusal, or the mail
## server's own answer).

test-not-sent = The test was not sent. { $why }
nothing-sent = Nothing was sent. { $why }

## API tokens.

token-choose-expiry = Choose when the token expires.
