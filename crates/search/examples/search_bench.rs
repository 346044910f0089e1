//! `bench/search`: gazette-search (tantivy) against SQLite FTS5 on the same generated
//! publication, in the same run. See `bench/README.md` for what is measured and how to read it.
//!
//! Environment: `BENCH_DOCS` (default 100000), `BENCH_QUERIES` (measured queries, default 500),
//! `BENCH_ROUNDS` (times each query is measured, default 3), `BENCH_WARMUP` (default 50),
//! `BENCH_SEED` (default 20240601).
//! The last line of stdout holds the figures as `key=value` pairs: the English publication on
//! both engines, then the mixed-language index (the same articles, one in four translated).

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use gazette_search::{Original, SearchDoc, SearchIndex, SearchQuery};
use rusqlite::{Connection, params};

/// The generated publication's "today": dates spread over the ten years before it.
const EPOCH_END: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z
const TEN_YEARS: i64 = 10 * 365 * 86_400;
const VOCABULARY: usize = 50_000;
const TOP_K: usize = 10;

fn main() {
    let docs_n = env_usize("BENCH_DOCS", 100_000);
    let measured = env_usize("BENCH_QUERIES", 500);
    let warmup = env_usize("BENCH_WARMUP", 50);
    let rounds = env_usize("BENCH_ROUNDS", 3).max(1);
    let seed = env_usize("BENCH_SEED", 20_240_601) as u64;

    let started = Instant::now();
    let vocab = Vocabulary::new(seed, &ENGLISH);
    let docs: Vec<SearchDoc> = (0..docs_n).map(|i| generate_doc(&vocab, seed, i)).collect();
    let words: usize = docs
        .iter()
        .map(|d| d.body_text.split_whitespace().count())
        .sum();
    let bytes: usize = docs
        .iter()
        .map(|d| d.title.len() + d.standfirst.len() + d.body_text.len())
        .sum();
    println!(
        "generated {docs_n} articles, {words} body words, {:.0} MB of text in {:.1}s",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let queries = make_queries(&vocab, &docs, seed, warmup + measured);

    let dir = tempfile::Builder::new()
        .prefix("gazette-bench-search")
        .tempdir()
        .expect("a temporary directory");

    // tantivy, through the crate's public API, on disk as in production.
    let index_dir = dir.path().join("tantivy");
    let index = SearchIndex::open(&index_dir).expect("open the index");
    let t = Instant::now();
    let added = index
        .replace_all(docs.iter().cloned(), |_| {})
        .expect("index the publication");
    let tantivy_index_secs = t.elapsed().as_secs_f64();
    assert_eq!(added as usize, docs_n);
    println!(
        "tantivy: indexed in {tantivy_index_secs:.1}s (commit and merges included), {:.0} MB on \
         disk in {} segments",
        dir_size(&index_dir) as f64 / 1e6,
        segment_count(&index_dir)
    );

    // SQLite FTS5 over the same documents.
    let db_path = dir.path().join("fts5.sqlite");
    let t = Instant::now();
    let db = load_fts5(&db_path, &docs);
    let fts5_index_secs = t.elapsed().as_secs_f64();
    println!(
        "fts5: loaded in {fts5_index_secs:.1}s (optimize included), {:.0} MB on disk",
        std::fs::metadata(&db_path).map_or(0, |m| m.len()) as f64 / 1e6
    );
    drop(docs);

    let run_tantivy = |q: &BenchQuery| -> u64 {
        let results = index.search(&q.tantivy).expect("search");
        assert!(results.hits.len() <= TOP_K);
        results.total
    };
    let mut top = db
        .prepare(
            "SELECT rowid, slug, title, published_at, \
             snippet(fts, 4, '<mark>', '</mark>', '…', 24) \
             FROM fts WHERE fts MATCH ?1 ORDER BY rank LIMIT 10",
        )
        .expect("prepare the top-10 query");
    let mut count = db
        .prepare("SELECT count(*) FROM fts WHERE fts MATCH ?1")
        .expect("prepare the count query");
    let mut run_fts5 = |q: &BenchQuery| -> u64 {
        let hits = top
            .query_map(params![q.fts5], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, i64>(3)?,
                    row.get::<_, String>(4)?,
                ))
            })
            .expect("fts5 query")
            .collect::<Result<Vec<_>, _>>()
            .expect("fts5 rows");
        assert!(hits.len() <= TOP_K);
        count
            .query_row(params![q.fts5], |row| row.get::<_, i64>(0))
            .expect("fts5 count") as u64
    };

    let (warm, timed) = queries.split_at(warmup);
    for q in warm {
        run_tantivy(q);
        run_fts5(q);
    }
    let loadavg = load_average();
    if loadavg > 1.0 {
        println!(
            "note: load average {loadavg:.2} on this machine: other work shares the cores, and \
             tail latencies suffer first"
        );
    }
    // Each query on both engines in turn, so that other work on the machine falls on both
    // alike, and the whole mix `rounds` times: a query's latency is its median over the rounds,
    // which keeps one descheduling by another process from counting as the engine's.
    let mut tantivy_rounds = vec![Vec::with_capacity(rounds); timed.len()];
    let mut fts5_rounds = vec![Vec::with_capacity(rounds); timed.len()];
    for _ in 0..rounds {
        for (i, q) in timed.iter().enumerate() {
            tantivy_rounds[i].push(measure(q, run_tantivy));
            fts5_rounds[i].push(measure(q, &mut run_fts5));
        }
    }
    let tantivy: Vec<_> = tantivy_rounds.into_iter().map(median).collect();
    let fts5: Vec<_> = fts5_rounds.into_iter().map(median).collect();

    println!(
        "{:<10} {:>7} {:>12} {:>12} {:>12} {:>12} {:>13} {:>13}",
        "category",
        "queries",
        "tantivy_p50",
        "tantivy_p99",
        "fts5_p50",
        "fts5_p99",
        "tantivy_total",
        "fts5_total"
    );
    for category in Category::ALL {
        let pick = |m: &[(Category, Duration, u64)]| -> Vec<(Duration, u64)> {
            m.iter()
                .filter(|(c, ..)| *c == category)
                .map(|&(_, d, n)| (d, n))
                .collect()
        };
        let (t, f) = (pick(&tantivy), pick(&fts5));
        println!(
            "{:<10} {:>7} {:>10.2}ms {:>10.2}ms {:>10.2}ms {:>10.2}ms {:>13.0} {:>13.0}",
            category.name(),
            t.len(),
            percentile_ms(&t, 50.0),
            percentile_ms(&t, 99.0),
            percentile_ms(&f, 50.0),
            percentile_ms(&f, 99.0),
            mean_total(&t),
            mean_total(&f),
        );
    }
    for (engine, m) in [("tantivy", &tantivy), ("fts5", &fts5)] {
        let mut slowest: Vec<_> = m.iter().zip(timed).collect();
        slowest.sort_by_key(|((_, d, _), _)| std::cmp::Reverse(*d));
        let list: Vec<String> = slowest
            .iter()
            .take(6)
            .map(|((_, d, n), q)| format!("{:?} {:.1}ms ({n} hits)", q.fts5, d.as_secs_f64() * 1e3))
            .collect();
        println!("slowest {engine}: {}", list.join(", "));
    }
    let all = |m: &[(Category, Duration, u64)]| -> Vec<(Duration, u64)> {
        m.iter().map(|&(_, d, n)| (d, n)).collect()
    };
    let (t, f) = (all(&tantivy), all(&fts5));
    let (t50, t99, f50, f99) = (
        percentile_ms(&t, 50.0),
        percentile_ms(&t, 99.0),
        percentile_ms(&f, 50.0),
        percentile_ms(&f, 99.0),
    );
    let mixed = measure_mixed(&vocab, seed, docs_n, warmup, measured, rounds, dir.path());
    println!(
        "docs={docs_n} queries={} rounds={rounds} tantivy_index_secs={tantivy_index_secs:.1} \
         fts5_index_secs={fts5_index_secs:.1} tantivy_p50_ms={t50:.2} tantivy_p99_ms={t99:.2} \
         fts5_p50_ms={f50:.2} fts5_p99_ms={f99:.2} p50_ratio={:.3} p99_ratio={:.3} \
         mixed_docs={} mixed_index_secs={:.1} mixed_p50_ms={:.2} mixed_p99_ms={:.2} \
         mixed_p99_ratio={:.3} loadavg={loadavg:.2}",
        timed.len(),
        t50 / f50,
        t99 / f99,
        mixed.docs,
        mixed.index_secs,
        mixed.p50_ms,
        mixed.p99_ms,
        mixed.p99_ms / t99,
    );
}

struct MixedFigures {
    docs: u64,
    index_secs: f64,
    p50_ms: f64,
    p99_ms: f64,
}

/// The mixed-language index: the same articles, one in four translated into two languages, and
/// searches as readers of each language make them (the site's search over the originals, and
/// each translation language's edition).
fn measure_mixed(
    vocab: &Vocabulary,
    seed: u64,
    docs_n: usize,
    warmup: usize,
    measured: usize,
    rounds: usize,
    dir: &Path,
) -> MixedFigures {
    let tongues: Vec<Vocabulary> = TRANSLATION_TONGUES
        .iter()
        .map(|t| Vocabulary::new(seed, t))
        .collect();
    let index_dir = dir.join("mixed");
    let index = SearchIndex::open(&index_dir).expect("open the mixed index");
    // Generated as they are indexed: the publication with its translations does not fit in
    // memory twice.
    let all = (0..docs_n).flat_map(|i| {
        let original = generate_doc(vocab, seed, i);
        let mut docs = translations_of(&original, i, seed, &tongues);
        docs.push(original);
        docs
    });
    let t = Instant::now();
    let docs = index
        .replace_all(all, |_| {})
        .expect("index the mixed publication");
    let index_secs = t.elapsed().as_secs_f64();
    println!(
        "mixed: {docs} documents ({} translations into {}) indexed in {index_secs:.1}s, {:.0} MB \
         on disk in {} segments",
        docs - docs_n as u64,
        TRANSLATION_TONGUES.map(|t| t.code).join(", "),
        dir_size(&index_dir) as f64 / 1e6,
        segment_count(&index_dir)
    );

    // Readers of each language in turn: the site's (originals, every language) and the four
    // editions; in each, a common word, a rare one, two words, and a word with a theme.
    let readers: Vec<(Option<&str>, &Vocabulary)> = std::iter::once((None, vocab))
        .chain(
            TRANSLATION_TONGUES
                .iter()
                .zip(&tongues)
                .map(|(t, v)| (Some(t.code), v)),
        )
        .collect();
    let mut rng = Rng::new(seed, u64::MAX - 2);
    let queries: Vec<(usize, SearchQuery)> = (0..warmup + measured)
        .map(|i| {
            let reader = i % readers.len();
            let (language, words) = readers[reader];
            let mut word = |lo: usize, hi: usize| words.words[rng.range(lo, hi)].clone();
            let gap = if words.spaced { " " } else { "" };
            let (text, theme) = match (i / readers.len()) % 4 {
                0 => (word(0, 300), None),
                1 => (word(20_000, VOCABULARY - 1), None),
                2 => (
                    format!("{}{gap}{}", word(100, 5_000), word(100, 5_000)),
                    None,
                ),
                _ => (
                    word(50, 3_000),
                    Some(format!("theme-{}", skewed(&mut rng, THEMES))),
                ),
            };
            let query = SearchQuery {
                text,
                theme,
                reader_language: language.map(str::to_owned),
                page: 1,
                per_page: TOP_K as u32,
                ..SearchQuery::default()
            };
            (reader, query)
        })
        .collect();
    let (warm, timed) = queries.split_at(warmup);
    for (_, q) in warm {
        index.search(q).expect("search");
    }
    let mut runs = vec![Vec::with_capacity(rounds); timed.len()];
    for _ in 0..rounds {
        for (i, (_, q)) in timed.iter().enumerate() {
            let t = Instant::now();
            let results = index.search(q).expect("search");
            assert!(results.hits.len() <= TOP_K);
            runs[i].push((Category::Common, t.elapsed(), results.total));
        }
    }
    let medians: Vec<(Duration, u64)> = runs
        .into_iter()
        .map(median)
        .map(|(_, d, n)| (d, n))
        .collect();
    println!(
        "{:<10} {:>7} {:>12} {:>12} {:>13}",
        "reader", "queries", "p50", "p99", "mean_total"
    );
    for (reader, (language, _)) in readers.iter().enumerate() {
        let mine: Vec<(Duration, u64)> = timed
            .iter()
            .zip(&medians)
            .filter(|((r, _), _)| *r == reader)
            .map(|(_, m)| *m)
            .collect();
        println!(
            "{:<10} {:>7} {:>10.2}ms {:>10.2}ms {:>13.0}",
            language.unwrap_or("site"),
            mine.len(),
            percentile_ms(&mine, 50.0),
            percentile_ms(&mine, 99.0),
            mean_total(&mine)
        );
    }
    drop(index);
    let _ = std::fs::remove_dir_all(&index_dir);
    MixedFigures {
        docs,
        index_secs,
        p50_ms: percentile_ms(&medians, 50.0),
        p99_ms: percentile_ms(&medians, 99.0),
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v} is not a number")),
        Err(_) => default,
    }
}

/// Tantivy names each segment's files `<segment id>.<part>`.
fn segment_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "idx"))
                .count()
        })
        .unwrap_or(0)
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// Deterministic generation

/// SplitMix64: tiny, fast, and the same on every platform and crate version.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize
    }

    fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// A language's function words first (they dominate real text), then generated words, drawn
/// with Zipf's law (frequency ∝ 1 / rank).
struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
    function_words: usize,
    suffixes: &'static [&'static str],
    /// Words separated by spaces; otherwise written one after the other (Chinese, Japanese).
    spaced: bool,
}

/// How one language of the generated publication looks.
struct Tongue {
    /// The language tag the documents carry.
    code: &'static str,
    function_words: &'static [&'static str],
    suffixes: &'static [&'static str],
    spaced: bool,
    /// One generated content word.
    word: fn(&mut Rng) -> String,
}

const ENGLISH: Tongue = Tongue {
    code: "en",
    function_words: FUNCTION_WORDS,
    suffixes: SUFFIXES,
    spaced: true,
    word: |rng| syllables(rng, ONSETS, VOWELS, CODAS),
};

/// The languages translations are made into, in the mixed-language index: two Latin-script
/// languages with stemmers, and two written without spaces, which go through the segmenter.
const TRANSLATION_TONGUES: [Tongue; 4] = [
    Tongue {
        code: "es",
        function_words: &[
            "de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con",
            "no", "una", "su", "para", "es", "al", "lo", "como", "más", "pero", "sus", "le", "ha",
            "año", "gobierno", "personas",
        ],
        suffixes: &["s", "es", "ción", "mente", "ado", "ando"],
        spaced: true,
        word: |rng| {
            syllables(
                rng,
                &[
                    "b", "c", "d", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "ll", "qu",
                    "br", "tr", "",
                ],
                &["a", "e", "i", "o", "u", "ia", "ue", "ió"],
                &["", "", "", "n", "s", "r", "l"],
            )
        },
    },
    Tongue {
        code: "de",
        function_words: &[
            "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf",
            "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden",
            "aus", "er", "hat", "dass", "sie", "nach",
        ],
        suffixes: &["en", "er", "ung", "e", "s"],
        spaced: true,
        word: |rng| {
            syllables(
                rng,
                &[
                    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "sch", "st", "t",
                    "w", "z", "kr", "br", "",
                ],
                &["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au"],
                &["", "n", "r", "t", "ch", "ng", "st", "ck"],
            )
        },
    },
    Tongue {
        code: "zh-Hans",
        function_words: &[
            "的", "是", "在", "了", "和", "有", "这", "中", "为", "不", "人", "他", "我们", "与",
            "也", "将", "对", "说", "上", "年", "政府", "人民", "国家", "经济", "发展",
        ],
        suffixes: &[],
        spaced: false,
        word: |rng| han(rng, 1, 3),
    },
    Tongue {
        code: "ja",
        function_words: &[
            "の",
            "に",
            "は",
            "を",
            "た",
            "が",
            "で",
            "て",
            "と",
            "し",
            "れ",
            "さ",
            "ある",
            "いる",
            "も",
            "する",
            "から",
            "な",
            "こと",
            "として",
            "政府",
            "日本",
            "経済",
            "年",
            "人",
        ],
        suffixes: &[],
        spaced: false,
        word: |rng| {
            if rng.chance(0.3) {
                // A loanword in Katakana.
                (0..rng.range(3, 5))
                    .map(|_| char::from_u32(0x30A2 + rng.below(0x51) as u32).unwrap_or('ア'))
                    .collect()
            } else {
                han(rng, 2, 3)
            }
        },
    },
];

/// A word of one to three syllables.
fn syllables(rng: &mut Rng, onsets: &[&str], vowels: &[&str], codas: &[&str]) -> String {
    let mut word = String::new();
    for _ in 0..rng.range(1, 3) {
        word.push_str(onsets[rng.below(onsets.len())]);
        word.push_str(vowels[rng.below(vowels.len())]);
        word.push_str(codas[rng.below(codas.len())]);
    }
    word
}

/// A word of `lo` to `hi` Han characters, from the 3,000 commonest-looking code points of the
/// unified block's first part (real text draws on a few thousand characters).
fn han(rng: &mut Rng, lo: usize, hi: usize) -> String {
    (0..rng.range(lo, hi))
        .map(|_| char::from_u32(0x4E00 + (rng.below(3_000) * 7) as u32).unwrap_or('中'))
        .collect()
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "for",
    "on",
    "it",
    "with",
    "as",
    "was",
    "by",
    "at",
    "he",
    "she",
    "they",
    "from",
    "be",
    "this",
    "have",
    "are",
    "not",
    "but",
    "or",
    "an",
    "his",
    "her",
    "their",
    "had",
    "were",
    "has",
    "which",
    "will",
    "said",
    "been",
    "who",
    "its",
    "more",
    "after",
    "we",
    "one",
    "would",
    "about",
    "there",
    "than",
    "up",
    "out",
    "also",
    "into",
    "new",
    "can",
    "year",
    "people",
    "government",
    "when",
    "over",
    "all",
];
const ONSETS: &[&str] = &[
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r",
    "s", "st", "sh", "t", "tr", "v", "w", "z", "",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"];
const CODAS: &[&str] = &["", "", "", "", "n", "r", "s", "l", "m", "t", "nd", "st"];
/// Suffixes a content word sometimes carries, so stemming has work in both engines.
const SUFFIXES: &[&str] = &["s", "ed", "ing", "er", "ation"];

impl Vocabulary {
    fn new(seed: u64, tongue: &Tongue) -> Vocabulary {
        // English keeps the stream it always had, so its publication is the same as before.
        let stream = match tongue.code {
            "en" => u64::MAX,
            code => u64::MAX - 16 - code.len() as u64 - u64::from(code.as_bytes()[0]),
        };
        let mut rng = Rng::new(seed, stream);
        let mut seen: HashSet<String> = tongue
            .function_words
            .iter()
            .map(|w| w.to_string())
            .collect();
        let mut words: Vec<String> = tongue
            .function_words
            .iter()
            .map(|w| w.to_string())
            .collect();
        let min_len = if tongue.spaced { 3 } else { 1 };
        while words.len() < VOCABULARY {
            let word = (tongue.word)(&mut rng);
            if word.len() >= min_len && seen.insert(word.clone()) {
                words.push(word);
            }
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0);
                total
            })
            .collect::<Vec<_>>();
        let cumulative = cumulative.into_iter().map(|c| c / total).collect();
        Vocabulary {
            words,
            cumulative,
            function_words: tongue.function_words.len(),
            suffixes: tongue.suffixes,
            spaced: tongue.spaced,
        }
    }

    fn rank(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cumulative
            .partition_point(|&c| c < u)
            .min(self.words.len() - 1)
    }

    /// A word as it appears in text: sometimes inflected.
    fn push_word(&self, rng: &mut Rng, out: &mut String) {
        let rank = self.rank(rng);
        out.push_str(&self.words[rank]);
        if rank >= self.function_words && !self.suffixes.is_empty() && rng.chance(0.2) {
            out.push_str(self.suffixes[rng.below(self.suffixes.len())]);
        }
    }

    fn sentence(&self, rng: &mut Rng, words: usize, out: &mut String) {
        let start = out.len();
        for i in 0..words {
            if i > 0 && self.spaced {
                out.push(' ');
            }
            self.push_word(rng, out);
        }
        if let Some(first) = out[start..].chars().next() {
            let upper: String = first.to_uppercase().collect();
            out.replace_range(start..start + first.len_utf8(), &upper);
        }
    }

    /// A sentence's end: a full stop or a comma, in the language's script.
    fn stop(&self, comma: bool) -> &'static str {
        match (self.spaced, comma) {
            (true, true) => ",",
            (true, false) => ".",
            (false, true) => "，",
            (false, false) => "。",
        }
    }
}

const THEMES: usize = 24;
const CONTINENTS: usize = 6;
const COUNTRIES_PER_CONTINENT: usize = 8;
const REPORTS: usize = 30;
const AUTHORS: usize = 250;
const SOURCES: usize = 15;

/// A skewed pick in `0..n`: low numbers far more often, as with real desks and bylines.
fn skewed(rng: &mut Rng, n: usize) -> usize {
    let u = rng.unit();
    ((u * u) * n as f64) as usize
}

/// A title, a standfirst and a body of `vocab`'s words.
fn generate_text(vocab: &Vocabulary, rng: &mut Rng) -> (String, String, String) {
    let mut title = String::new();
    let n = rng.range(6, 12);
    vocab.sentence(rng, n, &mut title);
    let mut standfirst = String::new();
    let n = rng.range(20, 40);
    vocab.sentence(rng, n, &mut standfirst);
    standfirst.push_str(vocab.stop(false));

    let target_words = rng.range(400, 1200);
    let mut body = String::with_capacity(target_words * 8);
    let mut written = 0;
    while written < target_words {
        if written > 0 {
            let paragraph = rng.chance(0.2);
            if paragraph {
                body.push_str("\n\n");
            } else if vocab.spaced {
                body.push(' ');
            }
        }
        let n = rng.range(8, 24).min(target_words - written).max(1);
        vocab.sentence(rng, n, &mut body);
        body.push_str(vocab.stop(rng.chance(0.1)));
        written += n;
    }
    (title, standfirst, body)
}

fn generate_doc(vocab: &Vocabulary, seed: u64, i: usize) -> SearchDoc {
    let mut rng = Rng::new(seed, i as u64);
    let (title, standfirst, body) = generate_text(vocab, &mut rng);

    let mut regions = Vec::new();
    for _ in 0..rng.range(1, 2) {
        let continent = skewed(&mut rng, CONTINENTS);
        let country = continent * COUNTRIES_PER_CONTINENT + rng.below(COUNTRIES_PER_CONTINENT);
        regions.push(format!("continent-{continent}"));
        regions.push(format!("country-{country}"));
    }
    let themes = (0..rng.range(1, 3))
        .map(|_| format!("theme-{}", skewed(&mut rng, THEMES)))
        .collect();
    let reports = if rng.chance(0.08) {
        vec![format!("report-{}", rng.below(REPORTS))]
    } else {
        vec![]
    };
    let authors = (0..rng.range(1, 2))
        .map(|_| format!("author-{}", skewed(&mut rng, AUTHORS)))
        .collect();
    let source = rng
        .chance(0.2)
        .then(|| format!("source-{}", rng.below(SOURCES)));
    SearchDoc {
        id: i as i64 + 1,
        slug: format!("article-{}", i + 1),
        title,
        standfirst,
        body_text: body,
        // A few French-tagged articles: tantivy then searches two language groups.
        language: if rng.chance(0.05) { "fr" } else { "en" }.to_owned(),
        published_at: EPOCH_END - (rng.unit() * TEN_YEARS as f64) as i64,
        authors,
        regions,
        themes,
        reports,
        source,
        original: None,
    }
}

/// Every fourth article is translated, into two of the translation languages (a Latin-script
/// one and one written without spaces, in turn), with text of the same shape in that language.
fn translations_of(
    original: &SearchDoc,
    i: usize,
    seed: u64,
    tongues: &[Vocabulary],
) -> Vec<SearchDoc> {
    if !i.is_multiple_of(4) {
        return Vec::new();
    }
    let pair: [usize; 2] = if (i / 4).is_multiple_of(2) {
        [0, 2]
    } else {
        [1, 3]
    };
    pair.into_iter()
        .map(|t| {
            let mut rng = Rng::new(seed, (i as u64) << 8 | t as u64 | 1 << 62);
            let (title, standfirst, body_text) = generate_text(&tongues[t], &mut rng);
            SearchDoc {
                title,
                standfirst,
                body_text,
                language: TRANSLATION_TONGUES[t].code.to_owned(),
                original: Some(Original {
                    language: original.language.clone(),
                    title: original.title.clone(),
                }),
                ..original.clone()
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Queries

#[derive(Clone, Copy, PartialEq, Eq)]
enum Category {
    Common,
    Rare,
    TwoWords,
    Phrase,
    Filtered,
}

impl Category {
    const ALL: [Category; 5] = [
        Category::Common,
        Category::Rare,
        Category::TwoWords,
        Category::Phrase,
        Category::Filtered,
    ];

    fn name(self) -> &'static str {
        match self {
            Category::Common => "common",
            Category::Rare => "rare",
            Category::TwoWords => "two_words",
            Category::Phrase => "phrase",
            Category::Filtered => "filtered",
        }
    }
}

struct BenchQuery {
    category: Category,
    tantivy: SearchQuery,
    fts5: String,
}

fn make_queries(vocab: &Vocabulary, docs: &[SearchDoc], seed: u64, n: usize) -> Vec<BenchQuery> {
    let mut rng = Rng::new(seed, u64::MAX - 1);
    let word = |rng: &mut Rng, lo: usize, hi: usize| vocab.words[rng.range(lo, hi)].clone();
    (0..n)
        .map(|i| {
            let category = Category::ALL[i % Category::ALL.len()];
            let (text, fts5, theme) = match category {
                // The most frequent words, "the" included: matches nearly every article.
                Category::Common => {
                    let w = word(&mut rng, 0, 300);
                    (w.clone(), format!("\"{w}\""), None)
                }
                Category::Rare => {
                    let w = word(&mut rng, 20_000, VOCABULARY - 1);
                    (w.clone(), format!("\"{w}\""), None)
                }
                Category::TwoWords => {
                    let (a, b) = (word(&mut rng, 100, 5_000), word(&mut rng, 100, 5_000));
                    (format!("{a} {b}"), format!("\"{a}\" \"{b}\""), None)
                }
                // Two adjacent words taken from an article, so the phrase exists.
                Category::Phrase => {
                    let doc = &docs[rng.below(docs.len())];
                    let words: Vec<String> = doc
                        .body_text
                        .split_whitespace()
                        .map(|w| {
                            w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                        })
                        .collect();
                    let at = rng.below(words.len() - 1);
                    let phrase = format!("{} {}", words[at], words[at + 1]);
                    (format!("\"{phrase}\""), format!("\"{phrase}\""), None)
                }
                Category::Filtered => {
                    let w = word(&mut rng, 50, 3_000);
                    let theme = skewed(&mut rng, THEMES);
                    (
                        w.clone(),
                        format!("\"{w}\" AND facets:theme{theme}"),
                        Some(format!("theme-{theme}")),
                    )
                }
            };
            BenchQuery {
                category,
                tantivy: SearchQuery {
                    text,
                    theme,
                    page: 1,
                    per_page: TOP_K as u32,
                    ..SearchQuery::default()
                },
                fts5,
            }
        })
        .collect()
}

fn load_fts5(path: &Path, docs: &[SearchDoc]) -> Connection {
    let mut db = Connection::open(path).expect("open sqlite");
    // Bulk-load settings, and mmap reads as tantivy has: FTS5 gets its best case.
    db.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;
         PRAGMA mmap_size = 4294967296; PRAGMA temp_store = MEMORY;
         CREATE VIRTUAL TABLE fts USING fts5(
             slug UNINDEXED, published_at UNINDEXED, title, standfirst, body, facets,
             tokenize = 'porter unicode61 remove_diacritics 2');
         INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25(0.0, 0.0, 3.0, 2.0, 1.0, 0.0)');",
    )
    .expect("create the fts5 table");
    let tx = db.transaction().expect("begin");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO fts (rowid, slug, published_at, title, standfirst, body, facets) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .expect("prepare insert");
        for d in docs {
            // Facet values as tokens of their own column (`theme-7` → `theme7`), so a filter is
            // an FTS5 column query: the fastest way FTS5 has to filter.
            let facets = d
                .themes
                .iter()
                .chain(&d.regions)
                .chain(&d.authors)
                .chain(&d.reports)
                .chain(&d.source)
                .map(|v| v.replace('-', ""))
                .collect::<Vec<_>>()
                .join(" ");
            insert
                .execute(params![
                    d.id,
                    d.slug,
                    d.published_at,
                    d.title,
                    d.standfirst,
                    d.body_text,
                    facets
                ])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
    db.execute_batch("INSERT INTO fts(fts) VALUES ('optimize');")
        .expect("optimize");
    db
}

// ---------------------------------------------------------------------------------------------
// Measuring

fn measure(q: &BenchQuery, mut run: impl FnMut(&BenchQuery) -> u64) -> (Category, Duration, u64) {
    let t = Instant::now();
    let total = run(q);
    (q.category, t.elapsed(), total)
}

/// The run with the median time among one query's rounds.
fn median(mut runs: Vec<(Category, Duration, u64)>) -> (Category, Duration, u64) {
    runs.sort_by_key(|&(_, d, _)| d);
    runs[runs.len() / 2]
}

/// The 1-minute load average, or 0 where `/proc` has none.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0)
}

/// Nearest-rank percentile, in milliseconds.
fn percentile_ms(samples: &[(Duration, u64)], p: f64) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let mut sorted: Vec<Duration> = samples.iter().map(|(d, _)| *d).collect();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1e3
}

fn mean_total(samples: &[(Duration, u64)]) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    samples.iter().map(|(_, n)| *n as f64).sum::<f64>() / samples.len() as f64
}
