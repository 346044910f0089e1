//! Passing articles on without third-party scripts: plain share links, and the "Republish this
//! article" HTML that partners and readers paste into their own sites.

use gazette_domain::{Article, SiteSettings};
use gazette_render::i18n::{Arg, Catalogues};
use gazette_render::views::Link;

use super::Public;
use crate::Taxonomies;

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Share links in display order. Each service's own share address takes the article's URL and
/// title; Mastodon has no single address, so it goes through our page that asks for the
/// reader's instance once (remembered in their browser).
/// `email` names the email link in the page's language (`share-email`); the services keep
/// their own names.
pub(crate) fn share_links(url: &str, title: &str, site: &str, email: &str) -> Vec<Link> {
    let text = format!("{title} {url}");
    let link = |name: &str, url: String| Link {
        name: name.to_owned(),
        url,
    };
    vec![
        link(
            email,
            format!(
                "mailto:?subject={}&body={}",
                pct(&format!("{title} — {site}")),
                pct(&format!("{title}\n\n{url}"))
            ),
        ),
        link("Mastodon", format!("/share/mastodon?text={}", enc(&text))),
        link(
            "Bluesky",
            format!("https://bsky.app/intent/compose?text={}", enc(&text)),
        ),
        link(
            "X",
            format!(
                "https://x.com/intent/post?text={}&url={}",
                enc(title),
                enc(url)
            ),
        ),
        link(
            "Facebook",
            format!("https://www.facebook.com/sharer/sharer.php?u={}", enc(url)),
        ),
        link(
            "Telegram",
            format!(
                "https://t.me/share/url?url={}&text={}",
                enc(url),
                enc(title)
            ),
        ),
        link("WhatsApp", format!("https://wa.me/?text={}", enc(&text))),
        link(
            "Reddit",
            format!(
                "https://www.reddit.com/submit?url={}&title={}",
                enc(url),
                enc(title)
            ),
        ),
        link(
            "LinkedIn",
            format!(
                "https://www.linkedin.com/sharing/share-offsite/?url={}",
                enc(url)
            ),
        ),
    ]
}

/// Percent-encoding for `mailto:` (RFC 6068 wants `%20`, not `+`, for spaces).
fn pct(s: &str) -> String {
    enc(s).replace('+', "%20")
}

/// Whether the article may be republished by others: the partner's terms for a republished
/// piece, the site's own setting otherwise.
pub(crate) fn may_republish(article: &Article, settings: &SiteSettings, tax: &Taxonomies) -> bool {
    match &article.original {
        Some(o) => tax.source(o.source_id).is_some_and(|s| s.allow_republish),
        None => settings.allow_republish,
    }
}

/// The article as HTML to paste into another site: title, standfirst, byline, body with absolute
/// links, the credit and copyright lines, and a link back; its sentences in `lang`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn republish_html(
    article: &Article,
    url: &str,
    base: &str,
    settings: &SiteSettings,
    tax: &Taxonomies,
    published: &str,
    i18n: &Catalogues,
    lang: &str,
) -> String {
    // A sentence of the catalogue with a link in it: the words escaped, the link put in after.
    const SLOT: &str = "\u{E000}";
    let sentence = |key: &str, name: &str, link: String| {
        esc(&i18n.message(lang, key, &[(name, Arg::from(SLOT))])).replace(SLOT, &link)
    };
    let authors: Vec<String> = article
        .author_ids
        .iter()
        .filter_map(|id| tax.author(*id))
        .map(|a| a.name.clone())
        .collect();
    let body = crate::views::absolute_links(&article.body_html, base);
    let mut html = format!("<article>\n<h1>{}</h1>\n", esc(&article.title));
    if !article.standfirst.is_empty() {
        html.push_str(&format!(
            "<p><strong>{}</strong></p>\n",
            esc(&article.standfirst)
        ));
    }
    if !authors.is_empty() {
        let separator = i18n.message(lang, "list-separator", &[]);
        let byline = i18n.message(
            lang,
            "byline",
            &[("authors", Arg::from(authors.join(&separator).as_str()))],
        );
        html.push_str(&format!("<p>{}, {}</p>\n", esc(&byline), esc(published)));
    }
    html.push_str(&body);
    html.push_str("\n<p>");
    html.push_str(&sentence(
        "republish-published-by",
        "site",
        format!("<a href=\"{}\">{}</a>", esc(url), esc(&settings.name)),
    ));
    if let Some(o) = &article.original {
        if let Some(source) = tax.source(o.source_id) {
            let names: Vec<&str> = authors.iter().map(String::as_str).collect();
            html.push(' ');
            html.push_str(&sentence(
                "republish-original-source",
                "source",
                format!("<a href=\"{}\">{}</a>", esc(&o.url), esc(&source.name)),
            ));
            html.push_str(&format!(
                " {}",
                esc(&source.copyright_line(&names, o.date.year()))
            ));
        }
    } else if !settings.footer_copyright.is_empty() {
        html.push_str(&format!(" {}", esc(&settings.footer_copyright)));
    }
    html.push_str("</p>\n</article>\n");
    html
}

/// Where "Share on Mastodon" goes: the reader's server, or back to the form with a reason.
pub enum MastodonShare {
    Redirect(String),
    /// The page asking for the reader's server; `refused` when what they typed is not one.
    Form {
        html: String,
        refused: bool,
    },
}

/// A Mastodon server's host name as readers type it: `mastodon.social`, `social.example.org`.
fn valid_instance(host: &str) -> bool {
    host.len() <= 253
        && host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

impl Public<'_> {
    /// The "Share on Mastodon" step. `instance` is the server the reader typed; `from_our_form`
    /// says the request is that form's own submission (a POST from this site). Only then is the
    /// reader sent on to their server: a link anyone can craft never redirects, or it would be an
    /// open redirect to any host under this site's name.
    pub async fn mastodon_share(
        &self,
        text: &str,
        instance: Option<&str>,
        from_our_form: bool,
    ) -> crate::AppResult<MastodonShare> {
        let text: String = text.chars().take(1000).collect();
        let typed = instance
            .unwrap_or("")
            .trim()
            .trim_start_matches("https://")
            .trim_end_matches('/')
            .to_lowercase();
        if valid_instance(&typed) && from_our_form {
            return Ok(MastodonShare::Redirect(format!(
                "https://{typed}/share?text={}",
                enc(&text)
            )));
        }
        let instance = instance.filter(|_| !valid_instance(&typed));
        let error =
            instance.map(|_| format!("{typed:?} is not a server name like mastodon.social"));
        let refused = error.is_some();
        let mut conn = self.store().reader().await?;
        let settings = gazette_store::settings::get(&mut conn).await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let view = gazette_render::views::MastodonSharePage {
            site: crate::views::site_view(&settings),
            nav: crate::views::nav(&tax),
            page: gazette_render::views::PageMeta {
                title: format!("Share on Mastodon — {}", settings.name),
                canonical: format!("{}/share/mastodon", self.base_url()),
                robots: Some("noindex".into()),
                ..Default::default()
            },
            text,
            instance: typed,
            error,
        };
        Ok(MastodonShare::Form {
            html: self.theme().render("mastodon.html", &view)?,
            refused,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_links_encode_the_title_and_url() {
        let links = share_links(
            "https://r.example/a-b",
            "Ports & power: who wins?",
            "Review",
            "Email",
        );
        let bluesky = links.iter().find(|l| l.name == "Bluesky").unwrap();
        assert_eq!(
            bluesky.url,
            "https://bsky.app/intent/compose?text=Ports+%26+power%3A+who+wins%3F+https%3A%2F%2Fr.example%2Fa-b"
        );
        let email = links.iter().find(|l| l.name == "Email").unwrap();
        assert!(
            email.url.starts_with("mailto:?subject=Ports%20%26%20power"),
            "{}",
            email.url
        );
        assert!(
            links
                .iter()
                .all(|l| !l.url.contains(' ') && !l.url.contains('"'))
        );
    }
}
