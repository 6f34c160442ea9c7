package org.bluelamp.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An instance on an external database refuses to start without a shared secrets key and a shared file store;
 * ExternalDatabaseTest starts whole instances that have both.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedInstallationCheckTest {

    private static final String EXTERNAL = "jdbc:postgresql://db.example:5432/bluelamp";

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDatabaseNeedsNeither() {
        assertThatCode(() -> SharedInstallationCheck.check(new MockEnvironment())).doesNotThrowAnyException();
    }

    @Test
    void anExternalDatabaseWithoutASecretsKeyOrSharedFilesIsRefusedSayingBoth() {
        var settings = new MockEnvironment().withProperty("bluelamp.database.url", EXTERNAL)
                .withProperty("bluelamp.staff.secrets-key-file", folder.resolve("secrets.key").toString());

        var refused = (SharedInstallationIncomplete) catchThrowable(() -> SharedInstallationCheck.check(settings));

        assertThat(refused.getMessage()).isEqualTo("Bluelamp is on an external database but has no secrets key shared "
                + "by every instance, so staff authenticator secrets sealed on one could not be opened on another. "
                + "Bluelamp is on an external database but keeps uploaded files in this machine's folder, so another "
                + "instance could not read them.");
        assertThat(new SharedInstallationFailureAnalyzer().analyze(refused).getAction())
                .contains("BLUELAMP_SECRETS_KEY", "BLUELAMP_FILES_STORE=s3", "BLUELAMP_FILES_SHARED_FOLDER=true");
    }

    @Test
    void aKeyButFilesInThisMachinesFolderIsRefused() {
        var settings = new MockEnvironment().withProperty("bluelamp.database.url", EXTERNAL)
                .withProperty("bluelamp.staff.secrets-key", "a-key").withProperty("bluelamp.files.store", "folder");

        assertThatThrownBy(() -> SharedInstallationCheck.check(settings))
                .hasMessage("Bluelamp is on an external database but keeps uploaded files in this machine's folder, "
                        + "so another instance could not read them.");
    }

    @Test
    void sharedFilesButNoKeyIsRefusedEvenWithAKeyFileNamedThatIsNotThere() {
        var settings = new MockEnvironment().withProperty("bluelamp.database.url", EXTERNAL)
                .withProperty("bluelamp.files.store", "s3")
                .withProperty("bluelamp.staff.secrets-key-file", folder.resolve("not-made.key").toString());

        assertThatThrownBy(() -> SharedInstallationCheck.check(settings))
                .hasMessageStartingWith("Bluelamp is on an external database but has no secrets key")
                .hasMessageNotContaining("uploaded files");
    }

    @Test
    void aKeyOrAKeyFileMadeBeforehandWithS3OrASharedFolderStarts() throws IOException {
        var keyFile = Files.writeString(folder.resolve("secrets.key"), "A".repeat(43) + "=");

        assertThatCode(() -> SharedInstallationCheck.check(new MockEnvironment()
                .withProperty("bluelamp.database.url", EXTERNAL).withProperty("bluelamp.staff.secrets-key", "a-key")
                .withProperty("bluelamp.files.store", "s3"))).doesNotThrowAnyException();
        assertThatCode(() -> SharedInstallationCheck.check(new MockEnvironment()
                .withProperty("bluelamp.database.url", EXTERNAL)
                .withProperty("bluelamp.staff.secrets-key-file", keyFile.toString())
                .withProperty("bluelamp.files.shared-folder", "true"))).doesNotThrowAnyException();
    }

    @Test
    void anInstanceRefusesToStartInOneSentenceWithWhatToDo(CapturedOutput output) {
        var app = new SpringApplication(Nothing.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        var refused = catchThrowable(() -> app.run("--bluelamp.database.url=" + EXTERNAL,
                "--bluelamp.database.data-dir=" + folder, "--bluelamp.staff.secrets-key=a-key"));

        assertThat(refused).isInstanceOf(SharedInstallationIncomplete.class);
        assertThat(output).contains("Bluelamp is on an external database but keeps uploaded files in this machine's "
                + "folder, so another instance could not read them.").contains("Action:")
                .contains("BLUELAMP_FILES_SHARED_FOLDER=true").doesNotContain("at org.bluelamp");
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
