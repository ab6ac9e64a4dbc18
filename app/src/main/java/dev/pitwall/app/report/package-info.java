/**
 * Offline session analysis for the CLI, the screens and the printable report: {@link
 * dev.pitwall.app.report.SessionAnalyser} reads a stored session and runs lap detection and the
 * coaching chain; {@link dev.pitwall.app.report.CoachingRun} picks lap and reference; {@link
 * dev.pitwall.app.report.HtmlReport} writes a self-contained HTML report with inline SVG. No
 * JavaFX.
 */
package dev.pitwall.app.report;
