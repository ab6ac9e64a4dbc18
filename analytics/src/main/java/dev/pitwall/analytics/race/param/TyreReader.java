package dev.pitwall.analytics.race.param;

import java.util.LinkedHashMap;
import java.util.Map;

/** TIRESET_PARS of one driver; only the coefficients the chosen model needs are required. */
final class TyreReader {
  private TyreReader() {}

  static TyreParams read(ParamNode n) {
    TyreModel model = TyreModel.parse(n.get("tire_deg_model"));
    Map<String, CompoundCoeffs> compounds = new LinkedHashMap<>();
    for (String key : n.keys()) {
      if (RaceFileReader.COMPOUNDS.contains(key)) {
        compounds.put(key, coeffs(n.get(key), model));
      }
    }
    if (compounds.isEmpty()) {
      throw n.fail("no tyre compound parameters (A1..A7, I, W)");
    }
    return new TyreParams(
        model,
        n.get("mult_tiredeg_sc").asDouble(0, true, 1, true),
        n.get("mult_tiredeg_fcy").asDouble(0, true, 1, true),
        n.get("t_add_coldtires").asDouble(0, true, 10, true),
        Map.copyOf(compounds));
  }

  private static CompoundCoeffs coeffs(ParamNode c, TyreModel model) {
    double k0 = c.get("k_0").asDouble(-20, true, 30, true);
    return switch (model) {
      case LIN -> new CompoundCoeffs(k0, c.get("k_1_lin").asDouble(), 0, 0);
      case QUAD ->
          new CompoundCoeffs(k0, c.get("k_1_quad").asDouble(), c.get("k_2_quad").asDouble(), 0);
      case CUB ->
          new CompoundCoeffs(
              k0,
              c.get("k_1_cub").asDouble(),
              c.get("k_2_cub").asDouble(),
              c.get("k_3_cub").asDouble());
      case LN -> new CompoundCoeffs(k0, c.get("k_1_ln").asDouble(), c.get("k_2_ln").asDouble(), 0);
    };
  }
}
