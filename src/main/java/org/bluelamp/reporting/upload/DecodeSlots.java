package org.bluelamp.reporting.upload;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many photos and documents this instance reads and decodes at once (by default one per core), so that the
 * memory it takes (the file, its cleaned copy, a photo's pixels while it is turned, PDFBox's objects) is bounded
 * however many people upload at the same moment. A file waits a short while for a turn, then the
 * person is told to try again: a queue without end would hold every waiting request's bytes. It bounds this
 * instance's memory only, so it rightly lives in this instance.
 */
final class DecodeSlots {

    private final Semaphore slots;
    private final Duration wait;

    DecodeSlots(int slots, Duration wait) {
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    /** Runs the decode in a slot, waiting at most the set time for one. */
    <T> T run(Supplier<T> decode) {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DecodersBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodersBusyException();
        }
        try {
            return decode.get();
        } finally {
            slots.release();
        }
    }

    int available() {
        return slots.availablePermits();
    }
}
