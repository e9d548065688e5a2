/** Guice wiring of the core; the only core package that may import Guice. */
package io.vigil.wiring;
