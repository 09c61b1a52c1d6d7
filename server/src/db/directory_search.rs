//! The directory's search index (migration 0034): the folded words of every office
//! text, and a search that reads only the offices holding a word that matches.
//!
//! Before, a search read every office's text of the county and scored each in Rust:
//! 19.8 searches a second at 2,040 offices. Now the words are stored once per text
//! (`office_words`) and once overall (`directory_words`). A search compares its words
//! with the vocabulary (by the same rules as before: same word, beginning, part of a
//! compound, typos), then reads the postings of the matching words for the offices the
//! filters let through, and ranks them in the database. The ranking is the one of
//! [`search::Scorer`]; the test
//! `directory::the_index_finds_what_the_full_scan_found` holds the two together.

use super::directory::{office_filters, CountyId, ListFilter};
use super::{on_pool, Backend, DbResult, Store};
use crate::directory::search::{self, letter_classes, Query};
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};

/// How [`Store::office_search_page`] reads the names of one score.
#[derive(Clone, Copy, Debug)]
pub struct SearchDrive {
    /// Below this many offices shown to a reader in another language, their names come
    /// from the index of the untranslated offices.
    pub few_untranslated: i64,
    /// Above this many walks (matching words × languages), one sorted read instead.
    pub max_walks: usize,
}

impl Default for SearchDrive {
    fn default() -> Self {
        SearchDrive {
            few_untranslated: 2000,
            max_walks: 60,
        }
    }
}

/// The search's vocabulary as one server keeps it: every word of `directory_words`,
/// with its letters (compared with each query's words), and the version it was read at.
#[derive(Debug)]
pub struct Vocabulary {
    version: i64,
    /// Each word, its letters, and their classes (`letter_classes`).
    words: Vec<(Box<str>, Box<[char]>, u64)>,
}

/// This server's copy of the vocabulary (shared by the clones of a [`Store`]).
#[derive(Clone, Debug, Default)]
pub struct VocabularyCopy(Arc<Mutex<Option<Arc<Vocabulary>>>>);

impl VocabularyCopy {
    fn get(&self, version: i64) -> Option<Arc<Vocabulary>> {
        let kept = self.0.lock().ok()?;
        kept.as_ref().filter(|v| v.version == version).cloned()
    }

    /// The copy as it is, whatever the database's version now.
    fn kept(&self) -> Option<Arc<Vocabulary>> {
        self.0.lock().ok()?.clone()
    }

    fn keep(&self, vocabulary: Arc<Vocabulary>) {
        if let Ok(mut kept) = self.0.lock() {
            *kept = Some(vocabulary);
        }
    }
}

/// What a search asks: whose directory, read in which language (and the one shown
/// where it is missing), with which filters, at which instant ("open now"), for what.
#[derive(Clone, Copy, Debug)]
pub struct SearchAsk<'a> {
    pub county: CountyId,
    pub reader: &'a str,
    pub fallback: &'a str,
    pub filter: &'a ListFilter,
    pub at: i64,
    pub query: &'a Query,
}

/// Rows per multi-row insert (SQLite allows 32,766 parameters; PostgreSQL 65,535).
const BATCH: usize = 500;

/// A word as a string literal in SQL. Folded words are letters and digits only
/// (`search::words` splits at everything else), so none can close the literal; any
/// other word is left out rather than trusted.
pub(super) fn literal(word: &str) -> Option<String> {
    word.chars()
        .all(char::is_alphanumeric)
        .then(|| format!("'{word}'"))
}

impl Store {
    /// Takes the words of one office text into the index (after every save of it), and
    /// writes the names its office is listed under.
    /// The text's row is written first (`indexed_version`), which holds its lock until
    /// the words are in: two saves of one text index one after the other.
    pub async fn index_office_text(&self, office: i64, lang: &str) -> DbResult<()> {
        // The office's names are rewritten whole: on PostgreSQL two indexings of different
        // texts of one office would otherwise both delete and insert them at once (a
        // duplicate key). Locked before the text, in the order `update_office` writes.
        // SQLite runs one writing transaction at a time anyway.
        let lock_office = matches!(self.backend, Backend::Postgres(_));
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            if lock_office {
                sqlx::query("SELECT id FROM offices WHERE id = $1 FOR UPDATE")
                    .bind(office).fetch_optional(&mut *tx).await?;
            }
            let text: Option<(String, String)> = sqlx::query_as(
                "UPDATE office_texts SET indexed_version = version WHERE office_id = $1 AND lang = $2 \
                 RETURNING name, search_text")
                .bind(office).bind(lang).fetch_optional(&mut *tx).await?;
            sqlx::query("DELETE FROM office_words WHERE office_id = $1 AND lang = $2")
                .bind(office).bind(lang).execute(&mut *tx).await?;
            if let Some((name, indexed)) = text {
                let postings = search::postings(&name, &indexed);
                // All the name's words, on each of them (migration 0043).
                let name_words = postings.iter().filter(|(_, in_name)| *in_name)
                    .fold(String::from(" "), |all, (w, _)| all + w + " ");
                for chunk in postings.chunks(BATCH) {
                    let mut q = sqlx::QueryBuilder::new("INSERT INTO directory_words (word) ");
                    q.push_values(chunk, |mut b, (w, _)| { b.push_bind(w.clone()); });
                    q.push(" ON CONFLICT (word) DO NOTHING");
                    let added = q.build().execute(&mut *tx).await?.rows_affected();
                    // New words: the servers' copies of the vocabulary are read again.
                    if added > 0 {
                        sqlx::query("UPDATE directory_vocabulary SET version = version + 1 WHERE id = 1")
                            .execute(&mut *tx).await?;
                    }
                    // A name's words carry the name, for the search's walk in name
                    // order (migration 0039).
                    let mut q = sqlx::QueryBuilder::new("INSERT INTO office_words (word, lang, office_id, in_name, name, name_words) ");
                    q.push_values(chunk, |mut b, (w, in_name)| {
                        b.push_bind(w.clone()).push_bind(lang.to_string()).push_bind(office).push_bind(i64::from(*in_name))
                            .push_bind(in_name.then(|| name.clone())).push_bind(in_name.then(|| name_words.clone()));
                    });
                    q.build().execute(&mut *tx).await?;
                }
            }
            // The names the office is listed under (`db::directory_names`): any text's
            // save may change them.
            sqlx::query("DELETE FROM office_names WHERE office_id = $1")
                .bind(office).execute(&mut *tx).await?;
            let (sql, codes) = super::directory_names::insert_names();
            let mut q = sqlx::query(&sql).bind(office);
            for code in codes {
                q = q.bind(code);
            }
            q.execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Indexes every text whose words are not those of its current version (texts from
    /// before the index, a save whose indexing did not finish); at start and hourly.
    /// Returns how many it indexed.
    pub async fn index_stale_office_texts(&self) -> DbResult<usize> {
        let stale: Vec<(i64, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT office_id, lang FROM office_texts \
             WHERE indexed_version IS NULL OR indexed_version <> version ORDER BY office_id, lang")
            .fetch_all(pool).await?);
        for (office, lang) in &stale {
            self.index_office_text(*office, lang).await?;
        }
        Ok(stale.len())
    }

    /// The offices of the county the filters let through that match the query, best
    /// first (then by name): (score, id, name). Each office is searched in the text
    /// it is shown in: the reader's language, else the fallback, else German.
    pub async fn office_search(&self, ask: &SearchAsk<'_>) -> DbResult<Vec<(u32, i64, String)>> {
        self.office_search_driven(ask, SearchDrive::default(), None).await
    }

    /// [`Store::office_search`] read the way `drive` says, the best `limit` (all: None).
    ///
    /// Each language a name can be shown in is read on its own, for the offices shown
    /// in it only: before, the postings of every language were read and those of texts
    /// not shown were dropped afterwards (in Arabic, "beratung frauen" read the German
    /// postings of every office to keep none). And the ranking is made in the database:
    /// each office's postings grouped into its score (the rule of [`search::combine`],
    /// with each matching word's score written into the statement), and only the page
    /// taken out. Before, every posting went to Rust with its office's name: 10,521 rows
    /// for "beratung frauen" at 20,040 offices read in German, 14 searches a second.
    async fn office_search_driven(
        &self,
        ask: &SearchAsk<'_>,
        drive: SearchDrive,
        limit: Option<usize>,
    ) -> DbResult<Vec<(u32, i64, String)>> {
        let Some(matched) = self.matching_words(ask.query).await? else {
            return Ok(vec![]);
        };
        let shown = self
            .shown_languages(ask.county, ask.reader, ask.fallback, drive)
            .await?;
        self.office_search_ranked(ask, &matched, &shown, limit).await
    }

    /// The ranking of [`Store::office_search_driven`] from the query's matching words and
    /// the languages its offices are shown in, read once by the caller.
    async fn office_search_ranked(
        &self,
        ask: &SearchAsk<'_>,
        matched: &BTreeMap<String, Vec<Option<u32>>>,
        shown: &[(&'static str, bool)],
        limit: Option<usize>,
    ) -> DbResult<Vec<(u32, i64, String)>> {
        let SearchAsk {
            county,
            reader,
            fallback,
            filter: f,
            at,
            query,
        } = *ask;
        let filters = office_filters(f);
        let words: Vec<String> = matched.keys().filter_map(|w| literal(w)).collect();
        if words.is_empty() {
            return Ok(vec![]);
        }
        let words_sql = words.join(",");
        // An office's score: per query word, twice its best match in the name, else its
        // best match in the text; NULL (left out) when a query word matches neither.
        let total: Vec<String> = (0..query.len())
            .map(|i| {
                let arms: String = matched
                    .iter()
                    .filter_map(|(w, s)| Some((literal(w)?, (*s.get(i)?)?)))
                    .map(|(w, s)| format!(" WHEN {w} THEN {s}"))
                    .collect();
                let score = format!("CASE w.word{arms} END");
                format!(
                    "COALESCE(2 * MAX(CASE WHEN w.in_name = 1 THEN {score} END), \
                     MAX(CASE WHEN w.in_name = 0 THEN {score} END))"
                )
            })
            .collect();
        let total = total.join(" + ");
        // Names of one score in the order of their code points, as the reference sorts
        // them in Rust.
        let by_code = self.by_code();
        let mut arms = vec![];
        for (lang, few) in shown {
            // The scores of the offices holding a matching word in this language: from
            // the few offices shown in it, or from the words' postings in it.
            let scored = if *few {
                format!(
                    "SELECT w.office_id AS id, CAST({total} AS BIGINT) AS total \
                     FROM office_names x CROSS JOIN office_words w \
                     WHERE x.county_id = $1 AND x.reader = $2 AND x.fallback = $3 AND x.lang = {lang} \
                     AND x.lang <> x.reader AND w.office_id = x.office_id AND w.lang = x.lang \
                     AND w.word IN ({words_sql}) GROUP BY w.office_id"
                )
            } else {
                format!(
                    "SELECT w.office_id AS id, CAST({total} AS BIGINT) AS total FROM office_words w \
                     WHERE w.word IN ({words_sql}) AND w.lang = {lang} GROUP BY w.office_id"
                )
            };
            // Then only those shown in this language that the filters let through.
            // CROSS JOIN keeps SQLite in this order.
            arms.push(format!(
                "SELECT s.id AS found_id, n.name{by_code} AS found_name, s.total AS total \
                 FROM ({scored}) s CROSS JOIN office_names n CROSS JOIN offices o \
                 WHERE s.total IS NOT NULL AND n.office_id = s.id AND n.reader = $2 AND n.fallback = $3 \
                 AND n.lang = {lang} AND n.county_id = $1 AND o.id = s.id AND {filters}"
            ));
        }
        let cut = limit.map_or(String::new(), |n| format!(" LIMIT {n}"));
        let sql = arms.join(" UNION ALL ") + " ORDER BY total DESC, found_name, found_id" + &cut;
        let language = f.language.as_ref().map(|l| format!("% {} %", l.trim()));
        let rows: Vec<(i64, String, i64)> = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(county.0).bind(reader).bind(fallback).bind(at).bind(&f.category).bind(&language)
            .bind(f.open_now).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .map(|(id, name, total)| (u32::try_from(total).unwrap_or(0), id, name))
            .collect())
    }

    /// The languages a reader's offices can be shown in, as SQL (`$2` the reader, `$3`
    /// the fallback, each once, the reader's first), and whether few offices are shown
    /// in each (never so in the reader's own): those are found from the index of the
    /// untranslated offices rather than from the words' postings in that language. A
    /// language no office is shown in is left out: its part of a search could find
    /// nothing, and on PostgreSQL each part made the statement dearer to plan (the walk
    /// of "jobcenter" for an Arabic reader: three parts, 2.3 ms of planning on every run
    /// for 0.6 ms of work, when every office has an Arabic text).
    pub(super) async fn shown_languages(
        &self,
        county: CountyId,
        reader: &str,
        fallback: &str,
        drive: SearchDrive,
    ) -> DbResult<Vec<(&'static str, bool)>> {
        let mut langs: Vec<(&'static str, bool)> = vec![("$2", false)];
        if fallback != reader {
            langs.push(("$3", false));
        }
        if reader != "de" && fallback != "de" {
            langs.push(("'de'", false));
        }
        // How many offices each other language shows, in one statement (each a round
        // trip on PostgreSQL); at least one is counted, to tell "none" from "some".
        let counts: Vec<String> = langs[1..]
            .iter()
            .map(|(lang, _)| {
                format!(
                    "(SELECT COUNT(*) FROM (SELECT 1 FROM office_names WHERE county_id = $1 AND reader = $2 \
                     AND fallback = $3 AND lang = {lang} AND lang <> reader LIMIT $4) x)"
                )
            })
            .collect();
        let mut shown = vec![langs[0]];
        if counts.is_empty() {
            return Ok(shown);
        }
        let sql = format!("SELECT {}", counts.join(", "));
        let found: Vec<i64> = on_pool!(self, pool => {
            let row = sqlx::query(&sql)
                .bind(county.0).bind(reader).bind(fallback).bind(drive.few_untranslated.max(1))
                .fetch_one(pool).await?;
            (0..counts.len()).map(|i| sqlx::Row::try_get(&row, i)).collect::<Result<_, _>>()?
        });
        for ((lang, _), n) in langs[1..].iter().zip(found) {
            if n > 0 {
                shown.push((*lang, n < drive.few_untranslated));
            }
        }
        Ok(shown)
    }

    /// The words of the vocabulary that match a query word, with their scores against
    /// each; None when some query word matches no word at all (then no office matches).
    /// In the words' order, so that a query always makes the same statements: in a
    /// `HashMap`'s order (a new one on each search) every search wrote its words in
    /// another order, and each was a new statement to prepare, pushing the daily ones
    /// out of the connections' caches.
    pub(super) async fn matching_words(
        &self,
        query: &Query,
    ) -> DbResult<Option<BTreeMap<String, Vec<Option<u32>>>>> {
        let vocabulary = self.vocabulary().await?;
        Ok(matches_in(&vocabulary, query))
    }

    /// [`Store::matching_words`] and which of them are in some office's name (raw
    /// words), for the walks. The words are matched against this server's copy of the
    /// vocabulary as it stands, and the copy's version is checked in the statement that
    /// reads which are in names: a round trip less for every search than asking for the
    /// version first. If another server added words since, the vocabulary is read
    /// again and the words matched again.
    pub(super) async fn matching_words_and_names(
        &self,
        query: &Query,
    ) -> DbResult<Option<(BTreeMap<String, Vec<Option<u32>>>, HashSet<String>)>> {
        let mut vocabulary = match self.vocabulary.kept() {
            Some(kept) => kept,
            None => self.vocabulary().await?,
        };
        // Words are only ever added, and a copy read afresh is as new as its version:
        // the second round finds it current unless words were added in between (then a
        // third; after that the words as read, a moment old, are good enough).
        let mut round = 0;
        loop {
            round += 1;
            let matched = matches_in(&vocabulary, query);
            let every: Vec<String> = matched
                .iter()
                .flat_map(|m| m.keys())
                .filter_map(|w| literal(w))
                .collect();
            let (version, in_names) = self.words_in_names_at(&every.join(",")).await?;
            if version == vocabulary.version || round == 3 {
                return Ok(matched.map(|m| (m, in_names)));
            }
            vocabulary = self.vocabulary().await?;
        }
    }

    /// The vocabulary's version and which of these words (SQL literals, joined by
    /// commas; none: the version only) are in some office's name, in one statement.
    async fn words_in_names_at(&self, words: &str) -> DbResult<(i64, HashSet<String>)> {
        let in_names = match words.is_empty() {
            true => "SELECT CAST(NULL AS TEXT) AS word WHERE 1 = 0".to_string(),
            false => format!(
                "SELECT d.word FROM directory_words d WHERE d.word IN ({words}) \
                 AND EXISTS (SELECT 1 FROM office_words w WHERE w.word = d.word AND w.in_name = 1)"
            ),
        };
        // One row at least: the version, with each word found beside it.
        let sql = format!(
            "SELECT v.version, x.word FROM directory_vocabulary v LEFT JOIN ({in_names}) x ON 1 = 1 \
             WHERE v.id = 1"
        );
        let rows: Vec<(i64, Option<String>)> =
            on_pool!(self, pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        let version = rows.first().map_or(-1, |(v, _)| *v);
        Ok((version, rows.into_iter().filter_map(|(_, w)| w).collect()))
    }
}

/// The words of `vocabulary` that match a query word, with their scores against each;
/// None when some query word matches none.
fn matches_in(vocabulary: &Vocabulary, query: &Query) -> Option<BTreeMap<String, Vec<Option<u32>>>> {
    let mut matched: BTreeMap<String, Vec<Option<u32>>> = BTreeMap::new();
    let mut found = vec![false; query.len()];
    // One buffer for every word's scores, copied only for the words that match.
    let mut scores = vec![None; query.len()];
    for (word, chars, classes) in vocabulary.words.iter() {
        query.char_scores_into(chars, *classes, &mut scores);
        if scores.iter().any(Option::is_some) {
            for (f, s) in found.iter_mut().zip(&scores) {
                *f |= s.is_some();
            }
            matched.insert(word.to_string(), scores.clone());
        }
    }
    found.iter().all(|f| *f).then_some(matched)
}

impl Store {
    /// What makes names sort by their code points, as the search's reference ranking
    /// sorts them in Rust: SQLite compares bytes (the same order); a PostgreSQL database
    /// in a language's collation would sort accents and case its own way.
    pub(super) fn by_code(&self) -> &'static str {
        match &self.backend {
            Backend::Sqlite(_) => "",
            Backend::Postgres(_) => " COLLATE \"C\"",
        }
    }

    /// The vocabulary: this server's copy if the database's version is still the one it
    /// was read at, else read again (with its version, in one statement, so the two
    /// belong together).
    async fn vocabulary(&self) -> DbResult<Arc<Vocabulary>> {
        let version: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT version FROM directory_vocabulary WHERE id = 1")
            .fetch_optional(pool).await?)
        .unwrap_or(-1);
        if let Some(kept) = self.vocabulary.get(version) {
            return Ok(kept);
        }
        // One row with the words joined, not a row per word: a vocabulary of tens of
        // thousands of words crosses from the database in one piece.
        let joined = match &self.backend {
            Backend::Sqlite(_) => "group_concat(word, ' ')",
            Backend::Postgres(_) => "string_agg(word, ' ')",
        };
        let sql = format!(
            "SELECT (SELECT version FROM directory_vocabulary WHERE id = 1), \
             (SELECT {joined} FROM directory_words)"
        );
        let (version, words): (Option<i64>, Option<String>) =
            on_pool!(self, pool => sqlx::query_as(&sql).fetch_one(pool).await?);
        let vocabulary = Arc::new(Vocabulary {
            version: version.unwrap_or(-1),
            words: words
                .unwrap_or_default()
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let chars: Box<[char]> = w.chars().collect();
                    let classes = letter_classes(&chars);
                    (Box::from(w), chars, classes)
                })
                .collect(),
        });
        self.vocabulary.keep(vocabulary.clone());
        Ok(vocabulary)
    }

    /// The first `want` offices of [`Store::office_search`]'s ranking, read without
    /// ranking every match when the query is one word (most are): a common word matches
    /// thousands of offices (31,062 postings of "jobcenter" at 20,040 offices), and a
    /// page needs only the best few.
    ///
    /// With one query word an office's score is twice its best match in its name, or,
    /// if none is in its name, its best match in its text. So the possible scores are
    /// known from the matching words before any office is read, and the offices are
    /// read score by score, best first, each score's by name and only as many as the
    /// page still needs: an office is read at its own score only (at a name score the
    /// first time one of its name's words comes, at a text score only if no matching
    /// word is in its name), and never twice. Several words: the whole ranking, cut.
    pub async fn office_search_page(
        &self,
        ask: &SearchAsk<'_>,
        want: usize,
    ) -> DbResult<Vec<(u32, i64, String)>> {
        self.office_search_page_driven(ask, want, SearchDrive::default())
            .await
    }

    /// [`Store::office_search_page`] read the way `drive` says (the test reads every way).
    pub async fn office_search_page_driven(
        &self,
        ask: &SearchAsk<'_>,
        want: usize,
        drive: SearchDrive,
    ) -> DbResult<Vec<(u32, i64, String)>> {
        let SearchAsk {
            county,
            reader,
            fallback,
            filter: f,
            at,
            query,
        } = *ask;
        let filters = office_filters(f);
        if query.len() != 1 {
            // The matching words and the languages shown are read once, for the walk and
            // for the whole ranking when the walk cannot fill the page.
            let Some((matched, in_names)) = self.matching_words_and_names(query).await? else {
                return Ok(vec![]);
            };
            let shown = self.shown_languages(county, reader, fallback, drive).await?;
            let walked = self
                .office_search_levels(ask, want, drive, &matched, &in_names, &shown)
                .await?;
            return match walked {
                Some(page) => Ok(page),
                None => self.office_search_ranked(ask, &matched, &shown, Some(want)).await,
            };
        }
        let Some((matched, in_names)) = self.matching_words_and_names(query).await? else {
            return Ok(vec![]);
        };
        // Score -> (words that give it in a name, words that give it in a text).
        let mut scores: BTreeMap<Reverse<u32>, (Vec<String>, Vec<String>)> = BTreeMap::new();
        let mut every = vec![];
        for (word, s) in &matched {
            let (Some(lit), Some(Some(s))) = (literal(word), s.first()) else {
                continue;
            };
            scores.entry(Reverse(2 * s)).or_default().0.push(lit.clone());
            scores.entry(Reverse(*s)).or_default().1.push(lit.clone());
            every.push(lit);
        }
        let every = every.join(",");
        // Names of one score in the order of their code points, as the full ranking sorts
        // them in Rust (a PostgreSQL database in a language's collation would sort
        // accents and case its own way; SQLite compares bytes, which is the same order).
        let by_code = self.by_code();
        let language = f.language.as_ref().map(|l| format!("% {} %", l.trim()));
        let shown = self.shown_languages(county, reader, fallback, drive).await?;
        // Only the matching words that are in some name get a walk of the names.
        let name_words: HashSet<String> = in_names.iter().filter_map(|w| literal(w)).collect();
        let mut out: Vec<(u32, i64, String)> = vec![];
        for (Reverse(score), (in_name, in_text)) in scores {
            if out.len() >= want {
                break;
            }
            // Ids of offices already placed (numbers: nothing to escape).
            let placed = if out.is_empty() {
                String::new()
            } else {
                format!(
                    " AND w.office_id NOT IN ({})",
                    out.iter()
                        .map(|(_, id, _)| id.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                )
            };
            // The names: one arm per matching word and per language a name can be shown
            // in, each a walk of the names' index (word, lang, name) in name order that
            // stops when the page is full (offices whose shown name is in another
            // language, or that a filter leaves out, are passed over on the way).
            // CROSS JOIN keeps SQLite walking the words first; PostgreSQL plans freely.
            let in_name: Vec<&String> = in_name.iter().filter(|w| name_words.contains(*w)).collect();
            let mut parts = vec![];
            if in_name.len() * shown.len() > drive.max_walks {
                // Very many words (a query of one or two letters matches hundreds): one
                // read of all their names, sorted, as before the walks (SQLite allows 500
                // arms in a compound query).
                parts.push(format!(
                    "SELECT DISTINCT n.office_id AS found_id, n.name{by_code} AS found_name FROM office_words w \
                     JOIN office_names n ON n.office_id = w.office_id AND n.reader = $2 AND n.fallback = $3 AND n.lang = w.lang \
                     JOIN offices o ON o.id = w.office_id \
                     WHERE n.county_id = $1 AND w.lang IN ($2, $3, 'de') AND {filters} \
                     AND w.in_name = 1 AND w.word IN ({}){placed}",
                    in_name.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(",")
                ));
            }
            let walk = parts.is_empty();
            for word in in_name.iter().filter(|_| walk) {
                for (i, (lang, few)) in shown.iter().enumerate() {
                    if *few {
                        parts.push(format!(
                            "SELECT * FROM (SELECT n.office_id AS found_id, n.name{by_code} AS found_name \
                             FROM office_names n CROSS JOIN office_words w CROSS JOIN offices o \
                             WHERE n.county_id = $1 AND n.reader = $2 AND n.fallback = $3 AND n.lang = {lang} \
                             AND n.lang <> n.reader AND w.word = {word} AND w.lang = n.lang \
                             AND w.office_id = n.office_id AND w.in_name = 1 \
                             AND o.id = n.office_id AND {filters}{placed} \
                             ORDER BY n.name{by_code}, n.office_id LIMIT $8) arm{}_{i}",
                            parts.len()
                        ));
                        continue;
                    }
                    parts.push(format!(
                        "SELECT * FROM (SELECT w.office_id AS found_id, n.name{by_code} AS found_name \
                         FROM office_words w CROSS JOIN office_names n CROSS JOIN offices o \
                         WHERE w.in_name = 1 AND w.word = {word} AND w.lang = {lang} \
                         AND n.office_id = w.office_id AND n.reader = $2 AND n.fallback = $3 AND n.lang = w.lang \
                         AND o.id = w.office_id AND n.county_id = $1 AND {filters}{placed} \
                         ORDER BY w.name{by_code}, w.office_id LIMIT $8) arm{}_{i}",
                        parts.len()
                    ));
                }
            }
            // The texts (rarely reached: only when the names do not fill the page), merged
            // in name order.
            if !in_text.is_empty() {
                parts.push(format!(
                    "SELECT DISTINCT n.office_id AS found_id, n.name{by_code} AS found_name FROM office_words w \
                     JOIN office_names n ON n.office_id = w.office_id AND n.reader = $2 AND n.fallback = $3 AND n.lang = w.lang \
                     JOIN offices o ON o.id = w.office_id \
                     WHERE n.county_id = $1 AND w.lang IN ($2, $3, 'de') AND {filters} \
                     AND w.in_name = 0 AND w.word IN ({}) AND NOT EXISTS (SELECT 1 FROM office_words x \
                     WHERE x.office_id = w.office_id AND x.lang = w.lang AND x.in_name = 1 AND x.word IN ({every})){placed}",
                    in_text.join(",")
                ));
            }
            if parts.is_empty() {
                // A name score of words that are in no name.
                continue;
            }
            let sql = parts.join(" UNION ") + " ORDER BY found_name, found_id LIMIT $8";
            let rows: Vec<(i64, String)> = on_pool!(self, pool => sqlx::query_as(&sql)
                .bind(county.0).bind(reader).bind(fallback).bind(at).bind(&f.category).bind(&language)
                .bind(f.open_now).bind((want - out.len()) as i64).fetch_all(pool).await?);
            out.extend(rows.into_iter().map(|(id, name)| (score, id, name)));
        }
        Ok(out)
    }
}
