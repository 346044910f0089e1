//! Text analysis: the language groups, the word tokenizer and one analyzer per group.
//!
//! Every analyzer runs the same [`WordTokenizer`], so a query splits into the same words whatever
//! group it is analysed for; the groups differ only in the filters after it (stemming, folding).

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer, Token,
    TokenStream, Tokenizer, TokenizerManager,
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
}

/// The groups, in field order. Changing this list changes the schema: bump `SCHEMA_VERSION`.
pub(crate) const GROUPS: &[Group] = &[
    Group {
        code: "ar",
        stemmer: Some(Language::Arabic),
        fold: false,
    },
    Group {
        code: "da",
        stemmer: Some(Language::Danish),
        fold: true,
    },
    Group {
        code: "de",
        stemmer: Some(Language::German),
        fold: true,
    },
    Group {
        code: "el",
        stemmer: Some(Language::Greek),
        fold: false,
    },
    Group {
        code: "en",
        stemmer: Some(Language::English),
        fold: true,
    },
    Group {
        code: "es",
        stemmer: Some(Language::Spanish),
        fold: true,
    },
    Group {
        code: "fi",
        stemmer: Some(Language::Finnish),
        fold: true,
    },
    Group {
        code: "fr",
        stemmer: Some(Language::French),
        fold: true,
    },
    Group {
        code: "hu",
        stemmer: Some(Language::Hungarian),
        fold: true,
    },
    Group {
        code: "it",
        stemmer: Some(Language::Italian),
        fold: true,
    },
    Group {
        code: "nl",
        stemmer: Some(Language::Dutch),
        fold: true,
    },
    Group {
        code: "no",
        stemmer: Some(Language::Norwegian),
        fold: true,
    },
    Group {
        code: "pt",
        stemmer: Some(Language::Portuguese),
        fold: true,
    },
    Group {
        code: "ro",
        stemmer: Some(Language::Romanian),
        fold: true,
    },
    Group {
        code: "ru",
        stemmer: Some(Language::Russian),
        fold: false,
    },
    Group {
        code: "sv",
        stemmer: Some(Language::Swedish),
        fold: true,
    },
    Group {
        code: "ta",
        stemmer: Some(Language::Tamil),
        fold: false,
    },
    Group {
        code: "tr",
        stemmer: Some(Language::Turkish),
        fold: true,
    },
    // Every other language: no stemming, lower case and folding only.
    Group {
        code: "default",
        stemmer: None,
        fold: true,
    },
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

/// Registers `lang_<code>` for every group.
pub(crate) fn register(manager: &TokenizerManager) {
    for group in GROUPS {
        manager.register(&tokenizer_name(group), analyzer(group));
    }
}

fn analyzer(group: &Group) -> TextAnalyzer {
    // One concrete chain per combination rather than `.dynamic()` filters: one virtual call per
    // token instead of one per filter, which shows when indexing hundreds of megabytes.
    let base = || {
        TextAnalyzer::builder(WordTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(LowerCaser)
    };
    // Stem before folding: the Snowball stemmers expect accented input (French `-ée`).
    match (group.stemmer, group.fold) {
        (Some(lang), true) => base()
            .filter(Stemmer::new(lang))
            .filter(AsciiFoldingFilter)
            .build(),
        (Some(lang), false) => base().filter(Stemmer::new(lang)).build(),
        (None, true) => base().filter(AsciiFoldingFilter).build(),
        (None, false) => base().build(),
    }
}

/// Splits text into words: runs of letters, digits and the combining marks that belong inside
/// words; every Han, Hiragana and Katakana character is a word of its own.
///
/// Tantivy's `SimpleTokenizer` splits on every non-alphanumeric char, which cuts Tamil, Hindi or
/// Thai words apart at their vowel signs and viramas (combining marks, not alphanumeric). Single
/// CJK characters as tokens (as Lucene's standard tokenizer does) make Chinese and Japanese
/// searchable without a dictionary: the query parser turns a run of them into a phrase.
#[derive(Clone, Default)]
pub(crate) struct WordTokenizer {
    token: Token,
}

pub(crate) struct WordTokenStream<'a> {
    text: &'a str,
    /// Byte offset where scanning resumes.
    cursor: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            cursor: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
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
        let mut end = start + first.len_utf8();
        if !is_cjk_unigram(first) {
            for (i, c) in chars {
                if is_cjk_unigram(c) || !(c.is_alphanumeric() || is_word_mark(c)) {
                    break;
                }
                end = i + c.len_utf8();
            }
        }
        let (from, to) = (self.cursor + start, self.cursor + end);
        self.cursor = to;
        self.token.position = self.token.position.wrapping_add(1);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.text.push_str(&self.text[from..to]);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Han ideographs, Hiragana and Katakana: indexed one character per token.
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
        let mut analyzer = analyzer(group);
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

    #[test]
    fn cjk_characters_are_one_token_each() {
        assert_eq!(
            tokens("default", "東京都 Tokyo"),
            ["東", "京", "都", "tokyo"]
        );
    }

    #[test]
    fn punctuation_and_emoji_split_words() {
        assert_eq!(
            tokens("default", "l'été—2024 🎉ok"),
            ["l", "ete", "2024", "ok"]
        );
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
