package org.bluelamp.notify;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a blocking call on a virtual thread of its own and waits at most so long for it. GOV.UK Notify's client uses
 * HttpURLConnection with no timeouts, so a provider that never answers would otherwise hold the worker for ever; a
 * call given up on finishes (or not) on its own thread, which costs next to nothing while it waits.
 */
final class BoundedCall {

    private BoundedCall() {
    }

    interface Call<T> {
        T call() throws Exception;
    }

    /** The call's result, or its exception (unwrapped); a {@link TimeoutException} if it took too long. */
    static <T> T within(Duration timeout, String name, Call<T> call) throws Exception {
        var result = new CompletableFuture<T>();
        Thread.ofVirtual().name(name).start(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception exception ? exception : failed;
        } catch (InterruptedException stopping) {
            // Shutting down: the outcome is as unknown as after a timeout.
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }

}
