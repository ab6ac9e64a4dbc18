package dev.pitwall.storage.archive;

import java.net.ConnectException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsRequest;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ListPartsRequest;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * The real client in front of the real server, except that the connection "drops" on the N-th part
 * upload — an interrupted push (laptop leaves the paddock Wi-Fi).
 */
final class FlakyS3 implements S3Client {
  private final S3Client real;
  private final int failOnPart;
  private int parts;

  FlakyS3(S3Client real, int failOnPart) {
    this.real = real;
    this.failOnPart = failOnPart;
  }

  @Override
  public UploadPartResponse uploadPart(UploadPartRequest r, RequestBody body) {
    if (++parts == failOnPart) {
      throw SdkClientException.create(
          "Unable to execute HTTP request", new ConnectException("Connection reset (simulated)"));
    }
    return real.uploadPart(r, body);
  }

  @Override
  public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest r) {
    return real.createMultipartUpload(r);
  }

  @Override
  public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest r) {
    return real.completeMultipartUpload(r);
  }

  @Override
  public ListMultipartUploadsResponse listMultipartUploads(ListMultipartUploadsRequest r) {
    return real.listMultipartUploads(r);
  }

  @Override
  public ListPartsResponse listParts(ListPartsRequest r) {
    return real.listParts(r);
  }

  @Override
  public PutObjectResponse putObject(PutObjectRequest r, RequestBody body) {
    return real.putObject(r, body);
  }

  @Override
  public <T> T getObject(GetObjectRequest r, ResponseTransformer<GetObjectResponse, T> t) {
    return real.getObject(r, t);
  }

  @Override
  public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest r) {
    return real.getObject(r);
  }

  @Override
  public ListObjectsV2Response listObjectsV2(ListObjectsV2Request r) {
    return real.listObjectsV2(r);
  }

  @Override
  public String serviceName() {
    return real.serviceName();
  }

  @Override
  public void close() {
    real.close();
  }
}
