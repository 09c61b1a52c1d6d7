//! Group offers on both databases: a series expanded into sessions, seats and the
//! waitlist under concurrent sign-ups (never overbooked, the longest waiting moves up),
//! shifts under concurrent sign-ups, and who may sign up at all.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use chrono::{NaiveTime, Weekday};
use common::{client_ids_of, exec_sql, query_strings, KELLER, VOLUNTEER, WEBER};
use lotse_app::domain::{ClientId, MunicipalityId, UserId};
use lotse_server::db::groups::{GroupFacts, GroupText, Joined, ShiftAsk, ShiftSignUp};
use lotse_server::db::Store;
use lotse_server::groups::schedule::{Repeat, Series};
use lotse_server::time::today;

const TALHEIM: MunicipalityId = MunicipalityId(1);

async fn language_cafe(store: &Store, capacity: i64) -> i64 {
    let facts = GroupFacts {
        category: "language_cafe".into(),
        target_group: "everyone".into(),
        capacity,
        contact_name: "Petra Braun".into(),
        shift_needs: vec![("lead".into(), 1), ("helper".into(), 1)],
        ..GroupFacts::default()
    };
    let text = GroupText {
        title: "Sprachcafé am Marktplatz".into(),
        description: "Deutsch sprechen bei Tee und Kuchen.".into(),
    };
    let id = store
        .create_group(TALHEIM, &facts, &text, true, None)
        .await
        .unwrap();
    let series = Series {
        repeat: Repeat::Weekly,
        weekday: Weekday::Tue,
        start: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
        minutes: 90,
        first: today(),
        last: None,
    };
    store.add_series(id, &series).await.unwrap();
    id
}

/// Every shift of the volunteer's groups from `from` on, in one page.
fn every_shift(user: UserId, from: i64) -> ShiftAsk {
    ShiftAsk {
        user,
        from,
        to: i64::MAX,
        open_only: false,
        limit: 100_000,
        offset: 0,
    }
}

async fn talheim_clients(store: &Store) -> Vec<ClientId> {
    let mut ids = client_ids_of(store, KELLER).await;
    ids.extend(client_ids_of(store, WEBER).await);
    let mut out = vec![];
    for id in ids {
        let scope = store.client_scope(ClientId(id)).await.unwrap().unwrap();
        if scope.municipality_id == TALHEIM.0 && !out.contains(&ClientId(id)) {
            out.push(ClientId(id));
        }
    }
    out
}

both_backends!(seeded
    seats_and_waitlist_under_concurrent_sign_ups,
    |store: Store| async move {
        let group = language_cafe(&store, 3).await;
        // A year of Tuesdays.
        let sessions = store.sessions(group, 0, 100).await.unwrap();
        assert!((52..=53).contains(&sessions.len()), "{}", sessions.len());

        let clients = talheim_clients(&store).await;
        assert!(clients.len() >= 8, "{}", clients.len());
        let keller = store.user_by_email(KELLER).await.unwrap().unwrap().user_id();
        // Eight sign-ups at once for three seats.
        let tasks: Vec<_> = clients[..8]
            .iter()
            .map(|c| {
                let store = store.clone();
                let c = *c;
                tokio::spawn(async move { store.join_group(c, group, false, keller).await.unwrap() })
            })
            .collect();
        let mut results = vec![];
        for t in tasks {
            results.push(t.await.unwrap());
        }
        let confirmed = results.iter().filter(|r| **r == Joined::Confirmed).count();
        assert_eq!(confirmed, 3, "{results:?}");
        let mut positions: Vec<i64> = results
            .iter()
            .filter_map(|r| match r {
                Joined::Waitlist(p) => Some(*p),
                _ => None,
            })
            .collect();
        positions.sort_unstable();
        assert_eq!(positions, vec![1, 2, 3, 4, 5], "each waiting place once");
        // Signing up twice changes nothing.
        assert_eq!(
            store.join_group(clients[0], group, false, keller).await.unwrap(),
            Joined::Already
        );

        // A seat freed: the one waiting longest moves up, and the count stays at three.
        let seated = clients[..8]
            .iter()
            .zip(&results)
            .find(|(_, r)| **r == Joined::Confirmed)
            .map(|(c, _)| *c)
            .unwrap();
        let first_waiting = clients[..8]
            .iter()
            .zip(&results)
            .find(|(_, r)| **r == Joined::Waitlist(1))
            .map(|(c, _)| *c)
            .unwrap();
        let left = store.leave_group(seated, group).await.unwrap().unwrap();
        assert_eq!(left.moved_up, Some(first_waiting));
        let cards = store.group_list(TALHEIM, "de", "en", "", 1000, 0).await.unwrap();
        let card = cards
            .iter()
            .find(|c| c.id == group)
            .unwrap_or_else(|| panic!("{group} not in {cards:?}"));
        assert_eq!(card.confirmed, 3);
        // Leaving from the waitlist frees no seat.
        let waiting = clients[..8]
            .iter()
            .zip(&results)
            .find(|(_, r)| **r == Joined::Waitlist(5))
            .map(|(c, _)| *c)
            .unwrap();
        assert_eq!(
            store.leave_group(waiting, group).await.unwrap().unwrap().moved_up,
            None
        );
        assert_eq!(
            store.leave_group(waiting, group).await.unwrap(),
            None,
            "gone already"
        );

        // A client of another municipality cannot join Talheim's offer.
        let bergfeld = common::client_ids_of(&store, common::DEMIR).await[0];
        assert_eq!(
            store
                .join_group(ClientId(bergfeld), group, false, keller)
                .await
                .unwrap(),
            Joined::NotFound
        );
    }
);

both_backends!(seeded shifts_are_never_overbooked, |store: Store| async move {
    let group = language_cafe(&store, 10).await;
    let braun = store.user_by_email(VOLUNTEER).await.unwrap().unwrap().user_id();
    let yilmaz = store
        .user_by_email("a.yilmaz@talheim.example")
        .await
        .unwrap()
        .unwrap()
        .user_id();
    let next = store.sessions(group, lotse_server::db::now(), 1).await.unwrap()[0].id;
    // Not a volunteer of the group yet: none of its shifts, no sign-up.
    assert!(store.shifts(&every_shift(braun, 0), "de")
        .await
        .unwrap()
        .iter()
        .all(|s| s.group_id != group));
    assert_eq!(
        store.sign_up_shift(braun, next, "helper").await.unwrap(),
        ShiftSignUp::NotAllowed
    );
    store.add_group_volunteer(group, braun).await.unwrap();
    store.add_group_volunteer(group, yilmaz).await.unwrap();
    let shifts = store.shifts(&every_shift(braun, 0), "de").await.unwrap();
    assert!(shifts
        .iter()
        .any(|s| s.session_id == next && s.role == "helper" && s.filled == 0));

    // Both want the one helper place at once: one gets it.
    let (a, b) = tokio::join!(
        store.sign_up_shift(braun, next, "helper"),
        store.sign_up_shift(yilmaz, next, "helper")
    );
    let mut got = [a.unwrap(), b.unwrap()];
    got.sort_by_key(|r| format!("{r:?}"));
    assert_eq!(got, [ShiftSignUp::Done, ShiftSignUp::Full]);
    let shifts = store.shifts(&every_shift(yilmaz, 0), "de").await.unwrap();
    let helper = shifts
        .iter()
        .find(|s| s.session_id == next && s.role == "helper")
        .unwrap();
    assert_eq!(helper.filled, 1);

    // One session, one role per volunteer; an unknown role is refused.
    let (winner, other): (UserId, UserId) = if helper.mine.is_some() {
        (yilmaz, braun)
    } else {
        (braun, yilmaz)
    };
    assert_eq!(
        store.sign_up_shift(winner, next, "lead").await.unwrap(),
        ShiftSignUp::Already
    );
    assert_eq!(
        store.sign_up_shift(other, next, "cook").await.unwrap(),
        ShiftSignUp::NotAllowed
    );
    // Cancelling frees the place; the hours until the session come back.
    let hours = store.cancel_shift(winner, next).await.unwrap().unwrap();
    assert!((0..=7 * 24).contains(&hours), "{hours}");
    assert_eq!(store.cancel_shift(winner, next).await.unwrap(), None);
    assert_eq!(
        store.sign_up_shift(other, next, "helper").await.unwrap(),
        ShiftSignUp::Done
    );
    // A cancelled session takes no sign-ups.
    let second = store.sessions(group, lotse_server::db::now(), 2).await.unwrap()[1].clone();
    assert!(store
        .cancel_session(group, second.id, "Feiertag", second.version)
        .await
        .unwrap());
    assert!(
        !store
            .cancel_session(group, second.id, "Feiertag", second.version)
            .await
            .unwrap(),
        "stale version"
    );
    assert_eq!(
        store.sign_up_shift(other, second.id, "lead").await.unwrap(),
        ShiftSignUp::NotAllowed
    );
});

async fn offer_titled(store: &Store, municipality: MunicipalityId, title: &str) -> i64 {
    store
        .group_list(municipality, "de", "en", "", 1000, 0)
        .await
        .unwrap()
        .into_iter()
        .find(|g| g.title == title)
        .unwrap_or_else(|| panic!("no offer {title}"))
        .id
}

both_backends!(seeded
    clients_sign_up_and_volunteers_take_shifts_over_http,
    |store: Store| async move {
        use axum::http::StatusCode;
        use common::{sign_in_client, sign_in_staff, Client};
        use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};
        let app = common::app(store.clone()).await;
        let cafe = offer_titled(&store, TALHEIM, "Sprachcafé in der Stadtbibliothek").await;
        let bergfeld = offer_titled(&store, MunicipalityId(2), "Sprachcafé Bergfeld").await;

        // Amal reads the offers in Arabic; the café is full, so she gets a waiting place.
        let mut amal = Client::new(app.clone());
        sign_in_client(&mut amal, CLIENT_NUMBER, CLIENT_PIN).await;
        let list = amal.get("/groups").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("lang=\"ar\""));
        assert!(list.body.contains(&format!("href=\"/groups/{cafe}\"")));
        assert!(
            !list.body.contains(&format!("href=\"/groups/{bergfeld}\"")),
            "only her municipality"
        );
        let page = amal.get(&format!("/groups/{cafe}")).await;
        assert!(page.body.contains("data-testid=\"join-form\""));
        let r = amal
            .post(&format!("/groups/{cafe}/join"), &[("share_first_name", "on")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = amal.get(&format!("/groups/{cafe}")).await;
        assert!(page.body.contains("data-testid=\"my-place\""));
        let amal_id = ClientId(common::client_named(&store, "Haddad").await);
        assert_eq!(
            store.participation(amal_id, cafe).await.unwrap(),
            Some(("waitlist".to_string(), 1))
        );
        // Guessing another municipality's offer: not found, nothing stored.
        assert_eq!(
            amal.get(&format!("/groups/{bergfeld}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            amal.post(&format!("/groups/{bergfeld}/join"), &[]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(store.participation(amal_id, bergfeld).await.unwrap(), None);
        // A client has no shifts page.
        let r = amal.get("/volunteer/shifts").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);

        // The volunteer: shifts of her groups, how many take part and first names of those
        // who agreed, never a last name or anything from a case.
        let mut braun = Client::new(app.clone());
        braun.accept_language = Some("de".into());
        sign_in_staff(&mut braun, VOLUNTEER).await;
        let shifts = braun.get("/volunteer/shifts").await;
        assert_eq!(shifts.status, StatusCode::OK);
        assert!(shifts.body.contains("Sprachcafé in der Stadtbibliothek"));
        let (count, names) = store.participants_for_volunteers(&[cafe]).await.unwrap().remove(&cafe).unwrap_or_default();
        assert_eq!(count, 6);
        assert!(
            !names.is_empty() && names.len() < 6,
            "only those who agreed: {names:?}"
        );
        for name in &names {
            assert!(shifts.body.contains(name.as_str()));
        }
        for last in ["Haddad", "Ahmadi", "Tesfay"] {
            assert!(!shifts.body.contains(last), "no last names ({last})");
        }
        // Amal waits, so she is not among the participants the volunteer sees.
        assert!(!names.contains(&"Amal".to_string()));
        // A volunteer cannot sign a client up or read case files.
        assert_eq!(
            braun.post(&format!("/groups/{cafe}/join"), &[]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_ne!(
            braun.get(&format!("/cases/{}", amal_id.0)).await.status,
            StatusCode::OK
        );

        // Take an open shift with one tap, then give it back; a Bergfeld session is not hers.
        let user = store.user_by_email(VOLUNTEER).await.unwrap().unwrap().user_id();
        let open = store.shifts(&every_shift(user, lotse_server::db::now()), "de")
            .await
            .unwrap()
            .into_iter()
            .find(|s| s.mine.is_none() && s.filled < s.needed)
            .expect("an open shift in the demo");
        let r = braun
            .post(
                &format!("/volunteer/shifts/{}/take", open.session_id),
                &[("role", open.role.as_str())],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let after = store.shifts(&every_shift(user, lotse_server::db::now()), "de")
            .await
            .unwrap();
        assert!(after
            .iter()
            .any(|s| s.session_id == open.session_id && s.mine.as_deref() == Some(open.role.as_str())));
        let r = braun
            .post(&format!("/volunteer/shifts/{}/cancel", open.session_id), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let elsewhere = store.sessions(bergfeld, 0, 1).await.unwrap()[0].id;
        braun
            .post(
                &format!("/volunteer/shifts/{elsewhere}/take"),
                &[("role", "lead")],
            )
            .await;
        assert!(store.shifts(&every_shift(user, 0), "de")
            .await
            .unwrap()
            .iter()
            .all(|s| s.session_id != elsewhere));
    }
);

/// The list as it must be: every published offer of the municipality (for the target
/// group, "" for all) with its next scheduled date from now on, soonest first, offers
/// without a date last, each by id where dates tie. Computed from the dates themselves.
async fn offers_as_computed(
    store: &Store,
    municipality: MunicipalityId,
    target: &str,
) -> Vec<(i64, Option<i64>, i64)> {
    let now = lotse_server::db::now();
    let mut out = vec![];
    for (id, _) in store.group_titles(municipality).await.unwrap() {
        let g = store.group(municipality, id).await.unwrap().unwrap();
        if !g.is_published() || (!target.is_empty() && g.group.target_group != target) {
            continue;
        }
        let next = store
            .sessions(id, now, 10_000)
            .await
            .unwrap()
            .into_iter()
            .filter(|s| s.status == "scheduled")
            .map(|s| s.starts_at)
            .min();
        out.push((id, next, store.seat_counts(id).await.unwrap().0));
    }
    out.sort_by_key(|(id, next, _)| (next.unwrap_or(i64::MAX), *id));
    out
}

/// Every page of the list, three offers a page, read until one says no more follow.
async fn offers_as_listed(
    store: &Store,
    municipality: MunicipalityId,
    target: &str,
) -> Vec<(i64, Option<i64>, i64)> {
    let mut out = vec![];
    for page in 0.. {
        let rows = store
            .group_list(municipality, "ar", "en", target, 4, page * 3)
            .await
            .unwrap();
        let more = rows.len() > 3;
        out.extend(rows.into_iter().take(3).map(|g| (g.id, g.next_at, g.confirmed)));
        if !more {
            break;
        }
    }
    out
}

async fn assert_listed_as_computed(store: &Store, step: &str) {
    for target in ["", "everyone", "women"] {
        assert_eq!(
            offers_as_listed(store, TALHEIM, target).await,
            offers_as_computed(store, TALHEIM, target).await,
            "{step}, target {target:?}"
        );
    }
}

both_backends!(seeded_url
    the_listed_offers_are_in_the_order_their_dates_give,
    |store: Store, url: String| async move {
        assert_listed_as_computed(&store, "the demo").await;
        // A weekly offer, one with two one-off dates, one with none, one not published.
        let weekly = language_cafe(&store, 10).await;
        let facts = GroupFacts {
            category: "women".into(),
            target_group: "women".into(),
            capacity: 8,
            ..GroupFacts::default()
        };
        let text = |t: &str| GroupText {
            title: t.into(),
            description: String::new(),
        };
        let one_offs = store.create_group(TALHEIM, &facts, &text("Frauentreff"), true, None).await.unwrap();
        let at = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
        store.add_session(one_offs, today() + chrono::Duration::days(10), at, 60).await.unwrap();
        store.add_session(one_offs, today() + chrono::Duration::days(3), at, 60).await.unwrap();
        let undated = store.create_group(TALHEIM, &facts, &text("Nähkurs"), true, None).await.unwrap();
        let draft = store.create_group(TALHEIM, &facts, &text("Entwurf"), false, None).await.unwrap();
        store.add_session(draft, today() + chrono::Duration::days(1), at, 60).await.unwrap();
        assert_listed_as_computed(&store, "new offers").await;
        let listed = offers_as_listed(&store, TALHEIM, "").await;
        assert!(listed.iter().any(|(id, next, _)| *id == undated && next.is_none()));
        assert!(listed.iter().all(|(id, _, _)| *id != draft), "a draft is not listed");

        // The next date cancelled, then the later one moved before every other.
        let next = store.sessions(one_offs, lotse_server::db::now(), 1).await.unwrap()[0].clone();
        assert!(store.cancel_session(one_offs, next.id, "krank", next.version).await.unwrap());
        assert_listed_as_computed(&store, "a date cancelled").await;
        let later = store.sessions(one_offs, lotse_server::db::now(), 5).await.unwrap();
        let later = later.iter().find(|s| s.status == "scheduled").unwrap();
        let soon = lotse_server::db::now() + 3600;
        assert!(store.move_session(one_offs, later.id, soon, "Raum frei", later.version).await.unwrap());
        assert_listed_as_computed(&store, "a date moved").await;
        assert_eq!(offers_as_listed(&store, TALHEIM, "").await[0], (one_offs, Some(soon), 0));

        // Time passes: the weekly offer's next date begins. What the offer kept is now
        // in the past (as after an hour of the clock), and the list reads the next week.
        let first = store.sessions(weekly, lotse_server::db::now(), 1).await.unwrap()[0].clone();
        let begun = lotse_server::db::now() - 60;
        exec_sql(&url, &format!(
            "UPDATE group_sessions SET starts_at = {begun} WHERE id = {}; UPDATE group_offers SET next_at = {begun} WHERE id = {weekly}",
            first.id
        )).await;
        assert_listed_as_computed(&store, "a date begun").await;
        let card = offers_as_listed(&store, TALHEIM, "").await.into_iter().find(|c| c.0 == weekly).unwrap();
        assert!(card.1.is_some_and(|n| n > begun + 86_400), "the next week's date: {card:?}");

        // A write lost between a date and its offer: the janitor's pass heals it.
        exec_sql(&url, &format!("UPDATE group_offers SET next_at = 9223372036854775807 WHERE id = {one_offs}")).await;
        store.recompute_next_dates().await.unwrap();
        assert_listed_as_computed(&store, "after the janitor").await;
    }
);

both_backends!(seeded_url shifts_come_a_page_at_a_time_and_open_ones_first, |store: Store, url: String| async move {
    let braun = store.user_by_email(VOLUNTEER).await.unwrap().unwrap().user_id();
    let yilmaz = store
        .user_by_email("a.yilmaz@talheim.example")
        .await
        .unwrap()
        .unwrap()
        .user_id();
    // Two groups whose dates need one lead each, and one that needs a lead and a helper.
    let mut groups = vec![];
    for needs in [vec![("lead".to_string(), 1)], vec![("lead".to_string(), 1)], vec![("lead".to_string(), 1), ("helper".to_string(), 1)]] {
        let facts = GroupFacts {
            category: "language_cafe".into(),
            target_group: "everyone".into(),
            capacity: 10,
            shift_needs: needs,
            ..GroupFacts::default()
        };
        let text = GroupText {
            title: "Sprachcafé".into(),
            description: String::new(),
        };
        let group = store.create_group(TALHEIM, &facts, &text, true, None).await.unwrap();
        let series = Series {
            repeat: Repeat::Weekly,
            weekday: Weekday::Wed,
            start: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
            minutes: 90,
            first: today(),
            last: None,
        };
        store.add_series(group, &series).await.unwrap();
        store.add_group_volunteer(group, braun).await.unwrap();
        store.add_group_volunteer(group, yilmaz).await.unwrap();
        groups.push(group);
    }
    // And a group of Braun's that needs no one: its dates are no shifts, and must not
    // take a page's places (the page is cut in dates before their roles are joined).
    let quiet = store
        .create_group(TALHEIM, &GroupFacts { category: "sport".into(), target_group: "everyone".into(), capacity: 10, ..GroupFacts::default() },
            &GroupText { title: "Lauftreff".into(), description: String::new() }, true, None)
        .await
        .unwrap();
    let series = Series { repeat: Repeat::Weekly, weekday: Weekday::Tue, start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(), minutes: 60, first: today(), last: None };
    store.add_series(quiet, &series).await.unwrap();
    store.add_group_volunteer(quiet, braun).await.unwrap();
    // Yilmaz leads every third date (full where a lead is all it needs); Braun has one.
    let now = lotse_server::db::now();
    let all = store.shifts(&every_shift(braun, now), "de").await.unwrap();
    assert!(!all.iter().any(|s| s.group_id == quiet), "a group that needs no one has no shifts");
    let mut dates: Vec<i64> = all.iter().map(|s| s.session_id).collect();
    dates.dedup();
    assert!(dates.len() > 20, "enough dates for pages: {}", dates.len());
    for session in dates.iter().step_by(3) {
        store.sign_up_shift(yilmaz, *session, "lead").await.unwrap();
    }
    store.sign_up_shift(braun, dates[3], "helper").await.unwrap();
    store.sign_up_shift(braun, dates[4], "lead").await.unwrap();
    // Sign-ups taken back count for nobody: Braun's on one date, Yilmaz's on the last
    // date of the group that needs a helper (where Braun then takes the place). Which
    // places are free depends on the weekday the test runs on (and the demo's own
    // sign-ups): they are looked up, not assumed.
    let now_listed = store.shifts(&every_shift(braun, now), "de").await.unwrap();
    // The group's last date nobody has signed up for yet, in any role.
    let untouched = |group: i64| {
        now_listed
            .iter()
            .rev()
            .filter(|r| r.group_id == group)
            .map(|r| r.session_id)
            .find(|s| now_listed.iter().all(|r| r.session_id != *s || (r.filled == 0 && r.mine.is_none())))
            .unwrap()
    };
    let (lead_date, helper_date) = (untouched(groups[0]), untouched(groups[2]));
    for (who, session, role, cancel) in [
        (braun, lead_date, "lead", true),
        (yilmaz, helper_date, "helper", true),
        (braun, helper_date, "helper", false),
    ] {
        let signed = store.sign_up_shift(who, session, role).await.unwrap();
        assert!(matches!(signed, ShiftSignUp::Done), "{role} on {session}: {signed:?}");
        if cancel {
            store.cancel_shift(who, session).await.unwrap();
        }
    }
    // One group has a published Arabic title, another only a draft one.
    for (group, published) in [(groups[0], true), (groups[1], false)] {
        let text = GroupText {
            title: "مقهى اللغة".into(),
            description: String::new(),
        };
        assert!(store.save_group_text(group, "ar", 0, &text, published, None).await.unwrap());
    }
    // The page's statement against the plain one it replaced (a subquery per date and
    // role for the count, the person's own sign-up and the title).
    for lang in ["de", "ar"] {
        let read: Vec<String> = store
            .shifts(&every_shift(braun, now), lang)
            .await
            .unwrap()
            .into_iter()
            .map(|r| format!("{}|{}|{}|{}|{}|{}|{}", r.session_id, r.role, r.needed, r.filled, r.mine.unwrap_or("-".into()), r.title, r.group_id))
            .collect();
        let reference = query_strings(&url, &format!(
            "SELECT s.id || '|' || n.role || '|' || n.needed || '|' || \
             (SELECT COUNT(*) FROM shift_signups u WHERE u.session_id = s.id AND u.role = n.role AND u.cancelled_at IS NULL) || '|' || \
             COALESCE((SELECT u.role FROM shift_signups u WHERE u.session_id = s.id AND u.user_id = {b} AND u.cancelled_at IS NULL), '-') || '|' || \
             COALESCE((SELECT x.title FROM group_texts x WHERE x.group_id = s.group_id AND x.lang = '{lang}' AND x.status = 'published'), t.title) || '|' || s.group_id \
             FROM group_volunteers v JOIN group_sessions s ON s.group_id = v.group_id \
             JOIN group_shift_needs n ON n.group_id = s.group_id AND n.needed > 0 \
             JOIN group_texts t ON t.group_id = s.group_id AND t.lang = 'de' \
             WHERE v.user_id = {b} AND s.status = 'scheduled' AND s.starts_at >= {now} \
             ORDER BY s.starts_at, s.id, n.role",
            b = braun.0
        )).await;
        assert_eq!(read, reference, "in {lang}");
        assert!(read.iter().any(|r| r.contains("مقهى اللغة")) == (lang == "ar"), "the published title only");
        assert!(read.iter().any(|r| r.contains("|0|-|")), "a place nobody took");
        assert!(
            read.iter().any(|r| r.starts_with(&format!("{helper_date}|helper|1|1|helper|"))),
            "the helper's place Braun took after Yilmaz gave it back"
        );
    }
    // Braun helps in most of the few groups there are: her dates are read in time order.
    // Then forty more groups she does not help in: her groups' dates are read instead.
    // The same shifts either way.
    let mut seen = vec![];
    for round in 0..2 {
        if round == 1 {
            for _ in 0..40 {
                let facts = GroupFacts {
                    category: "sport".into(),
                    target_group: "everyone".into(),
                    capacity: 10,
                    ..GroupFacts::default()
                };
                let text = GroupText {
                    title: "Fußball".into(),
                    description: String::new(),
                };
                store.create_group(TALHEIM, &facts, &text, true, None).await.unwrap();
            }
        }
        let all = store.shifts(&every_shift(braun, now), "de").await.unwrap();
        seen.push(all.clone());
        check_shift_pages(&store, braun, now, &all).await;
    }
    assert_eq!(seen[0], seen[1], "read in time order or by group: the same shifts");
});

/// Every page of Braun's shifts, five dates a page, against all of them: every date,
/// or those with a free place and her own.
async fn check_shift_pages(
    store: &Store,
    braun: UserId,
    now: i64,
    all: &[lotse_server::db::groups::ShiftRow],
) {
    for open_only in [false, true] {
        // The reference: every date, or those with a free place and Braun's own.
        let mut expected: Vec<(i64, String, i64, Option<String>)> = vec![];
        let mut by_date: Vec<Vec<&lotse_server::db::groups::ShiftRow>> = vec![];
        for row in all {
            match by_date.last_mut() {
                Some(d) if d[0].session_id == row.session_id => d.push(row),
                _ => by_date.push(vec![row]),
            }
        }
        for date in by_date {
            let open = date.iter().any(|r| r.filled < r.needed) || date[0].mine.is_some();
            if open || !open_only {
                expected.extend(
                    date.iter()
                        .map(|r| (r.session_id, r.role.clone(), r.filled, r.mine.clone())),
                );
            }
        }
        let mut listed = vec![];
        for page in 0.. {
            let ask = ShiftAsk {
                open_only,
                limit: 6,
                offset: page * 5,
                ..every_shift(braun, now)
            };
            let rows = store.shifts(&ask, "de").await.unwrap();
            let mut dates: Vec<i64> = rows.iter().map(|r| r.session_id).collect();
            dates.dedup();
            let more = dates.len() > 5;
            listed.extend(
                rows.into_iter()
                    .filter(|r| dates[..dates.len().min(5)].contains(&r.session_id))
                    .map(|r| (r.session_id, r.role, r.filled, r.mine)),
            );
            if !more {
                break;
            }
        }
        assert_eq!(listed, expected, "open only: {open_only}");
        if open_only {
            assert!(listed.len() < all.len(), "full dates are left out");
        }
    }
}

both_backends!(seeded the_lists_page_over_http, |store: Store| async move {
    use axum::http::StatusCode;
    use common::{sign_in_client, sign_in_staff, Client};
    use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};
    let braun = store.user_by_email(VOLUNTEER).await.unwrap().unwrap().user_id();
    for _ in 0..25 {
        let group = language_cafe(&store, 10).await;
        store.add_group_volunteer(group, braun).await.unwrap();
    }
    let app = common::app(store.clone()).await;
    let mut amal = Client::new(app.clone());
    sign_in_client(&mut amal, CLIENT_NUMBER, CLIENT_PIN).await;
    let cards = |body: &str| body.matches("data-testid=\"group-card\"").count();
    let first = amal.get("/groups").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(cards(&first.body), 20);
    assert!(first.body.contains("href=\"/groups?page=2\""), "a link to the next page");
    let second = amal.get("/groups?page=2").await;
    assert!(cards(&second.body) > 0 && second.body.contains("href=\"/groups?page=1\""));
    let filtered = amal.get("/groups?target=everyone&page=2").await;
    assert!(filtered.body.contains("href=\"/groups?target=everyone&amp;page=1\""), "the filter kept");
    // Nonsense or far beyond the end: a page, empty at worst, never an error.
    for page in ["x", "-3", "99999999999999999999", "400"] {
        let r = amal.get(&format!("/groups?page={page}")).await;
        assert_eq!(r.status, StatusCode::OK, "page={page}");
    }

    let mut volunteer = Client::new(app.clone());
    sign_in_staff(&mut volunteer, VOLUNTEER).await;
    let dates = |body: &str| body.matches("data-testid=\"shift-session\"").count();
    let all = volunteer.get("/volunteer/shifts?all=1").await;
    assert_eq!(dates(&all.body), 20);
    assert!(all.body.contains("href=\"/volunteer/shifts?all=1&amp;page=2\""));
    let next = volunteer.get("/volunteer/shifts?all=1&page=2").await;
    assert_eq!(next.status, StatusCode::OK);
    assert!(dates(&next.body) > 0);
    assert_eq!(volunteer.get("/volunteer/shifts?page=abc").await.status, StatusCode::OK);
});
