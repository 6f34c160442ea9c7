package org.bluelamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.bluelamp.appointments.VisitRecordKind;
import org.bluelamp.chat.ChatRecordKind;
import org.bluelamp.contact.ContactRecordKind;
import org.bluelamp.notify.MessageRecordKind;
import org.bluelamp.platform.codes.CodePurpose;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.relay.RelayRecordKind;
import org.bluelamp.reporting.ReportRecordKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Codes that rows and stored events already carry, derived from enum constants' names: renaming a constant would
 * orphan what was written under the old code, so this lists them as stored.
 */
class StoredCodesTest {

    @Test
    void everyKindOfRecordKeepsItsStoredCode() {
        var codes = Stream.of(ReportRecordKind.values(), MessageRecordKind.values(), RelayRecordKind.values(),
                        ContactRecordKind.values(), PrivacyRecordKind.values(), VisitRecordKind.values(),
                        ChatRecordKind.values())
                .flatMap(Arrays::stream).map(RecordKind::code).toList();

        assertThat(codes).containsExactly("report", "message", "relay-call", "recording", "bsl-video", "contact",
                "file", "visit", "data-request", "request", "identity-proof", "subject", "access-log", "visit",
                "web-chat");
    }

    /** The access log page names each entry's kind in words: a kind without them would make the page fail. */
    @Test
    void everyKindOfRecordHasItsWordsInTheAccessLog() {
        var texts = org.bluelamp.platform.EnglishTexts.load();
        Stream.of(ReportRecordKind.values(), MessageRecordKind.values(), RelayRecordKind.values(),
                        ContactRecordKind.values(), PrivacyRecordKind.values(), VisitRecordKind.values(),
                        ChatRecordKind.values())
                .flatMap(Arrays::stream).map(RecordKind::code)
                .forEach(code -> assertThat(texts.t("access-log.kind." + code)).as(code).isNotBlank());
    }

    @Test
    void everyCodePurposeKeepsItsStoredValueInColumnsAndEvents() {
        assertThat(Arrays.stream(CodePurpose.values()).map(CodePurpose::value))
                .containsExactly("track-report", "resume", "data-answer");

        var json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(CodePurpose.TRACK_REPORT)).isEqualTo("\"track-report\"");
        assertThat(json.readValue("\"data-answer\"", CodePurpose.class)).isEqualTo(CodePurpose.DATA_ANSWER);
    }
}
