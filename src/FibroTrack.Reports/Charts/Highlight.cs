namespace FibroTrack.Reports.Charts;

/// <summary>A stretch of days to shade on a chart (an infection, a flare), named in the legend.</summary>
public sealed record Highlight(DateOnly From, DateOnly To, string Label, string HexColor = "#7C3AED");
