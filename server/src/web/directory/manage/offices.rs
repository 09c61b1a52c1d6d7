//! The office form (facts and the German source) and the office translation forms.

use super::{content_lang, editor, notice, parse_id, saved, Editor};
use crate::db::directory::{Contact, OfficeFacts, OfficeFull, OfficeText};
use crate::db::Saved;
use crate::directory::import::{check_office, RawOffice};
use crate::web::case::form_alert;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::Lang;
use lotse_app::forms::{FieldErrors, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::directory::{
    contact_field, role_field, OfficeField, OfficeForm, OfficeFormPage, OfficeInput, OfficeTextField,
    OfficeTextInput, TranslationForm, TranslationFormPage, OFFICE_FORM, TRANSLATION_FORM,
};
use std::collections::BTreeMap;

/// Contact rows a new office's form shows.
const CONTACT_SLOTS: usize = 3;
/// Contact rows read from a posted form: more than an office has in practice (a form
/// shows the office's contacts and one spare row).
const MAX_CONTACTS: usize = CONTACT_SLOTS + 5;

/// The office form's values from what is stored.
fn office_values(o: &OfficeFull) -> BTreeMap<String, String> {
    use OfficeField as F;
    let f = &o.office;
    let german = o.text("de").map(|t| t.text()).unwrap_or_default();
    let mut v = BTreeMap::new();
    let mut put = |k: &str, val: String| {
        v.insert(k.to_string(), val);
    };
    put(F::Name.name(), german.name.clone());
    put(F::Description.name(), german.description.clone());
    put(F::Bring.name(), german.bring.clone());
    put(F::Transport.name(), german.transport.clone());
    put(F::Category.name(), f.category.clone());
    put(F::Street.name(), f.street.clone());
    put(F::Postcode.name(), f.postcode.clone());
    put(F::City.name(), f.city.clone());
    put(F::Lat.name(), f.lat.map(|x| x.to_string()).unwrap_or_default());
    put(F::Lon.name(), f.lon.map(|x| x.to_string()).unwrap_or_default());
    put(F::Phone.name(), f.phone.clone().unwrap_or_default());
    put(F::Email.name(), f.email.clone().unwrap_or_default());
    put(F::Website.name(), f.website.clone().unwrap_or_default());
    put(F::OpeningHours.name(), f.opening_hours.clone());
    put(F::Languages.name(), f.languages().join(" "));
    if f.by_appointment {
        put(F::ByAppointment.name(), "on".into());
    }
    if f.barrier_free {
        put(F::BarrierFree.name(), "on".into());
    }
    if o.is_published() {
        put(F::Published.name(), "on".into());
    }
    for (i, c) in o.contacts.iter().enumerate() {
        let n = i + 1;
        put(&contact_field(n, "name"), c.name.clone());
        put(
            &contact_field(n, "role"),
            german.contact_roles.get(i).cloned().unwrap_or_default(),
        );
        put(&contact_field(n, "phone"), c.phone.clone().unwrap_or_default());
        put(&contact_field(n, "email"), c.email.clone().unwrap_or_default());
        put(&contact_field(n, "hours"), c.hours.clone());
    }
    v
}

async fn render_office_form(ctx: &Ctx, e: &Editor, f: OfficeForm, status: StatusCode) -> Response {
    let nav = e.nav.clone();
    ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <OfficeFormPage f=f user=nav/> },
    )
    .await
}

pub async fn new_office_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let f = OfficeForm {
        posted: Posted {
            form: OFFICE_FORM.into(),
            ..Posted::default()
        },
        contact_slots: CONTACT_SLOTS,
        ..OfficeForm::default()
    };
    Ok(render_office_form(&ctx, &e, f, StatusCode::OK).await)
}

pub async fn edit_office_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let o = ctx
        .state
        .store
        .office(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let f = OfficeForm {
        id: Some(id),
        version: o.office.version,
        posted: Posted {
            form: OFFICE_FORM.into(),
            values: office_values(&o),
            ..Posted::default()
        },
        notice: notice(&ctx, &e).await?,
        contact_slots: CONTACT_SLOTS.max(o.contacts.len() + 1),
        ..OfficeForm::default()
    };
    Ok(render_office_form(&ctx, &e, f, StatusCode::OK).await)
}

/// Contact fields a problem of [`check_office`] is shown at: those of the rows a new
/// office's form shows. A problem in a later row is shown at the name.
const CONTACT_PROBLEM_FIELDS: [&str; 6] = [
    "contact_1_phone",
    "contact_1_hours",
    "contact_2_phone",
    "contact_2_hours",
    "contact_3_phone",
    "contact_3_hours",
];

/// The field a problem of [`check_office`] is shown at. The domain check names fields
/// by text (it serves the imports too); a form's problems need names that live as long
/// as the page, so they are looked up among the form's own.
fn problem_field(name: &str) -> &'static str {
    OfficeField::ALL
        .iter()
        .map(|f| f.name())
        .chain(CONTACT_PROBLEM_FIELDS)
        .find(|f| *f == name)
        .unwrap_or(OfficeField::Name.name())
}

/// The named contact rows as posted, each with its German role. The rows are numbered,
/// so they are read by name rather than through [`OfficeInput`].
fn posted_contacts(form: &FormData) -> Vec<(Contact, String)> {
    (1..=MAX_CONTACTS)
        .filter_map(|n| {
            let g = |part: &str| form.get(&contact_field(n, part)).trim().to_string();
            let name = g("name");
            (!name.is_empty()).then(|| {
                (
                    Contact {
                        name,
                        phone: Some(g("phone")).filter(|p| !p.is_empty()),
                        email: Some(g("email")).filter(|p| !p.is_empty()),
                        hours: g("hours"),
                    },
                    g("role"),
                )
            })
        })
        .collect()
}

/// The checked languages. A checkbox group repeats its name, and each value is checked
/// on its own (as in an import), so they are read one by one, not joined.
fn posted_languages(form: &FormData) -> Vec<String> {
    form.all(OfficeField::Languages.name())
}

/// An office as posted and checked: what the store saves.
struct PostedOffice {
    facts: OfficeFacts,
    german: OfficeText,
    published: bool,
}

/// Why a posted office was refused: the problems by field, and the opening-hours
/// parser's own words when it did not understand the hours.
struct RefusedOffice {
    errors: FieldErrors,
    hours_detail: Option<String>,
}

/// The posted office, checked: the facts by [`check_office`], the check the imports
/// use (so the form cannot store what a file could not bring in), then the German text.
/// `languages` are the checked boxes, `contacts` the named contact rows with their roles.
fn parse(
    input: &OfficeInput,
    languages: Vec<String>,
    contacts: Vec<(Contact, String)>,
) -> Result<PostedOffice, RefusedOffice> {
    use OfficeField as F;
    let raw = RawOffice {
        category: input.category.clone(),
        street: input.street.clone(),
        postcode: input.postcode.clone(),
        city: input.city.clone(),
        lat: input.lat.clone(),
        lon: input.lon.clone(),
        phone: input.phone.clone(),
        email: input.email.clone(),
        website: input.website.clone(),
        opening_hours: input.opening_hours.clone(),
        by_appointment: !input.by_appointment.is_empty(),
        languages,
        barrier_free: !input.barrier_free.is_empty(),
        contacts: contacts.iter().map(|(c, _)| c.clone()).collect(),
    };
    // By name, since the domain check's problems name their fields by text.
    let mut p: Problems<&'static str> = Problems::new();
    let mut hours_detail = None;
    let facts = match check_office(&raw) {
        Ok(f) => Some(f),
        Err(problems) => {
            for problem in problems {
                hours_detail = hours_detail.or(problem.detail);
                p.add(problem_field(&problem.field), problem.problem);
            }
            None
        }
    };
    let name = p.check(F::Name.name(), forms::required_text(&input.name, 200));
    let description = p.check(
        F::Description.name(),
        forms::optional_text(&input.description, 4000),
    );
    let bring = p.check(F::Bring.name(), forms::optional_text(&input.bring, 2000));
    let transport = p.check(F::Transport.name(), forms::optional_text(&input.transport, 1000));
    p.finish(|| {
        Some(PostedOffice {
            facts: facts?,
            german: OfficeText {
                name: name?,
                description: description?.unwrap_or_default(),
                bring: bring?.unwrap_or_default(),
                transport: transport?.unwrap_or_default(),
                contact_roles: contacts.into_iter().map(|(_, r)| r).collect(),
            },
            published: !input.published.is_empty(),
        })
    })
    .map_err(|errors| RefusedOffice { errors, hours_detail })
}

/// The office form as posted, with its problems, to show again. The languages are
/// joined by spaces, as the page reads them.
fn posted_office(form: &FormData, errors: FieldErrors) -> Posted {
    let mut posted = form.refused(OFFICE_FORM, errors);
    posted.values.insert(
        OfficeField::Languages.name().into(),
        posted_languages(form).join(" "),
    );
    posted
}

pub async fn create_office(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let input: OfficeInput = form.input();
    match parse(&input, posted_languages(&form), posted_contacts(&form)) {
        Ok(office) => {
            let id = ctx
                .state
                .store
                .create_office(
                    e.county,
                    &office.facts,
                    &office.german,
                    office.published,
                    None,
                    Some(e.user),
                )
                .await?;
            saved(
                &ctx,
                &e,
                "office-saved",
                &format!("/directory/manage/offices/{id}"),
            )
            .await
        }
        Err(refused) => {
            let f = OfficeForm {
                alert: form_alert(&e.tr),
                contact_slots: CONTACT_SLOTS,
                hours_detail: refused.hours_detail,
                posted: posted_office(&form, refused.errors),
                ..OfficeForm::default()
            };
            Ok(render_office_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY).await)
        }
    }
}

pub async fn update_office(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    use OfficeField as F;
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let current = store.office(e.county, id).await?.ok_or(AppError::NotFound)?;
    let input: OfficeInput = form.input();
    let version = input.version.parse::<i64>().unwrap_or(0);
    let refused = match parse(&input, posted_languages(&form), posted_contacts(&form)) {
        Ok(office) => {
            if store
                .update_office(
                    e.county,
                    id,
                    version,
                    &office.facts,
                    &office.german,
                    office.published,
                    Some(e.user),
                )
                .await?
                == Saved::Done
            {
                return saved(
                    &ctx,
                    &e,
                    "office-saved",
                    &format!("/directory/manage/offices/{id}"),
                )
                .await;
            }
            // Someone saved in between: keep what this editor typed, show theirs.
            let mut posted = posted_office(&form, FieldErrors::new());
            let theirs = office_values(&current);
            posted.theirs = Some(
                [F::Name, F::OpeningHours, F::Phone, F::Description]
                    .iter()
                    .map(|k| {
                        (
                            e.tr.t(&format!("office-field-{}", k.name())),
                            theirs.get(k.name()).cloned().unwrap_or_default(),
                        )
                    })
                    .collect(),
            );
            let f = OfficeForm {
                id: Some(id),
                version: current.office.version,
                alert: Some(e.tr.t("office-conflict")),
                contact_slots: CONTACT_SLOTS.max(current.contacts.len() + 1),
                posted,
                ..OfficeForm::default()
            };
            return Ok(render_office_form(&ctx, &e, f, StatusCode::CONFLICT).await);
        }
        Err(refused) => refused,
    };
    let f = OfficeForm {
        id: Some(id),
        version,
        alert: form_alert(&e.tr),
        contact_slots: CONTACT_SLOTS.max(current.contacts.len() + 1),
        hours_detail: refused.hours_detail,
        posted: posted_office(&form, refused.errors),
        ..OfficeForm::default()
    };
    Ok(render_office_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY).await)
}

/// The translation form's fields for an office: (name, label, German, multi-line).
fn office_fields(tr: &Tr, o: &OfficeFull) -> Vec<(String, String, String, bool)> {
    use OfficeTextField as F;
    let german = o.text("de").map(|t| t.text()).unwrap_or_default();
    let mut fields = vec![
        (
            F::Name.name().into(),
            tr.t("office-name"),
            german.name.clone(),
            false,
        ),
        (
            F::Description.name().into(),
            tr.t("office-about"),
            german.description.clone(),
            true,
        ),
        (
            F::Bring.name().into(),
            tr.t("what-to-bring"),
            german.bring.clone(),
            true,
        ),
        (
            F::Transport.name().into(),
            tr.t("getting-there"),
            german.transport.clone(),
            true,
        ),
    ];
    for (i, c) in o.contacts.iter().enumerate() {
        let role = german.contact_roles.get(i).cloned().unwrap_or_default();
        fields.push((
            role_field(i + 1),
            tr.ta("contact-role-of", &[("name", c.name.clone().into())]),
            role,
            false,
        ));
    }
    fields
}

fn office_translation_values(o: &OfficeFull, lang: Lang) -> (i64, BTreeMap<String, String>) {
    use OfficeTextField as F;
    let Some(t) = o.text(lang.code()) else {
        return (0, BTreeMap::new());
    };
    let text = t.text();
    let mut v = BTreeMap::from([
        (F::Name.name().to_string(), text.name),
        (F::Description.name().to_string(), text.description),
        (F::Bring.name().to_string(), text.bring),
        (F::Transport.name().to_string(), text.transport),
    ]);
    for (i, r) in text.contact_roles.into_iter().enumerate() {
        v.insert(role_field(i + 1), r);
    }
    if t.published() {
        v.insert(F::Published.name().into(), "on".into());
    }
    (t.version, v)
}

pub async fn office_translation_page(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let (id, lang) = (parse_id(&raw)?, content_lang(&lang)?);
    let o = ctx
        .state
        .store
        .office(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (version, values) = office_translation_values(&o, lang);
    let outdated = o
        .text(lang.code())
        .is_some_and(|t| t.source_rev < o.office.source_rev);
    let f = TranslationForm {
        action: format!("/directory/manage/offices/{id}/{}", lang.code()),
        title: o.text("de").map(|t| t.name.clone()).unwrap_or_default(),
        lang: Some(lang),
        version,
        fields: office_fields(&e.tr, &o),
        posted: Posted {
            form: TRANSLATION_FORM.into(),
            values,
            ..Posted::default()
        },
        notice: notice(&ctx, &e).await?,
        outdated,
        preview_href: format!(
            "/directory/manage/preview?path=/offices/{id}&lang={}",
            lang.code()
        ),
        ..TranslationForm::default()
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}

pub async fn save_office_translation(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let (id, lang) = (parse_id(&raw)?, content_lang(&lang)?);
    let store = &ctx.state.store;
    let o = store.office(e.county, id).await?.ok_or(AppError::NotFound)?;
    let input: OfficeTextInput = form.input();
    let roles = (1..=o.contacts.len())
        .map(|i| form.get(&role_field(i)).trim().to_string())
        .collect();
    let version = input.version.parse::<i64>().unwrap_or(0);
    let published = !input.published.is_empty();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut alert = form_alert(&e.tr);
    let mut theirs = None;
    let errors = match parse_text(&input, roles) {
        Ok(t) => match store
            .save_office_text(e.county, id, lang.code(), version, &t, published, Some(e.user))
            .await?
        {
            Saved::Done => {
                return saved(
                    &ctx,
                    &e,
                    "translation-saved",
                    &format!("/directory/manage/offices/{id}/{}", lang.code()),
                )
                .await
            }
            Saved::Conflict => {
                use OfficeTextField as F;
                status = StatusCode::CONFLICT;
                alert = Some(e.tr.t("office-conflict"));
                let (_, values) = office_translation_values(&o, lang);
                theirs = Some(vec![
                    (
                        e.tr.t("office-name"),
                        values.get(F::Name.name()).cloned().unwrap_or_default(),
                    ),
                    (
                        e.tr.t("office-about"),
                        values.get(F::Description.name()).cloned().unwrap_or_default(),
                    ),
                ]);
                FieldErrors::new()
            }
        },
        Err(errors) => errors,
    };
    let (current_version, _) = office_translation_values(&o, lang);
    let mut posted = form.refused(TRANSLATION_FORM, errors);
    posted.theirs = theirs;
    let f = TranslationForm {
        action: format!("/directory/manage/offices/{id}/{}", lang.code()),
        title: o.text("de").map(|t| t.name.clone()).unwrap_or_default(),
        lang: Some(lang),
        version: current_version,
        fields: office_fields(&e.tr, &o),
        posted,
        alert,
        outdated: false,
        preview_href: format!(
            "/directory/manage/preview?path=/offices/{id}&lang={}",
            lang.code()
        ),
        notice: None,
        back: None,
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}

/// An office's translated text as posted, checked like the German text of the office
/// form; `contact_roles` are the translated roles, by contact, as typed.
fn parse_text(input: &OfficeTextInput, contact_roles: Vec<String>) -> Result<OfficeText, FieldErrors> {
    use OfficeTextField as F;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 200));
    let description = p.check(F::Description, forms::optional_text(&input.description, 4000));
    let bring = p.check(F::Bring, forms::optional_text(&input.bring, 2000));
    let transport = p.check(F::Transport, forms::optional_text(&input.transport, 1000));
    p.finish(|| {
        Some(OfficeText {
            name: name?,
            description: description?.unwrap_or_default(),
            bring: bring?.unwrap_or_default(),
            transport: transport?.unwrap_or_default(),
            contact_roles,
        })
    })
}
