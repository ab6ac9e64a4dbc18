package dev.pitwall.analytics.tyre.ml;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained ensemble re-laid for inference: the members' three layers fused into three wide
 * layers held as tensors — layer 1 stacked ({@code [members·hidden, in]}), layers 2 and 3
 * block-diagonal — so one prediction is five native ops (linear, relu, linear, relu, linear)
 * instead of DJL's {@code Predictor} machinery plus five ops per member and a concatenation. Output
 * columns are member-major, as {@link EnsembleNet}'s. The fused weights are copies in this object's
 * own manager: the model may be closed only after this. Not thread-safe: one per thread.
 */
final class FusedEnsemble implements AutoCloseable {
  private final NDManager manager;
  private final NDArray[] weights = new NDArray[3];
  private final NDArray[] biases = new NDArray[3];

  FusedEnsemble(Model model) {
    this.manager = model.getNDManager().newSubManager();
    List<List<Linear>> members = layers(model.getBlock());
    for (int layer = 0; layer < 3; layer++) {
      fuse(members, layer);
    }
  }

  /** Forward pass; returns the raw outputs per row ({@code members × 5} each). */
  float[][] run(float[][] rows) {
    int width = rows[0].length;
    float[] flat = new float[rows.length * width];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, flat, r * width, width);
    }
    // Every intermediate lands in the per-call manager and is freed when it closes.
    try (NDManager call = manager.newSubManager()) {
      NDArray x = call.create(flat, new Shape(rows.length, width));
      for (int layer = 0; layer < 3; layer++) {
        x = Linear.linear(x, weights[layer], biases[layer]).singletonOrThrow();
        if (layer < 2) {
          x = x.getNDArrayInternal().relu();
        }
      }
      float[] out = x.toFloatArray();
      int outWidth = out.length / rows.length;
      float[][] result = new float[rows.length][outWidth];
      for (int r = 0; r < rows.length; r++) {
        System.arraycopy(out, r * outWidth, result[r], 0, outWidth);
      }
      return result;
    }
  }

  private static List<List<Linear>> layers(Block ensemble) {
    List<List<Linear>> members = new ArrayList<>();
    for (Pair<String, Block> member : ensemble.getChildren()) {
      List<Linear> linears = new ArrayList<>();
      for (Pair<String, Block> child : member.getValue().getChildren()) {
        if (child.getValue() instanceof Linear linear) {
          linears.add(linear);
        }
      }
      if (linears.size() != 3) {
        throw new IllegalStateException("ensemble member with " + linears.size() + " layers");
      }
      members.add(linears);
    }
    return members;
  }

  /** Stacks layer 0 of every member; lays layers 1 and 2 out block-diagonally. */
  private void fuse(List<List<Linear>> members, int layer) {
    int m = members.size();
    NDArray first = param(members.get(0).get(layer), "weight");
    int out = (int) first.getShape().get(0);
    int in = (int) first.getShape().get(1);
    int fusedIn = layer == 0 ? in : in * m;
    float[] w = new float[m * out * fusedIn];
    float[] b = new float[m * out];
    for (int k = 0; k < m; k++) {
      float[] wk = param(members.get(k).get(layer), "weight").toFloatArray();
      float[] bk = param(members.get(k).get(layer), "bias").toFloatArray();
      int column = layer == 0 ? 0 : k * in;
      for (int row = 0; row < out; row++) {
        System.arraycopy(wk, row * in, w, (k * out + row) * fusedIn + column, in);
      }
      System.arraycopy(bk, 0, b, k * out, out);
    }
    weights[layer] = manager.create(w, new Shape(m * out, fusedIn));
    biases[layer] = manager.create(b, new Shape(m * out));
  }

  private static NDArray param(Linear linear, String name) {
    for (Pair<String, ai.djl.nn.Parameter> p : linear.getParameters()) {
      if (p.getKey().equals(name)) {
        return p.getValue().getArray();
      }
    }
    throw new IllegalStateException("linear layer without " + name);
  }

  @Override
  public void close() {
    manager.close();
  }
}
