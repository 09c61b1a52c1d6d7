//! Delivers the outbox through the configured SMTP relay (`LOTSE_SMTP_URL`). Without one,
//! mail stays in the outbox and the people who cause it see the links to pass on.

use crate::config::Settings;
use crate::db::Store;
use lettre::message::{header::ContentType, Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("database: {0}")]
    Db(#[from] crate::db::DbError),
    #[error("mail settings: {0}")]
    Settings(String),
}

/// Sends up to `limit` waiting mails; returns how many went out. A mail that fails is
/// tried again on the next round, up to `outbox::MAX_ATTEMPTS` times.
pub async fn deliver(store: &Store, settings: &Settings, limit: i64) -> Result<usize, MailError> {
    let Some(url) = &settings.smtp_url else {
        return Ok(0);
    };
    let transport = relay(url)?;
    let from: Mailbox = settings
        .mail_from
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::Settings(e.to_string()))?;
    let mut sent = 0;
    for mail in store.unsent_mail(limit).await? {
        // Another instance may have read the same row: only the one that claims it sends.
        if !store.claim_mail(mail.id, mail.attempts).await? {
            continue;
        }
        let message = mail
            .to_address
            .parse::<Mailbox>()
            .map_err(|e| e.to_string())
            .and_then(|to| {
                Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(mail.subject.clone())
                    .header(ContentType::TEXT_PLAIN)
                    .body(mail.body.clone())
                    .map_err(|e| e.to_string())
            });
        let result = match message {
            Ok(m) => transport.send(m).await.map(|_| ()).map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => {
                store.mail_sent(mail.id).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!("mail {} not sent: {e}", mail.id);
                store.mail_failed(mail.id, &e).await?;
            }
        }
    }
    Ok(sent)
}

/// `smtp://[user:password@]host[:port]`: plain SMTP to a relay on the same host or
/// network (which does TLS onwards); port 25 unless given.
fn relay(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let parsed = url::Url::parse(url).map_err(|e| MailError::Settings(e.to_string()))?;
    if parsed.scheme() != "smtp" {
        return Err(MailError::Settings(
            "LOTSE_SMTP_URL must start with smtp://".into(),
        ));
    }
    let host = parsed
        .host_str()
        .ok_or_else(|| MailError::Settings("LOTSE_SMTP_URL has no host".into()))?;
    let mut builder =
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(parsed.port().unwrap_or(25));
    if !parsed.username().is_empty() {
        builder = builder.credentials(Credentials::new(
            parsed.username().to_string(),
            parsed.password().unwrap_or_default().to_string(),
        ));
    }
    Ok(builder.build())
}
