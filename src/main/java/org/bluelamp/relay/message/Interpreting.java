package org.bluelamp.relay.message;

import org.bluelamp.reporting.Reference;
import org.bluelamp.relay.RelayRecordKind;
import org.bluelamp.contact.ContactAccess;
import org.bluelamp.contact.ContactNotes;
import org.bluelamp.platform.files.FileNotOpenable;
import org.bluelamp.platform.files.ScanState;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.reporting.Attachment;
import org.bluelamp.reporting.AttachmentContent;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.staff.StaffMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What an interpreter does with a BSL video message: play it and save its translation. Each is written on the
 * contact's timeline in the same transaction as the read or the change, so nobody watches a message, or takes it out
 * of the queue, without a record of it.
 */
@Service
@Transactional
class Interpreting {

    /** Whether a translation was saved, and if not, why. */
    enum Saved { SAVED, ALREADY_TRANSLATED, NOT_FOUND }

    private final VideoMessages messages;
    private final SubmittedReports reports;
    private final ContactNotes notes;
    private final AccessLog accessLog;
    private final StaffMembers staff;
    private final ContactAccess contacts;
    private final Clock clock;

    Interpreting(VideoMessages messages, SubmittedReports reports, ContactNotes notes, AccessLog accessLog,
                 StaffMembers staff, ContactAccess contacts, Clock clock) {
        this.contacts = contacts;
        this.messages = messages;
        this.reports = reports;
        this.notes = notes;
        this.accessLog = accessLog;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<VideoMessage> message(Reference reference) {
        return messages.withReference(reference);
    }

    /**
     * The video, to play, recording who played it; empty if there is none, its contact is not open yet, or the reader
     * may not play it: every interpreter while it waits in their queue; once translated, its translator and whoever
     * may see its contact.
     *
     * @throws FileNotOpenable while it waits to be scanned for viruses, or once removed for holding one
     */
    Optional<AttachmentContent> play(Reference reference, String username) {
        var reader = staff.find(username);
        return messages.withReference(reference)
                .filter(message -> message.waiting() || username.equals(message.translatedBy())
                        || reader.map(r -> contacts.mayRead(reference, r)).orElse(false))
                .flatMap(message -> reports.find(message.reportId())
                .flatMap(report -> report.attachments().stream().filter(Interpreting::video).findFirst())
                .map(Interpreting::openable)
                .filter(video -> notes.bslVideoPlayed(reference, username))
                .flatMap(video -> reports.attachment(message.reportId(), video.id())))
                .map(video -> {
                    // Every request is a whole playback (no ranges are served), so every one is logged.
                    accessLog.read(staff.accessorOf(username), RelayRecordKind.BSL_VIDEO, reference.value(), Map.of());
                    return video;
                });
    }

    /** Writes the translation on the contact's timeline and takes the message out of the queue. */
    Saved translate(Reference reference, String username, String translation) {
        var message = messages.withReference(reference);
        if (message.isEmpty()) {
            return Saved.NOT_FOUND;
        }
        // Taken out of the queue first: of two interpreters saving at once, the second waits here and then finds it gone.
        if (!messages.markTranslated(reference, username, clock.instant())) {
            return Saved.ALREADY_TRANSLATED;
        }
        if (!notes.bslTranslation(reference, username, translation)) {
            throw new ContactNotOpenYet();
        }
        return Saved.SAVED;
    }

    /** What the virus scanner found of the message's video; OFF if there is none. */
    @Transactional(readOnly = true)
    ScanState videoScan(VideoMessage message) {
        return reports.find(message.reportId())
                .flatMap(report -> report.attachments().stream().filter(Interpreting::video).findFirst())
                .map(Attachment::scan).orElse(ScanState.OFF);
    }

    private static Attachment openable(Attachment video) {
        if (!video.openable()) {
            throw new FileNotOpenable(video.id(), video.scan());
        }
        return video;
    }

    private static boolean video(Attachment attachment) {
        return attachment.mediaType().startsWith("video/");
    }

    /** Rolls back taking the message out of the queue: its translation had nowhere to go yet. */
    static final class ContactNotOpenYet extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ContactNotOpenYet() {
            super("The contact for this BSL video message is not open yet");
        }
    }
}
