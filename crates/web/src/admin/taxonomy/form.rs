//! A taxonomy entry as its form's raw values and back: the blank and the stored values, the
//! fields each kind shows, and the posted form turned into the kind's input and saved.

use gazette_app::{App, AppError, Taxonomies};
use gazette_domain::{
    AuthorInput, AuthorKind, FieldError, FieldErrorKind, RegionId, RegionInput, ReportInput, Slug,
    SourceInput, ThemeInput,
};

use super::kind::Kind;
use crate::admin::fields::{
    Choice, Failure, FieldView, Fields, Values, checkbox, choice, slug_from, values,
};
use crate::admin::{Form, SignedIn};

pub(super) fn blank_values(kind: Kind) -> Values {
    match kind {
        Kind::Authors => values(&[("kind", "person".into())]),
        Kind::Sources => values(&[(
            "copyright_template",
            "Copyright © {source}, {authors}, {year}".into(),
        )]),
        _ => Values::new(),
    }
}

/// The stored entry's values, or none if no entry has that slug.
pub(super) async fn stored_values(
    app: &App,
    tax: &Taxonomies,
    kind: Kind,
    slug: &str,
) -> Result<Option<Values>, AppError> {
    Ok(match kind {
        Kind::Authors => tax.author_by_slug(slug).map(|a| {
            values(&[
                ("name", a.name.clone()),
                ("slug", a.slug.to_string()),
                ("kind", a.kind.as_str().into()),
                ("bio", a.bio.clone()),
                ("url", a.url.clone().unwrap_or_default()),
            ])
        }),
        Kind::Sources => tax.source_by_slug(slug).map(|s| {
            values(&[
                ("name", s.name.clone()),
                ("slug", s.slug.to_string()),
                ("home_url", s.home_url.clone()),
                ("copyright_template", s.copyright_template.clone()),
                ("reprint_terms", s.reprint_terms.clone()),
                ("canonical_to_original", checkbox(s.canonical_to_original)),
                ("allow_republish", checkbox(s.allow_republish)),
                ("trusted", checkbox(s.trusted)),
            ])
        }),
        Kind::Regions => tax.region_by_slug(slug).map(|r| {
            let parent = r
                .parent_id
                .and_then(|p| tax.region(p))
                .map(|p| p.slug.to_string())
                .unwrap_or_default();
            values(&[
                ("name", r.name.clone()),
                ("slug", r.slug.to_string()),
                ("parent", parent),
            ])
        }),
        Kind::Themes => tax.theme_by_slug(slug).map(|t| {
            values(&[
                ("name", t.name.clone()),
                ("slug", t.slug.to_string()),
                ("description", t.description.clone()),
            ])
        }),
        Kind::Reports => match tax.report_by_slug(slug) {
            Some(r) => {
                let articles = app.taxonomy().report_article_slugs(r, false).await?;
                let articles: Vec<&str> = articles.iter().map(Slug::as_str).collect();
                Some(values(&[
                    ("title", r.title.clone()),
                    ("slug", r.slug.to_string()),
                    ("introduction", r.introduction.clone()),
                    ("articles", articles.join("\n")),
                ]))
            }
            None => None,
        },
    })
}

pub(super) fn form_fields(
    kind: Kind,
    values: &Values,
    tax: &Taxonomies,
    editing: Option<&str>,
) -> Vec<FieldView> {
    let f = Fields::new(values);
    let f = match kind {
        Kind::Authors => f
            .add("text", "name", "Name")
            .required()
            .slug()
            .add("select", "kind", "Kind")
            .options(vec![
                choice("person", "Person"),
                choice("organisation", "Organisation"),
            ])
            .add("url", "url", "Web page")
            .add("textarea", "bio", "Biography"),
        Kind::Sources => f
            .add("text", "name", "Name")
            .required()
            .slug()
            .add("url", "home_url", "Home page")
            .required()
            .wide()
            .add("text", "copyright_template", "Copyright line")
            .wide()
            .hint("{source}, {authors} and {year} are filled in for each article.")
            .add("textarea", "reprint_terms", "Reprint terms")
            .hint("What the partner allows, as agreed; for the desk's reference.")
            .add(
                "checkbox",
                "canonical_to_original",
                "Point search engines at the original",
            )
            .add(
                "checkbox",
                "allow_republish",
                "Readers may republish its articles",
            )
            .add(
                "checkbox",
                "trusted",
                "Trusted: publish feed items without review",
            ),
        Kind::Regions => f
            .add("text", "name", "Name")
            .required()
            .slug()
            .add("select", "parent", "Inside")
            .options(parent_choices(tax, editing))
            .wide(),
        Kind::Themes => f.add("text", "name", "Name").required().slug().add(
            "textarea",
            "description",
            "Description",
        ),
        Kind::Reports => f
            .add("text", "title", "Title")
            .required()
            .slug()
            .add("textarea", "introduction", "Introduction")
            .hint("Markdown.")
            .add("textarea", "articles", "Articles, in order")
            .hint("One article slug per line, in the order the report presents them."),
    };
    f.list
}

/// Regions in tree order with their depth: each parent followed by its children, by name.
pub(super) fn region_tree(tax: &Taxonomies) -> Vec<(&gazette_domain::Region, usize)> {
    fn walk<'a>(
        tax: &'a Taxonomies,
        parent: Option<RegionId>,
        depth: usize,
        out: &mut Vec<(&'a gazette_domain::Region, usize)>,
    ) {
        let mut children: Vec<_> = tax
            .regions
            .iter()
            .filter(|r| r.parent_id == parent)
            .collect();
        children.sort_by(|a, b| a.name.cmp(&b.name));
        for child in children {
            out.push((child, depth));
            // A cycle cannot be stored (the service refuses it); the bound is belt and braces.
            if depth < 32 {
                walk(tax, Some(child.id), depth + 1, out);
            }
        }
    }
    let mut out = Vec::with_capacity(tax.regions.len());
    walk(tax, None, 0, &mut out);
    out
}

/// Where a region may go: the top level or any region not inside the one being edited.
fn parent_choices(tax: &Taxonomies, editing: Option<&str>) -> Vec<Choice> {
    let inside: Vec<RegionId> = editing
        .and_then(|slug| tax.region_by_slug(slug))
        .map(|r| tax.region_with_descendants(r.id))
        .unwrap_or_default();
    let mut choices = vec![choice("", "— top level —")];
    for (region, depth) in region_tree(tax) {
        if !inside.contains(&region.id) {
            choices.push(Choice {
                value: region.slug.to_string(),
                label: format!("{}{}", "\u{a0}\u{a0}\u{a0}".repeat(depth), region.name),
            });
        }
    }
    choices
}

/// Turns the form into the kind's input and saves it through its service; the saved slug.
pub(super) async fn put(
    app: &App,
    user: &SignedIn,
    kind: Kind,
    existing: Option<&str>,
    form: &Form,
) -> Result<Slug, Failure> {
    let text = |name: &str| form.get(name).unwrap_or_default().trim().to_owned();
    let on = |name: &str| form.get(name).is_some_and(|v| !v.is_empty());
    let slug = slug_from(&text("slug"), &text(kind.name_field()))?;
    let actor = user.actor();
    let saved = match kind {
        Kind::Authors => {
            let author_kind = AuthorKind::parse(&text("kind")).ok_or_else(|| {
                FieldError::new("kind", "choose person or organisation")
                    .with_kind(FieldErrorKind::Choose)
            })?;
            let url = Some(text("url")).filter(|u| !u.is_empty());
            let input = AuthorInput {
                slug,
                name: text("name"),
                kind: author_kind,
                bio: text("bio"),
                url,
            };
            app.taxonomy()
                .put_author(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Sources => {
            let input = SourceInput {
                slug,
                name: text("name"),
                home_url: text("home_url"),
                copyright_template: text("copyright_template"),
                reprint_terms: text("reprint_terms"),
                canonical_to_original: on("canonical_to_original"),
                allow_republish: on("allow_republish"),
                trusted: on("trusted"),
            };
            app.taxonomy()
                .put_source(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Regions => {
            let parent = match text("parent").as_str() {
                "" => None,
                raw => Some(Slug::parse(raw).map_err(|e| FieldError::slug("parent", e))?),
            };
            let input = RegionInput {
                slug,
                name: text("name"),
                parent,
            };
            app.taxonomy()
                .put_region(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Themes => {
            let input = ThemeInput {
                slug,
                name: text("name"),
                description: text("description"),
            };
            app.taxonomy()
                .put_theme(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Reports => {
            let mut articles = Vec::new();
            for (i, line) in text("articles").lines().map(str::trim).enumerate() {
                if !line.is_empty() {
                    articles.push(Slug::parse(line).map_err(|m| {
                        FieldError::new("articles", format!("line {}: {m}", i + 1))
                    })?);
                }
            }
            let input = ReportInput {
                slug,
                title: text("title"),
                introduction: form.get("introduction").unwrap_or_default().to_owned(),
                articles,
            };
            app.taxonomy()
                .put_report(&actor, existing, input)
                .await?
                .slug
        }
    };
    Ok(saved)
}
