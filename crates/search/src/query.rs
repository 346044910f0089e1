//! What a reader typed, parsed into clauses. This parser cannot fail: anything it does not
//! understand is searched as plain words.
//!
//! Understood: `"quoted phrases"` (also `“…”`, `„…“` and `«…»`), `-word` and `-"phrase"` or
//! `NOT word` to exclude, `a OR b` for either, and `AND`, which is what words do anyway. An
//! operator with nothing to apply to (`OR` at the start, `NOT` at the end, `AND OR NOT`) is a
//! plain word; an unbalanced quote is dropped. Everything else (`title:x`, `*`, `~`, `^`,
//! parentheses) is punctuation, which the analyzer splits words on.
//!
//! The input is cut to [`MAX_QUERY_CHARS`] characters and [`MAX_CLAUSES`] clauses, so the cost
//! of a query is bounded whatever is sent.

/// Characters of a query that are read; the rest is ignored.
pub(crate) const MAX_QUERY_CHARS: usize = 256;
/// Clauses (words, phrases, exclusions, alternatives) that are kept; the rest are ignored.
pub(crate) const MAX_CLAUSES: usize = 16;

/// A piece of query text, not yet analysed (each language group analyses it its own way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Clause {
    /// A bare word as typed; it may still split into several terms (`covid-19`).
    Word(String),
    /// The inside of a quoted phrase.
    Phrase(String),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct UserQuery {
    /// Every entry must match; an entry with several clauses matches when any of them does.
    pub required: Vec<Vec<Clause>>,
    /// No match may contain any of these.
    pub excluded: Vec<Clause>,
}

enum Lexeme {
    Item { clause: Clause, negated: bool },
    And,
    Or,
    Not,
}

impl Lexeme {
    /// The operator as the reader typed it, for when it turns out to be a plain word.
    fn as_word(&self) -> Option<Clause> {
        let word = match self {
            Lexeme::Item { .. } => return None,
            Lexeme::And => "AND",
            Lexeme::Or => "OR",
            Lexeme::Not => "NOT",
        };
        Some(Clause::Word(word.to_owned()))
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

pub(crate) fn parse(input: &str) -> UserQuery {
    let chars: Vec<char> = input
        .chars()
        .take(MAX_QUERY_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let lexemes = lex(&chars);

    let mut query = UserQuery::default();
    let mut clauses = 0;
    // The last lexeme added a positive clause that an `OR` may extend.
    let mut after_positive = false;
    let mut pending_or = false;
    let mut pending_not = false;
    for (i, lexeme) in lexemes.iter().enumerate() {
        if clauses >= MAX_CLAUSES {
            break;
        }
        let next_is_item = matches!(lexemes.get(i + 1), Some(Lexeme::Item { .. }));
        let next_is_positive = matches!(
            lexemes.get(i + 1),
            Some(Lexeme::Item { negated: false, .. })
        );
        let (clause, negated) = match lexeme {
            Lexeme::Item { clause, negated } => (clause.clone(), *negated),
            Lexeme::Or if after_positive && next_is_positive && !pending_not => {
                pending_or = true;
                continue;
            }
            Lexeme::And if after_positive && next_is_item => continue,
            Lexeme::Not if next_is_item && !pending_or => {
                pending_not = true;
                continue;
            }
            operator => (operator.as_word().expect("operators have a word"), false),
        };
        clauses += 1;
        if negated || pending_not {
            query.excluded.push(clause);
            after_positive = false;
        } else {
            match query.required.last_mut() {
                Some(last) if pending_or => last.push(clause),
                _ => query.required.push(vec![clause]),
            }
            after_positive = true;
        }
        pending_or = false;
        pending_not = false;
    }
    query
}

fn lex(chars: &[char]) -> Vec<Lexeme> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut negated = false;
        if c == '-'
            && chars
                .get(i + 1)
                .is_some_and(|&n| !n.is_whitespace() && n != '-')
        {
            negated = true;
            i += 1;
        }
        if is_quote(chars[i]) {
            match chars[i + 1..].iter().position(|&c| is_quote(c)) {
                Some(len) => {
                    let phrase: String = chars[i + 1..i + 1 + len].iter().collect();
                    out.push(Lexeme::Item {
                        clause: Clause::Phrase(phrase),
                        negated,
                    });
                    i += len + 2;
                }
                // An unbalanced quote is dropped; what follows it is read as words.
                None => i += 1,
            }
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && !is_quote(chars[i]) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        out.push(match (word.as_str(), negated) {
            ("AND" | "&&", false) => Lexeme::And,
            ("OR" | "||" | "|", false) => Lexeme::Or,
            ("NOT", false) => Lexeme::Not,
            _ => Lexeme::Item {
                clause: Clause::Word(word),
                negated,
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Clause::{Phrase, Word};
    use super::*;

    fn w(s: &str) -> Clause {
        Word(s.to_owned())
    }

    #[test]
    fn words_are_all_required() {
        let q = parse("climate  strike");
        assert_eq!(q.required, vec![vec![w("climate")], vec![w("strike")]]);
        assert!(q.excluded.is_empty());
    }

    #[test]
    fn quotes_make_phrases_of_any_quote_style() {
        let q = parse(r#""general strike" «grève générale» “a b”"#);
        assert_eq!(
            q.required,
            vec![
                vec![Phrase("general strike".into())],
                vec![Phrase("grève générale".into())],
                vec![Phrase("a b".into())]
            ]
        );
    }

    #[test]
    fn minus_and_not_exclude() {
        let q = parse(r#"strike -rail NOT "train drivers""#);
        assert_eq!(q.required, vec![vec![w("strike")]]);
        assert_eq!(q.excluded, vec![w("rail"), Phrase("train drivers".into())]);
    }

    #[test]
    fn or_joins_neighbours_and_and_is_implicit() {
        let q = parse("dock OR port AND strike");
        assert_eq!(
            q.required,
            vec![vec![w("dock"), w("port")], vec![w("strike")]]
        );
    }

    #[test]
    fn dangling_operators_are_words() {
        let q = parse("AND OR NOT");
        assert_eq!(
            q.required,
            vec![vec![w("AND")], vec![w("OR")], vec![w("NOT")]]
        );
        assert_eq!(
            parse("OR strike").required,
            vec![vec![w("OR")], vec![w("strike")]]
        );
        assert_eq!(
            parse("strike OR").required,
            vec![vec![w("strike")], vec![w("OR")]]
        );
        assert_eq!(parse("a OR -b").excluded, vec![w("b")]);
    }

    #[test]
    fn unbalanced_quote_is_dropped() {
        let q = parse(r#"general "strike"#);
        assert_eq!(q.required, vec![vec![w("general")], vec![w("strike")]]);
    }

    #[test]
    fn lone_minus_and_double_minus_are_words() {
        assert_eq!(
            parse("a - b").required,
            vec![vec![w("a")], vec![w("-")], vec![w("b")]]
        );
        assert_eq!(parse("--x").required, vec![vec![w("--x")]]);
    }

    #[test]
    fn length_and_clause_count_are_capped() {
        let long = "word ".repeat(10_000);
        assert_eq!(parse(&long).required.len(), MAX_CLAUSES);
        let one_long_word = "x".repeat(100_000);
        let q = parse(&one_long_word);
        assert_eq!(q.required, vec![vec![w(&"x".repeat(MAX_QUERY_CHARS))]]);
    }

    #[test]
    fn control_characters_separate_words() {
        assert_eq!(parse("a\0b\u{7}c").required.len(), 3);
    }
}
