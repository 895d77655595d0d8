using System.Globalization;

namespace FibroTrack.Features.Instruments;

/// <summary>How scores read on the pages.</summary>
public static class InstrumentText
{
    /// <summary>Totals keep up to two decimals (FIQR totals are fractional), so 82.96 never shows as "83".</summary>
    public static string Total(double total) => total.ToString("0.##", CultureInfo.InvariantCulture);
}
