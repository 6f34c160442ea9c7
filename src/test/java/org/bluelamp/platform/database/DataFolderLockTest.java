package org.bluelamp.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One Bluelamp to a data folder; the lock says which process has it, and is let go on close. */
class DataFolderLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondClaimIsRefusedNamingTheFolderAndTheProcessThatHasIt() throws Exception {
        try (var first = DataFolderLock.claim(folder)) {
            assertThatThrownBy(() -> DataFolderLock.claim(folder))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("The data folder " + folder + " is in use by another running Bluelamp (process "
                            + ProcessHandle.current().pid() + ").");
            assertThat(folder.resolve(DataFolderLock.FILE_NAME)).hasContent(Long.toString(ProcessHandle.current().pid()));
        }
        DataFolderLock.claim(folder).close();
    }

    @Test
    void theRefusalIsExplainedWithWhatToDo() {
        var analysis = new DataFolderInUseFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new DataFolderInUseException(folder, "1234")));
        assertThat(analysis.getDescription()).contains(folder.toString(), "process 1234");
        assertThat(analysis.getAction()).contains("Stop that Bluelamp (process 1234)", "BLUELAMP_DATA_DIR");
    }
}
