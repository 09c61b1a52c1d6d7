//! One-to-one volunteering: a guide asks for a companion for one client, Lotse proposes
//! volunteers, the one asked accepts and then sees exactly the client's first name, the
//! time, the place, the language and what to bring (never the case), the client sees
//! the companion's first name, and the volunteer's view ends with the task, the consent
//! or the case. Hours count; mentoring pairs check in.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{
    client_ids_of, client_named, day, sign_in_client, sign_in_staff, Client, KELLER, VOLUNTEER, WEBER,
};
use lotse_app::domain::{ClientId, UserId};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

const AYLIN: &str = "a.yilmaz@talheim.example";

async fn user(store: &Store, email: &str) -> UserId {
    store.user_by_email(email).await.unwrap().unwrap().user_id()
}

/// Volunteers choose their language; these tests read their pages in German.
async fn in_german(v: &mut Client) {
    let r = v
        .post("/lang", &[("lang", "de"), ("return_to", "/volunteer")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

/// The task id in a redirect to `/cases/{c}/companions/{t}`.
fn task_in(location: Option<&str>) -> i64 {
    let l = location.expect("a redirect");
    l.rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("no task in {l}"))
}

/// Amal's appointment at the immigration office (seeded in three days).
async fn office_visit(store: &Store, amal: i64) -> i64 {
    let access = common::own_guide(store, ClientId(amal)).await;
    store
        .case(&access)
        .appointments()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.place_name == "Ausländerbehörde Talheim")
        .expect("the seeded visit")
        .id
}

both_backends!(seeded
    a_guide_asks_an_arabic_speaker_who_accepts_and_sees_only_what_is_allowed,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let amal = client_named(&store, "Haddad").await;
        let visit = office_visit(&store, amal).await;
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, KELLER).await;

        // The demo's accompaniment to the paediatrician is on the tab already.
        let tab = guide.get(&format!("/cases/{amal}/companions")).await;
        assert_eq!(tab.status, StatusCode::OK);
        assert!(tab.body.contains("Begleitung zu einem Termin"), "{}", tab.body);
        assert!(tab.body.contains("mit \u{2068}Aylin Yilmaz\u{2069}"), "{}", tab.body);
        // Her consent is on file (seeded): the form does not ask for it again.
        assert!(tab.body.contains("Die Einwilligung zur Weitergabe an eine ehrenamtliche Begleitung liegt vor."));

        // Neither a date nor an appointment: the form says so and keeps what was typed.
        let r = guide
            .post(&format!("/cases/{amal}/companions"), &[("kind", "accompaniment"), ("language", "ar"), ("bring", "Pass")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Bitte wählen Sie einen Termin oder tragen Sie Datum und Uhrzeit ein."));
        assert!(r.body.contains(">Pass</textarea>"));

        // For the visit: time, place and what to bring come from the appointment.
        let visit_id = visit.to_string();
        let r = guide
            .post(
                &format!("/cases/{amal}/companions"),
                &[("kind", "accompaniment"), ("appointment", visit_id.as_str()), ("language", "ar")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let task = task_in(r.location.as_deref());
        let page = guide.get(&format!("/cases/{amal}/companions/{task}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Ausländerbehörde Talheim, Marktplatz 1, 71234 Talheim"), "{}", page.body);
        // Aylin speaks Arabic and has a police certificate; Peter speaks none.
        let aylin = user(&store, AYLIN).await;
        let peter = user(&store, VOLUNTEER).await;
        assert!(page.body.contains(&format!("data-testid=\"proposal-{}\"", aylin.0)));
        assert!(!page.body.contains(&format!("data-testid=\"proposal-{}\"", peter.0)));
        // Peter speaks no Arabic: Lotse does not propose him, and a forged form cannot ask him.
        let ask_peter = format!("/cases/{amal}/companions/{task}/ask");
        assert_eq!(guide.post(&ask_peter, &[("volunteer", peter.0.to_string().as_str())]).await.status, StatusCode::NOT_FOUND);
        // Asking someone who is not a volunteer of the municipality: not found.
        let weber = user(&store, WEBER).await.0.to_string();
        let ask = format!("/cases/{amal}/companions/{task}/ask");
        assert_eq!(guide.post(&ask, &[("volunteer", weber.as_str())]).await.status, StatusCode::NOT_FOUND);
        let r = guide.post(&ask, &[("volunteer", aylin.0.to_string().as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Asking her twice says so and sends nothing twice.
        let again = guide.post(&ask, &[("volunteer", aylin.0.to_string().as_str())]).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert!(guide.get(&format!("/cases/{amal}/companions/{task}")).await.body.contains("Diese Person ist schon angefragt."));

        // Aylin is asked: time, place, language and what to bring; no name yet.
        let mut v = Client::new(app.clone());
        sign_in_staff(&mut v, AYLIN).await;
        in_german(&mut v).await;
        let home = v.get("/volunteer").await.body;
        assert!(home.contains(&format!("href=\"/volunteer/companions/{task}\"")), "{home}");
        let path = format!("/volunteer/companions/{task}");
        let asked = v.get(&path).await;
        assert_eq!(asked.status, StatusCode::OK);
        assert!(asked.body.contains("Ausländerbehörde Talheim"));
        assert!(asked.body.contains("Reisepass"));
        assert!(!asked.body.contains("Amal"), "no name before she accepts");
        // Peter was not asked: nothing there, and no answer of his counts.
        let mut p = Client::new(app.clone());
        sign_in_staff(&mut p, VOLUNTEER).await;
        assert_eq!(p.get(&path).await.status, StatusCode::NOT_FOUND);
        assert_eq!(p.post(&format!("{path}/answer"), &[("answer", "accept")]).await.status, StatusCode::NOT_FOUND);

        let r = v.post(&format!("{path}/answer"), &[("answer", "accept")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let held = v.get(&path).await.body;
        assert!(held.contains("Begleitung von \u{2068}Amal\u{2069}"), "{held}");
        // Exactly the allowed fields: nothing of the case, the client or the appointment.
        for secret in ["Haddad", "1988", "Frau Bauer", "07131 994-210", "2.14", "Integrationskurs", "Karim", "Yusuf"] {
            assert!(!held.contains(secret), "{secret} leaked to the volunteer");
        }
        // And never the case file itself.
        assert_eq!(v.get(&format!("/cases/{amal}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(v.get(&format!("/cases/{amal}/companions")).await.status, StatusCode::NOT_FOUND);

        // The guide sees who accepted.
        let page = guide.get(&format!("/cases/{amal}/companions/{task}")).await.body;
        assert!(page.contains("mit \u{2068}Aylin Yilmaz\u{2069}"));
        assert!(page.contains("hat zugesagt"));

        // Amal sees her companion's first name, in Arabic, on the appointment.
        let mut c = Client::new(app.clone());
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        let mine = c.get("/me/appointments").await.body;
        assert!(mine.contains("data-testid=\"my-appointment-companion\""), "{mine}");
        assert!(mine.contains("Aylin"));
        assert!(!mine.contains("Yilmaz"), "the first name only");

        // The consent is withdrawn: the volunteer's view ends at once.
        let access = common::own_guide(&store, ClientId(amal)).await;
        let file = store.case(&access);
        let consent = file.consents().await.unwrap().into_iter().find(|c| c.purpose == "companion").unwrap();
        assert!(file.revoke_consent(consent.id, &day(0)).await.unwrap());
        assert_eq!(v.get(&path).await.status, StatusCode::NOT_FOUND);
        assert!(!v.get("/volunteer").await.body.contains(&format!("data-testid=\"companion-task-{task}\"")));
        let page = guide.get(&format!("/cases/{amal}/companions/{task}")).await.body;
        assert!(page.contains("Die Einwilligung wurde widerrufen"));
        // Without a consent, nobody can be asked.
        assert_eq!(guide.post(&ask, &[("volunteer", peter.0.to_string().as_str())]).await.status, StatusCode::NOT_FOUND);
    }
);

both_backends!(seeded_url
    without_a_consent_on_file_the_form_records_one_and_the_first_to_accept_wins,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let client = client_ids_of(&store, WEBER).await[0];
        let access = common::own_guide(&store, ClientId(client)).await;
        assert!(!store.case(&access).has_companion_consent().await.unwrap());
        let when = day(5);
        let form = |consent: &'static str| {
            vec![
                ("kind", "ride"),
                ("date", when.as_str()),
                ("time", "10:30"),
                ("minutes", "120"),
                ("place", "Rathaus Talheim, Haupteingang"),
                ("language", "de"),
                ("consent", consent),
                ("consent_on", ""),
            ]
        };
        let r = guide.post(&format!("/cases/{client}/companions"), &form("")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Bitte bestätigen Sie, dass die Einwilligung vorliegt."));
        assert!(r.body.contains("value=\"Rathaus Talheim, Haupteingang\""));
        let today = day(0);
        let mut ok = form("on");
        ok[7] = ("consent_on", today.as_str());
        let r = guide.post(&format!("/cases/{client}/companions"), &ok).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let task = task_in(r.location.as_deref());
        // The consent is one of the case's consents now, with its plain purpose.
        let consents = store.case(&access).consents().await.unwrap();
        assert!(consents.iter().any(|c| c.purpose == "companion" && c.revoked_on.is_none()));
        let consent_tab = guide.get(&format!("/cases/{client}/consent")).await.body;
        assert!(consent_tab.contains("Weitergabe von Vorname, Zeit und Ort an eine ehrenamtliche Begleitung"));

        // A ride needs a driver: Peter drives (demo), Aylin does not.
        let peter = user(&store, VOLUNTEER).await;
        let aylin = user(&store, AYLIN).await;
        let page = guide.get(&format!("/cases/{client}/companions/{task}")).await.body;
        assert!(page.contains(&format!("data-testid=\"proposal-{}\"", peter.0)), "{page}");
        assert!(!page.contains(&format!("data-testid=\"proposal-{}\"", aylin.0)));
        // Asked twice by hand (both ways in), the first to accept wins.
        let ask = format!("/cases/{client}/companions/{task}/ask");
        assert_eq!(guide.post(&ask, &[("volunteer", peter.0.to_string().as_str())]).await.status, StatusCode::SEE_OTHER);
        let access = common::own_guide(&store, ClientId(client)).await;
        assert!(store.case(&access).ask_companion(task, aylin).await.unwrap());
        use lotse_server::db::companions::Answered;
        // Both accept at the same moment: exactly one is matched, the other told it is gone
        // (no error on either database).
        let (a, b) = {
            let (s1, s2) = (store.clone(), store.clone());
            let one = tokio::spawn(async move { s1.answer_companion(peter, task, true).await.unwrap() });
            let two = tokio::spawn(async move { s2.answer_companion(aylin, task, true).await.unwrap() });
            (one.await.unwrap(), two.await.unwrap())
        };
        let mut answers = [a, b];
        answers.sort_by_key(|x| *x == Answered::Gone);
        assert_eq!(answers, [Answered::Matched, Answered::Gone]);
        let winner = if a == Answered::Matched { peter } else { aylin };
        let loser = if winner == peter { aylin } else { peter };
        assert!(store.volunteer_task(loser, task).await.unwrap().is_none());
        let asks = store.case(&access).companion_asks(task).await.unwrap();
        let answer = |u: UserId| asks.iter().find(|k| k.volunteer_id == u.0).and_then(|k| k.answer.clone());
        assert_eq!(answer(winner).as_deref(), Some("accepted"));
        assert_eq!(answer(loser).as_deref(), Some("withdrawn"));
        // The notice told Peter of the ask, with the time and no name.
        let notices = store.unread_notices(peter).await.unwrap();
        assert!(notices.iter().any(|n| n.kind == "companion-asked" && n.link.as_deref() == Some(format!("/volunteer/companions/{task}").as_str())));
        // And a mail went to the outbox, with only the link.
        let mails = common::query_strings(&url, "SELECT body FROM outbox").await;
        assert!(mails.iter().any(|b| b.contains(&format!("/volunteer/companions/{task}")) && !b.contains("Rathaus")), "{mails:?}");
    }
);

both_backends!(seeded
    a_single_task_ends_with_its_hours_and_the_hours_count,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let amal = client_named(&store, "Haddad").await;
        let visit = office_visit(&store, amal).await;
        let access = common::own_guide(&store, ClientId(amal)).await;
        let file = store.case(&access);
        let aylin = user(&store, AYLIN).await;
        let task = file
            .add_companion_task(
                &lotse_server::db::companions::NewTask {
                    kind: lotse_app::companions::CompanionKind::Accompaniment,
                    appointment_id: Some(visit),
                    // Yesterday: the volunteer records the time afterwards.
                    starts_at: lotse_server::time::now() - 86_400,
                    minutes: 90,
                    place: "Marktplatz 1".into(),
                    district_id: None,
                    language: "ar".into(),
                    skill: None,
                    bring: String::new(),
                    checkin_days: None,
                    ends_on: None,
                },
                lotse_app::domain::MunicipalityId(1),
            )
            .await
            .unwrap()
            .unwrap();
        assert!(file.ask_companion(task, aylin).await.unwrap());
        let mut v = Client::new(app.clone());
        sign_in_staff(&mut v, AYLIN).await;
        in_german(&mut v).await;
        let path = format!("/volunteer/companions/{task}");
        assert_eq!(v.post(&format!("{path}/answer"), &[("answer", "maybe")]).await.status, StatusCode::BAD_REQUEST);
        assert_eq!(v.post(&format!("{path}/answer"), &[("answer", "accept")]).await.status, StatusCode::SEE_OTHER);
        // Bad minutes and a date ahead: the form again, with what was typed.
        let ahead = day(2);
        let r = v.post(&format!("{path}/meeting"), &[("met_on", ahead.as_str()), ("minutes", "viel")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("value=\"viel\""), "{}", r.body);
        // Nor a day before the task began: hours count for time with this client.
        let before = day(-3);
        let r = v.post(&format!("{path}/meeting"), &[("met_on", before.as_str()), ("minutes", "100")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Dieses Datum liegt vor dem Beginn der Begleitung."));
        let today = day(0);
        let r = v.post(&format!("{path}/meeting"), &[("met_on", today.as_str()), ("minutes", "100")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location.as_deref(), Some("/volunteer"));
        // The task has ended: out of her view; the hours stay hers.
        assert_eq!(v.get(&path).await.status, StatusCode::NOT_FOUND);
        let hours = v.get("/volunteer/hours").await.body;
        assert!(hours.contains("data-testid=\"hours-one-to-one\""), "{hours}");
        assert!(hours.contains("Begleitung zu einem Termin"));
        let t = file.companion_task(task).await.unwrap().unwrap();
        assert_eq!(t.status, lotse_app::companions::CompanionStatus::Ended);
        let meetings = file.companion_meetings(task).await.unwrap();
        assert_eq!(meetings.len(), 1);
        assert_eq!(meetings[0].minutes, 100);
        // The certificate counts it like a shift.
        let cert = v.get("/volunteer/hours/certificate").await.body;
        assert!(cert.contains("Begleitung zu einem Termin"), "{cert}");
    }
);

both_backends!(seeded_url
    mentoring_pairs_check_in_and_health_tasks_are_the_own_guides,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        // The demo's mentoring pair of Aylin: she asks for a call.
        let aylin = user(&store, AYLIN).await;
        let task = store
            .volunteer_tasks(aylin)
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.kind == lotse_app::companions::CompanionKind::Mentoring && t.mine)
            .expect("the demo pair")
            .id;
        let mut v = Client::new(app.clone());
        sign_in_staff(&mut v, AYLIN).await;
        in_german(&mut v).await;
        let path = format!("/volunteer/companions/{task}");
        let page = v.get(&path).await.body;
        assert!(page.contains("Patenschaft mit"), "{page}");
        assert!(page.contains("alle \u{2068}30\u{2069} Tage"));
        let today = day(0);
        let r = v
            .post(&format!("{path}/meeting"), &[("met_on", today.as_str()), ("minutes", "60"), ("call_me", "on")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location.as_deref(), Some(path.as_str()), "a pair goes on");
        // Her pair's guide sees the call request, on the tab and the task.
        let client = common::query_i64(&url, &format!("SELECT client_id FROM companion_tasks WHERE id = {task}")).await;
        let guide = common::query_i64(
            &url,
            &format!("SELECT guide_id FROM assignments WHERE client_id = {client} AND ended_at IS NULL"),
        )
        .await;
        let guide_email = store.user(UserId(guide)).await.unwrap().unwrap().email.unwrap();
        let mut g = Client::new(app.clone());
        sign_in_staff(&mut g, &guide_email).await;
        let tab = g.get(&format!("/cases/{client}/companions")).await.body;
        assert!(tab.contains("Bitte anrufen"), "{tab}");

        // The paediatrician's accompaniment (health) is Keller's own: Weber, and Keller
        // as Weber's team lead, never see such a task of another guide's client.
        let weber_client = client_ids_of(&store, WEBER).await[0];
        let access = common::own_guide(&store, ClientId(weber_client)).await;
        let file = store.case(&access);
        let doctor = file
            .create_appointment(
                &lotse_server::db::appointments::NewAppointment {
                    starts_at: lotse_server::time::now() + 6 * 86_400,
                    duration_minutes: 30,
                    with_kind: "office".into(),
                    place_name: "Praxis Dr. Vogel".into(),
                    address: None,
                    room: None,
                    contact_person: None,
                    contact_phone: None,
                    bring: String::new(),
                    interpreter_lang: None,
                    health: true,
                },
                None,
            )
            .await
            .unwrap()
            .unwrap();
        let mut task = lotse_server::db::companions::NewTask {
            kind: lotse_app::companions::CompanionKind::Accompaniment,
            appointment_id: Some(doctor),
            starts_at: lotse_server::time::now() + 6 * 86_400,
            minutes: 60,
            place: "Praxis Dr. Vogel".into(),
            district_id: None,
            language: "de".into(),
            skill: None,
            bring: String::new(),
            checkin_days: None,
            ends_on: None,
        };
        let health_task = file.add_companion_task(&task, lotse_app::domain::MunicipalityId(1)).await.unwrap().unwrap();
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let tab = lead.get(&format!("/cases/{weber_client}/companions")).await;
        assert_eq!(tab.status, StatusCode::OK, "the lead opens the case");
        assert!(!tab.body.contains("Praxis Dr. Vogel"), "{}", tab.body);
        assert_eq!(
            lead.get(&format!("/cases/{weber_client}/companions/{health_task}")).await.status,
            StatusCode::NOT_FOUND
        );
        // Nor can the lead make one from the health appointment.
        let lead_access = lotse_server::auth::permission::client_access(
            &store,
            &lotse_server::auth::permission::Principal::Guide {
                user: user(&store, KELLER).await,
                team: lotse_app::domain::TeamId(access_team(&store, weber_client).await),
                municipality: lotse_app::domain::MunicipalityId(1),
                team_lead: true,
            },
            ClientId(weber_client),
        )
        .await
        .unwrap();
        task.place = "anderswo".into();
        assert!(store.case(&lead_access).add_companion_task(&task, lotse_app::domain::MunicipalityId(1)).await.unwrap().is_none());
    }
);

async fn access_team(store: &Store, client: i64) -> i64 {
    store
        .client_scope(ClientId(client))
        .await
        .unwrap()
        .unwrap()
        .team_id
        .unwrap()
}

both_backends!(seeded_url
    single_tasks_end_a_week_after_their_time_and_cancelling_withdraws_the_asks,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        let amal = client_named(&store, "Haddad").await;
        let aylin = user(&store, AYLIN).await;
        // The demo's accompaniment next week is Aylin's; push it nine days back.
        let task = store
            .volunteer_tasks(aylin)
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.kind == lotse_app::companions::CompanionKind::Accompaniment)
            .expect("the demo accompaniment")
            .id;
        common::exec_sql(
            &url,
            &format!("UPDATE companion_tasks SET starts_at = {} WHERE id = {task}", lotse_server::time::now() - 9 * 86_400),
        )
        .await;
        assert!(store.volunteer_task(aylin, task).await.unwrap().is_none(), "out of view at once");
        assert!(store.end_past_companion_tasks().await.unwrap() >= 1);
        let access = common::own_guide(&store, ClientId(amal)).await;
        let t = store.case(&access).companion_task(task).await.unwrap().unwrap();
        assert_eq!(t.status, lotse_app::companions::CompanionStatus::Ended);

        // An open task the guide withdraws: the asked volunteer loses it.
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, KELLER).await;
        let when = day(4);
        let r = guide
            .post(
                &format!("/cases/{amal}/companions"),
                &[("kind", "accompaniment"), ("date", when.as_str()), ("time", "14:00"), ("place", "Jobcenter"), ("language", "ar")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let open = task_in(r.location.as_deref());
        let r = guide.post(&format!("/cases/{amal}/companions/{open}/ask"), &[("volunteer", aylin.0.to_string().as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(
            store.volunteer_task(aylin, open).await.unwrap().is_some(),
            "{:?} {:?}",
            common::query_strings(&url, &format!("SELECT status || ' ' || kind || ' ' || starts_at FROM companion_tasks WHERE id = {open}")).await,
            common::query_strings(&url, &format!("SELECT COALESCE(answer, 'none') FROM companion_asks WHERE task_id = {open}")).await,
        );
        let version = store.case(&access).companion_task(open).await.unwrap().unwrap().version.to_string();
        // A stale version changes nothing.
        let r = guide.post(&format!("/cases/{amal}/companions/{open}/close"), &[("version", "0")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(store.volunteer_task(aylin, open).await.unwrap().is_some());
        let r = guide.post(&format!("/cases/{amal}/companions/{open}/close"), &[("version", version.as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(store.volunteer_task(aylin, open).await.unwrap().is_none());
        let t = store.case(&access).companion_task(open).await.unwrap().unwrap();
        assert_eq!(t.status, lotse_app::companions::CompanionStatus::Cancelled);
    }
);

both_backends!(seeded
    districts_are_kept_by_the_coordinator_and_chosen_by_volunteers,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let talheim = lotse_app::domain::MunicipalityId(1);
        let before = store.districts(talheim).await.unwrap();
        assert_eq!(before.len(), 4, "{before:?}");
        let oberdorf = before.iter().find(|(_, n)| n == "Oberdorf").unwrap().0;
        // Retire Neuweiler, add Südstadt, keep the others (ids unchanged).
        let names = ["Bahnhofsviertel", "Oberdorf", "Südstadt", "Talheim-Mitte"].map(String::from);
        store.set_districts(talheim, &names).await.unwrap();
        let after = store.districts(talheim).await.unwrap();
        assert_eq!(after.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(), ["Bahnhofsviertel", "Oberdorf", "Südstadt", "Talheim-Mitte"]);
        assert_eq!(after.iter().find(|(_, n)| n == "Oberdorf").unwrap().0, oberdorf);
        // The coordinator's page shows them one per line.
        let mut c = Client::new(app.clone());
        sign_in_staff(&mut c, common::COORDINATOR).await;
        let page = c.get("/admin/organisation").await.body;
        assert!(page.contains("Bahnhofsviertel\nOberdorf\nSüdstadt\nTalheim-Mitte</textarea>"), "{page}");
        // A volunteer ticks where they can go; an unknown id is dropped.
        let mut v = Client::new(app.clone());
        sign_in_staff(&mut v, VOLUNTEER).await;
        let profile = v.get("/volunteer/profile").await.body;
        assert!(profile.contains(&format!("id=\"district-{oberdorf}\"")));
        let version = common::input_value(&profile, "version").unwrap();
        let ob = oberdorf.to_string();
        let r = v
            .post(
                "/volunteer/profile",
                &[("version", version.as_str()), ("languages", "de"), ("districts", ob.as_str()), ("districts", "999999")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let p = store.volunteer_profile(user(&store, VOLUNTEER).await).await.unwrap();
        assert_eq!(p.districts, ob);
    }
);

both_backends!(seeded
    a_client_sees_her_mentor_on_her_start_page,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let amal = client_named(&store, "Haddad").await;
        let access = common::own_guide(&store, ClientId(amal)).await;
        let file = store.case(&access);
        let peter = user(&store, VOLUNTEER).await;
        let mut c = Client::new(app.clone());
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        assert!(!c.get("/me").await.body.contains("data-testid=\"mentor\""));
        let task = file
            .add_companion_task(
                &lotse_server::db::companions::NewTask {
                    kind: lotse_app::companions::CompanionKind::Mentoring,
                    appointment_id: None,
                    starts_at: lotse_server::time::now() + 2 * 86_400,
                    minutes: 90,
                    place: "Stadtbücherei".into(),
                    district_id: None,
                    language: "de".into(),
                    skill: None,
                    bring: String::new(),
                    checkin_days: Some(30),
                    ends_on: None,
                },
                lotse_app::domain::MunicipalityId(1),
            )
            .await
            .unwrap()
            .unwrap();
        assert!(file.ask_companion(task, peter).await.unwrap());
        // Asked is not yet hers: only once Peter accepts.
        assert!(!c.get("/me").await.body.contains("data-testid=\"mentor\""));
        store.answer_companion(peter, task, true).await.unwrap();
        let home = c.get("/me").await.body;
        assert!(home.contains("data-testid=\"mentor\""), "{home}");
        assert!(home.contains("Peter") && !home.contains("Braun"), "the first name only");
    }
);

both_backends!(seeded_url
    a_handover_to_another_team_ends_the_tasks_and_a_withdrawal_reaches_earlier_consents,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        let client = client_ids_of(&store, WEBER).await[0];
        let access = common::own_guide(&store, ClientId(client)).await;
        let file = store.case(&access);
        let aylin = user(&store, AYLIN).await;
        file.add_consent(&lotse_server::db::consents::NewConsent {
            purpose: "companion".into(),
            recipient: "Ehrenamtliche Begleitung".into(),
            recipient_team: None,
            covers: vec![],
            given_on: day(-1),
            form: "paper".into(),
        })
        .await
        .unwrap();
        let task = file
            .add_companion_task(
                &lotse_server::db::companions::NewTask {
                    kind: lotse_app::companions::CompanionKind::Mentoring,
                    appointment_id: None,
                    starts_at: lotse_server::time::now() + 86_400,
                    minutes: 60,
                    place: "Stadtbücherei".into(),
                    district_id: None,
                    language: "ar".into(),
                    skill: None,
                    bring: String::new(),
                    checkin_days: Some(30),
                    ends_on: None,
                },
                lotse_app::domain::MunicipalityId(1),
            )
            .await
            .unwrap()
            .unwrap();
        assert!(file.ask_companion(task, aylin).await.unwrap());
        store.answer_companion(aylin, task, true).await.unwrap();
        // Wishes recorded by Weber before the handover.
        let wish = lotse_server::db::interests::InterestsRow {
            kinds: "sports".into(),
            times: "weekend".into(),
            childcare: false,
            district_id: None,
            version: 0,
        };
        assert_eq!(file.save_interests(&wish).await.unwrap(), lotse_server::db::case_file::Written::Saved);
        assert!(store.volunteer_task(aylin, task).await.unwrap().is_some());

        // Handed to Bergfeld with the plan only (no appointments, no intake, no consents).
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let past = day(-3);
        let r = weber
            .post(
                &format!("/cases/{client}/consent"),
                &[("purpose", "handover"), ("team", "2"), ("covers", "plan"), ("given_on", past.as_str()), ("form", "paper")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let demir = user(&store, common::DEMIR).await.0.to_string();
        let r = weber.post(&format!("/cases/{client}/handover"), &[("guide", demir.as_str()), ("reason", "Umzug")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // The volunteer lost the task at once.
        assert!(store.volunteer_task(aylin, task).await.unwrap().is_none());
        assert_eq!(
            common::query_strings(&url, &format!("SELECT status FROM companion_tasks WHERE id = {task}")).await,
            ["ended"]
        );
        // The new team does not see Weber's wishes, and can record its own.
        let theirs = common::own_guide(&store, ClientId(client)).await;
        let new_file = store.case(&theirs);
        assert_eq!(new_file.interests().await.unwrap().kinds, "");
        let fresh = lotse_server::db::interests::InterestsRow { kinds: "homework".into(), ..wish.clone() };
        assert_eq!(new_file.save_interests(&fresh).await.unwrap(), lotse_server::db::case_file::Written::Saved);
        assert_eq!(new_file.interests().await.unwrap().kinds, "homework");
        // The client agrees again, then withdraws: every companion consent ends, also
        // the one from before the handover this team cannot see.
        let id = new_file
            .add_consent(&lotse_server::db::consents::NewConsent {
                purpose: "companion".into(),
                recipient: "Ehrenamtliche Begleitung".into(),
                recipient_team: None,
                covers: vec![],
                given_on: day(0),
                form: "paper".into(),
            })
            .await
            .unwrap()
            .unwrap();
        assert!(new_file.revoke_consent(id, &day(0)).await.unwrap());
        assert_eq!(
            common::query_i64(
                &url,
                &format!("SELECT COUNT(*) FROM consents WHERE client_id = {client} AND purpose = 'companion' AND revoked_on IS NULL")
            )
            .await,
            0
        );
    }
);

both_backends!(seeded
    the_volunteer_coordination_sees_tasks_without_the_client,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut vc = Client::new(app.clone());
        sign_in_staff(&mut vc, "n.schaefer@talheim.example").await;
        let page = vc.get("/groups/manage/companions").await;
        assert_eq!(page.status, StatusCode::OK);
        // The demo's two mentoring pairs and Aylin's accompaniment, with who holds them.
        assert!(page.body.contains("Aylin Yilmaz") && page.body.contains("Peter Braun"), "{}", page.body);
        assert!(page.body.contains("Patenschaft"));
        // Nothing of the clients or where they meet.
        for secret in ["Haddad", "Amal", "Dr. Roth", "Stadtbücherei", "Café am Brunnen", "Gesundheitskarte"] {
            assert!(!page.body.contains(secret), "{secret} on the overview");
        }
        let mut g = Client::new(app.clone());
        sign_in_staff(&mut g, WEBER).await;
        assert_eq!(g.get("/groups/manage/companions").await.status, StatusCode::FORBIDDEN);
    }
);
