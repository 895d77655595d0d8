using FibroTrack.Core.Matrix;

namespace FibroTrack.Features.Export;

/// <summary>What an export holds: the tidy stream of observations, or the daily matrix.</summary>
public enum ExportKind
{
    /// <summary>One row per observation: diary, questionnaire item answers and scores, lab results.</summary>
    Observations,

    /// <summary>One row per calendar day, one column per matrix column.</summary>
    Daily,

    /// <summary>What each column of the daily matrix is (code, label, kind, variable): CSV only.</summary>
    DailyColumns,
}

/// <summary>The file format of an export.</summary>
public enum ExportFormat
{
    Csv,
    Parquet,
}

/// <summary>An inclusive range of local dates. <see cref="Empty"/> when the person has nothing to export.</summary>
public sealed record ExportRange(DateOnly From, DateOnly To)
{
    public static ExportRange Empty { get; } = new(DateOnly.MaxValue, DateOnly.MinValue);

    public bool IsEmpty => To < From;

    public int Days => IsEmpty ? 0 : To.DayNumber - From.DayNumber + 1;
}

/// <summary>Where an exported observation comes from, as written in the <c>source</c> column.</summary>
public static class ExportSources
{
    public const string Diary = "diary";
    public const string Instrument = "instrument";
    public const string Lab = "lab";
}

/// <summary>One row of the tidy (long) export.</summary>
/// <param name="Date">The local date of the diary day, the questionnaire or the lab specimen.</param>
/// <param name="Code">The observation's code: a vocabulary or diary code, an instrument item or score code, or the analyte's code (LOINC where verified).</param>
/// <param name="Label">What a person reads; null for a code nobody defines any more.</param>
/// <param name="Value">The number, if any (lab results in the analyte's canonical unit).</param>
/// <param name="Text">A category option, an activity's intensity, a tag, a note, a score's band, or a lab's titer, positive/negative and pattern.</param>
/// <param name="Unit">UCUM unit of <paramref name="Value"/>, where there is one.</param>
/// <param name="Ordinal">Position among repeated observations of the same code on the same date and source.</param>
/// <param name="Source">One of <see cref="ExportSources"/>.</param>
public readonly record struct ExportObservation(
    DateOnly Date, string Code, string? Label, double? Value, string? Text, string? Unit, int Ordinal, string Source);

/// <summary>
/// The daily matrix to export: its columns always, and its rows when there is a range. Without diary days there
/// are no rows, but a reader still gets the header it would get with them.
/// </summary>
public sealed record DailyExport(IReadOnlyList<MatrixColumn> Columns, DailyMatrix? Matrix)
{
    public int DayCount => Matrix?.DayCount ?? 0;
}
