//! Which figures each funder's report holds: configuration, not code. The default set
//! (`server/config/funders.json`) is built in; a county replaces it with its own file
//! (`LOTSE_FUNDERS`), read once at start-up.

use lotse_app::figures::Section;
use serde::Deserialize;

const BUILT_IN: &str = include_str!("../../config/funders.json");

#[derive(Clone, Debug, Deserialize)]
pub struct Funder {
    pub id: String,
    pub name: String,
    /// Figure table ids; "*" for all.
    pub tables: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    funders: Vec<Funder>,
}

#[derive(Debug, thiserror::Error)]
#[error("funders file {path}: {detail}")]
pub struct FundersError {
    path: String,
    detail: String,
}

/// The funders from `LOTSE_FUNDERS` or the built-in file; a file that cannot be read is a
/// start-up error, never a report with figures missing.
pub fn load(path: Option<&str>) -> Result<Vec<Funder>, FundersError> {
    let (text, path) = match path {
        Some(p) => (
            std::fs::read_to_string(p).map_err(|e| FundersError {
                path: p.into(),
                detail: e.to_string(),
            })?,
            p.to_string(),
        ),
        None => (BUILT_IN.to_string(), "server/config/funders.json".into()),
    };
    let file: File = serde_json::from_str(&text).map_err(|e| FundersError {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    if file.funders.is_empty() {
        return Err(FundersError {
            path,
            detail: "no funders".into(),
        });
    }
    Ok(file.funders)
}

impl Funder {
    /// The sections with only this funder's tables (sections left empty are dropped).
    pub fn select(&self, sections: Vec<Section>) -> Vec<Section> {
        let all = self.tables.iter().any(|t| t == "*");
        sections
            .into_iter()
            .map(|mut s| {
                s.tables
                    .retain(|t| all || self.tables.iter().any(|id| id == t.id));
                s
            })
            .filter(|s| !s.tables.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_built_in_funders_name_known_tables() {
        let funders = load(None).unwrap();
        assert!(funders.iter().any(|f| f.id == "pakt"));
        assert!(funders.iter().any(|f| f.id == "kisi"));
        let known = crate::figures::TABLE_IDS;
        for f in &funders {
            for t in f.tables.iter().filter(|t| *t != "*") {
                assert!(known.contains(&t.as_str()), "{}: unknown table {t}", f.id);
            }
        }
    }
}
