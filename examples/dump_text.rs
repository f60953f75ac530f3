fn main() {
    for p in std::env::args().skip(1) {
        match inspraak::extract::extract_path(std::path::Path::new(&p)) {
            Ok(d) => for pg in &d.pages { println!("--- page {}", pg.number); for l in &pg.lines { println!("{}{}", if l.paragraph_start {"¶ "} else {"  "}, l.text); } },
            Err(e) => println!("{e}"),
        }
    }
}
