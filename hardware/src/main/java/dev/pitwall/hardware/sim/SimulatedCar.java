package dev.pitwall.hardware.sim;

import dev.pitwall.core.track.GeoReference;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Vehicle model of one simulated car: pure and deterministic (no threads, no clock), advanced by
 * {@link #step} in fixed ticks.
 *
 * <p>The car follows the quasi-steady-state {@link SpeedProfile} of its circuit, integrated in time
 * (midpoint rule) along the path. The profile is rebuilt once a second from the current tyre grip
 * times the driver's grip use of this lap, so worn or cold tyres slow the car. Driver inputs
 * (throttle, brakes, steering) and sensor-like outputs are derived from the motion. Not
 * thread-safe; one owner thread.
 */
final class SimulatedCar {
  private static final int PROFILE_REFRESH_TICKS = 100;
  private static final double SLOPE_PROBE_M = 1.0;

  /** Road-wheel understeer angle per g of lateral acceleration, degrees. */
  private static final double UNDERSTEER_DEG_PER_G = 1.0;

  /** Fuel drawn at idle and by ancillaries, W of engine power equivalent. */
  private static final double IDLE_POWER_W = 4000;

  private final CarParameters car;
  private final TrackPath path;
  private final GeoReference geo;
  private final DriverProfile driver;
  private final Powertrain powertrain;
  private final TyreSet tyres;
  private final SplittableRandom rng;
  private final List<Double> lapTimesS = new ArrayList<>();

  private SpeedProfile profile;
  private double distanceM;
  private double fuelL;
  private double lapFactor;
  private long ticks;
  private double timeS;
  private double lastCrossingS = Double.NaN;

  SimulatedCar(
      CarParameters car,
      TrackPath path,
      GeoReference geo,
      DriverProfile driver,
      double startDistanceM,
      long seed) {
    this.car = car;
    this.path = path;
    this.geo = geo;
    this.driver = driver;
    this.powertrain = new Powertrain(car);
    this.tyres = new TyreSet(car);
    this.rng = new SplittableRandom(seed);
    this.distanceM = startDistanceM;
    this.fuelL = car.fuelTankL();
    newLapFactor();
    rebuildProfile();
  }

  /** Advances the car by {@code dtS} seconds and writes the new state into {@code out}. */
  void step(double dtS, CarSample out) {
    if (ticks++ % PROFILE_REFRESH_TICKS == 0) {
      rebuildProfile();
    }
    double before = distanceM;
    double vStart = profile.speedMps(distanceM);
    double vMid = profile.speedMps(distanceM + 0.5 * dtS * vStart);
    distanceM += vMid * dtS;
    timeS += dtS;
    crossLineIfDue(before, dtS);

    double v = profile.speedMps(distanceM);
    double slope =
        (profile.speedMps(distanceM + SLOPE_PROBE_M) - profile.speedMps(distanceM - SLOPE_PROBE_M))
            / (2 * SLOPE_PROBE_M);
    double accLong = v * slope;
    double accLat = v * v * path.curvatureAt(distanceM);
    double muNow = car.muPeak() * tyres.meanGripFactor();
    tyres.update(dtS, v, accLong, accLat, muNow);
    drive(v, accLong, dtS, out);
    motion(v, accLong, accLat, out);
    tyresOut(out);
  }

  private void drive(double v, double accLong, double dtS, CarSample out) {
    double resistN = car.dragN(v) + car.rollingN();
    double neededN = car.massKg() * accLong + resistN;
    double throttle = 0;
    double brakeN = 0;
    if (neededN >= 0) {
      throttle = Math.min(1, neededN / powertrain.maxDriveForceN(v));
    } else {
      brakeN = -neededN;
    }
    int gear = powertrain.gear(v);
    double rpm = powertrain.rpm(v, gear);
    double powerW = powertrain.enginePowerW(throttle, rpm) + IDLE_POWER_W;
    fuelL = Math.max(0, fuelL - car.bsfcKgPerJ() * powerW * dtS / CarParameters.FUEL_DENSITY_KG_L);
    out.throttlePct = 100 * throttle;
    out.brakeFrontBar = brakeN * car.brakeBiasFront() / car.brakeFrontNPerBar();
    out.brakeRearBar = brakeN * (1 - car.brakeBiasFront()) / car.brakeRearNPerBar();
    out.gear = gear;
    out.rpm = rpm;
    out.fuelL = fuelL;
  }

  private void motion(double v, double accLong, double accLat, CarSample out) {
    double accLatG = accLat / CarParameters.G;
    double curvature = path.curvatureAt(distanceM);
    double roadWheelDeg =
        Math.toDegrees(Math.atan(car.wheelbaseM() * curvature)) + UNDERSTEER_DEG_PER_G * accLatG;
    out.speedKph = v * 3.6;
    out.accLatG = accLatG + 0.01 * rng.nextGaussian();
    out.accLongG = accLong / CarParameters.G + 0.01 * rng.nextGaussian();
    out.steeringDeg = roadWheelDeg * car.steeringRatio() + 0.3 * rng.nextGaussian();
    out.posXM = path.x(distanceM);
    out.posYM = path.y(distanceM);
    out.latitudeDeg = geo.latitudeDeg(out.posXM, out.posYM);
    out.longitudeDeg = geo.longitudeDeg(out.posXM, out.posYM);
    out.headingDeg = geo.compassHeadingDeg(path.headingRad(distanceM));
    out.lapDistanceM = path.wrapDistance(distanceM);
  }

  private void tyresOut(CarSample out) {
    for (int i = 0; i < 4; i++) {
      out.tyreTempC[i] = tyres.tempC(i);
      out.tyrePressureBar[i] = tyres.pressureBar(i);
      out.tyreWearPct[i] = tyres.wearPct(i);
    }
  }

  private void crossLineIfDue(double before, double dtS) {
    double line = Math.floor(distanceM / path.lengthM()) * path.lengthM();
    if (before >= line) {
      return;
    }
    double crossingS = timeS - dtS + dtS * (line - before) / (distanceM - before);
    if (!Double.isNaN(lastCrossingS)) {
      lapTimesS.add(crossingS - lastCrossingS);
    }
    lastCrossingS = crossingS;
    newLapFactor();
    rebuildProfile();
  }

  private void newLapFactor() {
    double variation = 1 + driver.lapSigma() * rng.nextGaussian();
    lapFactor = Math.min(1.0, driver.skill() * variation);
  }

  private void rebuildProfile() {
    double grip = tyres.meanGripFactor() * lapFactor;
    profile = new SpeedProfile(path, car, powertrain, grip, driver.brakeCommitment());
  }

  /** Completed lap times in seconds, line to line, oldest first. */
  List<Double> lapTimesS() {
    return List.copyOf(lapTimesS);
  }

  int completedLaps() {
    return lapTimesS.size();
  }

  DriverProfile driver() {
    return driver;
  }

  double distanceM() {
    return distanceM;
  }
}
