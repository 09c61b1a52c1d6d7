//! The demo's complaints in Talheim: who handles what (group offers: the volunteer
//! coordinator; the app: the data-protection officer; the rest: the coordinators), an
//! anonymous complaint from a resident that is late (its code is among the demo sign-ins),
//! a client's suggestion answered, and a volunteer's praise closed.

use crate::db::complaints::{Desk, NewComplaint, Sent};
use crate::db::{DbResult, Store};
use lotse_app::complaints::{FeedbackAbout, FeedbackKind, FeedbackStatus, Sender};
use lotse_app::domain::UserId;

/// The resident's code (letters of `CODE_ALPHABET`), printed with the demo sign-ins.
pub const DEMO_CODE: &str = "WART2345";

pub async fn demo(store: &Store) -> DbResult<()> {
    let Some(talheim) = store
        .municipalities(None)
        .await?
        .into_iter()
        .find(|m| m.name == "Talheim")
        .map(|m| lotse_app::domain::MunicipalityId(m.id))
    else {
        return Ok(());
    };
    let staff = |email: &'static str| async move {
        Ok::<_, crate::db::DbError>(store.user_by_email(email).await?.map(|u| u.user_id()))
    };
    store
        .set_complaint_handlers(
            talheim,
            &[
                (FeedbackAbout::Group, staff("n.schaefer@talheim.example").await?),
                (FeedbackAbout::Lotse, staff("datenschutz@talheim.example").await?),
            ],
        )
        .await?;
    let hash = |code: &str| crate::auth::credentials::token_hash(code);
    let message =
        |key: &str, kind, about, text: &str, body: &str, sender, user: Option<UserId>, lang: &str| {
            NewComplaint {
                municipality: talheim,
                kind,
                about,
                about_text: text.into(),
                about_user: None,
                body: body.into(),
                sender,
                sender_user: user,
                contact: String::new(),
                lang: lang.into(),
                code_hash: hash(&format!("demo-{key}")),
                client_key: format!("demo-{key}"),
            }
        };
    let mut resident = message(
        "resident",
        FeedbackKind::Complaint,
        FeedbackAbout::Office,
        "Ausländerbehörde",
        "Ich habe drei Wochen auf einen Termin gewartet und wurde am Schalter unfreundlich behandelt.",
        Sender::Resident,
        None,
        "de",
    );
    resident.code_hash = hash(DEMO_CODE);
    if let Sent::New(id) = store.send_complaint(&resident).await? {
        // Came eight days ago and nobody acknowledged it: late.
        store.backdate_complaint(id, 8).await?;
    }
    let amal = store
        .user_by_login_number(super::CLIENT_NUMBER)
        .await?
        .map(|u| u.user_id());
    let suggestion = message(
        "amal",
        FeedbackKind::Suggestion,
        FeedbackAbout::Service,
        "Sprachcafé",
        "يا ريت يكون في مقهى اللغة وقت بعد الظهر للأمهات.",
        Sender::Client,
        amal,
        "ar",
    );
    let praise = message(
        "volunteer",
        FeedbackKind::Praise,
        FeedbackAbout::Group,
        "Fahrradwerkstatt",
        "Die Zusammenarbeit in der Fahrradwerkstatt klappt sehr gut.",
        Sender::Volunteer,
        staff("p.braun@talheim.example").await?,
        "de",
    );
    let Some(coordinator) = staff("m.hoffmann@talheim.example").await? else {
        return Ok(());
    };
    let desk = Desk {
        municipality: talheim,
        user: coordinator,
        all: true,
    };
    for (new, status, answer, days) in [
        (
            suggestion,
            FeedbackStatus::Answered,
            "شكرًا على فكرتك. من الشهر القادم يفتح مقهى اللغة أيضًا يوم الأربعاء الساعة 3 بعد الظهر.",
            12,
        ),
        (
            praise,
            FeedbackStatus::Closed,
            "Vielen Dank, das geben wir gern weiter!",
            20,
        ),
    ] {
        if let Sent::New(id) = store.send_complaint(&new).await? {
            store.handle_complaint(desk, id, 1, status, answer).await?;
            store.backdate_complaint(id, days).await?;
        }
    }
    Ok(())
}
