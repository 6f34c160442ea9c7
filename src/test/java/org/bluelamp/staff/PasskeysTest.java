package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Passkeys over HTTP without a browser: who may add and remove them. Signing in with one: PasskeyBrowserTest. */
@BluelampTest
class PasskeysTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    PublicKeyCredentialUserEntityRepository users;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordAloneCannotAddAPasskeyAndIsSentToTheCodePage() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        session.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);

        var refused = session.post("/webauthn/register", "publicKey", "{}");
        assertThat(refused.pathOnly()).isEqualTo("/staff/sign-in/code");
        assertThat(session.get("/staff/passkeys").pathOnly()).isEqualTo("/staff/sign-in/code");
        assertThat(jdbc.sql("SELECT count(*) FROM user_entities u JOIN user_credentials c ON c.user_entity_user_id = u.id"
                + " WHERE u.name = :u").param("u", account.username()).query(Integer.class).single()).isZero();
    }

    @Test
    void noOneSignedInCannotAddAPasskey() {
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        assertThat(session.post("/webauthn/register", "publicKey", "{}").pathOnly()).isEqualTo("/staff/sign-in");
    }

    @Test
    void bothFactorsShowThePasskeysPageWithEachPasskeyAndItCanBeRemoved() {
        var session = new WebSession(port);
        var account = staffAccounts.signedIn(session, StaffRole.CONTACT_HANDLER);
        var empty = session.get("/staff/passkeys");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("<h1 class=\"govuk-heading-l\">Passkeys</h1>", "You have no passkeys yet",
                "Add a passkey", "/assets/js/passkeys");

        var credentialId = passkeyFor(account.username(), "Old tablet");
        var listed = session.get("/staff/passkeys");
        assertThat(listed.body()).contains("Old tablet", credentialId.toBase64UrlString());

        var removed = session.post("/staff/passkeys/remove", "id", credentialId.toBase64UrlString());
        assertThat(removed.pathOnly()).isEqualTo("/staff/passkeys");
        assertThat(removed.body()).contains("Your passkey has been removed").doesNotContain("Old tablet");
        assertThat(credentials.findByCredentialId(credentialId)).isNull();
    }

    @Test
    void someoneElsesPasskeyIsNotRemoved() {
        var other = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var theirs = passkeyFor(other.username(), "Their phone");
        var session = new WebSession(port);
        staffAccounts.signedIn(session, StaffRole.CONTACT_HANDLER);
        session.get("/staff/passkeys");
        var page = session.post("/staff/passkeys/remove", "id", theirs.toBase64UrlString());
        assertThat(page.body()).doesNotContain("Your passkey has been removed");
        assertThat(credentials.findByCredentialId(theirs)).isNotNull();
    }

    @Test
    void theSignInPageOffersAPasskeyOnlyToBrowsersThatHaveThem() {
        var page = new WebSession(port).get("/staff/sign-in");
        assertThat(page.body()).contains("data-passkey-sign-in hidden", "Sign in with a passkey", "/assets/js/passkeys");
    }

    @Test
    void passkeysMustCheckWhoHoldsThemAndLiveOnTheDevice() {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, StaffRole.CONTACT_HANDLER);
        session.get("/staff/passkeys");
        var creation = session.post("/webauthn/register/options");
        assertThat(creation.status()).isEqualTo(200);
        assertThat(creation.body().replace(" ", "")).contains("\"residentKey\":\"required\"",
                "\"userVerification\":\"required\"", "\"rp\":{\"id\":\"localhost\"");

        var anonymous = new WebSession(port);
        anonymous.get("/staff/sign-in");
        var request = anonymous.post("/webauthn/authenticate/options");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.body().replace(" ", "")).contains("\"userVerification\":\"required\"",
                "\"rpId\":\"localhost\"");
    }

    /** A stored passkey for the account, as Spring Security keeps it after registering one. */
    private Bytes passkeyFor(String username, String label) {
        var user = users.findByUsername(username);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder().name(username).id(Bytes.random())
                    .displayName(username).build();
            users.save(user);
        }
        var id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[]{1, 2, 3})).signatureCount(0).uvInitialized(true)
                .backupEligible(false).backupState(false).label(label).created(Instant.now()).lastUsed(Instant.now())
                .build());
        return id;
    }
}
