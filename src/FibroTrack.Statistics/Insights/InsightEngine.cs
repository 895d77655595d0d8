using System.Collections.Immutable;
using System.Globalization;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Text;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Pacing;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Insights;

/// <summary>
/// One person's whole analysis from their daily matrix, regimen changes and infections: flares, lagged associations
/// (flare onset included), treatment response, pacing and infection trajectories. Pure and deterministic: the same inputs give the same report.
/// </summary>
/// <remarks>
/// The composite is added to the matrix as an outcome so that it joins the association family; FIQR totals join the
/// treatment outcomes when the caller put them in the matrix under <see cref="InsightCodes.FiqrTotal"/>. Flares are
/// found first because treatment response needs them (a change begun during a flare is flagged for regression to
/// the mean).
/// </remarks>
public static class InsightEngine
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <exception cref="ArgumentException">The matrix lacks a column the options name, or the options are inconsistent.</exception>
    public static InsightReport Analyse(
        DailyMatrix matrix,
        IReadOnlyList<RegimenChange> changes,
        IReadOnlyList<InfectionWindow> infections,
        InsightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(infections);
        options ??= InsightOptions.Default;
        options.Validate();

        var flares = FlareDetector.Detect(matrix, options.Flares);
        var withComposite = matrix.HasColumn(InsightCodes.Composite)
            ? matrix
            : matrix.WithColumn(
                new MatrixColumn(InsightCodes.Composite, "Composite symptom score", VariableKind.Symptom, InsightCodes.Composite),
                [.. flares.Composite]);

        var outcomes = AssociationScan.DefaultOutcomes.Where(withComposite.HasColumn).Append(InsightCodes.Composite).ToArray();
        var associations = AssociationScan.Run(
            withComposite, outcomes, exposures: null, options.Associations, options.FlareOnsetAssociations ? flares : null);
        var pacing = PacingAnalysis.Analyse(matrix, options.Pacing);

        var orderedChanges = changes.OrderBy(c => c.Date).ThenBy(c => c.ItemName, StringComparer.Ordinal).ToArray();
        var orderedInfections = infections.OrderBy(i => i.Start).ToArray();
        var treatments = orderedChanges
            .Select(c => Treatment(withComposite, c, orderedChanges, orderedInfections, flares, options))
            .ToImmutableArray();
        var onsets = orderedInfections
            .Select(i => Infection(withComposite, i, orderedChanges, options))
            .ToImmutableArray();

        return new InsightReport(matrix.Start, matrix.End, matrix.RecordedDays, flares, associations, treatments, pacing, onsets, options);
    }

    private static TreatmentResponse Treatment(
        DailyMatrix matrix, RegimenChange change, RegimenChange[] changes, InfectionWindow[] infections, FlareAnalysis flares, InsightOptions options)
    {
        if (change.Date <= matrix.Start || change.Date > matrix.End)
        {
            var note = change.Date <= matrix.Start
                ? string.Create(Invariant, $"{SentenceCase.Capitalise(change.Description)} on {change.Date:yyyy-MM-dd} came before your diary starts ({matrix.Start:yyyy-MM-dd}), so there are no days before it to compare with.")
                : string.Create(Invariant, $"{SentenceCase.Capitalise(change.Description)} on {change.Date:yyyy-MM-dd} comes after your last diary day ({matrix.End:yyyy-MM-dd}).");
            return new TreatmentResponse(change, false, [], [], note);
        }

        var window = options.Treatments.MaxDaysEachSide;
        var from = change.Date.AddDays(-window);
        var to = change.Date.AddDays(window - 1);
        var confounders = changes
            .Where(c => !ReferenceEquals(c, change) && c.Date >= from && c.Date <= to)
            .Select(c => string.Create(Invariant, $"{c.Description} on {c.Date:yyyy-MM-dd}"))
            .Concat(infections.Where(i => i.Overlaps(from, to)).Select(Describe))
            .ToImmutableArray();
        var lookback = change.Date.AddDays(-options.FlareLookbackDays);
        var duringFlare = flares.Episodes.Any(e => e.Overlaps(lookback, change.Date)) || ButtonPressed(matrix, lookback, change.Date);

        var results = ImmutableArray.CreateBuilder<ItsResult>();
        foreach (var outcome in options.TreatmentOutcomes.Where(matrix.HasColumn))
        {
            results.Add(InterruptedTimeSeries.Analyse(matrix, outcome, change.Date, options.Treatments with
            {
                ChangeDescription = change.Description,
                StartedDuringFlare = duringFlare,
                Confounders = confounders,
            }));
        }

        if (matrix.HasColumn(InsightCodes.FiqrTotal) && Series.CountPresent(matrix.Column(InsightCodes.FiqrTotal)) > 0)
        {
            results.Add(InterruptedTimeSeries.Analyse(matrix, InsightCodes.FiqrTotal, change.Date, options.FiqrTreatments with
            {
                ChangeDescription = change.Description,
                StartedDuringFlare = duringFlare,
                Confounders = confounders,
            }));
        }

        return new TreatmentResponse(change, duringFlare, confounders, results.ToImmutable());
    }

    private static InfectionOnset Infection(DailyMatrix matrix, InfectionWindow infection, RegimenChange[] changes, InsightOptions options)
    {
        var window = options.InfectionWindowDays;
        var from = infection.Start.AddDays(-window);
        var to = infection.Start.AddDays(window - 1);
        var others = changes
            .Where(c => c.Date >= from && c.Date <= to)
            .Select(c => string.Create(Invariant, $"{c.Description} on {c.Date:yyyy-MM-dd}"))
            .ToImmutableArray();
        var description = string.Create(Invariant, $"the start of {SentenceCase.Lower(infection.Label)}");
        var itsOptions = options.Treatments with
        {
            MaxDaysEachSide = window,
            ChangeDescription = description,
            Confounders = others,
            Correlation = Ar1Correlation.Discrete,
        };

        var outcomes = ImmutableArray.CreateBuilder<InfectionOutcome>();
        foreach (var code in options.InfectionOutcomes.Where(matrix.HasColumn))
        {
            var after = (infection.End ?? infection.Start).AddDays(1);
            var (meanBefore, daysBefore) = Mean(matrix, code, infection.Start.AddDays(-window), infection.Start.AddDays(-1));
            var (meanAfter, daysAfter) = Mean(matrix, code, after, after.AddDays(window - 1));
            var weeks = ImmutableArray.CreateBuilder<WeeklyMean>();
            for (var week = -window / 7; week < window / 7; week++)
            {
                var weekStart = infection.Start.AddDays(7 * week);
                var (mean, days) = Mean(matrix, code, weekStart, weekStart.AddDays(6));
                weeks.Add(new WeeklyMean(week, weekStart, mean, days));
            }

            var change = InterruptedTimeSeries.Analyse(matrix, code, infection.Start, itsOptions);
            outcomes.Add(new InfectionOutcome(code, change.OutcomeLabel, meanBefore, daysBefore, meanAfter, daysAfter, weeks.ToImmutable(), change));
        }

        return new InfectionOnset(infection, outcomes.ToImmutable(), others);
    }

    private static string Describe(InfectionWindow infection) => infection.End is { } end
        ? string.Create(Invariant, $"{infection.Label} from {infection.Start:yyyy-MM-dd} to {end:yyyy-MM-dd}")
        : string.Create(Invariant, $"{infection.Label} from {infection.Start:yyyy-MM-dd}");

    private static bool ButtonPressed(DailyMatrix matrix, DateOnly from, DateOnly to)
    {
        if (!matrix.HasColumn(BuiltInVariables.Flare))
        {
            return false;
        }

        var button = matrix.Column(BuiltInVariables.Flare);
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = date.DayNumber - matrix.Start.DayNumber;
            if ((uint)day < (uint)button.Length && button[day] > 0.5)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Mean of the rated days from <paramref name="from"/> to <paramref name="to"/> inside the matrix; NaN and 0 when none.</summary>
    private static (double Mean, int Days) Mean(DailyMatrix matrix, string code, DateOnly from, DateOnly to)
    {
        var column = matrix.Column(code);
        double sum = 0;
        var n = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = date.DayNumber - matrix.Start.DayNumber;
            if ((uint)day < (uint)column.Length && !double.IsNaN(column[day]))
            {
                sum += column[day];
                n++;
            }
        }

        return n == 0 ? (double.NaN, 0) : (sum / n, n);
    }
}
