package dev.pitwall.hardware.f1;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test fake: keeps every decoded value, event, session and participant list. */
final class RecordingOutput implements F1Output {
  final Map<String, List<Double>> values = new HashMap<>();
  final List<F1SessionInfo> sessions = new ArrayList<>();
  final List<F1Event> events = new ArrayList<>();
  final List<List<F1Participant>> participants = new ArrayList<>();
  long samples;

  @Override
  public void sample(F1Channel channel, int car, long timeNanos, double value) {
    values.computeIfAbsent(channel.channel(car).key(), k -> new ArrayList<>()).add(value);
    samples++;
  }

  @Override
  public void session(F1SessionInfo session) {
    sessions.add(session);
  }

  @Override
  public void event(F1Event event) {
    events.add(event);
  }

  @Override
  public void participants(List<F1Participant> list) {
    participants.add(list);
  }

  List<Double> of(F1Channel channel, int car) {
    return values.getOrDefault(channel.channel(car).key(), List.of());
  }

  double max(F1Channel channel, int car) {
    return of(channel, car).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  double min(F1Channel channel, int car) {
    return of(channel, car).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }
}
