//! Which push services a subscription may point to.

/// The push services of the browsers people use: Chrome and most Android browsers
/// (Google), Firefox (Mozilla), Safari (Apple), Edge (Microsoft).
pub const KNOWN_SERVICES: &str = "https://fcm.googleapis.com,https://updates.push.services.mozilla.com,\
https://web.push.apple.com,https://*.push.apple.com,https://*.notify.windows.com";

/// An origin a subscription's endpoint may have: a scheme, a host (or `*.` and a domain
/// for any host under it) and a port.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    scheme: String,
    host: String,
    any_below: bool,
    port: Option<u16>,
}

impl Origin {
    /// Origins separated by commas; what does not parse is reported and left out.
    pub fn list(text: &str) -> Vec<Origin> {
        text.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .filter_map(|s| {
                let parsed = Origin::parse(s);
                if parsed.is_none() {
                    tracing::error!("LOTSE_PUSH_SERVICES: {s} is not an origin; left out");
                }
                parsed
            })
            .collect()
    }

    fn parse(text: &str) -> Option<Origin> {
        let (scheme, rest) = text.split_once("://")?;
        let (any_below, rest) = match rest.strip_prefix("*.") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let url = url::Url::parse(&format!("{scheme}://{rest}")).ok()?;
        Some(Origin {
            scheme: url.scheme().to_string(),
            host: url.host_str()?.to_ascii_lowercase(),
            any_below,
            port: url.port_or_known_default(),
        })
    }

    /// Does `url` lie at this origin?
    pub fn admits(&self, url: &url::Url) -> bool {
        let Some(host) = url.host_str().map(str::to_ascii_lowercase) else {
            return false;
        };
        let host_ok = if self.any_below {
            host.strip_suffix(&self.host)
                .is_some_and(|sub| sub.len() > 1 && sub.ends_with('.'))
        } else {
            host == self.host
        };
        url.scheme() == self.scheme
            && host_ok
            && url.port_or_known_default() == self.port
            && url.username().is_empty()
            && url.password().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admits(list: &str, url: &str) -> bool {
        let url = url::Url::parse(url).unwrap();
        Origin::list(list).iter().any(|o| o.admits(&url))
    }

    #[test]
    fn only_the_push_services_named() {
        assert!(admits(KNOWN_SERVICES, "https://fcm.googleapis.com/fcm/send/abc"));
        assert!(admits(
            KNOWN_SERVICES,
            "https://wns2-db5p.notify.windows.com/w/?token=x"
        ));
        assert!(!admits(
            KNOWN_SERVICES,
            "https://notify.windows.com.evil.example/w"
        ));
        assert!(!admits(KNOWN_SERVICES, "https://evilnotify.windows.com/w"));
        assert!(!admits(KNOWN_SERVICES, "http://fcm.googleapis.com/fcm/send/abc"));
        assert!(!admits(
            KNOWN_SERVICES,
            "https://fcm.googleapis.com:8443/fcm/send/abc"
        ));
        assert!(!admits(KNOWN_SERVICES, "https://user@fcm.googleapis.com/x"));
        assert!(!admits(KNOWN_SERVICES, "https://10.0.0.1/internal"));
        assert!(admits("http://127.0.0.1:4567", "http://127.0.0.1:4567/push/1"));
        assert!(!admits("http://127.0.0.1:4567", "http://127.0.0.1:4568/push/1"));
        assert!(Origin::list("not an origin, ftp//x").is_empty());
    }
}
