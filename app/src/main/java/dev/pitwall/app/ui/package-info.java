/**
 * The JavaFX user interface: {@link dev.pitwall.app.ui.MainWindow} builds the window's scene around
 * a {@link dev.pitwall.app.ui.LiveFeed}, which the composition root implements over the running
 * source, its {@code SampleBus}, the recorder and a {@code LapTimer}.
 *
 * <p>Wiring, on the FX thread: {@code var w = new MainWindow(feed, snapshotDir, executor);
 * stage.setScene(w.scene()); stage.show(); w.start();} (hiding the window stops it). The lap timer
 * runs on its own consumer thread that drains a bus subscription into {@code LapTimer.accept}; the
 * UI only reads its published {@code LapBoard}s.
 *
 * <p>Threading: the live screen pulls once per FX pulse (an {@code AnimationTimer}) from its own
 * bus subscription into per-channel ring buffers ({@code stream}), and every panel redraws from
 * those buffers; nothing is posted to the FX thread per sample. Sub-packages are by panel: {@code
 * gauge} (TilesFX), {@code chart} (chart-fx strip charts, min/max decimation), {@code track} (map),
 * {@code laps} (lap table), {@code status} (status bar).
 */
package dev.pitwall.app.ui;
