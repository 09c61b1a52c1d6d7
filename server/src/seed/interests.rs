//! What the demo's clients would like to take part in, as their guides recorded it: the
//! language café and a women's group (most with childcare) are wanted by many, sports and
//! homework help by a few, so the planners' page shows a gap (no women's group yet) and
//! small counts as "< 5".

use super::{guide_access, people};
use crate::db::interests::InterestsRow;
use crate::db::{DbResult, Store};

const WISHES: [(&str, &str, bool); 12] = [
    ("language_cafe womens_group", "weekday_am", true),
    ("language_cafe", "weekday_ev", false),
    ("womens_group parents_children", "weekday_am", true),
    ("language_cafe sports", "weekend", false),
    ("womens_group", "weekday_am weekday_pm", true),
    ("language_cafe homework", "weekday_pm", false),
    ("womens_group language_cafe", "weekday_am", true),
    ("sports", "weekday_ev weekend", false),
    ("language_cafe womens_group", "weekday_am", true),
    ("homework", "weekday_pm", false),
    ("language_cafe", "weekday_ev", false),
    ("womens_group cooking", "weekday_pm", true),
];

pub async fn seed(store: &Store, people: &people::Seeded) -> DbResult<()> {
    for ((client, _), (kinds, times, childcare)) in people.clients.iter().skip(1).zip(WISHES) {
        let access = guide_access(store, *client).await?;
        let row = InterestsRow {
            kinds: kinds.into(),
            times: times.into(),
            childcare,
            version: 0,
        };
        store.case(&access).save_interests(&row).await?;
    }
    Ok(())
}
