//! The volunteer's own pages besides the shifts: the start page (groups, shifts and
//! interpreting jobs), accepting an invitation, the profile
//! (languages, skills, when they can help), recorded hours with a printable
//! confirmation, and notices. Plain forms, phone first.

use super::forms::{ErrorSummary, Field, Notice, Posted, TextArea};
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use super::staff::case::When;
use super::staff::groups::{format_hours, language_boxes, slot_label, DAY_PARTS, SKILLS};
use crate::forms::FieldErrors;
use crate::i18n::use_tr;
use leptos::prelude::*;

pub const PROFILE_FORM: &str = "profile";

crate::form! {
    /// Accepting an invitation: the password the volunteer chooses.
    InvitationInput / InvitationField {
        password: Password,
    }
}

#[derive(Clone, Debug, Default)]
pub struct InviteForm {
    pub token: String,
    pub name: String,
    pub email: String,
    pub errors: FieldErrors,
    pub alert: Option<String>,
}

/// The page behind the invitation link: the volunteer chooses a password.
#[component]
pub fn InvitePage(form: InviteForm) -> impl IntoView {
    let tr = use_tr();
    let hello = tr.ta("invite-hello", &[("name", form.name.clone().into())]);
    use InvitationField as N;
    view! {
        <Shell title=tr.t("invite-title") current_path=format!("/invite/{}", form.token) user=None>
            <section class="card narrow">
                <h1>{tr.t("invite-title")}</h1>
                <ErrorSummary message=form.alert/>
                <p>{hello}</p>
                <p>{tr.t("invite-intro")}</p>
                <form method="post" action=format!("/invite/{}", form.token) class="stack" novalidate>
                    <p>{tr.t("signin-email")}": "<strong dir="ltr">{form.email}</strong></p>
                    <Field name=N::Password.name() label=tr.t("invite-password") value=String::new()
                        error=form.errors.text(N::Password.name())
                        hint=tr.t("invite-password-hint") input_type="password" autocomplete="new-password"
                        required=true maxlength=256/>
                    <button type="submit" class="button primary">{tr.t("invite-accept")}</button>
                </form>
            </section>
        </Shell>
    }
}

crate::form! {
    /// The volunteer's profile as posted. `languages`, `skills` and `availability` are
    /// checkbox groups: their values arrive joined by commas (see [`ProfileInput::ticked`]).
    ProfileInput / ProfileField {
        version: Version,
        languages: Languages,
        skills: Skills,
        availability: Availability,
        districts: Districts,
        note: Note,
    }
}

impl ProfileInput {
    /// The ticked boxes of one of the checkbox groups, as posted. No code of a language,
    /// skill or slot has a comma, so splitting the joined group gives back what was ticked.
    pub fn ticked(&self, group: ProfileField) -> impl Iterator<Item = &str> {
        let joined = match group {
            ProfileField::Languages => self.languages.as_str(),
            ProfileField::Skills => self.skills.as_str(),
            ProfileField::Availability => self.availability.as_str(),
            ProfileField::Districts => self.districts.as_str(),
            // Not a checkbox group: nothing is ticked there.
            ProfileField::Version | ProfileField::Note => "",
        };
        joined.split(',').filter(|c| !c.is_empty())
    }
}

#[derive(Clone, Debug, Default)]
pub struct ProfileForm {
    pub version: i64,
    /// The municipality's districts: (id, name).
    pub districts: Vec<(i64, String)>,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
}

#[component]
pub fn VolunteerProfilePage(f: ProfileForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    use ProfileField as N;
    let posted = f.posted.clone();
    let v = move |field: ProfileField| posted.value(PROFILE_FORM, field.name());
    let note_error = f.posted.error(PROFILE_FORM, N::Note.name());
    let skills_chosen = v(N::Skills);
    let skills = SKILLS
        .iter()
        .map(|s| {
            let checked = skills_chosen.split_whitespace().any(|x| x == *s);
            view! {
                <div class="check">
                    <input type="checkbox" id=format!("skill-{s}") name=N::Skills.name() value=*s
                        checked=checked/>
                    <label for=format!("skill-{s}")>{tr.t(&format!("skill-{s}"))}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    let slots_chosen = v(N::Availability);
    let days = (1..=7)
        .map(|d| {
            let boxes = DAY_PARTS
                .iter()
                .map(|part| {
                    let slot = format!("{d}-{part}");
                    let checked = slots_chosen.split_whitespace().any(|x| x == slot);
                    let id = format!("slot-{slot}");
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone() name=N::Availability.name()
                                value=slot.clone() checked=checked/>
                            <label for=id aria-label=slot_label(&tr, &slot)>{tr.t(&format!("day-part-{part}"))}</label>
                        </div>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <fieldset class="day-slots">
                    <legend>{tr.t(&format!("weekday-{d}"))}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    let districts_chosen = v(N::Districts);
    let districts = (!f.districts.is_empty()).then(|| {
        let boxes = f
            .districts
            .iter()
            .map(|(id, name)| {
                let checked = districts_chosen.split_whitespace().any(|x| x == id.to_string());
                let box_id = format!("district-{id}");
                view! {
                    <div class="check">
                        <input type="checkbox" id=box_id.clone() name=N::Districts.name() value=id.to_string()
                            checked=checked/>
                        <label for=box_id>{name.clone()}</label>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <fieldset>
                <legend>{tr.t("profile-districts")}</legend>
                <p class="hint">{tr.t("profile-districts-hint")}</p>
                <div class="check-grid">{boxes}</div>
            </fieldset>
        }
    });
    view! {
        <Shell title=tr.t("profile-heading") current_path="/volunteer/profile".to_string() user=Some(user)>
            <BackLink href="/volunteer" label=tr.t("volunteer-home-title")/>
            <h1>{tr.t("profile-heading")}</h1>
            <ErrorSummary message=f.alert.clone()/>
            <Notice message=f.notice.clone()/>
            <p>{tr.t("profile-intro")}</p>
            <form method="post" action="/volunteer/profile" class="card section stack">
                <input type="hidden" name=N::Version.name() value=f.version.to_string()/>
                <fieldset>
                    <legend>{tr.t("profile-languages")}</legend>
                    <div class="check-grid">{language_boxes(&tr, &v(N::Languages))}</div>
                </fieldset>
                <fieldset>
                    <legend>{tr.t("profile-skills")}</legend>
                    <div class="check-grid">{skills}</div>
                </fieldset>
                <fieldset>
                    <legend>{tr.t("profile-availability")}</legend>
                    <p class="hint">{tr.t("profile-availability-hint")}</p>
                    <div class="check-grid">{days}</div>
                </fieldset>
                {districts}
                <TextArea name=N::Note.name() label=tr.t("profile-note") value=v(N::Note)
                    error=note_error optional_label=tr.t("optional") maxlength=1000 rows=3/>
                <button type="submit" class="button primary">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}

crate::form! {
    /// The minutes a volunteer worked in one session, as posted from the hours list.
    HoursInput / HoursField {
        minutes: Minutes,
    }
}

#[derive(Clone, Debug)]
pub struct HoursEntry {
    pub session_id: i64,
    pub title: String,
    pub when: When,
    pub role: String,
    pub session_minutes: i64,
    pub minutes: Option<i64>,
}

/// Time with one person (mentoring, accompaniment, a ride): recorded on the task.
#[derive(Clone, Debug)]
pub struct OneToOneHours {
    pub kind: String,
    /// ISO date.
    pub met_on: String,
    pub minutes: i64,
}

#[derive(Clone, Debug, Default)]
pub struct Hours {
    pub year: i32,
    pub name: String,
    pub entries: Vec<HoursEntry>,
    pub one_to_one: Vec<OneToOneHours>,
    pub total_minutes: i64,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn HoursPage(h: Hours, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let total = tr.ta(
        "hours-this-year",
        &[("hours", format_hours(&tr, h.total_minutes).into())],
    );
    let rows = h
        .entries
        .iter()
        .map(|e| {
            let sid = e.session_id;
            let id = format!("minutes-{sid}");
            let value = e.minutes.unwrap_or(e.session_minutes).to_string();
            let state = match e.minutes {
                Some(m) => tr.ta("hours-recorded", &[("hours", format_hours(&tr, m).into())]),
                None => tr.t("hours-not-recorded"),
            };
            view! {
                <li class="card" data-testid=format!("hours-{sid}")>
                    <h2 dir="auto">{e.title.clone()}</h2>
                    <p>{e.when.show(&tr)}" · "{tr.t(&format!("shift-role-{}", e.role))}</p>
                    <p class="muted">{state}</p>
                    <form method="post" action=format!("/volunteer/hours/{sid}") class="inline-fields">
                        <div class="field">
                            <label for=id.clone()>{tr.t("hours-minutes")}</label>
                            <input id=id name=HoursField::Minutes.name() type="number" inputmode="numeric"
                                min="0" max="720" value=value/>
                        </div>
                        <button type="submit" class="button">{tr.t("hours-save")}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let one_to_one = h
        .one_to_one
        .iter()
        .map(|o| {
            view! {
                <li>{tr.t(&format!("companion-kind-{}", o.kind))}" · "{tr.date(&o.met_on)}" · "{format_hours(&tr, o.minutes)}</li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("hours-heading") current_path="/volunteer/hours".to_string() user=Some(user)>
            <BackLink href="/volunteer" label=tr.t("volunteer-home-title")/>
            <h1>{tr.t("hours-heading")}</h1>
            <ErrorSummary message=h.alert.clone()/>
            <Notice message=h.notice.clone()/>
            <p class="card" data-testid="hours-total">{total}</p>
            <p><a class="button" href=format!("/volunteer/hours/certificate?year={}", h.year)>{tr.t("hours-certificate")}</a></p>
            {if rows.is_empty() && one_to_one.is_empty() {
                view! { <p class="card empty">{tr.t("hours-empty")}</p> }.into_any()
            } else if rows.is_empty() {
                ().into_any()
            } else {
                view! { <ul class="plain-list">{rows}</ul> }.into_any()
            }}
            {(!one_to_one.is_empty()).then(|| view! {
                <section class="card section" aria-labelledby="h-one-to-one" data-testid="hours-one-to-one">
                    <h2 id="h-one-to-one">{tr.t("hours-one-to-one")}</h2>
                    <ul>{one_to_one}</ul>
                </section>
            })}
        </Shell>
    }
}

/// A confirmation of hours for a year, to print (the volunteer's name, each group with
/// its dates and time, the total), in the reader's language.
#[component]
pub fn HoursCertificatePage(h: Hours, municipality: String, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let mut by_group: Vec<(String, i64, i64)> = vec![];
    for e in &h.entries {
        let minutes = e.minutes.unwrap_or(0);
        match by_group.iter_mut().find(|(t, ..)| *t == e.title) {
            Some(g) => {
                g.1 += 1;
                g.2 += minutes;
            }
            None => by_group.push((e.title.clone(), 1, minutes)),
        }
    }
    // One-to-one time counts like shifts, one line per kind.
    for o in &h.one_to_one {
        let title = tr.t(&format!("companion-kind-{}", o.kind));
        match by_group.iter_mut().find(|(t, ..)| *t == title) {
            Some(g) => {
                g.1 += 1;
                g.2 += o.minutes;
            }
            None => by_group.push((title, 1, o.minutes)),
        }
    }
    let rows = by_group
        .into_iter()
        .map(|(title, n, minutes)| {
            view! {
                <tr>
                    <th scope="row" dir="auto">{title}</th>
                    <td>{tr.number(n)}</td>
                    <td>{format_hours(&tr, minutes)}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let text = tr.ta(
        "certificate-text",
        &[
            ("name", h.name.clone().into()),
            // A year is a name, not a quantity: no grouping ("2026", not "2,026").
            ("year", h.year.to_string().into()),
            ("hours", format_hours(&tr, h.total_minutes).into()),
            ("municipality", municipality.into()),
        ],
    );
    view! {
        <Shell title=tr.t("hours-certificate") current_path="/volunteer/hours/certificate".to_string() user=Some(user)>
            <BackLink href="/volunteer/hours" label=tr.t("hours-heading")/>
            <article class="card certificate">
                <h1>{tr.t("certificate-title")}</h1>
                <p data-testid="certificate-text">{text}</p>
                <div class="table-wrap">
                    <table>
                        <thead><tr>
                            <th scope="col">{tr.t("groups-col-group")}</th>
                            <th scope="col">{tr.t("certificate-sessions")}</th>
                            <th scope="col">{tr.t("certificate-hours")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p>{tr.t("certificate-thanks")}</p>
            </article>
            <p class="no-print hint">{tr.t("certificate-print")}</p>
        </Shell>
    }
}

/// An interpreting job as the interpreter sees it: time and place, never the case.
#[derive(Clone, Debug)]
pub struct InterpretingJob {
    pub when: crate::pages::staff::case::When,
    pub minutes: i64,
    pub place: String,
    pub address: Option<String>,
    pub room: Option<String>,
    pub language: Option<String>,
    pub guide_name: String,
    pub guide_phone: Option<String>,
}

#[component]
pub fn VolunteerHomePage(
    first_name: String,
    jobs: Vec<InterpretingJob>,
    tasks: Vec<super::companions::volunteer::VolunteerTaskView>,
    notices: Vec<super::staff::groups::NoticeView>,
    notice: Option<String>,
    user: NavUser,
    /// The server's key for notifications on the phone (see [`super::push`]).
    push_key: String,
) -> impl IntoView {
    let tr = use_tr();
    let hello = tr.ta("volunteer-hello", &[("name", first_name.into())]);
    let jobs_view = (!jobs.is_empty()).then(|| {
        let items = jobs
            .iter()
            .map(|j| {
                let place = [Some(j.place.clone()), j.address.clone(), j.room.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                let language = j.language.as_ref().map(|l| {
                    tr.ta("volunteer-interpreting-language", &[("language", tr.t(&format!("language-{l}")).into())])
                });
                let minutes = tr.ta("volunteer-interpreting-minutes", &[("minutes", j.minutes.into())]);
                let contact = tr.ta("volunteer-interpreting-contact", &[("name", j.guide_name.clone().into())]);
                view! {
                    <li class="card">
                        <p class="step-text">{j.when.show(&tr)}" · "{minutes}</p>
                        <p>{place}</p>
                        {language.map(|l| view! { <p>{l}</p> })}
                        <p class="muted">{contact}" "{j.guide_phone.clone().map(|p| view! { <a dir="ltr" href=super::tel_href(&p)>{p.clone()}</a> })}</p>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section" aria-labelledby="h-interpreting">
                <h2 id="h-interpreting"><IconSvg icon=Icon::Calendar/><span>{tr.t("volunteer-interpreting-heading")}</span></h2>
                <ul class="steps">{items}</ul>
            </section>
        }
    });
    view! {
        <Shell title=tr.t("volunteer-home-title") current_path="/volunteer".to_string() user=Some(user)>
            <h1 class="greeting">{hello}</h1>
            <super::forms::Notice message=notice/>
            <super::staff::groups::NoticeList notices=notices read_action="/volunteer/notices/read"/>
            <super::companions::volunteer::CompanionTasksSection tasks=tasks/>
            {jobs_view}
            <section class="card section" data-testid="home-shifts">
                <h2><IconSvg icon=Icon::Group/><span>{tr.t("shifts-title")}</span></h2>
                <p>{tr.t("shifts-intro")}</p>
                <p><a class="button primary" href="/volunteer/shifts">{tr.t("volunteer-shifts-open")}</a></p>
                <p class="quick-links">
                    <a href="/volunteer/hours">{tr.t("hours-heading")}</a>
                    <a href="/volunteer/calendar">{tr.t("my-calendar-title")}</a>
                    <a href="/volunteer/profile">{tr.t("profile-heading")}</a>
                    <a href="/feedback">{tr.t("feedback-link")}</a>
                </p>
            </section>
            <super::push::PushOptIn key=push_key volunteer=true/>
        </Shell>
    }
}
