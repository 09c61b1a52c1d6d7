//! Notifications on the phone, end to end: a push receiver on loopback stands in for the
//! browsers' push services (none is reachable here). It keeps what it receives; the test
//! decrypts it with the keys of the subscription it made, as a browser would, and checks
//! the VAPID signature. A push reaches the receiver once, says nothing personal, and stops
//! after sign-out or when the service says the subscription is gone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveTime;
use common::{client_named, sign_in_client, sign_in_staff, Client, COORDINATOR, KELLER, VOLUNTEER};
use lotse_app::domain::ClientId;
use lotse_server::config::Settings;
use lotse_server::db::appointments::NewAppointment;
use lotse_server::db::groups::{GroupFacts, GroupText};
use lotse_server::db::requests::NewRequest;
use lotse_server::db::Store;
use lotse_server::push::{Origin, Pusher, QuietHours};
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};
use lotse_server::time::today;
use std::sync::{Arc, Mutex};
use web_push_native::jwt_simple::algorithms::{ECDSAP256PublicKeyLike, ES256PublicKey};
use web_push_native::jwt_simple::claims::NoCustomClaims;
use web_push_native::p256;

/// What the receiver got: (path, headers, body).
type Received = Arc<Mutex<Vec<(String, HeaderMap, Vec<u8>)>>>;

/// A push service on loopback: takes anything under `/push/…` (201), except that a
/// subscription named `gone` is unknown (410), as a service answers for one the browser
/// dropped.
async fn receiver() -> (String, Received) {
    let got: Received = Arc::default();
    let app = axum::Router::new()
        .route(
            "/push/{id}",
            axum::routing::post(
                |State(got): State<Received>,
                 Path(id): Path<String>,
                 headers: HeaderMap,
                 body: axum::body::Bytes| async move {
                    got.lock().unwrap().push((id.clone(), headers, body.to_vec()));
                    if id == "gone" {
                        StatusCode::GONE
                    } else {
                        StatusCode::CREATED
                    }
                },
            ),
        )
        .with_state(got.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (origin, got)
}

/// A browser's side of a subscription: its key pair and auth secret.
struct Browser {
    secret: p256::SecretKey,
    auth: [u8; 16],
    endpoint: String,
}

impl Browser {
    fn new(endpoint: String) -> Browser {
        let mut auth = [0u8; 16];
        rand::Rng::fill(&mut rand::thread_rng(), &mut auth);
        Browser {
            secret: p256::SecretKey::random(&mut rand::rngs::OsRng),
            auth,
            endpoint,
        }
    }

    fn form(&self) -> Vec<(&'static str, String)> {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let public = self.secret.public_key().to_encoded_point(false);
        vec![
            ("endpoint", self.endpoint.clone()),
            ("p256dh", URL_SAFE_NO_PAD.encode(public.as_bytes())),
            ("auth", URL_SAFE_NO_PAD.encode(self.auth)),
        ]
    }

    /// Decrypts a received message as the browser would (RFC 8291).
    fn open(&self, body: &[u8]) -> serde_json::Value {
        let auth = web_push_native::Auth::clone_from_slice(&self.auth);
        let plain = web_push_native::decrypt(body.to_vec(), &self.secret, &auth)
            .expect("decrypts with the subscription's keys");
        serde_json::from_slice(&plain).unwrap()
    }
}

async fn subscribe(c: &mut Client, b: &Browser) -> StatusCode {
    let form = b.form();
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post("/push/subscribe", &pairs).await.status
}

fn settings_for(origin: &str) -> impl FnOnce(&mut Settings) + '_ {
    move |s: &mut Settings| {
        s.push_services = Origin::list(origin);
        // The tests' clock stands at 10:00; no quiet hours in the way here.
        s.push_quiet_hours = QuietHours::parse("0-0");
    }
}

/// The client asks her guide a question (as her own record allows).
async fn ask(store: &Store, own: &lotse_server::auth::permission::ClientAccess, text: &str) {
    let request = NewRequest {
        category: "question".into(),
        body: text.into(),
        client_key: None,
        consent_id: None,
        photo: None,
    };
    store.case(own).add_request(&request).await.unwrap();
}

async fn start_pusher(store: &Store, origin: &str) -> Arc<Pusher> {
    let mut settings = Settings::for_tests("unused");
    settings_for(origin)(&mut settings);
    Pusher::start(store, &settings).await.unwrap()
}

both_backends!(seeded
    a_push_arrives_once_encrypted_says_nothing_personal_and_ends_at_sign_out,
    |store: Store| async move {
        let (origin, got) = receiver().await;
        let app = common::app_with(store.clone(), settings_for(&origin)).await;
        let pusher = start_pusher(&store, &origin).await;
        let i18n = lotse_app::i18n::I18n::load().unwrap();
        let haddad = ClientId(client_named(&store, "Haddad").await);

        let mut amal = Client::new(app.clone());
        sign_in_client(&mut amal, CLIENT_NUMBER, CLIENT_PIN).await;
        // The home page offers it (the script shows it where the phone can), with the key
        // every instance shares.
        let home = amal.get("/me").await;
        assert!(home.body.contains(&format!("data-key=\"{}\"", pusher.public_key())), "{}", home.body);
        assert!(home.body.contains("/push.js?v="));

        // Only a push service's address is taken: nobody makes the server call elsewhere.
        let stranger = Browser::new("http://10.0.0.1/push/1".into());
        assert_eq!(subscribe(&mut amal, &stranger).await, StatusCode::BAD_REQUEST);
        let mut broken = Browser::new(format!("{origin}/push/amal")).form();
        broken[1].1 = "bm90IGEga2V5".into();
        let pairs: Vec<(&str, &str)> = broken.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(amal.post("/push/subscribe", &pairs).await.status, StatusCode::BAD_REQUEST);
        let amal_user = store.client_user(haddad).await.unwrap().unwrap();
        assert_eq!(store.push_subscription_count(amal_user).await.unwrap(), 0);

        let phone = Browser::new(format!("{origin}/push/amal"));
        assert_eq!(subscribe(&mut amal, &phone).await, StatusCode::NO_CONTENT);
        // The same browser again (every visit tells the server): still one.
        assert_eq!(subscribe(&mut amal, &phone).await, StatusCode::NO_CONTENT);
        assert_eq!(store.push_subscription_count(amal_user).await.unwrap(), 1);
        // Staff get none.
        let mut keller = Client::new(app.clone());
        sign_in_staff(&mut keller, KELLER).await;
        let r = keller
            .post("/push/subscribe", &phone.form().iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            .await;
        assert!(r.status.is_redirection(), "{}", r.status);
        assert_eq!(store.push_subscription_count(amal_user).await.unwrap(), 1);

        // Amal asks; her guide answers.
        let own = common::own_record(&store, haddad).await;
        ask(&store, &own, "Wann kommt mein Brief?").await;
        let guide = common::own_guide(&store, haddad).await;
        let rid = store.case(&guide).requests().await.unwrap()[0].id;
        let answer = "Ihr Brief vom Jobcenter kommt am Montag";
        let r = keller
            .post(&format!("/cases/{}/requests/{rid}", haddad.0), &[("answer", answer)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // Two instances deliver at the same moment: the receiver gets it once.
        let other = start_pusher(&store, &origin).await;
        assert_eq!(other.public_key(), pusher.public_key(), "one key for every instance");
        let (a, b) = tokio::join!(pusher.deliver(&store, &i18n, 50), other.deliver(&store, &i18n, 50));
        assert_eq!(a.unwrap() + b.unwrap(), 1);
        assert_eq!(pusher.deliver(&store, &i18n, 50).await.unwrap(), 0, "sent is sent");
        // Five instances at once, ten times over: still never twice.
        for round in 0..10 {
            ask(&store, &own, &format!("Frage {round}")).await;
            let rid = store.case(&guide).requests().await.unwrap().iter().map(|q| q.id).max().unwrap();
            keller.post(&format!("/cases/{}/requests/{rid}", haddad.0), &[("answer", "Ja")]).await;
            let (a, b, c, d, e) = tokio::join!(
                pusher.deliver(&store, &i18n, 50),
                other.deliver(&store, &i18n, 50),
                pusher.deliver(&store, &i18n, 50),
                other.deliver(&store, &i18n, 50),
                pusher.deliver(&store, &i18n, 50),
            );
            let sent: usize = [a, b, c, d, e].into_iter().map(Result::unwrap).sum();
            assert_eq!(sent, 1, "round {round}");
        }
        got.lock().unwrap().truncate(1);
        let received = got.lock().unwrap().clone();
        assert_eq!(received.len(), 1);
        let (path, headers, body) = &received[0];
        assert_eq!(path, "amal");
        assert_eq!(headers["content-encoding"], "aes128gcm");
        assert!(headers.contains_key("ttl"));
        // The VAPID signature is the installation's (RFC 8292), for this push service.
        let vapid = headers["authorization"].to_str().unwrap();
        let (token, key) = vapid
            .strip_prefix("vapid t=")
            .and_then(|r| r.split_once(", k="))
            .expect("vapid t=…, k=…");
        assert_eq!(key, pusher.public_key());
        let public = ES256PublicKey::from_bytes(&URL_SAFE_NO_PAD.decode(key).unwrap()).unwrap();
        let claims = public.verify_token::<NoCustomClaims>(token, None).expect("signed with the key");
        assert_eq!(claims.audiences.unwrap().into_string().unwrap(), "http://127.0.0.1");
        // Only her phone can read it; it says there is news, never what or from whom.
        let message = phone.open(body);
        let lang = store.user_by_login_number(CLIENT_NUMBER).await.unwrap().unwrap().lang;
        let tr = i18n.translator(lang.as_deref().and_then(lotse_app::languages::Lang::parse).unwrap_or(lotse_app::languages::Lang::DE));
        let plain = |id: &str| lotse_app::i18n::without_isolates(&tr.t(id));
        assert_eq!(message["body"], plain("push-answer"));
        assert_eq!(message["title"], "Lotse");
        assert_eq!(message["url"], "/me/requests");
        let text = message.to_string();
        for personal in ["Amal", "Haddad", "Keller", "Brief", "Jobcenter", "Montag", "Wann"] {
            assert!(!text.contains(personal), "{personal} in {text}");
        }

        // Tomorrow's appointment is reminded of once, however often the round runs.
        let tomorrow_ten = lotse_server::time::to_unix(&common::day(1), 10, 0).unwrap();
        store
            .case(&guide)
            .create_appointment(
                &NewAppointment {
                    starts_at: tomorrow_ten,
                    duration_minutes: 30,
                    with_kind: "office".into(),
                    place_name: "Ausländerbehörde".into(),
                    address: None,
                    room: None,
                    contact_person: None,
                    contact_phone: None,
                    bring: String::new(),
                    interpreter_lang: None,
                    health: false,
                },
                None,
            )
            .await
            .unwrap()
            .unwrap();
        for _ in 0..2 {
            lotse_server::push::reminders::queue(&store, &pusher, today()).await.unwrap();
        }
        // It goes in the evening before (the deadline whose reminder time has come goes now).
        let evening = lotse_server::time::to_unix(&common::day(0), 18, 0).unwrap();
        let queued = store.queued_pushes(amal_user).await.unwrap();
        let kinds: Vec<_> = queued.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(kinds, ["push-appointment-tomorrow", "push-deadline-soon"], "{queued:?}");
        assert_eq!(queued[0].1, evening);
        pusher.deliver(&store, &i18n, 50).await.unwrap();
        let received = got.lock().unwrap().clone();
        let reminded: Vec<_> = received[1..].iter().map(|(_, _, body)| phone.open(body)).collect();
        assert_eq!(reminded.len(), 1, "{reminded:?}");
        assert_eq!(reminded[0]["body"], plain("push-deadline-soon"));
        assert_eq!(store.queued_pushes(amal_user).await.unwrap().len(), 1, "the appointment's waits");

        // A date of a group she takes part in is cancelled: she and the volunteer on
        // shift hear of it; the push opens the group's page.
        let group = store
            .create_group(
                lotse_app::domain::MunicipalityId(1),
                &GroupFacts {
                    category: "crafts".into(),
                    target_group: "women".into(),
                    address: "Gemeindehaus".into(),
                    capacity: 6,
                    shift_needs: vec![("lead".into(), 1)],
                    ..GroupFacts::default()
                },
                &GroupText { title: "Nähcafé".into(), description: "Nähen".into() },
                true,
                None,
            )
            .await
            .unwrap();
        let braun_user = store.user_by_email(VOLUNTEER).await.unwrap().unwrap().user_id();
        store.add_group_volunteer(group, braun_user).await.unwrap();
        let session = store
            .add_session(group, today() + chrono::Duration::days(2), NaiveTime::from_hms_opt(18, 0, 0).unwrap(), 120)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(amal.post(&format!("/groups/{group}/join"), &[]).await.status, StatusCode::SEE_OTHER);
        let mut braun = Client::new(app.clone());
        sign_in_staff(&mut braun, VOLUNTEER).await;
        braun.post(&format!("/volunteer/shifts/{session}/take"), &[("role", "lead")]).await;
        let volunteer_phone = Browser::new(format!("{origin}/push/braun"));
        assert_eq!(subscribe(&mut braun, &volunteer_phone).await, StatusCode::NO_CONTENT);
        let mut hoffmann = Client::new(app.clone());
        sign_in_staff(&mut hoffmann, COORDINATOR).await;
        let version = store.session_of_group(group, session).await.unwrap().unwrap().version.to_string();
        let r = hoffmann
            .post(&format!("/groups/manage/{group}/sessions/{session}/cancel"), &[("reason", "Raum belegt"), ("version", &version)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let before = got.lock().unwrap().len();
        assert_eq!(pusher.deliver(&store, &i18n, 50).await.unwrap(), 2);
        // (The appointment's reminder still waits for the evening.)
        let received = got.lock().unwrap()[before..].to_vec();
        let to_amal = received.iter().find(|(p, _, _)| p == "amal").map(|(_, _, b)| phone.open(b)).unwrap();
        assert_eq!(to_amal["body"], plain("push-group-date-cancelled"));
        assert_eq!(to_amal["url"], format!("/groups/{group}"));
        let to_braun = received.iter().find(|(p, _, _)| p == "braun").map(|(_, _, b)| volunteer_phone.open(b)).unwrap();
        assert!(!to_braun.to_string().contains("Raum belegt") && !to_braun.to_string().contains("Nähcafé"));
        assert_eq!(to_braun["url"], "/volunteer/shifts");

        // A group with one seat: Amal has it, another client waits. Amal leaves; the
        // one waiting has the seat and hears of it on her phone.
        let small = store
            .create_group(
                lotse_app::domain::MunicipalityId(1),
                &GroupFacts {
                    category: "language".into(),
                    target_group: "women".into(),
                    address: "Gemeindehaus".into(),
                    capacity: 1,
                    ..GroupFacts::default()
                },
                &GroupText { title: "Sprachcafé".into(), description: "Deutsch üben".into() },
                true,
                None,
            )
            .await
            .unwrap();
        assert_eq!(amal.post(&format!("/groups/{small}/join"), &[]).await.status, StatusCode::SEE_OTHER);
        let other_client = ClientId(
            common::client_ids_of(&store, KELLER).await.into_iter().find(|c| *c != haddad.0).unwrap(),
        );
        let waiting_user = store.client_user(other_client).await.unwrap().unwrap();
        store.join_group(other_client, small, false, waiting_user).await.unwrap();
        let waiting_phone = Browser::new(format!("{origin}/push/waiting"));
        let form = waiting_phone.form();
        let sub = lotse_server::db::push::NewSubscription { endpoint: &form[0].1, p256dh: &form[1].1, auth: &form[2].1 };
        store.save_push_subscription(waiting_user, &sub, "their-session").await.unwrap();
        assert_eq!(amal.post(&format!("/groups/{small}/leave"), &[]).await.status, StatusCode::SEE_OTHER);
        let before = got.lock().unwrap().len();
        pusher.deliver(&store, &i18n, 50).await.unwrap();
        let seat = got.lock().unwrap()[before..]
            .iter()
            .find(|(p, _, _)| p == "waiting")
            .map(|(_, _, b)| waiting_phone.open(b))
            .expect("the one waiting hears of her seat");
        assert_eq!(seat["url"], format!("/groups/{small}"));
        assert_eq!(seat["tag"], "push-seat");

        // A subscription the push service no longer knows ends here too.
        let dropped = Browser::new(format!("{origin}/push/gone"));
        assert_eq!(subscribe(&mut braun, &dropped).await, StatusCode::NO_CONTENT);
        assert_eq!(store.push_subscription_count(braun_user).await.unwrap(), 2);
        pusher.tell(&store, braun_user, lotse_server::push::Push::ShiftTomorrow).await.unwrap();
        pusher.deliver(&store, &i18n, 50).await.unwrap();
        assert_eq!(store.push_subscription_count(braun_user).await.unwrap(), 1);
        // Every session of an account ended (a lost phone, a new password): its
        // notifications end with them.
        store.delete_user_sessions(braun_user).await.unwrap();
        assert_eq!(store.push_subscription_count(braun_user).await.unwrap(), 0);

        // Amal signs out on her phone: nothing more reaches it.
        assert!(amal.post("/signout", &[]).await.status.is_redirection());
        assert_eq!(store.push_subscription_count(amal_user).await.unwrap(), 0);
        let before = got.lock().unwrap().len();
        ask(&store, &own, "Noch eine Frage").await;
        let rid = store.case(&guide).requests().await.unwrap().iter().map(|q| q.id).max().unwrap();
        keller.post(&format!("/cases/{}/requests/{rid}", haddad.0), &[("answer", "Ja")]).await;
        assert_eq!(pusher.deliver(&store, &i18n, 50).await.unwrap(), 0);
        assert_eq!(got.lock().unwrap().len(), before);
    }
);

both_backends!(seeded
    a_push_caused_at_night_waits_for_the_morning,
    |store: Store| async move {
        let (origin, got) = receiver().await;
        let app = common::app_with(store.clone(), settings_for(&origin)).await;
        let mut amal = Client::new(app.clone());
        sign_in_client(&mut amal, CLIENT_NUMBER, CLIENT_PIN).await;
        let phone = Browser::new(format!("{origin}/push/amal"));
        assert_eq!(subscribe(&mut amal, &phone).await, StatusCode::NO_CONTENT);
        // Quiet hours around the tests' 10:00: what is caused now waits until 12:00.
        let mut settings = Settings::for_tests("unused");
        settings_for(&origin)(&mut settings);
        settings.push_quiet_hours = QuietHours::parse("9-12");
        let quiet = Pusher::start(&store, &settings).await.unwrap();
        let haddad = ClientId(client_named(&store, "Haddad").await);
        quiet.tell_client(&store, haddad, lotse_server::push::Push::Answer).await.unwrap();
        let i18n = lotse_app::i18n::I18n::load().unwrap();
        assert_eq!(quiet.deliver(&store, &i18n, 50).await.unwrap(), 0);
        assert!(got.lock().unwrap().is_empty());
    }
);
