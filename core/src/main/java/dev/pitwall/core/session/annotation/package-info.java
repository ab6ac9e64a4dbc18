/**
 * Engineers' annotations of a session (notes, markers, pit stops, flags, setup changes): appended
 * events beside the raw samples, never updated or deleted (a correction is a new annotation).
 */
package dev.pitwall.core.session.annotation;
