//! One integration-test binary: each engine against a server that speaks its documented
//! protocol on 127.0.0.1, the whole pipeline over them, and a real Apertium APy when installed.

mod apertium;
mod deepl;
mod libretranslate;
mod openai;
mod pipeline;
mod support;
