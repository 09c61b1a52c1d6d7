//! Pages made per request go out brotli-compressed in one piece.
//!
//! tower-http's compression layer streams through a brotli encoder set up for a 4 MiB
//! window whatever the size of the page: for a 15 KB page that set-up was most of the
//! ~290 µs of CPU each page cost (a sixth of the server's time under load, measured with
//! `perf`). A page here is already whole in memory (see `ctx::render`), so it is
//! compressed at once with the window fitted to pages (64 KiB) and its size as a hint:
//! the same bytes at quality 4 in ~195 µs (quality 3 now, 1 for long pages: see
//! `QUALITY`). Other answers (files of the build, which are compressed ahead,
//! spreadsheets, event streams) and browsers without brotli are left to the general
//! layer after this one.

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, VARY};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::compress_memory::Recycling;

/// Quality 3 for every page. Quality 4 costs ~10 µs of CPU per KB of page, quality 3
/// ~3 µs, for 7–8 % more bytes. Long pages (the lists) went to 3 first (the caseload's
/// 71 KB 621 → 155 µs, 5.5 → 5.9 KB; the offices list's 63 KB 718 → 185 µs, 8.0 → 8.6
/// KB). The client's pages stayed at 4 until brotli was found to be a quarter of the
/// server's CPU on them too (`perf`, 2026-12-06): at 3, `/me` is 5.8 KB instead of 5.4
/// and the server makes 2,690 of them a second instead of 2,110. Both sizes go out in
/// the first flight of a new connection (ten segments, ~14 KB), so on a phone the page
/// takes the same round trips; only on a link slower than ~20 KB/s do the 430 bytes
/// show, as ~20 ms.
const QUALITY: i32 = 3;
/// Long pages (the offices list, a caseload, a volunteer's shifts) at quality 0:
/// brotli's one-pass compressor (quality 1 is its two-pass one). Quality 1 took about
/// half the time of quality 3 (the offices list in Arabic, 52 KB: ~150 → ~75 µs, the
/// list 1,467–1,629 → 1,793–1,860 requests/s, 2026-12-07); it was still 18 % of the
/// server's CPU on that list (`perf`, 2026-12-07, later the same day). Quality 0 packs
/// those 52 KB in two thirds of quality 1's time (measured apart: 263 → 181 µs) into 9.5
/// instead of 9.1 KB, still inside a new connection's first flight (ten segments, ~14
/// KB): a phone waits the same round trips.
const LONG_QUALITY: i32 = 0;
/// Pages of the staff's area (`ctx::is_staff_area`: case files, the caseload, the
/// administration) at quality 0 too, whatever their size. Quality 3 is spent on bytes for
/// the clients' phones on bad networks; staff read at the office or on a tablet, where
/// 5.8 KB instead of 5.3 (a case's plan tab) costs nothing to see. At quality 3 the tab's
/// compression was 19 % of the server's CPU (`perf`, 2026-12-07).
const STAFF_QUALITY: i32 = 0;
/// From this size (bytes of HTML) a page is long. Quality 3 saves about the same 400–500
/// bytes on a page of 14 KB as on one of 23 (`/me` 6.1 → 5.7 KB, a volunteer's shifts 4.6
/// → 4.1 KB), but the longer page pays two and a half times the CPU for them (~70 against
/// ~180 µs more than quality 0): the client's pages (11–15 KB in every language) stay
/// small, and shifts (23 KB) go with the lists (it was 24 KiB until 2026-12-07).
const LONG_PAGE: usize = 16 * 1024;
/// A 64 KiB window: no page is longer, and a smaller window is no cheaper.
const WINDOW_BITS: i32 = 16;

pub async fn pages(req: Request, next: Next) -> Response {
    let brotli = accepts_brotli(req.headers());
    let staff_area = super::ctx::is_staff_area(req.uri().path());
    let res = next.run(req).await;
    if !brotli || !is_page(res.headers()) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    // Pages are made whole in memory anyway (`ctx::render`): no limit is needed here.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(e) => return super::error::AppError::Internal(super::error::chain(&e)).into_response(),
    };
    let quality = quality(bytes.len(), staff_area);
    let compressed = (!bytes.is_empty()).then(|| compress(&bytes, quality)).flatten();
    let Some(compressed) = compressed else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts
        .headers
        .insert(CONTENT_ENCODING, HeaderValue::from_static("br"));
    parts.headers.remove(CONTENT_LENGTH);
    parts
        .headers
        .append(VARY, HeaderValue::from_static("accept-encoding"));
    Response::from_parts(parts, Body::from(compressed))
}

/// An HTML page not yet encoded.
fn is_page(headers: &HeaderMap) -> bool {
    !headers.contains_key(CONTENT_ENCODING)
        && headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"))
}

/// `br` among the accepted encodings with a quality above zero (`br;q=0` refuses it).
pub fn accepts_brotli(headers: &HeaderMap) -> bool {
    headers
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|part| {
            let mut it = part.split(';');
            let name = it.next().unwrap_or_default().trim();
            let q = it
                .map(|p| p.trim().to_ascii_lowercase())
                .find_map(|p| p.strip_prefix("q=").map(str::to_string))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            name.eq_ignore_ascii_case("br") && q > 0.0
        })
}

/// The quality for a page of `len` bytes (see the constants above).
fn quality(len: usize, staff_area: bool) -> i32 {
    if staff_area {
        STAFF_QUALITY
    } else if len > LONG_PAGE {
        LONG_QUALITY
    } else {
        QUALITY
    }
}

pub fn compress(bytes: &[u8], quality: i32) -> Option<Vec<u8>> {
    use brotli::enc::encode::{
        BrotliEncoderDestroyInstance, BrotliEncoderOperation, BrotliEncoderStateStruct,
    };
    use brotli::enc::interface::PredictionModeContextMap;
    use brotli::enc::{InputPair, InputReferenceMut, StaticCommand};
    let mut encoder = BrotliEncoderStateStruct::new(Recycling);
    encoder.params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: WINDOW_BITS,
        size_hint: bytes.len(),
        ..Default::default()
    };
    // The page is handed to the encoder as it lies in memory. Through brotli's `Read`
    // interface it was first copied into a zeroed buffer of its own size: a page's worth
    // of zeroing and copying on every response (`perf`: zeroed allocation 3.5 % and
    // copies 7 % of the server's CPU on the offices list).
    let mut out = Vec::with_capacity(bytes.len() / 6 + 64);
    let mut chunk = [0u8; 8192];
    let (mut available_in, mut next_in) = (bytes.len(), 0);
    let mut total_out = Some(0);
    let mut no_callback = |_: &mut PredictionModeContextMap<InputReferenceMut>,
                           _: &mut [StaticCommand],
                           _: InputPair,
                           _: &mut Recycling| ();
    let finished = loop {
        let op = if available_in == 0 {
            BrotliEncoderOperation::BROTLI_OPERATION_FINISH
        } else {
            BrotliEncoderOperation::BROTLI_OPERATION_PROCESS
        };
        let (mut available_out, mut next_out) = (chunk.len(), 0);
        let ok = encoder.compress_stream(
            op,
            &mut available_in,
            bytes,
            &mut next_in,
            &mut available_out,
            &mut chunk,
            &mut next_out,
            &mut total_out,
            &mut no_callback,
        );
        out.extend_from_slice(&chunk[..next_out]);
        if !ok || encoder.is_finished() {
            break ok;
        }
    };
    // Gives the tables back to `Recycling` for the next page (the encoder has no `Drop`).
    BrotliEncoderDestroyInstance(&mut encoder);
    finished.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brotli_is_taken_unless_refused() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(
                ACCEPT_ENCODING,
                HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static("")),
            );
            accepts_brotli(&h)
        };
        assert!(with("gzip, deflate, br, zstd"));
        assert!(with("BR;q=0.5"));
        assert!(!with("gzip"));
        assert!(!with("br;q=0, gzip"));
        assert!(!with("br;Q=0"));
        assert!(!with("brotli"));
        assert!(!accepts_brotli(&HeaderMap::new()));
    }

    /// The page a browser gets back from `packed`.
    fn unpack(packed: &[u8]) -> Vec<u8> {
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &packed[..], &mut back).unwrap_or_default();
        back
    }

    #[test]
    fn a_page_comes_back_whole() {
        let page = "<!DOCTYPE html><html lang=\"ti\"><body>ሰላም ".repeat(500);
        let packed = compress(page.as_bytes(), quality(page.len(), false)).unwrap_or_default();
        assert!(packed.len() < page.len() / 10);
        assert_eq!(unpack(&packed), page.as_bytes());
    }

    #[test]
    fn kept_memory_serves_the_next_page_and_leaves_no_trace() {
        let first = "<p>Termin beim Jobcenter am 4. Mai</p>".repeat(400);
        let second = "<li>ቆጸራ ምስ ቤት ጽሕፈት ስራሕ</li><li>موعد في مكتب العمل</li>".repeat(300);
        let a = compress(first.as_bytes(), QUALITY).unwrap_or_default();
        assert!(super::super::compress_memory::kept_bytes() > 0);
        // Tables left over from the first page must not leak into the second.
        let b = compress(second.as_bytes(), QUALITY).unwrap_or_default();
        let a_again = compress(first.as_bytes(), QUALITY).unwrap_or_default();
        assert_eq!(unpack(&a), first.as_bytes());
        assert_eq!(unpack(&b), second.as_bytes());
        assert_eq!(
            a, a_again,
            "the same page packs to the same bytes with kept memory"
        );
    }

    #[test]
    fn staff_and_long_pages_pack_fast_and_client_pages_small_on_the_same_tables() {
        assert_eq!(quality(8 * 1024, false), QUALITY);
        assert_eq!(quality(30 * 1024, false), LONG_QUALITY);
        assert_eq!(quality(20 * 1024, false), LONG_QUALITY, "a volunteer's shifts");
        assert_eq!(quality(15 * 1024, false), QUALITY, "a client's home");
        assert_eq!(quality(8 * 1024, true), STAFF_QUALITY);
        assert_eq!(quality(30 * 1024, true), STAFF_QUALITY);
        let page = "<tr><td>Termin Jobcenter</td><td>موعد في مكتب العمل</td></tr>".repeat(150);
        // The two settings take turns on one thread's kept tables.
        let fast = compress(page.as_bytes(), STAFF_QUALITY).unwrap_or_default();
        let small = compress(page.as_bytes(), QUALITY).unwrap_or_default();
        let fast_again = compress(page.as_bytes(), STAFF_QUALITY).unwrap_or_default();
        assert_eq!(unpack(&fast), page.as_bytes());
        assert_eq!(unpack(&small), page.as_bytes());
        assert_eq!(fast, fast_again);
        assert!(small.len() < fast.len(), "{} vs {}", small.len(), fast.len());
    }

    #[test]
    fn pages_of_every_size_reuse_the_kept_tables_within_the_bound() {
        use super::super::compress_memory::{asked, kept_bytes, reused};
        let mut qualities = std::collections::HashSet::new();
        for n in (1..60).map(|i| i * 37) {
            let page = format!("<p>Seite {n}</p>").repeat(n) + &"<li>موعد</li>".repeat(n % 11);
            let (before, asked_before) = (reused(), asked());
            let q = quality(page.len(), false);
            let first_of_its_quality = qualities.insert(q);
            let packed = compress(page.as_bytes(), q).unwrap_or_default();
            assert_eq!(unpack(&packed), page.as_bytes());
            // From the second page of a quality on, each that asks for large tables
            // finds the last one's (its hash table at least), whatever its size. (The
            // qualities' tables differ in kind; quality 0 on a page of 16 to ~24 KB asks
            // for none large enough to keep.)
            if !first_of_its_quality && asked() > asked_before {
                assert!(reused() > before, "page {n}: nothing kept was used again");
            }
            assert!(kept_bytes() <= 4 * 1024 * 1024, "{} bytes kept", kept_bytes());
        }
    }
}
