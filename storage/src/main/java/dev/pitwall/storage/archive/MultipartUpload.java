package dev.pitwall.storage.archive;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.Part;

/**
 * A resumable multipart upload of one file to one key. An unfinished upload of the same key left by
 * an earlier, interrupted push is found with ListMultipartUploads and continued: parts the store
 * already holds with the MD5 of our bytes (S3 part ETag) are not sent again. Each part goes with
 * Content-MD5, so the store rejects a part damaged on the way.
 */
final class MultipartUpload {
  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final long partBytes;

  /** Parts sent now and parts found already uploaded. */
  record Outcome(int sent, int reused) {}

  MultipartUpload(S3Client s3, String bucket, String key, long partBytes) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = key;
    this.partBytes = partBytes;
  }

  Outcome upload(Path file) throws IOException {
    String uploadId = existingUpload();
    Map<Integer, String> have = uploadId == null ? Map.of() : parts(uploadId);
    if (uploadId == null) {
      uploadId =
          s3.createMultipartUpload(
                  r -> r.bucket(bucket).key(key).contentType("application/vnd.apache.parquet"))
              .uploadId();
    }
    List<CompletedPart> done = new ArrayList<>();
    int sent = 0;
    int reused = 0;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long size = raf.length();
      int count = (int) Math.max(1, (size + partBytes - 1) / partBytes);
      for (int p = 1; p <= count; p++) {
        long from = (p - 1) * partBytes;
        byte[] buf = new byte[(int) Math.min(partBytes, size - from)];
        raf.seek(from);
        raf.readFully(buf);
        String md5 = HexFormat.of().formatHex(Digests.md5(buf, 0, buf.length));
        String etag = have.get(p);
        if (md5.equals(etag)) {
          reused++;
        } else {
          String id = uploadId;
          int number = p;
          etag =
              s3.uploadPart(
                      r ->
                          r.bucket(bucket)
                              .key(key)
                              .uploadId(id)
                              .partNumber(number)
                              .contentMD5(Digests.md5Base64(buf, 0, buf.length)),
                      RequestBody.fromBytes(buf))
                  .eTag();
          sent++;
        }
        done.add(CompletedPart.builder().partNumber(p).eTag(etag).build());
      }
    }
    String id = uploadId;
    s3.completeMultipartUpload(
        r -> r.bucket(bucket).key(key).uploadId(id).multipartUpload(m -> m.parts(done)));
    return new Outcome(sent, reused);
  }

  private String existingUpload() {
    return s3.listMultipartUploads(r -> r.bucket(bucket).prefix(key)).uploads().stream()
        .filter(u -> u.key().equals(key))
        .map(software.amazon.awssdk.services.s3.model.MultipartUpload::uploadId)
        .findFirst()
        .orElse(null);
  }

  private Map<Integer, String> parts(String uploadId) {
    Map<Integer, String> out = new HashMap<>();
    ListPartsResponse r = s3.listParts(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    for (Part p : r.parts()) {
      out.put(p.partNumber(), p.eTag().replace("\"", ""));
    }
    return out;
  }
}
