//! The demo (`demo/` at the repository root) is embedded with `include_dir!`, which stable Rust
//! cannot make track its files: ask Cargo to rebuild when the folder changes, so freshly made
//! translations reach the binary.

fn main() {
    println!("cargo:rerun-if-changed=../../demo");
}
