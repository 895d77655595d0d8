using System.Runtime.CompilerServices;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Labs;
using FibroTrack.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Export;

/// <summary>
/// The signed-in person's records as files for analysis: the tidy observation stream and the daily matrix, as CSV or
/// Parquet. Isolation comes from the DbContext's owner filter, as everywhere else.
/// </summary>
public sealed class ExportService(FibroTrackDbContext db, DiaryService diary, VocabularyService vocabularies, LabService labs)
{
    /// <summary>
    /// The range to export. A missing bound is the first or last date with data (diary days for the daily matrix;
    /// diary days, questionnaires and lab specimens for the observations), so by default the whole record is exported.
    /// </summary>
    public async Task<ValidationResult<ExportRange>> ResolveRangeAsync(ExportKind kind, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        if (from is { } f && to is { } t && t < f)
        {
            return ValidationResult<ExportRange>.Invalid([new("to", $"The range ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).")]);
        }

        var (first, last) = from is null || to is null ? await DataBoundsAsync(kind, ct) : (null, null);
        if ((from ?? first) is not { } start || (to ?? last) is not { } end || end < start)
        {
            // Nothing recorded, or nothing on the side of the one bound given: an empty export, not an error.
            return ValidationResult<ExportRange>.Valid(ExportRange.Empty);
        }

        var range = new ExportRange(start, end);
        if (range.Days > DiaryService.MaxRangeDays)
        {
            return ValidationResult<ExportRange>.Invalid(
            [
                new("from", $"An export can span at most {DiaryService.MaxRangeDays} days; {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is {range.Days}. Give a later 'from' or an earlier 'to'."),
            ]);
        }

        return ValidationResult<ExportRange>.Valid(range);
    }

    /// <summary>Writes one export to <paramref name="output"/> and returns the number of data rows written.</summary>
    public async Task<int> WriteAsync(ExportKind kind, ExportFormat format, ExportRange range, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.Csv:
                return kind switch
                {
                    ExportKind.Observations => await CsvExport.WriteObservationsAsync(ObservationsAsync(range, ct), output, ct),
                    ExportKind.Daily => await CsvExport.WriteDailyAsync(await DailyAsync(range, ct), output, ct),
                    _ => await CsvExport.WriteDailyColumnsAsync(await DailyAsync(range, ct), output, ct),
                };
            case ExportFormat.Parquet when kind == ExportKind.DailyColumns:
                throw new ArgumentException("The column descriptions are exported as CSV only; the daily Parquet file carries them in its metadata.", nameof(kind));
            case ExportFormat.Parquet:
                return output.CanSeek
                    ? await WriteParquetAsync(kind, range, output, ct)
                    : await WriteParquetBufferedAsync(kind, range, output, ct);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }
    }

    /// <summary>The daily matrix over the range, or only its columns when the range is empty.</summary>
    public async Task<DailyExport> DailyAsync(ExportRange range, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.IsEmpty)
        {
            var vocabulary = await vocabularies.GetAsync(ct);
            var today = DateOnly.FromDayNumber(0);
            return new DailyExport(DailyMatrixBuilder.Build(vocabulary.Variables, [], today, today).Columns, null);
        }

        var matrix = await diary.MatrixAsync(range.From, range.To, ct);
        return new DailyExport(matrix.Columns, matrix);
    }

    /// <summary>
    /// Every observation in the range, in date order; within a date the diary first (in stored order), then
    /// questionnaires, then lab results. Diary and questionnaire rows are streamed from the database as they are read.
    /// </summary>
    public async IAsyncEnumerable<ExportObservation> ObservationsAsync(ExportRange range, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.IsEmpty)
        {
            yield break;
        }

        var vocabulary = (await vocabularies.GetAsync(ct)).Variables;
        var instruments = await db.InstrumentResponses.AsNoTracking()
            .Where(r => r.Date >= range.From && r.Date <= range.To)
            .ToDictionaryAsync(r => r.Id, r => r.InstrumentId, ct);

        // A person has tens of lab results, not thousands: they are read (and re-checked) whole, then merged in.
        var pendingLabs = new Queue<ExportObservation>(LabRows(await labs.ListAsync(ct), range));

        var rows = db.Observations.AsNoTracking()
            .Where(o => o.Date >= range.From && o.Date <= range.To)
            .OrderBy(o => o.Date)
            .ThenBy(o => o.InstrumentResponseId != null)
            .ThenBy(o => o.InstrumentResponseId)
            .ThenBy(o => o.Id)
            .Select(o => new { o.Date, o.Code, o.Value, o.Text, o.Ordinal, o.InstrumentResponseId })
            .AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(ct))
        {
            while (pendingLabs.Count > 0 && pendingLabs.Peek().Date < o.Date)
            {
                yield return pendingLabs.Dequeue();
            }

            var observation = new Observation(o.Date, o.Code, o.Value, o.Text, o.Ordinal);
            yield return o.InstrumentResponseId is { } responseId
                ? FromInstrument(observation, instruments.GetValueOrDefault(responseId))
                : FromDiary(observation, vocabulary);
        }

        while (pendingLabs.Count > 0)
        {
            yield return pendingLabs.Dequeue();
        }
    }

    private async Task<(DateOnly? First, DateOnly? Last)> DataBoundsAsync(ExportKind kind, CancellationToken ct)
    {
        var diaryDays = db.DiaryEntries.Select(e => (DateOnly?)e.Date);
        var first = await diaryDays.MinAsync(ct);
        var last = await diaryDays.MaxAsync(ct);
        if (kind != ExportKind.Observations)
        {
            return (first, last);
        }

        var responses = db.InstrumentResponses.Select(r => (DateOnly?)r.Date);
        var specimens = db.LabResults.Select(r => (DateOnly?)r.SpecimenDate);
        DateOnly?[] firsts = [first, await responses.MinAsync(ct), await specimens.MinAsync(ct)];
        DateOnly?[] lasts = [last, await responses.MaxAsync(ct), await specimens.MaxAsync(ct)];
        return (firsts.Min(), lasts.Max());
    }

    private static ExportObservation FromDiary(Observation o, VariableVocabulary vocabulary)
    {
        var label = o.Code switch
        {
            DiaryCodes.Tag => "Tag",
            DiaryCodes.Note => "Notes",
            _ => vocabulary.Find(o.Code)?.Label,
        };
        return new(o.Date, o.Code, label, o.Value, o.Text, vocabulary.Find(o.Code)?.Unit, o.Ordinal, ExportSources.Diary);
    }

    private static ExportObservation FromInstrument(Observation o, string? instrumentId)
    {
        // Answers carry their item's label; scores ({id}.total, {id}.{subscore}) the instrument's names for them.
        var instrument = instrumentId is null ? null : InstrumentCatalog.Find(instrumentId);
        string? label = null;
        string? unit = null;
        if (instrument?.FindItem(o.Code) is { } item)
        {
            label = item.Text;
        }
        else if (instrument is not null && o.Code.StartsWith(instrument.Id + ".", StringComparison.Ordinal))
        {
            var key = o.Code[(instrument.Id.Length + 1)..];
            label = key == "total" ? instrument.TotalLabel : $"{instrument.Name}: {key}";
            unit = "{score}";
        }

        return new(o.Date, o.Code, label, o.Value, o.Text, unit, o.Ordinal, ExportSources.Instrument);
    }

    private static IEnumerable<ExportObservation> LabRows(IReadOnlyList<StoredLab> stored, ExportRange range)
    {
        var ordinals = new Dictionary<(DateOnly, string), int>();
        foreach (var lab in stored.Where(l => l.Result.SpecimenDate >= range.From && l.Result.SpecimenDate <= range.To)
                     .OrderBy(l => l.Result.SpecimenDate).ThenBy(l => l.Id))
        {
            var r = lab.Result;
            var key = (r.SpecimenDate, r.Analyte.Code.Value);
            var ordinal = ordinals.GetValueOrDefault(key);
            ordinals[key] = ordinal + 1;

            // The canonical unit, so every result of one analyte is on one scale whatever unit the lab reported in.
            var (value, unit) = r.CanonicalValue is { } canonical ? (canonical, r.CanonicalUnit) : (r.Value, r.Unit);
            var qualitative = new[] { r.Titer?.ToString(), r.Positive switch { true => "positive", false => "negative", null => null }, r.Pattern }
                .Where(p => !string.IsNullOrEmpty(p));
            var text = string.Join(", ", qualitative);
            yield return new(r.SpecimenDate, r.Analyte.Code.Value, r.Analyte.Name, value, text.Length == 0 ? null : text, unit, ordinal, ExportSources.Lab);
        }
    }

    private async Task<int> WriteParquetAsync(ExportKind kind, ExportRange range, Stream output, CancellationToken ct) =>
        kind == ExportKind.Daily
            ? await ParquetExport.WriteDailyAsync(await DailyAsync(range, ct), output, ct)
            : await ParquetExport.WriteObservationsAsync(ObservationsAsync(range, ct), output, ct);

    /// <summary>
    /// Parquet's footer records where each column chunk starts, so the writer needs a seekable stream; an HTTP body is
    /// not one. The file is built in memory (bounded by <see cref="DiaryService.MaxRangeDays"/>: a few megabytes for
    /// ten years) rather than in a temporary file, so personal data is never left in a temp folder.
    /// </summary>
    private async Task<int> WriteParquetBufferedAsync(ExportKind kind, ExportRange range, Stream output, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var rows = await WriteParquetAsync(kind, range, buffer, ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return rows;
    }
}
