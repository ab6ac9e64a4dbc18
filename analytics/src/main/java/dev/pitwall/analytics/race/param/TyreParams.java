package dev.pitwall.analytics.race.param;

import java.util.Map;

/** TIRESET_PARS of one driver: model, neutralisation multipliers, cold-tyre loss, compounds. */
public record TyreParams(
    TyreModel model,
    double multTireDegSc,
    double multTireDegFcy,
    double tAddColdTiresS,
    Map<String, CompoundCoeffs> compounds) {}
