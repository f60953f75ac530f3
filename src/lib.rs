//! inspraak: from a public consultation on a policy document to a
//! response memo (nota van beantwoording) with version diffs.
//!
//! The pipeline stages, each a module with typed input and output:
//! extract → structure → split → link → ledger → compare → report.

pub mod model;
