// The default theme and the admin templates are embedded with `include_dir!`, which tracks the files it found but not
// files added later; watching the directory makes a new template or asset trigger a rebuild.
fn main() {
    println!("cargo:rerun-if-changed=theme");
    println!("cargo:rerun-if-changed=admin");
}
