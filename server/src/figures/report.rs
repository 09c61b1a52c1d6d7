//! The funder's report as a spreadsheet (XLSX: a cover sheet and a sheet per section) and
//! as CSV (one long table: section, table, row, column, value). Numbers go out as numbers,
//! months and dates as dates; counts of one to four people as the text "< 5", as on
//! the dashboard.

use lotse_app::figures::{Label, Section, Shown};
use lotse_app::i18n::Tr;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

/// What the cover sheet says.
#[derive(Clone, Debug)]
pub struct Cover {
    pub municipality: String,
    pub funder: String,
    /// ISO dates, inclusive.
    pub from: String,
    pub to: String,
    /// ISO date the report was made, in the municipality's time zone.
    pub made_on: String,
    pub made_by: String,
}

/// A label in the reader's words.
pub fn label(tr: &Tr, l: &Label) -> String {
    match l {
        Label::Message(id) => tr.t(id),
        Label::Text(t) => t.clone(),
        Label::Month(m) => m.clone(),
    }
}

/// A shown cell as text (CSV, the dashboard's tables use their own formatting).
fn plain(tr: &Tr, s: &Shown) -> String {
    match s {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThanFive => "< 5".into(),
        Shown::Days(d) => format!("{d:.1}"),
        Shown::TooFew => String::new(),
        Shown::Tenths(t) => format!("{:.1}", *t as f64 / 10.0),
        Shown::Text(t) | Shown::Date(t) => t.clone(),
        Shown::Message(m) => tr.t(m),
    }
}

/// The CSV: UTF-8 with a byte-order mark and semicolons, as German spreadsheets open it.
pub fn csv(tr: &Tr, cover: &Cover, sections: &[Section]) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    out.write_record([
        tr.t("figures-csv-section"),
        tr.t("figures-csv-table"),
        tr.t("figures-csv-row"),
        tr.t("figures-csv-column"),
        tr.t("figures-csv-value"),
    ])?;
    let report = tr.t("figures-report-cover");
    for (k, v) in cover_lines(tr, cover) {
        out.write_record([report.as_str(), "", k.as_str(), "", v.as_str()])?;
    }
    for s in sections {
        let section = tr.t(&format!("figures-section-{}", s.id));
        for t in &s.tables {
            let table = tr.t(&format!("figures-{}", t.id));
            for r in &t.rows {
                let row = label(tr, &r.label);
                for (c, cell) in t.columns.iter().zip(&r.cells) {
                    out.write_record([
                        section.as_str(),
                        table.as_str(),
                        row.as_str(),
                        &label(tr, c),
                        &plain(tr, &cell.shown()),
                    ])?;
                }
            }
        }
    }
    out.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

fn cover_lines(tr: &Tr, c: &Cover) -> Vec<(String, String)> {
    vec![
        (tr.t("figures-cover-municipality"), c.municipality.clone()),
        (tr.t("figures-cover-funder"), c.funder.clone()),
        (tr.t("figures-cover-from"), c.from.clone()),
        (tr.t("figures-cover-to"), c.to.clone()),
        (tr.t("figures-cover-made-on"), c.made_on.clone()),
        (tr.t("figures-cover-made-by"), c.made_by.clone()),
    ]
}

fn date(iso: &str) -> Option<ExcelDateTime> {
    let mut p = iso.splitn(3, '-');
    let y: u16 = p.next()?.parse().ok()?;
    let m: u8 = p.next()?.parse().ok()?;
    let d: u8 = p.next().unwrap_or("1").parse().ok()?;
    ExcelDateTime::from_ymd(y, m, d).ok()
}

/// A sheet's name: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect()
}

/// The XLSX: a cover sheet, then a sheet per section with each table under its title.
pub fn xlsx(tr: &Tr, cover: &Cover, sections: &[Section]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let day = Format::new()
        .set_num_format("dd.mm.yyyy")
        .set_align(FormatAlign::Left);
    let month = Format::new()
        .set_num_format("mmm yyyy")
        .set_align(FormatAlign::Left);
    let decimal = Format::new().set_num_format("0.0");
    let fewer = Format::new().set_align(FormatAlign::Right);

    let mut sheet = Worksheet::new();
    sheet.set_name(sheet_name(&tr.t("figures-report-cover")))?;
    sheet.write_with_format(0, 0, tr.t("figures-report-title"), &title)?;
    for (i, (k, v)) in cover_lines(tr, cover).into_iter().enumerate() {
        let row = i as u32 + 2;
        sheet.write_with_format(row, 0, k, &bold)?;
        // The period and the day it was made are dates; the rest is text.
        match (i, date(&v)) {
            (2..=4, Some(d)) => sheet.write_date_with_format(row, 1, &d, &day)?,
            _ => sheet.write(row, 1, v)?,
        };
    }
    sheet.write(9, 0, tr.t("figures-report-small-cells"))?;
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 50)?;
    book.push_worksheet(sheet);

    for s in sections {
        let mut sheet = Worksheet::new();
        sheet.set_name(sheet_name(&tr.t(&format!("figures-section-{}", s.id))))?;
        let mut row: u32 = 0;
        let mut widest = 10usize;
        for t in &s.tables {
            sheet.write_with_format(row, 0, tr.t(&format!("figures-{}", t.id)), &title)?;
            row += 1;
            sheet.write_with_format(row, 0, "", &bold)?;
            for (c, l) in t.columns.iter().enumerate() {
                sheet.write_with_format(row, c as u16 + 1, label(tr, l), &bold)?;
            }
            row += 1;
            for r in &t.rows {
                match &r.label {
                    Label::Month(m) => match date(m) {
                        Some(d) => sheet.write_date_with_format(row, 0, &d, &month)?,
                        None => sheet.write(row, 0, m.as_str())?,
                    },
                    other => {
                        let text = label(tr, other);
                        widest = widest.max(text.chars().count());
                        sheet.write(row, 0, text)?
                    }
                };
                for (c, cell) in r.cells.iter().enumerate() {
                    let col = c as u16 + 1;
                    match cell.shown() {
                        Shown::Count(n) => sheet.write_number(row, col, n as f64)?,
                        Shown::FewerThanFive => sheet.write_with_format(row, col, "< 5", &fewer)?,
                        Shown::Days(d) => sheet.write_number_with_format(row, col, d, &decimal)?,
                        Shown::TooFew => sheet.write(row, col, "")?,
                        Shown::Tenths(t) => {
                            sheet.write_number_with_format(row, col, t as f64 / 10.0, &decimal)?
                        }
                        Shown::Text(t) => sheet.write(row, col, t)?,
                        Shown::Date(d) => match date(&d) {
                            Some(x) => sheet.write_date_with_format(row, col, &x, &day)?,
                            None => sheet.write(row, col, d)?,
                        },
                        Shown::Message(m) => sheet.write(row, col, tr.t(&m))?,
                    };
                }
                row += 1;
            }
            row += 1;
        }
        sheet.set_column_width(0, widest.min(60) as f64 + 2.0)?;
        for c in 1..=8 {
            sheet.set_column_width(c, 16)?;
        }
        book.push_worksheet(sheet);
    }
    book.save_to_buffer()
}
