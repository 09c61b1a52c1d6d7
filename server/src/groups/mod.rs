//! Group offers run by volunteers: when they meet (recurrence in Europe/Berlin).

pub mod schedule;
