namespace FibroTrack.Reports.Charts;

/// <summary>One daily series to draw: its matrix column, its name in the legend and its colour.</summary>
public sealed record SeriesSpec(string Code, string Label, string HexColor);
