package org.medmine.apps.qi;

import java.util.List;
import org.medmine.mining.timeseries.ControlChart;

/**
 * A control chart with the name of what it measures and the label of each period.
 *
 * @param name what the chart measures
 * @param periods a label per period (a month, 2024-03; a day; an ISO week)
 * @param chart the chart
 */
public record LabelledChart(String name, List<String> periods, ControlChart chart) {}
