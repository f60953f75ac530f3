//! Stage 5, ledger: the working group's decisions per comment, kept in a
//! human-readable TOML file beside the inbox and carried across re-runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::model::{Consultation, DecisionView, OrphanedDecision, Status};

/// One recorded decision, with the comment text it was made on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub status: Status,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub theme: Option<String>,
    #[serde(default)]
    pub change_ref: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// Respondent and comment text when the decision was made.
    #[serde(default)]
    pub respondent: String,
    #[serde(default)]
    pub comment: String,
}

/// The decisions file.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub path: PathBuf,
    pub decisions: BTreeMap<String, Decision>,
}

#[derive(Serialize, Deserialize, Default)]
struct LedgerFile {
    #[serde(default)]
    decisions: BTreeMap<String, Decision>,
}

impl Ledger {
    /// Loads the ledger; a missing file is an empty ledger.
    pub fn load(path: &Path) -> Result<Ledger> {
        let decisions = if path.exists() {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("failed to read ledger `{}`", path.display()))?;
            toml::from_str::<LedgerFile>(&text)
                .with_context(|| format!("ledger `{}` is not valid", path.display()))?
                .decisions
        } else {
            BTreeMap::new()
        };
        Ok(Ledger {
            path: path.to_path_buf(),
            decisions,
        })
    }

    /// Writes the ledger.
    pub fn save(&self) -> Result<()> {
        let text = toml::to_string_pretty(&LedgerFile {
            decisions: self.decisions.clone(),
        })?;
        std::fs::write(&self.path, text)
            .with_context(|| format!("failed to write ledger `{}`", self.path.display()))
    }

    /// Copies each comment's decision into the consultation and lists the
    /// decisions whose comment is gone.
    pub fn apply(&self, consultation: &mut Consultation) {
        let mut seen = std::collections::HashSet::new();
        for r in &mut consultation.responses {
            for c in &mut r.comments {
                if let Some(d) = self.decisions.get(&c.id) {
                    seen.insert(c.id.clone());
                    c.decision = DecisionView {
                        status: d.status,
                        answer: d.answer.clone(),
                        theme: d.theme.clone(),
                        change_ref: d.change_ref.clone(),
                        summary: d.summary.clone(),
                        author: d.author.clone(),
                        date: d.date.clone(),
                    };
                }
            }
        }
        consultation.orphaned_decisions = self
            .decisions
            .iter()
            .filter(|(id, _)| !seen.contains(*id))
            .map(|(id, d)| OrphanedDecision {
                comment_id: id.clone(),
                respondent: d.respondent.clone(),
                text: d.comment.clone(),
                status: d.status,
                answer: d.answer.clone(),
            })
            .collect();
    }
}
