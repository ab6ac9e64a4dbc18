package dev.pitwall.analytics.tyre.ml;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;

/**
 * One DJL predictor plus the manager its per-call inputs are scoped in: each call opens a
 * sub-manager, the input and every output array are created in it (PyTorch puts results in the
 * input's manager), and it is closed before the call returns. No translator class of our own, so no
 * public method here mentions a DJL type (ArchUnit rule "analyticsHidesItsEngines"). Not
 * thread-safe: one per thread.
 */
final class EnsembleCall implements AutoCloseable {
  private final NDManager manager;
  private final Predictor<NDList, NDList> predictor;

  EnsembleCall(Model model) {
    this.manager = model.getNDManager().newSubManager();
    this.predictor = model.newPredictor(new NoopTranslator());
  }

  /** Forward pass of {@code rows} (all the same width); returns the raw network outputs per row. */
  float[][] run(float[][] rows) {
    int width = rows[0].length;
    float[] flat = new float[rows.length * width];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, flat, r * width, width);
    }
    try (NDManager call = manager.newSubManager()) {
      NDList input = new NDList(call.create(flat, new Shape(rows.length, width)));
      NDList output = predictor.predict(input);
      float[] out = output.singletonOrThrow().toFloatArray();
      int outWidth = out.length / rows.length;
      float[][] result = new float[rows.length][outWidth];
      for (int r = 0; r < rows.length; r++) {
        System.arraycopy(out, r * outWidth, result[r], 0, outWidth);
      }
      return result;
    } catch (TranslateException e) {
      throw new IllegalStateException("tyre model inference failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    predictor.close();
    manager.close();
  }
}
