//! Linked households: two adults of one household, each with their own case, linked by
//! their guide; one note filed for both (each copy through that client's own access);
//! members whose case is with someone else counted, never named; health notes only where
//! the writer is the own guide; unlinking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{client_ids_of, sign_in_staff, Client, DEMIR, KELLER, WEBER};
use lotse_app::domain::ClientId;
use lotse_server::db::Store;

/// A note form as a guide posts it, with the household members to file it for too.
fn note<'a>(key: &'a str, topic: &'a str, field: &'a str, also: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("client_key", key),
        ("held_on", "2026-11-20"),
        ("topic", topic),
        ("field", field),
        ("body", "Gemeinsame Beratung der Familie."),
        ("also", also),
        ("follow_up_1", "Kita-Platz anfragen"),
        ("follow_up_actor_1", "guide"),
        ("follow_up_actor_2", "client"),
    ]
}

both_backends!(seeded
    a_guide_links_two_cases_and_files_one_note_for_both,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let mine = client_ids_of(&store, WEBER).await;
        let (a, b) = (mine[0], mine[1]);
        // The intake offers the guide's other open cases by name, never the case itself.
        let intake = guide.get(&format!("/cases/{a}/intake")).await.body;
        assert!(intake.contains(&format!("<option value=\"{b}\"")), "{intake}");
        assert!(!intake.contains(&format!("<option value=\"{a}\"")));
        let others = mine.iter().filter(|id| intake.contains(&format!("<option value=\"{id}\""))).count();
        assert_eq!(others, mine.len() - 1, "each of the guide's other cases once");

        // Nothing chosen: the form says so, and nothing is linked.
        let r = guide.post(&format!("/cases/{a}/household"), &[("member", "")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Bitte wählen Sie eine Person aus Ihren Fällen"));
        // Someone else's client cannot be linked (not found), nor the case itself.
        let theirs = client_ids_of(&store, DEMIR).await[0].to_string();
        assert_eq!(guide.post(&format!("/cases/{a}/household"), &[("member", theirs.as_str())]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(guide.post(&format!("/cases/{a}/household"), &[("member", a.to_string().as_str())]).await.status, StatusCode::NOT_FOUND);

        let r = guide.post(&format!("/cases/{a}/household"), &[("member", b.to_string().as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location.as_deref(), Some(format!("/cases/{a}/intake#household").as_str()));
        let intake = guide.get(&format!("/cases/{b}/intake")).await;
        assert!(intake.body.contains(&format!("href=\"/cases/{a}\"")), "b's household names a");
        // Both cases' access logs say the household changed.
        for c in [a, b] {
            let log = store.access_log_for_client(ClientId(c), 20).await.unwrap();
            assert!(log.iter().any(|l| l.action == "update" && l.detail == "household"), "{c}: {log:?}");
        }

        // One note for both: each case gets its copy; the follow-up joins only a's plan.
        let notes = guide.get(&format!("/cases/{a}/notes")).await;
        assert!(notes.body.contains(&format!("id=\"f-also-{b}\"")));
        let r = guide
            .post(&format!("/cases/{a}/notes"), &note("familie-1", "Familienberatung Kita", "", &b.to_string()))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        for c in [a, b] {
            let page = guide.get(&format!("/cases/{c}/notes")).await;
            assert_eq!(page.body.matches("<h3>Familienberatung Kita</h3>").count(), 1, "{c}");
        }
        let plan_b = guide.get(&format!("/cases/{b}/plan")).await;
        assert!(!plan_b.body.contains("Kita-Platz anfragen"), "no follow-up in the copy");
        assert!(guide.get(&format!("/cases/{a}/plan")).await.body.contains("Kita-Platz anfragen"));
        // A retry of the same form lands nowhere twice.
        guide
            .post(&format!("/cases/{a}/notes"), &note("familie-1", "Familienberatung Kita", "", &b.to_string()))
            .await;
        assert_eq!(guide.get(&format!("/cases/{b}/notes")).await.body.matches("<h3>Familienberatung Kita</h3>").count(), 1);
        // An id that is not a linked member: not found, and nothing written.
        let r = guide
            .post(&format!("/cases/{a}/notes"), &note("familie-2", "Nicht verknüpft", "", &mine[2].to_string()))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!guide.get(&format!("/cases/{a}/notes")).await.body.contains("Nicht verknüpft"));

        // Unlinked: a household of one is none.
        let r = guide.post(&format!("/cases/{a}/household/{b}/unlink"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!guide.get(&format!("/cases/{b}/intake")).await.body.contains(&format!("href=\"/cases/{a}\"")));
        assert_eq!(guide.post(&format!("/cases/{a}/household/{b}/unlink"), &[]).await.status, StatusCode::NOT_FOUND);
    }
);

both_backends!(seeded
    a_member_with_another_guide_is_counted_not_named_and_health_stays_with_the_own_guide,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        // The team lead links one of her own clients with one of Weber's (same team).
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let hers = client_ids_of(&store, KELLER).await[0];
        let webers = client_ids_of(&store, WEBER).await[0];
        let r = lead.post(&format!("/cases/{hers}/household"), &[("member", webers.to_string().as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // A health note for both: the lead is not Weber's client's own guide. Refused
        // with the reason, what was typed kept, nothing written to either case.
        let r = lead
            .post(&format!("/cases/{hers}/notes"), &note("gesund-1", "Arzttermin Familie", "health", &webers.to_string()))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Gesundheitsnotizen nur für Personen") && r.body.contains("value=\"Arzttermin Familie\""));
        assert!(!lead.get(&format!("/cases/{hers}/notes")).await.body.contains("Arzttermin Familie"));

        // Weber cannot open the lead's client: on his case the member is counted only.
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let intake = guide.get(&format!("/cases/{webers}/intake")).await;
        assert!(intake.body.contains("Ein weiteres Haushaltsmitglied wird von einer anderen Begleitung betreut"));
        assert!(!intake.body.contains(&format!("href=\"/cases/{hers}\"")));
        let notes = guide.get(&format!("/cases/{webers}/notes")).await;
        assert!(!notes.body.contains("f-also-"), "nothing to file for");
        // Nor can he unlink it.
        assert_eq!(guide.post(&format!("/cases/{webers}/household/{hers}/unlink"), &[]).await.status, StatusCode::NOT_FOUND);
    }
);
