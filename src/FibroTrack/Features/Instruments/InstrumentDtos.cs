using FibroTrack.Core.Instruments;

namespace FibroTrack.Features.Instruments;

/// <summary>
/// An instrument as <c>GET /api/v1/instruments</c> lists it: the core definition, except that an
/// open-ended band's upper bound (<see cref="double.PositiveInfinity"/> in the core) is null, since
/// JSON has no infinity and serializing it threw (a 500 for the whole list).
/// </summary>
public sealed record InstrumentDto(
    string Id, string Name, string ShortDescription, string RecallPeriod, string Citation, string Licence, string? Loinc,
    string TotalLabel, double TotalMin, double TotalMax, IReadOnlyList<InstrumentSection> Sections, IReadOnlyList<InstrumentItem> Items,
    IReadOnlyList<BandSchemeDto> BandSchemes)
{
    public static InstrumentDto From(InstrumentDefinition d) => new(
        d.Id, d.Name, d.ShortDescription, d.RecallPeriod, d.Citation, d.Licence, d.Loinc,
        d.TotalLabel, d.TotalMin, d.TotalMax, d.Sections, d.Items,
        [.. d.BandSchemes.Select(s => new BandSchemeDto(
            s.Id, s.Name, s.Citation,
            [.. s.Bands.Select(b => new BandDto(b.Label, b.PublishedRange, double.IsFinite(b.UpperBound) ? b.UpperBound : null, b.IncludesUpperBound))],
            s.BoundaryNote))]);
}

/// <summary>A published band scheme; see <see cref="BandScheme"/>.</summary>
public sealed record BandSchemeDto(string Id, string Name, string Citation, IReadOnlyList<BandDto> Bands, string? BoundaryNote);

/// <summary>One band; <paramref name="UpperBound"/> is null for the open-ended last band.</summary>
public sealed record BandDto(string Label, string PublishedRange, double? UpperBound, bool IncludesUpperBound);

/// <summary>Body of <c>POST /api/v1/instruments/{id}/responses</c>.</summary>
/// <param name="Date">The day the questionnaire was filled in (default: today).</param>
/// <param name="Answers">Item code → answer (whole number in the item's range). Leave out or null what was not answered.</param>
public sealed record ResponseRequest(DateOnly? Date, Dictionary<string, double?>? Answers);

/// <summary>A stored response with its score.</summary>
public sealed record ResponseDto(
    long Id, string InstrumentId, DateOnly Date, IReadOnlyDictionary<string, int> Answers,
    double? Total, string? Band, string? BandCitation, IReadOnlyList<BandResult> AlternativeBands,
    IReadOnlyDictionary<string, double> Subscores, IReadOnlyList<string> Notes, bool SafetyAlert, string? SafetyMessage, AcrDto? Acr)
{
    public static ResponseDto From(StoredResponse r) => new(
        r.Id, r.Instrument.Id, r.Date, r.Answers,
        r.Score.Total, r.Score.Band, r.Score.BandCitation, r.Score.AlternativeBands,
        r.Score.Subscores, r.Score.Notes, r.Score.SafetyAlert, r.Score.SafetyAlert ? Phq9.SafetyMessage : null,
        r.Score.Acr is { } acr ? AcrDto.From(acr) : null);
}

/// <summary>ACR 2016 details. <paramref name="Statement"/> is always worded as self-report screening, never as a diagnosis.</summary>
public sealed record AcrDto(int Wpi, int Sss, int Fs, string FsCategory, int PainfulRegions, bool GeneralizedPain, bool DurationAtLeast3Months, bool MeetsCriteria, string Statement)
{
    public static AcrDto From(AcrResult a) => new(
        a.Wpi, a.Sss, a.Fs, a.FsCategory.ToString(), a.RegionCount, a.GeneralizedPain, a.DurationAtLeast3Months, a.MeetsCriteria,
        a.MeetsCriteria ? Acr2016.MeetsCriteriaSentence : Acr2016.DoesNotMeetCriteriaSentence);
}

/// <summary>Body of <c>PUT /api/v1/instruments/{id}/schedule</c>: days between reminders (0, 7, 14, 28 or 91).</summary>
public sealed record ScheduleRequest(int EveryDays);
