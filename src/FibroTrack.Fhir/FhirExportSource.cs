using FibroTrack.Core.Clinical;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Labs;
using FibroTrack.Core.People;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Fhir;

/// <summary>Everything one export holds, read by the app from its stores; the mapping needs nothing else.</summary>
public sealed record FhirExportSource
{
    public required FhirPerson Person { get; init; }

    /// <summary>The person's vocabulary (built-ins, custom variables, regimen items): labels and value types.</summary>
    public required VariableVocabulary Vocabulary { get; init; }

    public IReadOnlyList<DiaryDay> Days { get; init; } = [];

    public IReadOnlyList<FhirLab> Labs { get; init; } = [];

    public IReadOnlyList<FhirInstrumentResponse> Responses { get; init; } = [];

    public IReadOnlyList<FhirRegimenItem> Regimen { get; init; } = [];

    public IReadOnlyList<InfectionSpec> Infections { get; init; } = [];
}

/// <summary>What the person entered about themselves: nothing that identifies them.</summary>
public sealed record FhirPerson(Sex Sex, DateOnly? BirthDate, DateOnly? SymptomOnsetDate);

/// <summary>A lab result with the interpretation the app shows (<see cref="LabFlagger"/>).</summary>
public sealed record FhirLab(LabResult Result, LabInterpretation Interpretation);

/// <summary>One questionnaire response with its score.</summary>
public sealed record FhirInstrumentResponse(InstrumentDefinition Instrument, DateOnly Date, IReadOnlyDictionary<string, int> Answers, InstrumentScore Score);

/// <summary>A regimen item with its dose history, oldest first (the first dose takes effect on <see cref="StartDate"/>).</summary>
public sealed record FhirRegimenItem(
    string Code,
    string Name,
    RegimenKind Kind,
    string? RxNorm,
    DateOnly StartDate,
    DateOnly? StopDate,
    string? Notes,
    IReadOnlyList<DoseSpec> Doses);

/// <summary>The two bundle types FibroTrack writes.</summary>
public enum FhirBundleKind
{
    /// <summary>A plain collection of resources, for reading and archiving.</summary>
    Collection,

    /// <summary>A transaction a FHIR server can ingest in one request (entries carry <c>request</c>).</summary>
    Transaction,
}
