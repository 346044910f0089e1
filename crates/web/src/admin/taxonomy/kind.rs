//! The five taxonomy kinds as data: their paths, names, columns and the domain's kind for each.

use gazette_domain::TaxonomyKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::admin) enum Kind {
    Authors,
    Sources,
    Regions,
    Themes,
    Reports,
}

impl Kind {
    pub(super) const ALL: [Kind; 5] = [
        Kind::Authors,
        Kind::Sources,
        Kind::Regions,
        Kind::Themes,
        Kind::Reports,
    ];

    pub(super) fn path(self) -> &'static str {
        match self {
            Kind::Authors => "authors",
            Kind::Sources => "sources",
            Kind::Regions => "regions",
            Kind::Themes => "themes",
            Kind::Reports => "reports",
        }
    }

    pub(super) fn title(self) -> &'static str {
        match self {
            Kind::Authors => "Authors",
            Kind::Sources => "Sources",
            Kind::Regions => "Regions",
            Kind::Themes => "Themes",
            Kind::Reports => "In-depth reports",
        }
    }

    pub(super) fn singular(self) -> &'static str {
        match self {
            Kind::Authors => "author",
            Kind::Sources => "source",
            Kind::Regions => "region",
            Kind::Themes => "theme",
            Kind::Reports => "report",
        }
    }

    pub(super) fn intro(self) -> &'static str {
        match self {
            Kind::Authors => "People and organisations named in bylines.",
            Kind::Sources => {
                "Partner outlets whose articles are republished, with the terms of that republication."
            }
            Kind::Regions => {
                "Places articles are about. Regions nest: a country inside its region."
            }
            Kind::Themes => "The subjects articles are filed under.",
            Kind::Reports => "Dossiers: an introduction and an ordered list of articles.",
        }
    }

    pub(super) fn table(self) -> TaxonomyKind {
        match self {
            Kind::Authors => TaxonomyKind::Authors,
            Kind::Sources => TaxonomyKind::Sources,
            Kind::Regions => TaxonomyKind::Regions,
            Kind::Themes => TaxonomyKind::Themes,
            Kind::Reports => TaxonomyKind::Reports,
        }
    }

    /// The field a blank slug is made from.
    pub(super) fn name_field(self) -> &'static str {
        if self == Kind::Reports {
            "title"
        } else {
            "name"
        }
    }

    pub(super) fn columns(self) -> Vec<&'static str> {
        match self {
            Kind::Authors => vec!["Name", "Kind", "Slug"],
            Kind::Sources => vec!["Name", "Home page", "Terms"],
            Kind::Regions => vec!["Region", "Slug"],
            Kind::Themes => vec!["Theme", "Slug", "Description"],
            Kind::Reports => vec!["Report", "Slug"],
        }
    }
}
