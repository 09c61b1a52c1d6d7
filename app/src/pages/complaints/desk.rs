//! The handler's desk: complaints on the way (late ones marked), one complaint with the
//! step it is moved to and the answer its sender reads, and who handles what.

use crate::complaints::{FeedbackAbout, FeedbackKind, FeedbackStatus, Sender};
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const HANDLE_FORM: &str = "handle";
pub const HANDLERS_FORM: &str = "handlers";

crate::form! {
    /// A step as posted: where the complaint moves, the words the sender reads, and the
    /// version the form was opened with.
    HandleInput / HandleField {
        version: Version,
        status: Status,
        answer: Answer,
    }
}

/// The field of the handler named for `about` on the handlers' form.
pub fn handler_field(about: FeedbackAbout) -> &'static str {
    match about {
        FeedbackAbout::Service => "handler_service",
        FeedbackAbout::Office => "handler_office",
        FeedbackAbout::Group => "handler_group",
        FeedbackAbout::Guide => "handler_guide",
        FeedbackAbout::Lotse => "handler_lotse",
    }
}

/// A complaint on the desk.
#[derive(Clone, Debug)]
pub struct DeskItem {
    pub id: i64,
    pub kind: FeedbackKind,
    pub about: FeedbackAbout,
    pub about_text: String,
    pub about_name: Option<String>,
    pub body: String,
    pub sender: Sender,
    /// The sender's name when they gave it.
    pub sender_name: Option<String>,
    pub contact: String,
    /// The language they wrote in (ISO code).
    pub lang: String,
    pub handler_name: Option<String>,
    pub status: FeedbackStatus,
    pub answer: String,
    /// ISO dates.
    pub received_on: String,
    pub acknowledge_by: String,
    pub settle_by: String,
    pub overdue: bool,
    pub handled_by: Option<String>,
    pub version: i64,
}

#[derive(Clone, Debug, Default)]
pub struct DeskData {
    pub items: Vec<DeskItem>,
    pub open: i64,
    pub late: i64,
    /// Closed ones are listed too.
    pub closed_too: bool,
    /// The coordinators name the handlers.
    pub names_handlers: bool,
    pub notice: Option<String>,
}

fn subject(item: &DeskItem) -> String {
    let tr = use_tr();
    let mut s = tr.t(&format!("feedback-about-{}", item.about));
    if let Some(n) = &item.about_name {
        s = format!("{s}: {n}");
    }
    if !item.about_text.is_empty() {
        s = format!("{s} · {}", item.about_text);
    }
    s
}

#[component]
pub fn DeskPage(user: NavUser, data: DeskData) -> impl IntoView {
    let tr = use_tr();
    let rows = data
        .items
        .iter()
        .map(|c| {
            let first_line: String = c.body.chars().take(90).collect();
            view! {
                <tr class:overdue=c.overdue data-testid="complaint-row">
                    <td><a href=format!("/complaints/{}", c.id)>{tr.t(&format!("feedback-kind-{}", c.kind))}</a></td>
                    <td>{subject(c)}</td>
                    <td>{first_line}</td>
                    <td>{tr.date(&c.received_on)}</td>
                    <td>
                        {tr.t(&format!("feedback-status-{}", c.status))}
                        {c.overdue.then(|| view! { " " <span class="badge badge-warn">{tr.t("complaints-late")}</span> })}
                    </td>
                    <td>{c.handler_name.clone().unwrap_or_else(|| tr.t("complaints-handler-coordinators"))}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let empty = data.items.is_empty();
    let toggle = if data.closed_too {
        view! { <a href="/complaints">{tr.t("complaints-open-only")}</a> }.into_any()
    } else {
        view! { <a href="/complaints?closed=1">{tr.t("complaints-closed-too")}</a> }.into_any()
    };
    view! {
        <Shell title=tr.t("complaints-title") current_path="/complaints".to_string() user=Some(user)>
            <h1>{tr.t("complaints-title")}</h1>
            <Notice message=data.notice/>
            <p role="status" data-testid="complaints-due">{tr.ta("complaints-due", &[
                ("open", data.open.into()),
                ("late", data.late.into()),
            ])}</p>
            <p class="muted">{tr.t("complaints-intro")}</p>
            <nav class="quick-links" aria-label=tr.t("complaints-title")>
                {toggle}
                {data.names_handlers.then(|| view! { <a href="/complaints/handlers">{tr.t("complaints-handlers-title")}</a> })}
                <a href="/feedback">{tr.t("complaints-public-page")}</a>
            </nav>
            {if empty {
                view! { <p class="card empty">{tr.t("complaints-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="caseload">
                            <thead>
                                <tr>
                                    <th scope="col">{tr.t("complaints-col-kind")}</th>
                                    <th scope="col">{tr.t("complaints-col-about")}</th>
                                    <th scope="col">{tr.t("complaints-col-text")}</th>
                                    <th scope="col">{tr.t("complaints-col-received")}</th>
                                    <th scope="col">{tr.t("complaints-col-status")}</th>
                                    <th scope="col">{tr.t("complaints-col-handler")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct ComplaintPageData {
    pub item: DeskItem,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
}

#[component]
pub fn ComplaintPage(user: NavUser, data: ComplaintPageData) -> impl IntoView {
    let tr = use_tr();
    use HandleField as F;
    let form = HANDLE_FORM;
    let posted = data.posted;
    let c = data.item;
    let title = tr.t(&format!("feedback-kind-{}", c.kind));
    let sender = match (&c.sender_name, c.sender) {
        (Some(name), s) => format!("{name} ({})", tr.t(&format!("feedback-sender-{s}"))),
        // Without a name nothing says who it was, not even whether a client sent it.
        (None, _) => tr.t("complaints-anonymous"),
    };
    let steps = FeedbackStatus::ALL
        .iter()
        .filter(|s| s.rank() > FeedbackStatus::Received.rank() && s.rank() >= c.status.rank())
        .map(|s| (s.as_str().to_string(), tr.t(&format!("complaints-step-{s}"))))
        .collect::<Vec<_>>();
    let next = FeedbackStatus::ALL
        .iter()
        .find(|s| s.rank() == (c.status.rank() + 1).min(3))
        .map(|s| s.as_str())
        .unwrap_or("closed");
    let handle = (c.status != FeedbackStatus::Closed).then(|| {
        view! {
            <section class="card section" aria-labelledby="h-handle">
                <h2 id="h-handle">{tr.t("complaints-handle")}</h2>
                <form method="post" action=format!("/complaints/{}", c.id) class="stack" novalidate>
                    <input type="hidden" name=F::Version.name() value=c.version.to_string()/>
                    <Select name=F::Status.name() label=tr.t("complaints-step")
                        selected=posted.value_or(form, F::Status.name(), next)
                        options=steps error=posted.error(form, F::Status.name())/>
                    <TextArea name=F::Answer.name() label=tr.t("complaints-answer")
                        value=posted.value_or(form, F::Answer.name(), &c.answer) hint=tr.t("complaints-answer-hint")
                        error=posted.error(form, F::Answer.name()) rows=6 maxlength=4000/>
                    <button type="submit" class="button primary">{tr.t("complaints-save")}</button>
                </form>
            </section>
        }
    });
    view! {
        <Shell title=title.clone() current_path=format!("/complaints/{}", c.id) user=Some(user)>
            <BackLink href="/complaints" label=tr.t("complaints-title")/>
            <h1>{title}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <dl class="facts">
                <dt>{tr.t("complaints-col-about")}</dt>
                <dd>{subject(&c)}</dd>
                <dt>{tr.t("complaints-sender")}</dt>
                <dd>{sender}</dd>
                {(!c.contact.is_empty()).then(|| view! {
                    <dt>{tr.t("complaints-contact")}</dt>
                    <dd dir="auto">{c.contact.clone()}</dd>
                })}
                <dt>{tr.t("complaints-lang")}</dt>
                <dd>{tr.t(&format!("language-{}", c.lang))}</dd>
                <dt>{tr.t("complaints-col-received")}</dt>
                <dd>{tr.date(&c.received_on)}</dd>
                <dt>{tr.t("complaints-acknowledge-by")}</dt>
                <dd>{tr.date(&c.acknowledge_by)}</dd>
                <dt>{tr.t("complaints-settle-by")}</dt>
                <dd>{tr.date(&c.settle_by)}{c.overdue.then(|| view! { " " <span class="badge badge-warn">{tr.t("complaints-late")}</span> })}</dd>
                <dt>{tr.t("complaints-col-status")}</dt>
                <dd data-testid="complaint-status">{tr.t(&format!("feedback-status-{}", c.status))}
                    {c.handled_by.clone().map(|n| format!(" · {n}"))}</dd>
                <dt>{tr.t("complaints-col-handler")}</dt>
                <dd>{c.handler_name.clone().unwrap_or_else(|| tr.t("complaints-handler-coordinators"))}</dd>
            </dl>
            <section class="card section" aria-labelledby="h-body">
                <h2 id="h-body">{tr.t("complaints-col-text")}</h2>
                <p class="step-text" dir="auto" data-testid="complaint-body">{c.body.clone()}</p>
                {(c.status == FeedbackStatus::Closed && !c.answer.is_empty()).then(|| view! {
                    <h3>{tr.t("complaints-answer")}</h3>
                    <p class="step-text" dir="auto">{c.answer.clone()}</p>
                })}
            </section>
            {handle}
        </Shell>
    }
}

/// One subject with the handler named for it and who may be named.
#[derive(Clone, Debug)]
pub struct HandlerLine {
    pub about: FeedbackAbout,
    /// The id of the handler named, "" for the coordinators.
    pub selected: String,
    /// (id, name and role) of those who may be named.
    pub options: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct HandlersData {
    pub lines: Vec<HandlerLine>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
}

#[component]
pub fn HandlersPage(user: NavUser, data: HandlersData) -> impl IntoView {
    let tr = use_tr();
    let form = HANDLERS_FORM;
    let posted = data.posted;
    let lines = data
        .lines
        .into_iter()
        .map(|l| {
            let name = handler_field(l.about);
            let mut options = vec![(String::new(), tr.t("complaints-handler-coordinators"))];
            options.extend(l.options);
            view! {
                <Select name=name label=tr.t(&format!("feedback-about-{}", l.about))
                    selected=posted.value_or(form, name, &l.selected)
                    options=options error=posted.error(form, name)/>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("complaints-handlers-title") current_path="/complaints/handlers".to_string() user=Some(user)>
            <BackLink href="/complaints" label=tr.t("complaints-title")/>
            <h1>{tr.t("complaints-handlers-title")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("complaints-handlers-intro")}</p>
            <form method="post" action="/complaints/handlers" class="stack card section" novalidate>
                {lines}
                <button type="submit" class="button primary">{tr.t("complaints-save")}</button>
            </form>
        </Shell>
    }
}
