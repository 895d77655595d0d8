using Hl7.Fhir.Model;

namespace FibroTrack.Fhir;

/// <summary>The <c>CodeSystem</c> resource describing FibroTrack's own codes (<see cref="FhirSystems.FibroTrack"/>).</summary>
public static class FibroTrackCodeSystem
{
    /// <summary>Logical id of the resource, as served at <c>/api/v1/fhir/CodeSystem/fibrotrack</c> and PUT by a transaction.</summary>
    public const string Id = "fibrotrack";

    /// <summary>Raised whenever a code is added; codes are never renamed or removed.</summary>
    public const string Version = "1";

    /// <summary>
    /// The built-in codes, plus <paramref name="personal"/>: codes one person made (custom variables, regimen
    /// items outside the catalogue, freely named lab tests). With personal codes the resource says
    /// <c>content = fragment</c>, since another person's export lists other personal codes under the same URL.
    /// </summary>
    public static CodeSystem Build(IEnumerable<(string Code, string Display)>? personal = null)
    {
        var concepts = new List<CodeSystem.ConceptDefinitionComponent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, display, definition) in FibroTrackCodes.BuiltIn())
        {
            if (seen.Add(code))
            {
                concepts.Add(new() { Code = code, Display = display, Definition = definition });
            }
        }

        var builtInCount = concepts.Count;
        foreach (var (code, display) in personal ?? [])
        {
            if (seen.Add(code))
            {
                concepts.Add(new() { Code = code, Display = display });
            }
        }

        var hasPersonal = concepts.Count > builtInCount;
        return new CodeSystem
        {
            Id = Id,
            Url = FhirSystems.FibroTrack,
            Version = Version,
            Name = "FibroTrack",
            Title = "FibroTrack diary, instrument, lab and regimen codes",
            Status = PublicationStatus.Active,
            Experimental = false,
            Publisher = "FibroTrack",
            Description = new Markdown(
                "Codes FibroTrack uses where no verified LOINC, SNOMED CT or RxNorm code exists, and alongside those that do. " +
                "Variable codes are stable: they are stored and exported, and never renamed." +
                (hasPersonal ? " This copy also lists the codes one person defined (custom variables, regimen items, named lab tests)." : string.Empty)),
            CaseSensitive = true,
            Content = hasPersonal ? CodeSystemContentMode.Fragment : CodeSystemContentMode.Complete,
            Count = concepts.Count,
            Concept = concepts,
        };
    }
}
