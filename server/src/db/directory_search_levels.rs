//! A page of results for a search of several words, read score by score, best first,
//! without ranking every office that matches.
//!
//! An office's score is the sum, over the query's words, of each word's *state* in it:
//! its best match in the name (counted twice: 6, 4 or 2) or, with none in the name, its
//! best match in the text (3, 2 or 1). So the scores an office can have are known from
//! the matching words before any office is read, and so are the combinations of states
//! that make each score. An office without any query word in its name scores at most the
//! sum of each word's best text match (the *text bound*); every score above it needs a
//! name that holds a query word, and the offices of such a combination can be read by
//! walking that word's names in name order (the index `office_words_names`), testing the
//! other words on the way: in the name from the name's own words (`name_words`, migration
//! 0043, a string test), in the text by a probe of the postings. Each score is one
//! statement that stops when the page is full. If the scores above the text bound do not
//! fill the page, the whole ranking is read ([`Store::office_search_page`]).
//!
//! Before, every page grouped all postings of all matching words: for "beratung frauen"
//! at 20,040 offices 23,547 postings, 25 ms of SQLite for each page (59 searches a
//! second, p99 610 ms); the walk reads ~2,000 index entries for that page.
//!
//! The test `directory::the_index_finds_what_the_full_scan_found` holds each page to the
//! ranking made by scoring every office in Rust.

use super::directory::office_filters;
use super::directory_search::{literal, SearchAsk, SearchDrive};
use super::{on_pool, Backend, DbResult, Store};
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashSet};

/// The most query words read score by score: the combinations of states grow as 6^k
/// (216 for three words); a longer query is ranked whole.
const MAX_WORDS: usize = 3;

/// How one query word matches an office (the score of its best match).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// In the name (counts twice).
    Name(u32),
    /// Not in the name, in the text.
    Text(u32),
}

impl State {
    fn value(self) -> u32 {
        match self {
            State::Name(s) => 2 * s,
            State::Text(s) => s,
        }
    }
}

/// The vocabulary's words matching one query word, by their score (best last), and which
/// of them are in some name.
struct WordMatches<'a> {
    by_score: BTreeMap<u32, Vec<&'a str>>,
    in_names: &'a HashSet<String>,
}

impl WordMatches<'_> {
    /// The words of these scores.
    fn of(&self, scores: impl Fn(u32) -> bool) -> Vec<&str> {
        self.by_score
            .iter()
            .filter(|(s, _)| scores(**s))
            .flat_map(|(_, w)| w.iter().copied())
            .collect()
    }

    /// The words of these scores that are in some name.
    fn named(&self, scores: impl Fn(u32) -> bool) -> Vec<&str> {
        let mut w = self.of(scores);
        w.retain(|w| self.in_names.contains(*w));
        w
    }

    /// The states this word can be in: in a name only at scores some name has.
    fn states(&self) -> Vec<State> {
        let mut states = vec![];
        for (s, words) in &self.by_score {
            if words.iter().any(|w| self.in_names.contains(*w)) {
                states.push(State::Name(*s));
            }
            states.push(State::Text(*s));
        }
        states
    }
}

/// The SQL of the tests on one office's words (`w` a posting of its name).
struct Tests {
    /// `instr` (SQLite) or `strpos` (PostgreSQL).
    find: &'static str,
}

impl Tests {
    /// Whether the name holds one of these words (`words` not empty).
    fn in_name(&self, words: &[&str]) -> String {
        let any: Vec<String> = words
            .iter()
            .map(|w| format!("{}(w.name_words, ' {w} ') > 0", self.find))
            .collect();
        format!("({})", any.join(" OR "))
    }

    /// Whether the text holds one of these words (`words` not empty).
    fn in_text(&self, words: &[&str]) -> String {
        let words: Vec<String> = words.iter().filter_map(|w| literal(w)).collect();
        format!(
            "EXISTS (SELECT 1 FROM office_words p WHERE p.word IN ({}) AND p.lang = w.lang \
             AND p.office_id = w.office_id AND p.in_name = 0)",
            words.join(",")
        )
    }

    /// The tests that a name walked for query word `driver` (its words of that state)
    /// puts each query word in its state of `combination`.
    fn of(&self, words: &[WordMatches<'_>], combination: &[State], driver: usize) -> Vec<String> {
        let mut tests = vec![];
        for (i, (m, state)) in words.iter().zip(combination).enumerate() {
            match *state {
                State::Name(s) => {
                    if i != driver {
                        tests.push(self.in_name(&m.named(|x| x == s)));
                    }
                    let better = m.named(|x| x > s);
                    if !better.is_empty() {
                        tests.push(format!("NOT {}", self.in_name(&better)));
                    }
                }
                State::Text(s) => {
                    let named = m.named(|_| true);
                    if !named.is_empty() {
                        tests.push(format!("NOT {}", self.in_name(&named)));
                    }
                    tests.push(self.in_text(&m.of(|x| x == s)));
                    let better = m.of(|x| x > s);
                    if !better.is_empty() {
                        tests.push(format!("NOT {}", self.in_text(&better)));
                    }
                }
            }
        }
        tests
    }
}

/// Every combination of the words' states, by the score it makes, above `bound` only.
fn combinations(states: &[Vec<State>], bound: u32) -> BTreeMap<Reverse<u32>, Vec<Vec<State>>> {
    let mut all: Vec<Vec<State>> = vec![vec![]];
    for word in states {
        all = all
            .into_iter()
            .flat_map(|c| {
                word.iter().map(move |s| {
                    let mut c = c.clone();
                    c.push(*s);
                    c
                })
            })
            .collect();
    }
    let mut levels: BTreeMap<Reverse<u32>, Vec<Vec<State>>> = BTreeMap::new();
    for c in all {
        let score = c.iter().map(|s| s.value()).sum::<u32>();
        if score > bound {
            levels.entry(Reverse(score)).or_default().push(c);
        }
    }
    levels
}

/// The query word whose names a combination's offices are found by: of the words in
/// the name, the one with the fewest words of its state in names (each is a walk), then
/// the better match (an exact word's names are the fewest). For "beratung frauen" read
/// in Arabic at 20,040 offices, both in compounds: the three compounds of "frauen" in
/// names (1,503 names), not the six of "beratung" (4,008).
fn driver(words: &[WordMatches<'_>], combination: &[State]) -> Option<(usize, u32)> {
    let mut best: Option<(usize, usize, u32)> = None;
    for (i, s) in combination.iter().enumerate() {
        if let State::Name(x) = s {
            let walks = words[i].named(|y| y == *x).len();
            if best.is_none_or(|(_, w, b)| walks < w || (walks == w && *x > b)) {
                best = Some((i, walks, *x));
            }
        }
    }
    best.map(|(i, _, x)| (i, x))
}

impl Store {
    /// The first `want` offices of [`Store::office_search`]'s ranking for a query of
    /// several words, read score by score (see the module); None when that cannot be
    /// done (too many words, too many walks, or the scores above the text bound do not
    /// fill the page): then the caller ranks every match.
    pub(super) async fn office_search_levels(
        &self,
        ask: &SearchAsk<'_>,
        want: usize,
        drive: SearchDrive,
        matched: &BTreeMap<String, Vec<Option<u32>>>,
        in_names: &HashSet<String>,
        shown: &[(&'static str, bool)],
    ) -> DbResult<Option<Vec<(u32, i64, String)>>> {
        let SearchAsk {
            county,
            reader,
            fallback,
            filter: f,
            at,
            query,
        } = *ask;
        let filters = office_filters(f);
        if query.len() > MAX_WORDS {
            return Ok(None);
        }
        let words: Vec<WordMatches<'_>> = (0..query.len())
            .map(|i| {
                let mut by_score: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
                for (word, scores) in matched {
                    if let (Some(Some(s)), Some(_)) = (scores.get(i), literal(word)) {
                        by_score.entry(*s).or_default().push(word.as_str());
                    }
                }
                WordMatches { by_score, in_names }
            })
            .collect();
        let bound: u32 = words
            .iter()
            .map(|m| m.by_score.keys().max().copied().unwrap_or(0))
            .sum();
        let states: Vec<Vec<State>> = words.iter().map(WordMatches::states).collect();
        let levels = combinations(&states, bound);
        let tests = Tests {
            find: match &self.backend {
                Backend::Sqlite(_) => "instr",
                Backend::Postgres(_) => "strpos",
            },
        };
        // Names of one score in the order of their code points, as the full ranking.
        let by_code = self.by_code();
        // Each score's statements: one walk per word of the driving state and language,
        // those that probe the text apart (see `Level`).
        let mut statements = vec![];
        for (Reverse(score), combos) in &levels {
            let mut level = Level {
                score: *score,
                ..Level::default()
            };
            for combo in combos {
                let probing = combo.iter().any(|s| matches!(s, State::Text(_)));
                let Some((d, s)) = driver(&words, combo) else {
                    continue;
                };
                // One term, not several: SQLite took each test of several for a filter
                // that leaves few names, and then sorted them all rather than walk them
                // in order and stop (2.4 ms instead of 0.05 ms for a page of 21).
                let checks = match tests.of(&words, combo, d) {
                    t if t.is_empty() => "TRUE".to_string(),
                    t => format!("COALESCE({}, FALSE)", t.join(" AND ")),
                };
                for word in words[d].named(|x| x == s) {
                    let Some(word) = literal(word) else {
                        continue;
                    };
                    for (lang, few) in shown {
                        let n = level.arms();
                        let bound = if probing {
                            format!(" AND {}{by_code} <= $9", if *few { "n.name" } else { "w.name" })
                        } else {
                            String::new()
                        };
                        let parts = if probing {
                            &mut level.probing
                        } else {
                            &mut level.plain
                        };
                        parts.push(if *few {
                            // The few offices shown in this language, from their names.
                            format!(
                                "SELECT * FROM (SELECT n.office_id AS found_id, n.name{by_code} AS found_name \
                                 FROM office_names n CROSS JOIN office_words w CROSS JOIN offices o \
                                 WHERE n.county_id = $1 AND n.reader = $2 AND n.fallback = $3 AND n.lang = {lang} \
                                 AND n.lang <> n.reader AND w.word = {word} AND w.lang = n.lang \
                                 AND w.office_id = n.office_id AND w.in_name = 1 AND {checks}{bound} \
                                 AND o.id = n.office_id AND {filters} \
                                 ORDER BY n.name{by_code}, n.office_id LIMIT $8) arm{n}"
                            )
                        } else {
                            // The word's names in this language, in name order; the
                            // tests on the name's words come before the office is read.
                            format!(
                                "SELECT * FROM (SELECT w.office_id AS found_id, n.name{by_code} AS found_name \
                                 FROM office_words w CROSS JOIN office_names n CROSS JOIN offices o \
                                 WHERE w.in_name = 1 AND w.word = {word} AND w.lang = {lang} AND {checks}{bound} \
                                 AND n.office_id = w.office_id AND n.reader = $2 AND n.fallback = $3 \
                                 AND n.lang = w.lang AND o.id = w.office_id AND n.county_id = $1 \
                                 AND {filters} ORDER BY w.name{by_code}, w.office_id LIMIT $8) arm{n}"
                            )
                        });
                    }
                }
            }
            if level.arms() > drive.max_walks {
                return Ok(None);
            }
            if level.arms() > 0 {
                statements.push(level);
            }
        }
        let language = f.language.as_ref().map(|l| format!("% {} %", l.trim()));
        let mut out: Vec<(u32, i64, String)> = vec![];
        for level in statements {
            let need = want - out.len();
            let read = |parts: &[String], bound: Option<String>| {
                let sql = parts.join(" UNION ") + " ORDER BY found_name, found_id LIMIT $8";
                let language = &language;
                async move {
                    let rows: Vec<(i64, String)> = on_pool!(self, pool => {
                        let q = sqlx::query_as(&sql)
                            .bind(county.0).bind(reader).bind(fallback).bind(at).bind(&f.category)
                            .bind(language).bind(f.open_now).bind(need as i64);
                        match &bound {
                            Some(b) => q.bind(b),
                            None => q,
                        }
                        .fetch_all(pool).await?
                    });
                    DbResult::Ok(rows)
                }
            };
            let mut rows = if level.plain.is_empty() {
                vec![]
            } else {
                read(&level.plain, None).await?
            };
            if !level.probing.is_empty() {
                // Walks that probe the text go no further than the last name the others
                // already put on the page (all of them when those did not fill it).
                let bound = match rows.len() >= need {
                    true => rows.last().map(|(_, name)| name.clone()),
                    false => None,
                };
                let bound = bound.unwrap_or_else(|| char::MAX.to_string());
                rows.extend(read(&level.probing, Some(bound)).await?);
                rows.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
                rows.dedup_by_key(|r| r.0);
                rows.truncate(need);
            }
            out.extend(rows.into_iter().map(|(id, name)| (level.score, id, name)));
            if out.len() >= want {
                return Ok(Some(out));
            }
        }
        Ok(None)
    }
}

/// One score's walks. Those that test the text (a query word only there) probe the
/// postings once per walked name and word, and a walk that finds nothing reads all its
/// names: for "beratung frauen" read in Arabic at 20,040 offices, the 501 names with
/// "Frauen" each probed for nine compounds of "beratung", 2.7 ms for none. So the plain
/// walks are read first, and the probing ones only up to the last name those put on the
/// page (the walks are in name order, so such a walk ends at that name). A second
/// statement for the score when it has both, an index range instead of a whole walk.
#[derive(Default)]
struct Level {
    score: u32,
    plain: Vec<String>,
    probing: Vec<String>,
}

impl Level {
    fn arms(&self) -> usize {
        self.plain.len() + self.probing.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_scores_above_the_text_bound_are_walked_best_first() {
        // "beratung": exact in names, exact or near in texts; "frauen": in compounds.
        let states = vec![
            vec![State::Name(3), State::Text(3), State::Text(1)],
            vec![State::Name(2), State::Text(2)],
        ];
        // Without a query word in the name an office scores at most 3 + 2.
        let levels = combinations(&states, 5);
        let scores: Vec<u32> = levels.keys().map(|r| r.0).collect();
        assert_eq!(scores, vec![10, 8, 7]);
        assert_eq!(levels[&Reverse(7)], vec![vec![State::Text(3), State::Name(2)]]);
    }

    #[test]
    fn the_walk_starts_from_the_word_with_the_fewest_names() {
        let in_names: HashSet<String> = [
            "beratung",
            "frauen",
            "frauenberatung",
            "migrationsberatung",
            "schuldnerberatung",
        ]
        .map(String::from)
        .into();
        let beratung = WordMatches {
            by_score: BTreeMap::from([
                (3, vec!["beratung"]),
                (
                    2,
                    vec!["frauenberatung", "migrationsberatung", "schuldnerberatung"],
                ),
            ]),
            in_names: &in_names,
        };
        let frauen = WordMatches {
            by_score: BTreeMap::from([(3, vec!["frauen"]), (2, vec!["frauenberatung", "frauenhaus"])]),
            in_names: &in_names,
        };
        let words = [beratung, frauen];
        // Both in compounds: the one compound of "frauen" in names, not the three.
        assert_eq!(driver(&words, &[State::Name(2), State::Name(2)]), Some((1, 2)));
        // As many walks: the better match.
        assert_eq!(driver(&words, &[State::Name(3), State::Name(2)]), Some((0, 3)));
        assert_eq!(driver(&words, &[State::Text(3), State::Name(3)]), Some((1, 3)));
        assert_eq!(driver(&words, &[State::Text(3), State::Text(2)]), None);
        assert_eq!(
            words[1].states(),
            vec![State::Name(2), State::Text(2), State::Name(3), State::Text(3)]
        );
    }
}
