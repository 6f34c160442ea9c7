-- Passkeys (Spring Security WebAuthn). The table and column names are the ones Spring Security's JDBC repositories
-- use (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository); the DDL is theirs for PostgreSQL.
-- user_entities.name is the staff username.
CREATE TABLE user_entities (
    id           varchar(1000) NOT NULL PRIMARY KEY,
    name         varchar(100)  NOT NULL,
    display_name varchar(200)
);
CREATE UNIQUE INDEX user_entities_name ON user_entities (name);

CREATE TABLE user_credentials (
    credential_id                varchar(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
