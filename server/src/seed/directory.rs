//! The demo county's directory: about forty offices and services and eight topic
//! guides, in German and English (`directory.json`) with Arabic, Persian and Tigrinya
//! translations (`directory.<lang>.json`), all published.

use crate::db::directory::{Contact, CountyId, OfficeFacts, OfficeText};
use crate::db::guides::{GuideText, StepText};
use crate::db::{DbResult, Store};
use serde::Deserialize;
use std::collections::HashMap;

const BASE: &str = include_str!("directory.json");
const TRANSLATIONS: [(&str, &str); 5] = [
    ("ar", include_str!("directory.ar.json")),
    ("fa", include_str!("directory.fa.json")),
    ("ti", include_str!("directory.ti.json")),
    ("prs", include_str!("directory.prs.json")),
    ("uk", include_str!("directory.uk.json")),
];

#[derive(Deserialize)]
struct Base {
    offices: Vec<Office>,
    guides: Vec<Guide>,
}

#[derive(Deserialize)]
struct Office {
    key: String,
    category: String,
    street: String,
    postcode: String,
    city: String,
    lat: Option<f64>,
    lon: Option<f64>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    opening_hours: String,
    by_appointment: bool,
    languages: Vec<String>,
    barrier_free: bool,
    #[serde(default)]
    contacts: Vec<SeedContact>,
    text: HashMap<String, SeedOfficeText>,
}

#[derive(Deserialize)]
struct SeedContact {
    name: String,
    phone: Option<String>,
    email: Option<String>,
    hours: Option<String>,
    role: HashMap<String, String>,
}

#[derive(Deserialize, Clone, Default)]
struct SeedOfficeText {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    bring: String,
    #[serde(default)]
    transport: String,
    #[serde(default)]
    contact_roles: Vec<String>,
}

#[derive(Deserialize)]
struct Guide {
    key: String,
    text: HashMap<String, GuideHead>,
    steps: Vec<SeedStep>,
}

#[derive(Deserialize, Clone)]
struct GuideHead {
    title: String,
    #[serde(default)]
    summary: String,
}

#[derive(Deserialize)]
struct SeedStep {
    office: Option<String>,
    text: HashMap<String, StepText>,
}

#[derive(Deserialize, Default)]
struct Translation {
    #[serde(default)]
    offices: HashMap<String, SeedOfficeText>,
    #[serde(default)]
    guides: HashMap<String, TranslatedGuide>,
}

#[derive(Deserialize)]
struct TranslatedGuide {
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    steps: Vec<StepText>,
}

fn office_text(t: &SeedOfficeText, roles: Vec<String>) -> OfficeText {
    OfficeText {
        name: t.name.clone(),
        description: t.description.clone(),
        bring: t.bring.clone(),
        transport: t.transport.clone(),
        contact_roles: roles,
    }
}

/// The seeded directory's ids by their keys in `directory.json`.
#[derive(Debug, Default)]
pub struct Seeded {
    pub offices: HashMap<String, i64>,
    pub guides: HashMap<String, i64>,
}

/// Seeds the directory.
pub async fn demo(store: &Store, county: CountyId) -> DbResult<Seeded> {
    let base: Base =
        serde_json::from_str(BASE).map_err(|e| crate::db::DbError::Sqlx(sqlx::Error::Decode(Box::new(e))))?;
    // Only the languages this build speaks (a language folder may be left out).
    let translations: Vec<(&str, Translation)> = TRANSLATIONS
        .iter()
        .filter(|(lang, _)| lotse_app::domain::Lang::from_code(lang).is_some())
        .map(|(lang, src)| (*lang, serde_json::from_str(src).unwrap_or_default()))
        .collect();
    let mut ids = HashMap::new();
    let mut guides = HashMap::new();
    for o in &base.offices {
        // A helpline one only phones has no place on a map.
        let (lat, lon) = if o.street.is_empty() {
            (None, None)
        } else {
            (o.lat, o.lon)
        };
        let facts = OfficeFacts {
            category: o.category.clone(),
            street: o.street.clone(),
            postcode: o.postcode.clone(),
            city: o.city.clone(),
            lat,
            lon,
            phone: o.phone.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            opening_hours: o.opening_hours.clone(),
            by_appointment: o.by_appointment,
            languages: o.languages.clone(),
            barrier_free: o.barrier_free,
            contacts: o
                .contacts
                .iter()
                .map(|c| Contact {
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                    email: c.email.clone(),
                    hours: c.hours.clone().unwrap_or_default(),
                })
                .collect(),
        };
        let roles = |lang: &str| {
            o.contacts
                .iter()
                .map(|c| c.role.get(lang).cloned().unwrap_or_default())
                .collect::<Vec<_>>()
        };
        let Some(de) = o.text.get("de") else { continue };
        let id = store
            .create_office(
                county,
                &facts,
                &office_text(de, roles("de")),
                true,
                Some(&o.key),
                None,
            )
            .await?;
        if let Some(en) = o.text.get("en") {
            store
                .save_office_text(county, id, "en", 0, &office_text(en, roles("en")), true, None)
                .await?;
        }
        for (lang, t) in &translations {
            if let Some(text) = t.offices.get(&o.key) {
                store
                    .save_office_text(
                        county,
                        id,
                        lang,
                        0,
                        &office_text(text, text.contact_roles.clone()),
                        true,
                        None,
                    )
                    .await?;
            }
        }
        ids.insert(o.key.clone(), id);
    }
    for g in &base.guides {
        let step_offices: Vec<Option<i64>> = g
            .steps
            .iter()
            .map(|s| s.office.as_ref().and_then(|k| ids.get(k).copied()))
            .collect();
        let text = |lang: &str| -> Option<GuideText> {
            let head = g.text.get(lang)?;
            Some(GuideText {
                title: head.title.clone(),
                summary: head.summary.clone(),
                steps: g
                    .steps
                    .iter()
                    .map(|s| s.text.get(lang).cloned().unwrap_or_default())
                    .collect(),
            })
        };
        let Some(de) = text("de") else { continue };
        let id = store.create_guide(county, &de, &step_offices, true, None).await?;
        guides.insert(g.key.clone(), id);
        if let Some(en) = text("en") {
            store
                .save_guide_text(county, id, "en", 0, &en, true, None)
                .await?;
        }
        for (lang, t) in &translations {
            if let Some(tg) = t.guides.get(&g.key) {
                let text = GuideText {
                    title: tg.title.clone(),
                    summary: tg.summary.clone(),
                    steps: tg.steps.clone(),
                };
                store
                    .save_guide_text(county, id, lang, 0, &text, true, None)
                    .await?;
            }
        }
    }
    Ok(Seeded { offices: ids, guides })
}
