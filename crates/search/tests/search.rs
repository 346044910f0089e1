//! The search index through its public API only.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use gazette_search::{Original, SearchDoc, SearchError, SearchIndex, SearchQuery, SearchResults};

const DAY: i64 = 86_400;

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// A document builder: `doc(1, "title").body("…").lang("fr")`.
fn doc(id: i64, title: &str) -> SearchDoc {
    SearchDoc {
        id,
        slug: format!("article-{id}"),
        title: title.to_owned(),
        standfirst: String::new(),
        body_text: String::new(),
        language: "en".to_owned(),
        published_at: now() - 10 * DAY,
        authors: vec![],
        regions: vec![],
        themes: vec![],
        reports: vec![],
        source: None,
        original: None,
    }
}

trait Build {
    fn body(self, text: &str) -> Self;
    fn standfirst(self, text: &str) -> Self;
    fn lang(self, language: &str) -> Self;
    fn at(self, unix: i64) -> Self;
    fn regions(self, slugs: &[&str]) -> Self;
    fn themes(self, slugs: &[&str]) -> Self;
    fn authors(self, slugs: &[&str]) -> Self;
    fn reports(self, slugs: &[&str]) -> Self;
    fn source(self, slug: &str) -> Self;
    /// This document as a translation into `language`, with its text.
    fn translated(self, language: &str, title: &str, body: &str) -> Self;
}

impl Build for SearchDoc {
    fn body(mut self, text: &str) -> Self {
        self.body_text = text.to_owned();
        self
    }
    fn standfirst(mut self, text: &str) -> Self {
        self.standfirst = text.to_owned();
        self
    }
    fn lang(mut self, language: &str) -> Self {
        self.language = language.to_owned();
        self
    }
    fn at(mut self, unix: i64) -> Self {
        self.published_at = unix;
        self
    }
    fn regions(mut self, slugs: &[&str]) -> Self {
        self.regions = slugs.iter().map(|s| s.to_string()).collect();
        self
    }
    fn themes(mut self, slugs: &[&str]) -> Self {
        self.themes = slugs.iter().map(|s| s.to_string()).collect();
        self
    }
    fn authors(mut self, slugs: &[&str]) -> Self {
        self.authors = slugs.iter().map(|s| s.to_string()).collect();
        self
    }
    fn reports(mut self, slugs: &[&str]) -> Self {
        self.reports = slugs.iter().map(|s| s.to_string()).collect();
        self
    }
    fn source(mut self, slug: &str) -> Self {
        self.source = Some(slug.to_owned());
        self
    }
    fn translated(self, language: &str, title: &str, body: &str) -> Self {
        SearchDoc {
            original: Some(Original {
                language: self.language.clone(),
                title: self.title.clone(),
            }),
            language: language.to_owned(),
            title: title.to_owned(),
            standfirst: String::new(),
            body_text: body.to_owned(),
            ..self
        }
    }
}

fn in_language(q: &str, reader_language: &str) -> SearchQuery {
    SearchQuery {
        text: q.to_owned(),
        reader_language: Some(reader_language.to_owned()),
        ..SearchQuery::default()
    }
}

fn text(q: &str) -> SearchQuery {
    SearchQuery {
        text: q.to_owned(),
        ..SearchQuery::default()
    }
}

fn index_with(docs: Vec<SearchDoc>) -> SearchIndex {
    let index = SearchIndex::open_in_ram().expect("RAM index");
    index.upsert(docs).expect("upsert");
    index
}

fn ids(results: &SearchResults) -> Vec<i64> {
    results.hits.iter().map(|h| h.id).collect()
}

fn sorted_ids(results: &SearchResults) -> Vec<i64> {
    let mut ids = ids(results);
    ids.sort_unstable();
    ids
}

fn search(index: &SearchIndex, q: &SearchQuery) -> SearchResults {
    index.search(q).expect("search")
}

#[test]
fn english_stemming_finds_other_forms() {
    let index = index_with(vec![
        doc(1, "Dockers striking again").body("The port stood still."),
        doc(2, "A strike at the port").body("Nothing moved."),
        doc(3, "Harvest festival").body("Dancing all night."),
    ]);
    let results = search(&index, &text("strikes"));
    assert_eq!(sorted_ids(&results), [1, 2]);
    assert_eq!(results.total, 2);
}

#[test]
fn french_stemming_and_accents() {
    let index = index_with(vec![
        doc(1, "L'économie ralentit").lang("fr"),
        doc(2, "Les marchés")
            .lang("fr")
            .body("Une économie fragile."),
        doc(3, "Le sport").lang("fr"),
    ]);
    assert_eq!(sorted_ids(&search(&index, &text("économies"))), [1, 2]);
    // Typed without accents, as on many keyboards.
    assert_eq!(sorted_ids(&search(&index, &text("economie"))), [1, 2]);
}

#[test]
fn language_filter_searches_one_language() {
    let index = index_with(vec![
        doc(1, "Climate strike").lang("en"),
        doc(2, "Climate strike").lang("de"),
        doc(3, "Météo du jour").lang("fr"),
    ]);
    assert_eq!(sorted_ids(&search(&index, &text("climate"))), [1, 2]);
    let q = SearchQuery {
        language: Some("DE".into()),
        ..text("climate")
    };
    let results = search(&index, &q);
    assert_eq!(ids(&results), [2]);
    assert_eq!(results.facets.languages.len(), 1);
    assert_eq!(results.facets.languages[0].value, "de");
}

#[test]
fn phrases_match_words_in_order_only() {
    let index = index_with(vec![
        doc(1, "x").body("The general strike began at dawn."),
        doc(2, "y").body("A strike, the general said, is a weapon."),
    ]);
    assert_eq!(ids(&search(&index, &text("\"general strike\""))), [1]);
    assert_eq!(sorted_ids(&search(&index, &text("general strike"))), [1, 2]);
}

#[test]
fn phrases_of_common_words_match_in_order_only() {
    let index = index_with(vec![
        doc(1, "x").body("This is one of the best."),
        doc(2, "y").body("The first of many; the one."),
        doc(3, "z").body("To be, or not to be: that is the question."),
        doc(4, "w").body("Not to be missed, or to be."),
        doc(5, "v").lang("de").body("Die Zeit ist in der Stadt."),
    ]);
    assert_eq!(ids(&search(&index, &text("\"one of the\""))), [1]);
    assert_eq!(ids(&search(&index, &text("\"of the\""))), [1]);
    assert_eq!(ids(&search(&index, &text("\"to be or not to be\""))), [3]);
    assert_eq!(sorted_ids(&search(&index, &text("\"or not\""))), [3]);
    assert_eq!(ids(&search(&index, &text("\"in der\""))), [5]);
    // A common word alone is still an ordinary word.
    assert_eq!(sorted_ids(&search(&index, &text("\"the\""))), [1, 2, 3]);
    // Highlighting shows the words, not the pairs.
    let hit = &search(&index, &text("\"of the\"")).hits[0];
    assert_eq!(
        hit.snippet_html,
        "This is one <mark>of</mark> <mark>the</mark> best."
    );
}

#[test]
fn exclusions_remove_matches() {
    let index = index_with(vec![
        doc(1, "Rail strike").body("Trains stopped."),
        doc(2, "Port strike").body("Ships waited."),
        doc(3, "Rail timetable").body("Trains run."),
    ]);
    assert_eq!(ids(&search(&index, &text("strike -rail"))), [2]);
    assert_eq!(ids(&search(&index, &text("strike NOT rail"))), [2]);
    assert_eq!(ids(&search(&index, &text("strike -\"ships waited\""))), [1]);
    // Only exclusions: everything else, newest first.
    assert_eq!(ids(&search(&index, &text("-strike"))), [3]);
}

/// tantivy#2811: tantivy asked an excluded phrase about a document before its first match,
/// which trips a debug assertion in `PhraseScorer`.
#[test]
fn excluded_phrase_matching_late_documents_does_not_panic() {
    let mut docs: Vec<SearchDoc> = (1..=20).map(|i| doc(i, "Strike news")).collect();
    docs.push(doc(21, "Strike news").body("the ships waited"));
    let index = index_with(docs);
    let results = search(&index, &text("strike -\"ships waited\""));
    assert_eq!(results.total, 20);
    assert_eq!(search(&index, &text("-\"ships waited\"")).total, 20);
}

#[test]
fn or_matches_either() {
    let index = index_with(vec![
        doc(1, "Dock workers"),
        doc(2, "Port authority"),
        doc(3, "Farmers"),
    ]);
    assert_eq!(sorted_ids(&search(&index, &text("dock OR port"))), [1, 2]);
    assert!(search(&index, &text("dock port")).hits.is_empty());
}

#[test]
fn title_outranks_body() {
    let filler = "word ".repeat(20);
    let index = index_with(vec![
        doc(1, "Other news").body(&format!("{filler} drought {filler}")),
        doc(2, "Drought in the south").body(&filler),
        doc(3, "More news")
            .standfirst("The drought continues")
            .body(&filler),
    ]);
    assert_eq!(ids(&search(&index, &text("drought"))), [2, 3, 1]);
}

#[test]
fn recency_breaks_ties_newer_first() {
    let t = now();
    let index = index_with(vec![
        doc(1, "Flood warning").at(t - 900 * DAY),
        doc(2, "Flood warning").at(t - 2 * DAY),
        doc(3, "Flood warning").at(t - 300 * DAY),
    ]);
    let results = search(&index, &text("flood"));
    assert_eq!(ids(&results), [2, 3, 1]);
    assert!(results.hits[0].score > results.hits[1].score);
}

#[test]
fn recency_does_not_beat_clear_relevance() {
    let t = now();
    let index = index_with(vec![
        doc(1, "Flood").body("flood flood flood").at(t - 2000 * DAY),
        doc(2, "Weather")
            .body("a small flood somewhere, among many other words here")
            .at(t),
    ]);
    assert_eq!(ids(&search(&index, &text("flood"))), [1, 2]);
}

fn facet_fixture() -> SearchIndex {
    let t = 1_700_000_000; // 2023-11-14
    index_with(vec![
        doc(1, "Water rights")
            .regions(&["africa", "kenya"])
            .themes(&["water", "climate"])
            .authors(&["amina"])
            .reports(&["dry-years"])
            .at(t),
        doc(2, "Water prices")
            .regions(&["africa", "ghana"])
            .themes(&["water"])
            .authors(&["kofi"])
            .source("partner-news")
            .at(t - 400 * DAY),
        doc(3, "Water and energy")
            .regions(&["europe", "europe", "france"])
            .themes(&["energy"])
            .authors(&["amina", "kofi"])
            .lang("en-GB")
            .at(t - 800 * DAY),
        doc(4, "Elections").regions(&["europe"]).at(t),
    ])
}

#[test]
fn facets_count_the_whole_result_set() {
    let index = facet_fixture();
    let q = SearchQuery {
        per_page: 1,
        ..text("water")
    };
    let results = search(&index, &q);
    assert_eq!(results.total, 3);
    assert_eq!(results.hits.len(), 1);
    let f = &results.facets;
    let pairs = |list: &[gazette_search::FacetCount]| {
        list.iter()
            .map(|c| (c.value.clone(), c.count))
            .collect::<Vec<_>>()
    };
    let owned = |v: &[(&str, u64)]| {
        v.iter()
            .map(|(s, n)| (s.to_string(), *n))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        pairs(&f.regions),
        owned(&[
            ("africa", 2),
            ("europe", 1),
            ("france", 1),
            ("ghana", 1),
            ("kenya", 1)
        ])
    );
    assert_eq!(
        pairs(&f.themes),
        owned(&[("water", 2), ("climate", 1), ("energy", 1)])
    );
    assert_eq!(pairs(&f.authors), owned(&[("amina", 2), ("kofi", 2)]));
    assert_eq!(pairs(&f.reports), owned(&[("dry-years", 1)]));
    assert_eq!(pairs(&f.sources), owned(&[("partner-news", 1)]));
    assert_eq!(pairs(&f.languages), owned(&[("en", 2), ("en-gb", 1)]));
    assert_eq!(
        pairs(&f.years),
        owned(&[("2023", 1), ("2022", 1), ("2021", 1)])
    );
}

#[test]
fn filters_narrow_results_and_facets() {
    let index = facet_fixture();
    let filtered = |q: SearchQuery| sorted_ids(&search(&index, &q));
    assert_eq!(
        filtered(SearchQuery {
            region: Some("africa".into()),
            ..text("water")
        }),
        [1, 2]
    );
    assert_eq!(
        filtered(SearchQuery {
            theme: Some("water".into()),
            ..text("water")
        }),
        [1, 2]
    );
    assert_eq!(
        filtered(SearchQuery {
            author: Some("kofi".into()),
            ..text("water")
        }),
        [2, 3]
    );
    assert_eq!(
        filtered(SearchQuery {
            report: Some("dry-years".into()),
            ..text("")
        }),
        [1]
    );
    assert_eq!(
        filtered(SearchQuery {
            source: Some("partner-news".into()),
            ..text("")
        }),
        [2]
    );
    assert_eq!(
        filtered(SearchQuery {
            year: Some(2023),
            ..text("")
        }),
        [1, 4]
    );
    assert_eq!(
        filtered(SearchQuery {
            language: Some("en-gb".into()),
            ..text("")
        }),
        [3]
    );
    assert_eq!(
        filtered(SearchQuery {
            region: Some("europe".into()),
            author: Some("amina".into()),
            ..text("water")
        }),
        [3]
    );
    // A blank filter is no filter.
    assert_eq!(
        filtered(SearchQuery {
            region: Some(" ".into()),
            ..text("water")
        }),
        [1, 2, 3]
    );
    let results = search(
        &index,
        &SearchQuery {
            region: Some("africa".into()),
            ..text("water")
        },
    );
    assert_eq!(
        results
            .facets
            .regions
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>(),
        ["africa", "ghana", "kenya"]
    );
}

#[test]
fn unknown_facet_values_give_empty_results() {
    let index = facet_fixture();
    for q in [
        SearchQuery {
            region: Some("atlantis".into()),
            ..text("water")
        },
        SearchQuery {
            theme: Some("nope".into()),
            ..text("")
        },
        SearchQuery {
            author: Some("<script>".into()),
            ..text("water")
        },
        SearchQuery {
            language: Some("xx".into()),
            ..text("water")
        },
        SearchQuery {
            year: Some(1066),
            ..text("")
        },
        SearchQuery {
            source: Some("region:africa".into()),
            ..text("")
        },
    ] {
        let results = index.search(&q).expect("unknown values are not errors");
        assert_eq!(results.total, 0, "{q:?}");
        assert!(results.hits.is_empty());
        assert_eq!(results.facets, Default::default());
    }
}

#[test]
fn empty_query_lists_newest_first_within_filters() {
    let t = now();
    let index = index_with(vec![
        doc(1, "Old").themes(&["water"]).at(t - 50 * DAY),
        doc(2, "New").themes(&["water"]).at(t - DAY),
        doc(3, "Newest, other theme").themes(&["energy"]).at(t),
    ]);
    let results = search(
        &index,
        &SearchQuery {
            theme: Some("water".into()),
            ..text("  ")
        },
    );
    assert_eq!(ids(&results), [2, 1]);
    assert_eq!(results.hits[0].score, 0.0);
    assert_eq!(ids(&search(&index, &text(""))), [3, 2, 1]);
}

#[test]
fn pages_split_the_ranking() {
    let t = now();
    let docs = (1..=25)
        .map(|i| doc(i, "Budget vote").at(t - i * DAY))
        .collect();
    let index = index_with(docs);
    let page = |page, per_page| {
        ids(&search(
            &index,
            &SearchQuery {
                page,
                per_page,
                ..text("budget")
            },
        ))
    };
    assert_eq!(page(1, 10), (1..=10).collect::<Vec<_>>());
    assert_eq!(page(3, 10), (21..=25).collect::<Vec<_>>());
    assert_eq!(page(0, 10), page(1, 10));
    assert!(page(4, 10).is_empty());
    assert_eq!(page(1, 0).len(), 10);
    assert_eq!(page(1, 1000).len(), 25);
    let far = search(
        &index,
        &SearchQuery {
            page: u32::MAX,
            per_page: u32::MAX,
            ..text("budget")
        },
    );
    assert!(far.hits.is_empty());
    assert_eq!(far.total, 25);
}

#[test]
fn snippets_mark_matches_and_escape_html() {
    let index = index_with(vec![
        doc(1, "Title")
            .standfirst("A <standfirst>")
            .body("Before <b>tags</b> & \"quotes\" the harbour strikes continued into the night."),
        doc(2, "Harbour report")
            .standfirst("Fish & <chips>")
            .body("Nothing relevant here."),
    ]);
    let results = search(&index, &text("strike harbour"));
    let hit = results
        .hits
        .iter()
        .find(|h| h.id == 1)
        .expect("doc 1 found");
    assert_eq!(
        hit.snippet_html,
        "Before &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot; the <mark>harbour</mark> \
         <mark>strikes</mark> continued into the night."
    );
    // Matched in the title only: the standfirst, escaped, without marks.
    let results = search(&index, &text("report"));
    assert_eq!(results.hits[0].snippet_html, "Fish &amp; &lt;chips&gt;");
    // Excluded words are not highlighted.
    let results = search(&index, &text("harbour -nothing"));
    assert_eq!(ids(&results), [1]);
}

#[test]
fn long_bodies_get_a_fragment_with_ellipses() {
    let body = format!(
        "{} the river burst its banks {}",
        "filler ".repeat(100),
        "tail ".repeat(100)
    );
    let index = index_with(vec![doc(1, "t").body(&body)]);
    let snippet = &search(&index, &text("river")).hits[0].snippet_html;
    assert!(snippet.starts_with("… "), "{snippet}");
    assert!(snippet.ends_with(" …"), "{snippet}");
    assert!(snippet.contains("<mark>river</mark>"));
}

#[test]
fn upsert_replaces_by_id() {
    let index = index_with(vec![doc(1, "First draft title"), doc(2, "Other")]);
    index
        .upsert(vec![doc(1, "Corrected headline")])
        .expect("upsert");
    assert_eq!(index.doc_count(), 2);
    assert!(search(&index, &text("draft")).hits.is_empty());
    assert_eq!(ids(&search(&index, &text("headline"))), [1]);
}

#[test]
fn upsert_replaces_every_language_of_an_article() {
    let original = doc(1, "Farmers count the cost").body("The river dried up.");
    let spanish =
        original
            .clone()
            .translated("es", "Los agricultores hacen cuentas", "El río se secó.");
    let catalan =
        original
            .clone()
            .translated("ca", "Els pagesos fan comptes", "El riu es va assecar.");
    let index = index_with(vec![
        original.clone(),
        spanish.clone(),
        catalan,
        doc(2, "Other"),
    ]);
    assert_eq!(index.doc_count(), 4);
    assert_eq!(ids(&search(&index, &in_language("pagesos", "ca"))), [1]);
    // The article again without its Catalan translation: that one leaves, the others stay.
    index.upsert(vec![original, spanish]).expect("upsert");
    assert_eq!(index.doc_count(), 3);
    assert!(
        search(&index, &in_language("pagesos", "ca"))
            .hits
            .is_empty()
    );
    assert_eq!(
        ids(&search(&index, &in_language("agricultores", "es"))),
        [1]
    );
    assert_eq!(ids(&search(&index, &text("farmers"))), [1]);
    // Deleting the article removes every language.
    index.delete(&[1]).expect("delete");
    assert_eq!(index.doc_count(), 1);
    assert!(
        search(&index, &in_language("agricultores", "es"))
            .hits
            .is_empty()
    );
}

#[test]
fn a_translation_is_found_in_its_reader_language_only() {
    let index = index_with(vec![
        doc(1, "Drought empties the reservoirs").body("Farmers wait for rain."),
        doc(1, "Drought empties the reservoirs")
            .body("Farmers wait for rain.")
            .translated(
                "es",
                "La sequía vacía los embalses",
                "Los agricultores esperan la lluvia.",
            ),
        doc(2, "Una cosecha récord")
            .lang("es")
            .body("Los agricultores celebran."),
        doc(3, "Harvest festival").body("Dancing all night."),
    ]);
    // Spanish stemming: `embalse` finds `embalses`.
    let spanish = search(&index, &in_language("embalse", "es"));
    assert_eq!(ids(&spanish), [1]);
    let hit = &spanish.hits[0];
    assert_eq!(hit.title, "La sequía vacía los embalses");
    assert_eq!(hit.language, "es");
    assert_eq!(hit.slug, "article-1");
    assert!(
        hit.snippet_html.contains("agricultores"),
        "{}",
        hit.snippet_html
    );
    assert_eq!(
        hit.original,
        Some(Original {
            language: "en".into(),
            title: "Drought empties the reservoirs".into()
        })
    );
    // A Spanish reader finds the Spanish translation and the article written in Spanish.
    assert_eq!(
        sorted_ids(&search(&index, &in_language("agricultores", "ES"))),
        [1, 2]
    );
    let written_in_spanish = search(&index, &in_language("cosecha", "es"));
    assert_eq!(written_in_spanish.hits[0].original, None);
    // Not in another language, and not in the site's search, which has the originals only.
    assert!(
        search(&index, &in_language("embalses", "ca"))
            .hits
            .is_empty()
    );
    assert!(
        search(&index, &in_language("embalses", "en"))
            .hits
            .is_empty()
    );
    assert!(search(&index, &text("embalses")).hits.is_empty());
    assert_eq!(ids(&search(&index, &text("reservoirs"))), [1]);
    assert_eq!(search(&index, &text("reservoirs")).hits[0].original, None);
    // The English reader's edition is the originals written in English.
    assert_eq!(ids(&search(&index, &in_language("reservoirs", "en"))), [1]);
    // With no words, a reader's search lists that language's documents.
    assert_eq!(sorted_ids(&search(&index, &in_language("", "es"))), [1, 2]);
    assert_eq!(search(&index, &text("")).total, 3);
}

#[test]
fn facets_count_within_the_reader_language() {
    let base = |id: i64, region: &str| {
        doc(id, "Water for the valley")
            .body("Water rights.")
            .regions(&[region])
            .themes(&["climate"])
    };
    let index = index_with(vec![
        base(1, "iraq"),
        base(1, "iraq").translated("es", "Agua para el valle", "Derechos del agua."),
        base(2, "syria"),
        base(3, "iraq"),
        base(3, "iraq").translated("fr", "De l'eau pour la vallée", "Droits de l'eau."),
    ]);
    let spanish = search(&index, &in_language("agua", "es"));
    assert_eq!(spanish.total, 1);
    let regions: Vec<(&str, u64)> = spanish
        .facets
        .regions
        .iter()
        .map(|f| (f.value.as_str(), f.count))
        .collect();
    assert_eq!(regions, [("iraq", 1)]);
    assert_eq!(spanish.facets.languages.len(), 1);
    let site = search(&index, &text("water"));
    assert_eq!(site.total, 3);
    assert_eq!(site.facets.regions[0].count, 2);
    // A filter applies within the language too.
    let filtered = SearchQuery {
        region: Some("syria".into()),
        ..in_language("agua", "es")
    };
    assert_eq!(search(&index, &filtered).total, 0);
}

#[test]
fn delete_removes_and_ignores_unknown_ids() {
    let index = index_with(vec![doc(1, "Keep"), doc(2, "Drop")]);
    index.delete(&[2, 99]).expect("delete");
    assert_eq!(index.doc_count(), 1);
    assert!(search(&index, &text("drop")).hits.is_empty());
    index.delete(&[]).expect("nothing to delete");
}

#[test]
fn replace_all_clears_and_reports_progress() {
    let index = index_with(vec![doc(1, "Stale")]);
    let mut seen = Vec::new();
    let added = index
        .replace_all((10..2510).map(|i| doc(i, "Fresh")), |n| seen.push(n))
        .expect("replace_all");
    assert_eq!(added, 2500);
    assert_eq!(seen, [1000, 2000, 2500]);
    assert_eq!(index.doc_count(), 2500);
    assert!(search(&index, &text("stale")).hits.is_empty());
    assert_eq!(search(&index, &text("fresh")).total, 2500);
    // Still writable afterwards.
    index
        .upsert(vec![doc(1, "Back")])
        .expect("upsert after replace_all");
    assert_eq!(index.doc_count(), 2501);
}

#[test]
fn reopening_from_disk_keeps_documents() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let index = SearchIndex::open(dir.path()).expect("create");
        assert!(index.needs_rebuild(), "a new index has to be filled");
        index
            .upsert(vec![doc(1, "Persistent flood"), doc(2, "Other")])
            .expect("upsert");
        index.delete(&[2]).expect("delete");
    }
    let index = SearchIndex::open(dir.path()).expect("reopen");
    assert!(!index.needs_rebuild());
    assert_eq!(index.doc_count(), 1);
    assert_eq!(ids(&search(&index, &text("floods"))), [1]);
}

#[test]
fn another_schema_version_is_wiped() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let index = SearchIndex::open(dir.path()).expect("create");
        index.upsert(vec![doc(1, "Old schema")]).expect("upsert");
    }
    std::fs::write(
        dir.path().join("gazette-search-version"),
        "gazette-search schema 0\n",
    )
    .expect("fake an old version");
    let index = SearchIndex::open(dir.path()).expect("reopen");
    assert!(index.needs_rebuild());
    assert_eq!(index.doc_count(), 0);
    drop(index);
    assert!(
        !SearchIndex::open(dir.path())
            .expect("reopen")
            .needs_rebuild()
    );
}

#[test]
fn refuses_to_wipe_a_directory_that_is_not_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("notes.txt"), "precious").expect("write");
    match SearchIndex::open(dir.path()) {
        Err(SearchError::NotAnIndex { path }) => assert_eq!(path, dir.path()),
        Err(other) => panic!("unexpected error: {other}"),
        Ok(_) => panic!("opened a directory holding other files"),
    }
    assert!(dir.path().join("notes.txt").exists());
}

#[test]
fn a_second_writer_on_the_same_directory_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _first = SearchIndex::open(dir.path()).expect("create");
    match SearchIndex::open(dir.path()) {
        Err(SearchError::Locked { .. }) => {}
        Err(other) => panic!("unexpected error: {other}"),
        Ok(_) => panic!("two writers on one directory"),
    }
}

#[cfg(not(feature = "segmenter"))]
#[test]
fn cjk_text_is_searchable_by_substring() {
    let index = index_with(vec![
        doc(1, "東京都の予算").lang("ja"),
        doc(2, "京都の祭り").lang("ja"),
    ]);
    assert_eq!(ids(&search(&index, &text("東京"))), [1]);
    assert_eq!(sorted_ids(&search(&index, &text("京都"))), [1, 2]);
}

/// A word in the middle of a sentence written without spaces, in each script, in the reader's
/// language and in the site's search.
#[cfg(feature = "segmenter")]
#[test]
fn a_word_inside_a_sentence_without_spaces_is_found() {
    let index = index_with(vec![
        // "Global climate change affects the harvest of farmers in the north."
        doc(1, "全球气候变化影响北方农民的收成").lang("zh-Hans"),
        // "The price of rice in Osaka rose sharply this year."
        doc(2, "今年は大阪の米の価格が大きく上がった").lang("ja"),
        // "Farmers in the north are waiting for rain."
        doc(3, "เกษตรกรในภาคเหนือกำลังรอฝน").lang("th"),
        // "Farmers in Gangwon province are waiting for rain."
        doc(4, "강원도 농민들이 비를 기다리고 있다").lang("ko"),
        doc(5, "Farmers wait for rain").body("农民 in a quote"),
    ]);
    let cases = [
        ("zh-Hans", "气候", 1), // climate
        ("zh-Hans", "农民", 1), // farmers
        ("ja", "大阪", 2),      // Osaka
        ("ja", "価格", 2),      // price
        ("th", "ภาคเหนือ", 3),   // the north
        ("th", "ฝน", 3),        // rain
        ("ko", "농민들이", 4),  // farmers (with the subject particle, as written)
        ("ko", "비를", 4),      // rain (with the object particle)
    ];
    for (language, word, expected) in cases {
        let hits = ids(&search(&index, &in_language(word, language)));
        assert_eq!(hits, [expected], "{language}: {word}");
        assert!(
            ids(&search(&index, &text(word))).contains(&expected),
            "{word}"
        );
    }
    // Characters that are not a word there do not match across word boundaries: 候变 straddles
    // 气候|变化.
    assert!(
        search(&index, &in_language("候变", "zh-Hans"))
            .hits
            .is_empty()
    );
    // A two-word query written without a space is the phrase of its words.
    assert_eq!(
        ids(&search(&index, &in_language("气候变化", "zh-Hans"))),
        [1]
    );
    assert_eq!(
        ids(&search(&index, &in_language("变化气候", "zh-Hans"))),
        Vec::<i64>::new()
    );
}

/// A translation into Chinese is found by a word in the middle of its text, on the Chinese
/// edition only.
#[cfg(feature = "segmenter")]
#[test]
fn a_chinese_translation_is_found_by_a_word_inside_a_sentence() {
    let original = doc(7, "Drought empties the reservoirs").body("Farmers wait for the rain.");
    let index = index_with(vec![
        original.clone(),
        original.translated("zh-Hans", "干旱使水库干涸", "农民们在等待雨水的到来。"),
    ]);
    let hits = search(&index, &in_language("水库", "zh-Hans"));
    assert_eq!(ids(&hits), [7]);
    assert!(hits.hits[0].original.is_some());
    let snippet = &search(&index, &in_language("雨水", "zh-Hans")).hits[0].snippet_html;
    assert!(snippet.contains("<mark>雨水</mark>"), "{snippet}");
    assert!(search(&index, &text("水库")).hits.is_empty());
}

#[test]
fn clones_share_one_index_across_threads() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<SearchIndex>();
    let index = index_with(vec![doc(1, "Shared")]);
    let clone = index.clone();
    std::thread::spawn(move || clone.upsert(vec![doc(2, "Shared too")]).expect("upsert"))
        .join()
        .expect("thread");
    assert_eq!(search(&index, &text("shared")).total, 2);
}

#[test]
fn hostile_queries_never_fail_or_hang() {
    let body = "The strike (AND the lockout) cost £3m over 10 days: \"unions\" vs. owners; title:x";
    let index = index_with(vec![
        doc(1, "Strike").body(body),
        doc(2, "عنوان عربي").lang("ar").body("نص عربي عن الإضراب"),
        doc(3, "Ελληνικά").lang("el"),
    ]);
    let huge = "strike ".repeat(15_000); // ~100 KB
    let nasty: Vec<String> = [
        "\"",
        "\"\"",
        "\"strike",
        "strike\"",
        "\"\"\"",
        "«",
        "»strike«",
        "AND OR NOT",
        "NOT",
        "OR",
        "AND",
        "-",
        "--",
        "- -",
        "-\"",
        "NOT NOT NOT strike",
        "strike OR OR OR",
        "field:value",
        "title:",
        "title:strike",
        ":",
        "*",
        "strike*",
        "~",
        "strike~2",
        "^",
        "strike^10",
        "(",
        ")",
        "((strike)",
        "[* TO *]",
        "{}",
        "+strike +-",
        "\\",
        "\\\"",
        "&&||!",
        "🎉🔥",
        "strike 🎉",
        "مرحبا بالعالم",
        "\u{202E}ekirts\u{202C}",
        "\u{0}",
        "str\u{0}ike",
        "\u{7}\u{1b}[31m",
        "\r\n\t",
        "\u{FEFF}",
        "\u{200B}",
        "ｓｔｒｉｋｅ",
        "ǆ ß İ ﬁ",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%00",
        "%s%n",
        "\u{10FFFF}",
        "e\u{301}",
        " ",
        "strike -\"the lockout\"",
        "-\"unions vs\" strike",
        "-\"a b\" -\"c d\"",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([
        huge,
        "x".repeat(100_000),
        "\"".repeat(100_000),
        "-".repeat(100_000),
        "a OR ".repeat(20_000),
        "\u{0}".repeat(50_000),
        "🎉".repeat(30_000),
        (0..=0x2FF).filter_map(char::from_u32).collect(),
    ])
    .collect();
    for q in &nasty {
        for language in [None, Some("en"), Some("ar"), Some("zz")] {
            let started = Instant::now();
            let query = SearchQuery {
                language: language.map(str::to_owned),
                region: Some(q.clone()),
                ..text(q)
            };
            let results = index.search(&query);
            assert!(results.is_ok(), "{q:.40?}: {results:?}");
            assert!(
                started.elapsed() < Duration::from_secs(1),
                "{q:.40?} took {:?}",
                started.elapsed()
            );
            index.search(&text(q)).expect("no filter either");
        }
    }
    // The syntax-heavy query still finds the words in it.
    assert_eq!(ids(&search(&index, &text("title:strike^10 +-"))), [1]);
    assert_eq!(ids(&search(&index, &text("\"strike"))), [1]);
}
