package dev.wscope.ui.app;

import dev.wscope.testing.Waits;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bounded waits for UI tests: the condition is read after the FX thread has run what was queued. At the
 * deadline the failure names the test line that waited, which says what it waited for.
 */
final class UiWait {
    private UiWait() {
    }

    static void until(BooleanSupplier condition, int seconds) {
        Waits.until(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        }, Duration.ofSeconds(seconds), UiWait.class, WindowRobot.class);
    }

    /** Waits until the value read passes the test and returns it; the failure shows the last value read. */
    static <T> T until(String what, Supplier<T> value, Predicate<? super T> done, int seconds) {
        return Waits.until(what + " (" + Waits.caller(UiWait.class, WindowRobot.class) + ")", () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return value.get();
        }, done, Duration.ofSeconds(seconds));
    }
}
