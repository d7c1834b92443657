package dev.wscope.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Bounded waits for tests, on Awaitility: poll until a condition holds, and at the deadline fail with what was
 * awaited and the last value seen, never hang and never pass silently. Conditions are checked on the calling
 * thread (as the hand-written loops these replace did), from the first moment and then every 5 ms: Awaitility's
 * default first waits 100 ms, which a test suite of hundreds of waits would pay again and again.
 */
public final class Waits {
    private static final Duration POLL = Duration.ofMillis(5);

    private Waits() {
    }

    /** Waits until the condition holds; fails at the timeout saying what was awaited. */
    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        try {
            poll(what, timeout).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not within " + seconds(timeout) + ": " + what, e);
        }
    }

    /** The same, naming the wait by where the test called it (the first frame outside Waits and the helpers). */
    public static void until(BooleanSupplier condition, Duration timeout, Class<?>... helpers) {
        until("the condition at " + caller(helpers), condition, timeout);
    }

    /** Waits until the value passes the test and returns it; fails at the timeout with the last value seen. */
    public static <T> T until(String what, Supplier<T> value, Predicate<? super T> done, Duration timeout) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            poll(what, timeout).until(() -> {
                last.set(value.get());
                return done.test(last.get());
            });
            return last.get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not within " + seconds(timeout) + ": " + what + " (last seen: " + last.get() + ")", e);
        }
    }

    /**
     * Where a test waited, as "Class.method (File.java:line)": the first frame outside Waits, the helper classes
     * named and any method named waitUntil (a test's own helper), so a failure of a wait given only a condition
     * still says which wait it was.
     */
    public static String caller(Class<?>... helpers) {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getMethodName().equals("waitUntil") && !isHelper(frame.getClassName(), helpers))
                .findFirst()
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + "." + frame.getMethodName() + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")")
                .orElse("an unknown caller"));
    }

    private static boolean isHelper(String className, Class<?>... helpers) {
        if (className.equals(Waits.class.getName())) {
            return true;
        }
        for (Class<?> helper : helpers) {
            if (className.equals(helper.getName())) {
                return true;
            }
        }
        return false;
    }

    private static ConditionFactory poll(String what, Duration timeout) {
        return Awaitility.await(what).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(POLL);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
