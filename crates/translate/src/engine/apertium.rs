//! Apertium APy, the HTTP server in front of Apertium's rule-based pairs (Debian packages
//! `apertium-apy` and pairs such as `apertium-eng-spa`): offline translation for the pairs
//! installed.
//!
//! `POST {url}/translate` with form fields `langpair=eng|spa` (ISO 639-3 codes), `q` (one text),
//! `markUnknown=no` (else unknown words come back with a `*`), `deformat=html` and
//! `reformat=html-noent` (APy's HTML deformatter, writing non-ASCII text as characters rather
//! than entities). The answer is `{"responseData": {"translatedText": "..."}, "responseStatus":
//! 200}`; errors are `{"status": "error", "code", "message", "explanation"}`, with 400 and
//! "That pair is not installed" for a pair the server lacks. APy translates one text per
//! request, so a batch is sent segment by segment. The model recorded is the pair,
//! `apertium:eng-spa`.
//!
//! Which pairs a server has, and what it calls them, is asked, not guessed: `GET {url}/listPairs`
//! answers `{"responseData": [{"sourceLanguage": "eng", "targetLanguage": "hbs_HR"}, …]}`, with
//! ISO 639-3 codes, sometimes a variant after `_` (`cat_valencia`, `hbs_HR`, `eng_US`), whatever
//! the code style of the pair's package (`en-gl` is listed as `eng`/`glg`). Each listed code is
//! mapped to Gazette's tag exactly ([`tag_of`]), so every pair the server lists translates
//! with nothing configured but its URL. The list is kept for ten minutes.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::{
    Batch, BoxFuture, BuildError, Engine, EngineError, EngineOutput, default_timeout_secs,
    endpoint, excerpt, http_client, parse_base, parse_json, send,
};

pub(crate) const NAME: &str = "apertium";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApertiumConfig {
    pub url: String,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
}

impl ApertiumConfig {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            timeout_secs: default_timeout_secs(),
        }
    }
}

pub struct Apertium {
    url: url::Url,
    list_url: url::Url,
    timeout: Duration,
    client: reqwest::Client,
    pairs: RwLock<Option<Pairs>>,
}

/// How long the server's list of pairs is trusted before it is asked again.
const PAIRS_TTL: Duration = Duration::from_secs(600);

/// The pairs a server lists, by Gazette's tags: (source, target) → the server's own codes.
struct Pairs {
    fetched: Instant,
    by_tag: HashMap<(&'static str, &'static str), (String, String)>,
}

#[derive(Deserialize)]
struct PairList {
    #[serde(rename = "responseData")]
    response_data: Vec<ListedPair>,
}

#[derive(Deserialize)]
struct ListedPair {
    #[serde(rename = "sourceLanguage")]
    source: String,
    #[serde(rename = "targetLanguage")]
    target: String,
}

/// Gazette's tag for a code APy lists: an ISO 639-3 (or 639-1) code, optionally with a
/// variant. A plain code is the language; a region variant is that regional tag where Gazette
/// has one (`por_BR` → `pt-BR`); Serbo-Croatian's `hbs_HR` and `hbs_BS` are Croatian and
/// Bosnian. Other variants (`cat_valencia`, an orthography) are left out: the plain code of
/// the same language is the one used. `hbs_SR` writes Serbian in Latin letters, while
/// Gazette's Serbian is Cyrillic, so it is left out too.
pub fn tag_of(code: &str) -> Option<&'static str> {
    let language = |base: &str| {
        crate::languages::LANGUAGES
            .iter()
            .find(|l| l.iso639_3 == base || l.code == base)
    };
    match code.split_once('_') {
        None => language(code).map(|l| l.code),
        Some(("hbs", "HR")) => Some("hr"),
        Some(("hbs", "BS")) => Some("bs"),
        Some((base, region))
            if region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            let primary = language(base)?.primary();
            crate::languages::lookup(&format!("{primary}-{region}"))
                .filter(|l| l.code.len() > 2)
                .map(|l| l.code)
        }
        Some(_) => None,
    }
}

#[derive(Deserialize)]
struct Response {
    #[serde(rename = "responseData")]
    response_data: ResponseData,
}

#[derive(Deserialize)]
struct ResponseData {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    explanation: String,
    #[serde(default)]
    message: String,
}

/// Gazette's own spelling of a BCP-47 tag, for looking pairs up.
fn tag(tag: &str) -> Option<&'static str> {
    crate::languages::lookup(tag).map(|l| l.code)
}

impl Apertium {
    pub fn new(config: ApertiumConfig) -> Result<Self, BuildError> {
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        let base = parse_base(NAME, &config.url)?;
        Ok(Self {
            url: endpoint(&base, "translate"),
            list_url: endpoint(&base, "listPairs"),
            timeout,
            client: http_client(NAME, timeout)?,
            pairs: RwLock::new(None),
        })
    }

    /// The server's codes for translating `source` into `target`, from its list of pairs
    /// (asked again once the list is older than [`PAIRS_TTL`]); `None` when it has no such pair.
    async fn pair(
        &self,
        source: &str,
        target: &str,
    ) -> Result<Option<(String, String)>, EngineError> {
        let key = match (tag(source), tag(target)) {
            (Some(s), Some(t)) => (s, t),
            _ => return Ok(None),
        };
        if let Some(pairs) = self.pairs.read().expect("pairs lock").as_ref()
            && pairs.fetched.elapsed() < PAIRS_TTL
        {
            return Ok(pairs.by_tag.get(&key).cloned());
        }
        let (status, headers, bytes) =
            send(NAME, self.timeout, self.client.get(self.list_url.clone())).await?;
        if status != 200 {
            return Err(super::status_error(NAME, status, excerpt(&bytes), &headers));
        }
        let mut by_tag = HashMap::new();
        for listed in parse_json::<PairList>(NAME, &bytes)?.response_data {
            if let (Some(s), Some(t)) = (tag_of(&listed.source), tag_of(&listed.target)) {
                by_tag.insert((s, t), (listed.source, listed.target));
            }
        }
        let found = by_tag.get(&key).cloned();
        *self.pairs.write().expect("pairs lock") = Some(Pairs {
            fetched: Instant::now(),
            by_tag,
        });
        Ok(found)
    }

    async fn translate_one(
        &self,
        pair: &str,
        batch: &Batch<'_>,
        text: &str,
    ) -> Result<String, EngineError> {
        let form = [
            ("langpair", pair),
            ("q", text),
            ("markUnknown", "no"),
            ("deformat", "html"),
            ("reformat", "html-noent"),
        ];
        let (status, headers, bytes) = send(
            NAME,
            self.timeout,
            self.client.post(self.url.clone()).form(&form),
        )
        .await?;
        if status == 200 {
            return Ok(parse_json::<Response>(NAME, &bytes)?
                .response_data
                .translated_text);
        }
        let message = serde_json::from_slice::<ErrorBody>(&bytes)
            .map(|e| {
                if e.explanation.is_empty() {
                    e.message
                } else {
                    e.explanation
                }
            })
            .unwrap_or_else(|_| excerpt(&bytes));
        Err(match status {
            400 if message.contains("pair") => EngineError::UnsupportedLanguage {
                engine: NAME.into(),
                source_lang: batch.source.into(),
                target_lang: batch.target.into(),
            },
            _ => super::status_error(NAME, status, message, &headers),
        })
    }
}

impl Engine for Apertium {
    fn name(&self) -> &str {
        NAME
    }

    /// Once the server's list is known, exactly its pairs; before, any two languages with
    /// codes (the first translation asks for the list).
    fn supports(&self, source: &str, target: &str) -> bool {
        match (tag(source), tag(target)) {
            (Some(s), Some(t)) => match self.pairs.read().expect("pairs lock").as_ref() {
                Some(pairs) => pairs.by_tag.contains_key(&(s, t)),
                None => true,
            },
            _ => false,
        }
    }

    fn translate<'a>(
        &'a self,
        batch: Batch<'a>,
    ) -> BoxFuture<'a, Result<EngineOutput, EngineError>> {
        Box::pin(async move {
            let Some((source, target)) = self.pair(batch.source, batch.target).await? else {
                return Err(EngineError::UnsupportedLanguage {
                    engine: NAME.into(),
                    source_lang: batch.source.into(),
                    target_lang: batch.target.into(),
                });
            };
            let pair = format!("{source}|{target}");
            let mut texts = Vec::with_capacity(batch.segments.len());
            for segment in batch.segments {
                texts.push(self.translate_one(&pair, &batch, segment).await?);
            }
            Ok(EngineOutput {
                texts,
                model: format!("apertium:{source}-{target}"),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::tag_of;

    #[test]
    fn listed_codes_map_to_gazettes_tags_exactly() {
        assert_eq!(tag_of("eng"), Some("en"));
        assert_eq!(tag_of("glg"), Some("gl"));
        assert_eq!(tag_of("epo"), Some("eo"));
        assert_eq!(tag_of("hbs_HR"), Some("hr"));
        assert_eq!(tag_of("hbs_BS"), Some("bs"));
        assert_eq!(tag_of("por_BR"), Some("pt-BR"));
        // Serbian in Latin letters is not Gazette's Cyrillic Serbian; an orthography or a
        // regional English is not a language of its own; unknown codes are nobody's.
        assert_eq!(tag_of("hbs_SR"), None);
        assert_eq!(tag_of("cat_valencia"), None);
        assert_eq!(tag_of("eng_US"), None);
        assert_eq!(tag_of("xyz"), None);
    }
}
