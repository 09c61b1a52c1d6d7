//! Offices from files: the CSV template and Integreat's public JSON for locations, and
//! the CSV export. One validation ([`check_office`]) serves the editor's form and both
//! imports, so a file cannot bring in what the form would refuse.

use super::hours::Hours;
use super::is_category;
use crate::db::directory::{Contact, OfficeFacts, OfficeText};
use crate::fields::{optional_phone, optional_text, Problem};
use lotse_app::domain::{Lang, SPOKEN_LANGUAGES};
use serde::Deserialize;

/// An office as typed (form) or read (file): every field still text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawOffice {
    pub category: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: String,
    pub lon: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub opening_hours: String,
    pub by_appointment: bool,
    pub languages: Vec<String>,
    pub barrier_free: bool,
    pub contacts: Vec<Contact>,
}

/// A problem with one field of an office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
    /// The opening-hours parser's own words, for the editor.
    pub detail: Option<String>,
}

fn problem(field: &str, id: &'static str) -> FieldProblem {
    FieldProblem {
        field: field.into(),
        problem: Problem::new(id),
        detail: None,
    }
}

/// Checks everything an office needs; on success the facts to store.
pub fn check_office(raw: &RawOffice) -> Result<OfficeFacts, Vec<FieldProblem>> {
    let mut problems = vec![];
    if !is_category(raw.category.trim()) {
        problems.push(problem("category", "choice-required"));
    }
    let coordinate = |field: &str, v: &str, max: f64, problems: &mut Vec<FieldProblem>| {
        let v = v.trim().replace(',', ".");
        if v.is_empty() {
            return None;
        }
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() && n.abs() <= max => Some(n),
            _ => {
                problems.push(problem(field, "directory-coordinate-invalid"));
                None
            }
        }
    };
    let lat = coordinate("lat", &raw.lat, 90.0, &mut problems);
    let lon = coordinate("lon", &raw.lon, 180.0, &mut problems);
    if lat.is_some() != lon.is_some() {
        problems.push(problem("lon", "directory-coordinate-invalid"));
    }
    let phone = optional_phone(&raw.phone).unwrap_or_else(|p| {
        problems.push(FieldProblem {
            field: "phone".into(),
            problem: p,
            detail: None,
        });
        None
    });
    let email = if raw.email.trim().is_empty() {
        None
    } else {
        crate::fields::email(&raw.email)
            .map_err(|p| {
                problems.push(FieldProblem {
                    field: "email".into(),
                    problem: p,
                    detail: None,
                })
            })
            .ok()
    };
    let website = raw.website.trim();
    let website = if website.is_empty() {
        None
    } else if url::Url::parse(website).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
        Some(website.to_string())
    } else {
        problems.push(problem("website", "directory-website-invalid"));
        None
    };
    let hours = raw.opening_hours.trim();
    if !hours.is_empty() {
        if let Err(detail) = Hours::parse(hours) {
            problems.push(FieldProblem {
                field: "opening_hours".into(),
                problem: Problem::new("directory-hours-invalid"),
                detail: Some(detail),
            });
        }
    }
    for (field, v, max) in [
        ("street", &raw.street, 200),
        ("postcode", &raw.postcode, 10),
        ("city", &raw.city, 100),
    ] {
        if let Err(p) = optional_text(v, max) {
            problems.push(FieldProblem {
                field: field.into(),
                problem: p,
                detail: None,
            });
        }
    }
    let mut languages = vec![];
    for l in &raw.languages {
        let l = l.trim().to_lowercase();
        if l.is_empty() {
            continue;
        }
        if SPOKEN_LANGUAGES.contains(&l.as_str()) {
            languages.push(l);
        } else {
            problems.push(problem("languages", "directory-language-invalid"));
        }
    }
    for (i, c) in raw.contacts.iter().enumerate() {
        if !c.hours.trim().is_empty() && Hours::parse(&c.hours).is_err() {
            problems.push(problem(
                &format!("contact_{}_hours", i + 1),
                "directory-hours-invalid",
            ));
        }
        if c.phone.as_deref().is_some_and(|p| optional_phone(p).is_err()) {
            problems.push(problem(&format!("contact_{}_phone", i + 1), "phone-invalid"));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(OfficeFacts {
        category: raw.category.trim().to_string(),
        street: raw.street.trim().to_string(),
        postcode: raw.postcode.trim().to_string(),
        city: raw.city.trim().to_string(),
        lat,
        lon,
        phone,
        email,
        website,
        opening_hours: hours.to_string(),
        by_appointment: raw.by_appointment,
        languages,
        barrier_free: raw.barrier_free,
        contacts: raw
            .contacts
            .iter()
            .filter(|c| !c.name.trim().is_empty())
            .cloned()
            .collect(),
    })
}

/// One office read from a file, checked.
#[derive(Clone, Debug)]
pub struct ImportedOffice {
    /// Row number in the file (CSV: the line, header = 1; JSON: position from 1).
    pub row: usize,
    pub key: String,
    pub facts: OfficeFacts,
    /// German first, then any translations in the file.
    pub texts: Vec<(Lang, OfficeText)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub field: String,
    pub problem: Problem,
    pub detail: Option<String>,
}

/// The columns of the CSV template, in order. Texts per language: `name_de`,
/// `description_de`, … and the same with `_en`, `_ar`, `_fa`, `_ti` (optional).
pub const CSV_COLUMNS: [&str; 16] = [
    "key",
    "category",
    "street",
    "postcode",
    "city",
    "lat",
    "lon",
    "phone",
    "email",
    "website",
    "opening_hours",
    "by_appointment",
    "languages",
    "barrier_free",
    "name_de",
    "description_de",
];
pub const TEXT_FIELDS: [&str; 4] = ["name", "description", "bring", "transport"];

fn yes(v: &str) -> Option<bool> {
    match v.trim().to_lowercase().as_str() {
        "" | "0" | "no" | "nein" | "false" | "n" => Some(false),
        "1" | "yes" | "ja" | "true" | "j" | "y" | "x" => Some(true),
        _ => None,
    }
}

/// Reads the CSV template (comma or semicolon separated, as spreadsheets write it).
pub fn read_csv(bytes: &[u8]) -> Result<Vec<ImportedOffice>, Vec<RowProblem>> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(_) => return Err(vec![file_problem(1, "directory-import-unreadable")]),
    };
    let mut problems = vec![];
    for required in ["key", "category", "name_de"] {
        if !headers.iter().any(|h| h == required) {
            problems.push(RowProblem {
                row: 1,
                field: required.into(),
                problem: Problem::new("directory-import-missing-column"),
                detail: None,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = vec![];
    for (i, record) in reader.records().enumerate() {
        let row = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map(|p| p.line() as usize)
            .unwrap_or(i + 2);
        let Ok(record) = record else {
            problems.push(file_problem(row, "directory-import-unreadable"));
            continue;
        };
        let get = |name: &str| -> String {
            let v = headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .unwrap_or_default()
                .trim();
            uncell(v).to_string()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut flag = |name: &str| {
            yes(&get(name)).unwrap_or_else(|| {
                problems.push(RowProblem {
                    row,
                    field: name.into(),
                    problem: Problem::new("directory-import-yes-no"),
                    detail: None,
                });
                false
            })
        };
        let by_appointment = flag("by_appointment");
        let barrier_free = flag("barrier_free");
        let raw = RawOffice {
            category: get("category"),
            street: get("street"),
            postcode: get("postcode"),
            city: get("city"),
            lat: get("lat"),
            lon: get("lon"),
            phone: get("phone"),
            email: get("email"),
            website: get("website"),
            opening_hours: get("opening_hours"),
            by_appointment,
            languages: get("languages")
                .split(|c: char| c == ',' || c.is_whitespace())
                .map(String::from)
                .collect(),
            barrier_free,
            contacts: vec![],
        };
        let texts: Vec<(Lang, OfficeText)> = Lang::all()
            .iter()
            .map(|l| {
                let field = |f: &str| get(&format!("{f}_{}", l.code()));
                (
                    *l,
                    OfficeText {
                        name: field("name"),
                        description: field("description"),
                        bring: field("bring"),
                        transport: field("transport"),
                        contact_roles: vec![],
                    },
                )
            })
            .filter(|(_, t)| !t.name.is_empty())
            .collect();
        let key = get("key");
        if key.is_empty() || key.chars().count() > 100 {
            problems.push(RowProblem {
                row,
                field: "key".into(),
                problem: Problem::new("field-required"),
                detail: None,
            });
        }
        if !texts.iter().any(|(l, _)| *l == Lang::DE) {
            problems.push(RowProblem {
                row,
                field: "name_de".into(),
                problem: Problem::new("field-required"),
                detail: None,
            });
        }
        add_office(&mut out, &mut problems, row, key, &raw, texts);
    }
    finish(out, problems)
}

fn file_problem(row: usize, id: &'static str) -> RowProblem {
    RowProblem {
        row,
        field: String::new(),
        problem: Problem::new(id),
        detail: None,
    }
}

fn add_office(
    out: &mut Vec<ImportedOffice>,
    problems: &mut Vec<RowProblem>,
    row: usize,
    key: String,
    raw: &RawOffice,
    mut texts: Vec<(Lang, OfficeText)>,
) {
    if out.iter().any(|o| o.key == key) {
        problems.push(RowProblem {
            row,
            field: "key".into(),
            problem: Problem::new("directory-import-duplicate-key"),
            detail: None,
        });
    }
    for (_, t) in &texts {
        for (field, v, max) in [
            ("name", &t.name, 200),
            ("description", &t.description, 4000),
            ("bring", &t.bring, 2000),
            ("transport", &t.transport, 1000),
        ] {
            if let Err(p) = optional_text(v, max) {
                problems.push(RowProblem {
                    row,
                    field: field.into(),
                    problem: p,
                    detail: None,
                });
            }
        }
    }
    texts.sort_by_key(|(l, _)| *l != Lang::DE);
    match check_office(raw) {
        Ok(facts) => out.push(ImportedOffice {
            row,
            key,
            facts,
            texts,
        }),
        Err(found) => problems.extend(found.into_iter().map(|p| RowProblem {
            row,
            field: p.field,
            problem: p.problem,
            detail: p.detail,
        })),
    }
}

fn finish(
    out: Vec<ImportedOffice>,
    mut problems: Vec<RowProblem>,
) -> Result<Vec<ImportedOffice>, Vec<RowProblem>> {
    if problems.is_empty() {
        if out.is_empty() {
            return Err(vec![file_problem(1, "directory-import-empty")]);
        }
        Ok(out)
    } else {
        problems.sort_by_key(|p| p.row);
        Err(problems)
    }
}

// Integreat's locations endpoint (`/api/v3/{region}/de/locations/`): only the fields
// Lotse takes over. Day 0 of `opening_hours` is Monday.
#[derive(Deserialize)]
struct IntegreatPlace {
    title: String,
    #[serde(default)]
    excerpt: String,
    location: IntegreatLocation,
    website: Option<String>,
    email: Option<String>,
    phone_number: Option<String>,
    category: Option<IntegreatCategory>,
    #[serde(default)]
    temporarily_closed: bool,
    opening_hours: Option<Vec<IntegreatDay>>,
    appointment_url: Option<String>,
    barrier_free: Option<bool>,
    #[serde(default)]
    contacts: Vec<IntegreatContact>,
}

#[derive(Deserialize)]
struct IntegreatLocation {
    id: i64,
    #[serde(default)]
    address: String,
    #[serde(default)]
    town: String,
    #[serde(default)]
    postcode: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

#[derive(Deserialize)]
struct IntegreatCategory {
    #[serde(default)]
    name: String,
    #[serde(default)]
    icon: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct IntegreatDay {
    #[serde(default)]
    all_day: bool,
    #[serde(default)]
    closed: bool,
    #[serde(default)]
    appointment_only: bool,
    #[serde(default)]
    time_slots: Vec<IntegreatSlot>,
}

#[derive(Deserialize)]
struct IntegreatSlot {
    start: String,
    end: String,
}

#[derive(Deserialize)]
struct IntegreatContact {
    area_of_responsibility: Option<String>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone_number: String,
    opening_hours: Option<Vec<IntegreatDay>>,
}

const OSM_DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Integreat's seven days as an OpenStreetMap expression; days with the same hours are
/// listed together ("Mo,Tu,Th 09:00-12:00").
fn osm_hours(days: &[IntegreatDay]) -> String {
    let mut groups: Vec<(Vec<&str>, String)> = vec![];
    for (i, d) in days.iter().take(7).enumerate() {
        if d.closed {
            continue;
        }
        let times = if d.all_day {
            "00:00-24:00".to_string()
        } else {
            d.time_slots
                .iter()
                .map(|s| format!("{}-{}", s.start.trim(), s.end.trim()))
                .collect::<Vec<_>>()
                .join(",")
        };
        if times.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(_, t)| *t == times) {
            Some((days, _)) => days.push(OSM_DAYS[i]),
            None => groups.push((vec![OSM_DAYS[i]], times)),
        }
    }
    groups
        .into_iter()
        .map(|(days, times)| format!("{} {times}", days.join(",")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Integreat's categories are the region's own; the common ones are recognised by
/// their icon or name, everything else becomes "other".
fn integreat_category(c: Option<&IntegreatCategory>) -> &'static str {
    let Some(c) = c else { return "other" };
    let name = c.name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&["kita", "kinderbetreuung", "kindergarten"]) {
        "kita"
    } else if has(&["schule"]) {
        "school"
    } else if has(&["sprach", "deutschkurs", "integrationskurs"]) {
        "language_course"
    } else if has(&["arzt", "ärzt", "gesundheit", "medizin"]) || c.icon == "health" {
        "doctor"
    } else if has(&["krankenhaus", "klinik"]) {
        "hospital"
    } else if has(&["bibliothek", "bücherei"]) {
        "library"
    } else if has(&["sport", "verein"]) || c.icon == "sport" {
        "sports_club"
    } else if has(&["jobcenter", "arbeit"]) {
        "jobcenter"
    } else if has(&["beratung"]) || c.icon == "advice" {
        "counselling"
    } else if has(&["amt", "behörde", "verwaltung"]) || c.icon == "authority" {
        "citizens_office"
    } else {
        "other"
    }
}

/// Django's `strip_tags` leaves entities; the common ones are decoded here.
fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn non_empty(v: Option<&str>) -> String {
    v.map(str::trim).unwrap_or_default().to_string()
}

/// Reads the JSON of Integreat's German locations endpoint.
pub fn read_integreat(bytes: &[u8]) -> Result<Vec<ImportedOffice>, Vec<RowProblem>> {
    let places: Vec<serde_json::Value> = match serde_json::from_slice(bytes) {
        Ok(serde_json::Value::Array(a)) => a,
        _ => return Err(vec![file_problem(1, "directory-import-unreadable")]),
    };
    let mut out = vec![];
    let mut problems = vec![];
    for (i, value) in places.into_iter().enumerate() {
        let row = i + 1;
        let place: IntegreatPlace = match serde_json::from_value(value) {
            Ok(p) => p,
            Err(e) => {
                problems.push(RowProblem {
                    row,
                    field: String::new(),
                    problem: Problem::new("directory-import-unreadable"),
                    detail: Some(e.to_string()),
                });
                continue;
            }
        };
        let appointment_days = place.opening_hours.as_deref().map(|d| {
            d.iter().filter(|d| !d.closed).all(|d| d.appointment_only) && d.iter().any(|d| !d.closed)
        });
        let hours = if place.temporarily_closed {
            "off".to_string()
        } else {
            place.opening_hours.as_deref().map(osm_hours).unwrap_or_default()
        };
        let by_appointment = appointment_days.unwrap_or_else(|| {
            place
                .appointment_url
                .as_deref()
                .is_some_and(|u| !u.trim().is_empty())
        });
        let contacts: Vec<(Contact, String)> = place
            .contacts
            .iter()
            .filter(|c| !c.name.trim().is_empty())
            .map(|c| {
                (
                    Contact {
                        name: c.name.trim().to_string(),
                        phone: Some(c.phone_number.trim().to_string()).filter(|p| !p.is_empty()),
                        email: Some(c.email.trim().to_string()).filter(|p| !p.is_empty()),
                        hours: c.opening_hours.as_deref().map(osm_hours).unwrap_or_default(),
                    },
                    non_empty(c.area_of_responsibility.as_deref()),
                )
            })
            .collect();
        let raw = RawOffice {
            category: integreat_category(place.category.as_ref()).into(),
            street: place.location.address.clone(),
            postcode: place.location.postcode.clone(),
            city: place.location.town.clone(),
            lat: place.location.latitude.map(|v| v.to_string()).unwrap_or_default(),
            lon: place
                .location
                .longitude
                .map(|v| v.to_string())
                .unwrap_or_default(),
            phone: non_empty(place.phone_number.as_deref()),
            email: non_empty(place.email.as_deref()),
            website: non_empty(place.website.as_deref()),
            opening_hours: hours,
            by_appointment,
            languages: vec![],
            barrier_free: place.barrier_free.unwrap_or(false),
            contacts: contacts.iter().map(|(c, _)| c.clone()).collect(),
        };
        let german = OfficeText {
            name: place.title.trim().to_string(),
            description: decode_entities(place.excerpt.trim()),
            bring: String::new(),
            transport: String::new(),
            contact_roles: contacts.into_iter().map(|(_, r)| r).collect(),
        };
        if german.name.is_empty() {
            problems.push(RowProblem {
                row,
                field: "title".into(),
                problem: Problem::new("field-required"),
                detail: None,
            });
        }
        let key = format!("integreat-{}", place.location.id);
        add_office(&mut out, &mut problems, row, key, &raw, vec![(Lang::DE, german)]);
    }
    finish(out, problems)
}

/// Characters that make a spreadsheet read a cell as a formula (Excel, LibreOffice).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as exported: one that a spreadsheet would run as a formula gets a leading
/// apostrophe, which spreadsheets show as "text" (OWASP's advice for CSV injection).
fn cell(v: String) -> String {
    if v.starts_with(FORMULA_START) {
        format!("'{v}")
    } else {
        v
    }
}

/// The reverse of [`cell`] on import, so an export edited and imported again is unchanged.
fn uncell(v: &str) -> &str {
    match v.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => v,
    }
}

/// The CSV export: the template's columns with every language's texts, so that an
/// export can be edited in a spreadsheet and imported again.
pub fn write_csv(offices: &[crate::db::directory::OfficeFull]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(vec![]);
    let mut header: Vec<String> = CSV_COLUMNS[..14].iter().map(|c| c.to_string()).collect();
    for &l in Lang::all() {
        for f in TEXT_FIELDS {
            header.push(format!("{f}_{}", l.code()));
        }
    }
    w.write_record(&header)?;
    for o in offices {
        let f = &o.office;
        let key = f.import_key.clone().unwrap_or_else(|| format!("lotse-{}", f.id));
        let coord = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let yn = |b: bool| if b { "yes" } else { "no" }.to_string();
        let mut rec = vec![
            key,
            f.category.clone(),
            f.street.clone(),
            f.postcode.clone(),
            f.city.clone(),
            coord(f.lat),
            coord(f.lon),
            f.phone.clone().unwrap_or_default(),
            f.email.clone().unwrap_or_default(),
            f.website.clone().unwrap_or_default(),
            f.opening_hours.clone(),
            yn(f.by_appointment),
            f.languages().join(" "),
            yn(f.barrier_free),
        ];
        for &l in Lang::all() {
            let t = o.text(l.code()).map(|t| t.text()).unwrap_or_default();
            rec.extend([t.name, t.description, t.bring, t.transport]);
        }
        // Coordinates (5 and 6) are numbers and stay numbers; every text is defused.
        let rec: Vec<String> = rec
            .into_iter()
            .enumerate()
            .map(|(i, v)| if i == 5 || i == 6 { v } else { cell(v) })
            .collect();
        w.write_record(&rec)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_on_export_and_restored_on_import() {
        for v in ["=1+cmd|'/c calc'!a0", "+49 7131 1234", "-x", "@SUM(A1)", "\tx"] {
            let out = cell(v.to_string());
            assert!(out.starts_with('\''), "{v}");
            assert_eq!(uncell(&out), v);
        }
        assert_eq!(cell("Rathaus".into()), "Rathaus");
        assert_eq!(uncell("'quoted"), "'quoted", "an apostrophe of one's own stays");
    }

    #[test]
    fn integreat_hours_become_osm() {
        let day = |closed: bool, slots: &[(&str, &str)]| IntegreatDay {
            all_day: false,
            closed,
            appointment_only: false,
            time_slots: slots
                .iter()
                .map(|(s, e)| IntegreatSlot {
                    start: s.to_string(),
                    end: e.to_string(),
                })
                .collect(),
        };
        let week = vec![
            day(false, &[("09:00", "12:00"), ("13:30", "16:00")]),
            day(false, &[("09:00", "12:00"), ("13:30", "16:00")]),
            day(true, &[]),
            day(false, &[("09:00", "12:00")]),
            day(false, &[]),
            day(true, &[]),
            day(true, &[]),
        ];
        let osm = osm_hours(&week);
        assert_eq!(osm, "Mo,Tu 09:00-12:00,13:30-16:00; Th 09:00-12:00");
        assert!(Hours::parse(&osm).is_ok());
    }

    #[test]
    fn yes_no_in_german_and_english() {
        assert_eq!(yes("Ja"), Some(true));
        assert_eq!(yes(""), Some(false));
        assert_eq!(yes("vielleicht"), None);
    }
}
