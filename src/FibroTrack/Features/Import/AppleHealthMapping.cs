using System.Globalization;
using System.Security.Cryptography;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Core.Wearables;

namespace FibroTrack.Features.Import;

/// <summary>
/// An Apple Health export as an import: <see cref="AppleHealthReader"/>'s daily aggregates become diary values. Hours
/// asleep go to the built-in <c>sleep.hours</c>; steps, active energy, heart rate and heart-rate variability go to the
/// person's own variables (<see cref="Variables"/>), created by the import when absent. Everything then goes through
/// the framework's planner (validators) and commit (upsert by date and code), like a CSV.
/// </summary>
/// <remarks>
/// The zip the Health app shares needs a seekable stream (its directory is at the end). A stream that cannot seek (an
/// HTTP request body) is first copied, hashed and size-checked, to a temporary file that is deleted when closed; a file
/// on disk is read in place. Either way the XML itself is streamed, never held whole.
/// </remarks>
internal static class AppleHealthMapping
{
    public const string Source = "apple-health";

    /// <summary>The person's own variables the aggregates go to. Ranges are generous physiological bounds, not targets.</summary>
    public static readonly IReadOnlyList<VariableDraft> Variables =
    [
        new("custom.steps", "Steps", VariableType.Count, VariableKind.Exposure, null, 0, 250_000, 0, "steps"),
        new("custom.active-energy", "Active energy", VariableType.Quantity, VariableKind.Exposure, "kcal", 0, 20_000, 0, "active-energy"),
        // Heart rate and HRV are body signals the person does not choose: analysed like symptoms (outcomes), not exposures.
        new("custom.heart-rate", "Heart rate", VariableType.Quantity, VariableKind.Symptom, "/min", 0, 300, 0, "heart-rate"),
        new("custom.hrv", "HRV", VariableType.Quantity, VariableKind.Symptom, "ms", 0, 1000, 0, "hrv"),
    ];

    public static async Task<ParsedFile> ReadAsync(Stream file, ImportOptions options, IProgress<long>? progress, CancellationToken ct)
    {
        var errors = new ImportErrors(options.MaxErrors);
        var skipped = new SkippedRows();
        var person = new PersonData(null);
        var (sha, bytes) = (string.Empty, 0L);
        FileStream? spool = null;
        try
        {
            Stream seekable;
            if (file.CanSeek)
            {
                bytes = file.Length - file.Position;
                if (bytes > options.MaxBytes)
                {
                    throw new ImportTooLargeException(options.MaxBytes);
                }

                var start = file.Position;
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
                file.Position = start;
                seekable = file;
            }
            else
            {
                spool = new FileStream(Path.Combine(Path.GetTempPath(), $"fibrotrack-apple-health-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
                    FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                var hashing = new HashingStream(file, options.MaxBytes, progress);
                await hashing.CopyToAsync(spool, 1 << 16, ct);
                (sha, bytes) = (hashing.Sha256, hashing.BytesRead);
                spool.Position = 0;
                seekable = spool;
            }

            var summary = AppleHealthReader.Read(seekable, progress is null ? null : new Position(seekable, progress), ct);
            person.Rows = summary.RecordsRead;
            Add(person, summary);
            foreach (var (type, count) in summary.IgnoredTypes)
            {
                skipped.Add("record", type.Length == 0 ? "(no type)" : FlaredownReader.Shorten(type),
                    string.Create(CultureInfo.InvariantCulture, $"{count:N0} records not imported: FibroTrack keeps steps, energy, heart rate, HRV and sleep"));
            }

            foreach (var reason in summary.Skipped)
            {
                skipped.Add("record", FlaredownReader.Shorten(reason), "unusable record");
            }
        }
        catch (AppleHealthFormatException e)
        {
            errors.Add(e.Line, null, e.Message);
        }
        catch (InvalidDataException e)
        {
            errors.Add(0, null, $"The file is not a readable zip or XML export: {e.Message}");
        }
        catch (ImportTooLargeException e)
        {
            errors.Add(0, null, $"The file is larger than {e.Limit:N0} bytes, the most one import reads (Import:MaxBytes).");
        }
        finally
        {
            if (spool is not null)
            {
                await spool.DisposeAsync();
            }
        }

        IReadOnlyList<PersonData> people = errors.Count > 0 ? [] : [person];
        return new ParsedFile(Source, sha, bytes, person.Rows, people, skipped, errors, [], 0);
    }

    /// <summary>One value a day per aggregate, rounded to what the variable stores: whole steps, tenths otherwise, hours to the minute.</summary>
    internal static void Add(PersonData person, AppleHealthSummary summary)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in summary.Days)
        {
            var data = person.Day(day.Date, 0);
            Put(data, day.Date, BuiltInVariables.SleepHours, day.SleepHours is { } h ? Math.Round(h * 60) / 60 : null, used);
            Put(data, day.Date, "custom.steps", day.Steps is { } s ? Math.Round(s) : null, used);
            Put(data, day.Date, "custom.active-energy", Round1(day.ActiveEnergyKcal), used);
            Put(data, day.Date, "custom.heart-rate", Round1(day.HeartRateMean), used);
            Put(data, day.Date, "custom.hrv", Round1(day.HeartRateVariabilityMean), used);
            if (data.Values.Count == 0)
            {
                person.Days.Remove(day.Date);
            }
        }

        foreach (var variable in Variables.Where(v => used.Contains(v.Code)))
        {
            person.Variables[variable.Code] = variable;
        }
    }

    private static double? Round1(double? value) => value is { } v ? Math.Round(v, 1) : null;

    private static void Put(DayData day, DateOnly date, string code, double? value, HashSet<string> used)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return;
        }

        used.Add(code);
        day.Values[code] = new SourceValue(InputValue.Of(v), 0, string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}.{code}"));
    }

    /// <summary>Progress in bytes of the file, reported whenever the reader reports records.</summary>
    private sealed class Position(Stream stream, IProgress<long> bytes) : IProgress<long>
    {
        public void Report(long value) => bytes.Report(stream.Position);
    }
}
