/**
 * Continuing or closing sessions that did not end normally (crash, kill -9, write error), and the
 * events (such as gaps) that this leaves in a session.
 */
package dev.pitwall.core.session.recovery;
