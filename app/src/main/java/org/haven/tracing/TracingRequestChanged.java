package org.haven.tracing;

import java.util.UUID;

/** Within the module: a request was edited, so the child sought (or whether it is sought) may have changed. */
record TracingRequestChanged(UUID requestId) {}
