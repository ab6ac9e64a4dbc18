package dev.pitwall.storage.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 of files (manifest, session key) and MD5 of parts (Content-MD5, S3 part ETags). */
final class Digests {
  private Digests() {}

  static String sha256(Path file) throws IOException {
    MessageDigest d = digest("SHA-256");
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        d.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  static byte[] md5(byte[] b, int off, int len) {
    MessageDigest d = digest("MD5");
    d.update(b, off, len);
    return d.digest();
  }

  static String md5Base64(byte[] b, int off, int len) {
    return Base64.getEncoder().encodeToString(md5(b, off, len));
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by every Java runtime", e);
    }
  }
}
