-- Issue 28, integration's admin screens: when each of a client's credentials was last set, as the client's page
-- says "set on <date>" once a secret, key or certificate has been shown (only once) and kept as a hash.
ALTER TABLE api_client
    ADD COLUMN secret_set_at         TIMESTAMPTZ,
    ADD COLUMN api_key_set_at        TIMESTAMPTZ,
    ADD COLUMN certificate_set_at    TIMESTAMPTZ,
    ADD COLUMN issuer_subject_set_at TIMESTAMPTZ;
