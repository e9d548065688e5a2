/** Shared kernel: the types every bounded context speaks (ids, geography, time, access, audit, events, paging). */
package io.vigil.kernel;
