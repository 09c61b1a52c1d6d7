//! Which address a request comes from, for the sign-in limits.
//!
//! Behind a reverse proxy the peer is the proxy, and `X-Forwarded-For` lists the hops,
//! the client's own claim first. Anyone can write that first entry, so it is never
//! taken: we walk the list from the right (the hop our proxy saw) past every proxy we
//! trust, and the first address that is not one of ours is the client. Without trusted
//! proxies the header is ignored. IPv6 addresses count per /64: one household or phone
//! gets a whole /64, so counting single addresses would let it rotate past the limit.

use ipnet::IpNet;
use std::net::IpAddr;

/// The client address of a request, as the key the limits count by.
pub fn client_address(peer: Option<IpAddr>, forwarded_for: Option<&str>, trusted: &[IpNet]) -> String {
    let Some(mut client) = peer else {
        return "unknown".into();
    };
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if is_trusted(&client) {
        let hops = forwarded_for.unwrap_or_default().split(',').rev();
        for hop in hops {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else {
                // Rubbish in the chain: stop at the last address we could trust.
                break;
            };
            client = ip;
            if !is_trusted(&ip) {
                break;
            }
        }
    }
    key(client)
}

/// IPv4 as it is; IPv6 as its /64 network.
fn key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => match ipnet::Ipv6Net::new(v6, 64) {
                Ok(net) => net.trunc().to_string(),
                Err(_) => v6.to_string(),
            },
        },
    }
}

/// Parses `LOTSE_TRUSTED_PROXIES`: addresses or networks, separated by commas
/// (`127.0.0.1, 10.0.0.0/8, ::1`). Entries that do not parse are returned as errors.
pub fn parse_trusted(list: &str) -> Result<Vec<IpNet>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("not an address or network: {s}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        s.parse().ok()
    }

    #[test]
    fn the_header_counts_only_behind_a_trusted_proxy() {
        let proxy = parse_trusted("127.0.0.1").unwrap();
        // Direct: the peer, whatever the header says.
        assert_eq!(
            client_address(ip("203.0.113.9"), Some("1.2.3.4"), &proxy),
            "203.0.113.9"
        );
        assert_eq!(
            client_address(ip("203.0.113.9"), Some("1.2.3.4"), &[]),
            "203.0.113.9"
        );
        // Behind our proxy: the hop it saw, not the client's own claim on the left.
        assert_eq!(
            client_address(ip("127.0.0.1"), Some("6.6.6.6, 198.51.100.7"), &proxy),
            "198.51.100.7"
        );
        // Two proxies of ours: walk past both.
        let two = parse_trusted("127.0.0.1, 10.0.0.0/8").unwrap();
        assert_eq!(
            client_address(ip("127.0.0.1"), Some("6.6.6.6, 198.51.100.7, 10.1.2.3"), &two),
            "198.51.100.7"
        );
        // No header or rubbish: the last address we could trust.
        assert_eq!(client_address(ip("127.0.0.1"), None, &proxy), "127.0.0.1");
        assert_eq!(
            client_address(ip("127.0.0.1"), Some("not-an-ip"), &proxy),
            "127.0.0.1"
        );
        assert_eq!(client_address(None, Some("1.2.3.4"), &proxy), "unknown");
    }

    #[test]
    fn ipv6_counts_per_64() {
        let a = client_address(ip("2001:db8:1:2:aaaa::1"), None, &[]);
        let b = client_address(ip("2001:db8:1:2:bbbb::9"), None, &[]);
        assert_eq!(a, b);
        assert_eq!(a, "2001:db8:1:2::/64");
        assert_ne!(a, client_address(ip("2001:db8:1:3::1"), None, &[]));
        assert_eq!(client_address(ip("::ffff:192.0.2.1"), None, &[]), "192.0.2.1");
    }

    #[test]
    fn trusted_lists_parse_or_say_what_is_wrong() {
        assert_eq!(parse_trusted("").unwrap(), vec![]);
        assert_eq!(parse_trusted("10.0.0.0/8, ::1").unwrap().len(), 2);
        assert!(parse_trusted("10.0.0.0/8, proxy.local").is_err());
    }
}
