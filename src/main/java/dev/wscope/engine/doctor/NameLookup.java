package dev.wscope.engine.doctor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A host name's first address within a deadline. The JDK's lookup has no timeout of its own (a resolver that
 * does not answer holds it for the system's retries, tens of seconds): it runs on a daemon thread, and the
 * examination goes on without it when the deadline passes. Thread contract: any thread.
 */
final class NameLookup {
    /** How a name becomes addresses: the system's resolver, or a stand-in in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Executor LOOKUPS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "doctor-dns");
        thread.setDaemon(true);
        return thread;
    });

    private final Resolver resolver;

    NameLookup(Resolver resolver) {
        this.resolver = resolver;
    }

    static NameLookup system() {
        return new NameLookup(InetAddress::getAllByName);
    }

    InetAddress first(String host, long timeoutMillis) throws UnknownHostException, TimeoutException {
        CompletableFuture<InetAddress> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return resolver.resolve(host)[0];
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, LOOKUPS);
        try {
            return lookup.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException unknown) {
                throw unknown;
            }
            throw new UnknownHostException(host + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }
}
