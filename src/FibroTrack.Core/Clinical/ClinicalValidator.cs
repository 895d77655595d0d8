using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;

namespace FibroTrack.Core.Clinical;

/// <summary>Checks infection episodes and the person's profile.</summary>
public sealed class ClinicalValidator(TimeProvider clock)
{
    public const int MaxNotesLength = 1000;

    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "unspecified"];

    public ValidationResult<InfectionSpec> ValidateInfection(InfectionInput input)
    {
        var errors = new List<ValidationError>();
        if (InfectionTypes.Find(input.Type) is null)
        {
            errors.Add(new("type", $"Type must be one of: {string.Join(", ", InfectionTypes.All.Select(o => o.Code))}."));
        }

        if (input.StartDate is not { } start)
        {
            errors.Add(new("startDate", "Give the date the infection started."));
        }
        else
        {
            CheckPast("startDate", start, errors);
            if (input.EndDate is { } end)
            {
                CheckPast("endDate", end, errors);
                if (end < start)
                {
                    errors.Add(new("endDate", "The end date cannot be before the start date."));
                }
            }
        }

        var notes = Notes(input.Notes, errors);
        return errors.Count > 0
            ? ValidationResult<InfectionSpec>.Invalid(errors)
            : ValidationResult<InfectionSpec>.Valid(new InfectionSpec(input.Type!, input.StartDate!.Value, input.EndDate, input.ConfirmedByTest ?? false, notes));
    }

    public ValidationResult<ProfileSpec> ValidateProfile(ProfileInput input)
    {
        var errors = new List<ValidationError>();
        var sex = input.Sex ?? "unspecified";
        if (!Sexes.Contains(sex))
        {
            errors.Add(new("sex", "Sex must be female, male or unspecified."));
        }

        if (input.BirthDate is { } birth)
        {
            CheckPast("birthDate", birth, errors);
        }

        if (input.SymptomOnsetDate is { } onset)
        {
            CheckPast("symptomOnsetDate", onset, errors);
            if (input.BirthDate is { } born && onset < born)
            {
                errors.Add(new("symptomOnsetDate", "Symptoms cannot begin before the birth date."));
            }
        }

        if (input.OnsetTrigger is not null && OnsetTriggers.Find(input.OnsetTrigger) is null)
        {
            errors.Add(new("onsetTrigger", $"Trigger must be one of: {string.Join(", ", OnsetTriggers.All.Select(o => o.Code))}."));
        }

        var notes = Notes(input.OnsetNotes, errors, "onsetNotes");
        return errors.Count > 0
            ? ValidationResult<ProfileSpec>.Invalid(errors)
            : ValidationResult<ProfileSpec>.Valid(new ProfileSpec(sex, input.BirthDate, input.SymptomOnsetDate, input.OnsetTrigger, notes));
    }

    private void CheckPast(string field, DateOnly date, List<ValidationError> errors)
    {
        if (date > DiaryLimits.LatestDate(clock))
        {
            errors.Add(new(field, $"{date:yyyy-MM-dd} is in the future."));
        }
        else if (date < DiaryLimits.EarliestDate)
        {
            errors.Add(new(field, $"Dates before {DiaryLimits.EarliestDate:yyyy-MM-dd} are not accepted."));
        }
    }

    private static string? Notes(string? notes, List<ValidationError> errors, string field = "notes")
    {
        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (trimmed is { Length: > MaxNotesLength })
        {
            errors.Add(new(field, $"Notes can be at most {MaxNotesLength} characters."));
        }

        return trimmed;
    }
}
