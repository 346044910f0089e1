//! The languages Gazette can publish in: BCP-47 code, English and native names, script,
//! writing direction and ISO 639-3 code (what Apertium names its pairs by).
//!
//! The table is data written for this crate; engines map these codes to their own (DeepL's
//! upper-case variants, Apertium's three letters) and the markup check uses the script to tell
//! an answer in the wrong language from a translation.

/// A writing system, as far as telling one language's output from another's needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latn,
    Cyrl,
    Grek,
    Arab,
    Hebr,
    Armn,
    Geor,
    Ethi,
    Deva,
    Beng,
    Guru,
    Gujr,
    Taml,
    Telu,
    Knda,
    Mlym,
    Sinh,
    Thai,
    Khmr,
    Mymr,
    /// Simplified Chinese (Han characters).
    Hans,
    /// Traditional Chinese (Han characters).
    Hant,
    /// Japanese: Han characters and kana.
    Jpan,
    /// Korean: Hangul, with the odd Han character.
    Kore,
}

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let c = c as u32;
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

const HAN: &[(u32, u32)] = &[
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
];

impl Script {
    /// Whether `c` is written in this script.
    pub fn contains(self, c: char) -> bool {
        let ranges: &[(u32, u32)] = match self {
            Script::Latn => &[
                (0x41, 0x5A),
                (0x61, 0x7A),
                (0xC0, 0xD6),
                (0xD8, 0xF6),
                (0xF8, 0x2AF),
                (0x2BB, 0x2BC),
                (0x1E00, 0x1EFF),
                (0x2C60, 0x2C7F),
                (0xA720, 0xA7FF),
            ],
            Script::Cyrl => &[
                (0x400, 0x52F),
                (0x1C80, 0x1C8F),
                (0x2DE0, 0x2DFF),
                (0xA640, 0xA69F),
            ],
            Script::Grek => &[(0x370, 0x3FF), (0x1F00, 0x1FFF)],
            Script::Arab => &[
                (0x600, 0x6FF),
                (0x750, 0x77F),
                (0x8A0, 0x8FF),
                (0xFB50, 0xFDFF),
                (0xFE70, 0xFEFF),
            ],
            Script::Hebr => &[(0x590, 0x5FF), (0xFB1D, 0xFB4F)],
            Script::Armn => &[(0x530, 0x58F)],
            Script::Geor => &[(0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)],
            Script::Ethi => &[(0x1200, 0x139F), (0x2D80, 0x2DDF)],
            Script::Deva => &[(0x900, 0x97F), (0xA8E0, 0xA8FF)],
            Script::Beng => &[(0x980, 0x9FF)],
            Script::Guru => &[(0xA00, 0xA7F)],
            Script::Gujr => &[(0xA80, 0xAFF)],
            Script::Taml => &[(0xB80, 0xBFF)],
            Script::Telu => &[(0xC00, 0xC7F)],
            Script::Knda => &[(0xC80, 0xCFF)],
            Script::Mlym => &[(0xD00, 0xD7F)],
            Script::Sinh => &[(0xD80, 0xDFF)],
            Script::Thai => &[(0xE00, 0xE7F)],
            Script::Khmr => &[(0x1780, 0x17FF), (0x19E0, 0x19FF)],
            Script::Mymr => &[(0x1000, 0x109F)],
            Script::Hans | Script::Hant => HAN,
            Script::Jpan => {
                return in_ranges(c, HAN) || in_ranges(c, &[(0x3040, 0x30FF), (0x31F0, 0x31FF)]);
            }
            Script::Kore => {
                return in_ranges(c, HAN)
                    || in_ranges(c, &[(0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)]);
            }
        };
        in_ranges(c, ranges)
    }

    pub fn direction(self) -> Direction {
        match self {
            Script::Arab | Script::Hebr => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }
}

/// Script direction, for the `dir` attribute of a translated page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language Gazette can publish in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP-47 tag as Gazette writes it (`pt-BR`, `zh-Hans`).
    pub code: &'static str,
    pub english_name: &'static str,
    pub native_name: &'static str,
    pub script: Script,
    /// ISO 639-3 code of the language (Apertium's pair names use these).
    pub iso639_3: &'static str,
}

impl Language {
    pub fn direction(&self) -> Direction {
        self.script.direction()
    }

    /// The primary language subtag (`pt` for `pt-BR`).
    pub fn primary(&self) -> &'static str {
        primary_subtag(self.code)
    }
}

const fn lang(
    code: &'static str,
    english_name: &'static str,
    native_name: &'static str,
    script: Script,
    iso639_3: &'static str,
) -> Language {
    Language {
        code,
        english_name,
        native_name,
        script,
        iso639_3,
    }
}

/// Every language in the table, sorted by code.
pub const LANGUAGES: &[Language] = &[
    lang("af", "Afrikaans", "Afrikaans", Script::Latn, "afr"),
    lang("am", "Amharic", "አማርኛ", Script::Ethi, "amh"),
    lang("ar", "Arabic", "العربية", Script::Arab, "ara"),
    lang("az", "Azerbaijani", "Azərbaycan dili", Script::Latn, "aze"),
    lang("be", "Belarusian", "Беларуская", Script::Cyrl, "bel"),
    lang("bg", "Bulgarian", "Български", Script::Cyrl, "bul"),
    lang("bn", "Bengali", "বাংলা", Script::Beng, "ben"),
    lang("bs", "Bosnian", "Bosanski", Script::Latn, "bos"),
    lang("ca", "Catalan", "Català", Script::Latn, "cat"),
    lang("cs", "Czech", "Čeština", Script::Latn, "ces"),
    lang("cy", "Welsh", "Cymraeg", Script::Latn, "cym"),
    lang("da", "Danish", "Dansk", Script::Latn, "dan"),
    lang("de", "German", "Deutsch", Script::Latn, "deu"),
    lang("el", "Greek", "Ελληνικά", Script::Grek, "ell"),
    lang("en", "English", "English", Script::Latn, "eng"),
    lang("eo", "Esperanto", "Esperanto", Script::Latn, "epo"),
    lang("es", "Spanish", "Español", Script::Latn, "spa"),
    lang("et", "Estonian", "Eesti", Script::Latn, "est"),
    lang("eu", "Basque", "Euskara", Script::Latn, "eus"),
    lang("fa", "Persian", "فارسی", Script::Arab, "fas"),
    lang("fi", "Finnish", "Suomi", Script::Latn, "fin"),
    lang("fr", "French", "Français", Script::Latn, "fra"),
    lang("ga", "Irish", "Gaeilge", Script::Latn, "gle"),
    lang("gl", "Galician", "Galego", Script::Latn, "glg"),
    lang("gu", "Gujarati", "ગુજરાતી", Script::Gujr, "guj"),
    lang("he", "Hebrew", "עברית", Script::Hebr, "heb"),
    lang("hi", "Hindi", "हिन्दी", Script::Deva, "hin"),
    lang("hr", "Croatian", "Hrvatski", Script::Latn, "hrv"),
    lang("hu", "Hungarian", "Magyar", Script::Latn, "hun"),
    lang("hy", "Armenian", "Հայերեն", Script::Armn, "hye"),
    lang("id", "Indonesian", "Bahasa Indonesia", Script::Latn, "ind"),
    lang("is", "Icelandic", "Íslenska", Script::Latn, "isl"),
    lang("it", "Italian", "Italiano", Script::Latn, "ita"),
    lang("ja", "Japanese", "日本語", Script::Jpan, "jpn"),
    lang("ka", "Georgian", "ქართული", Script::Geor, "kat"),
    lang("kk", "Kazakh", "Қазақ тілі", Script::Cyrl, "kaz"),
    lang("km", "Khmer", "ខ្មែរ", Script::Khmr, "khm"),
    lang("kn", "Kannada", "ಕನ್ನಡ", Script::Knda, "kan"),
    lang("ko", "Korean", "한국어", Script::Kore, "kor"),
    lang("lt", "Lithuanian", "Lietuvių", Script::Latn, "lit"),
    lang("lv", "Latvian", "Latviešu", Script::Latn, "lav"),
    lang("mk", "Macedonian", "Македонски", Script::Cyrl, "mkd"),
    lang("ml", "Malayalam", "മലയാളം", Script::Mlym, "mal"),
    lang("mr", "Marathi", "मराठी", Script::Deva, "mar"),
    lang("ms", "Malay", "Bahasa Melayu", Script::Latn, "msa"),
    lang("mt", "Maltese", "Malti", Script::Latn, "mlt"),
    lang("my", "Burmese", "မြန်မာ", Script::Mymr, "mya"),
    lang(
        "nb",
        "Norwegian Bokmål",
        "Norsk bokmål",
        Script::Latn,
        "nob",
    ),
    lang("ne", "Nepali", "नेपाली", Script::Deva, "nep"),
    lang("nl", "Dutch", "Nederlands", Script::Latn, "nld"),
    lang("oc", "Occitan", "Occitan", Script::Latn, "oci"),
    lang("pa", "Punjabi", "ਪੰਜਾਬੀ", Script::Guru, "pan"),
    lang("pl", "Polish", "Polski", Script::Latn, "pol"),
    lang("pt", "Portuguese", "Português", Script::Latn, "por"),
    lang(
        "pt-BR",
        "Brazilian Portuguese",
        "Português do Brasil",
        Script::Latn,
        "por",
    ),
    lang("ro", "Romanian", "Română", Script::Latn, "ron"),
    lang("ru", "Russian", "Русский", Script::Cyrl, "rus"),
    lang("si", "Sinhala", "සිංහල", Script::Sinh, "sin"),
    lang("sk", "Slovak", "Slovenčina", Script::Latn, "slk"),
    lang("sl", "Slovenian", "Slovenščina", Script::Latn, "slv"),
    lang("sq", "Albanian", "Shqip", Script::Latn, "sqi"),
    lang("sr", "Serbian", "Српски", Script::Cyrl, "srp"),
    lang("sv", "Swedish", "Svenska", Script::Latn, "swe"),
    lang("sw", "Swahili", "Kiswahili", Script::Latn, "swa"),
    lang("ta", "Tamil", "தமிழ்", Script::Taml, "tam"),
    lang("te", "Telugu", "తెలుగు", Script::Telu, "tel"),
    lang("th", "Thai", "ไทย", Script::Thai, "tha"),
    lang("tl", "Tagalog", "Tagalog", Script::Latn, "tgl"),
    lang("tr", "Turkish", "Türkçe", Script::Latn, "tur"),
    lang("uk", "Ukrainian", "Українська", Script::Cyrl, "ukr"),
    lang("ur", "Urdu", "اردو", Script::Arab, "urd"),
    lang("uz", "Uzbek", "Oʻzbekcha", Script::Latn, "uzb"),
    lang("vi", "Vietnamese", "Tiếng Việt", Script::Latn, "vie"),
    lang(
        "zh-Hans",
        "Chinese (Simplified)",
        "简体中文",
        Script::Hans,
        "zho",
    ),
    lang(
        "zh-Hant",
        "Chinese (Traditional)",
        "繁體中文",
        Script::Hant,
        "zho",
    ),
];

/// The primary subtag of a BCP-47 tag: `pt` for `pt-BR`, `zh` for `zh-Hant`.
pub fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Finds a language by BCP-47 tag, case-insensitively. A tag not in the table falls back to
/// its primary language (`de-AT` → `de`); Chinese regions map to their script (`zh-TW` →
/// `zh-Hant`), and `no` is Norwegian Bokmål.
pub fn lookup(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim().replace('_', "-");
    let by_code = |code: &str| LANGUAGES.iter().find(|l| l.code.eq_ignore_ascii_case(code));
    if let Some(l) = by_code(&tag) {
        return Some(l);
    }
    let lower = tag.to_ascii_lowercase();
    let alias = match lower.as_str() {
        "zh" | "zh-cn" | "zh-sg" | "zh-hans-cn" => Some("zh-Hans"),
        "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" => Some("zh-Hant"),
        "no" | "nn" => Some("nb"),
        "fil" => Some("tl"),
        _ => None,
    };
    if let Some(code) = alias {
        return by_code(code);
    }
    by_code(primary_subtag(&tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_at_least_51_languages_with_unique_codes() {
        assert!(LANGUAGES.len() >= 51, "{}", LANGUAGES.len());
        let mut codes: Vec<_> = LANGUAGES.iter().map(|l| l.code).collect();
        codes.dedup();
        assert_eq!(
            codes.len(),
            LANGUAGES.len(),
            "codes must be sorted and unique"
        );
        assert!(
            codes
                .windows(2)
                .all(|w| w[0].to_ascii_lowercase() < w[1].to_ascii_lowercase())
        );
    }

    #[test]
    fn right_to_left_languages() {
        let rtl: Vec<_> = LANGUAGES
            .iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .map(|l| l.code)
            .collect();
        assert_eq!(rtl, ["ar", "fa", "he", "ur"]);
    }

    #[test]
    fn native_names_are_in_their_own_script() {
        for l in LANGUAGES {
            assert!(
                l.native_name
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| l.script.contains(c)),
                "{}: {}",
                l.code,
                l.native_name
            );
        }
    }

    #[test]
    fn lookup_falls_back_to_the_primary_language() {
        assert_eq!(lookup("pt-br").map(|l| l.code), Some("pt-BR"));
        assert_eq!(lookup("pt-PT").map(|l| l.code), Some("pt"));
        assert_eq!(lookup("de-AT").map(|l| l.code), Some("de"));
        assert_eq!(lookup("zh-TW").map(|l| l.code), Some("zh-Hant"));
        assert_eq!(lookup("xx"), None);
    }
}
