//! A language is a folder under `locales/`: the real server, started on a copy of the
//! folders with a throw-away language added, offers it, renders its pages in it (with
//! its direction) and falls back to English where it has no message; started again with
//! the folder removed, the language is gone everywhere. No code names it.

use crate::common::process::{free_port, http, log_tail, test_instant, Launch};
use std::path::Path;
use std::time::{Duration, Instant};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[tokio::test]
async fn a_language_folder_is_a_language_and_removing_it_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(&root.join("locales"), &locales);
    // "Zedish": English words, written right to left, one message of its own and one
    // left out (English stands in).
    let zz = locales.join("zz");
    copy_dir(&locales.join("en"), &zz);
    std::fs::write(zz.join("language.ftl"), "language-name = Zedish\n").unwrap();
    std::fs::write(zz.join("language.conf"), "direction = rtl\nscript = Latn\n").unwrap();
    let common = std::fs::read_to_string(zz.join("common.ftl")).unwrap();
    let common: String = common
        .lines()
        .filter(|l| !l.starts_with("language-label ="))
        .map(|l| {
            if l.starts_with("skip-to-content =") {
                "skip-to-content = Zz skip to the content".to_string()
            } else {
                l.to_string()
            }
        })
        .map(|l| l + "\n")
        .collect();
    std::fs::write(zz.join("common.ftl"), common).unwrap();

    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let launch = Launch {
        url: format!("sqlite://{}", data.join("lotse.db").display()),
        data_dir: data.clone(),
        log: dir.path().join("server.log"),
        port: free_port(),
        base: test_instant(),
        started: Instant::now(),
        env: vec![("LOTSE_LOCALES_DIR".into(), locales.display().to_string())],
    };
    let mut server = launch.start();
    server.wait_until_up(Duration::from_secs(60)).await;
    let page = http(launch.port, "GET", "/signin", "lotse_lang=zz", "")
        .await
        .unwrap();
    assert_eq!(page.status, 200, "{}", log_tail(&launch.log));
    let html = page.body;
    assert!(html.contains("lang=\"zz\""), "the page is in the new language");
    assert!(html.contains("dir=\"rtl\""), "in its direction");
    assert!(html.contains("Zz skip to the content"), "with its own messages");
    assert!(
        html.contains(">Language<"),
        "English stands in for a message it lacks"
    );
    assert!(
        html.contains("value=\"zz\"") && html.contains("Zedish"),
        "the language switcher offers it, named in itself"
    );
    server.kill();

    std::fs::remove_dir_all(&zz).unwrap();
    let mut server = launch.start();
    server.wait_until_up(Duration::from_secs(60)).await;
    let page = http(launch.port, "GET", "/signin", "lotse_lang=zz", "")
        .await
        .unwrap();
    assert_eq!(page.status, 200, "{}", log_tail(&launch.log));
    assert!(!page.body.contains("lang=\"zz\""), "gone: the page falls back");
    assert!(!page.body.contains("value=\"zz\"") && !page.body.contains("Zedish"));
    assert!(page.body.contains("lang=\"en\""), "to English");
    server.kill();
}
