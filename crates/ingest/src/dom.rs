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
        // About one node per 25 bytes of markup on real pages; reserving avoids regrowing.
        let mut nodes = Vec::with_capacity(html.len() / 25 + 16);
        nodes.push(Node::new(
            NodeData::Document,
            Some(QualName::new(None, ns!(), LocalName::from(""))),
        ));
        let sink = Sink {
            nodes: RefCell::new(nodes),
        };
        html5ever::parse_document(sink, Default::default()).one(html)
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
