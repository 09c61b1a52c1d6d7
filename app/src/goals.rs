//! The municipality's integration goals: per field of action, each with indicators whose
//! path over time is drawn against a target. An indicator is computed by Lotse from the
//! figures (one of [`COMPUTED`]) or entered by hand with its source.

/// How an indicator is measured; message `indicator-unit-<value>`.
pub const UNITS: [&str; 3] = ["percent", "count", "days"];

/// Which way an indicator should go; message `indicator-aim-<value>`.
pub const AIMS: [&str; 2] = ["up", "down"];

/// Indicators Lotse computes, per quarter, from the case records: (key, unit, aim). Message
/// `indicator-computed-<key>` names each, `indicator-computed-<key>-desc` says how it is
/// counted (the queries are in `server/src/db/figures.rs`).
pub const COMPUTED: [(&str, &str, &str); 6] = [
    ("independent_share", "percent", "up"),
    ("plan_share", "percent", "up"),
    ("confirmed_share", "percent", "up"),
    ("days_to_plan", "days", "down"),
    ("language_goal_18m", "percent", "up"),
    ("referrals_done_share", "percent", "up"),
];

pub fn computed_unit(key: &str) -> Option<&'static str> {
    COMPUTED.iter().find(|(k, ..)| *k == key).map(|(_, u, _)| *u)
}

pub fn computed_aim(key: &str) -> Option<&'static str> {
    COMPUTED.iter().find(|(k, ..)| *k == key).map(|(.., a)| *a)
}

/// One point of an indicator's path: the day it stands for and its value, or None when it
/// was counted over fewer than five cases (not shown, like every small count).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Point {
    pub on: String,
    pub value: Option<f64>,
    /// How many cases it was counted over (None for values entered by hand).
    pub of: Option<i64>,
}

/// An indicator with its path, ready to be drawn.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IndicatorPath {
    pub id: i64,
    pub goal_id: i64,
    pub goal: String,
    pub field: String,
    pub title: String,
    pub unit: String,
    /// "up" when a higher value is better, "down" when a lower one is.
    pub aim: String,
    /// The computed key, or None for values entered by hand.
    pub computed: Option<String>,
    pub source: String,
    pub baseline_on: String,
    pub target: f64,
    pub target_on: String,
    pub points: Vec<Point>,
}

impl IndicatorPath {
    /// The latest point with a value.
    pub fn latest(&self) -> Option<&Point> {
        self.points.iter().rev().find(|p| p.value.is_some())
    }

    /// Whether the latest value has reached the target, in the direction of its aim.
    pub fn reached(&self) -> Option<bool> {
        let v = self.latest()?.value?;
        Some(if self.aim == "down" {
            v <= self.target
        } else {
            v >= self.target
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reached_follows_the_aim() {
        let mut p = IndicatorPath {
            id: 1,
            goal_id: 1,
            goal: String::new(),
            field: "language".into(),
            title: String::new(),
            unit: "percent".into(),
            aim: "up".into(),
            computed: None,
            source: String::new(),
            baseline_on: "2026-01-01".into(),
            target: 50.0,
            target_on: "2027-01-01".into(),
            points: vec![
                Point {
                    on: "2026-03-31".into(),
                    value: Some(60.0),
                    of: None,
                },
                Point {
                    on: "2026-06-30".into(),
                    value: None,
                    of: Some(3),
                },
            ],
        };
        assert_eq!(p.latest().and_then(|x| x.value), Some(60.0));
        assert_eq!(p.reached(), Some(true));
        p.aim = "down".into();
        assert_eq!(p.reached(), Some(false));
        assert_eq!(computed_aim("days_to_plan"), Some("down"));
        assert_eq!(computed_unit("days_to_plan"), Some("days"));
    }
}
