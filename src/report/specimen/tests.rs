use super::*;
use crate::report::context::{Group, Item, LetterContext, MemoContext, RedlineContext};

/// Every path of `v` that is an empty list or `null`: a specimen has none
/// (a loop without an item, an optional without a value would leave a
/// part of a template unchecked).
fn unfilled(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Null => out.push(at.to_string()),
        serde_json::Value::Array(a) if a.is_empty() => out.push(at.to_string()),
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                unfilled(x, &format!("{at}.{i}"), out);
            }
        }
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                unfilled(x, &format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_specimens_fill_every_field_list_and_optional() {
    let mut memo: MemoContext = specimen().unwrap();
    memo.groups = vec![specimen::<Group>().unwrap()];
    let rendered = [std::borrow::Cow::Borrowed("")];
    let values = [
        serde_json::to_value(memo.view(&rendered, &rendered)).unwrap(),
        serde_json::to_value(specimen::<Item>().unwrap()).unwrap(),
        serde_json::to_value(specimen::<LetterContext>().unwrap()).unwrap(),
        serde_json::to_value(specimen::<RedlineContext>().unwrap()).unwrap(),
    ];
    for v in &values {
        let mut out = Vec::new();
        unfilled(v, "", &mut out);
        assert!(out.is_empty(), "not filled: {out:?}");
    }
    let letter = &values[2];
    assert_eq!(letter["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(letter["private_person"], serde_json::json!(true));
    assert_eq!(letter["items"][0]["number"], serde_json::json!("1.1"));
}

#[test]
fn a_specimen_of_plain_types() {
    let v: (
        Option<u8>,
        Vec<String>,
        bool,
        std::collections::BTreeMap<String, u32>,
    ) = specimen().unwrap();
    assert_eq!(v.0, Some(1));
    assert_eq!(v.1, vec!["1.1".to_string()]);
    assert!(v.2);
    assert_eq!(v.3.len(), 1);
}
