package dev.pitwall.storage.h2;

import dev.pitwall.storage.codec.ColumnarChunkCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples one channel got between two commits, as written to the {@link TailLog} and served to
 * window reads until the next checkpoint. Immutable once built.
 *
 * @param firstIndex how many samples the channel had before these (replay skips what the database
 *     already holds, so a checkpoint that committed before its log was emptied is not doubled)
 */
record TailPiece(long channelId, long firstIndex, long[] times, double[] values) {

  int size() {
    return times.length;
  }

  /** One log record: every piece of one commit, samples as a format-2 chunk each. */
  static byte[] encode(List<TailPiece> pieces) {
    List<byte[]> data = new ArrayList<>(pieces.size());
    int bytes = 4;
    for (TailPiece p : pieces) {
      byte[] d = ColumnarChunkCodec.encode(p.times, p.values, p.size());
      data.add(d);
      bytes += 8 + 8 + 4 + 4 + d.length;
    }
    ByteBuffer b = ByteBuffer.allocate(bytes);
    b.putInt(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      TailPiece p = pieces.get(i);
      b.putLong(p.channelId).putLong(p.firstIndex).putInt(p.size()).putInt(data.get(i).length);
      b.put(data.get(i));
    }
    return b.array();
  }

  /**
   * The pieces of one record.
   *
   * @throws IllegalArgumentException if the record does not decode
   */
  static List<TailPiece> decode(byte[] record) {
    ByteBuffer b = ByteBuffer.wrap(record);
    int count = b.getInt();
    if (count < 0 || count > record.length) {
      throw new IllegalArgumentException("tail record claims " + count + " pieces");
    }
    List<TailPiece> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long channelId = b.getLong();
      long firstIndex = b.getLong();
      int n = b.getInt();
      int length = b.getInt();
      if (n < 0 || n > ChannelChunker.CHUNK_SAMPLES * 64 || length < 0 || length > b.remaining()) {
        throw new IllegalArgumentException("tail piece claims " + n + " samples in " + length);
      }
      byte[] d = new byte[length];
      b.get(d);
      long[] t = new long[n];
      double[] v = new double[n];
      ColumnarChunkCodec.decode(d, n, t, v, 0);
      out.add(new TailPiece(channelId, firstIndex, t, v));
    }
    return out;
  }
}
