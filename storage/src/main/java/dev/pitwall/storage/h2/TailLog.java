package dev.pitwall.storage.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The write-ahead tail of one recording session: an append-only file of the samples committed since
 * the last H2 checkpoint (ADR 0201). Why: every H2 commit is a new MVStore chunk of 20-40 KB whose
 * pages MVStore keeps for 45 s and scatters live pages over; appending the ~1 KB a 200 ms commit
 * adds to a plain file is as durable against kill -9 (both rely on the OS page cache, neither
 * forces the disk) and leaves no garbage. The file is emptied at each checkpoint.
 *
 * <p>Format: an 8-byte magic, a flag byte (1 = encrypted), a 16-byte salt; then records {@code [int
 * length][body][int CRC-32 of body]}. A torn last record (kill -9 mid-write) fails its length or
 * CRC and ends the log. Encrypted logs (the database has a password) hold AES-GCM bodies ({@code
 * [12-byte nonce][ciphertext + tag]}) under a key derived from the password with PBKDF2 and the
 * file's salt. Writer thread only; {@link #read} on open, before any writer exists.
 */
final class TailLog implements AutoCloseable {
  private static final byte[] MAGIC = "PWTAIL01".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER_BYTES = MAGIC.length + 1 + 16;
  private static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int PBKDF2_ITERATIONS = 20_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final FileChannel channel;
  private final SecretKeySpec key; // null: not encrypted
  private long nonceCounter;
  private long size;

  private TailLog(Path file, FileChannel channel, SecretKeySpec key, long size) {
    this.file = file;
    this.channel = channel;
    this.key = key;
    this.size = size;
  }

  /** Creates (replacing any old one) the tail log {@code file}; {@code password} may be null. */
  static TailLog create(Path file, char[] password) throws IOException {
    byte[] salt = new byte[16];
    if (password != null) {
      RANDOM.nextBytes(salt);
    }
    FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    header.put(MAGIC).put((byte) (password == null ? 0 : 1)).put(salt).flip();
    writeFully(ch, header);
    return new TailLog(file, ch, password == null ? null : key(password, salt), HEADER_BYTES);
  }

  /** Bytes in the file now (header included). */
  long size() {
    return size;
  }

  Path file() {
    return file;
  }

  /** Appends one record (written to the OS before returning; not forced to the disk). */
  void append(byte[] body) throws IOException {
    byte[] stored = key == null ? body : encrypt(body);
    CRC32 crc = new CRC32();
    crc.update(stored);
    ByteBuffer b = ByteBuffer.allocate(stored.length + 8);
    b.putInt(stored.length).put(stored).putInt((int) crc.getValue()).flip();
    writeFully(channel, b);
    size += b.limit();
  }

  /** Empties the log after a checkpoint: what it held is now in the database. */
  void reset() throws IOException {
    channel.truncate(HEADER_BYTES);
    channel.position(HEADER_BYTES);
    size = HEADER_BYTES;
  }

  /** Closes and deletes the file (the session is finished and everything is in the database). */
  void delete() throws IOException {
    close();
    Files.deleteIfExists(file);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * The record bodies of {@code file}, up to the first torn or corrupt record.
   *
   * @throws IOException if the file cannot be read, or it is encrypted and {@code password} is null
   */
  static List<byte[]> read(Path file, char[] password) throws IOException {
    byte[] all = Files.readAllBytes(file);
    List<byte[]> out = new ArrayList<>();
    if (all.length < HEADER_BYTES || !Arrays.equals(MAGIC, Arrays.copyOf(all, MAGIC.length))) {
      return out; // torn while being created: it holds nothing
    }
    ByteBuffer b = ByteBuffer.wrap(all);
    b.position(MAGIC.length);
    boolean encrypted = b.get() == 1;
    byte[] salt = new byte[16];
    b.get(salt);
    if (encrypted && password == null) {
      throw new IOException("tail log " + file + " is encrypted and no password was given");
    }
    SecretKeySpec key = encrypted ? key(password, salt) : null;
    while (b.remaining() >= 8) {
      int length = b.getInt();
      if (length < 0 || length > MAX_RECORD_BYTES || b.remaining() < length + 4) {
        break;
      }
      byte[] stored = new byte[length];
      b.get(stored);
      CRC32 crc = new CRC32();
      crc.update(stored);
      if ((int) crc.getValue() != b.getInt()) {
        break;
      }
      byte[] body = key == null ? stored : decrypt(key, stored);
      if (body == null) {
        break;
      }
      out.add(body);
    }
    return out;
  }

  private byte[] encrypt(byte[] body) throws IOException {
    byte[] nonce = ByteBuffer.allocate(NONCE_BYTES).putInt(0).putLong(nonceCounter++).array();
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = c.doFinal(body);
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot encrypt the tail log " + file + ": " + e.getMessage(), e);
    }
  }

  /** The plain body, or null if it does not authenticate (wrong password or corrupt). */
  private static byte[] decrypt(SecretKeySpec key, byte[] stored) {
    if (stored.length < NONCE_BYTES) {
      return null;
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, Arrays.copyOf(stored, NONCE_BYTES)));
      return c.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  private static SecretKeySpec key(char[] password, byte[] salt) throws IOException {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, PBKDF2_ITERATIONS, 256);
      byte[] k =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      return new SecretKeySpec(k, "AES");
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot derive the tail log key: " + e.getMessage(), e);
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }
}
