//! Text analysis: the language groups, the word tokenizer and the analyzers of each group.
//!
//! Every analyzer runs the same [`WordTokenizer`], so a query splits into the same words whatever
//! group it is analysed for; the groups differ only in the filters after it (stemming, folding).
//!
//! Each group has two analyzers. The *words* analyzer gives the terms a query is made of and
//! drives snippets. The *index* analyzer (registered as `lang_<code>`) emits the same words plus
//! [`CommonGrams`]: where two of the language's most frequent words follow each other (`of the`),
//! it also indexes the pair as one term, at the first word's position. A phrase made only of
//! such words is then searched as pairs rather than by comparing the positions of two words
//! that occur in every article, which took 100 ms on 100,000 articles. Phrases with a rarer word
//! need nothing: the rare word keeps the candidates few.

use std::collections::HashSet;
use std::sync::Arc;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer,
    TextAnalyzer, TextAnalyzerBuilder, Token, TokenFilter, TokenStream, Tokenizer,
    TokenizerManager,
};

/// Tokens longer than this many bytes are dropped: they are base64, URLs or garbage, never words
/// a reader types, and they would bloat the term dictionary. Bytes, not chars, so a long Tamil
/// or Georgian word (three bytes a letter) still fits.
const MAX_TOKEN_BYTES: usize = 120;

/// One language group: the languages whose text shares fields and an analyzer.
pub(crate) struct Group {
    /// Suffix of the group's field names (`title_en`) and of its tokenizer's name (`lang_en`).
    pub code: &'static str,
    /// Tantivy's Snowball stemmer for the language, if it has one.
    stemmer: Option<Language>,
    /// Fold accents to ASCII after stemming, so `economie` finds `économie`. Only for scripts
    /// where folding maps anything (it is a no-op on Arabic, Greek, Cyrillic and Tamil).
    fold: bool,
    /// The language's most frequent words, for [`CommonGrams`]; empty for none.
    common: &'static [&'static str],
}

/// The groups, in field order. Changing this list changes the schema: bump `SCHEMA_VERSION`.
pub(crate) const GROUPS: &[Group] = &[
    group("ar", Some(Language::Arabic), false, &[]),
    group("da", Some(Language::Danish), true, &[]),
    group("de", Some(Language::German), true, COMMON_DE),
    group("el", Some(Language::Greek), false, &[]),
    group("en", Some(Language::English), true, COMMON_EN),
    group("es", Some(Language::Spanish), true, COMMON_ES),
    group("fi", Some(Language::Finnish), true, &[]),
    group("fr", Some(Language::French), true, COMMON_FR),
    group("hu", Some(Language::Hungarian), true, &[]),
    group("it", Some(Language::Italian), true, COMMON_IT),
    group("nl", Some(Language::Dutch), true, COMMON_NL),
    group("no", Some(Language::Norwegian), true, &[]),
    group("pt", Some(Language::Portuguese), true, COMMON_PT),
    group("ro", Some(Language::Romanian), true, &[]),
    group("ru", Some(Language::Russian), false, &[]),
    group("sv", Some(Language::Swedish), true, &[]),
    group("ta", Some(Language::Tamil), false, &[]),
    group("tr", Some(Language::Turkish), true, &[]),
    // Every other language: no stemming, lower case and folding only.
    group("default", None, true, &[]),
];

const fn group(
    code: &'static str,
    stemmer: Option<Language>,
    fold: bool,
    common: &'static [&'static str],
) -> Group {
    Group {
        code,
        stemmer,
        fold,
        common,
    }
}

// The most frequent words of news text in each language: function words, plus the few verbs
// and numbers found in nearly every article. Part of the schema: bump `SCHEMA_VERSION` when
// they change.
const COMMON_EN: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but",
    "by", "can", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into",
    "is", "it", "its", "more", "new", "no", "not", "of", "on", "one", "or", "out", "over", "said",
    "she", "so", "than", "that", "the", "their", "them", "there", "they", "this", "to", "up",
    "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you",
];
const COMMON_FR: &[&str] = &[
    "a", "à", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "elle", "en",
    "est", "et", "été", "être", "il", "ils", "l", "la", "le", "les", "leur", "mais", "n", "ne",
    "on", "ont", "ou", "par", "pas", "plus", "pour", "qu", "que", "qui", "s", "sa", "se", "son",
    "sont", "sur", "un", "une",
];
const COMMON_DE: &[&str] = &[
    "auch", "auf", "aus", "bei", "das", "dass", "dem", "den", "der", "des", "die", "ein", "eine",
    "einem", "einen", "einer", "es", "für", "hat", "ich", "im", "in", "ist", "mit", "nach",
    "nicht", "noch", "sich", "sie", "sind", "und", "von", "vor", "war", "werden", "wie", "wird",
    "zu", "zum", "zur",
];
const COMMON_ES: &[&str] = &[
    "a", "al", "como", "con", "de", "del", "el", "en", "es", "fue", "ha", "la", "las", "le", "lo",
    "los", "más", "no", "para", "pero", "por", "que", "se", "su", "sus", "un", "una", "y",
];
const COMMON_IT: &[&str] = &[
    "a", "al", "alla", "che", "con", "da", "del", "della", "di", "e", "è", "gli", "i", "il", "in",
    "l", "la", "le", "non", "per", "più", "si", "su", "un", "una", "uno",
];
const COMMON_PT: &[&str] = &[
    "a", "ao", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "é", "em", "foi", "mais",
    "na", "nas", "no", "nos", "não", "o", "os", "para", "por", "que", "se", "um", "uma",
];
const COMMON_NL: &[&str] = &[
    "aan", "al", "als", "bij", "dat", "de", "die", "een", "en", "er", "het", "in", "is", "met",
    "niet", "nog", "of", "om", "ook", "op", "te", "van", "voor", "was", "werd", "wordt", "zijn",
];

/// Index of the `default` group in [`GROUPS`].
const DEFAULT_GROUP: usize = GROUPS.len() - 1;

/// The tokenizer name registered for a group.
pub(crate) fn tokenizer_name(group: &Group) -> String {
    format!("lang_{}", group.code)
}

/// Normalises a language tag for storage and filtering: trimmed and lower-cased (`pt-BR` →
/// `pt-br`), so a filter matches whatever case the caller used.
pub(crate) fn normalize_language(tag: &str) -> String {
    tag.trim().to_lowercase()
}

/// The group a language tag belongs to, by its primary subtag (`pt-br` → `pt`, `nb` → `no`).
pub(crate) fn group_of(language: &str) -> usize {
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let code = match primary.as_str() {
        // Bokmål and Nynorsk share the Norwegian stemmer.
        "nb" | "nn" => "no",
        other => other,
    };
    GROUPS
        .iter()
        .position(|g| g.code == code && g.stemmer.is_some())
        .unwrap_or(DEFAULT_GROUP)
}

/// What queries and snippets need of each group, indexed like [`GROUPS`].
pub(crate) struct Analyzers {
    /// Words only, no pairs.
    pub words: Vec<TextAnalyzer>,
    /// The group's common words as the words analyzer gives them (stemmed, folded).
    pub common: Vec<Arc<HashSet<String>>>,
}

impl Analyzers {
    pub(crate) fn new() -> Analyzers {
        let words: Vec<TextAnalyzer> = GROUPS.iter().map(|g| analyzer(g, None)).collect();
        let common = GROUPS
            .iter()
            .zip(&words)
            .map(|(group, analyzer)| {
                let mut analyzer = analyzer.clone();
                let mut set = HashSet::new();
                for word in group.common {
                    let mut stream = analyzer.token_stream(word);
                    while let Some(token) = stream.next() {
                        set.insert(token.text.clone());
                    }
                }
                Arc::new(set)
            })
            .collect();
        Analyzers { words, common }
    }

    /// Registers each group's index analyzer as `lang_<code>`.
    pub(crate) fn register(&self, manager: &TokenizerManager) {
        for (group, common) in GROUPS.iter().zip(&self.common) {
            let grams = (!common.is_empty()).then(|| CommonGrams::new(common.clone()));
            manager.register(&tokenizer_name(group), analyzer(group, grams));
        }
    }
}

/// The words analyzer of a group for highlighting `words` (analysed forms): the same terms for
/// every token that can match, cheaper for the others.
///
/// Stemming is most of the cost of analysing a body, and a snippet only needs the tokens that
/// can equal a query word. The Snowball stemmers only rewrite endings, so a token whose first
/// letter (ASCII, lower-cased) starts no query word cannot stem to one: it is passed on
/// unstemmed. Tokens starting with any other character are always stemmed (`é` may fold to the
/// `e` of `econom`).
pub(crate) fn snippet_analyzer(group: usize, words: &[String]) -> TextAnalyzer {
    let group = &GROUPS[group];
    let Some(language) = group.stemmer else {
        return analyzer(group, None);
    };
    let mut first_letters = [false; 128];
    for word in words {
        if let Some(&b) = word.as_bytes().first().filter(|b| b.is_ascii()) {
            first_letters[usize::from(b)] = true;
        }
    }
    let stem = SelectiveStemmer {
        stemmer: TextAnalyzer::builder(RawTokenizer::default())
            .filter(Stemmer::new(language))
            .build(),
        first_letters,
    };
    let base = TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(stem);
    if group.fold {
        base.filter(AsciiFoldingFilter).build()
    } else {
        base.build()
    }
}

/// Stems the tokens that may stem to a query word (see [`snippet_analyzer`]).
#[derive(Clone)]
struct SelectiveStemmer {
    /// The language's stemmer over a whole token.
    stemmer: TextAnalyzer,
    first_letters: [bool; 128],
}

impl TokenFilter for SelectiveStemmer {
    type Tokenizer<T: Tokenizer> = SelectiveStemmerTokenizer<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> SelectiveStemmerTokenizer<T> {
        SelectiveStemmerTokenizer { stem: self, inner }
    }
}

#[derive(Clone)]
struct SelectiveStemmerTokenizer<T> {
    stem: SelectiveStemmer,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for SelectiveStemmerTokenizer<T> {
    type TokenStream<'a> = SelectiveStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SelectiveStemmerStream {
            stem: &mut self.stem,
            tail: self.inner.token_stream(text),
        }
    }
}

struct SelectiveStemmerStream<'a, S> {
    stem: &'a mut SelectiveStemmer,
    tail: S,
}

impl<S: TokenStream> TokenStream for SelectiveStemmerStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let may_match = token
            .text
            .as_bytes()
            .first()
            .is_some_and(|&b| !b.is_ascii() || self.stem.first_letters[usize::from(b)]);
        if may_match {
            let mut stemmed = self.stem.stemmer.token_stream(&token.text);
            if let Some(t) = stemmed.next() {
                let text = t.text.clone();
                drop(stemmed);
                token.text = text;
            }
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

fn analyzer(group: &Group, grams: Option<CommonGrams>) -> TextAnalyzer {
    fn finish<T: Tokenizer>(b: TextAnalyzerBuilder<T>, grams: Option<CommonGrams>) -> TextAnalyzer {
        match grams {
            Some(grams) => b.filter(grams).build(),
            None => b.build(),
        }
    }
    // One concrete chain per combination rather than `.dynamic()` filters: one virtual call per
    // token instead of one per filter, which shows when indexing hundreds of megabytes.
    let base = || {
        TextAnalyzer::builder(WordTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
    };
    // Stem before folding: the Snowball stemmers expect accented input (French `-ée`).
    match (group.stemmer, group.fold) {
        (Some(lang), true) => finish(
            base().filter(Stemmer::new(lang)).filter(AsciiFoldingFilter),
            grams,
        ),
        (Some(lang), false) => finish(base().filter(Stemmer::new(lang)), grams),
        (None, true) => finish(base().filter(AsciiFoldingFilter), grams),
        (None, false) => finish(base(), grams),
    }
}

/// The term indexed for two common words in a row. Words never contain a space, so a pair can
/// never equal a word.
pub(crate) fn pair(first: &str, second: &str) -> String {
    format!("{first} {second}")
}

/// A token filter that, after each common word followed by another, also emits the pair (see
/// the module docs). The pair takes the first word's position and spans both words' bytes.
#[derive(Clone)]
pub(crate) struct CommonGrams {
    words: Arc<HashSet<String>>,
    /// No common word is longer: longer tokens skip the hash lookup.
    max_len: usize,
}

impl CommonGrams {
    fn new(words: Arc<HashSet<String>>) -> CommonGrams {
        let max_len = words.iter().map(String::len).max().unwrap_or(0);
        CommonGrams { words, max_len }
    }
}

impl TokenFilter for CommonGrams {
    type Tokenizer<T: Tokenizer> = CommonGramsTokenizer<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CommonGramsTokenizer<T> {
        CommonGramsTokenizer { grams: self, inner }
    }
}

#[derive(Clone)]
pub(crate) struct CommonGramsTokenizer<T> {
    grams: CommonGrams,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CommonGramsTokenizer<T> {
    type TokenStream<'a> = CommonGramsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CommonGramsStream {
            grams: &self.grams,
            tail: self.inner.token_stream(text),
            out: Token::default(),
            ahead: Token::default(),
            has_ahead: false,
            pair_next: false,
        }
    }
}

pub(crate) struct CommonGramsStream<'a, S> {
    grams: &'a CommonGrams,
    tail: S,
    /// The token handed out.
    out: Token,
    /// The token read after `out` to see whether it pairs with it.
    ahead: Token,
    has_ahead: bool,
    /// `out` and `ahead` are both common and adjacent: the pair comes next.
    pair_next: bool,
}

impl CommonGrams {
    fn is_common(&self, token: &Token) -> bool {
        token.text.len() <= self.max_len && self.words.contains(&token.text)
    }
}

impl<S: TokenStream> TokenStream for CommonGramsStream<'_, S> {
    fn advance(&mut self) -> bool {
        if self.pair_next {
            // `out` still holds the first word, which the caller has seen: extend it in place.
            self.pair_next = false;
            self.out.text.push(' ');
            self.out.text.push_str(&self.ahead.text);
            self.out.offset_to = self.ahead.offset_to;
            return true;
        }
        if self.has_ahead {
            self.has_ahead = false;
            std::mem::swap(&mut self.out, &mut self.ahead);
        } else if self.tail.advance() {
            self.out.clone_from(self.tail.token());
        } else {
            return false;
        }
        if self.grams.is_common(&self.out) && self.tail.advance() {
            self.ahead.clone_from(self.tail.token());
            self.has_ahead = true;
            self.pair_next = self.ahead.position == self.out.position.wrapping_add(1)
                && self.grams.is_common(&self.ahead);
        }
        true
    }

    fn token(&self) -> &Token {
        &self.out
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.out
    }
}

/// Splits text into words: runs of letters, digits and the combining marks that belong inside
/// words. Scripts written without spaces between words are split by ICU4X's dictionary
/// segmenter (the `segmenter` feature): Chinese and Japanese by their dictionaries, Thai, Lao,
/// Khmer and Burmese by theirs. Without the feature every Han, Hiragana and Katakana character
/// is a word of its own, as in Lucene's standard tokenizer.
///
/// Tantivy's `SimpleTokenizer` splits on every non-alphanumeric char, which cuts Tamil, Hindi or
/// Thai words apart at their vowel signs and viramas (combining marks, not alphanumeric). A
/// query is split by the same tokenizer, and the query parser turns words with nothing between
/// them into a phrase, so `气候变化` searches the words `气候` `变化` next to each other: a word
/// in the middle of a sentence is found, and so is a query the segmenter splits further than
/// the sentence it occurs in (single characters, as a last resort, still make a phrase).
#[derive(Clone, Default)]
pub(crate) struct WordTokenizer {
    token: Token,
    pending: Vec<(usize, usize)>,
}

pub(crate) struct WordTokenStream<'a> {
    text: &'a str,
    /// Byte offset where scanning resumes.
    cursor: usize,
    token: &'a mut Token,
    /// Words the segmenter found in the run before `cursor` and not handed out yet, as byte
    /// ranges, the next one last.
    pending: &'a mut Vec<(usize, usize)>,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        self.pending.clear();
        WordTokenStream {
            text,
            cursor: 0,
            token: &mut self.token,
            pending: &mut self.pending,
        }
    }
}

impl WordTokenStream<'_> {
    fn emit(&mut self, from: usize, to: usize) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.text.push_str(&self.text[from..to]);
        true
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some((from, to)) = self.pending.pop() {
                return self.emit(from, to);
            }
            let rest = &self.text[self.cursor..];
            let mut chars = rest.char_indices();
            // Skip to the first char that can start a word.
            let (start, first) = loop {
                match chars.next() {
                    Some((i, c)) if c.is_alphanumeric() => break (i, c),
                    Some(_) => {}
                    None => {
                        self.cursor = self.text.len();
                        return false;
                    }
                }
            };
            let from = self.cursor + start;
            if is_unspaced(first) {
                let mut to = from + first.len_utf8();
                for (i, c) in chars {
                    if !(is_unspaced(c) || is_word_mark(c)) {
                        break;
                    }
                    to = self.cursor + i + c.len_utf8();
                }
                self.cursor = to;
                segment_words(self.text, from..to, self.pending);
                // A run of marks and punctuation has no word: scan on.
                continue;
            }
            let mut end = start + first.len_utf8();
            for (i, c) in chars {
                if is_unspaced(c) || !(c.is_alphanumeric() || is_word_mark(c)) {
                    break;
                }
                end = i + c.len_utf8();
            }
            let to = self.cursor + end;
            self.cursor = to;
            return self.emit(from, to);
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Characters of the scripts written without spaces, whose runs go to the segmenter.
#[cfg(feature = "segmenter")]
fn is_unspaced(c: char) -> bool {
    is_cjk_unigram(c)
        || matches!(
            c as u32,
            // Thai, Lao, Burmese, Khmer; 々 〆 〇; Katakana extensions and half-width Katakana.
            0x0E00..=0x0EFF
                | 0x1000..=0x109F
                | 0x1780..=0x17FF
                | 0x3005..=0x3007
                | 0x31F0..=0x31FF
                | 0xFF66..=0xFF9F
        )
}

#[cfg(not(feature = "segmenter"))]
fn is_unspaced(c: char) -> bool {
    is_cjk_unigram(c)
}

/// Pushes the words of `text[run]` onto `out`, the first word last.
#[cfg(feature = "segmenter")]
fn segment_words(text: &str, run: std::ops::Range<usize>, out: &mut Vec<(usize, usize)>) {
    thread_local! {
        // The dictionaries are compiled in, so making one costs nothing; it is not `Sync`.
        static SEGMENTER: icu_segmenter::WordSegmenter =
            icu_segmenter::WordSegmenter::new_dictionary();
    }
    let at = run.start;
    let words_from = out.len();
    SEGMENTER.with(|segmenter| {
        let run = &text[run];
        let mut last = 0;
        // A segment is a word when it holds a letter or digit. Not the segmenter's own word
        // type: ICU4X 1.5 gives a two-character word that is the whole input none (`水库`
        // alone), which would make such a query find nothing.
        for next in segmenter.segment_str(run) {
            if next > last && run[last..next].chars().any(char::is_alphanumeric) {
                out.push((at + last, at + next));
            }
            last = next;
        }
    });
    out[words_from..].reverse();
}

/// Without the segmenter, each character of a run is a word.
#[cfg(not(feature = "segmenter"))]
fn segment_words(text: &str, run: std::ops::Range<usize>, out: &mut Vec<(usize, usize)>) {
    let words_from = out.len();
    out.extend(
        text[run.clone()]
            .char_indices()
            .filter(|(_, c)| c.is_alphanumeric())
            .map(|(i, c)| (run.start + i, run.start + i + c.len_utf8())),
    );
    out[words_from..].reverse();
}

/// Han ideographs, Hiragana and Katakana.
fn is_cjk_unigram(c: char) -> bool {
    matches!(
        c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF
    )
}

/// Combining marks and joiners that sit inside words without being alphanumeric: Latin
/// combining diacritics (decomposed text), Hebrew and Arabic points, the vowel signs and viramas
/// of the Indic scripts (Devanagari to Sinhala, minus their punctuation), Thai and Lao vowel
/// marks, and the zero-width (non-)joiners of Persian and the Indic scripts.
fn is_word_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x0591..=0x05BD
            | 0x05BF
            | 0x05C1..=0x05C2
            | 0x05C4..=0x05C5
            | 0x05C7
            | 0x0610..=0x061A
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7..=0x06E8
            | 0x06EA..=0x06ED
            | 0x0900..=0x0963
            | 0x0966..=0x096F
            | 0x0971..=0x0DF3
            | 0x0E31
            | 0x0E34..=0x0E3A
            | 0x0E47..=0x0E4E
            | 0x0EB1
            | 0x0EB4..=0x0EBC
            | 0x0EC8..=0x0ECE
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x200C..=0x200D
            | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(group_code: &str, text: &str) -> Vec<String> {
        let group = GROUPS
            .iter()
            .find(|g| g.code == group_code)
            .expect("known group");
        analyse(&mut analyzer(group, None), text)
    }

    fn analyse(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn english_stems_inflections_to_one_term() {
        assert_eq!(tokens("en", "strikes Striking strike"), ["strike"; 3]);
    }

    #[test]
    fn french_stems_then_folds_accents() {
        let stemmed = tokens("fr", "économies économie economie");
        assert_eq!(stemmed[0], stemmed[1]);
        assert_eq!(stemmed[1], stemmed[2]);
        assert!(stemmed[0].is_ascii());
    }

    #[test]
    fn tamil_words_keep_their_vowel_signs() {
        // "தமிழ் நாடு": the vowel sign ி and the virama ் are combining marks.
        assert_eq!(tokens("default", "தமிழ் நாடு").len(), 2);
    }

    #[cfg(not(feature = "segmenter"))]
    #[test]
    fn cjk_characters_are_one_token_each_without_the_segmenter() {
        assert_eq!(
            tokens("default", "東京都 Tokyo"),
            ["東", "京", "都", "tokyo"]
        );
    }

    #[cfg(feature = "segmenter")]
    #[test]
    fn chinese_japanese_and_thai_are_split_into_words() {
        // "Global climate change affects agriculture."
        assert_eq!(
            tokens("default", "全球气候变化影响农业。"),
            ["全球", "气候", "变化", "影响", "农业"]
        );
        // A word alone, as a reader types it.
        assert_eq!(tokens("default", "水库"), ["水库"]);
        // "Farmers in Tokyo", with the particle split off the nouns.
        let japanese = tokens("default", "東京の農家");
        assert!(japanese.contains(&"農家".to_string()), "{japanese:?}");
        assert!(japanese.contains(&"東京".to_string()), "{japanese:?}");
        // "Farmers in the north": Thai has no spaces between words.
        let thai = tokens("default", "เกษตรกรในภาคเหนือ");
        assert!(thai.contains(&"เกษตรกร".to_string()), "{thai:?}");
        assert!(thai.len() >= 3, "{thai:?}");
        // Latin and digits beside a run stay words of their own; offsets point into the text.
        let mut analyzer = analyzer(&GROUPS[group_of("zh")], None);
        let text = "COP29在巴库举行";
        let mut stream = analyzer.token_stream(text);
        let mut seen = Vec::new();
        while let Some(token) = stream.next() {
            seen.push((
                text[token.offset_from..token.offset_to].to_owned(),
                token.position,
            ));
        }
        assert_eq!(seen[0], ("COP29".to_owned(), 0));
        assert!(seen.iter().any(|(w, _)| w == "巴库"), "{seen:?}");
        let positions: Vec<usize> = seen.iter().map(|(_, p)| *p).collect();
        assert_eq!(positions, (0..seen.len()).collect::<Vec<_>>());
    }

    #[test]
    fn punctuation_and_emoji_split_words() {
        assert_eq!(
            tokens("default", "l'été—2024 🎉ok"),
            ["l", "ete", "2024", "ok"]
        );
    }

    #[test]
    fn index_analyzer_adds_pairs_of_common_words() {
        let analyzers = Analyzers::new();
        let manager = TokenizerManager::default();
        analyzers.register(&manager);
        let mut english = manager.get("lang_en").expect("registered");
        assert_eq!(
            analyse(&mut english, "One of the strikes, and the"),
            [
                "one", "one of", "of", "of the", "the", "strike", "and", "and the", "the"
            ]
        );
        let mut stream = english.token_stream("of the");
        let first = stream.next().expect("a token").clone();
        let pair = stream.next().expect("the pair").clone();
        assert_eq!((first.position, pair.position), (0, 0));
        assert_eq!((pair.offset_from, pair.offset_to), (0, 6));
        // Groups without a list index words only.
        let mut default = manager.get("lang_default").expect("registered");
        assert_eq!(analyse(&mut default, "of the"), ["of", "the"]);
    }

    #[test]
    fn common_words_are_kept_in_analysed_form() {
        let analyzers = Analyzers::new();
        let french = &analyzers.common[group_of("fr")];
        assert!(french.contains("ete"), "été, stemmed and folded");
        assert!(analyzers.common[group_of("ja")].is_empty());
    }

    #[test]
    fn snippet_analyzer_gives_the_words_analyzer_terms_where_they_can_match() {
        let text = "Strikers striking; the économie, Économies and ECONOMY dying";
        for (code, words) in [
            ("en", &["strike", "econom", "die"][..]),
            ("fr", &["econom"][..]),
            ("en", &[][..]),
            ("default", &["strikers"][..]),
        ] {
            let group = group_of(code);
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            let full = analyse(&mut analyzer(&GROUPS[group], None), text);
            let cheap = analyse(&mut snippet_analyzer(group, &words), text);
            assert_eq!(full.len(), cheap.len());
            for (f, c) in full.iter().zip(&cheap) {
                if words.contains(f) || words.contains(c) {
                    assert_eq!(f, c, "{code}: {text}");
                }
            }
            // Every word of the query that the text holds is found.
            for w in &words {
                assert_eq!(full.contains(w), cheap.contains(w), "{code}: {w}");
            }
        }
    }

    #[test]
    fn languages_map_to_groups_by_primary_subtag() {
        assert_eq!(GROUPS[group_of("pt-BR")].code, "pt");
        assert_eq!(GROUPS[group_of("nb")].code, "no");
        assert_eq!(GROUPS[group_of("EN")].code, "en");
        assert_eq!(GROUPS[group_of("ja")].code, "default");
        assert_eq!(GROUPS[group_of("default")].code, "default");
        assert_eq!(GROUPS[group_of("")].code, "default");
    }
}
