/**
 * The Lap analysis screen: overlays by distance, time delta, track map, per-lap statistics,
 * histogram and g-g scatter. {@link dev.pitwall.app.ui.analysis.AnalysisComputer} (pure, background
 * executor, latest request wins via {@link dev.pitwall.app.ui.analysis.LatestWins}) reduces
 * everything to pixel columns; the FX thread only hands the result to chart-fx and canvases.
 */
package dev.pitwall.app.ui.analysis;
