//! Readable differences between two states of an article, field by field, with the body as a
//! line diff: what the revision list and the stale-edit page show.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use super::Draft;

/// One field that differs; `lines` is set for the body instead of `before`/`after`.
#[derive(Debug, Serialize)]
pub(super) struct FieldChange {
    pub label: &'static str,
    pub before: String,
    pub after: String,
    pub lines: Vec<DiffLine>,
}

#[derive(Debug, Serialize)]
pub(super) struct DiffLine {
    /// `add`, `del`, `same`, or `gap` between hunks.
    pub kind: &'static str,
    pub text: String,
}

/// Lines of unchanged context kept around each change in the body.
const CONTEXT: usize = 2;

/// The fields that differ between `before` and `after`, in the editor's order.
pub(super) fn changes(before: &Draft, after: &Draft) -> Vec<FieldChange> {
    let list = |v: &[String]| v.join(", ");
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let scalar = [
        ("Title", before.title.clone(), after.title.clone()),
        ("Slug", before.slug.clone(), after.slug.clone()),
        (
            "Standfirst",
            before.standfirst.clone(),
            after.standfirst.clone(),
        ),
        (
            "Body format",
            before.body_format.clone(),
            after.body_format.clone(),
        ),
        ("Language", before.language.clone(), after.language.clone()),
        ("Featured", yes_no(before.featured), yes_no(after.featured)),
        ("Authors", list(&before.authors), list(&after.authors)),
        ("Regions", list(&before.regions), list(&after.regions)),
        ("Themes", list(&before.themes), list(&after.themes)),
        ("Reports", list(&before.reports), list(&after.reports)),
        (
            "Image address",
            before.image_src.clone(),
            after.image_src.clone(),
        ),
        (
            "Image description",
            before.image_alt.clone(),
            after.image_alt.clone(),
        ),
        (
            "Image caption",
            before.image_caption.clone(),
            after.image_caption.clone(),
        ),
        (
            "Image credit",
            before.image_credit.clone(),
            after.image_credit.clone(),
        ),
        (
            "Source",
            before.original_source.clone(),
            after.original_source.clone(),
        ),
        (
            "Original address",
            before.original_url.clone(),
            after.original_url.clone(),
        ),
        (
            "Original date",
            before.original_date.clone(),
            after.original_date.clone(),
        ),
    ];
    let mut out: Vec<FieldChange> = scalar
        .into_iter()
        .filter(|(_, b, a)| b != a)
        .map(|(label, before, after)| FieldChange {
            label,
            before,
            after,
            lines: Vec::new(),
        })
        .collect();
    if before.body != after.body {
        // The body goes after the standfirst, where the editor has it.
        let at = out
            .iter()
            .position(|c| !matches!(c.label, "Title" | "Slug" | "Standfirst"))
            .unwrap_or(out.len());
        out.insert(
            at,
            FieldChange {
                label: "Body",
                before: String::new(),
                after: String::new(),
                lines: body_lines(&before.body, &after.body),
            },
        );
    }
    out
}

/// The body's changed lines with a little context, hunks separated by a `gap`.
fn body_lines(before: &str, after: &str) -> Vec<DiffLine> {
    let diff = TextDiff::from_lines(before, after);
    let mut out = Vec::new();
    for (i, group) in diff.grouped_ops(CONTEXT).iter().enumerate() {
        if i > 0 {
            out.push(DiffLine {
                kind: "gap",
                text: String::new(),
            });
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let kind = match change.tag() {
                    ChangeTag::Delete => "del",
                    ChangeTag::Insert => "add",
                    ChangeTag::Equal => "same",
                };
                out.push(DiffLine {
                    kind,
                    text: change.value().trim_end_matches(['\n', '\r']).to_owned(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_change_is_a_line_diff_with_context() {
        let lines = body_lines("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n");
        let kinds: Vec<_> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, ["same", "same", "del", "add", "same", "same"]);
        assert_eq!(lines[3].text, "D");
    }

    #[test]
    fn unchanged_fields_are_left_out() {
        let a = Draft {
            title: "Old".into(),
            ..Draft::default()
        };
        let b = Draft {
            title: "New".into(),
            ..Draft::default()
        };
        let c = changes(&a, &b);
        assert_eq!(c.len(), 1);
        assert_eq!((c[0].before.as_str(), c[0].after.as_str()), ("Old", "New"));
    }
}
