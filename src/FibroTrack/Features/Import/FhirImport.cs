using System.Globalization;
using FibroTrack.Core.Clinical;
using FibroTrack.Core.Custom;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Labs;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data.Entities;
using FibroTrack.Fhir;

namespace FibroTrack.Features.Import;

/// <summary>A problem with a FHIR import, at its element path (<c>Bundle.entry[3].resource.valueQuantity</c>) or NDJSON line.</summary>
public sealed record FhirImportIssue(string Path, string Message);

/// <summary>A regimen item a FHIR import brings: new (with its dose changes) or already in the person's regimen (<paramref name="Exists"/>, left as it is).</summary>
public sealed record FhirPlannedRegimenItem(string Code, string Name, bool Exists, DateOnly? StartDate, DateOnly? StopDate, double? Dose, string? Unit, int DoseChanges);

/// <summary>Profile facts a FHIR import fills in where the profile has none.</summary>
public sealed record FhirPlannedProfile(string? Sex, DateOnly? BirthDate, DateOnly? SymptomOnsetDate);

/// <summary>A code FibroTrack does not know: where first seen, how often, and what the mapping makes of it (<c>null</c>: reported, not imported).</summary>
public sealed record FhirPlannedUnknownCode(string? System, string Code, string? Display, int Count, string FirstPath, string? MappedTo);

/// <summary>What importing a FHIR file would write; valid (committable) only when <see cref="Errors"/> is empty.</summary>
public sealed record FhirImportPreview(
    string Source,
    string Sha256,
    long Bytes,
    string? Email,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    int DaysToCreate,
    int DaysToMerge,
    long Observations,
    IReadOnlyList<PlannedVariable> NewVariables,
    int LabsToCreate,
    int LabsExisting,
    int ResponsesToCreate,
    int ResponsesToReplace,
    int ResponsesUnchanged,
    IReadOnlyList<FhirPlannedRegimenItem> RegimenItems,
    int InfectionsToCreate,
    int InfectionsExisting,
    FhirPlannedProfile? Profile,
    IReadOnlyList<FhirPlannedUnknownCode> UnknownCodes,
    IReadOnlyDictionary<string, int> IgnoredResources,
    int DerivedScoresSkipped,
    IReadOnlyList<FhirImportIssue> Errors,
    int ErrorCount,
    bool AlreadyImported)
{
    public bool IsValid => ErrorCount == 0;
}

/// <summary>What a FHIR commit did: <c>committed</c>, or <c>already-imported</c> (same file and mapping before; nothing written).</summary>
public sealed record FhirImportOutcome(string Status, FhirImportPreview Plan);

/// <summary>A FHIR file read and validated, with everything its commit writes.</summary>
public sealed class PreparedFhirImport
{
    internal PreparedFhirImport(FhirImportPreview preview, FhirImportWork? work)
    {
        Preview = preview;
        Work = work;
    }

    public FhirImportPreview Preview { get; }

    internal FhirImportWork? Work { get; }
}

/// <summary>The checked records of a FHIR import, in the shapes the services take.</summary>
internal sealed record FhirImportWork(
    string Selection,
    IReadOnlyList<DiaryDay> Days,
    IReadOnlyList<CustomVariableInput> NewVariables,
    IReadOnlyList<PlannedRegimen> NewRegimen,
    IReadOnlyList<(LabResultInput Input, LabKey Key)> Labs,
    IReadOnlyList<(InstrumentDefinition Instrument, DateOnly Date, IReadOnlyDictionary<string, double?> Answers)> Responses,
    IReadOnlyList<InfectionInput> Infections,
    ProfileInput? Profile);

/// <summary>The idempotency key of a lab result: analyte (and its free name), specimen date, and the value (number, titer or presence).</summary>
internal readonly record struct LabKey(string Analyte, string? Name, DateOnly Date, double? Value, string? Titer, bool? Positive)
{
    public static LabKey Of(LabResult r) =>
        new(r.Analyte.Code.Value, r.Analyte.IsCatalogued ? null : r.Analyte.Name, r.SpecimenDate, r.Value, r.Titer?.ToString(), r.Positive);

    public static LabKey Of(LabResultRow r) => new(r.AnalyteCode, r.AnalyteName, r.SpecimenDate, r.Value, r.Titer, r.Positive);
}

/// <summary>What the account already holds, as far as planning a FHIR import needs it.</summary>
internal sealed record FhirExistingState(
    string? Email,
    IReadOnlyList<CustomVariable> Custom,
    IReadOnlyList<RegimenItem> Regimen,
    IReadOnlySet<DateOnly> Dates,
    IReadOnlySet<LabKey> Labs,
    IReadOnlyDictionary<(string Instrument, DateOnly Date), IReadOnlyDictionary<string, int>> Responses,
    IReadOnlySet<(string Type, DateOnly Start)> Infections,
    PersonProfile Profile,
    bool AlreadyImported)
{
    public static FhirExistingState Empty { get; } = new(null, [], [], new HashSet<DateOnly>(), new HashSet<LabKey>(),
        new Dictionary<(string, DateOnly), IReadOnlyDictionary<string, int>>(), new HashSet<(string, DateOnly)>(), new PersonProfile(), false);
}

/// <summary>
/// Plans a FHIR import, purely: <see cref="FhirImportMapper"/> (twice: once to learn the file's regimen items and unknown
/// codes, once more with the vocabulary they and the mapping add), then every record through the core validator its own
/// API uses. Anything invalid is an error with its element path, and a plan with errors is never committed.
/// </summary>
internal static class FhirImportPlanner
{
    public const string Source = "fhir";

    public static PreparedFhirImport Plan(
        Func<VariableVocabulary, IReadOnlyDictionary<string, string>?, FhirImportPlan> map, CsvMapping mapping, FhirExistingState existing,
        string sha256, long bytes, TimeProvider clock, int maxErrors)
    {
        var errors = new List<FhirImportIssue>();
        var builtIn = PersonalVocabulary(existing.Custom.Select(c => c.ToDefinition()), existing.Regimen.Select(r => RegimenVariables.Define(r.Code, r.Name)));
        var first = map(builtIn, null);

        // Regimen items: matched by code; a new one is checked as the regimen API checks it, its dose history as dose changes are.
        var validator = new RegimenValidator(clock);
        var codes = existing.Regimen.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var existingCodes = codes.ToHashSet(StringComparer.Ordinal);
        var newRegimen = new List<PlannedRegimen>();
        var plannedRegimen = new List<FhirPlannedRegimenItem>();
        var regimenDefinitions = new List<VariableDefinition>();
        foreach (var item in first.Regimen)
        {
            var result = validator.ValidateNew(item.Item, new HashSet<string>(StringComparer.Ordinal));
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors.Select(e => new FhirImportIssue(item.Path, $"{e.Field}: {e.Message}")));
                continue;
            }

            var spec = result.Value!;
            if (existingCodes.Contains(spec.Code) || !codes.Add(spec.Code))
            {
                plannedRegimen.Add(new FhirPlannedRegimenItem(spec.Code, spec.Name, true, spec.StartDate, spec.StopDate, spec.FirstDose.Dose, spec.FirstDose.Unit, 0));
                continue;
            }

            var current = spec.FirstDose;
            var ok = true;
            foreach (var (change, i) in item.DoseChanges.Select((c, i) => (c, i)))
            {
                var checkedChange = validator.ValidateDoseChange(change, spec.StartDate, spec.StopDate, current);
                if (!checkedChange.IsValid)
                {
                    errors.AddRange(checkedChange.Errors.Select(e => new FhirImportIssue(
                        string.Create(CultureInfo.InvariantCulture, $"{item.Path}.dosage[{i + 1}]"), $"{e.Field}: {e.Message}")));
                    ok = false;
                    break;
                }

                current = checkedChange.Value!;
            }

            if (ok)
            {
                newRegimen.Add(new PlannedRegimen(spec.Code, item.Item, item.DoseChanges));
                regimenDefinitions.Add(RegimenVariables.Define(spec.Code, spec.Name));
                plannedRegimen.Add(new FhirPlannedRegimenItem(spec.Code, spec.Name, false, spec.StartDate, spec.StopDate, spec.FirstDose.Dose, spec.FirstDose.Unit, item.DoseChanges.Count));
            }
        }

        // Unknown codes the mapping names: to an existing code, to a new custom variable, or skipped.
        var customByCode = existing.Custom.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var takenCustom = existing.Custom.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var newVariables = new List<CustomVariableInput>();
        var plannedVariables = new List<PlannedVariable>();
        var customDefinitions = new List<VariableDefinition>();
        var codeMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var vocabulary = PersonalVocabulary(existing.Custom.Select(c => c.ToDefinition()),
            existing.Regimen.Select(r => RegimenVariables.Define(r.Code, r.Name)).Concat(regimenDefinitions));
        foreach (var unknown in first.UnknownCodes.Where(u => u.System is not "Questionnaire"))
        {
            var key = FhirImportMapper.CodeKey(unknown.System, unknown.Code);
            if (mapping.Find(key) is not { } target)
            {
                continue;
            }

            var field = $"mapping[{FlaredownReader.Shorten(key)}]";
            if (target.Skip)
            {
                codeMap[key] = "skip";
            }
            else if (target.Code is { } code)
            {
                if (vocabulary.Find(code) is null)
                {
                    errors.Add(new(field, $"'{code}' is not one of your variable codes."));
                    continue;
                }

                codeMap[key] = code;
            }
            else
            {
                var input = CustomFor(unknown, target.CustomType);
                if (input is null)
                {
                    errors.Add(new(field, $"The values of {key} ({unknown.Values}) do not say which type of variable to make: map it to custom:<type>."));
                    continue;
                }

                var result = CustomVariableValidator.Validate(input, new HashSet<string>(StringComparer.Ordinal));
                if (!result.IsValid)
                {
                    errors.AddRange(result.Errors.Select(e => new FhirImportIssue(field, $"New variable '{input.Name}': {e.Field}: {e.Message}")));
                    continue;
                }

                var definition = result.Value!;
                if (customByCode.TryGetValue(definition.Code, out var own))
                {
                    if (own.Type != definition.Type)
                    {
                        errors.Add(new(field, $"'{input.Name}' is already one of your variables ({own.Code}) as {CustomVariableValidator.TypeName(own.Type)}, not {input.Type}."));
                        continue;
                    }
                }
                else if (takenCustom.Add(definition.Code))
                {
                    newVariables.Add(input);
                    customDefinitions.Add(definition);
                    plannedVariables.Add(new PlannedVariable(definition.Code, definition.Label, input.Type!, input.Kind!, definition.Unit));
                }

                codeMap[key] = definition.Code;
            }
        }

        vocabulary = PersonalVocabulary(existing.Custom.Select(c => c.ToDefinition()).Concat(customDefinitions),
            existing.Regimen.Select(r => RegimenVariables.Define(r.Code, r.Name)).Concat(regimenDefinitions));
        var plan = codeMap.Count == 0 && regimenDefinitions.Count == 0 ? first : map(vocabulary, codeMap);
        errors.AddRange(plan.Problems.Select(p => new FhirImportIssue(p.Path, p.Message)));

        // Days: through the diary's validator, like a day typed in.
        var diary = new DiaryValidator(vocabulary, clock);
        var days = new List<DiaryDay>(plan.Days.Count);
        var observations = 0L;
        var merged = 0;
        foreach (var day in plan.Days)
        {
            var result = diary.Validate(day.ToInput(vocabulary));
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors.Select(e => new FhirImportIssue($"days[{day.Date:yyyy-MM-dd}].{e.Field}", e.Message)));
                continue;
            }

            days.Add(result.Value!);
            observations += result.Value!.ToObservations().Count;
            merged += existing.Dates.Contains(day.Date) ? 1 : 0;
        }

        // Labs: by (analyte, date, value); one already stored (or twice in the file) is not written again.
        var labKeys = existing.Labs.ToHashSet();
        var labs = new List<(LabResultInput, LabKey)>();
        var labsExisting = 0;
        foreach (var lab in plan.Labs)
        {
            var result = LabValidator.Validate(lab.Input, clock);
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors.Select(e => new FhirImportIssue(lab.Path, $"{e.Field}: {e.Message}")));
                continue;
            }

            var key = LabKey.Of(result.Value!);
            if (labKeys.Add(key))
            {
                labs.Add((lab.Input, key));
            }
            else
            {
                labsExisting++;
            }
        }

        // Questionnaires: by (instrument, date); the same answers again are left alone, other answers replace them.
        var responses = new List<(InstrumentDefinition, DateOnly, IReadOnlyDictionary<string, double?>)>();
        var (replace, unchanged) = (0, 0);
        var seenResponses = new HashSet<(string, DateOnly)>();
        foreach (var response in plan.Responses)
        {
            var instrument = InstrumentCatalog.Find(response.InstrumentId)!;
            var result = InstrumentValidator.Validate(instrument, response.Answers);
            if (!result.IsValid || !seenResponses.Add((instrument.Id, response.Date)))
            {
                errors.AddRange(result.IsValid
                    ? [new FhirImportIssue(response.Path, $"A second {instrument.Id} response on {response.Date:yyyy-MM-dd}.")]
                    : result.Errors.Select(e => new FhirImportIssue(response.Path, $"{e.Field}: {e.Message}")));
                continue;
            }

            if (existing.Responses.TryGetValue((instrument.Id, response.Date), out var stored))
            {
                if (SameAnswers(stored, result.Value!.Answers))
                {
                    unchanged++;
                    continue;
                }

                replace++;
            }

            responses.Add((instrument, response.Date, response.Answers));
        }

        // Infections: by (type, start).
        var clinical = new ClinicalValidator(clock);
        var infectionKeys = existing.Infections.ToHashSet();
        var infections = new List<InfectionInput>();
        var infectionsExisting = 0;
        foreach (var infection in plan.Infections)
        {
            var result = clinical.ValidateInfection(infection.Input);
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors.Select(e => new FhirImportIssue(infection.Path, $"{e.Field}: {e.Message}")));
                continue;
            }

            if (infectionKeys.Add((result.Value!.Type, result.Value.StartDate)))
            {
                infections.Add(infection.Input);
            }
            else
            {
                infectionsExisting++;
            }
        }

        // Profile: the file's facts fill what the profile does not say yet; what the person wrote stays.
        ProfileInput? profile = null;
        FhirPlannedProfile? plannedProfile = null;
        var p = existing.Profile;
        var sex = p.Sex is null or "unspecified" && plan.Person?.Sex is "female" or "male" ? plan.Person.Sex : null;
        var birth = p.BirthDate is null ? plan.Person?.BirthDate : null;
        var onset = p.SymptomOnsetDate is null ? plan.Fibromyalgia?.OnsetDate : null;
        if (sex is not null || birth is not null || onset is not null)
        {
            profile = new ProfileInput(sex ?? p.Sex ?? "unspecified", birth ?? p.BirthDate, onset ?? p.SymptomOnsetDate, p.OnsetTrigger, p.OnsetNotes);
            var result = clinical.ValidateProfile(profile);
            errors.AddRange(result.Errors.Select(e => new FhirImportIssue(
                e.Field == "symptomOnsetDate" ? plan.Fibromyalgia?.Path + ".onset" : plan.Person?.Path ?? "Patient", $"{e.Field}: {e.Message}")));
            plannedProfile = new FhirPlannedProfile(sex, birth, onset);
        }

        // Codes still unknown once the file's regimen items and the mapping are known, then those the mapping took.
        var unknownCodes = plan.UnknownCodes
            .Select(u => new FhirPlannedUnknownCode(u.System, u.Code, u.Display, u.Count, u.FirstPath, null))
            .Concat(first.UnknownCodes.Where(u => codeMap.ContainsKey(FhirImportMapper.CodeKey(u.System, u.Code)))
                .Select(u => new FhirPlannedUnknownCode(u.System, u.Code, u.Display, u.Count, u.FirstPath, codeMap[FhirImportMapper.CodeKey(u.System, u.Code)])))
            .ToList();
        var preview = new FhirImportPreview(
            Source, sha256, bytes, existing.Email,
            days.Count > 0 ? days[0].Date : null, days.Count > 0 ? days[^1].Date : null,
            days.Count - merged, merged, observations, plannedVariables,
            labs.Count, labsExisting, responses.Count - replace, replace, unchanged,
            plannedRegimen, infections.Count, infectionsExisting, plannedProfile,
            unknownCodes, plan.IgnoredResources, plan.DerivedScoresSkipped,
            [.. errors.Take(maxErrors)], errors.Count, existing.AlreadyImported);
        var work = errors.Count > 0
            ? null
            : new FhirImportWork(mapping.Digest, days, newVariables, newRegimen, labs, responses, infections, profile);
        return new PreparedFhirImport(preview, work);
    }

    /// <summary>A preview that is only the reason the file could not be read at all.</summary>
    public static PreparedFhirImport Unreadable(string sha256, long bytes, string? email, IEnumerable<FhirImportIssue> errors)
    {
        IReadOnlyList<FhirImportIssue> list = [.. errors];
        return new PreparedFhirImport(
            new FhirImportPreview(Source, sha256, bytes, email, null, null, 0, 0, 0, [], 0, 0, 0, 0, 0, [], 0, 0, null, [],
                new Dictionary<string, int>(), 0, list, list.Count, false),
            null);
    }

    private static VariableVocabulary PersonalVocabulary(IEnumerable<VariableDefinition> custom, IEnumerable<VariableDefinition> regimen) =>
        VariableVocabulary.WithPersonal(regimen.Concat(custom));

    private static bool SameAnswers(IReadOnlyDictionary<string, int> stored, IReadOnlyDictionary<string, int> imported) =>
        stored.Count == imported.Count && stored.All(a => imported.TryGetValue(a.Key, out var v) && v == a.Value);

    /// <summary>
    /// The custom variable an unknown code becomes: named by its display (or code); a type from the mapping, or inferred
    /// from its values (numbers with a unit → quantity, whole numbers → count, true/false → yes/no). A quantity's range
    /// runs from min(0, smallest) to twice the largest seen, as for a CSV, so later values fit.
    /// </summary>
    private static CustomVariableInput? CustomFor(FhirUnknownCode unknown, VariableType? type)
    {
        type ??= unknown.Values switch
        {
            "quantity" when unknown.Unit is not null => VariableType.Quantity,
            "integer" => VariableType.Count,
            "boolean" => VariableType.YesNo,
            _ => null,
        };
        if (type is null or VariableType.Category)
        {
            return null;
        }

        var name = (unknown.Display ?? unknown.Code).Trim();
        name = name.Length > CustomVariableValidator.MaxNameLength ? name[..CustomVariableValidator.MaxNameLength].Trim() : name;
        var max = unknown.Max is { } hi && hi > 0 ? Math.Min(hi * 2, CustomVariableValidator.MaxMagnitude) : 1;
        var min = unknown.Min is { } lo ? Math.Max(Math.Min(0, lo * 2), -CustomVariableValidator.MaxMagnitude) : 0;
        return type switch
        {
            VariableType.Quantity => new CustomVariableInput(name, "quantity", "symptom", unknown.Unit ?? "1", min, max, null, null),
            VariableType.Count => new CustomVariableInput(name, "count", "symptom", null, 0, Math.Max(100_000, Math.Ceiling(max)), null, null),
            _ => new CustomVariableInput(name, CustomVariableValidator.TypeName(type.Value), "symptom", null, null, null, null, null),
        };
    }
}
