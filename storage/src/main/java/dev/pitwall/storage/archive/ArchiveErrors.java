package dev.pitwall.storage.archive;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns AWS SDK exceptions into {@link ArchiveException}s with one-line messages a user can act on.
 * Messages name the remote and the store's error code, never credentials.
 */
final class ArchiveErrors {
  private ArchiveErrors() {}

  static ArchiveException translate(ArchiveRemote remote, String doing, SdkException e) {
    if (e instanceof NoSuchBucketException
        || e instanceof S3Exception s && "NoSuchBucket".equals(code(s))) {
      return new ArchiveException(
          ArchiveException.Kind.NO_BUCKET,
          "archive bucket '"
              + remote.bucket()
              + "' does not exist"
              + at(remote)
              + " (create it or fix --remote)",
          e);
    }
    if (e instanceof S3Exception s) {
      String code = code(s);
      if (s.statusCode() == 403
          || "InvalidAccessKeyId".equals(code)
          || "SignatureDoesNotMatch".equals(code)) {
        return new ArchiveException(
            ArchiveException.Kind.CREDENTIALS,
            "archive"
                + at(remote)
                + " refused the credentials ("
                + code
                + ", HTTP "
                + s.statusCode()
                + "): check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE",
            e);
      }
      return new ArchiveException(
          ArchiveException.Kind.STORE,
          "archive"
              + at(remote)
              + " failed while "
              + doing
              + ": "
              + code
              + " (HTTP "
              + s.statusCode()
              + ")",
          e);
    }
    if (e instanceof SdkClientException && isNetwork(e)) {
      return new ArchiveException(
          ArchiveException.Kind.UNREACHABLE,
          "archive" + at(remote) + " unreachable while " + doing + " (" + rootCause(e) + ")",
          e);
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (msg.contains("credentials")) {
      return new ArchiveException(
          ArchiveException.Kind.CREDENTIALS,
          "no archive credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or AWS_PROFILE",
          e);
    }
    return new ArchiveException(
        ArchiveException.Kind.STORE,
        "archive"
            + at(remote)
            + " failed while "
            + doing
            + ": "
            + msg.lines().findFirst().orElse(""),
        e);
  }

  private static String code(S3Exception s) {
    return s.awsErrorDetails() == null || s.awsErrorDetails().errorCode() == null
        ? "HTTP " + s.statusCode()
        : s.awsErrorDetails().errorCode();
  }

  private static boolean isNetwork(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException
          || t instanceof java.net.NoRouteToHostException
          || (t instanceof IOException && t.getCause() == null)) {
        return true;
      }
    }
    return false;
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static String at(ArchiveRemote remote) {
    return remote.endpoint().map(u -> " at " + u).orElse("");
  }
}
