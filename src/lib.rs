//! inspraak: from a public consultation on a policy document to a
//! response memo (nota van beantwoording) with version diffs.
//!
//! The pipeline stages, each a module with typed input and output:
//! [`extract`] → [`structure`] → [`split`] → [`link`] → [`ledger`] →
//! [`compare`] → [`report`]; [`pipeline`] runs them over an [`inbox`].

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
