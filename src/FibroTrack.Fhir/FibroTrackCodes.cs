using FibroTrack.Core.Instruments;
using FibroTrack.Core.Labs;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Fhir;

/// <summary>
/// The codes FibroTrack uses in its own code system (<see cref="FhirSystems.FibroTrack"/>), besides the
/// vocabulary's variable codes (<c>symptom.pain</c>, <c>wpi.neck</c>, <c>custom.*</c>, <c>med.*</c>), which are used as they are.
/// </summary>
public static class FibroTrackCodes
{
    /// <summary>Component of an activity session carrying its intensity.</summary>
    public const string ActivityIntensity = "activity.intensity";

    /// <summary>Prefix of an intensity value: <c>intensity.light</c>, <c>intensity.moderate</c>, <c>intensity.vigorous</c>.</summary>
    public const string IntensityPrefix = "intensity.";

    /// <summary>Component of a lab result carrying the staining pattern (ANA).</summary>
    public const string LabPattern = "lab.pattern";

    /// <summary>Component of a lab result reported both as a number and as positive/negative.</summary>
    public const string LabPresence = "lab.presence";

    /// <summary>Type of a reference range that is a FibroTrack default rather than the lab's own.</summary>
    public const string DefaultReferenceRange = "reference-range.default";

    /// <summary>Prefix of a regimen kind in MedicationStatement.category: <c>regimen.medication</c>, <c>regimen.supplement</c>.</summary>
    public const string RegimenKindPrefix = "regimen.";

    /// <summary>Prefix of a dose schedule in Dosage.timing.code: <c>schedule.once-daily</c>, ….</summary>
    public const string SchedulePrefix = "schedule.";

    /// <summary>Prefix FibroTrack lab codes carry inside the app (<c>fibrotrack:tnf-alpha</c>); dropped in FHIR, where the system says it.</summary>
    public const string LabCodePrefix = "fibrotrack:";

    /// <summary>The code of a category option: the variable's code, a dot, the option's code (<c>event.infection-type.ebv</c>).</summary>
    public static string Option(string variableCode, string optionCode) => variableCode + "." + optionCode;

    public static string Intensity(Intensity intensity) => IntensityPrefix + intensity.ToCode();

    public static string RegimenKind(RegimenKind kind) => RegimenKindPrefix + kind.ToString().ToLowerInvariant();

    public static string Schedule(string schedule) => SchedulePrefix + schedule;

    /// <summary>An instrument score: <c>fiqr.total</c>, <c>fiqr.function</c>, <c>acr2016.wpi</c>.</summary>
    public static string Score(string instrumentId, string key) => instrumentId + "." + key;

    public static string Total(string instrumentId) => Score(instrumentId, "total");

    /// <summary>The FHIR code of a FibroTrack lab code (<c>fibrotrack:tnf-alpha</c> → <c>tnf-alpha</c>).</summary>
    public static string LabToFhir(string appCode) =>
        appCode.StartsWith(LabCodePrefix, StringComparison.Ordinal) ? appCode[LabCodePrefix.Length..] : appCode;

    /// <summary>The app's lab code of a FHIR code of FibroTrack's system (<c>tnf-alpha</c> → <c>fibrotrack:tnf-alpha</c>).</summary>
    public static string LabFromFhir(string fhirCode) => LabCodePrefix + fhirCode;

    /// <summary>Subscore keys each instrument reports (<see cref="InstrumentScore.Subscores"/>).</summary>
    public static IReadOnlyList<string> SubscoreKeys(string instrumentId) => instrumentId switch
    {
        Fiqr.Id => [Fiqr.Function, Fiqr.Overall, Fiqr.Symptoms],
        Acr2016.Id => [Acr2016.WpiKey, Acr2016.SssKey, Acr2016.FsKey, Acr2016.RegionsKey],
        _ => [],
    };

    /// <summary>Every built-in code with its display, in a stable order: the concepts of the code system.</summary>
    public static IEnumerable<(string Code, string Display, string? Definition)> BuiltIn()
    {
        foreach (var v in BuiltInVariables.All)
        {
            yield return (v.Code, v.Label, v.Help);
            foreach (var o in v.Options)
            {
                yield return (Option(v.Code, o.Code), $"{v.Label}: {o.Label}", null);
            }
        }

        yield return (ActivityIntensity, "Intensity of an activity session", null);
        foreach (var i in Enum.GetValues<Intensity>())
        {
            yield return (Intensity(i), $"Intensity: {i.ToCode()}", null);
        }

        yield return (Core.Diary.DiaryCodes.Tag, "Tag of a diary day", "A free-text tag; the observation's valueString is the tag.");
        yield return (Core.Diary.DiaryCodes.Note, "Notes of a diary day", "The day's free-text notes (valueString).");

        foreach (var instrument in InstrumentCatalog.All)
        {
            yield return (Total(instrument.Id), instrument.TotalLabel, $"Total score of the {instrument.Name}.");
            foreach (var key in SubscoreKeys(instrument.Id))
            {
                yield return (Score(instrument.Id, key), $"{instrument.Name}: {key}", null);
            }
        }

        foreach (var analyte in Analytes.All.Where(a => a.Code.System == AnalyteCodeSystem.FibroTrack))
        {
            yield return (LabToFhir(analyte.Code.Value), analyte.Name, "A laboratory test without a verified LOINC code.");
        }

        yield return (LabPattern, "Staining pattern of a lab result", null);
        yield return (LabPresence, "Lab result reported as positive or negative", null);
        yield return (DefaultReferenceRange, "FibroTrack default reference range", "A documented default range used because the lab gave none; not the lab's own.");

        foreach (var med in BuiltInMedications.All)
        {
            yield return ("med." + med.Key, med.Name, null);
        }

        foreach (var kind in Enum.GetValues<RegimenKind>())
        {
            yield return (RegimenKind(kind), kind.ToString(), null);
        }

        foreach (var (code, label) in DoseSchedules.All)
        {
            yield return (Schedule(code), label, null);
        }
    }
}
