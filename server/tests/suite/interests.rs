//! What people would like to take part in: the client ticks it on their phone, the guide
//! sees and changes it in the intake (concurrent changes are not lost), and the planners
//! see it counted beside the offers, small counts as "< 5", never a name.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{client_named, sign_in_client, sign_in_staff, Client, COORDINATOR, KELLER, WEBER};
use lotse_app::domain::ClientId;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

both_backends!(seeded
    a_client_ticks_wishes_the_guide_sees_them_and_planners_count_them,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let amal = client_named(&store, "Haddad").await;
        let mut p = Client::new(app.clone());
        sign_in_staff(&mut p, COORDINATOR).await;
        let women_wanted = |body: &str| -> String {
            let at = body.find("<th scope=\"row\">Frauentreff</th><td>").unwrap_or_else(|| panic!("{body}"));
            let rest = &body[at + "<th scope=\"row\">Frauentreff</th><td>".len()..];
            rest[..rest.find('<').unwrap()].to_string()
        };
        let before: i64 = women_wanted(&p.get("/groups/manage/demand").await.body).parse().expect("five or more in the demo");
        let mut c = Client::new(app.clone());
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        let page = c.get("/me/interests").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("id=\"kinds-womens_group\""));
        // Where she lives: one of her municipality's districts, offered on the page.
        let districts = store.districts(lotse_app::domain::MunicipalityId(1)).await.unwrap();
        let oberdorf = districts.iter().find(|(_, n)| n == "Oberdorf").unwrap().0.to_string();
        assert!(page.body.contains(&format!("<option value=\"{oberdorf}\">Oberdorf</option>")), "{}", page.body);
        let bergfeld_district = store.districts(lotse_app::domain::MunicipalityId(2)).await.unwrap()[0].0.to_string();
        let form = [
            ("version", "0"),
            ("kinds", "womens_group"),
            ("kinds", "language_cafe"),
            ("kinds", "no-such-kind"),
            ("times", "weekday_am"),
            ("childcare", "on"),
            ("district", oberdorf.as_str()),
        ];
        let r = c.post("/me/interests", &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let access = common::own_guide(&store, ClientId(amal)).await;
        let stored = store.case(&access).interests().await.unwrap();
        assert_eq!(stored.kinds, "language_cafe womens_group", "known codes only, in a stable order");
        assert_eq!(stored.times, "weekday_am");
        assert!(stored.childcare);
        assert_eq!(stored.district_id.map(|d| d.to_string()), Some(oberdorf.clone()));
        // The same form again (opened before the save): refused, the ticks kept.
        let r = c.post("/me/interests", &[("version", "0"), ("kinds", "sports")]).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("id=\"kinds-sports\" name=\"kinds\" value=\"sports\" checked"), "{}", r.body);

        // Her guide sees them in the intake and changes them; the log says so.
        let mut g = Client::new(app.clone());
        sign_in_staff(&mut g, KELLER).await;
        let intake = g.get(&format!("/cases/{amal}/intake")).await.body;
        assert!(intake.contains("id=\"kinds-womens_group\" name=\"kinds\" value=\"womens_group\" checked"), "{intake}");
        let version = stored.version.to_string();
        let r = g
            .post(
                &format!("/cases/{amal}/interests"),
                &[
                    ("version", version.as_str()),
                    ("kinds", "womens_group"),
                    ("times", "weekday_am"),
                    ("childcare", "on"),
                    ("district", oberdorf.as_str()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // A district of another municipality is never stored (a forged form).
        let stored = store.case(&access).interests().await.unwrap();
        let r = g
            .post(
                &format!("/cases/{amal}/interests"),
                &[("version", &stored.version.to_string()), ("kinds", "womens_group"), ("district", bergfeld_district.as_str())],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(store.case(&access).interests().await.unwrap().district_id, None);
        let stored = store.case(&access).interests().await.unwrap();
        let r = g
            .post(
                &format!("/cases/{amal}/interests"),
                &[
                    ("version", &stored.version.to_string()),
                    ("kinds", "womens_group"),
                    ("times", "weekday_am"),
                    ("childcare", "on"),
                    ("district", oberdorf.as_str()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location.as_deref(), Some(format!("/cases/{amal}/intake#section-interests").as_str()));
        let log = store.access_log_for_client(ClientId(amal), 20).await.unwrap();
        assert!(log.iter().any(|l| l.action == "update" && l.detail == "intake"));

        // The planners: one more wants a women's group (Amal), and there is none yet;
        // sports shows as "< 5"; no name anywhere.
        let demand = p.get("/groups/manage/demand").await;
        assert_eq!(demand.status, StatusCode::OK);
        let row = |kind: &str| {
            let at = demand.body.find(&format!("<th scope=\"row\">{kind}</th>")).unwrap_or_else(|| panic!("{kind}: {}", demand.body));
            demand.body[at..at + demand.body[at..].find("</tr>").unwrap()].to_string()
        };
        assert_eq!(women_wanted(&demand.body), (before + 1).to_string());
        let women = row("Frauentreff");
        assert!(women.ends_with("<td>0</td><td>0</td>"), "no women's group offered yet: {women}");
        assert!(row("Sport").contains("<td>&lt; 5</td>"), "{}", row("Sport"));
        // By district: Amal alone in Oberdorf shows as "< 5", with what she wished for.
        let by = &demand.body[demand.body.find("data-testid=\"demand-by-district\"").expect("the district table")..];
        let oberdorf_row = &by[by.find("Oberdorf").unwrap()..];
        let oberdorf_row = &oberdorf_row[..oberdorf_row.find("</tr>").unwrap()];
        assert!(oberdorf_row.contains("<td>&lt; 5</td>") && oberdorf_row.contains("Frauentreff (&lt; 5)"), "{oberdorf_row}");
        assert!(by.contains("Ohne Angabe"), "answers without a district are counted too");
        // The dashboard's demand section counts the wishes too (no names).
        let figures = p.get("/figures?fresh=1").await.body;
        let at = figures.find("Was Klient:innen gern mitmachen möchten").expect("the wishes on the dashboard");
        let table = &figures[at..at + figures[at..].find("</table>").unwrap()];
        let women = &table[table.find("Frauentreff").expect("a row per kind")..];
        assert!(women[..women.find("</tr>").unwrap()].contains(&format!(">{}<", before + 1)), "{table}");
        assert!(!figures.contains("Haddad"));
        for name in ["Haddad", "Amal"] {
            assert!(!demand.body.contains(name), "{name} on the planners' page");
        }
        // A guide may not see the count; another municipality's case is not found.
        let mut w = Client::new(app.clone());
        sign_in_staff(&mut w, WEBER).await;
        assert_eq!(w.get("/groups/manage/demand").await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            w.post(&format!("/cases/{amal}/interests"), &[("version", "1"), ("kinds", "sports")]).await.status,
            StatusCode::NOT_FOUND
        );
    }
);
