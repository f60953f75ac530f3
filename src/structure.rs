//! Stage 2, structure: a version's numbered sections and appendices.

use regex::Regex;

use crate::model::{Document, Section, Version};

/// Builds the section list of a version from its extracted text.
pub fn parse_version(doc: &Document, label: &str) -> Version {
    let heading = Regex::new(r"^(?:(\d+(?:\.\d+)*)\.?|(Bijlage\s+\d+)\s*:?)\s+(\S.*)$")
        .expect("static regex");
    let mut sections: Vec<Section> = Vec::new();
    for page in &doc.pages {
        for line in &page.lines {
            if let Some(c) = heading.captures(line.text.trim()) {
                let number = c
                    .get(1)
                    .or(c.get(2))
                    .map(|m| m.as_str().to_string())
                    .unwrap_or_default();
                let level = if number.starts_with("Bijlage") {
                    1
                } else {
                    number.split('.').count() as u8
                };
                sections.push(Section {
                    number,
                    title: c[3].to_string(),
                    level,
                    text: String::new(),
                    pages: (page.number, page.number),
                });
            } else if let Some(s) = sections.last_mut() {
                s.text.push_str(&line.text);
                s.text.push('\n');
                s.pages.1 = page.number;
            }
        }
    }
    Version {
        file: doc.file.clone(),
        label: label.to_string(),
        sections,
    }
}
