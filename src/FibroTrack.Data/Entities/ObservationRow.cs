using FibroTrack.Core.Diary;

namespace FibroTrack.Data.Entities;

/// <summary>
/// The stored form of a <see cref="Observation"/>. Owner and date are repeated from the diary entry so the
/// stream of one person over a date range is read from one index without a join.
/// </summary>
public sealed class ObservationRow : IOwned
{
    /// <summary>
    /// The codes of the red-flag signs (<c>FibroTrack.Core.RedFlags.RedFlagSigns</c>), which have a partial index of their own;
    /// a query reaches it with <c>EF.Functions.Like(o.Code, SignCodePattern)</c> (a constant, so the SQL matches the index).
    /// </summary>
    public const string SignCodePattern = "sign.%";

    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>The diary day this observation belongs to, or null for one from an instrument response.</summary>
    public long? DiaryEntryId { get; set; }

    /// <summary>The questionnaire this item answer or score belongs to, or null for a diary observation.</summary>
    public long? InstrumentResponseId { get; set; }

    public DateOnly Date { get; set; }

    public string Code { get; set; } = string.Empty;

    public double? Value { get; set; }

    public string? Text { get; set; }

    public int Ordinal { get; set; }
}
