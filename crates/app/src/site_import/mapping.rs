//! The operator's mapping (`--mapping FILE`): which of the old site's categories and tags
//! become Gazette regions or themes, which are left out, and which are renamed to a slug that
//! already exists here.
//!
//! ```toml
//! language = "en"               # the articles' language (default: the export's, else the site's)
//!
//! [categories]
//! default = "theme"             # what an unlisted category becomes: theme, region or ignore
//! regions = ["iraq", "syria"]   # category slugs filed as regions
//! themes = ["water"]
//! ignore = ["uncategorized"]
//! rename = { "middle-east" = "mena" }   # export slug → the Gazette slug to file under
//!
//! [tags]                        # Ghost's tags are read here too
//! default = "ignore"
//! themes = ["climate"]
//! ```
//!
//! Without a file (or a section), categories become themes; WordPress tags are ignored and
//! Ghost's public tags, the only taxonomy Ghost has, become themes.

use std::collections::{BTreeMap, HashMap};

use gazette_domain::{Language, Slug};
use serde::Deserialize;

/// What a category or tag becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Region,
    Theme,
    Ignore,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default)]
    pub language: Option<Language>,
    #[serde(default)]
    pub categories: TermRules,
    #[serde(default)]
    pub tags: TermRules,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermRules {
    #[serde(default)]
    pub default: Option<Target>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub rename: BTreeMap<String, Slug>,
}

/// Which section of the mapping a term is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub(crate) enum TermKind {
    Category,
    Tag,
}

impl Mapping {
    /// Reads and checks a mapping file's text; the message names the key at fault.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mapping: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        for (section, rules) in [("categories", &mapping.categories), ("tags", &mapping.tags)] {
            let mut seen: HashMap<&str, &str> = HashMap::new();
            for (list, slugs) in [
                ("regions", &rules.regions),
                ("themes", &rules.themes),
                ("ignore", &rules.ignore),
            ] {
                for slug in slugs {
                    if let Some(other) = seen.insert(slug.as_str(), list) {
                        return Err(format!(
                            "[{section}] lists {slug:?} in both {other} and {list}"
                        ));
                    }
                }
            }
        }
        Ok(mapping)
    }

    /// What the term `slug` (as the export names it) becomes, by the rules of its section.
    pub(crate) fn target(&self, kind: TermKind, slug: &str, default: Target) -> Target {
        let rules = self.rules(kind);
        let listed = |list: &[String]| list.iter().any(|s| s == slug);
        if listed(&rules.regions) {
            Target::Region
        } else if listed(&rules.themes) {
            Target::Theme
        } else if listed(&rules.ignore) {
            Target::Ignore
        } else {
            rules.default.unwrap_or(default)
        }
    }

    /// The Gazette slug the operator asked for instead of the export's.
    pub(crate) fn rename(&self, kind: TermKind, slug: &str) -> Option<&Slug> {
        self.rules(kind).rename.get(slug)
    }

    fn rules(&self, kind: TermKind) -> &TermRules {
        match kind {
            TermKind::Category => &self.categories,
            TermKind::Tag => &self.tags,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_defaults_and_renames() {
        let m = Mapping::parse(
            "[categories]\ndefault = \"ignore\"\nregions = [\"iraq\"]\nrename = { iraq = \"iraq-kurdistan\" }\n[tags]\nthemes = [\"water\"]\n",
        )
        .unwrap();
        assert_eq!(
            m.target(TermKind::Category, "iraq", Target::Theme),
            Target::Region
        );
        assert_eq!(
            m.target(TermKind::Category, "other", Target::Theme),
            Target::Ignore
        );
        assert_eq!(
            m.target(TermKind::Tag, "water", Target::Ignore),
            Target::Theme
        );
        assert_eq!(
            m.target(TermKind::Tag, "misc", Target::Ignore),
            Target::Ignore
        );
        assert_eq!(
            m.rename(TermKind::Category, "iraq").unwrap().as_str(),
            "iraq-kurdistan"
        );
    }

    #[test]
    fn refuses_unknown_keys_bad_slugs_and_double_listing() {
        assert!(
            Mapping::parse("[categories]\nregion = [\"x\"]")
                .unwrap_err()
                .contains("region")
        );
        assert!(Mapping::parse("[tags]\nrename = { a = \"Not A Slug\" }").is_err());
        assert!(Mapping::parse("[tags]\ndefault = \"report\"").is_err());
        let both = Mapping::parse("[tags]\nthemes = [\"x\"]\nignore = [\"x\"]").unwrap_err();
        assert!(both.contains("both themes and ignore"), "{both}");
    }
}
