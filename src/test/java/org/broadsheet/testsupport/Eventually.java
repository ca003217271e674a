package org.broadsheet.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Polls an assertion until it passes, for what the application does in the background. */
public final class Eventually {

    private Eventually() {
    }

    /** Retries {@code assertion} until it passes or {@code within} is over (then its failure is thrown). */
    public static void eventually(Duration within, Runnable assertion) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }
}
