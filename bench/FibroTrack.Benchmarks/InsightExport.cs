using System.Globalization;
using System.Text;
using System.Text.Json;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Benchmarks;

/// <summary>
/// <c>export DIR</c>: writes the benchmark person (<see cref="InsightPeople"/>) for the pandas/statsmodels comparison
/// (bench/python/insights_pandas.py): the matrix with the composite as CSV, the regimen changes, and which columns the
/// scan uses as outcomes and exposures, so both sides fit exactly the same models.
/// </summary>
internal static class InsightExport
{
    public const int Seed = 20250101;

    public static void Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : "bench-person";
        Directory.CreateDirectory(folder);
        var person = InsightPeople.Create(Seed);
        var flares = Statistics.Flares.FlareDetector.Detect(person.Matrix);
        var matrix = person.Matrix.WithColumn(
            new Core.Matrix.MatrixColumn(InsightCodes.Composite, "Composite", Core.Vocabulary.VariableKind.Symptom, InsightCodes.Composite),
            [.. flares.Composite]);

        var csv = new StringBuilder("date");
        foreach (var column in matrix.Columns)
        {
            csv.Append(',').Append(column.Code);
        }

        csv.AppendLine();
        for (var d = 0; d < matrix.DayCount; d++)
        {
            csv.Append(matrix.DateAt(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (var c = 0; c < matrix.Columns.Count; c++)
            {
                var v = matrix[d, c];
                csv.Append(',').Append(double.IsNaN(v) ? string.Empty : v.ToString("R", CultureInfo.InvariantCulture));
            }

            csv.AppendLine();
        }

        File.WriteAllText(Path.Combine(folder, "matrix.csv"), csv.ToString());
        var spec = new
        {
            outcomes = AssociationScan.DefaultOutcomes.Where(matrix.HasColumn).Append(InsightCodes.Composite).ToArray(),
            exposures = AssociationScan.DefaultExposures(matrix).ToArray(),
            changes = person.Changes.Where(c => c.Date > matrix.Start && c.Date <= matrix.End)
                .Select(c => c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            treatmentOutcomes = InsightOptions.Default.TreatmentOutcomes,
            dayOfWeek = InsightOptions.Default.Associations.IncludeDayOfWeek,
        };
        File.WriteAllText(Path.Combine(folder, "spec.json"), JsonSerializer.Serialize(spec));
        var scan = AssociationScan.Run(matrix, spec.outcomes, spec.exposures, InsightOptions.Default.Associations);
        Console.WriteLine($"C# scan: {scan.Pairs.Count(p => p.Fit.Status == AdlStatus.Estimated)} OLS fits, {scan.FamilySize} tests, {scan.Headlines.Count()} at q <= 0.05.");
        Console.WriteLine($"Wrote {matrix.DayCount} days × {matrix.Columns.Count} columns, {spec.outcomes.Length} outcomes × {spec.exposures.Length} exposures, {spec.changes.Length} changes to {folder}.");
    }
}
