//! Settings, read once at start-up from `LOTSE_*` variables (and `LEPTOS_SITE_ADDR`,
//! which cargo-leptos sets). Every setting has a default that runs out of the box.

use lotse_app::domain::Role;
use std::fmt;
use std::path::PathBuf;

#[derive(Clone)]
pub struct Settings {
    /// `LOTSE_DATA_DIR` (default `data`): where the embedded SQLite database lives.
    pub data_dir: PathBuf,
    /// `LOTSE_DATABASE_URL` (default `sqlite://<data dir>/lotse.db`); `postgres://…` for PostgreSQL.
    pub database_url: String,
    /// Connections to PostgreSQL (`LOTSE_DB_CONNECTIONS`; by default two per core).
    pub db_connections: Option<u32>,
    /// `LOTSE_PUBLIC_URL` (default `http://<site addr>`): the address people use; it goes
    /// into activation links and QR codes, and `https://` turns on `Secure` cookies.
    pub public_url: String,
    /// `LOTSE_DEMO` (`1` to seed the demo municipality into an empty database).
    pub demo: bool,
    /// `LOTSE_TRUSTED_PROXIES`: the reverse proxies in front of Lotse (addresses or
    /// networks, comma-separated), whose `X-Forwarded-For` entries are believed.
    /// `LOTSE_TRUST_PROXY=1` (older setting) means a proxy on the same host (loopback).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `LOTSE_STAFF_IDLE_MINUTES` (60) and `LOTSE_STAFF_MAX_HOURS` (12).
    pub staff_idle_minutes: i64,
    pub staff_max_hours: i64,
    /// `LOTSE_CLIENT_IDLE_DAYS` (14) and `LOTSE_CLIENT_MAX_DAYS` (90): clients sign in on
    /// their own phone and should not have to type the PIN every day.
    pub client_idle_days: i64,
    pub client_max_days: i64,
    /// `LOTSE_ACTIVATION_DAYS` (14): how long an activation code stays valid.
    pub activation_days: i64,
    /// `LOTSE_SMTP_URL` (unset: no mail goes out): the SMTP relay that takes Lotse's mail,
    /// e.g. `smtp://relay.example.org:25` or `smtp://user:password@localhost:587`. Lotse
    /// speaks plain SMTP to it; the relay (on the same host or network) does TLS onwards.
    pub smtp_url: Option<String>,
    /// `LOTSE_MAIL_FROM` (`Lotse <lotse@localhost>`): the sender of Lotse's mail.
    pub mail_from: String,
    /// `LOTSE_FUNDERS` (unset: the built-in `server/config/funders.json`): which figures
    /// each funder's report holds. Read at start-up (`main` stops on a broken file).
    pub funders: Vec<crate::figures::funders::Funder>,
    /// `LOTSE_FIGURES_MAX_AGE` (15, minutes): how old the dashboard's stored figures may be
    /// before they are counted again (`figures::stored`); in seconds here, 0 counts on
    /// every view.
    pub figures_max_age: i64,
    /// `LOTSE_PUSH_SERVICES` (unset: the push services of Chrome, Firefox, Safari and
    /// Edge): where browsers' push subscriptions may point, as origins separated by
    /// commas (`https://fcm.googleapis.com,https://*.notify.windows.com`). Lotse posts
    /// to these addresses, so a subscription naming any other is refused: nobody can
    /// make the server call into the town hall's network.
    pub push_services: Vec<crate::push::Origin>,
    /// `LOTSE_PUSH_CONTACT` (default: the public URL): how a push service reaches the
    /// operator (RFC 8292's `sub`), a `mailto:` or `https:` address.
    pub push_contact: String,
    /// `LOTSE_PUSH_QUIET_HOURS` (`21-7`): local hours in which no phone is woken; a
    /// push caused then waits until the quiet hours end. `0-0` turns them off.
    pub push_quiet_hours: crate::push::QuietHours,
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

fn env_num(name: &str, default: i64) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(default)
}

fn env_flag(name: &str) -> bool {
    matches!(
        std::env::var(name).as_deref().map(str::trim),
        Ok("1" | "true" | "yes" | "on")
    )
}

/// The proxies whose `X-Forwarded-For` counts. A list that does not parse is a setup
/// mistake: it is reported and nothing is trusted (the safe side).
fn trusted_proxies() -> Vec<ipnet::IpNet> {
    let mut list = std::env::var("LOTSE_TRUSTED_PROXIES").unwrap_or_default();
    if env_flag("LOTSE_TRUST_PROXY") {
        list.push_str(",127.0.0.0/8,::1");
    }
    match crate::auth::address::parse_trusted(&list) {
        Ok(nets) => nets,
        Err(e) => {
            tracing::error!("LOTSE_TRUSTED_PROXIES: {e}; X-Forwarded-For is ignored");
            vec![]
        }
    }
}

impl Settings {
    pub fn from_env(site_addr: &str) -> Settings {
        let data_dir = PathBuf::from(env_or("LOTSE_DATA_DIR", "data"));
        let default_db = format!("sqlite://{}", data_dir.join("lotse.db").display());
        let mut settings = Settings {
            database_url: env_or("LOTSE_DATABASE_URL", &default_db),
            db_connections: std::env::var("LOTSE_DB_CONNECTIONS")
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .filter(|n| *n > 0),
            public_url: env_or("LOTSE_PUBLIC_URL", &format!("http://{site_addr}"))
                .trim_end_matches('/')
                .to_string(),
            demo: env_flag("LOTSE_DEMO"),
            trusted_proxies: trusted_proxies(),
            staff_idle_minutes: env_num("LOTSE_STAFF_IDLE_MINUTES", 60),
            staff_max_hours: env_num("LOTSE_STAFF_MAX_HOURS", 12),
            client_idle_days: env_num("LOTSE_CLIENT_IDLE_DAYS", 14),
            client_max_days: env_num("LOTSE_CLIENT_MAX_DAYS", 90),
            activation_days: env_num("LOTSE_ACTIVATION_DAYS", 14),
            smtp_url: std::env::var("LOTSE_SMTP_URL")
                .ok()
                .filter(|v| !v.trim().is_empty()),
            mail_from: env_or("LOTSE_MAIL_FROM", "Lotse <lotse@localhost>"),
            // The built-in set is checked by a test; `main` replaces it from LOTSE_FUNDERS.
            funders: crate::figures::funders::load(None).unwrap_or_default(),
            figures_max_age: env_num("LOTSE_FIGURES_MAX_AGE", 15) * 60,
            push_services: crate::push::Origin::list(&env_or(
                "LOTSE_PUSH_SERVICES",
                crate::push::KNOWN_SERVICES,
            )),
            push_contact: String::new(),
            push_quiet_hours: crate::push::QuietHours::parse(&env_or("LOTSE_PUSH_QUIET_HOURS", "21-7")),
            data_dir,
        };
        settings.push_contact = env_or("LOTSE_PUSH_CONTACT", &settings.public_url);
        settings
    }

    /// Settings for tests: a given database, everything else default.
    pub fn for_tests(database_url: &str) -> Settings {
        let mut s = Settings::from_env("127.0.0.1:3000");
        s.database_url = database_url.to_string();
        s.public_url = "http://127.0.0.1:3000".into();
        s.demo = false;
        s.trusted_proxies = vec![];
        s.smtp_url = None;
        // Tests read what they just wrote; the stored figures have a test of their own.
        s.figures_max_age = 0;
        s
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    pub fn idle_timeout_secs(&self, role: Role) -> i64 {
        match role {
            Role::Client => self.client_idle_days * 86_400,
            _ => self.staff_idle_minutes * 60,
        }
    }

    pub fn absolute_timeout_secs(&self, role: Role) -> i64 {
        match role {
            Role::Client => self.client_max_days * 86_400,
            _ => self.staff_max_hours * 3_600,
        }
    }
}

/// Hides the password in a database URL.
fn mask_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("****"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("data_dir", &self.data_dir)
            .field("database_url", &mask_url(&self.database_url))
            .field("db_connections", &self.db_connections)
            .field("public_url", &self.public_url)
            .field("demo", &self.demo)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("smtp_url", &self.smtp_url.as_deref().map(mask_url))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_masks_database_password() {
        let s = Settings::for_tests("postgres://lotse:secret@127.0.0.1/lotse");
        let shown = format!("{s:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("****"));
    }
}
