//! The municipality's volunteers: the list with invitations, a volunteer's profile with
//! checked documents and hours, and the profile vocabulary and helpers that the
//! volunteer's own pages use too.

use super::{document_label, DocumentView};
use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::{use_tr, Tr};
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::pages::staff::case::choices;
use leptos::prelude::*;

/// Skills a volunteer can name in their profile.
pub const SKILLS: [&str; 8] = [
    "teaching",
    "childcare",
    "sports",
    "cooking",
    "forms",
    "driving",
    "crafts",
    "interpreting",
];
/// Availability slots: weekday (1 = Monday) and part of the day.
pub const DAY_PARTS: [&str; 3] = ["am", "pm", "ev"];
pub const DOCUMENT_KINDS: [&str; 4] = [
    "police_certificate",
    "measles",
    "infection_protection",
    "confidentiality",
];

pub const INVITE_FORM: &str = "invite";
pub const DOCUMENT_FORM: &str = "document";

crate::form! {
    /// An invitation: who is invited, and where the link goes.
    InviteInput / InviteField {
        name: Name,
        email: Email,
    }
}

crate::form! {
    /// A document the coordinator has checked: its kind and until when it is valid.
    DocumentInput / DocumentField {
        kind: Kind,
        valid_until: ValidUntil,
    }
}

#[derive(Clone, Debug)]
pub struct VolunteerListRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub active: bool,
}

#[derive(Clone, Debug, Default)]
pub struct VolunteersAdmin {
    pub volunteers: Vec<VolunteerListRow>,
    pub documents: Vec<DocumentView>,
    /// The link of an invitation just made, to pass on if no mail goes out.
    pub invite_link: Option<String>,
    pub mail_configured: bool,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
}

#[component]
pub fn VolunteersAdminPage(a: VolunteersAdmin, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = a.posted.clone();
    let v = move |f: InviteField| p.value(INVITE_FORM, f.name());
    let errs = a.posted.clone();
    let e = move |f: InviteField| errs.error(INVITE_FORM, f.name());
    let rows = a
        .volunteers
        .iter()
        .map(|x| {
            let docs = a
                .documents
                .iter()
                .filter(|d| d.user_id == x.id)
                .map(|d| document_label(&tr, d))
                .collect::<Vec<_>>()
                .join(" · ");
            let status = if x.active { tr.t("volunteer-active") } else { tr.t("volunteer-invited") };
            view! {
                <tr data-testid=format!("volunteer-{}", x.id)>
                    <th scope="row"><a href=format!("/groups/manage/volunteers/{}", x.id)>{x.name.clone()}</a></th>
                    <td>{x.email.clone()}</td>
                    <td>{status}</td>
                    <td>{docs}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let link = a.invite_link.clone().map(|l| {
        view! {
            <div class="card section" data-testid="invite-link">
                <p>{tr.t(if a.mail_configured { "invite-sent" } else { "invite-not-sent" })}</p>
                <p><code dir="ltr">{l}</code></p>
            </div>
        }
    });
    view! {
        <Shell title=tr.t("volunteers-title") current_path="/groups/manage/volunteers".to_string() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{tr.t("volunteers-title")}</h1>
            <ErrorSummary message=a.alert.clone()/>
            <Notice message=a.notice.clone()/>
            {link}
            <section class="card section" aria-labelledby="h-invite">
                <h2 id="h-invite">{tr.t("invite-heading")}</h2>
                <p class="hint">{tr.t("invite-hint")}</p>
                <form method="post" action="/groups/manage/volunteers" class="stack" novalidate>
                    <Field name=InviteField::Name.name() label=tr.t("invite-name") value=v(InviteField::Name)
                        error=e(InviteField::Name) required=true/>
                    <Field name=InviteField::Email.name() label=tr.t("contact-email")
                        value=v(InviteField::Email) error=e(InviteField::Email)
                        input_type="email" maxlength=254 required=true/>
                    <button type="submit" class="button primary">{tr.t("invite-submit")}</button>
                </form>
            </section>
            <div class="table-wrap">
                <table>
                    <thead><tr>
                        <th scope="col">{tr.t("invite-name")}</th>
                        <th scope="col">{tr.t("contact-email")}</th>
                        <th scope="col">{tr.t("volunteer-status")}</th>
                        <th scope="col">{tr.t("documents-heading")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Shell>
    }
}

/// A volunteer as the coordinator sees them: profile, documents, groups, hours.
#[derive(Clone, Debug, Default)]
pub struct VolunteerAdmin {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub languages: Vec<String>,
    pub skills: Vec<String>,
    pub availability: Vec<String>,
    pub note: String,
    pub documents: Vec<DocumentView>,
    pub groups: Vec<String>,
    /// Hours recorded this year (minutes).
    pub minutes_this_year: i64,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
}

/// "Monday morning" and the like for an availability slot such as "1-am".
pub fn slot_label(tr: &Tr, slot: &str) -> String {
    let (day, part) = slot.split_once('-').unwrap_or(("1", "am"));
    format!(
        "{} {}",
        tr.t(&format!("weekday-{day}")),
        tr.t(&format!("day-part-{part}"))
    )
}

#[component]
pub fn VolunteerAdminPage(a: VolunteerAdmin, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let id = a.id;
    let p = a.posted.clone();
    let v = move |f: DocumentField| p.value(DOCUMENT_FORM, f.name());
    let errs = a.posted.clone();
    let e = move |f: DocumentField| errs.error(DOCUMENT_FORM, f.name());
    let docs = a
        .documents
        .iter()
        .map(|d| {
            let label = document_label(&tr, d);
            view! {
                <li class:gap=d.expired data-testid="document">
                    {label}" · "<span class="muted">{d.checked.clone()}</span>
                    <form method="post" action=format!("/groups/manage/volunteers/{id}/documents/{}/remove", d.id) class="inline-form">
                        <button type="submit" class="link-button">{tr.t("document-remove")}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let languages = a
        .languages
        .iter()
        .map(|l| tr.t(&format!("language-{l}")))
        .collect::<Vec<_>>()
        .join(", ");
    let skills = a
        .skills
        .iter()
        .map(|s| tr.t(&format!("skill-{s}")))
        .collect::<Vec<_>>()
        .join(", ");
    let slots = a
        .availability
        .iter()
        .map(|s| slot_label(&tr, s))
        .collect::<Vec<_>>()
        .join(", ");
    let hours = tr.ta(
        "hours-this-year",
        &[("hours", format_hours(&tr, a.minutes_this_year).into())],
    );
    let dash = |s: String| if s.is_empty() { "–".to_string() } else { s };
    view! {
        <Shell title=a.name.clone() current_path=format!("/groups/manage/volunteers/{id}") user=Some(user)>
            <BackLink href="/groups/manage/volunteers" label=tr.t("volunteers-title")/>
            <h1>{a.name.clone()}</h1>
            <ErrorSummary message=a.alert.clone()/>
            <Notice message=a.notice.clone()/>
            <section class="card section" aria-labelledby="h-profile">
                <h2 id="h-profile">{tr.t("profile-heading")}</h2>
                <dl class="facts">
                    <dt>{tr.t("contact-email")}</dt><dd dir="ltr">{a.email.clone()}</dd>
                    <dt>{tr.t("profile-languages")}</dt><dd>{dash(languages)}</dd>
                    <dt>{tr.t("profile-skills")}</dt><dd>{dash(skills)}</dd>
                    <dt>{tr.t("profile-availability")}</dt><dd>{dash(slots)}</dd>
                    <dt>{tr.t("profile-note")}</dt><dd>{dash(a.note.clone())}</dd>
                    <dt>{tr.t("group-volunteers-groups")}</dt><dd>{dash(a.groups.join(", "))}</dd>
                    <dt>{tr.t("hours-heading")}</dt><dd>{hours}</dd>
                </dl>
            </section>
            <section class="card section" aria-labelledby="h-documents">
                <h2 id="h-documents">{tr.t("documents-heading")}</h2>
                <p class="hint">{tr.t("documents-hint")}</p>
                <ul class="plain-list">{docs}</ul>
                <form method="post" action=format!("/groups/manage/volunteers/{id}/documents") class="stack" novalidate>
                    <Select name=DocumentField::Kind.name() label=tr.t("document-kind")
                        options=choices("document-kind", &DOCUMENT_KINDS, Some(tr.t("choose")))
                        selected=v(DocumentField::Kind) error=e(DocumentField::Kind)/>
                    <Field name=DocumentField::ValidUntil.name() label=tr.t("document-valid-until-field")
                        value=v(DocumentField::ValidUntil) error=e(DocumentField::ValidUntil)
                        input_type="date" optional_label=tr.t("optional")
                        hint=tr.t("document-valid-until-hint")/>
                    <button type="submit" class="button primary">{tr.t("document-add")}</button>
                </form>
            </section>
        </Shell>
    }
}

/// Minutes as hours with one decimal in the reader's digits ("2,5").
pub fn format_hours(tr: &Tr, minutes: i64) -> String {
    tr.tenths((minutes * 10 + 30) / 60)
}

/// Spoken-language checkboxes for the volunteer's profile.
pub fn language_boxes(tr: &Tr, chosen: &str) -> Vec<AnyView> {
    SPOKEN_LANGUAGES
        .iter()
        .map(|code| {
            let checked = chosen.split_whitespace().any(|s| s == *code);
            view! {
                <div class="check">
                    <input type="checkbox" id=format!("lang-{code}") name="languages" value=*code checked=checked/>
                    <label for=format!("lang-{code}")>{tr.t(&format!("language-{code}"))}</label>
                </div>
            }
            .into_any()
        })
        .collect()
}
