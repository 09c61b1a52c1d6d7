//! The organisation: the county, its municipalities with their settings, providers
//! (Träger) and teams. Administrators manage all of it; a coordinator sees their own
//! municipality's settings and teams.

use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const MUNICIPALITY_FORM: &str = "municipality";
pub const PROVIDER_FORM: &str = "provider";
pub const TEAM_FORM: &str = "team";

crate::form! {
    /// A municipality as posted (the county's name only while there is no county yet).
    MunicipalityInput / MunicipalityField {
        county: County,
        name: Name,
        caseload_target: CaseloadTarget,
        retention_months: RetentionMonths,
        client_langs: ClientLangs,
        districts: Districts,
    }
}

crate::form! {
    ProviderInput / ProviderField {
        name: Name,
        contact: Contact,
    }
}

crate::form! {
    TeamInput / TeamField {
        name: Name,
        municipality: Municipality,
        provider: Provider,
    }
}

#[derive(Clone, Debug)]
pub struct MunicipalityItem {
    pub id: i64,
    pub name: String,
    pub caseload_target: i64,
    /// How long closed cases are kept (and can be read and reopened), in months.
    pub retention_months: i64,
    /// The languages its clients may choose for their app.
    pub client_langs: Vec<crate::domain::Lang>,
    /// Its districts (Ortsteile), where volunteers go and tasks are.
    pub districts: Vec<String>,
    pub staff: i64,
    pub clients: i64,
}

#[derive(Clone, Debug)]
pub struct ProviderItem {
    pub id: i64,
    pub name: String,
    pub contact: String,
    pub teams: i64,
}

#[derive(Clone, Debug)]
pub struct TeamItem {
    pub id: i64,
    pub name: String,
    pub municipality: String,
    pub provider_id: i64,
    pub provider: String,
    pub lead: Option<String>,
    pub members: i64,
}

#[derive(Clone, Debug, Default)]
pub struct Organisation {
    pub county: Option<String>,
    pub municipalities: Vec<MunicipalityItem>,
    pub providers: Vec<ProviderItem>,
    pub teams: Vec<TeamItem>,
    /// An administrator: may add municipalities and providers.
    pub admin: bool,
    pub notice: Option<String>,
    pub alert: Option<String>,
    /// The form that came back with problems, and for which record ("" for a new one).
    pub posted_for: String,
}

#[component]
pub fn OrganisationPage(user: NavUser, data: Organisation, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let edit = |form: &'static str, id: i64| -> bool { posted.is(form) && data.posted_for == id.to_string() };
    let municipalities = data
        .municipalities
        .iter()
        .map(|m| {
            use MunicipalityField as F;
            let mine = edit(MUNICIPALITY_FORM, m.id);
            let v = |f: MunicipalityField, d: String| if mine { posted.value(MUNICIPALITY_FORM, f.name()) } else { d };
            let e = |f: MunicipalityField| mine.then(|| posted.error(MUNICIPALITY_FORM, f.name())).flatten();
            let ratio = tr.ta("organisation-ratio", &[
                ("clients", m.clients.into()), ("staff", m.staff.into()), ("target", m.caseload_target.into())]);
            view! {
                <li class="card">
                    <h3>{m.name.clone()}</h3>
                    <p class="muted">{ratio}</p>
                    <details class="add-form" open=mine>
                        <summary>{tr.t("organisation-edit")}</summary>
                        <form method="post" action=format!("/admin/organisation/municipalities/{}", m.id) class="stack" novalidate>
                        <Field name=F::Name.name() id=format!("f-m{}-name", m.id) label=tr.t("organisation-municipality-name")
                            value=v(F::Name, m.name.clone()) error=e(F::Name) required=true maxlength=100/>
                        <Field name=F::CaseloadTarget.name() id=format!("f-m{}-target", m.id)
                            label=tr.t("organisation-caseload-target") hint=tr.t("organisation-caseload-target-hint")
                            value=v(F::CaseloadTarget, m.caseload_target.to_string()) error=e(F::CaseloadTarget)
                            input_type="number" inputmode="numeric" required=true/>
                        <Field name=F::RetentionMonths.name() id=format!("f-m{}-retention", m.id)
                            label=tr.t("organisation-retention") hint=tr.t("organisation-retention-hint")
                            value=v(F::RetentionMonths, m.retention_months.to_string()) error=e(F::RetentionMonths)
                            input_type="number" inputmode="numeric" required=true/>
                        {client_langs(m, mine, &posted)}
                        <TextArea name=F::Districts.name() id=format!("f-m{}-districts", m.id)
                            label=tr.t("organisation-districts") hint=tr.t("organisation-districts-hint")
                            value=v(F::Districts, m.districts.join("\n")) error=e(F::Districts) rows=4 maxlength=4000/>
                        <button type="submit" class="button">{tr.t("organisation-save")}</button>
                    </form>
                    </details>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let new_municipality = data.admin.then(|| {
        use MunicipalityField as F;
        let mine = edit(MUNICIPALITY_FORM, 0) || (posted.is(MUNICIPALITY_FORM) && data.posted_for.is_empty());
        let v = |f: MunicipalityField, d: &str| if mine { posted.value(MUNICIPALITY_FORM, f.name()) } else { d.to_string() };
        let e = |f: MunicipalityField| mine.then(|| posted.error(MUNICIPALITY_FORM, f.name())).flatten();
        let no_county = data.county.is_none();
        view! {
            <form method="post" action="/admin/organisation/municipalities" class="stack card" novalidate>
                <h3>{tr.t("organisation-municipality-new")}</h3>
                {no_county.then(|| view! {
                    <Field name=F::County.name() label=tr.t("organisation-county-name") value=v(F::County, "")
                        error=e(F::County) required=true maxlength=100/>
                })}
                <Field name=F::Name.name() id="f-m-new-name".to_string() label=tr.t("organisation-municipality-name")
                    value=v(F::Name, "") error=e(F::Name) required=true maxlength=100/>
                <Field name=F::CaseloadTarget.name() id="f-m-new-target".to_string()
                    label=tr.t("organisation-caseload-target") hint=tr.t("organisation-caseload-target-hint")
                    value=v(F::CaseloadTarget, "80") error=e(F::CaseloadTarget) input_type="number"
                    inputmode="numeric" required=true/>
                <button type="submit" class="button primary">{tr.t("organisation-add")}</button>
            </form>
        }
    });
    let provider_options = data
        .providers
        .iter()
        .map(|p| (p.id.to_string(), p.name.clone()))
        .collect::<Vec<_>>();
    let providers = data.admin.then(|| {
        let rows = data
            .providers
            .iter()
            .map(|p| {
                use ProviderField as F;
                let mine = edit(PROVIDER_FORM, p.id);
                let v = |f: ProviderField, d: String| if mine { posted.value(PROVIDER_FORM, f.name()) } else { d };
                let e = |f: ProviderField| mine.then(|| posted.error(PROVIDER_FORM, f.name())).flatten();
                view! {
                    <li class="card">
                        <h3>{p.name.clone()}</h3>
                        <p class="muted">{tr.ta("organisation-provider-teams", &[("count", p.teams.into())])}</p>
                        <details class="add-form" open=mine>
                        <summary>{tr.t("organisation-edit")}</summary>
                        <form method="post" action=format!("/admin/organisation/providers/{}", p.id) class="stack" novalidate>
                            <Field name=F::Name.name() id=format!("f-p{}-name", p.id) label=tr.t("organisation-provider-name")
                                value=v(F::Name, p.name.clone()) error=e(F::Name) required=true maxlength=100/>
                            <Field name=F::Contact.name() id=format!("f-p{}-contact", p.id)
                                label=tr.t("organisation-provider-contact") value=v(F::Contact, p.contact.clone())
                                error=e(F::Contact) optional_label=tr.t("optional") maxlength=300/>
                            <button type="submit" class="button">{tr.t("organisation-save")}</button>
                        </form>
                    </details>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        use ProviderField as F;
        let mine = posted.is(PROVIDER_FORM) && data.posted_for.is_empty();
        let v = |f: ProviderField| if mine { posted.value(PROVIDER_FORM, f.name()) } else { String::new() };
        let e = |f: ProviderField| mine.then(|| posted.error(PROVIDER_FORM, f.name())).flatten();
        view! {
            <section aria-labelledby="h-providers">
                <h2 id="h-providers">{tr.t("organisation-providers")}</h2>
                <p>{tr.t("organisation-providers-intro")}</p>
                <ul class="plain-list">{rows}</ul>
                <form method="post" action="/admin/organisation/providers" class="stack card" novalidate>
                    <h3>{tr.t("organisation-provider-new")}</h3>
                    <Field name=F::Name.name() id="f-p-new-name".to_string() label=tr.t("organisation-provider-name")
                        value=v(F::Name) error=e(F::Name) required=true maxlength=100/>
                    <Field name=F::Contact.name() id="f-p-new-contact".to_string()
                        label=tr.t("organisation-provider-contact") value=v(F::Contact) error=e(F::Contact)
                        optional_label=tr.t("optional") maxlength=300/>
                    <button type="submit" class="button primary">{tr.t("organisation-add")}</button>
                </form>
            </section>
        }
    });
    let teams = data
        .teams
        .iter()
        .map(|t| {
            use TeamField as F;
            let mine = edit(TEAM_FORM, t.id);
            let v = |f: TeamField, d: String| if mine { posted.value(TEAM_FORM, f.name()) } else { d };
            let e = |f: TeamField| mine.then(|| posted.error(TEAM_FORM, f.name())).flatten();
            let lead = t.lead.clone().unwrap_or_else(|| tr.t("organisation-team-no-lead"));
            view! {
                <li class="card">
                    <h3>{t.name.clone()}</h3>
                    <p class="muted">{format!("{} · {} · ", t.municipality, t.provider)}
                        {tr.ta("organisation-team-members", &[("count", t.members.into())])}" · "
                        {tr.t("organisation-team-lead")}": "{lead}</p>
                    <p><a href=format!("/admin/staff?team={}", t.id)>{tr.t("organisation-team-staff")}</a></p>
                    <details class="add-form" open=mine>
                        <summary>{tr.t("organisation-edit")}</summary>
                        <form method="post" action=format!("/admin/organisation/teams/{}", t.id) class="stack" novalidate>
                        <Field name=F::Name.name() id=format!("f-t{}-name", t.id) label=tr.t("organisation-team-name")
                            value=v(F::Name, t.name.clone()) error=e(F::Name) required=true maxlength=100/>
                        <Select name=F::Provider.name() id=format!("f-t{}-provider", t.id) label=tr.t("organisation-team-provider")
                            selected=v(F::Provider, t.provider_id.to_string()) options=provider_options.clone() error=e(F::Provider)/>
                        <button type="submit" class="button">{tr.t("organisation-save")}</button>
                    </form>
                    </details>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let municipality_options = data
        .municipalities
        .iter()
        .map(|m| (m.id.to_string(), m.name.clone()))
        .collect::<Vec<_>>();
    let new_team = (!data.municipalities.is_empty() && !data.providers.is_empty()).then(|| {
        use TeamField as F;
        let mine = posted.is(TEAM_FORM) && data.posted_for.is_empty();
        let v = |f: TeamField| if mine { posted.value(TEAM_FORM, f.name()) } else { String::new() };
        let e = |f: TeamField| mine.then(|| posted.error(TEAM_FORM, f.name())).flatten();
        view! {
            <form method="post" action="/admin/organisation/teams" class="stack card" novalidate>
                <h3>{tr.t("organisation-team-new")}</h3>
                <Field name=F::Name.name() id="f-t-new-name".to_string() label=tr.t("organisation-team-name")
                    value=v(F::Name) error=e(F::Name) required=true maxlength=100/>
                <Select name=F::Municipality.name() id="f-t-new-municipality".to_string()
                    label=tr.t("organisation-team-municipality") selected=v(F::Municipality)
                    options=municipality_options.clone() error=e(F::Municipality)/>
                <Select name=F::Provider.name() id="f-t-new-provider".to_string() label=tr.t("organisation-team-provider")
                    selected=v(F::Provider) options=provider_options.clone() error=e(F::Provider)/>
                <button type="submit" class="button primary">{tr.t("organisation-add")}</button>
            </form>
        }
    });
    let county = data
        .county
        .clone()
        .unwrap_or_else(|| tr.t("organisation-no-county"));
    view! {
        <Shell title=tr.t("organisation-title") current_path="/admin/organisation".to_string() user=Some(user)>
            <BackLink href="/admin/staff" label=tr.t("staff-back")/>
            <h1>{tr.t("organisation-title")}</h1>
            <Notice message=data.notice.clone()/>
            <ErrorSummary message=data.alert.clone()/>
            <p>{tr.t("organisation-county")}": "{county}</p>
            <section aria-labelledby="h-municipalities">
                <h2 id="h-municipalities">{tr.t("organisation-municipalities")}</h2>
                <ul class="plain-list">{municipalities}</ul>
                {new_municipality}
            </section>
            {providers}
            <section aria-labelledby="h-teams">
                <h2 id="h-teams">{tr.t("organisation-teams")}</h2>
                <ul class="plain-list">{teams}</ul>
                {new_team}
            </section>
        </Shell>
    }
}

/// The checkboxes of the languages a municipality's clients may choose; after a refused
/// save, as posted.
fn client_langs(m: &MunicipalityItem, mine: bool, posted: &Posted) -> impl IntoView {
    use crate::domain::Lang;
    let tr = use_tr();
    let name = MunicipalityField::ClientLangs.name();
    let chosen: Vec<Lang> = if mine {
        Lang::list(&posted.value(MUNICIPALITY_FORM, name))
    } else {
        m.client_langs.clone()
    };
    let error = mine.then(|| posted.error(MUNICIPALITY_FORM, name)).flatten();
    let error_id = format!("f-m{}-langs-error", m.id);
    let described = error.is_some().then(|| error_id.clone());
    let boxes = Lang::all()
        .iter()
        .copied()
        .map(|l| {
            view! {
                <crate::pages::forms::Checkbox name=name label=l.native_name().to_string()
                    checked=chosen.contains(&l) value=l.code().to_string() id=format!("f-m{}-lang-{}", m.id, l.code())/>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <fieldset aria-describedby=described>
            <legend>{tr.t("organisation-client-langs")}</legend>
            <p class="hint">{tr.t("organisation-client-langs-hint")}</p>
            {error.map(|e| view! { <p class="error" id=error_id>{e}</p> })}
            {boxes}
        </fieldset>
    }
}
