//! A posted admin form's body through `gazette_web::Form`, the one urlencoded parser every
//! admin handler reads. Never panics, and its three ways of reading a field agree: `get` and
//! `into_map` both give a name's last value, and `all` gives only non-empty values.
#![no_main]

use gazette_web::Form;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let form = Form::parse(data);
    let names: Vec<String> = form.names().map(str::to_owned).collect();
    let mut last = Vec::with_capacity(names.len());
    for name in &names {
        let value = form.get(name).expect("a listed name has a value");
        let all = form.all(name);
        assert!(all.iter().all(|v| !v.is_empty()));
        if !value.is_empty() {
            assert_eq!(
                all.last().map(String::as_str),
                Some(value),
                "last value of {name:?}"
            );
        }
        last.push((name.clone(), value.to_owned()));
    }
    let map = form.into_map();
    for (name, value) in last {
        assert_eq!(
            map.get(&name),
            Some(&value),
            "map and get disagree on {name:?}"
        );
    }
});
