//! The extraction benchmark's metric: 4-token shingle matching, as the Scrapinghub
//! article-extraction-benchmark defines it (see `../shared/bench/extraction/README.md`).
//!
//! It lives in the crate rather than in the benchmark so that the held-out tests judge the
//! extractor by the very figure the benchmark prints.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// Python's `\w` on `str` patterns: letters, numbers and the underscore, but not combining
/// marks (Rust's `\w` also takes marks, which would split Devanagari or Thai words differently
/// from the reference scorer).
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("the token pattern is valid"));

const SHINGLE: usize = 4;

/// One page's outcome, normalised so that tp + fp + fn = 1 (every page weighs the same).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl PageScore {
    /// Precision: 1 where nothing is wrong, 0 where nothing predicted is right, and `None`
    /// where the page leaves the precision mean. Every text gives at least one shingle, so
    /// `None` only comes from a page with no shingles at all, which `score_page` never makes;
    /// the case is kept so the rule reads as the benchmark states it.
    pub fn precision(&self) -> Option<f64> {
        Self::ratio(self.tp, self.fp, self.fn_)
    }

    /// Recall, by the same rules as [`PageScore::precision`] with fn in place of fp.
    pub fn recall(&self) -> Option<f64> {
        Self::ratio(self.tp, self.fn_, self.fp)
    }

    fn ratio(tp: f64, wrong: f64, other_wrong: f64) -> Option<f64> {
        if tp == 0.0 && wrong == 0.0 && other_wrong == 0.0 {
            return None;
        }
        if wrong == 0.0 && other_wrong == 0.0 {
            return Some(1.0);
        }
        if tp == 0.0 && wrong == 0.0 {
            return Some(0.0);
        }
        Some(tp / (tp + wrong))
    }
}

fn shingles(text: &str) -> HashMap<Vec<&str>, u32> {
    let tokens: Vec<&str> = TOKEN.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    // A text shorter than a shingle (even an empty one) still gives one, shorter, shingle:
    // this is what makes an empty prediction count as a false positive against a real body.
    let count = tokens.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..count {
        let end = (i + SHINGLE).min(tokens.len());
        *out.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// Scores one page's predicted body text against the true one.
pub fn score_page(truth: &str, predicted: &str) -> PageScore {
    let t = shingles(truth);
    let p = shingles(predicted);
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += u64::from(tc.min(pc));
        fn_ += u64::from(tc.saturating_sub(pc));
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += u64::from(pc.saturating_sub(tc));
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return PageScore {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
        };
    }
    PageScore {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Precision and recall averaged over pages, and F1 of those two averages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn summarise(pages: &[PageScore]) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(pages.iter().filter_map(PageScore::precision).collect());
    let recall = mean(pages.iter().filter_map(PageScore::recall).collect());
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Summary {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn identical_texts_score_one() {
        let s = score_page("one two three four five", "one two three four five");
        assert_eq!(s.precision(), Some(1.0));
        assert_eq!(s.recall(), Some(1.0));
    }

    #[test]
    fn punctuation_and_spacing_do_not_matter_but_case_does() {
        let s = score_page("One, two; three\nfour!", "One two three four");
        assert_eq!(s.precision(), Some(1.0));
        let s = score_page("One two three four", "one two three four");
        assert_eq!(s.precision(), Some(0.0));
    }

    #[test]
    fn extra_text_lowers_precision_only() {
        // truth: 2 shingles; predicted: the same 2 plus 2 more.
        let s = score_page("a b c d e", "a b c d e f g");
        assert!(close(s.tp, 2.0 / 4.0) && close(s.fp, 2.0 / 4.0) && s.fn_ == 0.0);
        assert!(close(s.precision().unwrap(), 0.5));
        assert_eq!(s.recall(), Some(1.0));
    }

    #[test]
    fn shingles_are_counted_as_multisets() {
        // "x y z w" twice in truth, once predicted: one of two missed.
        let s = score_page("x y z w x y z w", "x y z w");
        // truth shingles: xyzw, yzwx, zwxy, wxyz, xyzw -> xyzw twice.
        assert!(close(s.recall().unwrap(), 1.0 / 5.0));
        assert_eq!(s.precision(), Some(1.0));
    }

    #[test]
    fn short_texts_give_one_short_shingle() {
        let s = score_page("hello world", "hello world");
        assert_eq!(s.recall(), Some(1.0));
        let s = score_page("hello world", "hello there");
        assert_eq!(s.precision(), Some(0.0));
        assert_eq!(s.recall(), Some(0.0));
    }

    #[test]
    fn empty_prediction_is_a_false_positive_shingle() {
        // The empty text yields the empty shingle, so precision is 0 and recall is 0.
        let s = score_page("a b c d", "");
        assert_eq!(s.precision(), Some(0.0));
        assert_eq!(s.recall(), Some(0.0));
        let s = score_page("", "");
        assert_eq!(s.precision(), Some(1.0));
    }

    #[test]
    fn word_characters_follow_python_not_marks() {
        // U+0301 (combining acute) is not a word character for Python's `\w`.
        let t = TOKEN
            .find_iter("cafe\u{301} x_1 ünïcode 42")
            .map(|m| m.as_str())
            .collect::<Vec<_>>();
        assert_eq!(t, vec!["cafe", "x_1", "ünïcode", "42"]);
    }

    #[test]
    fn summary_averages_pages_then_takes_f1() {
        let a = PageScore {
            tp: 0.5,
            fp: 0.5,
            fn_: 0.0,
        }; // p 0.5 r 1
        let b = PageScore {
            tp: 1.0,
            fp: 0.0,
            fn_: 0.0,
        }; // p 1 r 1
        let s = summarise(&[a, b]);
        assert!(close(s.precision, 0.75) && close(s.recall, 1.0));
        assert!(close(s.f1, 2.0 * 0.75 / 1.75));
    }

    #[test]
    fn nothing_predicted_right_is_zero_precision() {
        let s = PageScore {
            tp: 0.0,
            fp: 0.0,
            fn_: 1.0,
        };
        assert_eq!(s.precision(), Some(0.0));
        assert_eq!(s.recall(), Some(0.0));
        let empty = PageScore {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
        };
        assert_eq!(empty.precision(), None);
    }
}
