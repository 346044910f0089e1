//! A small arena DOM that html5ever builds into.
//!
//! Nodes live in one `Vec` and refer to each other by index, so a page of any depth (a broken
//! page can nest tens of thousands of elements) is freed without recursion, and every walk in
//! the extractor can be written with an explicit stack.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, QualName, ns};

pub(crate) type NodeId = usize;

#[derive(Debug)]
pub(crate) enum NodeData {
    Document,
    Element {
        attrs: Vec<Attribute>,
    },
    Text(StrTendril),
    /// Comments, processing instructions, doctypes: kept only so handles stay valid.
    Other,
}

#[derive(Debug)]
pub(crate) struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    /// The element's name. Other nodes have none, except the document, which holds the empty
    /// name that html5ever may ask for by reference (making one per text node would intern an
    /// atom each time, a measurable share of parsing).
    pub name: Option<QualName>,
    pub data: NodeData,
}

#[derive(Debug)]
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
}

pub(crate) const DOCUMENT: NodeId = 0;

impl Dom {
    pub fn parse(html: &str) -> Dom {
        // The fast tokenizer reads line breaks already normalised, as the HTML tokenizer's
        // input stream has them; NUL bytes it leaves to html5ever.
        if memchr::memchr(0, html.as_bytes()).is_none() {
            let normalised;
            let input = if memchr::memchr(b'\r', html.as_bytes()).is_some() {
                normalised = html.replace("\r\n", "\n").replace('\r', "\n");
                &normalised
            } else {
                html
            };
            if let Ok(dom) = crate::tokenize::parse(input, Sink::new(html.len())) {
                return dom;
            }
        }
        Self::parse_with_html5ever(html)
    }

    fn parse_with_html5ever(html: &str) -> Dom {
        html5ever::parse_document(Sink::new(html.len()), Default::default()).one(html)
    }

    pub fn name(&self, id: NodeId) -> Option<&LocalName> {
        match (&self.nodes[id].data, &self.nodes[id].name) {
            (NodeData::Element { .. }, Some(name)) => Some(&name.local),
            _ => None,
        }
    }

    pub fn is(&self, id: NodeId, tag: &str) -> bool {
        self.name(id).is_some_and(|n| &**n == tag)
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { attrs } => attrs
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id].children
    }

    /// All nodes under `root` (itself included) in document order, without recursion.
    pub fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            stack: vec![root],
        }
    }

    /// The text under `root`, as it stands in the source (no whitespace folding).
    pub fn raw_text(&self, root: NodeId) -> String {
        let mut out = String::new();
        for id in self.descendants(root) {
            if let NodeData::Text(t) = &self.nodes[id].data {
                out.push_str(t);
            }
        }
        out
    }
}

pub(crate) struct Descendants<'a> {
    dom: &'a Dom,
    stack: Vec<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.stack.pop()?;
        self.stack.extend(self.dom.nodes[id].children.iter().rev());
        Some(id)
    }
}

impl Node {
    fn new(data: NodeData, name: Option<QualName>) -> Node {
        Node {
            parent: None,
            children: Vec::new(),
            name,
            data,
        }
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

impl Sink {
    fn new(html_len: usize) -> Sink {
        // About one node per 25 bytes of markup on real pages; reserving avoids regrowing.
        let mut nodes = Vec::with_capacity(html_len / 25 + 16);
        nodes.push(Node::new(
            NodeData::Document,
            Some(QualName::new(None, ns!(), LocalName::from(""))),
        ));
        Sink {
            nodes: RefCell::new(nodes),
        }
    }

    fn push(&self, node: Node) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        nodes.len() - 1
    }

    fn detach(&self, id: NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(parent) = nodes[id].parent.take() {
            nodes[parent].children.retain(|&c| c != id);
        }
    }

    /// Inserts `child` into `parent` at `index`, merging adjacent text as a browser would.
    fn insert(&self, parent: NodeId, index: usize, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                if index > 0 {
                    let prev = nodes[parent].children[index - 1];
                    if let NodeData::Text(t) = &mut nodes[prev].data {
                        t.push_tendril(&text);
                        return;
                    }
                }
                drop(nodes);
                let id = self.push(Node::new(NodeData::Text(text), None));
                let mut nodes = self.nodes.borrow_mut();
                nodes[id].parent = Some(parent);
                nodes[parent].children.insert(index, id);
            }
            NodeOrText::AppendNode(id) => {
                self.detach(id);
                let mut nodes = self.nodes.borrow_mut();
                let index = index.min(nodes[parent].children.len());
                nodes[id].parent = Some(parent);
                nodes[parent].children.insert(index, id);
            }
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    // Broken markup is the normal case on the web; the tree builder recovers as browsers do.
    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |n| match &n[*target].name {
            Some(name) => name,
            // html5ever only asks for elements' names; the document's empty name answers
            // anything else.
            None => n[DOCUMENT]
                .name
                .as_ref()
                .expect("the document node is created with a name"),
        })
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        _flags: ElementFlags,
    ) -> NodeId {
        self.push(Node::new(NodeData::Element { attrs }, Some(name)))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Node::new(NodeData::Other, None))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Node::new(NodeData::Other, None))
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let len = self.nodes.borrow()[*parent].children.len();
        self.insert(*parent, len, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        // Template contents are never article text; the element itself stands in for them.
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let parent = self.nodes.borrow()[*sibling].parent;
        let Some(parent) = parent else { return };
        let index = self.nodes.borrow()[parent]
            .children
            .iter()
            .position(|c| c == sibling);
        let Some(index) = index else { return };
        self.insert(parent, index, child);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element { attrs: existing } = &mut nodes[*target].data {
            for a in attrs {
                if !existing.iter().any(|e| e.name.local == a.name.local) {
                    existing.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::{DOCUMENT, Dom, NodeData};

    /// The tree as text: every node in document order with its depth, name, attributes and
    /// text, so two parses can be compared whole.
    fn dump(dom: &Dom) -> String {
        let mut out = String::new();
        let mut stack = vec![(DOCUMENT, 0usize)];
        while let Some((id, depth)) = stack.pop() {
            let node = &dom.nodes[id];
            out.push_str(&" ".repeat(depth));
            match &node.data {
                NodeData::Document => out.push('#'),
                NodeData::Element { attrs } => {
                    let name = node.name.as_ref().expect("elements have names");
                    out.push_str(&format!("<{:?} {}", name.ns, name.local));
                    for a in attrs {
                        out.push_str(&format!(" {}={:?}", a.name.local, &*a.value));
                    }
                }
                NodeData::Text(t) => out.push_str(&format!("{:?}", &**t)),
                NodeData::Other => out.push('!'),
            }
            out.push('\n');
            for &c in node.children.iter().rev() {
                stack.push((c, depth + 1));
            }
        }
        out
    }

    fn assert_same_tree(html: &str) {
        let fast = dump(&Dom::parse(html));
        let reference = dump(&Dom::parse_with_html5ever(html));
        if fast != reference {
            let line = fast
                .lines()
                .zip(reference.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "trees differ at line {line} for {:?}:\nfast: {:?}\nhtml5ever: {:?}",
                &html[..html.len().min(300)],
                fast.lines().nth(line),
                reference.lines().nth(line)
            );
        }
    }

    #[test]
    fn the_fast_tokenizer_builds_html5evers_tree() {
        for html in [
            "<!DOCTYPE html><html lang=en><head><title>A &amp; B &lt;x&gt;</title></head><body><p>x</p></body></html>",
            "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\"><table><p>quirks</table>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\"><p>a<table><tr><td>b</table>",
            "<p>no doctype<table><p>quirks mode</table>",
            "<P CLASS=a Class=b id='c' data-x=\"1\" hidden>x<BR/>y</P>",
            "<a href=\"/x?a=1&b=2&amp;c=3&copy=4&copy;&notit;&not &#169;&#xA9;&#x;&#128;&#0;&#1114112;&#55296;\">t</a>",
            "text &amp &ampx &notin &noti; &#65 &#x41; &unknown; & &; &#; < 5 <3 a<b>c",
            "&AMP; &Amp; &lt &LT; &nbsp&nbsp;&NotNestedLessLess; &fjlig; &#X41;&#0065;&#x0;&#xD7FF;",
            "<b><i>misnested</b></i><p>a<div>b</div><li>c<li>d<table>e<tr><td>f</td></tr>g</table>",
            "<script>if (a < b && c) {}</script><style>p > a {}</style><textarea>\n<b>&amp;</b></textarea>",
            "<title>x</TITLE ><script type=\"application/ld+json\">{\"a\":\"</scripts>\"}</script >",
            "<pre>\nfirst line</pre><noscript><p>n</p></noscript><iframe><p>i</p></iframe>",
            "<div a=b c d = \"e\" f= 'g'h i=j/ k/>x</div><img src=a.jpg / ><input value=\"&quot;\">",
            "<!-- c --><p>a<!-- <b> -->b<!-- x - y -->c</p>",
            "<p>a<!---->b<!--a--!>b-->",
            "<svg><circle/><title>t</title></svg><math><mi>x</mi></math><p>after",
            "<template><p>t</p></template><select><option>a<option>b</select><frameset>",
            "<p>\u{e9}l\u{e8}ve <span title=\"caf\u{e9}\">\u{65e5}\u{672c}</span></p>",
            "<a href=x>1<a href=y>2</a></a><form><form></form><h1><h2>x</h2></h1>",
            "<body><p>cut off <a href=",
            "<p>cut off <!-- comment",
            "<plaintext><p>all text",
            "<p>a</p><![CDATA[x]]><?php x ?></x><//p></ p>",
            "<p>a\r\nb\rc</p>",
            "<p>nul\0byte</p>",
        ] {
            assert_same_tree(html);
        }
    }

    #[test]
    fn the_fast_tokenizer_builds_html5evers_tree_for_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "html") {
                let html = crate::decode(&std::fs::read(&path).expect("readable"), None);
                assert_same_tree(&html);
                assert_same_tree(&crate::prestrip::strip(&html));
            }
        }
    }

    /// Every page of the extraction benchmark, as it comes and after the pre-strip pass (what
    /// the extractor parses): the same tree both ways. Skipped where the benchmark's data is
    /// not beside the repository.
    #[test]
    fn the_fast_tokenizer_builds_html5evers_tree_for_the_benchmark_pages() {
        use std::io::Read;
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/bench/extraction/html"
        );
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("no benchmark data in {dir}: skipped");
            return;
        };
        for entry in entries {
            let gz = std::fs::read(entry.expect("entry").path()).expect("readable");
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut bytes)
                .expect("gzip");
            let html = crate::decode(&bytes, Some("text/html"));
            assert_same_tree(&html);
            assert_same_tree(&crate::prestrip::strip(&html));
        }
    }

    #[test]
    fn the_fast_tokenizer_builds_html5evers_tree_for_generated_markup() {
        const PARTS: &[&str] = &[
            "<p>",
            "</p>",
            "<div class=\"a b\">",
            "</div>",
            "<a href=/x?a=1&b=2>",
            "</a>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</table>",
            "<ul>",
            "<li>",
            "</ul>",
            "<title>",
            "</title>",
            "<textarea>",
            "</textarea>",
            "<script>",
            "</script>",
            "<style>",
            "</style>",
            "<noscript>",
            "</noscript>",
            "<!-- c -->",
            "<!DOCTYPE html>",
            "<br/>",
            "<img src='i.jpg' alt=\"&quot;x&quot;\">",
            "<select>",
            "<option>",
            "<svg>",
            "</svg>",
            "<math>",
            "<pre>",
            "\n",
            " ",
            "text",
            "&amp;",
            "&copy",
            "&notin;",
            "&#169;",
            "&#x80;",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "=",
            "/",
            "é",
            "<frameset>",
            "<body>",
            "<head>",
            "<html lang=en>",
            "<form>",
            "</form>",
            "<h1>",
            "<template>",
            "</template>",
            "<iframe>",
            "</iframe>",
            "<P ID=Up>",
            "<input value=x>",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut html = String::new();
            for _ in 0..30 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                html.push_str(PARTS[(state % PARTS.len() as u64) as usize]);
            }
            assert_same_tree(&html);
        }
    }
}
