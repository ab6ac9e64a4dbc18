/**
 * Engineers' annotations in the windows: the live "Mark" bar (button or key M) and the replay's
 * list of annotations that seeks on click.
 */
package dev.pitwall.app.ui.annotation;
