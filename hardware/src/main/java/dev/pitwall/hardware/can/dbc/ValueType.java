package dev.pitwall.hardware.can.dbc;

/** How the raw bits of a signal are interpreted ({@code SIG_VALTYPE_}: 1 = float, 2 = double). */
public enum ValueType {
  SIGNED,
  UNSIGNED,
  FLOAT32,
  FLOAT64
}
