/**
 * The built-in simulated car: Toyota GR86 Cup cars lapping a catalogue circuit ({@code
 * sim:cota?cars=1&seed=1&speed=1&duration=30}), the default source when no hardware is configured.
 *
 * <p>Model, in order of data flow: {@link dev.pitwall.hardware.sim.TrackPath} resamples the TUM
 * centreline every 2 m and smooths its curvature (Gaussian, sigma 25 m, standing in for the racing
 * line); {@link dev.pitwall.hardware.sim.SpeedProfile} computes the quasi-steady-state speed limit
 * (friction circle, engine power through a 6-speed box, drag) with forward and backward passes;
 * {@link dev.pitwall.hardware.sim.SimulatedCar} integrates along it at 100 Hz and derives throttle,
 * brake pressures, gear/rpm, steering (kinematic angle plus understeer, 13.5:1), g-forces,
 * position, fuel and, via {@link dev.pitwall.hardware.sim.TyreSet}, per-corner tyre temperature,
 * pressure and wear driven by each tyre's load share and dissipated power. Grip falls with wear and
 * away from 90 degC, so lap times improve while the tyres warm and then fade over a stint. Driver
 * skill and lap-to-lap variation come from a seeded RNG; everything is deterministic for a seed.
 *
 * <p>What leaves the simulator is rounded to the resolution a logger records each channel at
 * ({@link dev.pitwall.hardware.sim.SensorResolution}: e.g. speed 0.01 km/h, g 0.001, lat/lon 1e-7
 * deg), as real data is; the physics itself runs in doubles.
 *
 * <p>Sign conventions: {@code accLat} and {@code steeringAngle} positive = turning left; {@code
 * accLong} positive = accelerating; {@code heading} compass degrees (0 = north, clockwise).
 *
 * <p>Calibration (2026-11): COTA, seed 1, car 0: laps 152.3 (cold tyres), 150.6, 150.0, 149.7 s vs
 * the best real GR Cup lap of the 2025 COTA races 148.112 s (+1.0 %); top speed 212 km/h (GR Cup
 * results list ~200-210 km/h); peak lateral 1.43 g; tyres settle near 90 degC / 2.1 bar hot.
 *
 * <p>Known simplifications: cars drive the smoothed centreline (no lateral line offset), do not
 * interact (they may pass through each other), start rolling 40 m apart behind the line, and the
 * track is flat (no elevation, banking or weather).
 */
package dev.pitwall.hardware.sim;
