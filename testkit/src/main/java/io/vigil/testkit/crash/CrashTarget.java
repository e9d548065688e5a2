package io.vigil.testkit.crash;

import io.vigil.people.port.out.PersonDirectory;

/**
 * A store a crash test writes to: opened by name in a child JVM that is killed mid-write, then opened
 * again on the same data to check that no acknowledged write was lost. Implementations need a public
 * no-argument constructor, since the child JVM creates them by class name.
 */
public interface CrashTarget {

    /** Opens the store at {@code location} (a directory or a JDBC URL), as the reference app does at start. */
    Opened open(String location) throws Exception;

    /** An open store; closing it releases its files or connections. */
    interface Opened extends AutoCloseable {
        PersonDirectory persons();

        @Override
        void close();
    }
}
