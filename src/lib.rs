//! inspraak: from a public consultation on a policy document to a
//! response memo (nota van beantwoording) with version diffs.
//!
//! The pipeline stages, each a module with typed input and output:
//! [`extract`] → [`structure`] → [`split`] → [`link`] → [`ledger`] →
//! [`compare`] → [`report`]; [`pipeline`] runs them over an [`inbox`].

/// The verbs that open a request in the imperative (`Schrap paragraaf
/// 1.1.`, `Voeg de scholen toe.`), `|`-separated: one list for the
/// splitter's pattern (a literal, so it is written as a macro) and for
/// campaign grouping's request sentences.
macro_rules! request_verbs {
    () => {
        "schrap|verwijder|voeg|geef|maak|zorg|neem|pas|noem|vermeld|benoem|beschrijf|betrek|breid|verduidelijk|herzie|herschrijf|wijzig|verander|regel|houd|handhaaf|behoud|versterk|verhoog|verlaag|investeer|start|stop|begin|vervang|concretiseer|specificeer|overweeg|heroverweeg"
    };
}

pub mod cache;
pub mod campaigns;
pub mod cli;
pub mod compare;
pub mod extract;
pub mod file_keys;
pub mod file_mode;
pub mod ids;
pub mod inbox;
pub mod isolate;
pub mod ledger;
pub mod link;
pub mod model;
pub mod pdfwrite;
pub mod pipeline;
pub mod privacy;
pub mod public_json;
pub mod report;
pub mod split;
pub mod structure;
pub mod synth;
pub mod text;
pub mod themes;
pub mod timings;
