//! Figures for steering and funders, checked against a hand-made data set with known
//! answers: a municipality of its own ("Prüfstadt", written in SQL beside the demo
//! county) with two guides and fifteen clients, so every count below is known.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{exec_sql, sign_in_staff, Client, COORDINATOR};
use lotse_server::db::Store;

const PRUEF_COORDINATOR: &str = "koordination@pruefstadt.example";

/// Writes Prüfstadt. Times are relative to the pinned clock, so the answers hold on any
/// test day. Clients 9001–9012 are Gabi's, 9013–9015 Paul's; 9010–9015 were closed ten
/// days ago after 100 days of support (9015 moved away, then came back five days ago).
async fn pruefstadt(url: &str) {
    let now = lotse_server::time::now();
    let d = |n: i64| now + n * 86_400;
    let day = |n: i64| common::day(n);
    let mut sql = format!(
        "INSERT INTO municipalities (id, county_id, name, caseload_target) \
           SELECT 901, county_id, 'Prüfstadt', 8 FROM municipalities WHERE id = 1; \
         INSERT INTO providers (id, county_id, name) SELECT 901, county_id, 'Prüfträger' FROM municipalities WHERE id = 1; \
         INSERT INTO teams (id, municipality_id, provider_id, name) VALUES (901, 901, 901, 'Team Prüf'); \
         INSERT INTO users (id, role, display_name, email, municipality_id, team_id, created_at) VALUES \
           (901, 'guide', 'Gabi Prüf', 'gabi@pruefstadt.example', 901, 901, {now}), \
           (902, 'guide', 'Paul Prüf', 'paul@pruefstadt.example', 901, 901, {now}); \
         INSERT INTO users (id, role, display_name, email, password_hash, municipality_id, created_at) \
           SELECT 903, 'coordinator', 'Koordination Prüf', '{PRUEF_COORDINATOR}', password_hash, 901, {now} \
           FROM users WHERE email = '{COORDINATOR}'; "
    );
    for i in 1..=15_i64 {
        let (client, user, guide) = (9000 + i, 9100 + i, if i <= 12 { 901 } else { 902 });
        let created = if i <= 6 { d(-200) } else { d(-110) };
        sql += &format!(
            "INSERT INTO users (id, role, display_name, login_number, municipality_id, created_at) \
               VALUES ({user}, 'client', 'Prüfling {i}', '7{i:07}', 901, {created}); \
             INSERT INTO clients (id, user_id, municipality_id, first_name, last_name, preferred_lang, created_at) \
               VALUES ({client}, {user}, 901, 'Vorname{i}', 'Prüfling', 'ar', {created}); \
             INSERT INTO assignments (client_id, guide_id, team_id, started_at) VALUES ({client}, {guide}, 901, {created}); "
        );
    }
    // Closed: five "independent" (9010–9014), one "moved" (9015, reopened since).
    for i in 10..=15_i64 {
        let reason = if i < 15 { "independent" } else { "moved" };
        let reopened = if i == 15 { d(-5).to_string() } else { "NULL".into() };
        sql += &format!(
            "INSERT INTO case_closures (id, client_id, episode_started_at, closed_at, closed_by, reason, reopened_at) \
               VALUES ({}, {}, {}, {}, 901, '{reason}', {reopened}); ",
            9900 + i,
            9000 + i,
            d(-110),
            d(-10)
        );
        if i < 15 {
            sql += &format!(
                "UPDATE clients SET closed_at = {} WHERE id = {}; ",
                d(-10),
                9000 + i
            );
        }
    }
    // Goals fifty days ago: language for 9001–9008 (two achieved, one dropped, five
    // open), work for 9010 (closed as partly achieved) and 9011 (not achieved).
    for i in 1..=8_i64 {
        let status = match i {
            1 | 2 => "achieved",
            3 => "dropped",
            _ => "open",
        };
        sql += &format!(
            "INSERT INTO goals (id, client_id, field, title, status, created_at, created_by) \
               VALUES ({}, {}, 'language', 'Deutsch B1', '{status}', {}, 901); ",
            9800 + i,
            9000 + i,
            d(-50)
        );
    }
    for (i, outcome) in [(10_i64, "partly"), (11, "not_achieved")] {
        sql += &format!(
            "INSERT INTO goals (id, client_id, field, title, created_at, created_by) \
               VALUES ({g}, {c}, 'work', 'Arbeit', {}, 901); \
             INSERT INTO closure_outcomes (closure_id, goal_id, outcome) VALUES ({}, {g}, '{outcome}'); ",
            d(-50),
            9900 + i,
            g = 9800 + i,
            c = 9000 + i
        );
    }
    // Steps: one overdue on each of 9001–9006 (and one on the closed 9010: not counted);
    // five of them with a request for help three days ago.
    for i in [1_i64, 2, 3, 4, 5, 6, 10] {
        let help = if i <= 5 { d(-3).to_string() } else { "NULL".into() };
        sql += &format!(
            "INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, help_requested_at, created_at) \
               VALUES ({}, {}, 'Anmelden', 'client', '{}', {help}, {}); ",
            9800 + i,
            9000 + i,
            day(-3),
            d(-50)
        );
    }
    // The client's own confirmation of the plan: 9001–9006.
    for i in 1..=6_i64 {
        sql += &format!(
            "INSERT INTO plan_confirmations (client_id, confirmed_at, user_id) VALUES ({}, {}, {}); ",
            9000 + i,
            d(-40),
            9100 + i
        );
    }
    // Referrals: six to the Jobcenter, done after 14 days; two to a Kita, still sent.
    for i in 1..=8_i64 {
        let (service, status, updated) = if i <= 6 {
            ("jobcenter", "done", d(-30))
        } else {
            ("kita", "sent", d(-44))
        };
        sql += &format!(
            "INSERT INTO referrals (client_id, created_by, service, recipient, reason, status, created_at, updated_at) \
               VALUES ({}, 901, '{service}', 'Stelle', 'Grund', '{status}', {}, {updated}); ",
            9000 + i,
            d(-44)
        );
    }
    // Appointments: seven kept with an Arabic interpreter (an hour each), two missed.
    for i in 1..=9_i64 {
        let (status, lang) = if i <= 7 {
            ("done", "'ar'")
        } else {
            ("missed", "NULL")
        };
        sql += &format!(
            "INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, \
               interpreter_lang, status, created_at) VALUES ({}, 901, {}, 60, 'office', 'Amt', {lang}, '{status}', {}); ",
            9000 + i,
            d(-20),
            d(-25)
        );
    }
    // Requests: five letters, answered after two days.
    for i in 1..=5_i64 {
        sql += &format!(
            "INSERT INTO client_requests (client_id, category, body, status, created_at, answered_at, answered_by) \
               VALUES ({}, 'letter', 'Brief', 'answered', {}, {}, 901); ",
            9000 + i,
            d(-12),
            d(-10)
        );
    }
    // Who they are (intake): 9001–9008 women, 9009–9012 men, 9013–9015 not recorded;
    // Syrian 9001–9010, Eritrean 9011–9012. Born thirty years before the period's end
    // (9001–9006) or twenty (9007–9012). Arabic for all twelve, Kurdish too for 9001–9006.
    let end_year: i64 = common::day(0)[..4].parse().unwrap();
    for i in 1..=12_i64 {
        let sex = if i <= 8 { "female" } else { "male" };
        let nationality = if i <= 10 { "sy" } else { "er" };
        let born = if i <= 6 { end_year - 30 } else { end_year - 20 };
        let languages = if i <= 6 { "ar,ku" } else { "ar" };
        sql += &format!(
            "INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
               VALUES ({c}, 'person', '{{\"sex\":\"{sex}\",\"nationality\":\"{nationality}\"}}', 1, {now}, 901); \
             UPDATE clients SET birth_date = '{born}-06-15', languages = '{languages}' WHERE id = {c}; ",
            c = 9000 + i
        );
    }
    // Demand: 9001–9006 each with a child (a Kita place awaited for five, a school place
    // for one), in shared accommodation (9001–9005), at A1 waiting for a course that fits
    // mornings (five need childcare), their residence document running out in 30 days
    // (9001–9005, recognised refugees) or run out five days ago (9006, subsidiary).
    for i in 1..=6_i64 {
        let school = if i <= 5 { "kita_waiting" } else { "school_waiting" };
        let childcare = if i <= 5 { "yes" } else { "no" };
        let (status, expires) = if i <= 5 {
            ("refugee", day(30))
        } else {
            ("subsidiary", day(-5))
        };
        let housing = if i <= 5 {
            "shared_accommodation"
        } else {
            "own_flat"
        };
        sql += &format!(
            "INSERT INTO household_members (client_id, first_name, relation, school_status, created_at) \
               VALUES ({c}, 'Kind', 'child', '{school}', {now}); \
             INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) VALUES \
               ({c}, 'household', '{{\"housing\":\"{housing}\"}}', 1, {now}, 901), \
               ({c}, 'languages', '{{\"german_level\":\"a1\",\"integration_course\":\"waiting\",\"course_time\":\"mornings\",\"childcare_needed\":\"{childcare}\",\"literacy_needed\":\"no\"}}', 1, {now}, 901), \
               ({c}, 'residence', '{{\"residence_status\":\"{status}\",\"document_expires_on\":\"{expires}\"}}', 1, {now}, 901); ",
            c = 9000 + i
        );
    }
    // 9007 has a course: not counted as demand.
    sql += &format!(
        "INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
           VALUES (9007, 'languages', '{{\"german_level\":\"b1\",\"integration_course\":\"attending\"}}', 1, {now}, 901); "
    );
    // Volunteers: five helpers with two hours each at a session thirty days ago, their
    // police certificates running out in thirty days.
    sql += &format!(
        "INSERT INTO group_offers (id, municipality_id, category, target_group, capacity, created_at, updated_at) \
           VALUES (901, 901, 'language_cafe', 'adults', 10, {now}, {now}); \
         INSERT INTO group_sessions (id, group_id, occurs_on, starts_at, minutes) VALUES (901, 901, '{}', {}, 120); ",
        day(-30),
        d(-30)
    );
    for v in 1..=5_i64 {
        sql += &format!(
            "INSERT INTO users (id, role, display_name, email, municipality_id, created_at) \
               VALUES ({u}, 'volunteer', 'Helfer {v}', 'helfer{v}@pruefstadt.example', 901, {now}); \
             INSERT INTO shift_signups (session_id, user_id, role, signed_up_at, minutes) VALUES (901, {u}, 'helper', {}, 120); \
             INSERT INTO volunteer_documents (user_id, kind, valid_until, checked_by, checked_at) \
               VALUES ({u}, 'police_certificate', '{}', 903, {now}); ",
            d(-40),
            day(30),
            u = 9200 + v
        );
    }
    exec_sql(url, &sql).await;
}

/// The text of a table row: its cells' text, tags and Fluent's isolation marks removed.
fn row(body: &str, table: &str, label: &str) -> Vec<String> {
    let start = body
        .find(&format!("id=\"figure-{table}\""))
        .unwrap_or_else(|| panic!("table {table}"));
    let rest = &body[start..];
    let rest = &rest[..rest.find("</figure>").unwrap()];
    let tr = rest
        .split("<tr")
        .find(|r| {
            let th = format!("<tr{}", r.split("</th>").next().unwrap_or(""));
            strip(&th).trim() == label || strip(&th).trim().starts_with(&format!("{label} "))
        })
        .unwrap_or_else(|| panic!("row {label} in {table}"));
    tr.split("<td")
        .skip(1)
        .map(|c| strip(&format!("<td{c}")).trim().to_string())
        .collect()
}

fn strip(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for ch in html.chars() {
        match ch {
            '<' => tag = true,
            '>' => tag = false,
            '\u{2068}' | '\u{2069}' => {}
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

both_backends!(seeded_url
    every_figure_matches_the_hand_made_data_set,
    |store: Store, url: String| async move {
        pruefstadt(&url).await;
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app.clone());
        sign_in_staff(&mut c, PRUEF_COORDINATOR).await;
        let period = format!("from={}&to={}", common::day(-365), common::day(0));
        let page = c.get(&format!("/figures?{period}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let b = &page.body;

        // Caseload: Gabi 9 open cases against 1:8 (over), Paul 1 (a guide's count names
        // no client: shown as it is).
        assert_eq!(row(b, "guide-loads", "Gabi Prüf"), ["Team Prüf", "9", "8"]);
        assert!(b.contains("über dem Schlüssel"));
        assert_eq!(row(b, "guide-loads", "Paul Prüf"), ["Team Prüf", "1", "8"]);
        // Closed by reason: five on their own feet after 100 days; one moved ("< 5").
        assert_eq!(row(b, "closure-reasons", "Selbstständig"), ["5", "100"]);
        let moved = row(b, "closure-reasons", "Weggezogen");
        assert_eq!(moved[0], "< 5");
        assert_eq!(moved[1], "zu wenige Fälle");
        // Time in support: six closures of 100 days; to the first goal: ten clients, six
        // after 150 days and four after 60 (median 150).
        assert_eq!(row(b, "durations", "Begleitung bis zum Abschluss"), ["100"]);
        assert_eq!(row(b, "durations", "Vom Erstgespräch bis zum ersten Ziel"), ["150"]);
        // Plans of the ten open cases: eight with a goal, six confirmed by the client.
        assert_eq!(row(b, "plans", "Offene Fälle"), ["10"]);
        assert_eq!(row(b, "plans", "Mit Integrationsplan"), ["8"]);
        assert_eq!(row(b, "plans", "Plan vom Klienten bestätigt"), ["6"]);
        // Goals: language 8 agreed, 2 achieved, 0 partly, 1 dropped, 5 open, 6 steps
        // overdue (the closed case's not counted), 5 requests for help.
        assert_eq!(row(b, "goals-by-field", "Sprache"), ["8", "< 5", "0", "< 5", "5", "6", "5"]);
        assert_eq!(row(b, "goals-by-field", "Arbeit"), ["< 5", "0", "< 5", "< 5", "0", "0", "0"]);
        // Referrals: six done after a median of 14 days; two sent ("< 5").
        assert_eq!(row(b, "referrals", "jobcenter"), ["0", "0", "6", "0", "14"]);
        assert_eq!(row(b, "referrals", "kita")[0], "< 5");
        // Appointments and interpreter hours.
        assert_eq!(row(b, "appointments", "Wahrgenommen"), ["7"]);
        assert_eq!(row(b, "appointments", "Verpasst"), ["< 5"]);
        assert_eq!(row(b, "interpreter-hours", "Arabisch"), ["7"]);
        // Requests: five letters, all answered after two days.
        assert_eq!(row(b, "requests", "Ein Brief an mich"), ["5", "5", "2"]);
        // Case flow: fifteen began, six closed, one reopened, over the months.
        let total = |col: usize| -> String {
            let months: Vec<Vec<String>> = b
                .split("id=\"figure-case-flow\"")
                .nth(1)
                .unwrap()
                .split("</tbody>")
                .next()
                .unwrap()
                .split("<tr")
                .skip(2)
                .map(|r| r.split("<td").skip(1).map(|c| strip(&format!("<td{c}")).trim().to_string()).collect())
                .collect();
            months.iter().map(|m| m[col].clone()).filter(|v| v != "0").collect::<Vec<_>>().join(",")
        };
        assert_eq!(total(0), "6,9", "six began 200 days ago, nine 110 days ago");
        assert_eq!(total(1), "6");
        assert_eq!(total(2), "< 5");

        // Who they are: fifteen supported in the period.
        assert_eq!(row(b, "people-sex", "Weiblich"), ["8"]);
        assert_eq!(row(b, "people-sex", "Männlich"), ["< 5"]);
        assert_eq!(row(b, "people-sex", "Nicht erfasst"), ["< 5"]);
        assert_eq!(row(b, "people-nationality", "Syrien"), ["10"]);
        assert_eq!(row(b, "people-nationality", "Eritrea"), ["< 5"]);
        assert_eq!(row(b, "people-nationality", "Afghanistan"), ["0"]);
        assert_eq!(row(b, "people-age", "25 bis 34"), ["6"]);
        assert_eq!(row(b, "people-age", "18 bis 24"), ["6"]);
        assert_eq!(row(b, "people-age", "Nicht erfasst"), ["< 5"]);
        assert_eq!(row(b, "people-residence", "Anerkannter Flüchtling"), ["5"]);
        assert_eq!(row(b, "people-residence", "Subsidiärer Schutz"), ["< 5"]);
        assert_eq!(row(b, "people-residence", "Nicht erfasst"), ["9"]);
        assert_eq!(row(b, "people-languages", "Arabisch"), ["12"]);
        assert_eq!(row(b, "people-languages", "Kurdisch"), ["6"]);
        assert_eq!(row(b, "people-households", "1"), ["9"]);
        assert_eq!(row(b, "people-households", "2"), ["6"]);
        // What to plan for (open cases today).
        assert_eq!(row(b, "demand-children", "Wartet auf einen Kita-Platz"), ["5"]);
        assert_eq!(row(b, "demand-children", "Wartet auf einen Schulplatz"), ["< 5"]);
        assert_eq!(row(b, "demand-courses", "A1"), ["6", "5", "0", "6", "0", "0"]);
        assert_eq!(row(b, "demand-courses", "B1"), ["0", "0", "0", "0", "0", "0"]);
        assert_eq!(row(b, "demand-residence-housing", "Aufenthaltsdokument läuft in 90 Tagen ab"), ["5"]);
        assert_eq!(row(b, "demand-residence-housing", "Aufenthaltsdokument abgelaufen"), ["< 5"]);
        assert_eq!(row(b, "demand-residence-housing", "Wohnen in einer Gemeinschaftsunterkunft"), ["5"]);
        assert_eq!(row(b, "demand-residence-housing", "Offenes Ziel im Handlungsfeld Wohnen"), ["0"]);
        // Volunteers: ten hours by five helpers; five certificates running out.
        assert_eq!(row(b, "volunteer-time", "Hilfe"), ["10", "5"]);
        assert_eq!(row(b, "volunteer-documents", "Erweitertes Führungszeugnis"), ["0", "5"]);

        // No client's name anywhere on the page.
        assert!(!b.contains("Prüfling") && !b.contains("Vorname") && !b.contains("Helfer"));
        // A chart for screen readers: a title and a description, patterns, no script.
        assert!(b.contains("class=\"chart\"") && b.contains("<title id=\"chart-case-flow-title\">"));
        assert!(b.contains("<pattern id=\"chart-case-flow-p1\""));

        // Filtered to Paul: his one open case, his three closures.
        let paul = c.get(&format!("/figures?{period}&guide=902")).await;
        assert_eq!(row(&paul.body, "plans", "Offene Fälle"), ["< 5"]);
        let loads = paul.body.split("id=\"figure-guide-loads\"").nth(1).unwrap().split("</figure>").next().unwrap();
        assert!(loads.contains("Paul Prüf") && !loads.contains("Gabi Prüf"), "{loads}");
        // A team of another municipality is not this coordinator's to name.
        assert_eq!(c.get(&format!("/figures?{period}&team=1")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(c.get(&format!("/figures?{period}&guide=3")).await.status, StatusCode::NOT_FOUND);

        // Talheim's coordinator sees Talheim only; the county coordinator may choose.
        let mut talheim = Client::new(app.clone());
        sign_in_staff(&mut talheim, COORDINATOR).await;
        let theirs = talheim.get(&format!("/figures?{period}")).await;
        assert_eq!(theirs.status, StatusCode::OK);
        assert!(!theirs.body.contains("Gabi Prüf"));
        assert_eq!(talheim.get(&format!("/figures?{period}&municipality=901")).await.status, StatusCode::OK);
        assert!(!talheim.get(&format!("/figures?{period}&municipality=901")).await.body.contains("Gabi Prüf"));
        let mut county = Client::new(app.clone());
        sign_in_staff(&mut county, "t.berger@landkreis.example").await;
        let chosen = county.get(&format!("/figures?{period}&municipality=901")).await;
        assert_eq!(row(&chosen.body, "plans", "Mit Integrationsplan"), ["8"]);
        assert!(!chosen.body.contains("Prüfling"));

        // A period that cannot be read comes back with the message and what was typed.
        let bad = c.get("/figures?from=31.12.&to=2026-01-01").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("value=\"31.12.\"") && bad.body.contains("Bitte ein Datum wählen"));
        let backwards = c.get(&format!("/figures?from={}&to={}", common::day(0), common::day(-9))).await;
        assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
        // The last day a date can be has no next day: refused as out of range (it
        // panicked the request), in the page and in the reports (back to the form).
        let far = "from=%2B262142-12-31&to=%2B262142-12-31";
        let page = c.get(&format!("/figures?{far}")).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.body.contains("Bitte ein Datum wählen"));
        let report = c.get(&format!("/figures/report.csv?{far}&funder=pakt")).await;
        assert!(report.status.is_redirection(), "back to the form: {}", report.status);

        // The reports: the same figures, suppressed the same way.
        let csv = c.get(&format!("/figures/report.csv?{period}&funder=pakt")).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.body.contains("Fallzahlen;Abschlüsse nach Grund;Selbstständig;Fälle;5"), "{}", csv.body);
        assert!(csv.body.contains("Fallzahlen;Abschlüsse nach Grund;Weggezogen;Fälle;< 5"));
        assert!(!csv.body.contains("Dolmetsch"), "the Pakt's set holds no interpreter hours");
        assert!(!csv.body.contains("Prüfling"));
        assert_eq!(c.get(&format!("/figures/report.csv?{period}&funder=nobody")).await.status, StatusCode::NOT_FOUND);
    }
);

// The XLSX read back by an independent reader (openpyxl): numbers are numbers, dates are
// dates, "< 5" is text, a cover sheet says what the report is.
both_backends!(seeded_url
    the_funders_spreadsheet_reads_back_with_numbers_as_numbers,
    |store: Store, url: String| async move {
        pruefstadt(&url).await;
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app);
        sign_in_staff(&mut c, PRUEF_COORDINATOR).await;
        let period = format!("from={}&to={}", common::day(-365), common::day(0));
        let reply = c.get(&format!("/figures/report.xlsx?{period}&funder=kisi")).await;
        assert_eq!(reply.status, StatusCode::OK);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("report.xlsx");
        std::fs::write(&file, &reply.bytes).unwrap();
        let script = r#"
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets", "|".join(wb.sheetnames))
cover = wb[wb.sheetnames[0]]
print("cover", cover["A1"].value, "|", cover["B3"].value, "|", isinstance(cover["B5"].value, datetime.datetime))
for ws in wb.worksheets[1:]:
    for row in ws.iter_rows():
        a = row[0].value
        for cell in row[1:]:
            if cell.value is not None and cell.value != "":
                print("cell", ws.title, "|", a if not isinstance(a, datetime.datetime) else "month", "|", type(cell.value).__name__, "|", cell.value)
"#;
        let out = std::process::Command::new("/usr/bin/python3")
            .arg("-c")
            .arg(script)
            .arg(&file)
            .output()
            .expect("Debian's python3 with openpyxl (.ci/setup.sh --test installs it)");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(text.contains("sheets Deckblatt|Fallzahlen|Integrationspläne"), "{text}");
        assert!(text.contains("cover Kennzahlen der Integrationsbegleitung | Prüfstadt | True"), "{text}");
        assert!(text.contains("cell Fallzahlen | Selbstständig | int | 5") || text.contains("cell Fallzahlen | Selbstständig | float | 5"), "{text}");
        assert!(text.contains("cell Fallzahlen | Weggezogen | str | < 5"), "{text}");
        assert!(text.contains("cell Termine und Dolmetschen | Arabisch | float | 7.0") || text.contains("cell Termine und Dolmetschen | Arabisch | int | 7"), "{text}");
        assert!(text.contains("cell Fallzahlen | month |"), "months are dates: {text}");
        assert!(!text.contains("Prüfling"));
    }
);

// The municipality's integration goals: a computed indicator's path from the same
// hand-made data set (six closures ten days ago, five of them "independent": 83.3 %),
// one entered by hand, each against its target; other municipalities' goals are not found.
both_backends!(seeded_url
    integration_indicators_follow_the_records_and_the_values_entered,
    |store: Store, url: String| async move {
        pruefstadt(&url).await;
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app.clone());
        sign_in_staff(&mut c, PRUEF_COORDINATOR).await;
        let made = c
            .post("/figures/goals", &[("field", "work"), ("title", "Selbstständig leben"), ("measures", "Jobcoaching")])
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let goal = made.location.clone().unwrap().split("#goal-").nth(1).unwrap().parse::<i64>().unwrap();
        let computed = c
            .post(
                &format!("/figures/goals/{goal}/indicators"),
                &[
                    ("title", "Abschlüsse in Selbstständigkeit"),
                    ("kind", "independent_share"),
                    ("baseline_on", &common::day(-365)),
                    ("target_value", "60"),
                    ("target_on", &common::day(400)),
                ],
            )
            .await;
        assert_eq!(computed.status, StatusCode::SEE_OTHER, "{}", computed.body);
        let computed_id = computed.location.clone().unwrap().split("#indicator-").nth(1).unwrap().to_string();
        // By hand: a unit and a source are needed; a target before the start is refused.
        let refused = c
            .post(
                &format!("/figures/goals/{goal}/indicators"),
                &[("title", "Beschäftigungsquote"), ("kind", "manual"), ("baseline_on", &common::day(-365)),
                  ("target_value", "60,5"), ("target_on", &common::day(-400))],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("value=\"Beschäftigungsquote\"") && refused.body.contains("nach dem Beginn"));
        let manual = c
            .post(
                &format!("/figures/goals/{goal}/indicators"),
                &[("title", "Beschäftigungsquote"), ("kind", "manual"), ("unit", "percent"), ("aim", "up"), ("source", "Arbeitsagentur"),
                  ("baseline_on", &common::day(-365)), ("target_value", "60,5"), ("target_on", &common::day(400))],
            )
            .await;
        assert_eq!(manual.status, StatusCode::SEE_OTHER, "{}", manual.body);
        let manual_id = manual.location.clone().unwrap().split("#indicator-").nth(1).unwrap().to_string();
        let values = format!("/figures/goals/indicators/{manual_id}/values");
        let typo = c.post(&values, &[("measured_on", &common::day(-200)), ("value", "viel")]).await;
        assert_eq!(typo.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(typo.body.contains("value=\"viel\"") && typo.body.contains("Bitte eine Zahl angeben"));
        for (on, v) in [(common::day(-200), "40"), (common::day(-20), "55,5")] {
            assert_eq!(c.post(&values, &[("measured_on", &on), ("value", v)]).await.status, StatusCode::SEE_OTHER);
        }
        // A computed indicator takes no values by hand.
        assert_eq!(
            c.post(&format!("/figures/goals/indicators/{computed_id}/values"), &[("measured_on", &common::day(-1)), ("value", "1")]).await.status,
            StatusCode::NOT_FOUND
        );

        // The page draws both paths; the dashboard's table says where each stands.
        let page = c.get("/figures/goals").await;
        assert_eq!(page.status, StatusCode::OK);
        let text = page.body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("83,3 %"), "five of six closures on their own feet");
        assert!(text.contains("55,5 %") && text.contains("Quelle: Arbeitsagentur"));
        assert!(text.contains("Ziel: 60 % bis") && text.contains("zu wenige Fälle"), "quarters without five closures");
        let period = format!("from={}&to={}", common::day(-365), common::day(0));
        let dash = c.get(&format!("/figures?{period}")).await;
        let computed_row = row(&dash.body, "indicators", "Selbstständig leben: Abschlüsse in Selbstständigkeit");
        assert_eq!(
            (computed_row[0].as_str(), computed_row[2].as_str(), computed_row[4].as_str()),
            ("83,3", "60", "Ziel erreicht")
        );
        let by_hand = row(&dash.body, "indicators", "Selbstständig leben: Beschäftigungsquote");
        assert_eq!((by_hand[0].as_str(), by_hand[2].as_str(), by_hand[4].as_str()), ("55,5", "60,5", "Noch nicht erreicht"));
        assert!(dash.body.contains("id=\"indicator-") && dash.body.contains("stroke-dasharray"), "the paths as lines");
        let csv = c.get(&format!("/figures/report.csv?{period}&funder=own")).await;
        assert!(csv.body.contains("Selbstständig leben: Beschäftigungsquote;Letzter Wert;55.5"), "{}", csv.body);

        // Another municipality's coordinator does not reach this goal.
        let mut talheim = Client::new(app);
        sign_in_staff(&mut talheim, COORDINATOR).await;
        assert!(!talheim.get("/figures/goals").await.body.contains("Selbstständig leben"));
        assert_eq!(
            talheim.post(&values, &[("measured_on", &common::day(-2)), ("value", "1")]).await.status,
            StatusCode::NOT_FOUND
        );
    }
);

/// A figure table's HTML on a page.
fn table_html<'a>(body: &'a str, table: &str) -> &'a str {
    let start = body
        .find(&format!("id=\"figure-{table}\""))
        .unwrap_or_else(|| panic!("table {table}"));
    let rest = &body[start..];
    &rest[..rest.find("</figure>").unwrap()]
}

// Stored figures (`figures::stored`): within LOTSE_FIGURES_MAX_AGE a second view shows
// what was counted, even after a case closed, and says when it was counted; "count now"
// counts afresh; the warmer recounts a stale dashboard once, however many instances try.
both_backends!(seeded_url
    stored_figures_serve_until_they_age_and_count_again_when_asked,
    |store: Store, url: String| async move {
        pruefstadt(&url).await;
        let app = common::app_with(store.clone(), |s| s.figures_max_age = 900).await;
        let mut c = Client::new(app);
        sign_in_staff(&mut c, PRUEF_COORDINATOR).await;
        let first = c.get("/figures").await;
        assert_eq!(first.status, StatusCode::OK);
        assert_eq!(row(&first.body, "guide-loads", "Paul Prüf"), ["Team Prüf", "1", "8"]);
        assert!(first.body.contains("Stand der Zahlen aus den Fallakten:"), "{}", first.body);
        assert!(first.body.contains("href=\"/figures?fresh=1\""));

        // Paul's one open case (9015, back five days ago) closes.
        exec_sql(&url, "UPDATE clients SET closed_at = created_at + 60 WHERE id = 9015").await;
        let stored = c.get("/figures").await;
        assert_eq!(row(&stored.body, "guide-loads", "Paul Prüf"), ["Team Prüf", "1", "8"], "as counted");
        let fresh = c.get("/figures?fresh=1").await;
        assert!(!table_html(&fresh.body, "guide-loads").contains("Paul Prüf"), "counted now");
        assert!(!table_html(&c.get("/figures").await.body, "guide-loads").contains("Paul Prüf"));

        // The warmer: a stale dashboard viewed lately is recounted by one instance.
        exec_sql(&url, "UPDATE clients SET closed_at = NULL WHERE id = 9015").await;
        exec_sql(&url, "UPDATE figure_snapshots SET counted_at = counted_at - 3600").await;
        let rows = store.stale_figure_snapshots(0, i64::MAX, 10).await.unwrap();
        assert_eq!(rows.len(), 1, "one dashboard stored");
        let key = (rows[0].key.clone(), rows[0].counted_at);
        assert!(store.claim_figure_snapshot(&key.0, key.1, key.1 + 1).await.unwrap());
        assert!(!store.claim_figure_snapshot(&key.0, key.1, key.1 + 2).await.unwrap(), "claimed once");
        exec_sql(&url, "UPDATE figure_snapshots SET counted_at = counted_at - 3600").await;
        assert_eq!(lotse_server::figures::stored::refresh(&store, 900, 10).await.unwrap(), 1);
        assert_eq!(lotse_server::figures::stored::refresh(&store, 900, 10).await.unwrap(), 0, "fresh now");
        let warmed = c.get("/figures").await;
        assert_eq!(row(&warmed.body, "guide-loads", "Paul Prüf"), ["Team Prüf", "1", "8"], "recounted");
    }
);

// The figures count each client under their latest assignment, which the database keeps
// on the client row (a trigger, so no path that hands a case over can miss it): right for
// the whole demo county, and right after a handover written by hand.
both_backends!(seeded_url
    every_client_counts_under_their_latest_assignment,
    |_store: Store, url: String| async move {
        let wrong = "SELECT COUNT(*) FROM clients c WHERE c.latest_guide_id IS DISTINCT FROM \
            (SELECT a.guide_id FROM assignments a WHERE a.client_id = c.id ORDER BY a.id DESC LIMIT 1) \
            OR c.latest_team_id IS DISTINCT FROM \
            (SELECT a.team_id FROM assignments a WHERE a.client_id = c.id ORDER BY a.id DESC LIMIT 1)";
        assert!(common::query_i64(&url, "SELECT COUNT(*) FROM clients").await > 20);
        assert_eq!(common::query_i64(&url, wrong).await, 0);
        let client = common::query_i64(&url, "SELECT MIN(id) FROM clients WHERE closed_at IS NULL").await;
        let weber = "(SELECT id FROM users WHERE email = 'j.weber@talheim.example')";
        exec_sql(&url, &format!(
            "UPDATE assignments SET ended_at = 1 WHERE client_id = {client} AND ended_at IS NULL; \
             INSERT INTO assignments (client_id, guide_id, team_id, started_at) \
               SELECT {client}, u.id, u.team_id, 2 FROM users u WHERE u.email = 'j.weber@talheim.example';"
        ))
        .await;
        assert_eq!(common::query_i64(&url, wrong).await, 0);
        assert_eq!(
            common::query_i64(&url, &format!("SELECT COUNT(*) FROM clients WHERE id = {client} AND latest_guide_id = {weber}")).await,
            1
        );
    }
);
