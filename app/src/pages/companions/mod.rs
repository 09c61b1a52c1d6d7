//! One-to-one volunteering (mentoring pairs, accompaniment, rides): the guide's tab of
//! the case file and the volunteer's pages.

pub mod case;
pub mod overview;
pub mod volunteer;
