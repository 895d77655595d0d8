using FibroTrack.Core.Clinical;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Labs;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Fhir;

/// <summary>
/// What a FHIR file would bring into FibroTrack, before anything is stored: recognised records in the
/// core's input shapes (to go through the same validators as typed input), codes FibroTrack does not know,
/// and resource types it does not import. Nothing is silently dropped.
/// </summary>
public sealed record FhirImportPlan
{
    public FhirImportedPerson? Person { get; init; }

    /// <summary>Fibromyalgia recorded as a Condition, with its onset date if given.</summary>
    public FhirImportedFibromyalgia? Fibromyalgia { get; init; }

    /// <summary>Diary observations grouped into days, in date order (built with <see cref="DiaryDay.FromObservations"/>).</summary>
    public IReadOnlyList<DiaryDay> Days { get; init; } = [];

    public IReadOnlyList<FhirImportedLab> Labs { get; init; } = [];

    public IReadOnlyList<FhirImportedResponse> Responses { get; init; } = [];

    public IReadOnlyList<FhirImportedRegimenItem> Regimen { get; init; } = [];

    public IReadOnlyList<FhirImportedInfection> Infections { get; init; } = [];

    /// <summary>Codes of Observations, Conditions and QuestionnaireResponses FibroTrack does not know, most frequent first.</summary>
    public IReadOnlyList<FhirUnknownCode> UnknownCodes { get; init; } = [];

    /// <summary>Resources of types FibroTrack does not import (Encounter, Immunization, Claim, …), counted by type.</summary>
    public IReadOnlyDictionary<string, int> IgnoredResources { get; init; } = new Dictionary<string, int>();

    /// <summary>Instrument score Observations skipped because FibroTrack recomputes scores from the QuestionnaireResponse.</summary>
    public int DerivedScoresSkipped { get; init; }

    /// <summary>Recognised resources that could not be used as they are (a missing date, a unit FibroTrack cannot convert), each with its path.</summary>
    public IReadOnlyList<FhirImportProblem> Problems { get; init; } = [];

    /// <summary>The days as inputs for <see cref="DiaryValidator"/>, the way an importer stores them.</summary>
    public IReadOnlyList<DiaryDayInput> DayInputs(VariableVocabulary vocabulary) => [.. Days.Select(d => d.ToInput(vocabulary))];
}

/// <param name="Sex"><c>female</c>, <c>male</c> or <c>unspecified</c>, as the profile takes it.</param>
public sealed record FhirImportedPerson(string Sex, DateOnly? BirthDate, string Path);

public sealed record FhirImportedFibromyalgia(DateOnly? OnsetDate, string Path);

/// <summary>A lab result as the lab API takes it, with its value in the analyte's canonical unit when the unit converts.</summary>
public sealed record FhirImportedLab(LabResultInput Input, double? CanonicalValue, string? CanonicalUnit, string Path);

/// <summary>Answers to one of FibroTrack's instruments, as the instrument service takes them.</summary>
public sealed record FhirImportedResponse(string InstrumentId, DateOnly Date, IReadOnlyDictionary<string, double?> Answers, string Path);

/// <summary>A regimen item with its first dose, and the later dose changes in order.</summary>
public sealed record FhirImportedRegimenItem(RegimenItemInput Item, IReadOnlyList<DoseChangeInput> DoseChanges, string Path);

public sealed record FhirImportedInfection(InfectionInput Input, string Path);

/// <summary>A code FibroTrack does not know, how often it occurred and where first.</summary>
/// <param name="FirstPath">Element path of the first occurrence, e.g. <c>Bundle.entry[12].resource.code</c> or <c>line 3: Observation.code</c>.</param>
public sealed record FhirUnknownCode(string? System, string Code, string? Display, int Count, string FirstPath)
{
    /// <summary>The unit of the first <c>valueQuantity</c> seen with this code, if any.</summary>
    public string? Unit { get; init; }

    /// <summary>Smallest numeric value seen.</summary>
    public double? Min { get; init; }

    /// <summary>Largest numeric value seen.</summary>
    public double? Max { get; init; }

    /// <summary>The kind of values seen: <c>quantity</c>, <c>integer</c>, <c>boolean</c>, <c>mixed</c>, <c>other</c> or <c>none</c>.</summary>
    public string Values { get; init; } = "none";
}

public sealed record FhirImportProblem(string Path, string Message);
