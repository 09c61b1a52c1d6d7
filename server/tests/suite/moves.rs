//! Moving caseloads: a team lead or coordinator moves some or all clients of a guide to
//! others of the same provider in one step, after a preview; each move is a handover;
//! the whole step lands or nothing does (also for 150 clients).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{client_ids_of, sign_in_staff, Client, COORDINATOR, DEMIR, KELLER, WEBER};
use lotse_app::domain::{MunicipalityId, Role, TeamId, UserId};
use lotse_server::db::clients::NewClient;
use lotse_server::db::moves::{Changed, Move};
use lotse_server::db::users::NewUser;
use lotse_server::db::Store;
use lotse_server::seed::STAFF_PASSWORD;

/// A new guide in Team Mitte (Caritas), who signs in with the demo password.
async fn new_guide(store: &Store, email: &str) -> (UserId, TeamId) {
    let weber = store.user_by_email(WEBER).await.unwrap().unwrap();
    let team = TeamId(weber.team_id.unwrap());
    let id = store
        .create_user(&NewUser {
            role: Some(Role::Guide),
            display_name: format!("Neu {email}"),
            email: Some(email.into()),
            password_hash: weber.password_hash.clone(),
            municipality_id: Some(MunicipalityId(1)),
            team_id: Some(team),
            ..Default::default()
        })
        .await
        .unwrap();
    (id, team)
}

both_backends!(seeded
    a_lead_previews_and_moves_a_caseload_in_one_step,
    |store: Store| async move {
        let (neu, _) = new_guide(&store, "neu@talheim.example").await;
        let weber = store.user_by_email(WEBER).await.unwrap().unwrap().id;
        let clients = client_ids_of(&store, WEBER).await;
        assert!(clients.len() >= 2);
        let app = common::app(store.clone()).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let page = lead.get("/cases/move").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Jonas Weber"));
        let page = lead.get(&format!("/cases/move?from={weber}")).await;
        assert!(page.body.contains(&format!("value=\"{}\"", neu.0)), "the new guide may receive");
        let keller = store.user_by_email(KELLER).await.unwrap().unwrap().id;
        assert!(!page.body.contains(&format!("id=\"f-to-{keller}\"")), "not the lead themselves");

        // Nothing chosen: the page says so.
        let r = lead.get(&format!("/cases/move?from={weber}&preview=1")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let query: String = clients.iter().map(|c| format!("&client={c}")).collect();
        let r = lead.get(&format!("/cases/move?from={weber}&preview=1&to={}{query}", neu.0)).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("data-testid=\"move-preview\""));
        assert!(r.body.contains("Gleiches Team"));
        let moves: Vec<String> = clients.iter().map(|c| format!("{c}:{}", neu.0)).collect();

        // To oneself: refused. A client who is not the giving guide's: nothing moves.
        let own = format!("{}:{keller}", clients[0]);
        let r = lead.post("/cases/move", &[("from", weber.to_string().as_str()), ("move", own.as_str())]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let stranger = client_ids_of(&store, DEMIR).await[0];
        let bad = format!("{stranger}:{}", neu.0);
        let mut form: Vec<(&str, &str)> = vec![("from", "")];
        let weber_s = weber.to_string();
        form[0].1 = weber_s.as_str();
        for m in &moves {
            form.push(("move", m.as_str()));
        }
        form.push(("move", bad.as_str()));
        let r = lead.post("/cases/move", &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(client_ids_of(&store, WEBER).await.len(), clients.len(), "all or nothing");
        form.pop();
        let r = lead.post("/cases/move", &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(client_ids_of(&store, WEBER).await.is_empty());
        let mut moved = client_ids_of(&store, "neu@talheim.example").await;
        let mut expected = clients.clone();
        moved.sort_unstable();
        expected.sort_unstable();
        assert_eq!(moved, expected);
        assert!(lead.get(&format!("/cases/move?from={weber}")).await.body.contains("Die Fälle sind übertragen"));
        // Each move is a handover on the record, and the new guide opens the case.
        let mut neu_c = Client::new(app.clone());
        let r = neu_c.post("/signin/staff", &[("email", "neu@talheim.example"), ("password", STAFF_PASSWORD)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let handover = neu_c.get(&format!("/cases/{}/handover", clients[0])).await;
        assert_eq!(handover.status, StatusCode::OK);
        assert!(handover.body.contains("Jonas Weber"), "the transfer is on record");

        // Who may: a coordinator in their municipality; a guide does not; Bergfeld is not theirs.
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        assert_eq!(coordinator.get("/cases/move").await.status, StatusCode::OK);
        let demir = store.user_by_email(DEMIR).await.unwrap().unwrap().id;
        assert_eq!(coordinator.get(&format!("/cases/move?from={demir}")).await.status, StatusCode::NOT_FOUND);
        let mut guide = Client::new(app);
        sign_in_staff(&mut guide, WEBER).await;
        assert_eq!(guide.get("/cases/move").await.status, StatusCode::FORBIDDEN);
    }
);

both_backends!(seeded
    a_caseload_of_150_moves_whole_or_not_at_all,
    |store: Store| async move {
        let (from, team) = new_guide(&store, "geht@talheim.example").await;
        let (to, _) = new_guide(&store, "bleibt@talheim.example").await;
        let mut clients = vec![];
        for i in 0..150 {
            clients.push(
                store
                    .create_client(&NewClient {
                        first_name: format!("Person{i}"),
                        last_name: "Umzug".into(),
                        birth_date: None,
                        preferred_lang: "ar".into(),
                        languages: vec!["ar".into()],
                        phone: None,
                        municipality: MunicipalityId(1),
                        login_number: format!("9{i:07}"),
                        guide: from,
                        team,
                    })
                    .await
                    .unwrap(),
            );
        }
        let keller = store.user_by_email(KELLER).await.unwrap().unwrap().user_id();
        let mut moves: Vec<Move> = clients.iter().map(|c| Move { client: *c, to_guide: to, to_team: team }).collect();
        // The last one is not the giving guide's: none of the 150 moves.
        let stranger = lotse_app::domain::ClientId(client_ids_of(&store, WEBER).await[0]);
        moves.push(Move { client: stranger, to_guide: to, to_team: team });
        let started = std::time::Instant::now();
        assert_eq!(store.move_caseload(from, &moves, keller, Role::Guide, "Test").await.unwrap(), Err(Changed));
        assert_eq!(store.open_clients_of(from).await.unwrap().len(), 150);
        moves.pop();
        assert_eq!(store.move_caseload(from, &moves, keller, Role::Guide, "Test").await.unwrap(), Ok(150));
        println!("moving 150 clients (refused once, then done): {:?}", started.elapsed());
        assert!(store.open_clients_of(from).await.unwrap().is_empty());
        assert_eq!(store.open_clients_of(to).await.unwrap().len(), 150);
    }
);
