using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Tests.TimeSeries;

/// <summary>
/// Golden values from R 4.2.2 / nlme 3.1-162, written by <c>bench/reference/its_reference.R</c>:
/// <c>gls(y ~ t + post + tpost, correlation = corAR1(form = ~ t) | corCAR1(form = ~ day), method = "REML")</c>
/// on five seeded data sets (see the script for how each was simulated).
/// </summary>
internal static class ItsReference
{
    public const double Tolerance = 1e-5;

    public static readonly string[] Terms = ["(Intercept)", "t", "post", "tpost"];

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reference", "its");

    private static readonly Lazy<IReadOnlyList<Dictionary<string, string>>> InputRows = new(() => Read("its_inputs.csv"));
    private static readonly Lazy<IReadOnlyList<Dictionary<string, string>>> DatasetRows = new(() => Read("its_datasets.csv"));
    private static readonly Lazy<IReadOnlyList<Dictionary<string, string>>> CoefficientRows = new(() => Read("its_coefficients.csv"));
    private static readonly Lazy<IReadOnlyList<Dictionary<string, string>>> FitRows = new(() => Read("its_fits.csv"));

    public static TheoryData<string> Names => [.. DatasetRows.Value.Select(r => r["dataset"])];

    public static Dataset Load(string name)
    {
        var rows = InputRows.Value.Where(r => r["dataset"] == name).ToArray();
        var info = DatasetRows.Value.Single(r => r["dataset"] == name);
        var fit = FitRows.Value.Single(r => r["dataset"] == name);
        var coefficients = CoefficientRows.Value.Where(r => r["dataset"] == name).ToDictionary(
            r => r["term"],
            r => new Coefficient(D(r, "estimate"), D(r, "std_error"), D(r, "t_value"), D(r, "p_value"), D(r, "lower95"), D(r, "upper95")));
        return new Dataset(
            name,
            info["correlation"],
            int.Parse(info["calendar_days"], CultureInfo.InvariantCulture),
            int.Parse(info["change_t"], CultureInfo.InvariantCulture),
            [.. rows.Select(r => int.Parse(r["day"], CultureInfo.InvariantCulture))],
            [.. rows.Select(r => D(r, "y"))],
            Matrix<double>.Build.DenseOfRowArrays(rows.Select(r => new[] { 1, D(r, "t"), D(r, "post"), D(r, "tpost") })),
            coefficients,
            D(fit, "phi"),
            D(fit, "sigma"),
            D(fit, "loglik_reml"),
            int.Parse(fit["df"], CultureInfo.InvariantCulture),
            D(fit, "p_level_below_minus2"),
            D(fit, "p_level_above_plus2"));
    }

    private static double D(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split(',');
            return header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2);
        })];
    }

    public sealed record Coefficient(double Estimate, double StandardError, double T, double P, double Lower95, double Upper95);

    /// <summary>One golden data set: observed days only; t counts calendar days from 1, day == t.</summary>
    public sealed record Dataset(
        string Name,
        string Correlation,
        int CalendarDays,
        int ChangeT,
        int[] Days,
        double[] Y,
        Matrix<double> Design,
        IReadOnlyDictionary<string, Coefficient> Coefficients,
        double Phi,
        double Sigma,
        double LogLik,
        int Df,
        double PLevelBelowMinus2,
        double PLevelAbovePlus2);
}
