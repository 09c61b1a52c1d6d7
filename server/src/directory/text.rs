//! Editors write plain text with a little Markdown: blank lines between paragraphs,
//! lines starting with "- " for bullets, and **bold**. It is parsed with pulldown-cmark
//! and reduced to [`Block`]s; anything else (HTML, links, headings, images) keeps only
//! its text, which the page escapes like all text.

use super::{Block, Span};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub fn parse(source: &str) -> Vec<Block> {
    let mut blocks = vec![];
    let mut spans: Vec<Span> = vec![];
    let mut items: Option<Vec<Vec<Span>>> = None;
    let mut bold = 0u32;
    // Nested lists are flattened into the outer one.
    let mut depth = 0u32;
    let push_text = |spans: &mut Vec<Span>, text: &str, bold: bool| {
        if let Some(last) = spans.last_mut().filter(|s| s.bold == bold) {
            last.text.push_str(text);
        } else if !text.is_empty() {
            spans.push(Span {
                text: text.to_string(),
                bold,
            });
        }
    };
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::List(_)) => {
                depth += 1;
                if depth == 1 {
                    flush_paragraph(&mut blocks, &mut spans, false);
                    items = Some(vec![]);
                } else {
                    end_item(&mut items, &mut spans);
                }
            }
            Event::End(TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(list) = items.take().filter(|l| !l.is_empty()) {
                        blocks.push(Block::List(list));
                    }
                }
            }
            Event::End(TagEnd::Item) => end_item(&mut items, &mut spans),
            Event::End(TagEnd::HtmlBlock) if items.is_none() => {
                flush_paragraph(&mut blocks, &mut spans, false);
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) => {
                flush_paragraph(&mut blocks, &mut spans, items.is_some());
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push_text(&mut spans, &t, bold > 0)
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut spans, " ", bold > 0),
            _ => {}
        }
    }
    flush_paragraph(&mut blocks, &mut spans, false);
    blocks
}

fn end_item(items: &mut Option<Vec<Vec<Span>>>, spans: &mut Vec<Span>) {
    let item = trim(std::mem::take(spans));
    if let (Some(list), false) = (items.as_mut(), item.is_empty()) {
        list.push(item);
    }
}

/// Ends a paragraph; inside a list item the text stays for the item.
fn flush_paragraph(blocks: &mut Vec<Block>, spans: &mut Vec<Span>, in_list: bool) {
    if in_list {
        return;
    }
    let p = trim(std::mem::take(spans));
    if !p.is_empty() {
        blocks.push(Block::Paragraph(p));
    }
}

fn trim(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| !s.text.trim().is_empty() || s.text == " ");
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    spans.retain(|s| !s.text.is_empty());
    spans
}

/// The text without formatting, e.g. for search and the CSV export's preview.
pub fn plain(blocks: &[Block]) -> String {
    let spans = |s: &[Span]| s.iter().map(|s| s.text.as_str()).collect::<String>();
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => spans(p),
            Block::List(items) => items.iter().map(|i| spans(i)).collect::<Vec<_>>().join("\n"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(t: &str, bold: bool) -> Span {
        Span { text: t.into(), bold }
    }

    #[test]
    fn paragraphs_lists_and_bold() {
        let blocks = parse("Bitte **pünktlich** kommen.\n\n- Pass\n- Meldebescheinigung\n\nDanke");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![
                    span("Bitte ", false),
                    span("pünktlich", true),
                    span(" kommen.", false)
                ]),
                Block::List(vec![
                    vec![span("Pass", false)],
                    vec![span("Meldebescheinigung", false)]
                ]),
                Block::Paragraph(vec![span("Danke", false)]),
            ]
        );
    }

    #[test]
    fn markup_is_kept_as_text_only() {
        let blocks =
            parse("<script>alert(1)</script>\n\n[Link](javascript:alert(1)) # x\n\n<b onclick=x>fett</b>");
        let text = plain(&blocks);
        assert!(!text.contains("javascript"), "{text}");
        // HTML from the editor is text: escaped when rendered, never markup.
        assert!(blocks.iter().all(|b| matches!(b, Block::Paragraph(_))));
        assert!(text.contains("Link"));
    }

    #[test]
    fn empty_text_has_no_blocks() {
        assert!(parse("  \n\n ").is_empty());
    }
}
