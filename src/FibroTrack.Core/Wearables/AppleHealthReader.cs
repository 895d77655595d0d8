using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace FibroTrack.Core.Wearables;

/// <summary>
/// Reads an Apple Health export (<c>export.xml</c>, or the <c>export.zip</c> the Health app shares) as a stream and
/// reduces it to daily aggregates: steps, active energy, heart rate, heart-rate variability and hours asleep.
/// </summary>
/// <remarks>
/// <para>Streaming: an <see cref="XmlReader"/> walks the file once and only the per-day sums are kept, so a
/// multi-gigabyte export costs memory in proportion to its days, not its size.</para>
/// <para>Hostile input: real exports carry an internal DTD, so DTDs are ignored rather than refused; entities are
/// never expanded and no external resource is ever fetched, which rules out entity-expansion and XXE attacks.
/// Malformed XML raises <see cref="AppleHealthFormatException"/> with the line.</para>
/// <para>Double counting: an iPhone and an Apple Watch both record steps, energy and sleep for the same minutes. As
/// there is no reliable way to merge their samples, each source is summed separately and the day takes the largest
/// source — close to what the Health app shows. Heart rate and HRV are means over every sample. A sleep belongs to
/// the day it ended on (the morning), like the diary's "hours slept".</para>
/// </remarks>
public static class AppleHealthReader
{
    public const string StepCount = "HKQuantityTypeIdentifierStepCount";
    public const string ActiveEnergy = "HKQuantityTypeIdentifierActiveEnergyBurned";
    public const string HeartRate = "HKQuantityTypeIdentifierHeartRate";
    public const string HeartRateVariability = "HKQuantityTypeIdentifierHeartRateVariabilitySDNN";
    public const string SleepAnalysis = "HKCategoryTypeIdentifierSleepAnalysis";

    /// <summary>At most this many skipped records are described; the rest are only counted.</summary>
    public const int MaxSkippedDescribed = 100;

    private const string DateFormat = "yyyy-MM-dd HH:mm:ss zzz";

    private static readonly HashSet<string> AsleepValues = new(StringComparer.Ordinal)
    {
        "HKCategoryValueSleepAnalysisAsleep",
        "HKCategoryValueSleepAnalysisAsleepUnspecified",
        "HKCategoryValueSleepAnalysisAsleepCore",
        "HKCategoryValueSleepAnalysisAsleepDeep",
        "HKCategoryValueSleepAnalysisAsleepREM",
    };

    /// <summary>Reads an export from <paramref name="stream"/>: XML, or a zip holding <c>export.xml</c> (needs a seekable stream).</summary>
    /// <param name="progress">Records read so far, reported every 10,000 records.</param>
    /// <exception cref="AppleHealthFormatException">Not an Apple Health export, or malformed XML (the message names the line).</exception>
    public static AppleHealthSummary Read(Stream stream, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && IsZip(stream))
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.Entries.FirstOrDefault(e => e.Name.Equals("export.xml", StringComparison.OrdinalIgnoreCase))
                ?? throw new AppleHealthFormatException("The zip file holds no export.xml: is it the file the Health app's \"Export All Health Data\" made?");
            using var xml = entry.Open();
            return ReadXml(xml, progress, cancellationToken);
        }

        return ReadXml(stream, progress, cancellationToken);
    }

    private static bool IsZip(Stream stream)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static AppleHealthSummary ReadXml(Stream stream, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 0,
        };
        var days = new SortedDictionary<DateOnly, DayTotals>();
        var ignored = new Dictionary<string, long>(StringComparer.Ordinal);
        var skipped = new List<string>();
        long read = 0, used = 0, skippedCount = 0;
        using var reader = XmlReader.Create(stream, settings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "HealthData")
            {
                throw new AppleHealthFormatException(
                    $"Line {lineInfo.LineNumber}: the file starts with <{reader.LocalName}>, not <HealthData>: it is not an Apple Health export.")
                { Line = lineInfo.LineNumber };
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Record" || reader.Depth != 1)
                {
                    continue;
                }

                read++;
                if (read % 10_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(read);
                }

                var type = reader.GetAttribute("type") ?? string.Empty;
                if (type is not (StepCount or ActiveEnergy or HeartRate or HeartRateVariability or SleepAnalysis))
                {
                    ignored[type] = ignored.GetValueOrDefault(type) + 1;
                    continue;
                }

                var problem = Add(reader, type, days);
                if (problem is null)
                {
                    used++;
                }
                else
                {
                    skippedCount++;
                    if (skipped.Count < MaxSkippedDescribed)
                    {
                        skipped.Add(string.Create(CultureInfo.InvariantCulture, $"Line {lineInfo.LineNumber}: {type}: {problem}"));
                    }
                }
            }
        }
        catch (XmlException e)
        {
            throw new AppleHealthFormatException($"Line {e.LineNumber}, position {e.LinePosition}: the XML is malformed ({e.Message})", e) { Line = e.LineNumber };
        }

        if (skippedCount > skipped.Count)
        {
            skipped.Add(string.Create(CultureInfo.InvariantCulture, $"… and {skippedCount - skipped.Count} more records that could not be used."));
        }

        progress?.Report(read);
        return new AppleHealthSummary([.. days.Select(d => d.Value.ToDay(d.Key))], read, used, ignored, skipped);
    }

    /// <returns>Null when the record was used, else why not.</returns>
    private static string? Add(XmlReader reader, string type, SortedDictionary<DateOnly, DayTotals> days)
    {
        var source = reader.GetAttribute("sourceName") ?? string.Empty;
        if (!TryDate(reader.GetAttribute("startDate"), out var start) || !TryDate(reader.GetAttribute("endDate"), out var end))
        {
            return "startDate or endDate is not a date like 2025-03-01 08:00:00 +0100.";
        }

        if (end < start)
        {
            return "endDate is before startDate.";
        }

        var valueText = reader.GetAttribute("value");
        if (type == SleepAnalysis)
        {
            if (valueText is null || !AsleepValues.Contains(valueText))
            {
                return null; // in bed, awake: counted as read, not as sleep
            }

            Totals(days, DateOnly.FromDateTime(end.DateTime)).AddPerSource(Measure.Sleep, source, (end - start).TotalHours);
            return null;
        }

        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            return $"value '{valueText}' is not a non-negative number.";
        }

        var unit = reader.GetAttribute("unit") ?? string.Empty;
        var day = Totals(days, DateOnly.FromDateTime(start.DateTime));
        switch (type)
        {
            case StepCount:
                day.AddPerSource(Measure.Steps, source, value);
                return null;
            case ActiveEnergy:
                var kcal = unit switch
                {
                    "kcal" or "Cal" => value,
                    "kJ" => value / 4.184,
                    _ => double.NaN,
                };
                if (double.IsNaN(kcal))
                {
                    return $"unit '{unit}' is not kcal, Cal or kJ.";
                }

                day.AddPerSource(Measure.Energy, source, kcal);
                return null;
            case HeartRate:
                if (unit != "count/min")
                {
                    return $"unit '{unit}' is not count/min.";
                }

                day.AddSample(Measure.HeartRate, value);
                return null;
            default:
                if (unit != "ms")
                {
                    return $"unit '{unit}' is not ms.";
                }

                day.AddSample(Measure.Hrv, value);
                return null;
        }
    }

    private static DayTotals Totals(SortedDictionary<DateOnly, DayTotals> days, DateOnly date)
    {
        if (!days.TryGetValue(date, out var totals))
        {
            totals = new DayTotals();
            days.Add(date, totals);
        }

        return totals;
    }

    /// <summary>Apple writes local times with their offset; the local date is the one the person lived.</summary>
    private static bool TryDate(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    private enum Measure
    {
        Steps,
        Energy,
        Sleep,
        HeartRate,
        Hrv,
    }

    private sealed class DayTotals
    {
        private readonly Dictionary<(Measure, string), double> _perSource = [];
        private readonly double[] _sampleSums = new double[2];
        private readonly int[] _sampleCounts = new int[2];

        public void AddPerSource(Measure measure, string source, double amount) =>
            _perSource[(measure, source)] = _perSource.GetValueOrDefault((measure, source)) + amount;

        public void AddSample(Measure measure, double value)
        {
            var i = measure == Measure.HeartRate ? 0 : 1;
            _sampleSums[i] += value;
            _sampleCounts[i]++;
        }

        public AppleHealthDay ToDay(DateOnly date) => new(
            date,
            Largest(Measure.Steps),
            Largest(Measure.Energy),
            _sampleCounts[0] > 0 ? _sampleSums[0] / _sampleCounts[0] : null,
            _sampleCounts[1] > 0 ? _sampleSums[1] / _sampleCounts[1] : null,
            Largest(Measure.Sleep));

        private double? Largest(Measure measure)
        {
            double? best = null;
            foreach (var ((m, _), amount) in _perSource)
            {
                if (m == measure && (best is null || amount > best))
                {
                    best = amount;
                }
            }

            return best;
        }
    }
}
