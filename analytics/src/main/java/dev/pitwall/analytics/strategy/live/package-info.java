/**
 * Live strategy from the live session: {@link
 * dev.pitwall.analytics.strategy.live.LiveStrategyEngine} turns the field the session sees at the
 * end of our lap ({@link dev.pitwall.analytics.strategy.live.FieldObservation}) and the series'
 * parameter file ({@link dev.pitwall.analytics.strategy.live.SeriesParams}; {@code
 * gr86-cup.properties} is the default for the simulated car, {@code f1.properties} for F1 UDP) into
 * a race definition and a mid-race state, and ranks our plans with the strategy engine.
 */
package dev.pitwall.analytics.strategy.live;
