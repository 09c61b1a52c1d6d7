//! Sign-in limits, kept in the database so that every server instance enforces the same
//! limit. (In-memory limiters such as `governor` would let an attacker multiply their
//! tries by the number of instances.)
//!
//! Each account has one budget for unknown devices and one per device it signed in on
//! before (the device cookie, OWASP's "device cookies" scheme). A budget allows a burst
//! of [`FREE_TRIES`]; after that every further try waits a delay that doubles with each
//! failure ([`wait_after`]). A hard lock-out would let anyone who knows a colleague's
//! e-mail address lock them out with five wrong passwords; here a stranger only slows
//! down the unknown-device budget, and the owner on their own phone or PC signs in as
//! always. The address budget (a town hall's NAT address has many honest users) also
//! counts unknown devices only.

use crate::db::{DbResult, Store};

/// Wrong tries a budget allows before delays begin.
pub const FREE_TRIES: i64 = 5;
/// The first delay after the free tries; each further failure doubles it.
pub const FIRST_DELAY_SECS: i64 = 15 * 60;
/// Delays never grow beyond a day, and failures older than a day are forgotten.
pub const MAX_DELAY_SECS: i64 = 24 * 3600;
/// Failures allowed per address within [`ADDRESS_WINDOW_SECS`], unknown devices only.
pub const ADDRESS_LIMIT: i64 = 30;
pub const ADDRESS_WINDOW_SECS: i64 = 15 * 60;

/// How long the next try must wait after `failures` failures (within a day) on a budget.
/// So in any 15 minutes at most [`FREE_TRIES`] guesses are checked per budget.
pub fn wait_after(failures: i64) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(20) as u32;
    FIRST_DELAY_SECS
        .saturating_mul(1_i64 << doublings)
        .min(MAX_DELAY_SECS)
}

fn minutes(secs: i64) -> i64 {
    (secs + 59).max(60) / 60
}

/// Reserves a try before the (expensive) check of the secret: the try is written first,
/// counted as a failure, and only then are the budget's earlier failures counted. A try
/// that must wait takes itself back. However many requests arrive at once, on however
/// many instances, each sees the ones written before its count, so at most
/// [`FREE_TRIES`] per budget reach the password check before the first delay.
/// `device` is the budget: '' for unknown devices, else the known device's hash.
/// Ok(id of the reserved try) or Err(minutes to wait).
pub async fn reserve(
    store: &Store,
    account_key: &str,
    device: &str,
    address: &str,
    now: i64,
) -> DbResult<Result<i64, i64>> {
    let id = store
        .record_signin_failure(account_key, device, address, now)
        .await?;
    let (earlier, latest) = store
        .failures_in_bucket(account_key, device, now - MAX_DELAY_SECS, id)
        .await?;
    let mut wait_until = latest
        .map(|l| l + wait_after(earlier))
        .filter(|until| *until > now);
    if device.is_empty() {
        let (by_address, oldest) = store
            .failures_for_address(address, now - ADDRESS_WINDOW_SECS)
            .await?;
        if by_address > ADDRESS_LIMIT {
            let until = oldest.unwrap_or(now) + ADDRESS_WINDOW_SECS;
            wait_until = wait_until.max(Some(until));
        }
    }
    match wait_until {
        None => Ok(Ok(id)),
        Some(until) => {
            store.forget_signin_failure(id).await?;
            Ok(Err(minutes(until - now)))
        }
    }
}

/// After a wrong try: None when the next try may come at once, or the whole minutes
/// until it may.
pub async fn wait_for_next(
    store: &Store,
    account_key: &str,
    device: &str,
    address: &str,
    now: i64,
) -> DbResult<Option<i64>> {
    let (failures, _) = store
        .failures_in_bucket(account_key, device, now - MAX_DELAY_SECS, 0)
        .await?;
    let mut wait = wait_after(failures);
    if device.is_empty() {
        let (by_address, oldest) = store
            .failures_for_address(address, now - ADDRESS_WINDOW_SECS)
            .await?;
        if by_address >= ADDRESS_LIMIT {
            wait = wait.max(oldest.unwrap_or(now) + ADDRESS_WINDOW_SECS - now);
        }
    }
    Ok((wait > 0).then(|| minutes(wait)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_begin_after_the_free_tries_and_double() {
        assert_eq!(wait_after(0), 0);
        assert_eq!(wait_after(FREE_TRIES - 1), 0);
        assert_eq!(wait_after(FREE_TRIES), 15 * 60);
        assert_eq!(wait_after(FREE_TRIES + 1), 30 * 60);
        assert_eq!(wait_after(FREE_TRIES + 10), MAX_DELAY_SECS);
        assert_eq!(wait_after(i64::MAX), MAX_DELAY_SECS);
    }
}
