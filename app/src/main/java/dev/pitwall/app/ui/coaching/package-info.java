/**
 * The Coaching screen: findings ranked by time lost (clickable to the analysis traces of their
 * stretch), lap-time consistency, anomalies against the driver's session baseline, notes.
 */
package dev.pitwall.app.ui.coaching;
