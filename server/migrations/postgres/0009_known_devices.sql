-- Devices a person has signed in on before (a random id in a long-lived cookie). A try
-- from a known device has its own sign-in budget: a stranger guessing a password can
-- slow down the account for unknown devices only, never lock its owner out.
CREATE TABLE known_devices (
    device_hash TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    first_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    PRIMARY KEY (device_hash, user_id)
);
CREATE INDEX known_devices_user ON known_devices(user_id);
-- Which budget a try counted against: '' for unknown devices, else the device's hash.
ALTER TABLE signin_failures ADD COLUMN device TEXT NOT NULL DEFAULT '';
CREATE INDEX signin_failures_bucket ON signin_failures(account_key, device, at);
