//! Turning fetched bytes into text: the declared charset (HTTP header, then `<meta>`), else a
//! guess from the bytes.

use encoding_rs::{Encoding, UTF_8};

/// How far into the document to look for `<meta charset>`; browsers use 1024 bytes, but pages
/// with long `<head>` comments or inline styles put it later, and a wrong guess costs more
/// than a longer scan.
const PRESCAN: usize = 4096;

/// Decodes a page to text. Order: a byte-order mark, the `charset` of the `Content-Type`
/// header, a `<meta charset>` / `http-equiv` declaration, then UTF-8 if the bytes are valid
/// UTF-8, then `chardetng`'s guess. Labels follow the WHATWG Encoding Standard, so
/// `iso-8859-1` and `ascii` decode as windows-1252, as browsers do. Invalid sequences become
/// U+FFFD; this never fails.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(|l| Encoding::for_label(l.as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN)]));
    let enc = match declared {
        // Servers often send a default single-byte charset for pages that are really UTF-8
        // (and say so in their `<meta>`); bytes that are valid UTF-8 with some non-ASCII in
        // them are next to impossible in a real single-byte text, so trust the bytes then.
        Some(enc)
            if enc.is_single_byte() && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() =>
        {
            UTF_8
        }
        // A page cannot be UTF-16 once we are reading ASCII-compatible `<meta>`s in it.
        Some(enc) if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE => UTF_8,
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            detector.guess(None, true)
        }
    };
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// The charset a `<meta>` in the first bytes declares: `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`. Only ASCII is looked at, so any
/// ASCII-compatible encoding can be read this way before it is known.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| {
                        b == b'"' || b == b'\'' || b == b';' || b == b'/' || b.is_ascii_whitespace()
                    })
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..label_end]) {
                    return Some(enc);
                }
            }
        }
        from = end.max(start + 1);
        if from >= lower.len() {
            break;
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_wins_for_legacy_bytes() {
        // "café" in windows-1252 / latin-1.
        let bytes = b"<p>caf\xe9</p>";
        assert_eq!(
            decode(bytes, Some("text/html; charset=ISO-8859-1")),
            "<p>café</p>"
        );
        assert_eq!(
            decode(bytes, Some("text/html; charset=\"windows-1252\"")),
            "<p>café</p>"
        );
    }

    #[test]
    fn meta_charset_is_read_when_the_header_says_nothing() {
        let bytes = b"<html><head><meta charset=\"windows-1252\"><title>\x93q\x94</title>";
        assert!(decode(bytes, Some("text/html")).contains("\u{201c}q\u{201d}"));
        let bytes = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\xfc</p>";
        assert!(decode(bytes, None).contains('ü'));
    }

    #[test]
    fn shift_jis_is_decoded() {
        // "日本" in Shift_JIS.
        let bytes = b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>";
        assert!(decode(bytes, None).contains("日本"));
        assert!(
            decode(
                b"<p>\x93\xfa\x96\x7b</p>",
                Some("text/html;charset=Shift_JIS")
            )
            .contains("日本")
        );
    }

    #[test]
    fn valid_utf8_beats_a_wrong_single_byte_header() {
        let bytes = "<p>café</p>".as_bytes();
        assert_eq!(
            decode(bytes, Some("text/html; charset=iso-8859-1")),
            "<p>café</p>"
        );
    }

    #[test]
    fn undeclared_legacy_bytes_are_sniffed() {
        let text = "Les élèves ont déjà étudié la leçon très régulièrement, été comme hiver.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert!(decode(&bytes, None).contains("élèves"));
    }

    #[test]
    fn invalid_utf8_never_fails() {
        let out = decode(
            b"<p>\xff\xfe\xfd ok \xc3</p>",
            Some("text/html; charset=utf-8"),
        );
        assert!(out.contains(" ok "));
        assert!(out.contains('\u{fffd}'));
    }

    #[test]
    fn bom_wins() {
        assert_eq!(
            decode(b"\xef\xbb\xbfhi", Some("text/html; charset=windows-1252")),
            "hi"
        );
    }
}
