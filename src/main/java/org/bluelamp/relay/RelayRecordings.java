package org.bluelamp.relay;

import org.bluelamp.reporting.Reference;
import org.bluelamp.contact.ContactNotes;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every call's recording, kept as the pieces the interpreter's console uploads every few seconds, so a crashed
 * browser loses only the last few seconds. Pieces are checked and stored through the file store; playing a recording
 * back is written down in the same transaction as finding it.
 */
@Service
class RelayRecordings {

    /** Every WebM file, and so the first piece of a recording, starts with the EBML header's id. */
    private static final byte[] WEBM_START = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    /** The console stops recording when the call ends; its last piece may arrive a little later. */
    private static final Duration LAST_PIECE_GRACE = Duration.ofMinutes(5);
    /** Parts asked for within this of the member's last playback are that playback going on, not another. */
    static final Duration ONE_PLAYBACK = Duration.ofHours(1);

    private final RelayCalls calls;
    private final FileStore files;
    private final ContactNotes notes;
    private final AccessLog accessLog;
    private final RelayCallProperties properties;
    private final Clock clock;

    RelayRecordings(RelayCalls calls, FileStore files, ContactNotes notes, AccessLog accessLog,
                    RelayCallProperties properties, Clock clock) {
        this.calls = calls;
        this.files = files;
        this.notes = notes;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    enum Received { STORED, ALREADY_STORED, NOT_A_RECORDING, TOO_LARGE, CALL_NOT_RECORDING }

    /** Stores a piece of the call's recording from its interpreter; a piece sent twice is kept once. */
    Received receive(RelayCall call, String interpreter, int seq, byte[] content) {
        var now = clock.instant();
        if (!interpreter.equals(call.interpreter()) || call.answeredAt() == null
                || call.endedAt() != null && call.endedAt().plus(LAST_PIECE_GRACE).isBefore(now)) {
            return Received.CALL_NOT_RECORDING;
        }
        if (content.length == 0 || seq < 0 || seq == 0 && !startsAsWebm(content)) {
            return Received.NOT_A_RECORDING;
        }
        if (content.length > properties.recordingChunk().toBytes()) {
            return Received.TOO_LARGE;
        }
        var fileId = UUID.randomUUID();
        files.write(fileId, content);
        if (!calls.addChunk(call.id(), seq, fileId, content.length, now)) {
            files.delete(fileId);
            return Received.ALREADY_STORED;
        }
        return Received.STORED;
    }

    long largestPiece() {
        return properties.recordingChunk().toBytes();
    }

    boolean has(UUID callId) {
        return !calls.chunkSizes(callId).isEmpty();
    }

    /**
     * The recording's pieces for this member of staff to play, the bytes asked for (the whole if {@code wanted} is
     * empty), written to the access log with those bytes in the same transaction, whatever part is asked for: a
     * player asks for many parts, and any one of them is the recording. A first play in a while is also a playback
     * (on the contact's timeline, once the call is a contact); the parts a player asks for as it plays are not.
     * Nothing is logged when there is no recording or no part of it was asked for.
     */
    @Transactional
    Optional<Playing> play(RelayCall call, StaffMember reader, Optional<ByteRange> wanted) {
        var pieces = calls.chunkSizes(call.id());
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        long total = pieces.stream().mapToLong(Piece::bytes).sum();
        var span = wanted.isEmpty() ? Optional.of(ByteRange.Span.whole(total)) : wanted.get().of(total);
        if (span.isEmpty()) {
            return Optional.of(new Playing(pieces, null, total));
        }
        var now = clock.instant();
        accessLog.read(reader.accessor(), RelayRecordKind.RECORDING, Reference.valueOrNull(call.reference()),
                Map.of("call", call.id().toString(), "bytes", span.get().described()));
        if (!calls.playedSince(call.id(), reader.username(), now.minus(ONE_PLAYBACK))) {
            calls.playedBack(call.id(), reader.username(), now);
            if (call.reference() != null) {
                notes.look(call.reference(), reader.username(), "recording");
            }
        }
        return Optional.of(new Playing(pieces, span.get(), total));
    }

    /** The recording's page, which shows the call (who interpreted it, when, its note): a read like any other. */
    @Transactional
    void pageShown(RelayCall call, StaffMember reader) {
        accessLog.read(reader.accessor(), RelayRecordKind.RECORDING, Reference.valueOrNull(call.reference()),
                Map.of("call", call.id().toString(), "page", "recording"));
    }

    /**
     * What to send: the pieces and the bytes of them asked for, or no bytes (a 416) when the range asked for none.
     *
     * @param span null when no part of the recording was asked for
     */
    record Playing(List<Piece> pieces, ByteRange.Span span, long total) {
    }

    record Piece(UUID fileId, int bytes) {
    }

    FileStore files() {
        return files;
    }

    private static boolean startsAsWebm(byte[] content) {
        if (content.length < WEBM_START.length) {
            return false;
        }
        for (int i = 0; i < WEBM_START.length; i++) {
            if (content[i] != WEBM_START[i]) {
                return false;
            }
        }
        return true;
    }
}
