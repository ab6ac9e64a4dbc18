/**
 * Live strategy for our car (issue 5 part 3).
 *
 * <p>{@link dev.pitwall.analytics.strategy.StrategyEngine#evaluate} takes the race so far ({@link
 * dev.pitwall.analytics.strategy.RaceSoFar}) and what-ifs ({@link
 * dev.pitwall.analytics.strategy.WhatIf}) and returns a ranked {@link
 * dev.pitwall.analytics.strategy.StrategyReport} with a one-sentence radio call, or an explicit
 * "not enough data yet" state. Pipeline:
 *
 * <ol>
 *   <li>Our stint is fitted ({@code PaceFit}: fuel-corrected least squares on clean laps); with 4+
 *       clean laps our car's tyre model in the TUM file is replaced by a linear one scaled to the
 *       fit. Future events are the Monte Carlo model's random ones.
 *   <li>Every legal plan (0-3 stops, compounds, F1 two-compound rule) on a coarse lap grid (1 stop
 *       every 2 laps, 2 stops every 4, 3 every 6) is scored with {@code OwnPace}, our car alone
 *       (tyre loss, cold tyres, pit loss): microseconds per plan.
 *   <li>The best plan of the best 8 families (stop count x compound sequence) is refined lap by lap
 *       (coordinate descent), its pit window taken from the same surrogate (laps within 0.5 s).
 *   <li>Finalists run 60 Monte Carlo races on the full TUM engine with the whole field; the best 3
 *       by mean position run 240. Race i of every plan uses the same random stream (common random
 *       numbers). Event draws that place a neutralisation or retirement in the laps already run are
 *       rejected, i.e. future events are conditioned on the race so far.
 * </ol>
 *
 * <p>Every race starts from the state at the end of the last completed lap ({@link
 * dev.pitwall.analytics.race.engine.RaceSnapshot} in {@link
 * dev.pitwall.analytics.strategy.RaceSoFar#field()}: each car's race time, position, set, tyre age,
 * fuel, stops and the neutralisation in force) and simulates only the laps still to run. Without an
 * observed field the laps so far are replayed deterministically with our stops.
 */
package dev.pitwall.analytics.strategy;
