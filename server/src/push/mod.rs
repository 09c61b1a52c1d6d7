//! Notifications on the phone (Web Push: RFC 8030 delivery, RFC 8291 encryption, RFC
//! 8292 VAPID).
//!
//! A browser that a client or volunteer opted in on gives us a subscription: an address
//! at its push service (Google's, Mozilla's, Apple's, Microsoft's) and keys. When
//! something happens that the person should know (`Push`), a row per subscription goes
//! into the push outbox. Every minute, whichever instance claims a row encrypts a short
//! message for that browser and posts it to the push service, which wakes the phone; the
//! service worker shows it.
//!
//! What a notification says is what a locked screen may show: "You have a new message
//! from your guide", never what the message is, who sent it or where an appointment is.
//! The text is rendered when the push goes, in the person's language, and encrypted so
//! that only their browser can read it.

mod origin;
mod quiet;
pub mod reminders;

pub use origin::{Origin, KNOWN_SERVICES};
pub use quiet::QuietHours;

use crate::config::Settings;
use crate::db::push::{NewSubscription, PushRow};
use crate::db::{DbError, Store};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use lotse_app::domain::{ClientId, UserId};
use lotse_app::i18n::I18n;
use lotse_app::languages::Lang;
use std::sync::Arc;
use std::time::Duration;
use web_push_native::jwt_simple::algorithms::{ECDSAP256PublicKeyLike, ES256KeyPair};
use web_push_native::p256;
use web_push_native::{Auth, WebPushBuilder};

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("database: {0}")]
    Db(#[from] DbError),
    #[error("VAPID key: {0}")]
    Key(String),
    #[error("push client: {0}")]
    Client(String),
}

/// Something a person should hear of on their phone. Each names its message (the text
/// on the lock screen) and the page the notification opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Push {
    /// The guide answered one of the client's requests.
    Answer,
    /// The guide made a new appointment for the client.
    AppointmentNew,
    /// An appointment of the client was cancelled.
    AppointmentCancelled,
    /// The client has an appointment tomorrow.
    AppointmentTomorrow,
    /// One of the client's deadlines is close.
    DeadlineSoon,
    /// A date of a group the client takes part in was cancelled.
    GroupDateCancelled { group: i64 },
    /// A date of a group the client takes part in was moved.
    GroupDateMoved { group: i64 },
    /// The client moved up from the waiting list and has a seat.
    Seat { group: i64 },
    /// A date the volunteer has a shift on was cancelled.
    ShiftCancelled,
    /// A date the volunteer has a shift on was moved.
    ShiftMoved,
    /// The volunteer has a shift tomorrow.
    ShiftTomorrow,
}

impl Push {
    /// The Fluent message of the notification's text.
    pub fn message(self) -> &'static str {
        match self {
            Push::Answer => "push-answer",
            Push::AppointmentNew => "push-appointment-new",
            Push::AppointmentCancelled => "push-appointment-cancelled",
            Push::AppointmentTomorrow => "push-appointment-tomorrow",
            Push::DeadlineSoon => "push-deadline-soon",
            Push::GroupDateCancelled { .. } => "push-group-date-cancelled",
            Push::GroupDateMoved { .. } => "push-group-date-moved",
            Push::Seat { .. } => "push-seat",
            Push::ShiftCancelled => "push-shift-cancelled",
            Push::ShiftMoved => "push-shift-moved",
            Push::ShiftTomorrow => "push-shift-tomorrow",
        }
    }

    /// Every kind, for the test that each has its text in every language.
    pub const MESSAGES: [&'static str; 11] = [
        "push-answer",
        "push-appointment-new",
        "push-appointment-cancelled",
        "push-appointment-tomorrow",
        "push-deadline-soon",
        "push-group-date-cancelled",
        "push-group-date-moved",
        "push-seat",
        "push-shift-cancelled",
        "push-shift-moved",
        "push-shift-tomorrow",
    ];

    /// The page the notification opens.
    pub fn url(self) -> String {
        match self {
            Push::Answer => "/me/requests".into(),
            Push::AppointmentNew | Push::AppointmentCancelled | Push::AppointmentTomorrow => {
                "/me/appointments".into()
            }
            Push::DeadlineSoon => "/me/deadlines".into(),
            Push::GroupDateCancelled { group } | Push::GroupDateMoved { group } | Push::Seat { group } => {
                format!("/groups/{group}")
            }
            Push::ShiftCancelled | Push::ShiftMoved | Push::ShiftTomorrow => "/volunteer/shifts".into(),
        }
    }
}

/// The installation's push sender: its VAPID key (shared by every instance through the
/// database), the services it may post to, its quiet hours and an HTTPS client.
pub struct Pusher {
    key: ES256KeyPair,
    public_key: String,
    contact: String,
    services: Vec<Origin>,
    quiet: QuietHours,
    http: reqwest::Client,
}

impl Pusher {
    /// Reads the VAPID key from the database, making one on the first start.
    pub async fn start(store: &Store, settings: &Settings) -> Result<Arc<Pusher>, PushError> {
        let candidate = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let stored = store
            .push_key_or(&URL_SAFE_NO_PAD.encode(candidate.to_bytes()))
            .await?;
        let bytes = URL_SAFE_NO_PAD
            .decode(stored.trim())
            .map_err(|e| PushError::Key(e.to_string()))?;
        let key = ES256KeyPair::from_bytes(&bytes).map_err(|e| PushError::Key(e.to_string()))?;
        let public_key = URL_SAFE_NO_PAD.encode(key.public_key().public_key().to_bytes_uncompressed());
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            // A push service answers; it never sends us elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| PushError::Client(e.to_string()))?;
        Ok(Arc::new(Pusher {
            key,
            public_key,
            contact: settings.push_contact.clone(),
            services: settings.push_services.clone(),
            quiet: settings.push_quiet_hours,
            http,
        }))
    }

    /// The VAPID public key the browser subscribes with (`applicationServerKey`).
    pub fn public_key(&self) -> &str {
        &self.public_key
    }

    /// Checks what a browser posted as its subscription: an address at a known push
    /// service, a P-256 public key and a 16-byte secret. None if anything is off.
    pub fn accepts<'a>(
        &self,
        endpoint: &'a str,
        p256dh: &'a str,
        auth: &'a str,
    ) -> Option<NewSubscription<'a>> {
        let url = url::Url::parse(endpoint).ok()?;
        if endpoint.len() > 1000 || !self.services.iter().any(|o| o.admits(&url)) {
            return None;
        }
        keys(p256dh, auth)?;
        Some(NewSubscription {
            endpoint,
            p256dh,
            auth,
        })
    }

    /// Queues `push` for every browser of `user`, held back through the quiet hours.
    pub async fn tell(&self, store: &Store, user: UserId, push: Push) -> Result<(), DbError> {
        self.tell_once(store, user, push, None, None).await
    }

    /// Queues `push` for the client's account.
    pub async fn tell_client(&self, store: &Store, client: ClientId, push: Push) -> Result<(), DbError> {
        if let Some(user) = store.client_user(client).await? {
            self.tell(store, user, push).await?;
        }
        Ok(())
    }

    /// Like [`Self::tell`], but once per browser for the same `dedupe_key`, and not before
    /// `earliest` (a reminder for tomorrow goes in the evening).
    pub async fn tell_once(
        &self,
        store: &Store,
        user: UserId,
        push: Push,
        dedupe_key: Option<&str>,
        earliest: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<(), DbError> {
        let now = crate::time::now_utc();
        let not_before = self.quiet.release(earliest.map_or(now, |e| e.max(now)));
        store
            .enqueue_push(user, push.message(), &push.url(), dedupe_key, not_before)
            .await?;
        Ok(())
    }

    /// Sends up to `limit` due pushes; returns how many the push services took. A push
    /// whose service is down is tried again next round; one whose subscription the
    /// service no longer knows (404, 410) ends that subscription.
    pub async fn deliver(&self, store: &Store, i18n: &Arc<I18n>, limit: i64) -> Result<usize, PushError> {
        let mut sent = 0;
        for row in store.due_pushes(limit).await? {
            // Another instance may have read the same row: only the one that claims it sends.
            if !store.claim_push(row.id, row.attempts).await? {
                continue;
            }
            match self.send(i18n, &row).await {
                Ok(Sent::Taken) => {
                    store.push_sent(row.id, row.subscription_id).await?;
                    sent += 1;
                }
                Ok(Sent::Gone) => store.drop_push_subscription(row.subscription_id).await?,
                Err(e) => {
                    tracing::warn!("push {} not sent: {e}", row.id);
                    store.push_failed(row.id, &e).await?;
                }
            }
        }
        Ok(sent)
    }

    async fn send(&self, i18n: &Arc<I18n>, row: &PushRow) -> Result<Sent, String> {
        let url = url::Url::parse(&row.endpoint).map_err(|e| e.to_string())?;
        // The list of services may have shrunk since the browser subscribed.
        if !self.services.iter().any(|o| o.admits(&url)) {
            return Ok(Sent::Gone);
        }
        let Some((public, auth)) = keys(&row.p256dh, &row.auth) else {
            return Ok(Sent::Gone);
        };
        let lang = row.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::DE);
        let body = payload(i18n, lang, &row.kind, &row.url);
        let request = WebPushBuilder::new(row.endpoint.parse().map_err(|e| format!("{e}"))?, public, auth)
            // A reminder that arrives a day late is worse than none.
            .with_valid_duration(Duration::from_secs(12 * 3600))
            .with_vapid(&self.key, &self.contact)
            .build(body)
            .map_err(|e| format!("{e:?}"))?;
        let request = reqwest::Request::try_from(request).map_err(|e| e.to_string())?;
        let response = self.http.execute(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        match status {
            200..=299 => Ok(Sent::Taken),
            404 | 410 => Ok(Sent::Gone),
            _ => Err(format!("push service answered {status}")),
        }
    }
}

enum Sent {
    Taken,
    Gone,
}

/// The browser's public key (uncompressed P-256 point) and auth secret, base64url.
fn keys(p256dh: &str, auth: &str) -> Option<(p256::PublicKey, Auth)> {
    let public = URL_SAFE_NO_PAD.decode(p256dh.trim_end_matches('=')).ok()?;
    let public = p256::PublicKey::from_sec1_bytes(&public).ok()?;
    let auth = URL_SAFE_NO_PAD.decode(auth.trim_end_matches('=')).ok()?;
    (auth.len() == 16).then(|| (public, Auth::clone_from_slice(&auth)))
}

/// What the service worker receives: the lock-screen text in the person's language, and
/// where a tap leads. Nothing personal: no names, no places, no content.
pub fn payload(i18n: &Arc<I18n>, lang: Lang, kind: &str, url: &str) -> Vec<u8> {
    let tr = i18n.translator(lang);
    // Fluent's isolation marks keep "Lotse" in its direction on a page; a notification
    // is one line with its direction given (`dir`), and some phones draw the marks as
    // boxes, so they go, as in the calendar feed.
    let plain = |id: &str| lotse_app::i18n::without_isolates(&tr.t(id));
    serde_json::json!({
        "title": plain("app-name"),
        "body": plain(kind),
        "url": url,
        "tag": kind,
        "lang": lang.tag(),
        "dir": lang.dir(),
    })
    .to_string()
    .into_bytes()
}
