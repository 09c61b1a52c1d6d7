//! Sign-in, sessions and permissions.
//!
//! Every handler starts from [`permission`]: it turns the request's session into a
//! [`Principal`] (who, which role, which scope) or denies. Data access for a client
//! record needs a [`ClientAccess`], which only [`permission::client_access`] can make,
//! so an unchecked path to case data does not compile.

pub mod address;
pub mod credentials;
pub mod permission;
pub mod ratelimit;
pub mod session;
pub mod two_factor;

pub use permission::{ClientAccess, Principal};
pub use session::{CurrentSession, SESSION_COOKIE};
