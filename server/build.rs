//! `sqlx::migrate!` embeds the migration folders when the crate compiles; cargo does not
//! know it read them, so a new migration alone did not rebuild the server (a binary
//! built after adding 0040 still stopped at 0039). Watching the folders fixes that.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
