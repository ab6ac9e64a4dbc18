/**
 * Corners by distance from the line, named T1…Tn: found from path curvature ({@link
 * dev.pitwall.analytics.corners.CurvatureCornerFinder}, on a lap's posX/posY grid or on a {@code
 * TrackLayout}) or taken from a track's corner table as {@link
 * dev.pitwall.analytics.corners.Corner} records.
 */
package dev.pitwall.analytics.corners;
