//! Sign-in rate limits, per account and per address, kept in the database so that every
//! server instance enforces the same limit. (In-memory limiters such as `governor` would
//! let an attacker multiply their tries by the number of instances.)

use crate::db::{DbResult, Store};

/// Failures allowed per account within the window.
pub const ACCOUNT_LIMIT: i64 = 5;
/// Failures allowed per address within the window (a shared office network has many
/// honest users, so this is higher).
pub const ADDRESS_LIMIT: i64 = 30;
pub const WINDOW_SECS: i64 = 15 * 60;

/// Reserves a try before the (expensive) check of the secret: the try is written first,
/// counted as a failure, and only then are the tries in the window counted. Whoever
/// counts more than the limit, their own included, is refused and takes the try back.
/// So however many requests arrive at once, on however many instances, at most
/// [`ACCOUNT_LIMIT`] of them per account reach the password check in a window (reading
/// the count first and writing it after the check let hundreds through).
/// Ok(id of the reserved try) or Err(minutes to wait).
pub async fn reserve(
    store: &Store,
    account_key: &str,
    address: &str,
    now: i64,
) -> DbResult<Result<i64, i64>> {
    let id = store.record_signin_failure(account_key, address, now).await?;
    let since = now - WINDOW_SECS;
    let (by_account, oldest_account) = store.failures_for_account(account_key, since).await?;
    let (by_address, oldest_address) = store.failures_for_address(address, since).await?;
    let wait_until = [
        (by_account > ACCOUNT_LIMIT).then_some(oldest_account).flatten(),
        (by_address > ADDRESS_LIMIT).then_some(oldest_address).flatten(),
    ]
    .into_iter()
    .flatten()
    .map(|oldest| oldest + WINDOW_SECS)
    .max();
    match wait_until {
        None => Ok(Ok(id)),
        Some(until) => {
            store.forget_signin_failure(id).await?;
            Ok(Err(((until - now) + 59).max(60) / 60))
        }
    }
}

/// None when a try is allowed, or the whole minutes until it is.
pub async fn blocked_for(store: &Store, account_key: &str, address: &str, now: i64) -> DbResult<Option<i64>> {
    let since = now - WINDOW_SECS;
    let (by_account, oldest_account) = store.failures_for_account(account_key, since).await?;
    let (by_address, oldest_address) = store.failures_for_address(address, since).await?;
    let wait_until = [
        (by_account >= ACCOUNT_LIMIT).then_some(oldest_account).flatten(),
        (by_address >= ADDRESS_LIMIT).then_some(oldest_address).flatten(),
    ]
    .into_iter()
    .flatten()
    .map(|oldest| oldest + WINDOW_SECS)
    .max();
    Ok(wait_until.map(|until| ((until - now) + 59).max(60) / 60))
}
