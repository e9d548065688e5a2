package io.vigil.examples.console;

import java.util.List;

/**
 * One screen of the console (or a few that belong together): its entries in the navigation bar and
 * its routes, each answered with the signed-in viewer's actor through the contexts' use cases, so
 * the access policy decides what it shows and every read is audited. See CONTRIBUTING.md, "Add a
 * console screen".
 */
interface Screen {

    /** Its entries in the navigation bar, in order (none for a screen reached only by links). */
    List<Frame.Nav> nav();

    /** Adds its routes. */
    void register(Console.Routes routes);
}
