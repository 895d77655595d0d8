using System.Security.Cryptography;
using FibroTrack.Core.Labs;
using FibroTrack.Core.Vocabulary;
using Microsoft.EntityFrameworkCore;
using FibroTrack.Features.Export;
using Parquet;

namespace FibroTrack.Features.Research;

/// <summary>
/// The administrators' de-identified research file (Parquet): every consenting person's coded records, with a random
/// pseudonym per person per export (never the account id), age as a 10-year band, every date shifted by one random
/// per-person offset, and no free text. Pseudonyms and offsets come from a cryptographic generator and are never
/// stored, so two exports cannot be linked and nobody can undo the shift.
/// </summary>
public sealed class DeidentifiedExport(ConsentingCohort cohort, TimeProvider clock)
{
    public const string ContentType = "application/vnd.apache.parquet";

    /// <summary>Dates move by a whole number of days in [−180, 180], the same for all of a person's rows.</summary>
    public const int MaxShiftDays = 180;

    private const int RowsPerGroup = 100_000;

    /// <summary>Writes the file; returns the number of people and rows.</summary>
    /// <remarks>
    /// Parquet's footer points back at each column chunk, so the writer needs a seekable stream. An HTTP body is not
    /// one: the file is then built in memory (not in a temporary file, so no copy is left behind on disk) and copied
    /// out. The command line writes straight to its file and suits very large cohorts better.
    /// </remarks>
    public async Task<(int People, int Rows)> WriteAsync(Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek)
        {
            return await WriteSeekableAsync(output, ct);
        }

        using var buffer = new MemoryStream();
        var written = await WriteSeekableAsync(buffer, ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return written;
    }

    private async Task<(int People, int Rows)> WriteSeekableAsync(Stream output, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Rows go out in pseudonym order, so the order of people says nothing about their accounts.
        var people = (await cohort.OwnerIdsAsync(ct))
            .Select(id => (Id: id, Pseudonym: RandomNumberGenerator.GetHexString(16, lowercase: true), Shift: RandomNumberGenerator.GetInt32(-MaxShiftDays, MaxShiftDays + 1)))
            .OrderBy(p => p.Pseudonym, StringComparer.Ordinal)
            .ToList();

        await using var writer = await ParquetWriter.CreateAsync(DeidentifiedFields.Schema, output, cancellationToken: ct);
        var rows = await ParquetRowGroups.WriteAsync(writer, RowsOfAllAsync(people, today, ct), RowsPerGroup, WriteGroupAsync, ct);
        return (people.Count, rows);
    }

    /// <summary>"30–39"; from 90 one band "90+", since very old ages are rare enough to identify (HIPAA §164.514(b)(2)(i)(C)).</summary>
    public static string? AgeBand(DateOnly? birthDate, DateOnly today)
    {
        if (birthDate is not { } birth || birth > today)
        {
            return null;
        }

        var age = today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
        if (age >= 90)
        {
            return "90+";
        }

        var low = age / 10 * 10;
        return $"{low}–{low + 9}";
    }

    private async IAsyncEnumerable<DeidentifiedRow> RowsOfAllAsync(
        List<(string Id, string Pseudonym, int Shift)> people, DateOnly today, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var person in people)
        {
            await foreach (var row in RowsOfAsync(person.Id, person.Pseudonym, person.Shift, today, ct))
            {
                yield return row;
            }
        }
    }

    private async IAsyncEnumerable<DeidentifiedRow> RowsOfAsync(
        string ownerId, string pseudonym, int shift, DateOnly today, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var profile = await cohort.Profiles().Where(p => p.OwnerId == ownerId)
            .Select(p => new { p.Sex, p.BirthDate, p.SymptomOnsetDate, p.OnsetTrigger })
            .SingleOrDefaultAsync(ct);
        var age = AgeBand(profile?.BirthDate, today);
        var sex = profile?.Sex ?? "unspecified";
        var trigger = profile?.OnsetTrigger;
        var onset = profile?.SymptomOnsetDate?.AddDays(shift);
        DeidentifiedRow Row(string source, DateOnly date, string code, double? value, string? category, string? unit) =>
            new(pseudonym, age, sex, trigger, onset, source, date.AddDays(shift), code, value, category, unit);

        var observations = cohort.Observations().Where(o => o.OwnerId == ownerId)
            .OrderBy(o => o.Date).ThenBy(o => o.Code).ThenBy(o => o.Ordinal)
            .Select(o => new { o.Date, o.Code, o.Value, o.Text, Diary = o.DiaryEntryId != null })
            .AsAsyncEnumerable();
        await foreach (var o in observations.WithCancellation(ct))
        {
            if (o.Diary)
            {
                // Built-in variables only: own variables, regimen items and tags are named by the person (free text).
                if (KeepDiaryCode(o.Code, o.Text, out var category))
                {
                    yield return Row("diary", o.Date, o.Code, o.Value, category, null);
                }
            }
            else if (o.Value is not null)
            {
                // Questionnaire answers and scores: codes from the instrument catalogue, numbers only.
                yield return Row("instrument", o.Date, o.Code, o.Value, null, null);
            }
        }

        var labs = await cohort.LabResults().Where(l => l.OwnerId == ownerId)
            .OrderBy(l => l.SpecimenDate).ThenBy(l => l.AnalyteCode)
            .Select(l => new { l.AnalyteCode, l.SpecimenDate, l.CanonicalValue, l.CanonicalUnit, l.Positive })
            .ToListAsync(ct);
        foreach (var lab in labs.Where(l => Analytes.Find(l.AnalyteCode) is not null))
        {
            // Analytes outside the catalogue carry a name the person typed: left out.
            var category = lab.Positive switch { true => "positive", false => "negative", null => null };
            yield return Row("lab", lab.SpecimenDate, lab.AnalyteCode, lab.CanonicalValue, category, lab.CanonicalUnit);
        }

        var infections = await cohort.InfectionEpisodes().Where(e => e.OwnerId == ownerId)
            .OrderBy(e => e.StartDate)
            .Select(e => new { e.Type, e.StartDate, e.EndDate })
            .ToListAsync(ct);
        foreach (var infection in infections)
        {
            double? days = infection.EndDate is { } end ? end.DayNumber - infection.StartDate.DayNumber + 1 : null;
            yield return Row("infection", infection.StartDate, "infection", days, infection.Type, days is null ? null : "d");
        }
    }

    /// <summary>Keeps built-in and activity codes; text only when it is one of the variable's fixed options.</summary>
    private static bool KeepDiaryCode(string code, string? text, out string? category)
    {
        category = null;
        if (ActivityTypes.Find(code) is not null)
        {
            category = Enum.TryParse<Intensity>(text, ignoreCase: true, out var intensity) ? intensity.ToString().ToLowerInvariant() : null;
            return true;
        }

        if (VariableVocabulary.BuiltIn.Find(code) is not { } definition)
        {
            return false;
        }

        if (definition.Type == VariableType.Category && text is not null && definition.FindOption(text) is not null)
        {
            category = text;
        }

        return true;
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, List<DeidentifiedRow> batch, CancellationToken ct)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(DeidentifiedFields.Pseudonym, batch.Select(r => r.Pseudonym).ToArray());
        await group.WriteAsync(DeidentifiedFields.AgeBand, batch.Select(r => r.AgeBand).ToArray()!);
        await group.WriteAsync(DeidentifiedFields.Sex, batch.Select(r => r.Sex).ToArray());
        await group.WriteAsync(DeidentifiedFields.OnsetTrigger, batch.Select(r => r.OnsetTrigger).ToArray()!);
        await group.WriteAsync<DateOnly>(DeidentifiedFields.OnsetDate, batch.Select(r => r.OnsetDate).ToArray(), cancellationToken: ct);
        await group.WriteAsync(DeidentifiedFields.Source, batch.Select(r => r.Source).ToArray());
        await group.WriteAsync<DateOnly>(DeidentifiedFields.Date, batch.Select(r => r.Date).ToArray(), cancellationToken: ct);
        await group.WriteAsync(DeidentifiedFields.Code, batch.Select(r => r.Code).ToArray());
        await group.WriteAsync<double>(DeidentifiedFields.Value, batch.Select(r => r.Value is { } v && double.IsFinite(v) ? v : (double?)null).ToArray(), cancellationToken: ct);
        await group.WriteAsync(DeidentifiedFields.Category, batch.Select(r => r.Category).ToArray()!);
        await group.WriteAsync(DeidentifiedFields.Unit, batch.Select(r => r.Unit).ToArray()!);
        group.CompleteValidate();
    }
}
