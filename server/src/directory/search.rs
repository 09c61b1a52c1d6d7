//! Search across offices and guides in the reader's language, forgiving typos and the
//! many ways Arabic and Persian letters are written. Each text is stored folded
//! (`office_texts.search_text`); a query is folded the same way and matched word by
//! word: as a prefix, or within an edit distance that grows with the word's length.

use crate::search::fold as fold_latin;
use std::collections::HashMap;

/// Lower case, without diacritics or Arabic short vowels, with letter variants unified:
/// Arabic ي/ى and Persian ی, Arabic ك and Persian ک, alef with hamza or madda, tā'
/// marbūṭa and hā', tatweel and zero-width joiners removed.
pub fn fold(s: &str) -> String {
    fold_latin(s)
        .chars()
        .filter_map(|c| match c {
            'ي' | 'ى' => Some('ی'),
            'ك' => Some('ک'),
            'ٱ' => Some('ا'),
            'ة' => Some('ه'),
            'ـ' | '\u{200c}' | '\u{200d}' => None,
            c => Some(c),
        })
        .collect()
}

/// The folded words of a text.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// What is stored for searching: the folded words, space-separated.
pub fn index_text(parts: &[&str]) -> String {
    parts.iter().flat_map(|p| words(p)).collect::<Vec<_>>().join(" ")
}

/// A query, prepared once for many texts.
#[derive(Debug)]
pub struct Query {
    words: Vec<Vec<char>>,
    /// Each word's [`letters`].
    classes: Vec<u64>,
}

impl Query {
    /// None for an empty query.
    pub fn new(q: &str) -> Option<Query> {
        let words: Vec<Vec<char>> = words(q).into_iter().map(|w| w.chars().collect()).collect();
        let classes = words.iter().map(|w| letters(w)).collect();
        (!words.is_empty()).then_some(Query { words, classes })
    }

    /// A scorer for many texts: each distinct word is compared with the query once
    /// (a county's texts share most of their words).
    pub fn scorer(&self) -> Scorer<'_> {
        Scorer {
            query: self,
            seen: HashMap::new(),
        }
    }

    /// How well one text matches (see [`Scorer::score`]).
    pub fn score(&self, name: &str, indexed: &str) -> Option<u32> {
        self.scorer().score(name, indexed)
    }
}

pub struct Scorer<'q> {
    query: &'q Query,
    /// Per folded word: its score against each query word.
    seen: HashMap<String, Vec<Option<u32>>>,
}

impl Scorer<'_> {
    fn word(&mut self, w: &str) -> &[Option<u32>] {
        if !self.seen.contains_key(w) {
            let scores = self.query.word_scores(w);
            self.seen.insert(w.to_string(), scores);
        }
        self.seen.get(w).map(Vec::as_slice).unwrap_or_default()
    }

    /// How well a text matches (None: not at all). Every query word must match a word
    /// of the text; matches in the name count double.
    pub fn score(&mut self, name: &str, indexed: &str) -> Option<u32> {
        let n = self.query.words.len();
        let mut in_name = vec![None::<u32>; n];
        let mut in_body = vec![None::<u32>; n];
        for w in words(name) {
            best_of(&mut in_name, self.word(&w));
        }
        for w in indexed.split(' ').filter(|w| !w.is_empty()) {
            best_of(&mut in_body, self.word(w));
        }
        combine(&in_name, &in_body)
    }
}

impl Query {
    /// The query's words, folded.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True for a query without words (never made by [`Query::new`]).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// How one folded word of a text matches each query word (None: not at all).
    pub fn word_scores(&self, word: &str) -> Vec<Option<u32>> {
        let chars: Vec<char> = word.chars().collect();
        self.char_scores(&chars)
    }

    /// [`Query::word_scores`] of a word already split into its letters.
    pub fn char_scores(&self, word: &[char]) -> Vec<Option<u32>> {
        let mut out = vec![None; self.words.len()];
        self.char_scores_into(word, letters(word), &mut out);
        out
    }

    /// [`Query::char_scores`] into `out` (one per query word) for a word whose
    /// [`letter_classes`] are `classes`, kept with it (the search's vocabulary).
    ///
    /// A word that lacks more of a query word's letters than its typos allow matches it
    /// in no way: it is not the same word, does not begin with it or hold it, and is not
    /// near it (each missing letter takes an edit). So most of a vocabulary is ruled out
    /// with two operations on bits, before letters are compared one by one (at 20,040
    /// offices, comparing every word of the vocabulary with "beratung" and "frauen" as
    /// parts of compounds was a tenth of the search's CPU).
    pub fn char_scores_into(&self, word: &[char], classes: u64, out: &mut [Option<u32>]) {
        for ((q, mine), o) in self.words.iter().zip(&self.classes).zip(out.iter_mut()) {
            let missing = (mine & !classes).count_ones() as usize;
            *o = match missing > allowed_typos(q.len()).unwrap_or(0) {
                true => None,
                false => word_score(q, word),
            };
        }
    }
}

/// The letter classes of a word split into its letters (see [`Query::char_scores_into`]).
pub fn letter_classes(word: &[char]) -> u64 {
    letters(word)
}

/// Keeps the better score per query word.
pub fn best_of(best: &mut [Option<u32>], scores: &[Option<u32>]) {
    for (b, s) in best.iter_mut().zip(scores.iter().copied()) {
        *b = (*b).max(s);
    }
}

/// A text's score from the best match of each query word in its name and in its body:
/// None unless every query word matched somewhere; a match in the name counts double.
pub fn combine(in_name: &[Option<u32>], in_body: &[Option<u32>]) -> Option<u32> {
    let mut total = 0;
    for (n, b) in in_name.iter().zip(in_body) {
        total += match (n, b) {
            (Some(n), _) => 2 * n,
            (None, Some(b)) => *b,
            (None, None) => return None,
        };
    }
    Some(total)
}

/// What the search index keeps of an office text: each distinct word of its name
/// (`true`) and of its folded search text (`false`).
pub fn postings(name: &str, indexed: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = words(name)
        .into_iter()
        .map(|w| (w, true))
        .chain(
            indexed
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| (w.to_string(), false)),
        )
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Typos forgiven in a query word of this many letters (None: it must match exactly or
/// as a beginning).
fn allowed_typos(len: usize) -> Option<usize> {
    match len {
        0..=3 => None,
        4..=6 => Some(1),
        _ => Some(2),
    }
}

/// The letters of a word as a set of 64 classes (code point modulo 64). A class of the
/// query missing from a word means a letter of the query missing from it; two letters
/// sharing a class only make the test pass more often, never fail a word that is near.
fn letters(w: &[char]) -> u64 {
    w.iter().fold(0, |m, c| m | 1 << (u32::from(*c) % 64))
}

/// 3 for the same word, 2 for a prefix, 1 for a near miss.
fn word_score(q: &[char], w: &[char]) -> Option<u32> {
    if q == w {
        return Some(3);
    }
    if w.starts_with(q) {
        return Some(2);
    }
    // Inside a compound ("bibliothek" in "stadtbibliothek").
    if q.len() >= 4 && w.windows(q.len()).any(|part| part == q) {
        return Some(2);
    }
    let allowed = allowed_typos(q.len())?;
    // The whole word, or its beginning of about the query's length (a typo in a
    // word not typed to its end). The distance is at least the difference in length,
    // so most words are ruled out without computing it.
    // And each letter of the query that the word lacks altogether takes an edit of its
    // own: a vocabulary's words mostly fail this before the distance is computed.
    let mine = letters(q);
    let near = |a: &[char]| {
        a.len().abs_diff(q.len()) <= allowed
            && (mine & !letters(a)).count_ones() as usize <= allowed
            && strsim::generic_damerau_levenshtein(q, a) <= allowed
    };
    let head = &w[..w.len().min(q.len())];
    near(w).then_some(1).or_else(|| near(head).then_some(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(q: &str, text: &str) -> bool {
        Query::new(q).is_some_and(|q| q.score("", &index_text(&[text])).is_some())
    }

    /// The test on letter classes rules out only words that match in no way: every
    /// pair of query word and word scores as the comparison letter by letter does
    /// ("ab" and "áb": two letters of one class).
    #[test]
    fn ruling_out_by_letters_keeps_every_match() {
        let vocabulary = [
            "beratung",
            "beratungsstelle",
            "frauenberatung",
            "beratng",
            "beartung",
            "bratung",
            "frauen",
            "fraun",
            "frau",
            "frauenhaus",
            "jobcenter",
            "jobcentr",
            "jbocenter",
            "stadtbibliothek",
            "bibliothek",
            "bibliotheken",
            "bib",
            "b",
            "ab",
            "áb",
            "kita",
            "kitas",
            "kinder",
            "kindergarten",
            "mdrsh",
            "مدرسه",
            "مدرسی",
            "کتابخانه",
            "كتابخانه",
            "ቤት",
            "ንባብ",
            "ቤተ",
            "ausländerbehörde",
            "auslanderbehorde",
            "zz",
        ];
        let queries = [
            "beratung",
            "fraun",
            "frau",
            "jobcentr",
            "bibliothk",
            "bib",
            "kita",
            "kinder",
            "مدرسه",
            "کتابخانه",
            "ቤት",
            "auslanderbehorde",
            "ab",
            "zz",
            "b",
            "kindr",
        ];
        let mut matched = 0;
        for q in queries {
            let Some(query) = Query::new(q) else {
                panic!("{q}");
            };
            for w in vocabulary {
                let chars: Vec<char> = w.chars().collect();
                let plain: Vec<Option<u32>> = query.words.iter().map(|q| word_score(q, &chars)).collect();
                assert_eq!(query.char_scores(&chars), plain, "{q} against {w}");
                matched += usize::from(plain.iter().any(Option::is_some));
            }
        }
        assert!(matched > 40, "the pairs include matches ({matched})");
    }

    #[test]
    fn arabic_and_persian_letter_variants() {
        // Arabic yeh/kaf against Persian yeh/keheh, in both directions.
        assert!(matches("كتابخانه", "کتابخانه شهر"));
        assert!(matches("کتابخانه", "كتابخانه"));
        assert!(matches("مدرسي", "مدرسی"));
        assert!(matches("على", "علی"));
        // With and without short vowels, hamza forms and tatweel.
        assert!(matches("مَدْرَسَة", "مدرسة"));
        assert!(matches("اجتماعی", "إجتماعی"));
        assert!(matches("مدرســة", "مدرسة"));
        // Zero-width non-joiner in Persian words.
        assert!(matches("میخواهم", "می\u{200c}خواهم"));
    }

    #[test]
    fn typos_prefixes_and_diacritics() {
        assert!(matches("Jobcentr", "Jobcenter Talheim"));
        assert!(matches("Auslanderbehorde", "Ausländerbehörde"));
        assert!(matches("kinder", "Kindergarten"));
        assert!(matches("Beratung Fraun", "Beratung für Frauen"));
        assert!(!matches("Zahnarzt", "Jobcenter Talheim"));
        // Short words must match exactly or as a prefix.
        assert!(!matches("abc", "abd"));
        assert!(Query::new("  ,; ").is_none());
    }

    #[test]
    fn tigrinya_words_match() {
        assert!(matches("ቤት", "ቤት ትምህርቲ"));
    }

    #[test]
    fn name_matches_rank_higher() {
        let q = Query::new("bibliothek").unwrap();
        let in_name = q.score("Stadtbibliothek", &index_text(&["Stadtbibliothek", "Bücher"]));
        let in_text = q.score("Jugendhaus", &index_text(&["Jugendhaus", "neben der Bibliothek"]));
        assert!(in_name > in_text);
    }
}
