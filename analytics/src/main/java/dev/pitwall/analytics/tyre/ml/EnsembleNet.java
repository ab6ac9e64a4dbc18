package dev.pitwall.analytics.tyre.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;

/**
 * The network: {@code members} independent MLPs (two ReLU hidden layers, five outputs each) side by
 * side in one block, outputs concatenated to {@code [rows, 5 × members]}. One block means one JNI
 * forward call per prediction for the whole ensemble; the members differ by their random
 * initialisation (a deep ensemble), and since the loss is a sum over members each trains alone.
 */
final class EnsembleNet {
  static final int OUTPUTS = 5;

  private EnsembleNet() {}

  static Block build(int members, int hiddenUnits) {
    List<Block> mlps = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      mlps.add(
          new SequentialBlock()
              .add(Linear.builder().setUnits(hiddenUnits).build())
              .add(Activation.reluBlock())
              .add(Linear.builder().setUnits(hiddenUnits).build())
              .add(Activation.reluBlock())
              .add(Linear.builder().setUnits(OUTPUTS).build()));
    }
    return new ParallelBlock(
        outputs ->
            new NDList(
                NDArrays.concat(
                    new NDList(
                        outputs.stream().map(NDList::singletonOrThrow).toArray(NDArray[]::new)),
                    1)),
        mlps);
  }
}
