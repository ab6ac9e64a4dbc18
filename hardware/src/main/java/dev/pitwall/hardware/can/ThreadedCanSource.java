package dev.pitwall.hardware.can;

import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;

/**
 * Lifecycle and thread handling shared by the CAN sources: one named platform thread per source, no
 * exception ever escapes it (a crash is recorded as the last error), {@link #stop} is idempotent
 * and joins the thread.
 */
public abstract class ThreadedCanSource extends MonitoredSource {
  protected final CanDecoder decoder;
  private volatile boolean running;
  private Thread thread;

  protected ThreadedCanSource(String uri, CanDecoder decoder) {
    super(uri);
    this.decoder = decoder;
  }

  /** Reads until {@link #running()} turns false or the input ends; runs on the source thread. */
  protected abstract void run(SampleSink sink) throws Exception;

  /** Called by {@link #stop} from the stopping thread to unblock a read; default does nothing. */
  protected void wakeUp() {}

  protected final boolean running() {
    return running;
  }

  @Override
  public List<Channel> channels() {
    return decoder.channels();
  }

  @Override
  public synchronized void start(SampleSink sink) {
    if (thread != null) {
      throw new IllegalStateException(uri + " was already started");
    }
    running = true;
    lifecycle.moveTo(SourceState.CONNECTING);
    thread = Thread.ofPlatform().name("can-source " + uri).daemon().unstarted(() -> guarded(sink));
    thread.start();
  }

  private void guarded(SampleSink sink) {
    try {
      run(sink);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) { // NOPMD: the thread contract says nothing escapes
      if (!running) {
        return; // stop() interrupted a blocking read; not a failure
      }
      counters.error(uri + ": source thread ended: " + t);
      lifecycle.moveTo(SourceState.DISCONNECTED);
    }
  }

  @Override
  public void stop() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    if (t != null && t != Thread.currentThread()) {
      wakeUp();
      t.interrupt();
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lifecycle.moveTo(SourceState.STOPPED);
  }
}
