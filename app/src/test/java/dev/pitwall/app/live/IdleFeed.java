package dev.pitwall.app.live;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.core.track.TrackLayout;
import java.util.List;
import java.util.Optional;

/**
 * A live feed with nothing connected: the main window of the session-browser tests, so the live
 * screen behind the browser costs no CPU on a shared two-core machine. Tests that need one answer
 * from a feed (e.g. lap boards) override just that.
 */
class IdleFeed implements LiveFeed {
  private final SampleBus bus = new SampleBus();
  private final String id;

  IdleFeed(String id) {
    this.id = id;
  }

  @Override
  public Subscription subscribe(String name, int capacityBlocks) {
    return bus.subscribe(name, capacityBlocks);
  }

  @Override
  public List<Channel> channels() {
    return List.of();
  }

  @Override
  public SourceHealth sourceHealth() {
    return new SourceHealth(SourceState.DISCONNECTED, 0, 0, 0, 0, 0, 0, 0, null);
  }

  @Override
  public String sourceUri() {
    return "idle:" + id;
  }

  @Override
  public long droppedSamples() {
    return 0;
  }

  @Override
  public long recordedSamples() {
    return 0;
  }

  @Override
  public Optional<TrackLayout> track() {
    return Optional.empty();
  }

  @Override
  public LapBoard lapBoard(int car) {
    return LapBoard.empty(car);
  }

  @Override
  public String sessionId() {
    return id;
  }

  @Override
  public String sessionDescription() {
    return "Idle feed " + id;
  }
}
