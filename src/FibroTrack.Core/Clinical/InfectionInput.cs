namespace FibroTrack.Core.Clinical;

/// <summary>An infection episode as received.</summary>
/// <param name="Type">ebv, lyme, covid-19, influenza, other-viral or other-bacterial.</param>
/// <param name="EndDate">Null while it is still going on.</param>
public sealed record InfectionInput(string? Type, DateOnly? StartDate, DateOnly? EndDate, bool? ConfirmedByTest, string? Notes);

/// <summary>A checked infection episode.</summary>
public sealed record InfectionSpec(string Type, DateOnly StartDate, DateOnly? EndDate, bool ConfirmedByTest, string? Notes);

/// <summary>The person's profile as received.</summary>
/// <param name="Sex">female, male or unspecified: used only to pick sex-specific reference ranges.</param>
public sealed record ProfileInput(string? Sex, DateOnly? BirthDate, DateOnly? SymptomOnsetDate, string? OnsetTrigger, string? OnsetNotes);

/// <summary>A checked profile.</summary>
public sealed record ProfileSpec(string Sex, DateOnly? BirthDate, DateOnly? SymptomOnsetDate, string? OnsetTrigger, string? OnsetNotes);
