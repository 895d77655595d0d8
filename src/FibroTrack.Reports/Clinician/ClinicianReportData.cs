using FibroTrack.Reports.Charts;

namespace FibroTrack.Reports.Clinician;

// The clinician report as plain values: filled by the app from its services, drawn by ClinicianReportPdf. No EF, no I/O.

/// <summary>Everything the clinician report shows, for one person and one period.</summary>
public sealed record ClinicianReportData(
    ReportPerson Person,
    DateOnly From,
    DateOnly To,
    DateTime GeneratedAt,
    int RecordedDays,
    AcrSummary? Acr,
    IReadOnlyList<InstrumentSummary> Instruments,
    IReadOnlyList<RedFlagItem> RedFlags,
    IReadOnlyList<RegimenLine> CurrentRegimen,
    IReadOnlyList<FindingLine> TopFindings,
    IReadOnlyList<TreatmentLine> Treatments,
    DailySeries Daily,
    IReadOnlyList<Highlight> Flares,
    IReadOnlyList<BodyAreaShare> BodyMap,
    int BodyMapDays,
    IReadOnlyList<LabLine> Labs,
    IReadOnlyList<MedicationBar> MedicationTimeline,
    PacingSummary? Pacing,
    IReadOnlyList<DietLine> Diet,
    int DietDays,
    IReadOnlyList<NoteLine> Notes);

/// <summary>Who the report is about. <paramref name="Name"/> is as the person entered it (their account name, else their email).</summary>
public sealed record ReportPerson(string Name, int? Age, string Sex, DateOnly? OnsetDate, string? OnsetTrigger, string? OnsetNotes);

/// <summary>The latest ACR 2016 self-report in the period, and the earlier ones for the trend (oldest first).</summary>
public sealed record AcrSummary(DateOnly Date, int Wpi, int Sss, int Fs, string FsCategory, bool MeetsCriteria, string Statement, IReadOnlyList<AcrPoint> History);

public sealed record AcrPoint(DateOnly Date, int Wpi, int Sss);

/// <summary>One questionnaire's latest total in the period, its band and the change since the response before it.</summary>
/// <param name="SafetyAlert">PHQ-9 item 9 (thoughts of self-harm) answered above 0 on the latest response.</param>
public sealed record InstrumentSummary(
    string Id, string Name, DateOnly Date, double Total, double Max, string? Band, string? BandCitation,
    DateOnly? PreviousDate, double? PreviousTotal, bool SafetyAlert, IReadOnlyList<(DateOnly Date, double Total)> History);

public sealed record RedFlagItem(string Title, string Explanation, IReadOnlyList<string> Evidence);

public sealed record RegimenLine(string Name, string Kind, string Dose, DateOnly Since);

/// <summary>A headline association: effect in the outcome's units (or an odds ratio) per unit of exposure, with its 95% interval.</summary>
public sealed record FindingLine(string Text, string OutcomeLabel, string ExposureLabel, int Lag, double Effect, double Lower, double Upper, double Q, string Scale);

/// <summary>A regimen change in the period with what followed it, one verdict per outcome.</summary>
public sealed record TreatmentLine(DateOnly Date, string Description, IReadOnlyList<string> Verdicts);

/// <summary>Daily values from <paramref name="First"/> (NaN where nothing was rated), each array one value a day.</summary>
public sealed record DailySeries(DateOnly First, double[] Pain, double[] Fatigue, double[] SleepQuality, double[] Composite)
{
    public int Days => Pain.Length;
}

/// <summary>How often one WPI area was marked painful on days the body map was filled in.</summary>
public sealed record BodyAreaShare(string Code, string Label, string Region, int PainfulDays, double Share);

/// <summary>One lab result as the report lists it; <paramref name="Value"/> is in the canonical unit where there is one.</summary>
public sealed record LabLine(DateOnly Date, string Marker, string Result, double? Value, string? Unit, string Range, double? RangeLow, double? RangeHigh, string Flag);

public sealed record PacingSummary(string Text, IReadOnlyList<(double Load, double Outcome)> Points, IReadOnlyList<(double Load, double Outcome)> Fitted, double? Envelope, string OutcomeLabel);

public sealed record DietLine(string Label, int Days, int RecordedDays);

public sealed record NoteLine(DateOnly Date, string Text);
