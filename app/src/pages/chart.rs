//! Bar charts drawn on the server as SVG: no script, readable in print, in grey and at
//! 200 % zoom. Each series has a colour *and* a pattern (solid, stripes, dots, cross
//! hatch…), the chart has a title and a description for screen readers, and the same
//! figures stand in a table beside it, so the chart is never the only way to read them.
//!
//! Written here rather than taken from a crate: the SVG chart crates we looked at
//! (plotters, charts-rs) draw neither patterns nor `<title>`/`<desc>`, which is what makes a
//! chart accessible; a bar chart is a few rectangles.

use leptos::prelude::*;

/// One group of bars: a label and one value per series (None: not shown, e.g. "< 5").
#[derive(Clone, Debug)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// The values as the reader reads them ("1.234", "< 5").
    pub texts: Vec<String>,
}

/// Colours with at least 3:1 contrast on white, paired with patterns.
const COLOURS: [&str; 6] = ["#1d4f91", "#b34700", "#1e7a45", "#6b3fa0", "#8a6d00", "#a3195b"];

/// Drawn at this width in CSS pixels (`.chart`'s max-inline-size), so text is at its size.
const WIDTH: f64 = 480.0;
const LABEL_H: f64 = 20.0;
const BAR_H: f64 = 14.0;
const GAP: f64 = 12.0;
/// Room at the end of the longest bar for its value.
const VALUE_W: f64 = 56.0;

fn pattern(id: &str, i: usize) -> impl IntoView {
    let c = COLOURS[i % COLOURS.len()];
    let inner = match i % 6 {
        0 => view! { <rect width="8" height="8" fill=c/> }.into_any(),
        1 => view! { <rect width="8" height="8" fill=c/><path d="M0 8 L8 0" stroke="#fff" stroke-width="2"/> }.into_any(),
        2 => view! { <rect width="8" height="8" fill=c/><circle cx="4" cy="4" r="1.6" fill="#fff"/> }.into_any(),
        3 => view! { <rect width="8" height="8" fill=c/><path d="M0 0 L8 8 M8 0 L0 8" stroke="#fff" stroke-width="1.2"/> }.into_any(),
        4 => view! { <rect width="8" height="8" fill=c/><path d="M0 4 H8" stroke="#fff" stroke-width="2"/> }.into_any(),
        _ => view! { <rect width="8" height="8" fill=c/><path d="M4 0 V8" stroke="#fff" stroke-width="2"/> }.into_any(),
    };
    view! {
        <pattern id=format!("{id}-p{i}") width="8" height="8" patternUnits="userSpaceOnUse">{inner}</pattern>
    }
}

/// A horizontal bar chart: one group per row, one bar per series, a legend above.
/// `id` must be unique on the page (pattern and title ids hang off it).
#[component]
pub fn BarChart(
    id: String,
    title: String,
    desc: String,
    series: Vec<String>,
    groups: Vec<BarGroup>,
) -> impl IntoView {
    let max = groups
        .iter()
        .flat_map(|g| g.values.iter().flatten())
        .fold(0.0_f64, |a, b| a.max(*b));
    let scale = if max > 0.0 { (WIDTH - VALUE_W) / max } else { 0.0 };
    let n = series.len().max(1);
    let legend_h = if series.len() > 1 { 26.0 } else { 0.0 };
    let group_h = LABEL_H + BAR_H * n as f64 + GAP;
    let height = legend_h + group_h * groups.len() as f64;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let defs = (0..n).map(|i| pattern(&id, i)).collect::<Vec<_>>();
    let legend = (series.len() > 1).then(|| {
        let mut x = 0.0;
        series
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let at = x;
                x += 32.0 + 8.5 * s.chars().count() as f64;
                view! {
                    <rect x=at y="4" width="16" height="16" fill=format!("url(#{id}-p{i})") stroke="#222" stroke-width="0.5"/>
                    <text x=at + 22.0 y="17" class="chart-text">{s.clone()}</text>
                }
            })
            .collect::<Vec<_>>()
    });
    let bars = groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let top = legend_h + g as f64 * group_h;
            let rows = group
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let y = top + LABEL_H + i as f64 * BAR_H;
                    let w = v
                        .map(|v| (v * scale).max(if v > 0.0 { 1.0 } else { 0.0 }))
                        .unwrap_or(0.0);
                    let text = group.texts.get(i).cloned().unwrap_or_default();
                    // A hidden value ("< 5") gets a short grey stub, so the gap is not read as zero.
                    let fill = if v.is_some() {
                        format!("url(#{id}-p{i})")
                    } else {
                        "#bbb".to_string()
                    };
                    let w = if v.is_none() { 6.0 } else { w };
                    view! {
                        <rect x="0" y=y + 1.0 width=w height=BAR_H - 2.0 fill=fill/>
                        <text x=w + 4.0 y=y + BAR_H - 3.0 class="chart-value">{text}</text>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <text x="0" y=top + LABEL_H - 5.0 class="chart-text">{group.label.clone()}</text>
                {rows}
            }
        })
        .collect::<Vec<_>>();
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") role="img"
            aria-labelledby=labelled_by xmlns="http://www.w3.org/2000/svg">
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            <defs>{defs}</defs>
            {legend}
            {bars}
        </svg>
    }
}

/// One point of a line: its label on the time axis ("03/2026"), its value (None: counted
/// over too few cases, left out of the line and marked on the axis) and how it reads.
#[derive(Clone, Debug)]
pub struct LinePoint {
    pub label: String,
    pub value: Option<f64>,
    pub text: String,
}

const LINE_H: f64 = 180.0;
const AXIS_W: f64 = 60.0;
/// Room after the last point for its value and label.
const END_PAD: f64 = 36.0;
const AXIS_H: f64 = 34.0;

/// A path over time against a target: the values joined by a solid line with square
/// markers (shape as well as colour), the target a dashed line with its label. Same
/// accessibility as [`BarChart`]: title, description, a table of the points beside it.
#[component]
pub fn LineChart(
    id: String,
    title: String,
    desc: String,
    points: Vec<LinePoint>,
    target: f64,
    target_text: String,
) -> impl IntoView {
    let top = points
        .iter()
        .filter_map(|p| p.value)
        .fold(target, f64::max)
        .max(1.0)
        * 1.15;
    let plot_w = WIDTH - AXIS_W - END_PAD;
    let n = points.len();
    let step = if n > 1 { plot_w / (n - 1) as f64 } else { 0.0 };
    let x = move |i: usize| AXIS_W + if n > 1 { i as f64 * step } else { plot_w / 2.0 };
    let y = move |v: f64| 8.0 + (LINE_H - 8.0) * (1.0 - v / top);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    // The line is broken where a point is not shown.
    let mut segments: Vec<Vec<(f64, f64)>> = vec![vec![]];
    for (i, p) in points.iter().enumerate() {
        match p.value {
            Some(v) => {
                if let Some(s) = segments.last_mut() {
                    s.push((x(i), y(v)));
                }
            }
            None => segments.push(vec![]),
        }
    }
    let lines = segments
        .into_iter()
        .filter(|s| s.len() > 1)
        .map(|s| {
            let d = s
                .iter()
                .enumerate()
                .map(|(i, (px, py))| format!("{}{px:.1} {py:.1}", if i == 0 { "M" } else { " L" }))
                .collect::<String>();
            view! { <path d=d fill="none" stroke=COLOURS[0] stroke-width="2.5"/> }
        })
        .collect::<Vec<_>>();
    // Label every point when few, else about six, so labels never overlap.
    let every = points.len().div_ceil(6).max(1);
    let marks = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let px = x(i);
            let label = (i % every == 0 || i + 1 == points.len()).then(|| {
                view! { <text x=px y=LINE_H + 20.0 text-anchor="middle" class="chart-text">{p.label.clone()}</text> }
            });
            let marker = match p.value {
                Some(v) => view! {
                    <rect x=px - 4.0 y=y(v) - 4.0 width="8" height="8" fill=COLOURS[0]/>
                    <text x=px y=y(v) - 8.0 text-anchor="middle" class="chart-value">{p.text.clone()}</text>
                }
                .into_any(),
                // Too few cases: an open grey ring on the axis (the table says why).
                None => view! {
                    <circle cx=px cy=LINE_H - 5.0 r="3.5" fill="none" stroke="#777" stroke-width="1.5"/>
                }
                .into_any(),
            };
            view! { {marker}{label} }
        })
        .collect::<Vec<_>>();
    let ty = y(target);
    let height = LINE_H + AXIS_H;
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") role="img"
            aria-labelledby=labelled_by xmlns="http://www.w3.org/2000/svg">
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            <line x1=AXIS_W - 8.0 y1=LINE_H x2=WIDTH - 8.0 y2=LINE_H stroke="#555" stroke-width="1"/>
            <line x1=AXIS_W - 8.0 y1=ty x2=WIDTH - 8.0 y2=ty stroke=COLOURS[1] stroke-width="2" stroke-dasharray="6 4"/>
            <text x="0" y=ty + 4.0 class="chart-value">{target_text}</text>
            {lines}
            {marks}
        </svg>
    }
}
