package io.vigil.rest.resource;

/** A resource with an id of its own, addressable at {@code <collection>/<id>}. */
public interface Identified {
    /** The resource's id as it appears in its URL. */
    public String id();
}
