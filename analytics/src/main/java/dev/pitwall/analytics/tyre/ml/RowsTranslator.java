package dev.pitwall.analytics.tyre.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Rows of floats in, rows out. The input array lives in the per-call context manager, so DJL frees
 * its native memory when the call returns.
 */
final class RowsTranslator implements NoBatchifyTranslator<float[][], float[][]> {
  @Override
  public NDList processInput(TranslatorContext ctx, float[][] rows) {
    int width = rows[0].length;
    float[] flat = new float[rows.length * width];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, flat, r * width, width);
    }
    return new NDList(ctx.getNDManager().create(flat, new Shape(rows.length, width)));
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList list) {
    NDArray out = list.singletonOrThrow();
    int rows = (int) out.getShape().get(0);
    int width = (int) out.getShape().get(1);
    float[] flat = out.toFloatArray();
    float[][] result = new float[rows][width];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(flat, r * width, result[r], 0, width);
    }
    return result;
  }
}
