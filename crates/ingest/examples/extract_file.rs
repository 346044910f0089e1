//! Prints what the extractor makes of one HTML file: `extract_file FILE [URL]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: extract_file FILE [URL]");
    let url = args.next();
    let bytes = std::fs::read(&path).expect("readable file");
    let e = gazette_ingest::extract(&gazette_ingest::decode(&bytes, None), url.as_deref());
    println!(
        "title: {:?}\nauthors: {:?}\npublished: {:?}\nlanguage: {:?}\ncanonical: {:?}\nimage: {:?}\nlead: {:?}\n\n{}\n\n{}",
        e.title,
        e.authors,
        e.published,
        e.language,
        e.canonical_url,
        e.image,
        e.lead,
        e.body_html,
        e.text
    );
}
