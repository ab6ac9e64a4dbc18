package dev.pitwall.app.ui.strategy;

/**
 * What the tyre panel shows after a lap: the model, the prediction for the next lap of our car
 * (lap-time loss against the stint's best lap in seconds, wear per tyre in percentage points over
 * the lap, FL FR RL RR, each with its 80 % interval), the explanation, and how the model's earlier
 * predictions compared with the laps then completed. Values may be NaN (not known yet): the panel
 * shows a dash for them. {@code forLap} 0 means no prediction yet.
 */
public record TyreModelView(
    String model,
    String status,
    int forLap,
    double[] lossS,
    double[][] wearPct,
    double[] wearNowPct,
    String explanation,
    Drift drift,
    double predictMillis) {

  /** Errors are actual minus predicted loss, seconds; {@code lastErrorS} of the latest lap. */
  public record Drift(
      int laps,
      double lastErrorS,
      double meanErrorS,
      double maeS,
      double coverage80,
      boolean drifting,
      String reason) {
    public static final Drift NONE =
        new Drift(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, "");
  }

  public TyreModelView {
    lossS = lossS.clone();
    wearPct = wearPct.clone();
    wearNowPct = wearNowPct.clone();
  }

  /** A view with only a message (no model, model loading, lap not usable, ...). */
  public static TyreModelView message(String model, String status) {
    double[] none = {Double.NaN, Double.NaN, Double.NaN};
    return new TyreModelView(
        model,
        status,
        0,
        none,
        new double[][] {none, none, none, none},
        new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN},
        "",
        Drift.NONE,
        Double.NaN);
  }

  /** The same view with the explanation filled in. */
  public TyreModelView withExplanation(String words) {
    return new TyreModelView(
        model, status, forLap, lossS, wearPct, wearNowPct, words, drift, predictMillis);
  }

  /** The same prediction with a new status line and drift. */
  public TyreModelView withStatus(String newStatus, Drift newDrift) {
    return new TyreModelView(
        model, newStatus, forLap, lossS, wearPct, wearNowPct, explanation, newDrift, predictMillis);
  }
}
