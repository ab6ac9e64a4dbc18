package dev.pitwall.storage.archive;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import dev.pitwall.storage.export.ParquetSessionExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The team archive on any S3-compatible object store. Each session is {@code
 * PREFIX/sessions/KEY/session.parquet} (the Parquet export) plus {@code .../manifest.json}, written
 * last. KEY = session start (UTC) + the first 16 hex digits of the Parquet file's SHA-256; the
 * export is deterministic, so pushing the same session twice finds the manifest and uploads nothing
 * (idempotent). Uploads are multipart and resumable ({@link MultipartUpload}); every part carries
 * Content-MD5 and the whole file's SHA-256 is in the manifest and checked on pull.
 *
 * <p>Credentials come from the AWS default chain (environment, {@code AWS_PROFILE}/profile file,
 * ...) and are never stored or logged by PitWall. Thread contract: one caller at a time (a
 * background job); blocking network I/O.
 */
public final class S3Archive implements AutoCloseable {
  static final long DEFAULT_PART_BYTES = 8L << 20;
  private static final DateTimeFormatter KEY_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ArchiveRemote remote;
  private final S3Client s3;
  private final long partBytes;

  S3Archive(ArchiveRemote remote, S3Client s3, long partBytes) {
    this.remote = remote;
    this.s3 = s3;
    this.partBytes = partBytes;
  }

  /** Connects with credentials from the environment or the AWS profile. */
  public static S3Archive connect(ArchiveRemote remote) {
    return connect(remote, DefaultCredentialsProvider.builder().build(), DEFAULT_PART_BYTES);
  }

  static S3Archive connect(ArchiveRemote remote, AwsCredentialsProvider creds, long partBytes) {
    var b =
        S3Client.builder()
            .region(Region.of(remote.region()))
            .credentialsProvider(creds)
            // we send Content-MD5 ourselves: every S3-compatible store checks it
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(60))
                    .build())
            // 3 attempts (the SDK's standard): a streamed part upload on a pooled connection the
            // server has already closed fails with "Error writing request body to server" and
            // HttpURLConnection does not retry it; the next attempt may draw a second such one
            .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(3)));
    remote
        .endpoint()
        .ifPresent(
            e ->
                b.endpointOverride(e)
                    .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build()));
    return new S3Archive(remote, b.build(), partBytes);
  }

  S3Client client() {
    return s3;
  }

  public ArchiveRemote remote() {
    return remote;
  }

  /** What a push did. */
  public record PushResult(
      String sessionKey, long bytes, int partsSent, int partsReused, boolean alreadyArchived) {}

  /**
   * Pushes one session. The export goes to {@code workDir} and stays there until the push is
   * complete, so an interrupted push resumes with the same bytes.
   *
   * @throws ArchiveException with a one-line reason; nothing local is changed
   */
  public PushResult push(SessionStore store, long sessionId, Path workDir) {
    SessionSummary summary =
        store
            .session(sessionId)
            .orElseThrow(
                () ->
                    new ArchiveException(ArchiveException.Kind.CONFIG, "no session " + sessionId));
    Path file = workDir.resolve("session-" + sessionId + ".parquet");
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new ArchiveException(ArchiveException.Kind.CONFIG, "cannot create " + workDir, e);
    }
    new ParquetSessionExporter().export(store, sessionId, file);
    String sha;
    try {
      sha = Digests.sha256(file);
    } catch (IOException e) {
      throw new ArchiveException(ArchiveException.Kind.CONFIG, "cannot read " + file, e);
    }
    String sessionKey = KEY_TIME.format(summary.info().start()) + "-" + sha.substring(0, 16);
    String dir = remote.key("sessions/" + sessionKey);
    try {
      Manifest existing = manifest(dir + "/manifest.json");
      if (existing != null && sha.equals(existing.dataSha256())) {
        deleteQuietly(file);
        return new PushResult(sessionKey, existing.dataBytes(), 0, 0, true);
      }
      MultipartUpload.Outcome up =
          new MultipartUpload(s3, remote.bucket(), dir + "/session.parquet", partBytes)
              .upload(file);
      Manifest m =
          new Manifest(
              sessionKey,
              summary.info().car(),
              summary.info().driver(),
              summary.info().track(),
              summary.info().source(),
              summary.info().start().toString(),
              summary.samples(),
              store.channels(sessionId).size(),
              summary.laps(),
              store instanceof SessionAnnotations notes ? notes.annotations(sessionId).size() : 0,
              dir + "/session.parquet",
              Files.size(file),
              sha);
      byte[] json = m.toJson().getBytes(StandardCharsets.UTF_8);
      s3.putObject(
          r ->
              r.bucket(remote.bucket())
                  .key(dir + "/manifest.json")
                  .contentType("application/json")
                  .contentMD5(Digests.md5Base64(json, 0, json.length)),
          RequestBody.fromBytes(json));
      deleteQuietly(file);
      return new PushResult(sessionKey, m.dataBytes(), up.sent(), up.reused(), false);
    } catch (SdkException e) {
      throw ArchiveErrors.translate(remote, "pushing session " + sessionId, e);
    } catch (IOException e) {
      throw new ArchiveException(ArchiveException.Kind.CONFIG, "cannot read " + file, e);
    }
  }

  /** Every archived session (those with a manifest), by key. */
  public List<Manifest> list() {
    List<Manifest> out = new ArrayList<>();
    try {
      String token = null;
      do {
        String t = token;
        ListObjectsV2Response page =
            s3.listObjectsV2(
                ListObjectsV2Request.builder()
                    .bucket(remote.bucket())
                    .prefix(remote.key("sessions/"))
                    .continuationToken(t)
                    .build());
        for (S3Object o : page.contents()) {
          if (o.key().endsWith("/manifest.json")) {
            Manifest m = manifest(o.key());
            if (m != null) {
              out.add(m);
            }
          }
        }
        token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
      } while (token != null);
    } catch (SdkException e) {
      throw ArchiveErrors.translate(remote, "listing", e);
    }
    return out;
  }

  /**
   * Downloads a session's Parquet file into {@code dir} and checks its size and SHA-256 against the
   * manifest. The file appears only when it is verified.
   */
  public Path pull(String sessionKey, Path dir) {
    String base = remote.key("sessions/" + sessionKey);
    try {
      Manifest m = manifest(base + "/manifest.json");
      if (m == null) {
        throw new ArchiveException(
            ArchiveException.Kind.CONFIG,
            "no session " + sessionKey + " in " + remote + " (see 'pitwall archive list')");
      }
      Files.createDirectories(dir);
      Path part = dir.resolve(sessionKey + ".parquet.part");
      Path out = dir.resolve(sessionKey + ".parquet");
      Files.deleteIfExists(part);
      s3.getObject(r -> r.bucket(remote.bucket()).key(m.dataKey()), part);
      String sha = Digests.sha256(part);
      if (Files.size(part) != m.dataBytes() || !sha.equals(m.dataSha256())) {
        Files.deleteIfExists(part);
        throw new ArchiveException(
            ArchiveException.Kind.CONFIG,
            "archived "
                + sessionKey
                + " does not match its manifest checksum (corrupt upload?); nothing imported");
      }
      Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (SdkException e) {
      throw ArchiveErrors.translate(remote, "pulling " + sessionKey, e);
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Kind.CONFIG, "cannot write into " + dir + ": " + e.getMessage(), e);
    }
  }

  private Manifest manifest(String key) {
    try {
      String json =
          s3.getObjectAsBytes(r -> r.bucket(remote.bucket()).key(key))
              .asString(StandardCharsets.UTF_8);
      return Manifest.fromJson(json);
    } catch (NoSuchKeyException e) {
      return null;
    } catch (S3Exception e) {
      if (e.statusCode() == 404
          && !"NoSuchBucket"
              .equals(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode())) {
        return null;
      }
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ArchiveException(
          ArchiveException.Kind.STORE, key + " is not a PitWall manifest: " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // only the local export copy; the archive already has the session
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
