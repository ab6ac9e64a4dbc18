package dev.pitwall.analytics.race.param;

/**
 * One {@code strategy_info} entry: tyres fitted at the end of {@code inlap} (0 = start tyres).
 *
 * @param tyreAgeLaps age of the fitted set in laps
 * @param fuelAddedKg fuel added in the stop, kg
 */
public record PitStop(int inlap, String compound, int tyreAgeLaps, double fuelAddedKg) {}
