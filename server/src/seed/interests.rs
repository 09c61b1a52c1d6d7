//! What the demo's clients would like to take part in, as their guides recorded it: the
//! language café and a women's group (most with childcare) are wanted by many, sports and
//! homework help by a few, so the planners' page shows a gap (no women's group yet) and
//! small counts as "< 5". Most said where they live; a few did not.

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
    for (i, ((client, _), (kinds, times, childcare))) in people.clients.iter().skip(1).zip(WISHES).enumerate()
    {
        let access = guide_access(store, *client).await?;
        let districts = match store.client_scope(*client).await? {
            Some(scope) => {
                store
                    .districts(lotse_app::domain::MunicipalityId(scope.municipality_id))
                    .await?
            }
            None => vec![],
        };
        // Every fourth did not say; the others spread over the first two districts.
        let district_id = (i % 4 != 3)
            .then(|| districts.get(i % 2).map(|(id, _)| *id))
            .flatten();
        let row = InterestsRow {
            kinds: kinds.into(),
            times: times.into(),
            childcare,
            district_id,
            version: 0,
        };
        store.case(&access).save_interests(&row).await?;
    }
    Ok(())
}
