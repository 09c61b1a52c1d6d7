//! The real server as a process: started with chosen settings on a free port, asked over
//! plain HTTP/1.1, killed when dropped. Shared by the crash test and the test that adds
//! and removes a language folder.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long one request may take before it counts as unanswered.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

// --- the server process ---------------------------------------------------------------

pub struct Launch {
    pub url: String,
    pub data_dir: PathBuf,
    pub log: PathBuf,
    pub port: u16,
    /// The test day (10:00 in Berlin), as the other tests pin it.
    pub base: chrono::DateTime<chrono::Utc>,
    pub started: Instant,
    /// More settings (name, value), e.g. `LOTSE_LOCALES_DIR`.
    pub env: Vec<(String, String)>,
}

impl Launch {
    pub fn start(&self) -> Server {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .unwrap();
        let err = log.try_clone().unwrap();
        // The clock starts at the test day and moves on with the real time across
        // restarts, so the server never sees time run backwards (sessions, sign-up times).
        let elapsed = chrono::Duration::from_std(self.started.elapsed()).unwrap_or_default();
        let clock = (self.base + elapsed).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let addr = format!("127.0.0.1:{}", self.port);
        // The workspace root, as for `cargo leptos` and the scripts in .ci/ (the site
        // root is relative to it; nothing is served from it here).
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_lotse-server"));
        // Only the settings below: none of the caller's (a database URL, an SMTP relay).
        for (name, _) in std::env::vars_os() {
            if name
                .to_str()
                .is_some_and(|n| n.starts_with("LOTSE_") || n.starts_with("LEPTOS_"))
            {
                cmd.env_remove(name);
            }
        }
        cmd.current_dir(root)
            // `get_configuration(None)` reads these (no Cargo.toml); the name only
            // makes the stylesheet's address.
            .env("LEPTOS_OUTPUT_NAME", "lotse")
            .env("LEPTOS_SITE_ROOT", "target/site")
            .env("LEPTOS_SITE_ADDR", &addr)
            .env("LOTSE_PUBLIC_URL", format!("http://{addr}"))
            .env("LOTSE_DATA_DIR", &self.data_dir)
            .env("LOTSE_DATABASE_URL", &self.url)
            .env("LOTSE_DEMO", "1")
            .env("LOTSE_CLOCK", clock)
            .env("LOTSE_LOG", "warn")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(err));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", env!("CARGO_BIN_EXE_lotse-server")));
        Server {
            child: Some(child),
            log: self.log.clone(),
            port: self.port,
        }
    }
}

/// The running server; dropped (also when the test panics) it is killed.
pub struct Server {
    child: Option<Child>,
    log: PathBuf,
    port: u16,
}

impl Server {
    pub async fn wait_until_up(&mut self, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(answer) = http(self.port, "GET", "/healthz", "", "").await {
                if answer.status == 200 {
                    return;
                }
            }
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    panic!(
                        "the server exited ({status}) before it answered\n{}",
                        log_tail(&self.log)
                    );
                }
            }
            assert!(
                Instant::now() < deadline,
                "the server did not answer /healthz within {limit:?}\n{}",
                log_tail(&self.log)
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// SIGKILL (what `Child::kill` sends on Unix): no shutdown, nothing flushed or closed.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A port that was free a moment ago. The server binds it itself on every start (the
/// listener sets SO_REUSEADDR, so connections of a killed predecessor do not block it).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The day the suite runs on (see `common::TEST_TODAY`), 10:00 in Berlin.
pub fn test_instant() -> chrono::DateTime<chrono::Utc> {
    let day = std::env::var("LOTSE_TEST_TODAY").unwrap_or_else(|_| super::TEST_TODAY.to_string());
    lotse_server::time::parse_instant(&day)
        .unwrap_or_else(|| panic!("LOTSE_TEST_TODAY={day}: expected YYYY-MM-DD"))
}

pub fn log_tail(path: &Path) -> String {
    let text = std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    format!(
        "--- last lines of {}\n{}",
        path.display(),
        lines[lines.len().saturating_sub(60)..].join("\n")
    )
}

// --- a minimal HTTP/1.1 client --------------------------------------------------------

pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub cookies: Vec<(String, String)>,
    pub body: String,
}

/// One request on its own connection (`Connection: close`), read to the end. None when
/// no complete status line and headers came back: the write is then not acknowledged.
/// A handler answers only after its transaction committed, so a complete head is an
/// acknowledgement even if the connection is cut after it.
pub async fn http(port: u16, method: &str, path: &str, cookie: &str, body: &str) -> Option<Answer> {
    let exchange = async {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await.ok()?;
        let mut request =
            format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
        if method == "POST" {
            // The same-origin check wants the public URL (or the Host) as Origin.
            request.push_str(&format!(
                "Origin: http://127.0.0.1:{port}\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\n\
                 Content-Length: {}\r\n",
                body.len()
            ));
        }
        if !cookie.is_empty() {
            request.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        request.push_str("\r\n");
        request.push_str(body);
        stream.write_all(request.as_bytes()).await.ok()?;
        let mut received = vec![];
        let mut chunk = [0u8; 8192];
        // To the end; a reset (the server killed) ends it too, with what arrived so far.
        while let Ok(n) = stream.read(&mut chunk).await {
            if n == 0 {
                break;
            }
            received.extend_from_slice(&chunk[..n]);
        }
        parse_answer(&received)
    };
    tokio::time::timeout(REQUEST_TIMEOUT, exchange)
        .await
        .ok()
        .flatten()
}

fn parse_answer(bytes: &[u8]) -> Option<Answer> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&bytes[..end]);
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let mut location = None;
    let mut cookies = vec![];
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("location") {
            location = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("set-cookie") {
            let pair = value.split(';').next().and_then(|p| p.split_once('='));
            if let Some((k, v)) = pair {
                if !v.is_empty() && !value.contains("Max-Age=0") {
                    cookies.push((k.trim().to_string(), v.trim().to_string()));
                }
            }
        }
    }
    Some(Answer {
        status,
        location,
        cookies,
        body: String::from_utf8_lossy(&bytes[end + 4..]).into_owned(),
    })
}
