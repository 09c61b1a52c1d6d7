//! The local network: actors kept by the coordination and listed publicly where they
//! agree (in the reader's language once a translation is published), partner accounts
//! that reach only their own entry, and the resource exchange (proposals by topic,
//! district and period, two-sided confirmation, what was exchanged, expiry, the board).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, COORDINATOR, DEMIR, WEBER};
use lotse_app::domain::MunicipalityId;
use lotse_server::db::Store;
use lotse_server::seed::network::PARTNER_EMAIL;

const TALHEIM: MunicipalityId = MunicipalityId(1);

async fn actor_named(store: &Store, name: &str) -> i64 {
    store
        .actors(TALHEIM, &Default::default(), 1, 1000)
        .await
        .unwrap()
        .0
        .into_iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no demo actor {name}"))
        .id
}

async fn post_titled(url: &str, title: &str) -> i64 {
    common::query_i64(
        url,
        &format!("SELECT id FROM exchange_posts WHERE title = '{title}'"),
    )
    .await
}

fn welcome_path(body: &str) -> Option<String> {
    let at = body.find("/welcome/")?;
    let token: String = body[at + 9..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Some(format!("/welcome/{token}"))
}

async fn in_language(c: &mut Client, lang: &str) {
    let r = c.post("/lang", &[("lang", lang), ("return_to", "/actors")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

fn day(n: i64) -> String {
    lotse_server::time::add_days(&lotse_server::time::today_iso(), n).unwrap()
}

both_backends!(seeded_url
    actors_are_kept_by_the_coordination_and_listed_publicly_where_they_agree,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        let list = coordinator.get("/network").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("Sprachbrücke Talheim e.V.") && list.body.contains("href=\"/network/actors/new\""));
        // Only Talheim's: Bergfeld's club is not in the list.
        assert!(!list.body.contains("Freundeskreis Asyl Bergfeld"));
        // A filter by kind.
        let faith = coordinator.get("/network?kind=faith").await.body;
        assert!(faith.contains("Moscheeverein Talheim") && !faith.contains("TSV Talheim"));

        // A guide reads the list (to know whom to call) but changes nothing.
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let read = guide.get("/network").await;
        assert_eq!(read.status, StatusCode::OK);
        assert!(read.body.contains("TSV Talheim") && !read.body.contains("/network/actors/new"));
        let tsv = actor_named(&store, "TSV Talheim").await;
        assert_eq!(guide.get(&format!("/network/actors/{tsv}")).await.status, StatusCode::FORBIDDEN);

        // A new actor: what is wrong is said at the field, and what was typed stays.
        let r = coordinator
            .post("/network/actors", &[("name", "Nähcafé Oberdorf"), ("kind", "club"), ("website", "javascript:alert(1)")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("value=\"Nähcafé Oberdorf\"") && r.body.contains("https://"), "{}", r.body);
        let r = coordinator
            .post(
                "/network/actors",
                &[
                    ("name", "Nähcafé Oberdorf"),
                    ("kind", "club"),
                    ("about", "Nähen und Reparieren, jeden Mittwoch."),
                    ("languages", "de"),
                    ("languages", "ar"),
                    ("languages", "xx"),
                    ("website", "https://naehcafe.example"),
                    ("public", "on"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let new_id = actor_named(&store, "Nähcafé Oberdorf").await;
        let full = store.actor(TALHEIM, new_id).await.unwrap().unwrap();
        assert_eq!(full.actor.languages, " ar de ", "unknown codes are dropped");

        // The public list: agreed actors only, without sign-in.
        let mut anyone = Client::new(app.clone());
        in_language(&mut anyone, "de").await;
        let public = anyone.get("/actors").await;
        assert_eq!(public.status, StatusCode::OK);
        assert!(public.body.contains("Sprachbrücke Talheim e.V.") && public.body.contains("Nähcafé Oberdorf"));
        assert!(!public.body.contains("Moscheeverein Talheim"), "not agreed: not listed");
        assert!(public.body.contains("href=\"https://naehcafe.example\""));
        // Its places in the directory are linked.
        let diakonie = actor_named(&store, "Diakonie Talheim – Migrationsberatung").await;
        let office = store.actor(TALHEIM, diakonie).await.unwrap().unwrap().offices[0].0;
        assert!(public.body.contains(&format!("href=\"/offices/{office}\"")));
        // One municipality: Bergfeld's only.
        let bergfeld = anyone.get("/actors?m=2").await.body;
        assert!(bergfeld.contains("Freundeskreis Asyl Bergfeld") && !bergfeld.contains("TSV Talheim"));

        // In Arabic: the club's published translation; others in German, marked so.
        let mut reader = Client::new(app.clone());
        in_language(&mut reader, "ar").await;
        let ar = reader.get("/actors").await.body;
        assert!(ar.contains("مقهى لغة"), "{ar}");
        assert!(ar.contains("<p lang=\"de\" dir=\"auto\">Migrationsberatung für Erwachsene"), "{ar}");

        // A translation is a draft until published, and outdated when the German changes.
        let text = format!("/network/actors/{diakonie}/texts/ar");
        assert_eq!(coordinator.get(&text).await.status, StatusCode::OK);
        let r = coordinator
            .post(&text, &[("version", "0"), ("about", "استشارة الهجرة للبالغين."), ("audience", "")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(!reader.get("/actors").await.body.contains("استشارة الهجرة للبالغين."), "a draft is not shown");
        let version = store.actor(TALHEIM, diakonie).await.unwrap().unwrap().text("ar").unwrap().version;
        let r = coordinator
            .post(&text, &[("version", &version.to_string()), ("about", "استشارة الهجرة للبالغين."), ("published", "on")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(reader.get("/actors").await.body.contains("استشارة الهجرة للبالغين."));
        // The same stale version again: refused, what was typed kept beside theirs.
        let r = coordinator
            .post(&text, &[("version", &version.to_string()), ("about", "نص آخر"), ("published", "on")])
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("نص آخر") && r.body.contains("data-testid=\"their-version\""));

        let edit = format!("/network/actors/{diakonie}");
        let page = coordinator.get(&edit).await.body;
        let actor_version = common::input_value(&page, "version").unwrap();
        assert!(page.contains("veröffentlicht"));
        let r = coordinator
            .post(
                &edit,
                &[
                    ("version", actor_version.as_str()),
                    ("name", "Diakonie Talheim – Migrationsberatung"),
                    ("kind", "provider"),
                    ("about", "Migrationsberatung für Erwachsene, jetzt auch samstags."),
                    ("public", "on"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = coordinator.get(&edit).await.body;
        assert!(page.contains("veraltet"), "the Arabic text was made from the old German");
        assert!(coordinator.get(&text).await.body.contains("data-testid=\"outdated-notice\""));
        // The form opened before that save is refused, not silently applied.
        let r = coordinator
            .post(&edit, &[("version", actor_version.as_str()), ("name", "Überschrieben"), ("kind", "provider")])
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("value=\"Überschrieben\""));

        // Another municipality's coordination finds nothing of Talheim's.
        let bergfeld_coordination = common::exec_sql(
            &url,
            "INSERT INTO users (role, display_name, email, password_hash, municipality_id, created_at) \
             SELECT 'coordinator', 'Koordination Bergfeld', 'k@bergfeld.example', password_hash, 2, 1 FROM users \
             WHERE email = 'm.hoffmann@talheim.example'",
        );
        bergfeld_coordination.await;
        let mut other = Client::new(app.clone());
        sign_in_staff(&mut other, "k@bergfeld.example").await;
        assert_eq!(other.get(&edit).await.status, StatusCode::NOT_FOUND);
        assert_eq!(other.get(&text).await.status, StatusCode::NOT_FOUND);
    }
);

both_backends!(seeded_url a_partner_account_reaches_only_its_own_entry, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let tsv = actor_named(&store, "TSV Talheim").await;
    let page = format!("/network/actors/{tsv}");
    let invite = format!("{page}/partners");
    let r = coordinator.post(&invite, &[("name", "Frank Maier"), ("email", "kein-at")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"Frank Maier\""));
    // An address that already has an account is refused.
    let r = coordinator.post(&invite, &[("name", "Frank Maier"), ("email", PARTNER_EMAIL)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator.post(&invite, &[("name", "Frank Maier"), ("email", "f.maier@tsv.example")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let shown = coordinator.get(&page).await.body;
    let link = welcome_path(&shown).expect("the link, shown once");
    assert!(shown.contains("data-testid=\"invite-link\""));
    assert!(welcome_path(&coordinator.get(&page).await.body).is_none(), "only once");
    assert!(store
        .mail_to("f.maier@tsv.example")
        .await
        .unwrap()
        .iter()
        .any(|m| m.body.contains(&link)));

    let mut partner = Client::new(app.clone());
    assert_eq!(partner.get(&link).await.status, StatusCode::OK);
    let r = partner.post(&link, &[("password", "ein langer guter Satz")]).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = partner
        .post("/signin/staff", &[("email", "f.maier@tsv.example"), ("password", "ein langer guter Satz")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location.as_deref(), Some("/network/mine"));
    let mine = partner.get("/network/mine").await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("TSV Talheim"));
    // Nothing else: not the network's lists, no case, no group planning, no other actor.
    for path in ["/network", "/network/exchange", "/network/exchange/board", "/cases", "/groups/manage", "/figures"] {
        let r = partner.get(path).await;
        let home = r.status == StatusCode::SEE_OTHER && r.location.as_deref() == Some("/network/mine");
        assert!(r.status == StatusCode::FORBIDDEN || r.status == StatusCode::NOT_FOUND || home, "{path}: {}", r.status);
    }
    assert_eq!(partner.get(&page).await.status, StatusCode::FORBIDDEN);
    // The top bar offers nothing beyond the own page.
    assert!(!mine.body.contains("href=\"/network\"") && !mine.body.contains("href=\"/cases\""));

    // The partner keeps the entry; links into the directory stay as the coordination set them.
    let version = common::input_value(&mine.body, "version").unwrap();
    let office = common::query_i64(&url, "SELECT MIN(id) FROM offices").await.to_string();
    let r = partner
        .post(
            "/network/mine",
            &[
                ("version", version.as_str()),
                ("name", "TSV Talheim 1898 e.V."),
                ("kind", "club"),
                ("about", "Fußball, Schwimmen, Frauensport; Probetraining jederzeit."),
                ("offices", office.as_str()),
                ("public", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let full = store.actor(TALHEIM, tsv).await.unwrap().unwrap();
    assert_eq!(full.actor.name, "TSV Talheim 1898 e.V.");
    assert_eq!(full.offices.len(), 1, "the demo's link, unchanged");
    assert_ne!(full.offices[0].0.to_string(), office);

    // A post of their own; another actor's post cannot be closed from here.
    let r = partner
        .post(
            "/network/mine/posts",
            &[("side", "offer"), ("topic", "rooms"), ("title", "Vereinsheim samstags vormittags"), ("district", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let own = post_titled(&url, "Vereinsheim samstags vormittags").await;
    assert_eq!(common::query_i64(&url, &format!("SELECT actor_id FROM exchange_posts WHERE id = {own}")).await, tsv);
    let church = post_titled(&url, "Gemeindesaal für 40 Personen, werktags abends").await;
    assert_eq!(partner.post(&format!("/network/mine/posts/{church}/close"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(partner.post(&format!("/network/mine/posts/{own}/close"), &[]).await.status, StatusCode::SEE_OTHER);

    // Ending the account ends its session.
    let user = store.user_by_email("f.maier@tsv.example").await.unwrap().unwrap().id;
    let r = coordinator.post(&format!("{page}/partners/{user}/end"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let after = partner.get("/network/mine").await;
    assert!(after.status == StatusCode::SEE_OTHER || after.status == StatusCode::UNAUTHORIZED, "{}", after.status);
});

both_backends!(seeded_url the_exchange_proposes_matches_that_both_sides_confirm, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let mut partner = Client::new(app.clone());
    sign_in_staff(&mut partner, PARTNER_EMAIL).await;
    // The club offers a room for the whole municipality.
    let r = partner
        .post(
            "/network/mine/posts",
            &[
                ("side", "offer"),
                ("topic", "rooms"),
                ("title", "Vereinsraum der Sprachbrücke"),
                ("details", "Für 15 Personen, nachmittags frei."),
                ("from_on", &day(1)),
                ("until_on", &day(40)),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let room = post_titled(&url, "Vereinsraum der Sprachbrücke").await;
    // The form says what is wrong and keeps what was typed.
    let r = partner
        .post(
            "/network/mine/posts",
            &[("side", "seek"), ("topic", "rooms"), ("title", "Zu spät"), ("from_on", &day(10)), ("until_on", &day(5))],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"Zu spät\"") && r.body.contains("Das Ende liegt vor dem Anfang."));

    // The coordination sees Lotse's proposals for the municipality's request.
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let request = post_titled(&url, "Raum für das Elterncafé, donnerstags 15–17 Uhr").await;
    let church = post_titled(&url, "Gemeindesaal für 40 Personen, werktags abends").await;
    let syrian = post_titled(&url, "Raum für arabischen Kinderunterricht, samstags").await;
    let page = coordinator.get(&format!("/network/exchange/{request}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("data-testid=\"proposal-{room}\"")), "{}", page.body);
    // Already matched with the church: not proposed again; Bergfeld's never.
    assert!(!page.body.contains(&format!("data-testid=\"proposal-{church}\"")));
    assert!(!page.body.contains(&format!("data-testid=\"proposal-{syrian}\"")));
    // A guide sees the proposals but does not match.
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, WEBER).await;
    let seen = guide.get(&format!("/network/exchange/{request}")).await.body;
    assert!(seen.contains(&format!("data-testid=\"proposal-{room}\"")) && !seen.contains("/match\""));
    assert_eq!(
        guide.post(&format!("/network/exchange/{request}/match"), &[("other", &room.to_string())]).await.status,
        StatusCode::FORBIDDEN
    );
    // A post of another municipality cannot be matched in.
    let r = coordinator.post(&format!("/network/exchange/{request}/match"), &[("other", &syrian.to_string())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = coordinator.post(&format!("/network/exchange/{request}/match"), &[("other", &room.to_string())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let again = coordinator.post(&format!("/network/exchange/{request}/match"), &[("other", &room.to_string())]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "a second try changes nothing");
    let id = common::query_i64(
        &url,
        &format!("SELECT id FROM exchange_matches WHERE offer_id = {room} AND seek_id = {request}"),
    )
    .await;
    assert_eq!(common::query_i64(&url, "SELECT COUNT(*) FROM exchange_matches WHERE offer_id IN (SELECT id FROM exchange_posts WHERE title = 'Vereinsraum der Sprachbrücke')").await, 1);
    let confirm = format!("/network/matches/{id}/confirm");

    // Each side confirms only for itself: the club has a partner account, so staff do
    // not confirm for it; the partner does not confirm for the municipality.
    assert_eq!(coordinator.post(&confirm, &[("side", "offer")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(partner.post(&confirm, &[("side", "seek")]).await.status, StatusCode::FORBIDDEN);
    let mine = partner.get("/network/mine").await.body;
    assert!(mine.contains(&format!("data-testid=\"match-{id}\"")) && mine.contains("Wartet auf Bestätigung"));
    assert!(!mine.contains("Martina Hoffmann"), "no contacts before both agreed");
    assert_eq!(partner.post(&confirm, &[("side", "offer")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(guide.post(&confirm, &[("side", "seek")]).await.status, StatusCode::SEE_OTHER);
    let mine = partner.get("/network/mine").await.body;
    assert!(mine.contains("Vereinbart"), "{mine}");
    assert!(mine.contains("Martina Hoffmann"), "the other side's contact after agreeing");
    // A Bergfeld guide finds no such match.
    let mut away = Client::new(app.clone());
    sign_in_staff(&mut away, DEMIR).await;
    assert_eq!(away.post(&confirm, &[("side", "seek")]).await.status, StatusCode::NOT_FOUND);

    // What was exchanged: the demo's church hall and this room.
    let exchange = coordinator.get("/network/exchange").await.body;
    assert!(exchange.contains("Vermittelt in den letzten 12 Monaten"));
    assert!(exchange.contains("<th scope=\"row\">Räume</th><td>2</td>"), "{exchange}");

    // The board: offers beside requests, open posts only.
    let board = coordinator.get("/network/exchange/board").await;
    assert_eq!(board.status, StatusCode::OK);
    assert!(board.body.contains("Wir bieten") && board.body.contains("Wir suchen"));
    assert!(board.body.contains("Vereinsraum der Sprachbrücke") && board.body.contains("Tafel Talheim"));

    // The coordination posts for an actor from the actor's page (the cultural club has
    // no account); a guide posts only for the municipality.
    let afghan = actor_named(&store, "Afghanischer Kulturverein Neckar").await.to_string();
    let actor_page = coordinator.get(&format!("/network/actors/{afghan}")).await.body;
    assert!(actor_page.contains(&format!("<input type=\"hidden\" name=\"actor\" value=\"{afghan}\"")));
    let r = coordinator
        .post("/network/exchange", &[("actor", afghan.as_str()), ("side", "offer"), ("topic", "know_how"), ("title", "Kulturabend für Teams")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let culture = post_titled(&url, "Kulturabend für Teams").await;
    assert_eq!(common::query_i64(&url, &format!("SELECT actor_id FROM exchange_posts WHERE id = {culture}")).await.to_string(), afghan);
    // Refused for an actor, what was typed comes back on the actor's page.
    let r = coordinator.post("/network/exchange", &[("actor", afghan.as_str()), ("side", "offer"), ("title", "Ohne Thema")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"Ohne Thema\"") && r.body.contains("Afghanischer Kulturverein Neckar"));
    let r = guide
        .post("/network/exchange", &[("actor", afghan.as_str()), ("side", "offer"), ("topic", "know_how"), ("title", "Nicht erlaubt")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = guide.post("/network/exchange", &[("side", "seek"), ("topic", "interpreters"), ("title", "Tigrinya am Montag")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let tigrinya = post_titled(&url, "Tigrinya am Montag").await;
    assert_eq!(common::query_i64(&url, &format!("SELECT COUNT(actor_id) FROM exchange_posts WHERE id = {tigrinya}")).await, 0);
    // Lists page in SQL: a page past the end shows the last one.
    let list = coordinator.get("/network/exchange?page=999").await;
    assert_eq!(list.status, StatusCode::OK);

    // A post past its last day leaves every list and every proposal.
    common::exec_sql(&url, &format!("UPDATE exchange_posts SET until_on = '{}' WHERE id = {room}", day(-1))).await;
    assert!(!coordinator.get("/network/exchange").await.body.contains(&format!("data-testid=\"post-{room}\"")));
    let seek = store.post(TALHEIM, request).await.unwrap().unwrap();
    let proposals = store.proposals(&seek, &lotse_server::time::today_iso()).await.unwrap();
    assert!(proposals.iter().all(|(p, _)| p.id != room));
    // A year later the janitor deletes it, with its match.
    let purged = store.purge_exchange_posts(&day(0)).await.unwrap();
    assert!(purged >= 1);
    assert_eq!(common::query_i64(&url, &format!("SELECT COUNT(*) FROM exchange_matches WHERE id = {id}")).await, 0);
});
