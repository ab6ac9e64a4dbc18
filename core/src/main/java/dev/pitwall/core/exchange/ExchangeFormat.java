package dev.pitwall.core.exchange;

/**
 * The names PitWall's export files use, shared by the writers ({@code storage.export}) and the
 * readers ({@code hardware.file}) so that export → import round-trips.
 *
 * <p>CSV: {@code # key=value} lines before the header ({@link #CAR} ... {@link #START}, one {@code
 * lap=} line per lap in {@link LapText} form, one {@code rate=channelKey,Hz} line per channel),
 * then {@code time_s,name[unit],carN/name[unit],...}.
 *
 * <p>Parquet: long format, one row per sample, columns {@code car INT32, channel STRING, unit
 * STRING, time_ns INT64, value DOUBLE} (all required), one row group per channel (split every
 * {@link #PARQUET_ROWS_PER_GROUP} rows), plain encoding, gzip pages with CRC-32. Session metadata
 * is in the footer's key/value metadata under {@code pitwall.*}: the keys below, {@code
 * pitwall.laps} (one {@link LapText} line per lap) and {@code pitwall.rates} (one {@code
 * channelKey,Hz} line per channel).
 */
public final class ExchangeFormat {
  public static final String CAR = "car";
  public static final String DRIVER = "driver";
  public static final String TRACK = "track";
  public static final String SOURCE = "source";

  /** ISO-8601 instant of the session start; sample times are relative to it. */
  public static final String START = "start";

  public static final String LAP = "lap";
  public static final String RATE = "rate";

  /** Prefix of the Parquet footer keys. */
  public static final String PARQUET_PREFIX = "pitwall.";

  public static final String PARQUET_LAPS = "pitwall.laps";
  public static final String PARQUET_RATES = "pitwall.rates";
  public static final String PARQUET_VERSION = "pitwall.format";

  public static final String[] PARQUET_COLUMNS = {"car", "channel", "unit", "time_ns", "value"};
  public static final int PARQUET_ROWS_PER_GROUP = 1 << 20;
  public static final int PARQUET_VALUES_PER_PAGE = 1 << 16;

  private ExchangeFormat() {}
}
