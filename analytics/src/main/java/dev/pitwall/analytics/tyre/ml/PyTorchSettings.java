package dev.pitwall.analytics.tyre.ml;

/**
 * The PyTorch engine settings PitWall runs with (ADR 0121): offline (never download), one intra-op
 * and one inter-op thread (on a 2-core laptop more threads made training 15× slower). Call once
 * before the first model is trained or loaded; a property already set (e.g. on the command line)
 * wins.
 */
public final class PyTorchSettings {
  private PyTorchSettings() {}

  public static void applyDefaults() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("ai.djl.pytorch.num_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
