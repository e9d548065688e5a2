package io.vigil.wiring;

/**
 * How an adapter opens one context's outbound ports (a ports record such as
 * {@code AlertingPorts}, or a single port such as the audit log): one factory per context per
 * adapter, so a host can take each context's stores from a different adapter.
 *
 * @param <P> the ports record (or single port) it opens
 */
public interface ContextStores<P> {

    /** The type of what {@link #open()} returns, as the injector binds it. */
    Class<P> portsType();

    /** Opens the stores; called once, when first needed. Does no I/O beyond what the stores need. */
    P open();
}
