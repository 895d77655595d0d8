using System.Globalization;

namespace FibroTrack.Core.Instruments;

/// <summary>Wording shared by the scoring notes.</summary>
internal static class ScoringText
{
    public static string Count(int n, string singular, string plural) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
