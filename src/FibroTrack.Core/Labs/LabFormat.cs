using System.Globalization;

namespace FibroTrack.Core.Labs;

/// <summary>Numbers as people read them on a lab report (invariant culture, no trailing zeros).</summary>
public static class LabFormat
{
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Quantity(double value, string? unit) => unit is null ? Number(value) : $"{Number(value)} {unit}";
}
